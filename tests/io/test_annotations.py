"""The shape shared by the brat and doccano readers."""

from __future__ import annotations

from dragon_reader.domain.coding import TagKind
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.domain.slots import SlotRole
from dragon_reader.io.annotations import (
    EntityMark,
    LeftOut,
    slot_role,
    stored_offsets,
    tag_label,
    without_overlaps,
)


def test_labels_and_roles() -> None:
    assert tag_label("event:Biden-Xi summit") == (TagKind.EVENT, "Biden-Xi summit")
    assert tag_label("Channel: military hotline") == (TagKind.CHANNEL, "military hotline")
    assert (
        tag_label("PERSON") is None and tag_label("misc:x") is None and tag_label("event:") is None
    )
    assert [slot_role(n) for n in ("Actor", "actor2", "Parties", "Place")] == [
        SlotRole.ACTOR,
        SlotRole.ACTOR,
        SlotRole.PARTY,
        SlotRole.PLACE,
    ]
    assert slot_role("Theme") is None


def test_marks_are_trimmed_and_overlaps_counted() -> None:
    text = "Xi met Biden\nin Woodside."
    left_out = LeftOut()
    kept = without_overlaps(
        text,
        [
            EntityMark(0, 3, EntityLabel.PERSON, "a"),  # "Xi " trimmed
            EntityMark(0, 2, EntityLabel.PERSON, "b"),  # the same once trimmed
            EntityMark(0, 6, EntityLabel.ORG, "c"),  # overlaps
            EntityMark(7, 15, EntityLabel.GPE, "d"),  # across the line break
            EntityMark(2, 3, EntityLabel.GPE, "e"),  # blank
            EntityMark(16, 24, EntityLabel.GPE, "f"),
        ],
        left_out,
    )
    assert [(text[m.start : m.end], m.where) for m in kept] == [("Xi", "a"), ("Woodside", "f")]
    assert sorted(left_out.messages()) == [
        ("1 entity across a line break, not imported: GPE ×1", 1),
        ("1 entity overlapping another, not imported: ORG ×1", 1),
        ("1 entity without text, not imported: GPE ×1", 1),
    ]


def test_stored_offsets_follow_the_bom_and_crlf() -> None:
    text, to_stored = stored_offsets("\ufeffab\r\ncd\re")
    assert text == "ab\ncd\ne"
    assert [to_stored(i) for i in (1, 3, 5, 7, 8)] == [0, 2, 3, 5, 6]
