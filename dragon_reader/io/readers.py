"""Read article files into stored text, or say in one line why a file cannot be read.

The stored text of a ``.txt`` file is the file's text exactly, with only a BOM removed and
CRLF/CR turned into LF (``domain.text.normalize_newlines``), so offsets into it are offsets
into the file. ``.md`` files are stored as their Markdown source for the same reason (the
reader styles the Markdown in place). A saved web page (``.html``/``.htm``) is reduced to its
article text and metadata by trafilatura, a library made for news pages; nothing in the
page is fetched or run.

Encodings are tried in a fixed order, never guessed over every codec: a byte-order mark,
then strict UTF-8, then the charset an HTML page declares, then Windows-1252, then Latin-1.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dragon_reader.domain.text import normalize_newlines

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# Share of control characters (other than tab and line ends) above which text is binary.
MAX_CONTROL_SHARE = 0.005

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
    """A file's text ready to store, with where it came from and how it was decoded.

    ``title``, ``outlet``, ``byline`` and ``published`` are set when the file says them
    (a web page's metadata); otherwise they are read from the text when stored.
    """

    text: str
    source_name: str
    source_format: str
    encoding: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: date | None = None


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
    if source_format == "html":
        text, encoding = decode_text(data, html=True)
        return extract_web_page(text, path.name, encoding)
    text, encoding = decode_text(data)
    return ImportedText(
        text=normalize_newlines(text),
        source_name=path.name,
        source_format=source_format,
        encoding=encoding,
    )


def extract_web_page(html: str, source_name: str, encoding: str) -> ImportedText:
    """The article text and metadata of a saved news page (trafilatura, offline).

    Raises ``ImportProblem`` when the page holds no article text.
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
    )
    values: dict[str, Any] = {}
    if document is not None:
        values = document if isinstance(document, dict) else document.as_dict()
    text = normalize_newlines(values.get("text") or "").strip()
    if not text:
        msg = "no article text found in this web page"
        raise ImportProblem(msg)
    published = None
    if values.get("date"):
        try:
            published = date.fromisoformat(str(values["date"])[:10])
        except ValueError:
            published = None
    return ImportedText(
        text=text,
        source_name=source_name,
        source_format="html",
        encoding=encoding,
        title=(values.get("title") or None),
        outlet=(values.get("sitename") or None),
        byline=(values.get("author") or None),
        published=published,
    )


def decode_text(data: bytes, html: bool = False) -> tuple[str, str]:
    """Decode file bytes to text; return it with the encoding used.

    Order: a BOM; strict UTF-8; (``html``) the page's declared charset; Windows-1252;
    Latin-1. Raises ``ImportProblem`` for empty, blank or binary data.
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
        text, encoding = _decode_ladder(data, html)
    check_text(text)
    return text, encoding


def check_text(text: str) -> None:
    """Refuse decoded text that is not an article's: NUL characters, only whitespace, or
    mostly control characters. The same rule for files and for JSONL lines."""
    if "\x00" in text:
        msg = "binary file (contains NUL characters), not text"
        raise ImportProblem(msg)
    if not text.strip():
        msg = "file holds no text (only whitespace)"
        raise ImportProblem(msg)
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f\v")
    if controls > MAX_CONTROL_SHARE * len(text):
        msg = "binary file (many control characters), not text"
        raise ImportProblem(msg)


def _decode_ladder(data: bytes, html: bool) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    if html:
        declared = _DECLARED_CHARSET.search(data[:8192])
        if declared:
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                candidates.append(codecs.lookup(declared.group(1).decode("ascii")).name)
    candidates.extend(FALLBACK_ENCODINGS)
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    msg = "cannot decode the text"  # unreachable: Latin-1 decodes any byte
    raise ImportProblem(msg)


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
