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
        ("latin1.txt", "café".encode("latin-1"), "not valid UTF-8"),
        ("cp1252.txt", "“quoted”".encode("cp1252"), "byte 0x93"),
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
