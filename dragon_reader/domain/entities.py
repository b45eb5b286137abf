"""Named-entity labels and mentions (OntoNotes labels, as in the annotation guidelines)."""

from __future__ import annotations

import enum
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple


class EntityLabel(enum.StrEnum):
    """The six entity labels the app highlights."""

    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    DATE = "DATE"
    NORP = "NORP"

    @property
    def description(self) -> str:
        """A few words for legends and menus."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    EntityLabel.PERSON: "Person",
    EntityLabel.ORG: "Organisation",
    EntityLabel.GPE: "Country, city, state",
    EntityLabel.LOC: "Other place",
    EntityLabel.DATE: "Date",
    EntityLabel.NORP: "Nationality, group",
}


class MentionOrigin(enum.StrEnum):
    """Who said this is an entity."""

    RECOGNIZER = "recognizer"
    ANALYST = "analyst"
    REJECTED = "rejected"  # a span the analyst said is no entity (this mention or article)


class RejectScope(enum.StrEnum):
    """How far a rejection reaches: the mention clicked, its article, or every article."""

    MENTION = "mention"
    ARTICLE = "article"
    EVERYWHERE = "everywhere"


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A recognised entity: ``text[start:end]`` with its label and canonical name."""

    start: int
    end: int
    label: EntityLabel
    text: str
    canonical: str

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Mention:
    """A stored entity mention of an article, as the reader and panels see it.

    A mention is identified by its article and span: an article's mentions never overlap.
    """

    article_id: int
    start: int
    end: int
    label: EntityLabel
    text: str
    canonical: str
    origin: MentionOrigin


@dataclass(frozen=True, slots=True)
class TaughtRules:
    """What the analyst taught: strings always marked (with a label) and strings rejected."""

    marks: tuple[tuple[str, EntityLabel], ...] = ()
    rejects: frozenset[str] = frozenset()


SpanTuple = tuple[int, int, str, str]  # start, end, label value, canonical
EntityKey = tuple[str, str]  # canonical, label value


class PackedMentions(NamedTuple):
    """One article's recognised mentions in the compact form they are stored in.

    ``entities`` lists each distinct ``(canonical, label)`` once; its index is the entity's
    *slot*, and ``counts[slot]`` says how often it is mentioned. ``spans`` holds
    ``(start, end, slot)`` triples, sorted by start, as little-endian 32-bit integers
    (``unpack_spans`` reads them). A tuple of plain values: cheap to send between
    processes and to store as one row.
    """

    entities: tuple[EntityKey, ...]
    counts: tuple[int, ...]
    spans: bytes


def pack_mentions(spans: Iterable[SpanTuple]) -> PackedMentions:
    """Pack ``(start, end, label, canonical)`` spans (sorted by start) for storage."""
    slots: dict[EntityKey, int] = {}
    numbers: list[int] = []
    for start, end, label, canonical in spans:
        numbers += (start, end, slots.setdefault((canonical, label), len(slots)))
    counts = [0] * len(slots)
    for slot in numbers[2::3]:
        counts[slot] += 1
    return PackedMentions(
        tuple(slots), tuple(counts), _little_endian(array("i", numbers)).tobytes()
    )


def overlaps_any(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` overlaps one of ``spans``."""
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def drop_overlapping(packed: PackedMentions, spans: list[tuple[int, int]]) -> PackedMentions:
    """``packed`` without the mentions that overlap one of ``spans`` (the analyst's)."""
    if not spans:
        return packed
    return pack_mentions(
        (start, end, packed.entities[slot][1], packed.entities[slot][0])
        for start, end, slot in unpack_spans(packed.spans)
        if not overlaps_any(start, end, spans)
    )


def unpack_spans(spans: bytes) -> list[tuple[int, int, int]]:
    """The ``(start, end, slot)`` triples of ``PackedMentions.spans``."""
    numbers = array("i")
    numbers.frombytes(spans)
    values = _little_endian(numbers).tolist()
    return list(zip(values[0::3], values[1::3], values[2::3], strict=True))


def _little_endian(numbers: array[int]) -> array[int]:
    if numbers.itemsize != 4:  # pragma: no cover - C ints are 32 bits where Qt runs
        msg = "packed spans need 32-bit integers"
        raise RuntimeError(msg)
    if sys.byteorder == "big":  # pragma: no cover - stored little-endian on every machine
        numbers.byteswap()
    return numbers
