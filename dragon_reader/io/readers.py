"""Read article files into stored text, or say in one line why a file cannot be read.

The stored text of a ``.txt`` file is the file's text exactly, with only a BOM removed and
CRLF/CR turned into LF (``domain.text.normalize_newlines``), so offsets into it are offsets
into the file. ``.md`` files are stored as their Markdown source for the same reason (the
reader styles the Markdown in place). Their bidirectional controls are stored as U+FFFD, one
for one (offsets unchanged), so that no line shows reversed. A saved web page
(``.html``/``.htm``) is reduced to the visible text of its article (``io.web_page``) and
its metadata (trafilatura, a library made for news pages); nothing in the page is fetched
or run.

Encodings are tried in a fixed order, never guessed over every codec: a byte-order mark,
UTF-16 without one (recognised by its NUL bytes at every other position), then strict UTF-8,
UTF-8 with a few undecodable bytes replaced (when the rest is clearly UTF-8; the encoding
says so), then the charset an HTML page declares, then GB18030 when nearly every non-ASCII
character it decodes to is a Chinese character of GB2312, then Windows-1252, then Latin-1.

Only regular files are read, and never more than the size limit plus one byte: a name
pointing at a device, a FIFO or a socket is refused without being read.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import re
import stat
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dragon_reader.domain.text import normalize_newlines, plain_title, with_bidi_controls_shown
from dragon_reader.io.web_page import PageText, page_text

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
# A text pasted from a terminal or a web page may carry a stray bell or escape: so many are
# let through whatever the text's length.
STRAY_CONTROLS = 2

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
    ``source_name`` is always storable text: a file name's bytes that are not UTF-8 (which
    Python hands over as surrogate escapes) become U+FFFD.
    """

    text: str
    source_name: str
    source_format: str
    encoding: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: date | None = None
    source_url: str | None = None
    left_out: str | None = None  # what the file showed that the text leaves out, said once

    def __post_init__(self) -> None:
        object.__setattr__(self, "source_name", storable_name(self.source_name))


def storable_name(name: str) -> str:
    """``name`` with the surrogate escapes of undecodable file-name bytes (and any other
    unpaired surrogate) replaced by U+FFFD, so that it can be stored and shown."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return name
    with contextlib.suppress(UnicodeEncodeError):  # escaped bytes only: decode them again
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in name)


def read_article_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> ImportedText:
    """Read ``path`` as an article.

    Raises ``ImportProblem`` for an unsupported suffix, a file over ``max_bytes``, an empty
    or blank file, a binary file, or text that is not valid UTF-8 (or UTF-16 with a BOM).
    """
    source_format = TEXT_SUFFIXES.get(path.suffix.lower())
    if source_format is None:
        msg = f"unsupported file type {path.suffix or '(no extension)'!r}"
        raise ImportProblem(msg)
    data = read_regular_file(path, max_bytes)
    if source_format == "html":
        text, encoding = decode_text(data, html=True)
        return extract_web_page(text, path.name, encoding)
    text, encoding = decode_text(data)
    text, encoding = bidi_controls_shown(normalize_newlines(text), encoding)
    return ImportedText(
        text=text,
        source_name=path.name,
        source_format=source_format,
        encoding=encoding,
    )


def bidi_controls_shown(text: str, encoding: str) -> tuple[str, str]:
    """``text`` with its bidirectional controls shown as U+FFFD, one for one (they would
    show lines of it reversed; offsets stay the file's), and ``encoding`` saying how many
    were (as it says how many undecodable bytes were)."""
    shown, count = with_bidi_controls_shown(text)
    if not count:
        return text, encoding
    noun = "character" if count == 1 else "characters"
    return shown, f"{encoding}, {count} bidirectional control {noun} shown as U+FFFD"


def read_regular_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """Return the bytes of the regular file at ``path`` (symlinks followed).

    Raises ``ImportProblem`` for anything that is not a regular file (a device such as
    ``/dev/zero``, a FIFO, a socket, a folder) without reading from it, for a file over
    ``max_bytes`` (reading stops at ``max_bytes + 1`` bytes, so a file that grows while
    read is caught too), and when the file cannot be opened or read.
    """
    try:
        _require_regular(path, path.stat().st_mode)
        # O_NONBLOCK: should the name be swapped for a FIFO after the check, opening it
        # still returns at once, and the check on the open file refuses it.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise ImportProblem(_os_problem(exc)) from exc
    try:
        info = os.fstat(fd)
        _require_regular(path, info.st_mode)
        if info.st_size > max_bytes:
            raise ImportProblem(_too_large(info.st_size, max_bytes))
        chunks: list[bytes] = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise ImportProblem(_os_problem(exc)) from exc
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise ImportProblem(_too_large(len(data), max_bytes))
    return data


def _require_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
    )
    kind = next((name for test, name in kinds if test(mode)), "not a regular file")
    via = " (through a symbolic link)" if path.is_symlink() else ""
    msg = f"not a regular file: this is {kind}{via}; only ordinary files are imported"
    raise ImportProblem(msg)


def _too_large(size: int, max_bytes: int) -> str:
    """ "file is too large (…)", with the size precise enough to read as over the limit:
    in bytes when one decimal of a megabyte would round it down to the limit."""
    limit = f"{max_bytes / 1_048_576:g} MB"
    shown = f"{size / 1_048_576:.1f}"
    if float(shown) * 1_048_576 <= max_bytes:
        return f"file is too large ({size:,} bytes; the limit is {limit}, {max_bytes:,} bytes)"
    return f"file is too large ({shown} MB; the limit is {limit})"


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "cannot read the file: its path is longer than the system allows"
    return f"cannot read the file: {exc.strerror or exc}"


def extract_web_page(html: str, source_name: str, encoding: str) -> ImportedText:
    """The article text (``io.web_page``: every visible line of the article, tables
    included) and metadata (trafilatura, offline) of a saved news page.

    Raises ``ImportProblem`` when the page holds no article text, or is nested too deeply
    to be read (saying which). Visible text outside the article (menus, banners, footers)
    is named in ``left_out``.
    """
    from lxml import etree
    from lxml import html as lxml_html
    from trafilatura.metadata import extract_metadata

    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.LxmlError, ValueError):
        root = None
    if any("Excessive depth" in error.message for error in parser.error_log):
        raise ImportProblem(_TOO_DEEP)
    found = page_text(root) if root is not None else PageText("")
    text = found.text
    if not text:
        raise ImportProblem("no article text found in this web page")
    values: dict[str, Any] = {}
    with contextlib.suppress(Exception):  # metadata is a bonus: a page without it imports
        document = extract_metadata(html)
        values = document.as_dict() if document is not None else {}
    published = None
    if values.get("date"):
        try:
            published = date.fromisoformat(str(values["date"])[:10])
        except ValueError:
            published = None
    words = found.left_out
    left_out = (
        f"{words} word(s) of the page outside its article (menus, banners, footers) left out"
        if words
        else None
    )
    title = plain_title(str(values.get("title") or "")) or None
    return ImportedText(
        text=text,
        source_name=source_name,
        source_format="html",
        encoding=encoding,
        title=title,
        outlet=(values.get("sitename") or None),
        byline=(values.get("author") or None),
        published=published,
        source_url=_web_address(values.get("url")),
        left_out=left_out,
    )


_TOO_DEEP = (
    "the page's elements are nested more than 255 levels deep, more than the HTML "
    "reader accepts (a broken or hostile page); save its text as .txt to import it"
)


def _web_address(url: object) -> str | None:
    """A page's own address from its metadata, if it is an http(s) URL."""
    if isinstance(url, str) and url.startswith(("http://", "https://")) and len(url) <= 2000:
        return url
    return None


def decode_text(data: bytes, html: bool = False) -> tuple[str, str]:
    """Decode file bytes to text; return it with the encoding used.

    Order: a BOM; UTF-16 without a BOM; strict UTF-8; UTF-8 with its few bad bytes
    replaced (the encoding returned says how many); (``html``) the page's declared
    charset; GB18030 when the text is clearly Chinese; Windows-1252; Latin-1. Raises
    ``ImportProblem`` for empty, blank or binary data.
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
    elif (utf16 := _utf16_without_bom(data)) is not None:
        text, encoding = utf16
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
    if controls > max(STRAY_CONTROLS, MAX_CONTROL_SHARE * len(text)):
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
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    candidates: list[str] = []
    if html:
        declared = _DECLARED_CHARSET.search(data[:8192])
        if declared:
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                candidates.append(codecs.lookup(declared.group(1).decode("ascii")).name)
    chinese = _gb18030_chinese(data)
    if chinese is not None:
        candidates.append("gb18030")
    candidates.extend(FALLBACK_ENCODINGS)
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    msg = "cannot decode the text"  # unreachable: Latin-1 decodes any byte
    raise ImportProblem(msg)


def _is_chinese(ch: str) -> bool:
    """A CJK ideograph, CJK punctuation or a full-width form (what Chinese text is made of)."""
    point = ord(ch)
    return 0x4E00 <= point <= 0x9FFF or 0x3000 <= point <= 0x303F or 0xFF00 <= point <= 0xFFEF


def _gb18030_chinese(data: bytes) -> str | None:
    """Chinese text in GB18030 (or its subsets GB2312 and GBK): the data decodes strictly
    and nearly all of its non-ASCII characters are Chinese characters of GB2312, whose two
    bytes are both above 0xA0. A Windows-1252 or Latin-1 text does not pass: its accented
    letters stand before a space, a punctuation mark or an ASCII letter, which either does
    not decode or decodes outside GB2312. ``None`` when the data is not like that."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text if ord(ch) > 127]
    if not wide:
        return None
    chinese = 0
    for ch in wide:
        if _is_chinese(ch):
            with contextlib.suppress(UnicodeEncodeError):
                ch.encode("gb2312")
                chinese += 1
    return text if chinese >= 0.9 * len(wide) else None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark, recognised by NUL bytes at every other
    position (the high bytes of Latin letters, digits, spaces and line ends); ``None``
    when the data does not look like that or does not decode."""
    sample = data[:65536]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    for nuls, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.05 * pairs and others * 4 < nuls:
            try:
                return data.decode(encoding), f"{encoding} (without a byte-order mark)"
            except UnicodeDecodeError:
                return None
    return None


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with its undecodable bytes replaced by U+FFFD, when the valid non-ASCII
    characters outnumber the bad places (a UTF-8 file with a damaged byte, not a file in a
    one-byte encoding); the encoding returned says how many places were replaced."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if replaced <= 0 or valid <= replaced:
        return None
    noun = "sequence" if replaced == 1 else "sequences"
    return text, f"utf-8, {replaced} undecodable byte {noun} replaced with U+FFFD"


SkipCallback = Callable[[Path, str], None]
# brat's configuration files, found beside its documents
BRAT_SETTINGS = frozenset({"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"})


def expand_paths(
    paths: Iterable[Path],
    skipped: SkipCallback | None = None,
    suffixes: Collection[str] = TEXT_SUFFIXES,
    passed_over: SkipCallback | None = None,
) -> Iterator[Path]:
    """Yield the files named, and the files found in named folders (recursively) whose
    suffix is one of ``suffixes`` (default: the article files).

    Folders are walked in sorted order; hidden files and folders are skipped; symlinked
    folders are not followed (no loops). Files named directly are yielded whatever their
    suffix so that the caller can report an unsupported one.

    ``skipped(path, reason)`` hears of what is left out without a file to report: a
    subfolder that cannot be read (no permission, a path longer than the system allows),
    and a named folder in which nothing could be imported (with what it held instead).
    ``passed_over(path, reason)`` hears of every file (and hidden folder) of a walked folder
    that is not yielded, with the reason, so that an import can list each.
    """
    wanted = {suffix.lower() for suffix in suffixes}
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        found = hidden = other = 0

        def unreadable(error: OSError, top: Path = path) -> None:
            if skipped is not None:
                where = Path(error.filename) if error.filename else top
                reason = (
                    "its path is longer than the system allows"
                    if error.errno == errno.ENAMETOOLONG
                    else error.strerror or str(error)
                )
                skipped(where, f"folder skipped, cannot be read: {reason}")

        def pass_over(where: Path, reason: str) -> None:
            if passed_over is not None:
                passed_over(where, reason)

        for root, dirs, files in os.walk(path, onerror=unreadable):
            for name in sorted(d for d in dirs if d.startswith(".")):
                hidden += 1
                pass_over(Path(root) / name, "a hidden folder: nothing in it is read")
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(root) / name
                if name.startswith("."):
                    hidden += 1
                    pass_over(candidate, "a hidden file")
                elif candidate.suffix.lower() not in wanted:
                    other += 1
                    kind = candidate.suffix.lower() or "without a suffix"
                    pass_over(
                        candidate,
                        "brat's settings, not needed to import its annotations"
                        if name in BRAT_SETTINGS
                        else f"not a file this app imports ({kind}); it imports "
                        f"{', '.join(sorted(wanted))} files",
                    )
                else:
                    found += 1
                    yield candidate
        if not found and skipped is not None:
            skipped(path, _nothing_to_import(hidden, other, wanted))


def _nothing_to_import(hidden: int, other: int, wanted: Collection[str]) -> str:
    suffixes = ", ".join(sorted(wanted))
    held = []
    if hidden:
        held.append(f"{hidden} hidden file(s) or folder(s), which are skipped")
    if other:
        held.append(f"{other} file(s) of other types")
    what = f"; it holds only {' and '.join(held)}" if held else "; it is empty"
    return f"no {suffixes} files in this folder{what}"
