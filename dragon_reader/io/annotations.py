"""Annotations read from another tool's files (brat standoff, doccano JSONL), in one shape
that the import service stores: entity marks, tags with their slots, and what was left out.

A reader checks everything it can without the database (offsets inside the text, the quoted
text matching it, known roles) and raises ``AnnotationProblem`` naming the line; what the
codebook has no place for is counted in ``LeftOut`` and reported, never dropped silently.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from dragon_reader.domain.coding import TagKind
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.domain.slots import SlotRole
from dragon_reader.domain.text import BOM, normalize_newlines
from dragon_reader.io.readers import ImportProblem

MAX_PROBLEMS_SHOWN = 5


class AnnotationProblem(ImportProblem):
    """Annotations that cannot be imported as they are: ``str()`` names each bad line
    ("line 7: T3: offsets 120–130 are outside the text (0–98)"), a few at most."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        more = len(problems) - len(shown)
        text = "; ".join(shown) + (f"; and {more} more" if more > 0 else "")
        super().__init__(text)
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class EntityMark:
    """``text[start:end]`` is an entity of ``label`` (an analyst mark in that article)."""

    start: int
    end: int
    label: EntityLabel
    where: str


@dataclass(frozen=True, slots=True)
class Filler:
    """One filler of a tag's slot: a span of the text, or a typed name; ``dictionary``
    asks for the dictionary actor called ``actor_name`` (default: the text), found again
    by name: ids differ between databases."""

    role: SlotRole
    text: str
    start: int | None = None
    end: int | None = None
    dictionary: bool = False
    actor_name: str | None = None


@dataclass(frozen=True, slots=True)
class TagMark:
    """An event or channel tag read from a file; ``status`` is the status's key as
    written (checked when stored), ``date`` as written (``2023-11``, a range …)."""

    start: int
    end: int
    kind: TagKind
    entry: str
    where: str
    status: str | None = None
    date: str | None = None
    confidence: float | None = None
    note: str = ""
    fillers: tuple[Filler, ...] = ()


@dataclass(slots=True)
class LeftOut:
    """What a file held that the app has no place for, counted by kind and label."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, what: str, label: str, count: int = 1) -> None:
        """Count ``count`` annotations of ``what`` ("annotations with labels outside the
        codebook": a plural noun first, made singular for one) labelled ``label``."""
        self.counts.setdefault(what, Counter())[label or "(no label)"] += count

    def merge(self, other: LeftOut) -> None:
        """Add what ``other`` counted (the lines of one file into the file's count)."""
        for what, counter in other.counts.items():
            self.counts.setdefault(what, Counter()).update(counter)

    def messages(self) -> list[tuple[str, int]]:
        """One sentence per kind, with how many annotations it counts: ("7 annotations
        with labels outside the codebook: MISC ×2, …", 7)."""
        lines = []
        for what, counter in self.counts.items():
            total = sum(counter.values())
            labels = ", ".join(
                f"{label} ×{n}" for label, n in sorted(counter.items(), key=lambda i: (-i[1], i[0]))
            )
            noun, space, rest = what.partition(" ")
            if total == 1:
                word = noun.rstrip(",")
                one = "entity" if word == "entities" else word.removesuffix("s")
                noun = one + noun[len(word) :]
            lines.append((f"{total} {noun}{space}{rest}: {labels}", total))
        return lines


@dataclass(slots=True)
class Annotated:
    """A text and the annotations read for it."""

    text: str
    entities: list[EntityMark] = field(default_factory=list)
    tags: list[TagMark] = field(default_factory=list)
    left_out: LeftOut = field(default_factory=LeftOut)


def entity_label(label: str) -> EntityLabel | None:
    """The entity label ``label`` names (``PERSON``, ``org``, …), or ``None``."""
    try:
        return EntityLabel(label.strip().upper())
    except ValueError:
        return None


def slot_role(name: str) -> SlotRole | None:
    """The slot a role name names: ``Actor``, ``actor``, ``Actor2`` (brat numbers repeated
    roles), ``parties`` or ``Party``; ``None`` for any other name."""
    base = name.strip().rstrip("0123456789").lower()
    if base == "parties":
        base = "party"
    try:
        return SlotRole(base)
    except ValueError:
        return None


def tag_label(label: str) -> tuple[TagKind, str] | None:
    """``(kind, entry)`` for a ``KIND:entry`` label (``event:Biden-Xi summit``,
    ``Channel:military hotline``), or ``None``."""
    kind, colon, entry = label.partition(":")
    if not colon or not entry.strip():
        return None
    try:
        return TagKind(kind.strip().lower()), entry.strip()
    except ValueError:
        return None


def check_span(text: str, start: int, end: int, quoted: str | None = None) -> str | None:
    """Why ``[start, end)`` cannot be a span of ``text`` (outside it, reversed, empty, or not the
    ``quoted`` text, compared with whitespace runs as single spaces), or ``None``."""
    if not (0 <= start <= len(text) and 0 <= end <= len(text)):
        return f"offsets {start}–{end} are outside the text (0–{len(text)})"
    if end < start:
        return f"offsets {start}–{end}: the span ends before it starts"
    if end == start:
        return f"offsets {start}–{end}: the span is empty"
    if quoted is not None and " ".join(quoted.split()) != " ".join(text[start:end].split()):
        return f"offsets {start}–{end} hold {_quote(text[start:end])}, not {_quote(quoted)}"
    return None


def _quote(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return "“" + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + "”"


def stored_offsets(raw: str) -> tuple[str, Callable[[int], int]]:
    """The text stored for ``raw`` (``normalize_newlines``: BOM removed, line ends LF) and
    the map from an offset into ``raw`` to the same place in it."""
    text = normalize_newlines(raw)
    shift = 1 if raw.startswith(BOM) else 0
    crs = [i for i in range(len(raw) - 1) if raw[i] == "\r" and raw[i + 1] == "\n"]
    if not shift and not crs:
        return text, _same
    return text, lambda offset: max(0, offset - shift - bisect.bisect_left(crs, offset))


def _same(offset: int) -> int:
    return offset


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the whitespace at its edges (empty when all blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def without_overlaps(text: str, entities: list[EntityMark], left_out: LeftOut) -> list[EntityMark]:
    """The entity marks to store: each span trimmed of edge whitespace; a repeat of one
    kept is merged, and one that is blank, crosses a line break or overlaps one kept
    (the earlier in the file wins) is counted in ``left_out`` instead."""
    kept: list[EntityMark] = []
    seen: set[tuple[int, int, EntityLabel]] = set()
    for mark in entities:
        start, end = trimmed(text, mark.start, mark.end)
        label = mark.label.value
        if start == end:
            left_out.add("entities without text, not imported", label)
        elif "\n" in text[start:end]:
            left_out.add("entities across a line break, not imported", label)
        elif (start, end, mark.label) in seen:
            continue
        elif any(k.start < end and start < k.end for k in kept):
            left_out.add("entities overlapping another, not imported", label)
        else:
            seen.add((start, end, mark.label))
            kept.append(EntityMark(start, end, mark.label, mark.where))
    return kept
