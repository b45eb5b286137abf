"""Writers for exports: CSV that spreadsheets open right, JSON Lines, brat standoff.

Every writer goes through ``atomic_output``: it writes a temporary file beside the target
and renames it into place only when everything was written, so an interrupted or failed
export never leaves a half file where the last good one was. A symbolic link is written
through (the file it points to is replaced, the link stays); anything but a regular file
(a device, a FIFO, a folder) is refused. The new file gets the old file's permissions, or
the ones the umask allows. Temporary files that a killed export left behind are removed by
the next export into the same folder (a file still being written is locked and kept).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import operator
import os
import re
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

# OWASP "CSV injection": cells starting with these are run as formulas by spreadsheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Every trigger is one character: a cell needs the guard when its first character is one.
FORMULA_FIRST_CHARACTERS = frozenset(FORMULA_TRIGGERS)
ProgressCallback = Callable[[int, int], None]


class ExportError(Exception):
    """An export that could not be written; the message is for the user."""


def neutralize_formula(value: str) -> str:
    """Prefix a cell that a spreadsheet would evaluate with an apostrophe (OWASP advice).

    The apostrophe makes Calc and Excel show the text as typed; ``=1+1`` stays ``=1+1``.
    """
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


_PARTIAL = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.partial$")  # as mkstemp names ours


@contextmanager
def atomic_output(target: Path, newline: str | None = "") -> Iterator[IO[str]]:
    """Yield a text file that replaces ``target`` only if the block completes.

    A symbolic link ``target`` is followed: the file it names is replaced. Raises
    ``ExportError`` (with the reason) when ``target`` is not a regular file (a device, a
    FIFO, a folder), when its folder does not exist (``require_folder``) or cannot be
    written, or the disk fills up; ``target`` is then left exactly as it was.
    """
    target = Path(os.path.realpath(target))
    try:
        mode = _mode_for(target)
        require_folder(target)
        remove_leftovers(target.parent)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=target.parent
        )
    except OSError as exc:
        msg = f"cannot write in {target.parent}: {exc.strerror or exc}"
        raise ExportError(msg) from exc
    lock = _lock(handle)  # held until the rename: a later export leaves this file alone
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
            stream.flush()
            Path(temporary).chmod(mode)
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        msg = f"cannot write {target}: {exc.strerror or exc}"
        raise ExportError(msg) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    finally:
        if lock is not None:
            os.close(lock)


def require_folder(target: Path) -> None:
    """Raise ``ExportError`` when the folder ``target`` would be written in does not exist:
    an export never creates folders (a typo in a path would go unnoticed), as a save
    dialog offers only folders that exist."""
    folder = Path(target).parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        msg = f"the folder {folder} {what}; create it first or choose another"
        raise ExportError(msg)


def _mode_for(target: Path) -> int:
    """The permissions for the new file: the old file's, or what the umask allows.

    Raises ``ExportError`` when ``target`` exists and is not a regular file."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, FIFO or socket"
        msg = f"{target} is not a regular file ({kind}); choose another name to export to"
        raise ExportError(msg)
    return stat.S_IMODE(info.st_mode)


def _umask() -> int:
    """The process's umask (read without changing it where the system tells it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _lock(handle: int) -> int | None:
    """Lock the temporary file (on its own descriptor, kept open until the rename)."""
    if sys.platform == "win32":  # no flock: leftovers are then removed when a day old
        return None
    import fcntl

    lock = os.dup(handle)
    fcntl.flock(lock, fcntl.LOCK_EX)
    return lock


def _abandoned(fd: int) -> bool:
    """True when no export is writing the open temporary file ``fd`` any more."""
    if sys.platform == "win32":
        return os.fstat(fd).st_mtime < time.time() - 86400
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # locked: still being written
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete the temporary ``.NAME.XXXXXXXX.partial`` files that killed exports left in
    ``folder``; one that an export is still writing (locked) is kept. Return the removed."""
    removed: list[Path] = []
    try:
        entries = [p for p in folder.iterdir() if _PARTIAL.match(p.name)]
    except OSError:
        return removed
    for leftover in entries:
        try:
            fd = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode) and _abandoned(fd):
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


# Rows written at a time, between which the writer yields the GIL; a chunk made and written
# while its rows are still in the processor's caches (250 rather than 1,000: 5% of an export).
CSV_CHUNK = 250
# How every CSV row ends (RFC 4180).
CSV_LINE_END = "\r\n"
# A cell that starts like a formula, in a column's cells joined by NUL (and led by one):
# one search (for a literal NUL first, which is fast) instead of a test of each cell.
_TRIGGER_AFTER_NUL = re.compile("\x00[" + re.escape("".join(FORMULA_TRIGGERS)) + "]")


def write_csv(
    target: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    bom: bool = True,
    guard_formulas: bool = True,
    text_columns: Iterable[str] = (),
    total: int = 0,
    progress: ProgressCallback | None = None,
) -> int:
    """Write an RFC 4180 CSV (CRLF line ends, quotes where needed); return the row count.

    UTF-8 with a byte-order mark by default so that Excel and LibreOffice read it as
    UTF-8. With ``guard_formulas``, cells of ``text_columns`` that start like a formula are
    neutralised; numbers are written as numbers and never altered. ``None`` is written as
    an empty cell. Newlines inside cells are kept (the cell is quoted).

    ``progress(rows written, total)`` before each ``CSV_CHUNK`` rows are written and once
    all are, always before the file is in place: an exception it raises (a
    stop) leaves ``target`` as it was.

    Rows are written ``CSV_CHUNK`` at a time, and between chunks the writing thread lets
    the process's other threads run (``time.sleep(0)``): ``csv.writer`` holds the GIL while
    it formats, so a window whose export runs in a work thread would otherwise freeze for
    the whole write.
    """
    guarded = [columns.index(name) for name in text_columns] if guard_formulas else []
    source = iter(rows)

    def chunks() -> Iterator[tuple[str, int]]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator=CSV_LINE_END, quoting=csv.QUOTE_MINIMAL)
        while chunk := list(itertools.islice(source, CSV_CHUNK)):
            for index in guarded:
                _guard_column(chunk, index)
            writer.writerows(chunk)  # csv writes None as an empty cell
            yield buffer.getvalue(), len(chunk)
            buffer.seek(0)
            buffer.truncate()

    return _write_chunks(target, columns, chunks(), bom=bom, total=total, progress=progress)


def write_csv_lines(
    target: Path,
    columns: Sequence[str],
    lines: Iterable[str],
    *,
    bom: bool = True,
    total: int = 0,
    progress: ProgressCallback | None = None,
) -> int:
    """``write_csv`` for rows that come already written: each of ``lines`` is one row,
    its cells made by ``csv_cell`` (already guarded where needed), joined by commas and
    ended by ``CSV_LINE_END``. The file is byte for byte what ``write_csv`` would write
    for the same cells; an export whose rows share many cells writes those once this way
    instead of having ``csv.writer`` write them again in every row."""
    source = iter(lines)

    def chunks() -> Iterator[tuple[str, int]]:
        while chunk := list(itertools.islice(source, CSV_CHUNK)):
            yield "".join(chunk), len(chunk)

    return _write_chunks(target, columns, chunks(), bom=bom, total=total, progress=progress)


def csv_cell(value: Any) -> str:
    """``value`` as ``write_csv`` writes it in a cell: ``None`` empty, a number as ``str``
    gives it, text as it is, or quoted (its quotes doubled) when it holds a comma, a quote
    or a line break (``csv.QUOTE_MINIMAL``)."""
    if value is None:
        return ""
    text = value if value.__class__ is str else str(value)
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _write_chunks(
    target: Path,
    columns: Sequence[str],
    chunks: Iterator[tuple[str, int]],
    *,
    bom: bool,
    total: int,
    progress: ProgressCallback | None,
) -> int:
    """Write the header and each chunk of CSV text (with its row count) atomically, with
    ``write_csv``'s progress calls and yields between chunks; return the row count."""
    count = 0
    with atomic_output(target) as stream:
        if bom:
            stream.write("\ufeff")
        stream.write(",".join(map(csv_cell, columns)) + CSV_LINE_END)
        for text, rows in chunks:
            if progress is not None:
                progress(count, total)
            stream.write(text)
            count += rows
            if threading.active_count() > 1:  # someone to let run (a sleep is a syscall)
                time.sleep(0)
        if progress is not None:
            progress(count, total or count)
    return count


def _guard_column(chunk: list[Any], index: int) -> None:
    """Neutralise the formulas in column ``index`` of ``chunk``'s rows (a row that is not
    a list is replaced by a list when one of its cells changes). The column is first
    searched as one string, so that a column without a formula costs one search."""
    cells = list(map(operator.itemgetter(index), chunk))
    try:
        joined: str | None = "\x00" + "\x00".join(filter(None, cells))
    except TypeError:  # not only text in the column (a number): look at each cell
        joined = None
    if joined is not None and not _TRIGGER_AFTER_NUL.search(joined):
        return
    for number, value in enumerate(cells):
        if value and value.__class__ is str and value[0] in FORMULA_FIRST_CHARACTERS:
            row = chunk[number]
            if row.__class__ is not list:
                row = chunk[number] = list(row)
            row[index] = "'" + value


def write_jsonl(target: Path, documents: Iterable[dict[str, Any]]) -> int:
    """Write one JSON object per line (UTF-8, no BOM, ``\\n`` line ends); return the count."""
    count = 0
    with atomic_output(target, newline="\n") as stream:
        for document in documents:
            stream.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
            stream.write("\n")
            count += 1
    return count


def write_text(target: Path, text: str) -> None:
    """Write ``text`` exactly (no newline translation), atomically."""
    with atomic_output(target, newline="") as stream:
        stream.write(text)
