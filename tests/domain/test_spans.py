from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dragon_reader.domain.spans import OffsetMap, Span, SpanIndex

awkward_text = st.text(
    alphabet=st.sampled_from(list("ab \n“”‘’—é中😀🇨🇳\u00a0"))
    | st.characters(exclude_categories=["Cs"]),
    max_size=200,
)


@given(awkward_text, st.data())
def test_offsets_round_trip_through_document_positions(text: str, data: st.DataObject) -> None:
    offsets = OffsetMap(text)
    offset = data.draw(st.integers(0, len(text)))
    assert offsets.to_offset(offsets.to_position(offset)) == offset


@given(awkward_text)
def test_document_length_counts_utf16_units(text: str) -> None:
    assert OffsetMap(text).document_length == len(text.encode("utf-16-le")) // 2


def test_position_inside_a_surrogate_pair_lands_on_its_character() -> None:
    offsets = OffsetMap("a😀b")
    assert offsets.to_position(2) == 3
    assert offsets.to_offset(2) == 1


def test_span_rejects_reversed_ranges_and_knows_overlap() -> None:
    with pytest.raises(ValueError, match="invalid span"):
        Span(3, 2)
    assert Span(0, 3).overlaps(Span(2, 5))
    assert not Span(0, 2).overlaps(Span(2, 5))


def test_the_offset_map_counts_characters_outside_the_basic_plane_twice() -> None:
    offsets = OffsetMap("a😀b\U0001d11ec")
    assert offsets.document_length == 7
    assert [offsets.to_position(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=40),
    st.integers(0, 260),
    st.integers(0, 80),
)
def test_a_span_index_finds_every_overlapping_item_in_the_given_order(
    starts_and_lengths: list[tuple[int, int]], start: int, width: int
) -> None:
    """What the reader asks for a stretch of a long text: every highlight sharing a
    character with it (long ones starting far before it too), in drawing order."""
    spans = [(first, first + length) for first, length in starts_and_lengths]
    items = [f"item {number}" for number in range(len(spans))]
    index = SpanIndex(items, [a for a, _ in spans], [b for _, b in spans])
    end = start + width
    assert index.overlapping(start, end) == [
        item
        for item, (a, b) in zip(items, spans, strict=True)
        if a < end and b > start and b > a and end > start
    ]
