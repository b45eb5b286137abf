from __future__ import annotations

from dragon_reader.domain.layout import boilerplate_lines, markdown_marks
from tests.conftest import SEEDS_DIR


def lines(text: str) -> list[str]:
    return [text[a:b] for a, b in boilerplate_lines(text)]


def test_seed_boilerplate_is_found() -> None:
    text = (SEEDS_DIR / "001_ec531d573e193ee8.txt").read_text(encoding="utf-8")
    found = lines(text)
    assert any(line.startswith("See also") for line in found)
    assert "Leave a Reply" in found
    assert "Our standards: Thomson Reuters Trust Principles." in found
    assert not any("Sullivan" in line for line in found)
    text = (SEEDS_DIR / "004_59c283b8083bd452.txt").read_text(encoding="utf-8")
    assert len([line for line in lines(text) if line.startswith("READ ALSO:")]) == 2
    text = (SEEDS_DIR / "002_e6ca7f59e48d4c9f.txt").read_text(encoding="utf-8")
    assert lines(text)[-1].startswith("Follow Breitbart News")


def test_markdown_marks_style_in_place() -> None:
    text = "# Title\n\nSome **bold** and *soft* words, a [link](https://x.org) and `code`.\n- item"
    marks = markdown_marks(text)
    styled = {kind: [text[a:b] for a, b in spans] for kind, spans in marks.items()}
    assert styled["heading"] == ["Title"]
    assert styled["strong"] == ["bold"]
    assert styled["emphasis"] == ["soft"]
    assert styled["link"] == ["link"]
    assert styled["code"] == ["code"]
    assert (
        "#" in styled["markup"]
        and "**" in styled["markup"]
        and "](https://x.org)" in styled["markup"]
        and "- " in styled["markup"]
    )
