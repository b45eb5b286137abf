"""Importing another tool's annotations: brat standoff folders and doccano JSONL, through
``Interchange.import_paths`` (what the window and the CLI call)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import ChannelStatus, FuzzyDate, TagKind
from dragon_reader.domain.entities import EntityLabel, MentionOrigin
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.interchange import Interchange

NOTE = "Both sides said so; see p. 3.\nSecond line \\ with a backslash"

# doccano's own examples, in their exact shape: the sequence-labelling export example of its
# data_export pipeline, and the relation-extraction example of its data_import pipeline
# (which doccano's repository holds both on one line and printed over many lines).
DOCCANO_SEQUENCE = (
    '{"text": "EU rejects German call to boycott British lamb.", "label": '
    '[ [0, 2, "ORG"], [11, 17, "MISC"] ]}\n'
    '{"text": "Peter Blackburn", "label": [ [0, 15, "PERSON"] ]}\n'
    '{"text": "President Obama", "label": [ [10, 15, "PERSON"] ]}\n'
)
DOCCANO_RELATIONS = {
    "text": "Google was founded on September 4, 1998, by Larry Page and Sergey Brin.",
    "entities": [
        {"id": 0, "start_offset": 0, "end_offset": 6, "label": "ORG"},
        {"id": 1, "start_offset": 22, "end_offset": 39, "label": "DATE"},
        {"id": 2, "start_offset": 44, "end_offset": 54, "label": "PERSON"},
        {"id": 3, "start_offset": 59, "end_offset": 70, "label": "PERSON"},
    ],
    "relations": [
        {"from_id": 0, "to_id": 1, "type": "foundedAt"},
        {"from_id": 0, "to_id": 2, "type": "foundedBy"},
        {"from_id": 0, "to_id": 3, "type": "foundedBy"},
    ],
}


def tag_keys(corpus: Corpus) -> list[tuple[object, ...]]:
    """Every tag with its slots, by article text: what a round trip must reproduce."""
    keys = []
    for tag in corpus.coding.all_tags():
        text = corpus.article(ArticleId(tag.article_id)).text  # type: ignore[union-attr]
        slots = tuple(
            (f.role.value, f.text, f.start, f.end, f.actor_id is not None)
            for f in corpus.slots.slots(tag.id)
        )
        keys.append(
            (
                text[:40],
                tag.start,
                tag.end,
                tag.kind.value,
                tag.entry_name,
                tag.status,
                str(tag.when),
                tag.confidence,
                tag.note,
                slots,
            )
        )
    return sorted(keys, key=repr)


def analyst_marks(corpus: Corpus) -> set[tuple[str, int, int, str]]:
    return {
        (corpus.article(a).text[:40], m.start, m.end, m.label.value)  # type: ignore[union-attr]
        for a in corpus.article_ids()
        for m in corpus.entities.mentions(a)
        if m.origin == MentionOrigin.ANALYST
    }


def counts(corpus: Corpus) -> tuple[int, int, int, int, int]:
    return (
        len(corpus.article_ids()),
        len(corpus.coding.all_tags()),
        len(corpus.coding.events()),
        len(corpus.coding.channels()),
        len(analyst_marks(corpus)),
    )


@pytest.fixture
def coded(corpus: Corpus) -> Corpus:
    """Seeds with an event tag and a channel tag whose slots hold mentions, a typed name
    and dictionary actors, a note with a semicolon and a line break, and an analyst mark."""
    coding = corpus.coding
    text = corpus.article(ArticleId(1)).text  # type: ignore[union-attr]
    mentions = {m.canonical: m for m in corpus.entities.mentions(1)}  # type: ignore[arg-type]
    biden, xi = mentions["Joe Biden"], mentions["Xi Jinping"]
    woodside = next(e for e in coding.events() if e.name == "Biden-Xi summit at Woodside")
    mil = next(c for c in coding.channels() if c.name == "Military-to-military communications")
    start = text.index("closely watched California summit")
    summit = coding.create_tag(1, start, start + 33, TagKind.EVENT, woodside.id, note=NOTE)
    corpus.slots.set_slots(
        summit.id,
        [
            SlotFiller(SlotRole.ACTOR, "", biden.start, biden.end),
            SlotFiller(SlotRole.RECIPIENT, "", xi.start, xi.end),
            SlotFiller(SlotRole.PLACE, "Woodside, California"),
        ],
    )
    start = text.index("severed")
    channel = coding.create_tag(
        1,
        start,
        start + 7,
        TagKind.CHANNEL,
        mil.id,
        ChannelStatus.SEVERED,
        FuzzyDate.parse("2022-08"),
        0.9,
    )
    austin = corpus.actors.find("Lloyd Austin")[0]
    corpus.slots.set_slots(
        channel.id,
        [
            SlotFiller(SlotRole.PARTY, "", biden.start, biden.end, actor_id=int(austin.id)),
            SlotFiller(SlotRole.PARTY, "", actor_id=int(corpus.actors.find("Dong Jun")[0].id)),
            SlotFiller(SlotRole.ACTOR, "", xi.start, xi.end),
        ],
    )
    phrase = text.index("California summit")
    corpus.entities.mark_in_article(1, [(phrase, phrase + 10, EntityLabel.GPE)])  # type: ignore[arg-type]
    return corpus


def test_brat_export_then_import_into_an_empty_database_reproduces_the_coding(
    coded: Corpus, empty_corpus: Corpus, tmp_path: Path
) -> None:
    folder = tmp_path / "brat"
    Interchange(coded).export_brat(folder)
    empty_corpus.actors.load_bundled()  # as the app does on a new database's first start
    before = counts(empty_corpus)

    report = Interchange(empty_corpus).import_paths([folder])

    assert report.failed == 0, report.outcomes
    assert report.imported == 5
    assert tag_keys(empty_corpus) == tag_keys(coded)
    assert analyst_marks(empty_corpus) == analyst_marks(coded)
    assert report.notes == []
    assert "2 tag(s)" in report.summary()
    # One undo step takes the whole import back; importing again adds nothing.
    assert empty_corpus.journal.undo() is not None
    assert counts(empty_corpus)[:2] == before[:2] and analyst_marks(empty_corpus) == set()
    Interchange(empty_corpus).import_paths([folder])
    again = Interchange(empty_corpus).import_paths([folder])
    assert again.duplicates == 5
    assert tag_keys(empty_corpus) == tag_keys(coded)


def write_brat(folder: Path, name: str, text: str, ann: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    (folder / f"{name}.ann").write_text(ann, encoding="utf-8")
    return folder / f"{name}.ann"


TEXT = "Sullivan met Wang Yi in Vienna, and the hotline was restored.\n"


def test_a_brat_file_from_another_tool_becomes_marks_and_tags_and_the_rest_is_reported(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    ann = write_brat(
        tmp_path / "inception",
        "doc",
        TEXT,
        "T1\tPERSON 0 8\tSullivan\n"
        "T2\tPERSON 13 20\tWang Yi\n"
        "T3\tGPE 24 30\tVienna\n"
        "T4\tEvent 9 12\tmet\n"
        "E1\tEvent:T4 Actor:T1 Recipient:T2 Place:T3\n"
        "#1\tAnnotatorNotes E1\tentry: Vienna talks; date: 2023-05-10/2023-05-11\n"
        "T5\tChannel 40 47\thotline\n"
        "E2\tChannel:T5 Party:T1 Party2:T2\n"
        "A1\tStatus E2 resumed\n"
        "A2\tNegation E2\n"
        "#2\tAnnotatorNotes T5\tentry: crisis hotline\n"
        "T6\tMISC 40 47\thotline\n"
        "T7\tMISC 52 60\trestored\n"
        "R1\tOrigin Arg1:T1 Arg2:T2\n"
        "#3\tAnnotatorNotes T1\tthe adviser\n",
    )
    report = Interchange(empty_corpus).import_paths([ann.parent])
    assert [o.outcome for o in report.outcomes] == ["imported"]
    article_id = report.outcomes[0].article_id
    tags = {t.kind: t for t in empty_corpus.coding.tags_for_article(article_id)}  # type: ignore[arg-type]
    event, channel = tags[TagKind.EVENT], tags[TagKind.CHANNEL]
    assert (event.text, event.entry_name, str(event.when)) == (
        "met",
        "Vienna talks",
        "2023-05-10/2023-05-11",
    )
    assert [(f.role, f.text) for f in empty_corpus.slots.slots(event.id)] == [
        (SlotRole.ACTOR, "Sullivan"),
        (SlotRole.RECIPIENT, "Wang Yi"),
        (SlotRole.PLACE, "Vienna"),
    ]
    assert (channel.status, channel.entry_name.lower()) == (ChannelStatus.RESUMED, "crisis hotline")
    assert [f.text for f in empty_corpus.slots.slots(channel.id)] == ["Sullivan", "Wang Yi"]
    marks = {m.text: m.label for m in empty_corpus.entities.mentions(article_id)}  # type: ignore[arg-type]
    assert marks["Sullivan"] == marks["Wang Yi"] == EntityLabel.PERSON
    assert marks["Vienna"] == EntityLabel.GPE
    assert sorted(note.text for note in report.notes) == [
        "1 attribute, not imported: Negation ×1",
        "1 note on other annotations, not imported: AnnotatorNotes ×1",
        "1 relation, not imported: Origin ×1",
        "2 annotations with labels outside the codebook: MISC ×2",
    ]
    assert {note.source for note in report.notes} == {str(ann)}
    assert "5 annotation(s) not imported" in report.summary()


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("T1\tPERSON 0 80\tSullivan\n", "line 2: T1: offsets 0–80 are outside the text (0–62)"),
        ("T1\tPERSON 0 8\tSulivan\n", "line 2: T1: offsets 0–8 hold “Sullivan”, not “Sulivan”"),
        (
            "T1\tPERSON 0 8\tSullivan\nT2\tEvent 9 12\tmet\nE1\tEvent:T2 Theme:T1\n"
            "#1\tAnnotatorNotes E1\tentry: Talks\n",
            "line 4: E1: unknown role “Theme” (tags have Actor, Recipient, Place, Party)",
        ),
        ("T2\tEvent 9 12\tmet\nE1\tEvent:T2\n", "line 3: E1 names no codebook entry"),
        (
            "T2\tChannel 40 47\thotline\nE1\tChannel:T2\nA1\tStatus E1 opened\n"
            "#1\tAnnotatorNotes E1\tentry: Hotline\n",
            "line 3: unknown status “opened”",
        ),
        ("T1 PERSON 0 8 Sullivan\n", "line 2: not a brat standoff line"),
    ],
)
def test_a_bad_brat_file_is_refused_with_its_line_and_changes_nothing(
    empty_corpus: Corpus, tmp_path: Path, ann: str, message: str
) -> None:
    bad = write_brat(tmp_path / "in", "bad", TEXT, "T9\tGPE 24 30\tVienna\n" + ann)
    write_brat(tmp_path / "in", "good", "Blinken flew to Beijing.", "T1\tGPE 16 23\tBeijing\n")
    before = counts(empty_corpus)
    report = Interchange(empty_corpus).import_paths([bad.parent])
    outcomes = {Path(o.source).name: o for o in report.outcomes}
    assert outcomes["bad.ann"].outcome == "failed"
    assert message in (outcomes["bad.ann"].reason or "")
    assert outcomes["good.ann"].outcome == "imported"
    assert counts(empty_corpus)[:4] == (before[0] + 1, *before[1:4])
    assert not any(
        m.text == "Vienna"
        for a in empty_corpus.article_ids()
        for m in empty_corpus.entities.mentions(a)
        if m.origin == MentionOrigin.ANALYST
    )


def test_brat_offsets_counted_with_carriage_returns_are_read(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    """INCEpTION counts the CR of CRLF line ends; the stored text has LF only."""
    text = "First line.\r\nSullivan met Wang Yi.\r\n"
    ann = write_brat(tmp_path / "crlf", "doc", text, "T1\tPERSON 13 21\tSullivan\n")
    report = Interchange(empty_corpus).import_paths([ann])
    article_id = report.outcomes[0].article_id
    assert report.outcomes[0].outcome == "imported", report.outcomes
    stored = empty_corpus.article(article_id)  # type: ignore[arg-type]
    assert stored is not None and "\r" not in stored.text
    marked = [m for m in empty_corpus.entities.mentions(article_id) if m.start == 12]  # type: ignore[arg-type]
    assert [(m.text, m.label) for m in marked] == [("Sullivan", EntityLabel.PERSON)]


def test_an_ann_without_its_text_is_reported(empty_corpus: Corpus, tmp_path: Path) -> None:
    write_brat(tmp_path, "paired", "Ana met Bo.", "T1\tPERSON 0 3\tAna\n")
    lonely = tmp_path / "lonely.ann"
    lonely.write_text("T1\tPERSON 0 3\tAna\n", encoding="utf-8")
    for named in ([lonely], [tmp_path]):  # named, or found in a brat folder
        report = Interchange(empty_corpus).import_paths(named)
        assert (
            "failed",
            "no lonely.txt beside it (brat keeps the text in NAME.txt)",
        ) in [(o.outcome, o.reason) for o in report.outcomes]


def test_doccano_examples_become_entity_marks_and_the_rest_is_counted(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    sequence = tmp_path / "sequence_labeling.jsonl"
    sequence.write_text(DOCCANO_SEQUENCE, encoding="utf-8")
    printed = tmp_path / "relation_extraction.jsonl"  # printed over many lines, as in doccano
    printed.write_text(json.dumps(DOCCANO_RELATIONS, indent=4) + "\n", encoding="utf-8")
    report = Interchange(empty_corpus).import_paths([sequence, printed])
    assert [o.outcome for o in report.outcomes] == ["imported"] * 4, report.outcomes
    by_text = {
        empty_corpus.article(o.article_id).text: o.article_id  # type: ignore[union-attr, arg-type]
        for o in report.outcomes
    }

    def labelled(text: str) -> set[tuple[str, str]]:
        mentions = empty_corpus.entities.mentions(by_text[text])  # type: ignore[arg-type]
        return {(m.text, m.label.value) for m in mentions}

    assert ("EU", "ORG") in labelled("EU rejects German call to boycott British lamb.")
    assert ("Peter Blackburn", "PERSON") in labelled("Peter Blackburn")
    assert ("Obama", "PERSON") in labelled("President Obama")
    assert {
        ("Google", "ORG"),
        ("September 4, 1998", "DATE"),
        ("Larry Page", "PERSON"),
        ("Sergey Brin", "PERSON"),
    } <= labelled(str(DOCCANO_RELATIONS["text"]))
    # The 11 annotations: 7 entity marks, and the 4 the codebook has no place for.
    assert sum(o.marks for o in report.outcomes) == 7
    assert [(Path(n.source).name, n.text) for n in report.notes] == [
        ("sequence_labeling.jsonl", "1 annotation with labels outside the codebook: MISC ×1"),
        (
            "relation_extraction.jsonl",
            "3 relations outside the codebook, not imported: foundedBy ×2, foundedAt ×1",
        ),
    ]
    assert report.summary() == (
        "4 imported, 0 duplicate(s) skipped, 0 failed; 0 tag(s) and 7 entity mark(s) "
        "from annotations; 4 annotation(s) not imported, listed in the report"
    )
    # The same example on one line, as doccano's tests have it: the same text, reused.
    one_line = tmp_path / "one_line.jsonl"
    one_line.write_text(json.dumps(DOCCANO_RELATIONS) + "\n", encoding="utf-8")
    again = Interchange(empty_corpus).import_paths([one_line])
    assert [o.outcome for o in again.outcomes] == ["duplicate"]
    assert len(again.notes) == 1


def test_doccano_tags_and_relations_fill_slots(empty_corpus: Corpus, tmp_path: Path) -> None:
    text = "Biden and Xi met at Woodside; the military hotline was restored."
    line = {
        "id": 12,
        "text": text,
        "label": [[0, 5, "PERSON"], [10, 12, "PERSON"], "relevant"],
        "entities": [
            {"id": 1, "start_offset": 13, "end_offset": 16, "label": "event:Biden-Xi summit"},
            {"id": 2, "start_offset": 0, "end_offset": 5, "label": "PERSON"},
            {"id": 3, "start_offset": 10, "end_offset": 12, "label": "PERSON"},
            {"id": 4, "start_offset": 20, "end_offset": 28, "label": "GPE"},
            {"id": 5, "start_offset": 34, "end_offset": 50, "label": "channel:military hotline"},
            {"id": 6, "start_offset": 30, "end_offset": 33, "label": "SIDE"},
        ],
        "relations": [
            {"id": 1, "from_id": 1, "to_id": 2, "type": "actor"},
            {"id": 2, "from_id": 1, "to_id": 3, "type": "Recipient"},
            {"id": 3, "from_id": 1, "to_id": 4, "type": "place"},
            {"id": 4, "from_id": 5, "to_id": 6, "type": "party"},
            {"id": 5, "from_id": 2, "to_id": 3, "type": "met"},
        ],
    }
    source = tmp_path / "doccano.jsonl"
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    report = Interchange(empty_corpus).import_jsonl(source)
    assert report.failed == 0, report.outcomes
    tags = {t.kind: t for t in empty_corpus.coding.all_tags()}
    summit, hotline = tags[TagKind.EVENT], tags[TagKind.CHANNEL]
    assert (summit.text, summit.entry_name.lower()) == ("met", "biden-xi summit")
    assert [(f.role, f.text) for f in empty_corpus.slots.slots(summit.id)] == [
        (SlotRole.ACTOR, "Biden"),
        (SlotRole.RECIPIENT, "Xi"),
        (SlotRole.PLACE, "Woodside"),
    ]
    assert [(f.role, f.text) for f in empty_corpus.slots.slots(hotline.id)] == [
        (SlotRole.PARTY, "the")
    ]
    assert sorted(n.text for n in report.notes) == [
        "1 label of the whole document, not imported: relevant ×1",
        "1 relation outside the codebook, not imported: met ×1",
    ]

    line["relations"] = [{"from_id": 1, "to_id": 2, "type": "attacker"}]
    line["text"] = text + " Again."
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    before = counts(empty_corpus)
    report = Interchange(empty_corpus).import_jsonl(source)
    assert [o.outcome for o in report.outcomes] == ["failed"]
    assert report.outcomes[0].reason == (
        "relation 1: unknown role “attacker” for a tag (actor, recipient, place, party)"
    )
    assert counts(empty_corpus) == before


def test_the_cli_imports_a_brat_folder_and_prints_what_was_left_out(
    coded: Corpus, empty_db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dragon_reader.app import main

    folder = tmp_path / "brat"
    Interchange(coded).export_brat(folder)
    with (folder / "000_06e8a0f3aa73c68e.ann").open("a", encoding="utf-8") as ann:
        ann.write("R1\tOrigin Arg1:T1 Arg2:T2\n")
    # The app's first start on the new database stores the seeds: the texts are there, and
    # the annotations are read into them.
    assert main(["--db", empty_db_url, "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.count("annotated: ") == 5, out
    assert "note: " in out and "1 relation, not imported: Origin ×1" in out
    assert "2 tag(s)" in out.splitlines()[-1]


def test_an_empty_ann_is_a_document_without_annotations(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    ann = write_brat(tmp_path / "plain", "doc", "Blinken flew to Beijing.\n", "")
    empty_text = write_brat(tmp_path / "plain", "blank", "", "")
    report = Interchange(empty_corpus).import_paths([ann.parent])
    outcomes = {Path(o.source).name: (o.outcome, o.reason) for o in report.outcomes}
    assert outcomes == {
        "blank.ann": ("failed", "blank.txt: empty file"),
        "doc.ann": ("imported", None),
    }
    assert empty_text.exists()


def test_a_text_that_differs_from_the_stored_one_is_a_new_article(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    first = write_brat(tmp_path / "v1", "doc", "Blinken flew to Beijing.\n", "")
    second = write_brat(
        tmp_path / "v2", "doc", "Blinken flew to Beijing on Sunday.\n", "T1\tGPE 16 23\tBeijing\n"
    )
    report = Interchange(empty_corpus).import_paths([first, second])
    assert [o.outcome for o in report.outcomes] == ["imported", "imported"]
    assert len({o.article_id for o in report.outcomes}) == 2


def test_a_doccano_file_with_lines_of_the_wrong_shape_names_each_and_half_imports_none(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    path = tmp_path / "from_doccano.jsonl"
    lines: list[dict[str, Any]] = [
        {"text": "Biden met Xi in Woodside.", "label": [[0, 5, "PERSON"], [10, 12, "PERSON"]]},
        {"text": "Austin called Dong Jun.", "label": [[0, 6, "PERSON"], [14, 22]]},
        {  # the right shape, but a tag's entry and a span outside the text: all or nothing
            "text": "Sullivan met Wang Yi in Vienna.",
            "label": [[0, 8, "PERSON"], [0, 31, "event:Vienna talks"], [24, 99, "GPE"]],
        },
        {"text": "Blinken flew to Beijing.", "entities": [{"id": 1, "start_offset": 16}]},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    before = counts(empty_corpus)
    report = Interchange(empty_corpus).import_paths([path])
    assert [(o.source, o.outcome) for o in report.outcomes] == [
        (f"{path}:1", "imported"),
        (f"{path}:2", "failed"),
        (f"{path}:3", "failed"),
        (f"{path}:4", "failed"),
    ]
    reasons = [o.reason or "" for o in report.outcomes[1:]]
    assert '“label” item 2: expected a span [start, end, "LABEL"]' in reasons[0]
    assert "found [14, 22]" in reasons[0]
    assert "label 3: offsets 24–99 are outside the text" in reasons[1]
    assert "“entities” item 1: “end_offset” is missing" in reasons[2]
    # Only line 1 is stored: one article (with its two marks); no event, no tag, no
    # article or mark of the lines that failed.
    assert report.outcomes[0].marks == 2
    assert counts(empty_corpus)[:4] == (before[0] + 1, *before[1:4])
    texts = {empty_corpus.article(a).text for a in empty_corpus.article_ids()}  # type: ignore[union-attr]
    assert not texts & {str(line["text"]) for line in lines[1:]}
