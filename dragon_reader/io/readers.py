"""Read article files into stored text, or say in one line why a file cannot be read.

The stored text of a ``.txt`` file is the file's text exactly, with only a BOM removed and
CRLF/CR turned into LF (``domain.text.normalize_newlines``), so offsets into it are offsets
into the file. ``.md`` files are stored as their Markdown source for the same reason.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dragon_reader.domain.text import normalize_newlines

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
    b"SQLite format 3\x00": "an SQLite database",
}


class ImportProblem(Exception):
    """A file that cannot become an article; ``str()`` is a one-line reason for the user."""


@dataclass(frozen=True, slots=True)
class ImportedText:
    """A file's text ready to store, with where it came from and how it was decoded."""

    text: str
    source_name: str
    source_format: str
    encoding: str


def read_article_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> ImportedText:
    """Read ``path`` as an article.

    Raises ``ImportProblem`` for an unsupported suffix, a file over ``max_bytes``, an empty
    or blank file, a binary file, or text that is not valid UTF-8 (or UTF-16 with a BOM).
    """
    source_format = TEXT_SUFFIXES.get(path.suffix.lower())
    if source_format is None:
        msg = f"unsupported file type {path.suffix or '(no extension)'!r}"
        raise ImportProblem(msg)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            msg = (
                f"file is too large ({size / 1_048_576:.1f} MB; the limit is "
                f"{max_bytes / 1_048_576:.0f} MB)"
            )
            raise ImportProblem(msg)
        data = path.read_bytes()
    except OSError as exc:
        msg = f"cannot read the file: {exc.strerror or exc}"
        raise ImportProblem(msg) from exc
    text, encoding = decode_text(data)
    return ImportedText(
        text=normalize_newlines(text),
        source_name=path.name,
        source_format=source_format,
        encoding=encoding,
    )


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode file bytes to text: a BOM decides, else strict UTF-8.

    Raises ``ImportProblem`` for empty, blank, binary or undecodable data.
    """
    if not data:
        msg = "empty file"
        raise ImportProblem(msg)
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            msg = f"binary file (looks like {kind}), not text"
            raise ImportProblem(msg)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            msg = f"not valid UTF-16 despite its byte-order mark ({exc.reason})"
            raise ImportProblem(msg) from exc
    else:
        if b"\x00" in data:
            msg = "binary file (contains NUL bytes), not text"
            raise ImportProblem(msg)
        encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            msg = (
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                f"save it as UTF-8 and import it again"
            )
            raise ImportProblem(msg) from exc
    if "\x00" in text:
        msg = "binary file (contains NUL characters), not text"
        raise ImportProblem(msg)
    if not text.strip():
        msg = "file holds no text (only whitespace)"
        raise ImportProblem(msg)
    return text, encoding


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the files named, and the supported files found in named folders (recursively).

    Folders are walked in sorted order; hidden files and folders are skipped; symlinked
    folders are not followed (no loops). Files named directly are yielded whatever their
    suffix so that the caller can report an unsupported one.
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if not name.startswith(".") and candidate.suffix.lower() in TEXT_SUFFIXES:
                        yield candidate
        else:
            yield path
