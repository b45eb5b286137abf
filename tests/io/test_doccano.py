"""Reading doccano's JSONL lines into entity marks, tags and counted leftovers."""

from __future__ import annotations

import pytest

from dragon_reader.domain.coding import TagKind
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.domain.slots import SlotRole
from dragon_reader.io.annotations import AnnotationProblem, Filler
from dragon_reader.io.doccano import read_doccano
from dragon_reader.io.jsonl import parse_document


def test_sequence_labels_become_marks_tags_and_counts() -> None:
    read = read_doccano(
        parse_document(
            {
                "id": 1,
                "text": "\ufeffEU rejects German call.\r\nThe hotline works.",
                "label": [[1, 3, "ORG"], [12, 18, "MISC"], [30, 37, "Channel:hotline"], "pos"],
                "annotations": [{"id": 1, "label": 2, "start_offset": 1, "end_offset": 3}],
                "Comments": [],
            }
        )
    )
    assert read.text == "EU rejects German call.\nThe hotline works."
    assert [(read.text[m.start : m.end], m.label) for m in read.entities] == [
        ("EU", EntityLabel.ORG)
    ]
    assert [(read.text[t.start : t.end], t.kind, t.entry) for t in read.tags] == [
        ("hotline", TagKind.CHANNEL, "hotline")
    ]
    assert sorted(read.left_out.messages()) == [
        ("1 annotation in doccano's older form (label ids), not imported: 2 ×1", 1),
        ("1 annotation with labels outside the codebook: MISC ×1", 1),
        ("1 label of the whole document, not imported: pos ×1", 1),
    ]


def test_relations_from_tags_fill_their_slots() -> None:
    read = read_doccano(
        parse_document(
            {
                "text": "Biden met Xi.",
                "entities": [
                    {"id": "a", "start_offset": 6, "end_offset": 9, "label": "event:Summit"},
                    {"id": "b", "start_offset": 0, "end_offset": 5, "label": "PERSON"},
                    {"id": "c", "start_offset": 10, "end_offset": 12, "label": "ACTOR"},
                ],
                "relations": [
                    {"from_id": "a", "to_id": "b", "type": "Actor"},
                    {"from_id": "a", "to_id": "c", "type": "recipient"},
                ],
            }
        )
    )
    (tag,) = read.tags
    assert tag.fillers == (
        Filler(SlotRole.ACTOR, "Biden", 0, 5),
        Filler(SlotRole.RECIPIENT, "Xi", 10, 12),
    )
    assert read.left_out.messages() == []  # "ACTOR" fills a slot: not outside the codebook


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ({"text": "abc", "label": [[0, 9, "ORG"]]}, "label 1: offsets 0–9 are outside the text"),
        ({"text": "abcd", "label": [[3, 1, "ORG"]]}, "label 1: offsets 3–1: the span ends before"),
        ({"text": "abcd", "label": [[2, 2, "ORG"]]}, "label 1: offsets 2–2: the span is empty"),
        (
            {
                "text": "abc",
                "entities": [
                    {"id": 1, "start_offset": 0, "end_offset": 1, "label": "ORG"},
                    {"id": 1, "start_offset": 1, "end_offset": 2, "label": "ORG"},
                ],
            },
            "entities 2: the id 1 is used twice",
        ),
        (
            {
                "text": "abc",
                "entities": [
                    {"id": 1, "start_offset": 0, "end_offset": 1, "label": "event:E"},
                    {"id": 2, "start_offset": 1, "end_offset": 2, "label": "ORG"},
                ],
                "relations": [{"from_id": 1, "to_id": 2, "type": "party"}],
            },
            "relation 1: only channel tags have the role party",
        ),
    ],
)
def test_bad_lines_say_where(line: dict[str, object], problem: str) -> None:
    with pytest.raises(AnnotationProblem, match=problem):
        read_doccano(parse_document(line))
