"""Spans and the exact map between stored-text offsets and Qt document positions.

A span is ``(start, end)`` in Python string offsets (code points) of the stored text,
end exclusive. Qt counts UTF-16 code units, so every character outside the Basic
Multilingual Plane (most emoji) takes two positions there and one here. When the whole
stored text is put into a document as plain text, a newline becomes a block separator
that also takes one position, so that is the only difference to correct.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of stored-text offsets."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            msg = f"invalid span ({self.start}, {self.end})"
            raise ValueError(msg)

    def text_of(self, text: str) -> str:
        """Return the covered text."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the spans share at least one character."""
        return self.start < other.end and other.start < self.end


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters outside the BMP


class OffsetMap:
    """Convert between code-point offsets of ``text`` and UTF-16 document positions.

    ``to_position`` and ``to_offset`` are inverse for every offset ``0..len(text)``;
    a document position inside a surrogate pair maps to the character it belongs to.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Offsets of astral characters (each takes two UTF-16 units).
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # Document positions where each astral character starts.
        self._astral_positions = [offset + k for k, offset in enumerate(self._astral)]

    @property
    def length(self) -> int:
        """Length of the text in code points."""
        return self._length

    @property
    def document_length(self) -> int:
        """Length of the text in UTF-16 units (document positions)."""
        return self._length + len(self._astral)

    def to_position(self, offset: int) -> int:
        """Return the document position of code-point ``offset``."""
        if not 0 <= offset <= self._length:
            msg = f"offset {offset} outside 0..{self._length}"
            raise ValueError(msg)
        return offset + bisect_left(self._astral, offset)

    def to_offset(self, position: int) -> int:
        """Return the code-point offset at document ``position`` (clamped to the text)."""
        position = max(0, min(position, self.document_length))
        # Each astral character starting before ``position`` took one extra unit; a
        # position inside a surrogate pair lands on that pair's character.
        return position - bisect_right(self._astral_positions, position - 1)


class SpanIndex(Generic[T]):
    """Items with ``(start, end)`` spans, found by the range they overlap.

    ``overlapping`` returns the items in the order they were given (the order they are
    drawn in), whatever their spans; it costs the logarithm of the number of items plus
    the items between the first one that may overlap and the last one that starts before
    the range ends (so keep long spans and many short ones in separate indexes).
    """

    def __init__(self, items: Sequence[T], starts: Sequence[int], ends: Sequence[int]) -> None:
        """Index ``items``, the k-th spanning ``[starts[k], ends[k])``."""
        if not len(items) == len(starts) == len(ends):
            msg = f"{len(items)} items but {len(starts)} starts and {len(ends)} ends"
            raise ValueError(msg)
        order: Sequence[int] = range(len(items))  # given sorted (mentions are): kept
        if any(a > b for a, b in pairwise(starts)):
            order = sorted(order, key=starts.__getitem__)
            starts = [starts[i] for i in order]
            ends = [ends[i] for i in order]
        self._items = items
        self._order = order
        self._starts = list(starts)
        self._ends = list(ends)
        # The furthest end of the first k items: where a range's overlaps can begin.
        self._reach = list(accumulate(self._ends, max))

    def __len__(self) -> int:
        return len(self._items)

    @property
    def items(self) -> Sequence[T]:
        """The items, in the order given."""
        return self._items

    def overlapping(self, start: int, end: int) -> list[T]:
        """The items whose span shares a character with ``[start, end)``, in the given
        order (an empty span shares none)."""
        if end <= start:
            return []
        first = bisect_right(self._reach, start)
        last = bisect_left(self._starts, end)
        found = [
            self._order[k]
            for k in range(first, last)
            if self._ends[k] > start and self._ends[k] > self._starts[k]
        ]
        if not isinstance(self._order, range):
            found.sort()
        return [self._items[i] for i in found]
