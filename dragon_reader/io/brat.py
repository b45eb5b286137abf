"""brat standoff: ``.ann`` lines for entities and tags, and the ``annotation.conf``.

See brat's standoff format: ``T`` lines are text-bound annotations
(``T1<TAB>Type START END<TAB>text``), discontinuous spans list fragments separated by ``;``
with their texts joined by a space; ``A`` lines attach attributes (``A1<TAB>Status T2
severed``); ``#`` lines carry notes (``#1<TAB>AnnotatorNotes T2<TAB>note``). Offsets are
offsets into the ``.txt`` written beside the ``.ann``: the stored text itself.

``export_folder`` writes a whole export into a fresh hidden folder beside the target and swaps
it in only when every file was written, so the target is always the old export or the new
one, never a mix.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dragon_reader.io.writers import ExportError

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "DATE", "NORP")
TAG_TYPES = {"event": "Event", "channel": "Channel"}
STATUS_VALUES = ("active", "proposed", "suspended", "severed", "refused", "resumed")


@dataclass(frozen=True, slots=True)
class BratSpan:
    """One text-bound annotation to write: a type, offsets, an optional status and note."""

    type: str
    start: int
    end: int
    status: str | None = None
    note: str = ""


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``[start, end)`` at line breaks into fragments without edge whitespace."""
    pieces = []
    cursor = start
    for line in text[start:end].split("\n"):
        line_start, line_end = cursor, cursor + len(line)
        while line_start < line_end and text[line_start].isspace():
            line_start += 1
        while line_end > line_start and text[line_end - 1].isspace():
            line_end -= 1
        if line_end > line_start:
            pieces.append((line_start, line_end))
        cursor += len(line) + 1
    return pieces


def annotation_lines(text: str, spans: Iterable[BratSpan]) -> list[str]:
    """The ``.ann`` lines for ``spans`` of ``text`` (T, then A and # lines for each)."""
    lines: list[str] = []
    t_number = a_number = note_number = 0
    for span in spans:
        parts = fragments(text, span.start, span.end)
        if not parts:
            continue
        t_number += 1
        offsets = ";".join(f"{a} {b}" for a, b in parts)
        covered = " ".join(text[a:b] for a, b in parts).replace("\t", " ")
        lines.append(f"T{t_number}\t{span.type} {offsets}\t{covered}")
        if span.status:
            a_number += 1
            lines.append(f"A{a_number}\tStatus T{t_number} {span.status}")
        if span.note.strip():
            note_number += 1
            flat = " ".join(span.note.split())
            lines.append(f"#{note_number}\tAnnotatorNotes T{t_number}\t{flat}")
    return lines


CONF_NAME = "annotation.conf"
CONF_SIGNATURE = "# Written by Dragon Reader."
_EXPORT_SUFFIXES = (".txt", ".ann")
_LEFTOVER_SUFFIXES = (".partial", ".old")


def annotation_conf() -> str:
    """An ``annotation.conf`` declaring every type and attribute the ``.ann`` files use."""
    entities = "\n".join(ENTITY_TYPES + tuple(TAG_TYPES.values()))
    return (
        f"{CONF_SIGNATURE} Entity labels follow OntoNotes; Event and Channel are\n"
        "# the analyst's tags (the codebook entry is in each tag's AnnotatorNotes).\n"
        f"[entities]\n{entities}\n\n"
        "[relations]\n\n"
        "[events]\n\n"
        "[attributes]\n"
        f"Status\tArg:Channel, Value:{'|'.join(STATUS_VALUES)}\n"
    )


@contextmanager
def export_folder(target: Path) -> Iterator[Path]:
    """Yield an empty folder to write a brat export in; it becomes ``target`` only when the
    block completes.

    The folder is created beside ``target`` (same file system), so the swap is a rename: on
    Linux one atomic exchange, elsewhere the old folder is renamed aside first and put back
    if the new one cannot take its place. An exception or a full disk leaves ``target`` as it
    was; a kill leaves it too, plus a hidden ``.NAME.*.partial`` folder that the next export
    to ``target`` removes. Raises ``ExportError`` when ``target`` is a file, or a folder
    holding anything but an earlier Dragon Reader brat export (its files are never
    deleted), or cannot be written.
    """
    target = Path(target)
    _check_replaceable(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(target)
        fresh = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        )
    except OSError as exc:
        msg = f"cannot write in {target.parent}: {exc.strerror or exc}"
        raise ExportError(msg) from exc
    try:
        yield fresh
        _swap_in(fresh, target)
    except OSError as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        msg = f"cannot write {target}: {exc.strerror or exc}"
        raise ExportError(msg) from exc
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


def _check_replaceable(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        msg = f"{target} is not a folder; choose a folder for the brat export"
        raise ExportError(msg)
    if not target.exists():
        return
    try:
        entries = list(target.iterdir())
        conf = target / CONF_NAME
        ours = conf.is_file() and conf.read_text(encoding="utf-8").startswith(CONF_SIGNATURE)
    except (OSError, UnicodeDecodeError) as exc:
        msg = f"cannot read {target}: {exc}"
        raise ExportError(msg) from exc
    foreign = [
        entry.name
        for entry in entries
        if entry.name != CONF_NAME
        and not (entry.suffix in _EXPORT_SUFFIXES and entry.is_file() and not entry.is_symlink())
    ]
    if entries and (foreign or not ours):
        example = f" (such as {sorted(foreign)[0]!r})" if foreign else ""
        msg = (
            f"{target} holds files that are not an earlier brat export{example}; "
            "choose an empty or new folder"
        )
        raise ExportError(msg)


def _remove_leftovers(target: Path) -> None:
    """Remove hidden folders that an export to ``target`` killed part-way left behind."""
    for leftover in target.parent.glob(f".{target.name}.*"):
        if (
            leftover.suffix in _LEFTOVER_SUFFIXES
            and leftover.is_dir()
            and not leftover.is_symlink()
        ):
            shutil.rmtree(leftover, ignore_errors=True)


def _swap_in(fresh: Path, target: Path) -> None:
    if not target.exists():
        fresh.rename(target)
        return
    if _exchange(fresh, target):  # fresh now holds the old export
        shutil.rmtree(fresh, ignore_errors=True)
        return
    aside = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.old"
    target.rename(aside)
    try:
        fresh.rename(target)
    except OSError:
        aside.rename(target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); ``False`` where
    the system or the file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
        at_fdcwd, rename_exchange = -100, 2
        done = renameat2(
            at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange
        )
        return bool(done == 0)
    return False
