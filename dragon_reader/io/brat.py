"""brat standoff: ``.ann`` lines for entities and tags, and the ``annotation.conf``.

See brat's standoff format: ``T`` lines are text-bound annotations
(``T1<TAB>Type START END<TAB>text``), discontinuous spans list fragments separated by ``;``
with their texts joined by a space; ``A`` lines attach attributes (``A1<TAB>Status T2
severed``); ``#`` lines carry notes (``#1<TAB>AnnotatorNotes T2<TAB>note``). Offsets are
offsets into the ``.txt`` written beside the ``.ann``: the stored text itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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


def annotation_conf() -> str:
    """An ``annotation.conf`` declaring every type and attribute the ``.ann`` files use."""
    entities = "\n".join(ENTITY_TYPES + tuple(TAG_TYPES.values()))
    return (
        "# Written by Dragon Reader. Entity labels follow OntoNotes; Event and Channel are\n"
        "# the analyst's tags (the codebook entry is in each tag's AnnotatorNotes).\n"
        f"[entities]\n{entities}\n\n"
        "[relations]\n\n"
        "[events]\n\n"
        "[attributes]\n"
        f"Status\tArg:Channel, Value:{'|'.join(STATUS_VALUES)}\n"
    )
