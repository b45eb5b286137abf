from __future__ import annotations

import csv
import hashlib
import json
import random
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.coding import ChannelStatus, FuzzyDate, TagKind
from dragon_reader.domain.date_phrases import SentenceFinder
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.io.writers import write_text
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.interchange import (
    CODEBOOK_COLUMNS,
    TAG_COLUMNS,
    ExportFilters,
    ExportOptions,
    Interchange,
)
from dragon_reader.store.models import AnnotationSession, Article, CodebookEvent, Tag, TagSlot
from tests.io.test_brat import check_ann

HOSTILE_NOTE = '=HYPERLINK("http://x","y")\nline two, with "quotes" — مرحبا 😀'


@pytest.fixture
def tagged(corpus: Corpus) -> Corpus:
    coding = corpus.coding
    coding.annotator = "ana"
    woodside = next(e for e in coding.events() if e.name == "Biden-Xi summit at Woodside")
    mil = next(c for c in coding.channels() if c.name == "Military-to-military communications")
    text1 = corpus.article(ArticleId(1)).text  # type: ignore[union-attr]
    start = text1.index("closely watched California summit")
    coding.create_tag(1, start, start + 33, TagKind.EVENT, woodside.id, note=HOSTILE_NOTE)
    start = text1.index("severed")
    coding.create_tag(
        1,
        start,
        start + 7,
        TagKind.CHANNEL,
        mil.id,
        ChannelStatus.SEVERED,
        FuzzyDate.parse("2022-08"),
        0.9,
    )
    text4 = corpus.article(ArticleId(4)).text  # type: ignore[union-attr]
    start = text4.index("17th round")
    coding.annotator = "bo"
    coding.create_tag(
        4,
        start,
        start + 10,
        TagKind.CHANNEL,
        mil.id,
        ChannelStatus.RESUMED,
        FuzzyDate.parse("2024-01-08/2024-01-09"),
    )
    corpus.set_status(4, ArticleStatus.DONE)  # type: ignore[arg-type]
    return corpus


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_tags_csv_parses_back_to_what_the_database_holds(tagged: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "tags.csv"
    result = Interchange(tagged).export_tags_csv(target)
    assert result.rows == 3
    rows = read_csv(target)
    assert list(rows[0]) == TAG_COLUMNS
    by_id = {int(r["tag_id"]): r for r in rows}
    for tag in tagged.coding.all_tags():
        row = by_id[tag.id]
        assert (int(row["article_id"]), int(row["start"]), int(row["end"])) == (
            tag.article_id,
            tag.start,
            tag.end,
        )
        assert row["text"] == tag.text
        assert row["codebook_name"] == tag.entry_name
        assert row["kind"] == tag.kind.value
    event_row = next(r for r in rows if r["kind"] == "event")
    assert event_row["note"] == "'" + HOSTILE_NOTE  # formula neutralised, newline kept
    assert event_row["event_type"] == "summit"
    assert event_row["sentence"].startswith("U.S. President Joe Biden and Chinese leader")
    severed = next(r for r in rows if r["channel_status"] == "severed")
    assert (severed["date"], severed["date_precision"], severed["confidence"]) == (
        "2022-08-01",
        "month",
        "0.9",
    )
    assert severed["channel_level"] == "military"
    assert severed["annotator"] == "ana"
    resumed = next(r for r in rows if r["channel_status"] == "resumed")
    assert (resumed["date"], resumed["date_end"]) == ("2024-01-08", "2024-01-09")
    assert resumed["article_status"] == "done"


def test_csv_options_for_statistics_tools(tagged: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "stats.csv"
    Interchange(tagged).export_tags_csv(
        target, options=ExportOptions(bom=False, guard_formulas=False)
    )
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(target)
    assert next(r for r in rows if r["kind"] == "event")["note"] == HOSTILE_NOTE


FILTER_CASES = [
    (ExportFilters(kind=TagKind.EVENT), 1),
    (ExportFilters(kind=TagKind.CHANNEL), 2),
    (ExportFilters(entry_name="Biden-Xi summit at Woodside"), 1),
    (ExportFilters(annotator="bo"), 1),
    (ExportFilters(article_status=frozenset({ArticleStatus.DONE})), 1),
    # Tagging moves a new article to in progress: the tagged articles are in progress or done.
    (ExportFilters(article_status=frozenset({ArticleStatus.IN_PROGRESS, ArticleStatus.DONE})), 3),
    (ExportFilters(article_status=frozenset({ArticleStatus.NEW})), 0),
    # The event tag has no date of its own: its event's (Woodside, 2023-11-15) counts.
    (ExportFilters(date_from=date(2023, 1, 1)), 2),
    (ExportFilters(date_to=date(2022, 8, 15)), 1),
    (ExportFilters(date_from=date(2022, 8, 31), date_to=date(2024, 1, 8)), 3),
    (ExportFilters(kind=TagKind.CHANNEL, annotator="ana", date_to=date(2023, 1, 1)), 1),
]
TagKey = tuple[int, int, int, str]


def csv_tags(path: Path) -> set[TagKey]:
    return {
        (int(r["article_id"]), int(r["start"]), int(r["end"]), r["kind"]) for r in read_csv(path)
    }


def jsonl_tags(path: Path) -> tuple[set[int], set[TagKey]]:
    documents = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    keys = {
        (d["id"], t["start"], t["end"], t["kind"])
        for d in documents
        for t in d["dragon_reader"]["tags"]
    }
    labels = {
        (d["id"], s, e, label.partition(":")[0]) for d in documents for s, e, label in d["label"]
    }
    assert labels == keys
    return {d["id"] for d in documents}, keys


def brat_tags(corpus: Corpus, folder: Path) -> tuple[set[int], set[TagKey]]:
    by_text = {corpus.article(a).text: int(a) for a in corpus.article_ids()}  # type: ignore[union-attr]
    articles, keys = set(), set()
    for ann in folder.glob("*.ann"):
        article_id = by_text[(folder / (ann.stem + ".txt")).read_text(encoding="utf-8")]
        articles.add(article_id)
        for line in ann.read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            kind, start, end = line.split("\t")[1].split(" ")[:3]
            if kind in ("Event", "Channel"):
                keys.add((article_id, int(start), int(end), kind.lower()))
    return articles, keys


@pytest.mark.parametrize(("filters", "expected"), FILTER_CASES)
def test_every_format_exports_the_same_tags(
    tagged: Corpus, tmp_path: Path, filters: ExportFilters, expected: int
) -> None:
    """One rule for every format: the tags of CSV, JSONL and brat are the same ones."""
    interchange = Interchange(tagged)
    interchange.export_tags_csv(tmp_path / "tags.csv", filters)
    interchange.export_jsonl(tmp_path / "tags.jsonl", filters)
    interchange.export_brat(tmp_path / "brat", filters)
    from_csv = csv_tags(tmp_path / "tags.csv")
    jsonl_articles, from_jsonl = jsonl_tags(tmp_path / "tags.jsonl")
    brat_articles, from_brat = brat_tags(tagged, tmp_path / "brat")
    assert len(from_csv) == expected
    assert from_jsonl == from_csv
    assert from_brat == from_csv
    statuses = {int(a): tagged.article(a).status for a in tagged.article_ids()}  # type: ignore[union-attr]
    wanted = {
        a for a, s in statuses.items() if not filters.article_status or s in filters.article_status
    }
    assert jsonl_articles == brat_articles == wanted


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (ExportFilters(kind=TagKind.EVENT), 1),
        (ExportFilters(kind=TagKind.CHANNEL), 2),
        (ExportFilters(entry_name="Biden-Xi summit at Woodside"), 1),
        (ExportFilters(annotator="bo"), 1),
        (ExportFilters(article_status=frozenset({ArticleStatus.DONE})), 1),
        (ExportFilters(date_from=date(2023, 1, 1)), 2),  # with the event tag (its event's date)
        (ExportFilters(date_to=date(2022, 8, 15)), 1),
        (ExportFilters(date_from=date(2022, 8, 31), date_to=date(2024, 1, 8)), 3),
    ],
)
def test_filters(tagged: Corpus, tmp_path: Path, filters: ExportFilters, expected: int) -> None:
    target = tmp_path / "f.csv"
    assert Interchange(tagged).export_tags_csv(target, filters).rows == expected
    assert len(read_csv(target)) == expected
    assert Interchange(tagged).count_tags(filters) == expected


def test_codebook_and_entities_csv(tagged: Corpus, tmp_path: Path) -> None:
    interchange = Interchange(tagged)
    interchange.export_codebook_csv(tmp_path / "codebook.csv")
    rows = read_csv(tmp_path / "codebook.csv")
    assert list(rows[0]) == CODEBOOK_COLUMNS
    mil = next(r for r in rows if r["name"] == "Military-to-military communications")
    assert (mil["tag_count"], mil["current_status"], mil["current_status_date"]) == (
        "2",
        "resumed",
        "2024-01-08/2024-01-09",
    )
    assert len([r for r in rows if r["kind"] == "event"]) == 17
    interchange.export_entities_csv(tmp_path / "entities.csv")
    mentions = read_csv(tmp_path / "entities.csv")
    texts = {int(a): tagged.article(a).text for a in tagged.article_ids()}  # type: ignore[union-attr]
    assert len(mentions) > 200
    assert all(
        texts[int(m["article_id"])][int(m["start"]) : int(m["end"])] == m["text"] for m in mentions
    )


def test_jsonl_is_doccano_shaped_and_round_trips(
    tagged: Corpus, tmp_path: Path, empty_corpus: Corpus
) -> None:
    target = tmp_path / "export.jsonl"
    Interchange(tagged).export_jsonl(target)
    documents = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(documents) == 5
    first = documents[0]
    assert {"id", "text", "label", "entities", "relations"} <= set(first)
    assert [first["text"][s:e] for s, e, _ in first["label"]] == [
        "closely watched California summit",
        "severed",
    ]
    assert first["label"][0][2] == "event:Biden-Xi summit at Woodside"
    entity = first["entities"][0]
    assert set(entity) == {"id", "label", "start_offset", "end_offset"}

    report = Interchange(empty_corpus).import_jsonl(target)
    assert report.failed == 0

    def key(c: Corpus) -> list[tuple[Any, ...]]:
        return sorted(
            (
                c.article(ArticleId(t.article_id)).text[:30],  # type: ignore[union-attr]
                t.start,
                t.end,
                t.kind,
                t.entry_name,
                t.status,
                str(t.when),
                t.confidence,
                t.note,
            )
            for t in c.coding.all_tags()
        )

    assert key(empty_corpus) == key(tagged)
    # Importing the same file again adds nothing.
    Interchange(empty_corpus).import_jsonl(target)
    assert len(empty_corpus.coding.all_tags()) == 3


def test_brat_folder_opens_in_brat(tagged: Corpus, tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    result = Interchange(tagged).export_brat(folder)
    names = sorted(p.name for p in folder.iterdir())
    assert "annotation.conf" in names
    assert len([n for n in names if n.endswith(".ann")]) == 5
    for ann in folder.glob("*.ann"):
        text = (folder / (ann.stem + ".txt")).read_text(encoding="utf-8")
        lines = ann.read_text(encoding="utf-8").splitlines()
        check_ann(text, lines)
    seed = folder / "000_06e8a0f3aa73c68e.ann"
    content = seed.read_text(encoding="utf-8")
    assert "\tChannel " in content and "\tEvent " in content
    assert "\tStatus E" in content and " severed" in content
    assert result.rows == 3


def test_cli_export_and_import(
    tagged: Corpus, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dragon_reader.app import main

    tagged.close()
    out = tmp_path / "tags.csv"
    assert main(["--db", db_url, "export", str(out), "--kind", "channel"]) == 0
    assert "wrote 2 tag row(s)" in capsys.readouterr().out
    assert len(read_csv(out)) == 2
    assert main(["--db", db_url, "export", str(tmp_path / "cb.csv"), "--what", "codebook"]) == 0
    assert main(["--db", db_url, "export", str(tmp_path / "b"), "--format", "brat"]) == 0
    assert (tmp_path / "b" / "annotation.conf").is_file()
    jsonl = tmp_path / "all.jsonl"
    assert main(["--db", db_url, "export", str(jsonl)]) == 0
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", str(jsonl)]) == 0
    assert main(["--db", str(fresh), "export", str(tmp_path / "again.csv")]) == 0
    assert len(read_csv(tmp_path / "again.csv")) == 3
    blocked = tmp_path / "file"
    blocked.write_text("x")
    assert main(["--db", db_url, "export", str(blocked / "x.csv")]) == 1
    assert "export failed" in capsys.readouterr().err


def test_brat_names_never_collide(empty_corpus: Corpus, tmp_path: Path) -> None:
    sources = ["x.txt", "x_3.txt", "x.txt", "A b.txt", "a_B.txt", "a_b_5.txt", "???.txt"]
    texts = {}
    for number, source in enumerate(sources):
        text = f"Article number {number} about channels.\n"
        outcome = empty_corpus.import_text(text, source)
        assert outcome.article_id is not None
        texts[outcome.article_id] = text
    folder = tmp_path / "brat"
    result = Interchange(empty_corpus).export_brat(folder)
    stems = {p.stem.casefold() for p in folder.glob("*.txt")}
    assert len(stems) == len(sources)
    assert sorted(p.read_text(encoding="utf-8") for p in folder.glob("*.txt")) == sorted(
        texts.values()
    )
    assert len(result.files) == 2 * len(sources) + 1 and all(p.exists() for p in result.files)


def test_a_failed_brat_export_leaves_the_old_one_whole(
    tagged: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dragon_reader.services.interchange as interchange_module
    from dragon_reader.io.writers import ExportError

    folder = tmp_path / "brat"
    Interchange(tagged).export_brat(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    tagged.coding.delete_tag(tagged.coding.all_tags()[0].id)  # the next export differs
    real_write = write_text
    calls = 0

    def fills_the_disk(target: Path, text: str) -> None:
        nonlocal calls
        calls += 1
        if calls > 3:
            raise ExportError(f"cannot write {target}: No space left on device")
        real_write(target, text)

    monkeypatch.setattr(interchange_module, "write_text", fills_the_disk)
    with pytest.raises(ExportError, match="No space"):
        Interchange(tagged).export_brat(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".brat")) == []
    monkeypatch.setattr(interchange_module, "write_text", real_write)
    assert Interchange(tagged).export_brat(folder).rows == 2
    assert {p.name: p.read_bytes() for p in folder.iterdir()} != before


def test_slots_travel_in_csv_columns_and_jsonl_relations(
    tagged: Corpus, tmp_path: Path, empty_corpus: Corpus
) -> None:
    summit = next(t for t in tagged.coding.all_tags() if t.text.startswith("closely watched"))
    mentions = {m.canonical: m for m in tagged.entities.mentions(1)}  # type: ignore[arg-type]
    biden, xi = mentions["Joe Biden"], mentions["Xi Jinping"]
    fillers = [
        SlotFiller(SlotRole.ACTOR, "", biden.start, biden.end),
        SlotFiller(SlotRole.ACTOR, "", xi.start, xi.end),
        SlotFiller(SlotRole.PLACE, "Woodside, California"),
    ]
    tagged.slots.set_slots(summit.id, fillers)

    Interchange(tagged).export_tags_csv(tmp_path / "tags.csv")
    rows = {row["tag_id"]: row for row in read_csv(tmp_path / "tags.csv")}
    assert TAG_COLUMNS[-6:-2] == ["actor", "recipient", "place", "parties"]
    row = rows[str(summit.id)]
    assert (row["actor"], row["recipient"], row["place"], row["parties"]) == (
        f"{biden.text}; {xi.text}",
        "",
        "Woodside, California",
        "",
    )

    target = tmp_path / "export.jsonl"
    Interchange(tagged).export_jsonl(target)
    first = json.loads(target.read_text(encoding="utf-8").splitlines()[0])
    by_id = {e["id"]: e for e in first["entities"]}
    assert [
        (r["type"], by_id[r["from_id"]]["label"], by_id[r["to_id"]]["start_offset"])
        for r in first["relations"]
    ] == [
        ("actor", "event:Biden-Xi summit at Woodside", biden.start),
        ("actor", "event:Biden-Xi summit at Woodside", xi.start),
    ]
    Interchange(empty_corpus).import_jsonl(target)
    (copied,) = [t for t in empty_corpus.coding.all_tags() if t.text.startswith("closely")]
    assert [(f.role, f.text, f.start) for f in empty_corpus.slots.slots(copied.id)] == [
        (SlotRole.ACTOR, biden.text, biden.start),
        (SlotRole.ACTOR, xi.text, xi.start),
        (SlotRole.PLACE, "Woodside, California", None),
    ]


def stored_counts(corpus: Corpus) -> tuple[int, int, int, int]:
    coding = corpus.coding
    return (
        len(corpus.article_ids()),
        len(coding.all_tags()),
        len(coding.events()),
        len(coding.channels()),
    )


def test_a_failed_jsonl_line_leaves_nothing_stored(empty_corpus: Corpus, tmp_path: Path) -> None:
    from tests.io.test_jsonl import MALFORMED

    text = "The new hotline opened in Beijing on Monday after long talks."
    good_tag = {"start": 4, "end": 15, "kind": "channel", "entry": "Brand-new hotline"}
    half_bad = {
        "text": text,
        "dragon_reader": {
            "title": "Half bad",
            "codebook": [{"kind": "channel", "name": "Brand-new hotline", "party_a": "US"}],
            "tags": [good_tag, {"start": 50, "end": 500, "kind": "event", "entry": "Talks"}],
        },
    }
    lines = [json.dumps(half_bad)] + [line for line, _reason in MALFORMED.values()]
    lines.append(json.dumps({"text": "A good line about the defense talks."}))
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = stored_counts(empty_corpus)
    report = Interchange(empty_corpus).import_jsonl(source)
    assert [o.outcome for o in report.outcomes] == ["failed"] * (len(lines) - 1) + ["imported"]
    assert report.outcomes[0].reason is not None and "tag 2" in report.outcomes[0].reason
    assert stored_counts(empty_corpus) == (before[0] + 1, *before[1:])
    assert not any(c.name == "Brand-new hotline" for c in empty_corpus.coding.channels())
    assert empty_corpus.journal.undo() is not None  # one step, with only what was stored
    assert stored_counts(empty_corpus) == before


def test_jsonl_round_trip_keeps_provenance(
    tagged: Corpus, tmp_path: Path, empty_corpus: Corpus
) -> None:
    from datetime import date as day

    tagged.update_metadata(1, "Talks & <b>tags</b>", "Outlet A", "By Ana Li", day(2023, 11, 15))  # type: ignore[arg-type]
    target = tmp_path / "export.jsonl"
    Interchange(tagged).export_jsonl(target)
    report = Interchange(empty_corpus).import_jsonl(target)
    assert report.failed == 0

    def articles(corpus: Corpus) -> list[tuple[Any, ...]]:
        rows = []
        for article_id in corpus.article_ids():
            a = corpus.article(article_id)
            assert a is not None
            rows.append((a.text, a.title, a.outlet, a.byline, a.published, a.status))
        return sorted(rows, key=repr)

    def tags(corpus: Corpus) -> list[tuple[Any, ...]]:
        return sorted(
            (
                corpus.article(ArticleId(t.article_id)).text[:40],  # type: ignore[union-attr]
                t.start,
                t.end,
                t.entry_name,
                t.annotator,
                str(t.created_at)[:19],
                str(t.updated_at)[:19],
            )
            for t in corpus.coding.all_tags()
        )

    assert articles(empty_corpus) == articles(tagged)
    assert tags(empty_corpus) == tags(tagged)
    assert {t.annotator for t in empty_corpus.coding.all_tags()} == {"ana", "bo"}


def test_a_folders_jsonl_is_imported_and_every_file_left_out_is_listed_with_why(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    from dragon_reader.services.interchange import Interchange

    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("x", encoding="utf-8")
    doccano = {"text": "Biden met Xi in Woodside.", "label": [[0, 5, "PERSON"]]}
    (folder / "from_doccano.jsonl").write_text(json.dumps(doccano) + "\n", encoding="utf-8")
    (folder / "sub" / "article.txt").write_text("Austin called Dong Jun.", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "README").write_text("notes", encoding="utf-8")
    (folder / ".draft.txt").write_text("draft", encoding="utf-8")
    report = Interchange(empty_corpus).import_paths([folder])
    by_name = {Path(o.source).name: (o.outcome, o.reason or "") for o in report.outcomes}
    assert by_name["from_doccano.jsonl:1"][0] == "imported"  # JSONL found in a folder
    assert by_name["article.txt"][0] == "imported"
    assert by_name[".git"] == ("skipped", "a hidden folder: nothing in it is read")
    assert by_name[".draft.txt"] == ("skipped", "a hidden file")
    assert by_name["scan.pdf"][0] == "skipped"
    assert by_name["scan.pdf"][1].startswith("not a file this app imports (.pdf); it imports ")
    assert ".jsonl" in by_name["scan.pdf"][1] and ".txt" in by_name["scan.pdf"][1]
    assert by_name["README"][1].startswith("not a file this app imports (without a suffix)")
    assert len(report.outcomes) == 6  # every file of the folder (the hidden one's once)
    assert report.skipped == 4
    assert "4 other file(s) skipped (listed in the report)" in report.summary()


# The SHA-256 of the tags CSV below as the export wrote it before it found sentences near
# each tag instead of indexing whole articles (main at dec0dbf): the bytes must not move.
# Taken again when event tags took their event's date and the published_* columns came
# (every other cell compared equal, column by column, with the bytes pinned before).
SEED_EXPORT_SHA256 = "df6e557c559d481bc2d0c34093a29b7b910d17e82ff2b7920a7117ec83f344e4"


# SQLite only: the bytes were taken there (ids, timestamps and floats as SQLite gives them);
# the other tests of this file compare the export with the database on both engines.
@pytest.mark.engines("sqlite")
def test_the_tags_csv_of_many_tags_is_byte_for_byte_what_it_was(
    corpus: Corpus, tmp_path: Path
) -> None:
    """3,000 tags at random spans of the seed articles (over sentence ends, abbreviations,
    line breaks; in many articles in turn), every kind of cell: the same file as before."""
    rng = random.Random(15)
    texts = {a: corpus.article(a).text for a in corpus.article_ids()}  # type: ignore[union-attr]
    channels = [c.id for c in corpus.coding.channels()]
    events = [e.id for e in corpus.coding.events()]
    made = datetime(2024, 1, 2, 3, 4, 5, 678901)
    rows = []
    for i in range(3000):
        article_id = rng.choice(sorted(texts))
        text = texts[article_id]
        start = rng.randrange(0, len(text) - 1)
        end = min(len(text), start + rng.choice([1, 5, 40, 300]))
        is_event = i % 3 == 0
        rows.append(
            {
                "article_id": article_id,
                "start": start,
                "end": end,
                "text": text[start:end],
                "event_id": rng.choice(events) if is_event else None,
                "channel_id": None if is_event else rng.choice(channels),
                "status": None if is_event else rng.choice(["active", "severed"]),
                "when": rng.choice([None, "2023-11", "2024-01-08/2024-01-09", "2022"]),
                "confidence": rng.choice([None, 0.8]),
                "note": rng.choice(["", '=1+1 note, with "quotes"\nand a line', "plain"]),
                "annotator": rng.choice(["ana", "bo"]),
                "created_at": made,
                "updated_at": made,
            }
        )
    with corpus.database.session() as session:
        session.execute(insert(Tag), rows)
    target = tmp_path / "tags.csv"
    assert Interchange(corpus).export_tags_csv(target).rows == 3000
    assert hashlib.sha256(target.read_bytes()).hexdigest() == SEED_EXPORT_SHA256


def _every_kind_of_cell(corpus: Corpus) -> None:
    """Tags whose every cell can need care: formula-like titles, outlets, source files,
    entry names, annotators, notes, texts, sentences and slots; sessions; dates of every
    precision; stored sentence bounds and missing ones; a curated article."""
    rng = random.Random(20)
    made = datetime(2024, 1, 2, 3, 4, 5, 678901)
    edited = datetime(2024, 2, 3, 4, 5, 6)
    hostile = [
        "=SUM(A1)",
        "+1 for talks",
        "-dash first",
        "@at first",
        "\tTab first",
        "plain",
        "",
        "“Quoted”, with, commas",
    ]
    with corpus.database.session() as session:
        session.execute(
            insert(Article),
            [
                {
                    "title": hostile[n % len(hostile)] or "untitled",
                    "outlet": hostile[(n + 1) % len(hostile)] or None,
                    "published": date(2023, 1 + n, 1) if n % 2 else None,
                    "source_file": hostile[(n + 2) % len(hostile)] or None,
                    "text": (
                        "=Formula sentence first. Then a normal one.\n\n"
                        f"-Dash sentence {n}.  Spaces  inside\tand tabs. Last words here"
                    ),
                    "content_hash": f"every-kind-{n}",
                    "word_count": 20,
                    "status": ["new", "in-progress", "done"][n % 3],
                    "source_format": "txt",
                    "imported_at": made,
                }
                for n in range(6)
            ],
        )
        session.execute(insert(CodebookEvent), [{"name": "=HYPERLINK(1)", "type": "summit"}])
        session.execute(
            insert(AnnotationSession),
            [{"annotator": "-ana", "started_at": made, "ended_at": edited}],
        )
    texts = {a: corpus.article(a).text for a in corpus.article_ids()}  # type: ignore[union-attr]
    events = [e.id for e in corpus.coding.events()]
    channels = [c.id for c in corpus.coding.channels()]
    with corpus.database.session() as session:
        session_id = session.scalar(select(AnnotationSession.id))
        rows = []
        for i in range(400):
            article_id = rng.choice(sorted(texts))
            text = texts[article_id]
            start = rng.randrange(0, len(text) - 1)
            end = min(len(text), start + rng.choice([1, 5, 40, 300]))
            is_event = i % 3 == 0
            bounds = SentenceFinder(text).bounds(start, end) if i % 4 else (None, None)
            rows.append(
                {
                    "article_id": article_id,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "sentence_start": bounds[0],
                    "sentence_end": bounds[1],
                    "event_id": rng.choice(events) if is_event else None,
                    "channel_id": None if is_event else rng.choice(channels),
                    "status": None if is_event else rng.choice(["active", "severed"]),
                    "when": rng.choice([None, "2023-11", "2024-01-08/2024-01-09", "2022"]),
                    "confidence": rng.choice([None, 0.8, 1.0, 0.333]),
                    "note": rng.choice(hostile),
                    "annotator": rng.choice(["ana", "=bo", "-cy"]),
                    "session_id": session_id if i % 5 == 0 else None,
                    "created_at": made,
                    "updated_at": edited if i % 2 else made,
                    "curated": i % 50 == 1,
                }
            )
        session.execute(insert(Tag), rows)
        tag_ids = list(session.scalars(select(Tag.id).order_by(Tag.id)))
        session.execute(
            insert(TagSlot),
            [
                {
                    "tag_id": tag_id,
                    "role": role,
                    "position": position,
                    "text": hostile[(n + position) % len(hostile)] or "Xi",
                }
                for n, tag_id in enumerate(tag_ids[::7])
                for role in ("actor", "party")[: 1 + n % 2]
                for position in range(1 + n % 3)
            ],
        )


# Taken from the export before it read rows through the driver's cursor and built them in
# one pass (SQLite only, as the pin above): the bytes of each option must not move.
EVERY_KIND_SHA256 = {
    (True, True): "49ef15277a4d11d97e2a5a8d4c13091f91b9c987526c790270211bb29b285ce7",
    (False, True): "ab1b8284772ec63be95dac38c3acaa25df246be4bbaac946f650fbdf4f179328",
    (True, False): "d78813c0e0e6359ec537f104c64cb5fb77d5494f5d85eb15ba492b09b4150b0d",
}


@pytest.mark.engines("sqlite")
@pytest.mark.parametrize(("bom", "guard"), sorted(EVERY_KIND_SHA256))
def test_the_tags_csv_of_every_kind_of_cell_is_byte_for_byte_what_it_was(
    corpus: Corpus, tmp_path: Path, bom: bool, guard: bool
) -> None:
    """Formula-like cells in every text column, slots, sessions, curated articles,
    sentences stored and found: the same file as before, with and without BOM and guard."""
    _every_kind_of_cell(corpus)
    target = tmp_path / "tags.csv"
    interchange = Interchange(corpus)
    interchange.export_tags_csv(target, options=ExportOptions(bom=bom, guard_formulas=guard))
    by_filter = {
        "kind": ExportFilters(kind=TagKind.CHANNEL),
        "all": ExportFilters(all_coders=True),
        "dates": ExportFilters(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)),
        "status": ExportFilters(article_status=frozenset({ArticleStatus.DONE})),
    }
    digest = hashlib.sha256(target.read_bytes())
    for name, filters in by_filter.items():
        part = tmp_path / f"{name}.csv"
        interchange.export_tags_csv(part, filters, ExportOptions(bom=bom, guard_formulas=guard))
        digest.update(part.read_bytes())
    assert digest.hexdigest() == EVERY_KIND_SHA256[(bom, guard)]


def test_the_tags_csv_gives_inferred_publication_dates_and_event_tags_their_events_date(
    tagged: Corpus, tmp_path: Path
) -> None:
    from dragon_reader.services.corpus import Corpus as _Corpus

    assert isinstance(tagged, _Corpus)
    tagged.infer_publications()  # the window does this in the background
    tagged.edit_metadata(ArticleId(4), published=date(2024, 1, 10))
    target = tmp_path / "tags.csv"
    Interchange(tagged).export_tags_csv(target)
    rows = read_csv(target)
    by_article = {row["article_id"]: row for row in rows}
    # "agreed last month at a … summit" (Woodside, 2023-11-15): December 2023, the month.
    first = by_article["1"]
    assert (first["published"], first["published_source"], first["published_certainty"]) == (
        "2023-12",
        "inferred",
        "month",
    )
    given = by_article["4"]
    assert (given["published"], given["published_source"], given["published_certainty"]) == (
        "2024-01-10",
        "given",
        "",
    )
    event_row = next(row for row in rows if row["kind"] == "event")
    assert (event_row["date"], event_row["date_precision"], event_row["date_end"]) == (
        "2023-11-15",
        "day",
        "",
    )


def test_double_coded_tags_on_one_span_all_come_back_from_jsonl(
    tagged: Corpus, tmp_path: Path, empty_corpus: Corpus
) -> None:
    """Two coders who agree on a span and entry keep a tag each through an ``all_coders``
    export and import (with their own note, slots and curated mark); importing again adds
    nothing and the report says why, without calling a line that added tags skipped."""
    coding = tagged.coding
    severed = next(t for t in coding.tags_for_article(1) if t.text == "severed")
    coding.annotator = "root"
    second = coding.create_tag(
        1,
        severed.start,
        severed.end,
        TagKind.CHANNEL,
        severed.entry_id,
        ChannelStatus.SEVERED,
        note="-lead note with dash",
    )
    text = tagged.article(ArticleId(1)).text  # type: ignore[union-attr]
    us = text.index("US")
    tagged.slots.set_slots(second.id, [SlotFiller(SlotRole.PARTY, "US", us, us + 2)])
    curated = tagged.curation.accept(second.id)

    target = tmp_path / "all.jsonl"
    Interchange(tagged).export_jsonl(target, ExportFilters(all_coders=True))
    report = Interchange(empty_corpus).import_jsonl(target)
    assert report.failed == 0

    def tags(corpus: Corpus) -> list[tuple[Any, ...]]:
        slots = corpus.slots.slots_for_tags([t.id for t in corpus.coding.all_tags()])
        return sorted(
            (
                corpus.article(ArticleId(t.article_id)).text[:30],  # type: ignore[union-attr]
                t.start,
                t.entry_name,
                t.annotator,
                t.note,
                t.curated,
                tuple((f.role, f.text, f.start) for f in slots.get(t.id, ())),
            )
            for t in corpus.coding.all_tags()
        )

    assert len(tags(tagged)) == 5 and curated.curated
    assert tags(empty_corpus) == tags(tagged)
    first = next(o for o in report.outcomes if o.source.endswith(":1"))
    assert (first.outcome, first.tags, first.tags_present) == ("imported", 4, 0)

    again = Interchange(empty_corpus).import_jsonl(target)
    assert tags(empty_corpus) == tags(tagged)
    first = next(o for o in again.outcomes if o.source.endswith(":1"))
    assert (first.tags, first.tags_present) == (0, 4)
    assert "4 tag(s) the article already had left out" in (first.annotations_read())


def test_the_cli_says_a_jsonl_line_read_tags_into_an_article_already_stored(
    tagged: Corpus, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dragon_reader.app import main

    target = tmp_path / "all.jsonl"
    Interchange(tagged).export_jsonl(target, ExportFilters(all_coders=True))
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "import", str(target)]) == 0
    out = capsys.readouterr().out
    # The seed articles are already there (stored on the first start): their tags are read in.
    assert f"annotated: {target}:1: same text as article 1: 2 tag(s) read into it" in out
    assert f"skipped: {target}:1" not in out
