"""brat standoff: the ``.ann`` lines of an export and its ``annotation.conf``.

See brat's standoff format: ``T`` lines are text-bound annotations
(``T1<TAB>Type START END<TAB>text``), discontinuous spans list fragments separated by ``;``
with their texts joined by a space; ``E`` lines are events, a trigger and role arguments
(``E1<TAB>Event:T2 Actor:T1 Actor2:T3``: a repeated role is numbered from its second
use); ``A`` lines attach attributes (``A1<TAB>Status E1 severed``); ``N`` lines link a
text-bound annotation to an entry of a database (``N1<TAB>Reference T1 DB:ID<TAB>name``);
``#`` lines carry notes (``#1<TAB>AnnotatorNotes E1<TAB>note``). Offsets are offsets into
the ``.txt`` written beside the ``.ann``: the stored text itself.

An event or channel tag is written as an ``E`` event whose trigger is a ``T`` of type
``Event`` or ``Channel``; its slots are the roles ``Actor``, ``Recipient``, ``Place`` and
``Party``, each pointing at a ``T``: the entity mention at the filler's span, or a ``Filler``
span where no mention is. A channel's status is the ``Status`` attribute of its event. Its
``AnnotatorNotes`` hold the fields the standoff format has no place for, as
``key: value`` joined with ``; `` (``entry: NAME; date: 2023-11; note: …``; ``;``, ``\\``
and line breaks in a value are escaped with a backslash): the codebook entry, the date, the
confidence, slot fillers typed rather than found in the text (``actor: NAME``, or
``actor (dictionary): NAME`` for a dictionary actor) and the analyst's note.

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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dragon_reader.domain.slots import SlotRole
from dragon_reader.io.writers import ExportError, require_folder

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "DATE", "NORP")
FILLER_TYPE = "Filler"  # a slot filler's span where no entity mention is
TAG_TYPES = {"event": "Event", "channel": "Channel"}
STATUS_ATTRIBUTE = "Status"
STATUS_VALUES = ("active", "proposed", "suspended", "severed", "refused", "resumed")
ROLE_NAMES = {
    SlotRole.ACTOR: "Actor",
    SlotRole.RECIPIENT: "Recipient",
    SlotRole.PLACE: "Place",
    SlotRole.PARTY: "Party",
}
NOTES = "AnnotatorNotes"
ACTOR_DATABASE = "DragonReaderActors"  # the N lines' database: the actor dictionary
DICTIONARY = " (dictionary)"  # a typed slot filler that names a dictionary actor
NOTE_KEYS = ("entry", "date", "confidence", "note")


@dataclass(frozen=True, slots=True)
class BratSpan:
    """One entity mention to write: its type (label) and offsets."""

    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BratFiller:
    """One filler of a tag's slot: a span of the text (``start``/``end``), a typed name,
    or either of them naming a dictionary actor (``actor_id``, called ``actor_name``)."""

    role: SlotRole
    text: str
    start: int | None = None
    end: int | None = None
    actor_id: int | None = None
    actor_name: str | None = None


@dataclass(frozen=True, slots=True)
class BratTag:
    """One event or channel tag to write as an ``E`` event with its roles, status and
    notes; ``kind`` is ``event`` or ``channel``."""

    kind: str
    start: int
    end: int
    entry: str
    status: str | None = None
    date: str | None = None
    confidence: float | None = None
    note: str = ""
    fillers: tuple[BratFiller, ...] = ()


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


def escape_value(value: str) -> str:
    """A note field's value on one line: ``\\``, ``;``, tab and line breaks escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def split_note(note: str) -> list[str]:
    """The fields of a note (split at ``;`` not escaped), unescaped and stripped."""
    fields: list[str] = []
    current: list[str] = []
    escapes = {"n": "\n", "r": "\r", "t": "\t"}
    chars = iter(note)
    for char in chars:
        if char == "\\":
            following = next(chars, "\\")
            current.append(escapes.get(following, following))
        elif char == ";":
            fields.append("".join(current).strip(" "))
            current = []
        else:
            current.append(char)
    fields.append("".join(current).strip(" "))
    return [field for field in fields if field]


def tag_note(tag: BratTag) -> str:
    """The ``AnnotatorNotes`` text of a tag: its entry, date, confidence, typed slot
    fillers and note as ``key: value`` fields."""
    fields = [("entry", tag.entry)]
    if tag.date:
        fields.append(("date", tag.date))
    if tag.confidence is not None:
        fields.append(("confidence", f"{tag.confidence:g}"))
    for filler in tag.fillers:
        if filler.start is None:
            key = filler.role.value + (DICTIONARY if filler.actor_id is not None else "")
            fields.append((key, filler.text))
    if tag.note:
        fields.append(("note", tag.note))
    return "; ".join(f"{key}: {escape_value(value)}" for key, value in fields)


class _Lines:
    """Numbers and collects the lines of one ``.ann`` file."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self.numbers = {"T": 0, "E": 0, "A": 0, "N": 0, "#": 0}
        self.by_span: dict[tuple[int, int, int | None], str] = {}

    def next_id(self, letter: str) -> str:
        self.numbers[letter] += 1
        return f"{letter}{self.numbers[letter]}"

    def text_bound(self, type_: str, start: int, end: int) -> str | None:
        parts = fragments(self.text, start, end)
        if not parts:
            return None
        ident = self.next_id("T")
        offsets = ";".join(f"{a} {b}" for a, b in parts)
        covered = " ".join(self.text[a:b] for a, b in parts).replace("\t", " ")
        self.lines.append(f"{ident}\t{type_} {offsets}\t{covered}")
        return ident

    def filler(self, filler: BratFiller) -> str | None:
        """The T id of a filler's span: the mention's there, or a ``Filler`` span; a filler
        linked to a dictionary actor gets a ``Filler`` span of its own with the ``N`` line
        naming the actor (an ``N`` line speaks for every use of its span)."""
        if filler.start is None or filler.end is None:
            return None
        key = (filler.start, filler.end, filler.actor_id)
        ident = self.by_span.get(key) or (
            self.by_span.get((filler.start, filler.end, None)) if filler.actor_id is None else None
        )
        if ident is None:
            ident = self.text_bound(FILLER_TYPE, filler.start, filler.end)
            if ident is None:
                return None
            self.by_span[key] = ident
            if filler.actor_id is not None:
                name = " ".join((filler.actor_name or filler.text).split())
                reference = f"{ACTOR_DATABASE}:{filler.actor_id}"
                self.lines.append(f"{self.next_id('N')}\tReference {ident} {reference}\t{name}")
        return ident


def annotation_lines(
    text: str, entities: Iterable[BratSpan], tags: Iterable[BratTag] = ()
) -> list[str]:
    """The ``.ann`` lines for the entity mentions and tags of ``text``: ``T`` lines for the
    mentions, then for each tag the ``T`` spans of its fillers not already written, its
    trigger ``T``, its ``E`` event, its ``Status`` ``A`` line and its ``AnnotatorNotes``."""
    out = _Lines(text)
    for span in entities:
        ident = out.text_bound(span.type, span.start, span.end)
        if ident is not None:
            out.by_span.setdefault((span.start, span.end, None), ident)
    for tag in tags:
        arguments: list[str] = []
        used: dict[SlotRole, int] = {}
        for filler in tag.fillers:
            ident = out.filler(filler)
            if ident is None:
                continue
            used[filler.role] = used.get(filler.role, 0) + 1
            number = used[filler.role]
            arguments.append(f"{ROLE_NAMES[filler.role]}{number if number > 1 else ''}:{ident}")
        type_ = TAG_TYPES[tag.kind]
        trigger = out.text_bound(type_, tag.start, tag.end)
        if trigger is None:
            continue
        event = out.next_id("E")
        out.lines.append(f"{event}\t{' '.join([f'{type_}:{trigger}', *arguments])}")
        if tag.status:
            out.lines.append(f"{out.next_id('A')}\t{STATUS_ATTRIBUTE} {event} {tag.status}")
        out.lines.append(f"{out.next_id('#')}\t{NOTES} {event}\t{tag_note(tag)}")
    return out.lines


CONF_NAME = "annotation.conf"
CONF_SIGNATURE = "# Written by Dragon Reader."
_EXPORT_SUFFIXES = (".txt", ".ann")
_LEFTOVER_SUFFIXES = (".partial", ".old")


def annotation_conf(statuses: Sequence[str] = STATUS_VALUES) -> str:
    """An ``annotation.conf`` declaring every type, event, role and attribute the ``.ann``
    files use (brat's configuration format: ``ROLE*:TYPE|TYPE`` is a role taken any
    number of times), with ``statuses`` as the values of a channel's ``Status``."""
    entities = "\n".join((*ENTITY_TYPES, FILLER_TYPE))
    fillers = "|".join((*ENTITY_TYPES, FILLER_TYPE))
    roles = [ROLE_NAMES[SlotRole.ACTOR], ROLE_NAMES[SlotRole.RECIPIENT], ROLE_NAMES[SlotRole.PLACE]]
    event_roles = ", ".join(f"{role}*:{fillers}" for role in roles)
    channel_roles = f"{event_roles}, {ROLE_NAMES[SlotRole.PARTY]}*:{fillers}"
    return (
        f"{CONF_SIGNATURE} Entity labels follow OntoNotes; Filler marks a slot's\n"
        "# filler where no entity is. Event and Channel are the analyst's tags: their\n"
        "# AnnotatorNotes hold the codebook entry, date and note (entry: NAME; date: …).\n"
        f"[entities]\n{entities}\n\n"
        "[relations]\n"
        "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n\n"
        "[events]\n"
        f"{TAG_TYPES['event']}\t{event_roles}\n"
        f"{TAG_TYPES['channel']}\t{channel_roles}\n\n"
        "[attributes]\n"
        f"{STATUS_ATTRIBUTE}\tArg:{TAG_TYPES['channel']}, Value:{'|'.join(statuses)}\n"
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
    deleted), or cannot be written, or the folder it would be in does not exist (the
    export folder itself is made, never the folders above it).
    """
    target = Path(target)
    _check_replaceable(target)
    require_folder(target)
    try:
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
