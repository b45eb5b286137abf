"""Adjudication: two coders' tags of one article paired into units, and how they differ.

A unit is one thing the coders tagged: a tag of coder A and a tag of coder B of the same
kind whose spans overlap (paired one to one, the best pairs first: same codebook entry,
then the longer overlap), or a tag only one of them made. Each unit carries the tag of the
curated set that adjudicates it, if any (the curated tag of the same kind overlapping it
most), and which fields of A's and B's tags differ: ``span``, ``entry``, ``status``,
``when``, ``slots``. Pure functions over plain values: no database, no Qt.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dragon_reader.domain.coding import Tag
from dragon_reader.domain.slots import SlotFiller

FIELDS = ("span", "entry", "status", "when", "slots")
NO_SLOTS: tuple[SlotFiller, ...] = ()


class Verdict(enum.StrEnum):
    """How the two coders' tags of a unit compare."""

    AGREE = "agree"
    ONLY_A = "only A"
    ONLY_B = "only B"
    DIFFER = "differ"
    CURATOR = "curator's own"  # a curated tag no coder's tag overlaps


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit of an article: A's tag, B's tag (either may be absent), the curated tag,
    their slots, and the fields in which A and B differ (empty unless both tagged)."""

    a: Tag | None
    b: Tag | None
    curated: Tag | None = None
    a_slots: tuple[SlotFiller, ...] = NO_SLOTS
    b_slots: tuple[SlotFiller, ...] = NO_SLOTS
    curated_slots: tuple[SlotFiller, ...] = NO_SLOTS
    differences: tuple[str, ...] = ()

    @property
    def verdict(self) -> Verdict:
        """Agree, only one side, differ, or the curator's own tag."""
        if self.a is not None and self.b is not None:
            return Verdict.DIFFER if self.differences else Verdict.AGREE
        if self.a is not None:
            return Verdict.ONLY_A
        if self.b is not None:
            return Verdict.ONLY_B
        return Verdict.CURATOR

    @property
    def start(self) -> int:
        """Where the unit's first span starts."""
        return min(t.start for t in self._tags())

    @property
    def end(self) -> int:
        """Where the unit's last span ends."""
        return max(t.end for t in self._tags())

    def side(self, which: str) -> Tag | None:
        """A's tag for ``"a"``, B's for ``"b"``."""
        return self.a if which == "a" else self.b

    def _tags(self) -> list[Tag]:
        return [t for t in (self.a, self.b, self.curated) if t is not None]


def coder_of(tag: Tag) -> str:
    """Who made a tag: its annotator, else its database role."""
    return tag.annotator or tag.coder or ""


def differences(
    a: Tag,
    b: Tag,
    a_slots: Sequence[SlotFiller] = NO_SLOTS,
    b_slots: Sequence[SlotFiller] = NO_SLOTS,
) -> tuple[str, ...]:
    """The fields (of ``FIELDS``) in which two tags differ; empty when they agree."""
    found = []
    if (a.start, a.end) != (b.start, b.end):
        found.append("span")
    if (a.kind, a.entry_id) != (b.kind, b.entry_id):
        found.append("entry")
    if a.status != b.status:
        found.append("status")
    if a.when != b.when:
        found.append("when")
    if _slot_key(a_slots) != _slot_key(b_slots):
        found.append("slots")
    return tuple(found)


def pair_units(
    a_tags: Sequence[Tag],
    b_tags: Sequence[Tag],
    curated: Sequence[Tag] = (),
    slots: Mapping[int, tuple[SlotFiller, ...]] | None = None,
) -> list[Unit]:
    """The units of one article's tags by coder A, coder B and the curated set, in text
    order. ``slots`` gives each tag's fillers by tag id (missing: none)."""
    fillers = slots or {}
    pairs = _pairs(a_tags, b_tags)
    units: list[Unit] = []
    for a, b in pairs:
        a_slots = fillers.get(a.id, NO_SLOTS) if a else NO_SLOTS
        b_slots = fillers.get(b.id, NO_SLOTS) if b else NO_SLOTS
        found = differences(a, b, a_slots, b_slots) if a and b else ()
        units.append(Unit(a, b, None, a_slots, b_slots, NO_SLOTS, found))
    taken: set[int] = set()
    for tag in sorted(curated, key=lambda t: (t.start, t.end, t.id)):
        best, best_overlap = -1, 0
        for index, unit in enumerate(units):
            if index in taken or unit.verdict == Verdict.CURATOR:
                continue
            sides = [t for t in (unit.a, unit.b) if t is not None and t.kind == tag.kind]
            overlap = max((_overlap(tag, t) for t in sides), default=0)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        own = fillers.get(tag.id, NO_SLOTS)
        if best < 0:
            units.append(Unit(None, None, tag, curated_slots=own))
            taken.add(len(units) - 1)
            continue
        unit = units[best]
        units[best] = Unit(unit.a, unit.b, tag, unit.a_slots, unit.b_slots, own, unit.differences)
        taken.add(best)
    return sorted(units, key=lambda u: (u.start, u.end))


def _pairs(a_tags: Sequence[Tag], b_tags: Sequence[Tag]) -> list[tuple[Tag | None, Tag | None]]:
    """A's and B's tags paired one to one by overlap, best pairs first; the rest alone."""
    candidates = sorted(
        (
            (a.entry_id == b.entry_id, _overlap(a, b), -abs(a.start - b.start), i, j)
            for i, a in enumerate(a_tags)
            for j, b in enumerate(b_tags)
            if a.kind == b.kind and _overlap(a, b) > 0
        ),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[Tag | None, Tag | None]] = []
    for *_score, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((a_tags[i], b_tags[j]))
    pairs += [(a, None) for i, a in enumerate(a_tags) if i not in used_a]
    pairs += [(None, b) for j, b in enumerate(b_tags) if j not in used_b]
    return pairs


def _overlap(a: Tag, b: Tag) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _slot_key(fillers: Sequence[SlotFiller]) -> list[tuple[str, str, int | None, int | None]]:
    """Fillers compared by slot, text and span (an actor link alone does not differ)."""
    return sorted((str(f.role), f.text, f.start, f.end) for f in fillers)
