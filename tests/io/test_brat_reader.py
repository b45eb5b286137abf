"""Reading brat standoff: this app's layout back, other tools' files, and bad lines."""

from __future__ import annotations

import pytest

from dragon_reader.domain.coding import TagKind
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.domain.slots import SlotRole
from dragon_reader.io.annotations import AnnotationProblem, EntityMark, Filler, TagMark
from dragon_reader.io.brat import BratFiller, BratSpan, BratTag, annotation_lines
from dragon_reader.io.brat_reader import read_brat

TEXT = "Xi met Biden in Woodside.\n\nThe hotline\nwas restored; both sides said so.\n"


def test_what_the_export_writes_reads_back() -> None:
    tags = [
        BratTag(
            "event",
            3,
            6,
            "Biden-Xi summit",
            date="2023-11-15",
            confidence=0.75,
            note="said; twice\nand more \\ here",
            fillers=(
                BratFiller(SlotRole.ACTOR, "Xi", 0, 2, actor_id=3, actor_name="Xi Jinping"),
                BratFiller(SlotRole.RECIPIENT, "Biden", 7, 12),
                BratFiller(SlotRole.PLACE, "Woodside, California"),
                BratFiller(SlotRole.RECIPIENT, "Joe Biden", actor_id=9),
            ),
        ),
        BratTag(
            "channel",
            27,
            51,
            "Crisis hotline",
            "resumed",
            fillers=(BratFiller(SlotRole.PARTY, "Xi", 0, 2), BratFiller(SlotRole.PARTY, "US")),
        ),
    ]
    spans = [BratSpan("PERSON", 0, 2), BratSpan("PERSON", 7, 12), BratSpan("GPE", 16, 24)]
    ann = "\n".join(annotation_lines(TEXT, spans, tags)) + "\n"

    read = read_brat(TEXT, ann)

    assert read.text == TEXT
    assert [(m.start, m.end, m.label) for m in read.entities] == [
        (0, 2, EntityLabel.PERSON),
        (7, 12, EntityLabel.PERSON),
        (16, 24, EntityLabel.GPE),
    ]
    assert read.tags == [
        TagMark(
            3,
            6,
            TagKind.EVENT,
            "Biden-Xi summit",
            read.tags[0].where,
            None,
            "2023-11-15",
            0.75,
            "said; twice\nand more \\ here",
            (
                Filler(SlotRole.ACTOR, "Xi", 0, 2, dictionary=True, actor_name="Xi Jinping"),
                Filler(SlotRole.RECIPIENT, "Biden", 7, 12),
                Filler(SlotRole.PLACE, "Woodside, California"),
                Filler(SlotRole.RECIPIENT, "Joe Biden", dictionary=True),
            ),
        ),
        TagMark(
            27,
            51,
            TagKind.CHANNEL,
            "Crisis hotline",
            read.tags[1].where,
            "resumed",
            fillers=(Filler(SlotRole.PARTY, "Xi", 0, 2), Filler(SlotRole.PARTY, "US")),
        ),
    ]
    assert read.left_out.messages() == []


def test_another_tools_file_keeps_its_notes_and_counts_the_rest() -> None:
    ann = (
        "T1\tPERSON 0 2\tXi\n"
        "T2\tPERSON 0 6;7 12\tXi met Biden\n"  # discontinuous: no entity mark is that
        "T3\tEvent 3 6\tmet\n"
        "#1\tAnnotatorNotes T3\tevent: Summit; date: 2023-11; note: from an old export\n"
        "T4\tProtein 16 24\tWoodside\n"
        "T5\tBinding 7 12\tBiden\n"
        "E1\tBinding:T5 Theme:T4\n"
        "*\tEquiv T1 T2\n"
        "N1\tReference T1 Wikidata:Q15031\tXi Jinping\n"
        "T6\tChannel 27 38\tThe hotline\n"
        "#2\tAnnotatorNotes T6\tentry: Hotline\n"
        "#3\tAnnotatorNotes T6\tThe analyst's own words; kept whole\n"
    )
    read = read_brat(TEXT, ann)
    assert [(t.kind, t.entry, t.date, t.note) for t in read.tags] == [
        (TagKind.EVENT, "Summit", "2023-11", "from an old export"),
        (TagKind.CHANNEL, "Hotline", None, "The analyst's own words; kept whole"),
    ]
    assert read.entities == [EntityMark(0, 2, EntityLabel.PERSON, "line 1")]
    assert sorted(text for text, _count in read.left_out.messages()) == [
        "1 annotation with labels outside the codebook: Protein ×1",
        "1 entity in pieces (discontinuous), not imported: PERSON ×1",
        "1 equivalence, not imported: Equiv ×1",
        "1 event of other types: Binding ×1",
        "1 normalization, not imported: Wikidata ×1",
    ]


@pytest.mark.parametrize(
    ("ann", "problem"),
    [
        ("T1\tPERSON 0 2\tXi\nT1\tPERSON 7 12\tBiden\n", "line 2: the id T1 is used twice"),
        ("T1\tPERSON 2 0\tXi\n", "line 1: T1: a span ends before it starts (2 0)"),
        ("T1\tPERSON zero two\tXi\n", "line 1: T1: not a text-bound annotation"),
        ("A1\tStatus T7 resumed\n", "line 1: it points at T7, which this file lacks"),
        ("E1\tEvent:T4\n", "line 1: E1: its trigger T4 is not a T line of this file"),
        (
            "T1\tEvent 3 6\tmet\nE1\tEvent:T1 Actor:T9\n#1\tAnnotatorNotes E1\tentry: X\n",
            "line 2: E1: its Actor T9 is not a T line of this file",
        ),
        (
            "T1\tEvent 3 6\tmet\nE1\tEvent:T1 Party:T1\n#1\tAnnotatorNotes E1\tentry: X\n",
            "line 2: E1: only channel tags have the role Party",
        ),
        (
            "T1\tEvent 3 6\tmet\nE1\tEvent:T1\nA1\tStatus E1 active\n"
            "#1\tAnnotatorNotes E1\tentry: X\n",
            "line 3: only channel tags have a status",
        ),
        (
            "T1\tEvent 3 6\tmet\nE1\tEvent:T1\n#1\tAnnotatorNotes E1\tentry: X; confidence: high\n",
            "line 2: E1: the confidence “high” is not a number",
        ),
    ],
)
def test_bad_lines_are_named(ann: str, problem: str) -> None:
    with pytest.raises(AnnotationProblem) as raised:
        read_brat(TEXT, ann)
    assert problem in str(raised.value)


def test_many_problems_are_summed_up() -> None:
    ann = "".join(f"T{n}\tPERSON 500 501\tx\n" for n in range(1, 9))
    with pytest.raises(AnnotationProblem) as raised:
        read_brat(TEXT, ann)
    assert len(raised.value.problems) == 8
    assert str(raised.value).endswith("; and 3 more")


def test_offsets_with_or_without_carriage_returns() -> None:
    raw = "Xi met Biden.\r\nThe hotline\r\nwas restored.\r\n"
    counted = read_brat(raw, "T1\tPERSON 7 12\tBiden\nT2\tORG 19 26\thotline\n")
    uncounted = read_brat(raw, "T1\tPERSON 7 12\tBiden\nT2\tORG 18 25\thotline\n")
    assert counted.text == uncounted.text == "Xi met Biden.\nThe hotline\nwas restored.\n"
    for read in (counted, uncounted):
        assert [read.text[m.start : m.end] for m in read.entities] == ["Biden", "hotline"]
