from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from dragon_reader.io.readers import ImportProblem, expand_paths, read_article_file


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "no text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        ("nul.txt", b"text\x00with nul", "NUL"),
        ("controls.txt", bytes(range(1, 32)) * 20 + b"text", "control characters"),
        ("slides.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_files_get_a_one_line_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(ImportProblem, match=reason) as caught:
        read_article_file(write(tmp_path / name, data))
    assert "\n" not in str(caught.value)


def test_a_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", b"word " * 1000)
    with pytest.raises(ImportProblem, match="too large"):
        read_article_file(path, max_bytes=100)


def test_text_keeps_everything_but_bom_and_line_ends(tmp_path: Path) -> None:
    raw = "Headline\r\n\r\n“Quote” — 😀 done.\rEnd"
    item = read_article_file(write(tmp_path / "a.txt", codecs.BOM_UTF8 + raw.encode()))
    assert item.text == "Headline\n\n“Quote” — 😀 done.\nEnd"
    assert item.encoding == "utf-8-sig"
    assert item.source_name == "a.txt"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    item = read_article_file(write(tmp_path / "u16.txt", "Beijing\r\n".encode("utf-16")))
    assert item.text == "Beijing\n"
    assert item.encoding == "utf-16"


def test_markdown_is_stored_as_its_source(tmp_path: Path) -> None:
    item = read_article_file(write(tmp_path / "note.md", b"# Title\n\nSome *text*."))
    assert item.text == "# Title\n\nSome *text*."
    assert item.source_format == "md"


def test_folders_are_walked_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    write(deep / "z.txt", b"z")
    write(tmp_path / "a" / "y.md", b"y")
    write(tmp_path / "a" / "image.png", b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "x.txt", b"x")
    found = [path.relative_to(tmp_path).as_posix() for path in expand_paths([tmp_path])]
    assert found == ["a/y.md", "a/b/c/z.txt"]


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        ("“Beijing” — café".encode(), "utf-8", "“Beijing” — café"),
        ("“Beijing” — café".encode("cp1252"), "cp1252", "“Beijing” — café"),
        (b"caf\xe9 \x81", "latin-1", "café \x81"),
        (codecs.BOM_UTF8 + "Pékin".encode(), "utf-8-sig", "Pékin"),
    ],
)
def test_encodings_are_tried_in_a_fixed_order(
    tmp_path: Path, data: bytes, encoding: str, text: str
) -> None:
    item = read_article_file(write(tmp_path / "a.txt", data))
    assert (item.encoding, item.text) == (encoding, text)


def test_a_web_page_declared_charset_comes_before_the_fallbacks(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='koi8-r'><title>Москва</title></head><body><article>"
        "<p>Москва и Пекин провели переговоры о безопасности в регионе на этой неделе.</p>"
        "<p>Стороны договорились продолжить диалог.</p></article></body></html>"
    )
    item = read_article_file(write(tmp_path / "page.html", page.encode("koi8-r")))
    assert item.encoding == "koi8-r"
    assert "Москва и Пекин" in item.text


def test_a_saved_page_gives_its_publication_date_and_address(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Talks resume</title>"
        "<link rel='canonical' href='https://news.example.org/2024/03/talks-resume'>"
        "<meta property='article:published_time' content='2024-03-15T08:00:00Z'>"
        "</head><body><article><h1>Talks resume</h1>"
        "<p>Chinese and American defense officials met on Tuesday in Washington for the "
        "first round of policy talks in more than two years, officials said.</p>"
        "<p>The two sides agreed to meet again in the coming months.</p>"
        "</article></body></html>"
    )
    item = read_article_file(write(tmp_path / "page.html", page.encode()))
    assert str(item.published) == "2024-03-15"
    assert item.source_url == "https://news.example.org/2024/03/talks-resume"
