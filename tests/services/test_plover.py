from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from dragon_reader.domain.coding import ChannelStatus, FuzzyDate, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.interchange import ExportFilters, Interchange
from dragon_reader.services.plover import export_plover


def sql(corpus: Corpus, statement: str, **params: object) -> list[tuple[Any, ...]]:
    """Rows of a statement run on the corpus's own database (SQLite or PostgreSQL)."""
    with corpus.database.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def test_event_and_channel_tags_become_plover_records(corpus: Corpus, tmp_path: Path) -> None:
    words = (
        "Defense Secretary Lloyd Austin and recently appointed Chinese Defense Minister Dong Jun"
    )
    ((article_id, body),) = sql(
        corpus, "SELECT id, text FROM article WHERE text LIKE :words", words=f"%{words}%"
    )
    sql(
        corpus,
        "UPDATE article SET published = :day WHERE id = :id",
        day=date(2024, 1, 9),
        id=article_id,
    )
    start = body.index(words)
    call = next(e for e in corpus.coding.events() if e.type == "call")
    event = corpus.coding.create_tag(
        article_id, start, start + len(words), TagKind.EVENT, call.id,
        when=FuzzyDate.parse("2024-04-16"), note="planned",
    )  # fmt: skip
    austin = body.index("Lloyd Austin")
    corpus.slots.set_slots(
        event.id,
        [
            SlotFiller(SlotRole.ACTOR, "", austin, austin + len("Lloyd Austin")),
            SlotFiller(SlotRole.RECIPIENT, "", actor_id=corpus.actors.find("董军")[0].id),
            SlotFiller(SlotRole.PLACE, "Pentagon"),
        ],
    )
    channel = next(
        c for c in corpus.coding.channels() if c.name == "Military-to-military communications"
    )
    severed = corpus.coding.create_tag(
        article_id, start, start + 12, TagKind.CHANNEL, channel.id,
        status=ChannelStatus.SEVERED, when=FuzzyDate.parse("2022-08"),
    )  # fmt: skip
    corpus.slots.set_slots(severed.id, corpus.slots.default_parties(channel.id))

    result = export_plover(Interchange(corpus), tmp_path / "events.jsonl")
    records = [
        json.loads(line) for line in (tmp_path / "events.jsonl").read_text("utf-8").splitlines()
    ]
    assert result.rows == len(records) == 2
    by_id = {r["id"]: r for r in records}
    first = by_id[f"dragon-reader-tag-{event.id}"]
    assert first["date"] == "2024-04-16" and first["date_precision"] == "day"
    assert (first["event_type"], first["mode"], first["context"]) == (
        "CONSULT",
        ["phone"],
        ["diplomatic"],
    )
    assert first["actor"] == [
        {
            "name": "Lloyd Austin",
            "kind": "person",
            "country": "US",
            "role": "US Secretary of Defense",
            "id": None,
        }
    ]
    assert first["recipient"][0]["role"] == "PRC Minister of National Defense"
    assert first["location"] == [{"name": "Pentagon"}]
    assert first["codebook_entry"] == call.name and first["channel"] is None
    assert first["source"]["article_id"] == article_id
    assert first["source"]["published"] == "2024-01-09"
    assert words in first["source"]["sentence"]
    assert first["comment"] == "planned"
    second = by_id[f"dragon-reader-tag-{severed.id}"]
    assert (second["event_type"], second["mode"], second["channel_status"]) == (
        "SANCTION",
        ["discontinue"],
        "severed",
    )
    assert second["context"] == ["military"]
    assert second["date"] == "2022-08-01" and second["date_precision"] == "month"
    assert [a["name"] for a in second["actor"]] == ["US military", "People's Liberation Army"]
    assert second["actor"][1]["kind"] == "organization"
    assert second["recipient"] == []
    only_channels = export_plover(
        Interchange(corpus), tmp_path / "c.jsonl", ExportFilters(kind=TagKind.CHANNEL)
    )
    assert only_channels.rows == 1


def test_plover_and_jsonl_give_the_publication_date_the_csv_gives(
    corpus: Corpus, tmp_path: Path
) -> None:
    """An article without a given date is dated from its text in every export alike:
    the date as far as it is known, its source and certainty."""
    import csv

    corpus.infer_publications()
    ((article_id,),) = sql(
        corpus, "SELECT id FROM article WHERE published IS NULL AND "
        "inferred_published IS NOT NULL ORDER BY id LIMIT 1",
    )  # fmt: skip
    event = next(iter(corpus.coding.events()))
    corpus.coding.create_tag(article_id, 0, 5, TagKind.EVENT, event.id)
    interchange = Interchange(corpus)
    interchange.export_tags_csv(tmp_path / "tags.csv")
    with (tmp_path / "tags.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    expected = (row["published"], row["published_source"], row["published_certainty"])
    assert expected[0] and expected[1] == "inferred"

    export_plover(interchange, tmp_path / "events.jsonl")
    (record,) = [
        json.loads(line)
        for line in (tmp_path / "events.jsonl").read_text("utf-8").split("\n")
        if line
    ]
    source = record["source"]
    assert (source["published"], source["published_source"], source["published_certainty"]) == (
        expected
    )
    interchange.export_jsonl(tmp_path / "all.jsonl")
    lines = [
        json.loads(line) for line in (tmp_path / "all.jsonl").read_text("utf-8").split("\n") if line
    ]
    (line,) = [line for line in lines if line["id"] == article_id]
    publication = line["dragon_reader"]["publication"]
    assert (publication["date"], publication["source"], publication["certainty"]) == expected
    assert line["dragon_reader"]["published"] is None  # what an import stores as given
