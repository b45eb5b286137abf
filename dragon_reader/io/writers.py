"""Writers for exports: CSV that spreadsheets open right, JSON Lines, brat standoff.

Every writer goes through ``atomic_output``: it writes a temporary file beside the target
and renames it into place only when everything was written, so an interrupted or failed
export never leaves a half file where the last good one was.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

# OWASP "CSV injection": cells starting with these are run as formulas by spreadsheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
_TRIGGER_SET = frozenset(FORMULA_TRIGGERS)
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


@contextmanager
def atomic_output(target: Path, newline: str | None = "") -> Iterator[IO[str]]:
    """Yield a text file that replaces ``target`` only if the block completes.

    Raises ``ExportError`` (with the reason) when the folder cannot be written or the disk
    fills up; ``target`` is then left exactly as it was.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=target.parent
        )
    except OSError as exc:
        msg = f"cannot write in {target.parent}: {exc.strerror or exc}"
        raise ExportError(msg) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        msg = f"cannot write {target}: {exc.strerror or exc}"
        raise ExportError(msg) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
    """
    guarded = [columns.index(name) for name in text_columns] if guard_formulas else []
    count = 0

    def prepared() -> Iterator[Sequence[Any]]:
        nonlocal count
        for row in rows:
            cells = row
            if guarded:
                cells = row if isinstance(row, list) else list(row)
                for index in guarded:
                    value = cells[index]
                    if value and value.__class__ is str and value[0] in _TRIGGER_SET:
                        cells[index] = "'" + value
            count += 1
            if progress is not None and count % 1000 == 0:
                progress(count, total)
            yield cells  # csv writes None as an empty cell

    with atomic_output(target) as stream:
        if bom:
            stream.write("\ufeff")
        writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(columns)
        writer.writerows(prepared())
    if progress is not None:
        progress(count, total or count)
    return count


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
