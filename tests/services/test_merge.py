"""Merging another coder's SQLite database into this one (SQLite or PostgreSQL): articles
by their text, codebook entries by name, tags per coder with slots and notes; 500 tags
neither lost nor duplicated; a second run changes nothing; a bad file changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dragon_reader.domain.coding import ChannelStatus, EventType, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.merge import MergeError, merge_database
from dragon_reader.services.slots import SlotService

EXTRA_TEXT = "Laptop-only article.\n\nThe two defence ministers spoke by video link on Friday."


@pytest.fixture
def other(tmp_path: Path, seeded_template: Path) -> Iterator[Path]:
    """bo's laptop: the seed articles plus one of its own, a new event close to a
    starter one, 500 tags (every tenth with slots), and document labels."""
    path = tmp_path / "bo.sqlite3"
    shutil.copyfile(seeded_template, path)
    laptop = Corpus.open(path)
    coding = laptop.coding
    coding.annotator = "bo"
    extra = laptop.import_text(EXTRA_TEXT, "laptop.txt").article_id
    assert extra is not None
    near = coding.create_event("Biden Xi summit at Woodside.", EventType.SUMMIT)
    events = [e.id for e in coding.events()]
    channel = coding.channels()[0].id
    articles = [*laptop.article_ids()]
    slots = SlotService(laptop.database, actors=laptop.actors)
    made = []
    with laptop.journal.operation("500 tags"):
        for number in range(500):
            article_id = articles[number % len(articles)]
            article = laptop.article(article_id)
            assert article is not None
            start = number % max(1, len(article.text) - 20)
            end = start + 5 + number % 10
            if number % 3 == 0:
                tag = coding.create_tag(
                    article_id, start, end, TagKind.CHANNEL, channel, ChannelStatus.ACTIVE
                )
            else:
                entry = near.id if number % 50 == 1 else events[number % len(events)]
                tag = coding.create_tag(
                    article_id, start, end, TagKind.EVENT, entry, note=f"note {number}"
                )
            made.append(tag)
    for tag in made[::10]:
        slots.set_slots(
            tag.id, [SlotFiller(SlotRole.ACTOR, "Xi"), SlotFiller(SlotRole.PLACE, "Bali")]
        )
    laptop.vocabularies.set_article_label(extra, Vocabulary.RELEVANCE, "relevant", True)
    laptop.close()
    yield path


def tag_facts(corpus: Corpus, annotator: str) -> Counter[tuple[Any, ...]]:
    """Each tag as its article's text hash, span, entry, status, note and slots."""
    hashes: dict[int, str] = {a: corpus.article(a).text for a in corpus.article_ids()}  # type: ignore[union-attr]
    slots = corpus.slots.slots_for_tags()
    return Counter(
        (
            hash(hashes[t.article_id]),
            t.start,
            t.end,
            t.kind.value,
            t.entry_name,
            t.status,
            t.note,
            slots.get(t.id, ()),
        )
        for t in corpus.coding.all_tags()
        if t.annotator == annotator
    )


def test_a_merge_of_500_tags_loses_and_duplicates_none(corpus: Corpus, other: Path) -> None:
    mine_before = tag_facts(corpus, "tester")
    laptop = Corpus.open(other)
    theirs = tag_facts(laptop, "bo")
    laptop.close()
    assert sum(theirs.values()) == 500

    report = merge_database(corpus, other)
    assert report.tags_added == 500 and report.tags_present == 0
    assert report.slots_added == 100
    assert (report.articles_added, report.articles_matched) == (1, 5)
    assert report.entries_added == ["event “Biden Xi summit at Woodside.”"]
    assert [(d.added, d.existing) for d in report.near_duplicates] == [
        ("Biden Xi summit at Woodside.", "Biden-Xi summit at Woodside")
    ]
    assert report.coders == ["bo"]
    assert tag_facts(corpus, "bo") == theirs
    assert tag_facts(corpus, "tester") == mine_before
    extra = next(
        a
        for a in corpus.article_ids()
        if corpus.article(a).text == EXTRA_TEXT  # type: ignore[union-attr]
    )
    assert corpus.vocabularies.article_labels(extra) == {Vocabulary.RELEVANCE: ["relevant"]}
    assert corpus.search("defence ministers")[0].article_id == extra
    assert corpus.entities.stale_article_ids() == []

    again = merge_database(corpus, other)
    assert not again.changed
    assert (again.tags_added, again.tags_present, again.articles_added) == (0, 500, 0)
    assert tag_facts(corpus, "bo") == theirs


def test_a_merge_is_one_undo_step(corpus: Corpus, other: Path) -> None:
    before = len(corpus.coding.all_tags()), corpus.count()
    merge_database(corpus, other)
    assert corpus.undo() is not None
    assert (len(corpus.coding.all_tags()), corpus.count()) == before
    assert "Biden Xi summit at Woodside." not in {e.name for e in corpus.coding.events()}


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 40960), 97):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (damage, "damaged"),
        (lambda p: p.write_bytes(b"not a database at all" * 100), "damaged or not an SQLite"),
        ("newer", "newer version"),
        ("foreign", "not a Dragon Reader database"),
    ],
)
def test_a_bad_or_newer_file_is_refused_and_nothing_changes(
    corpus: Corpus, other: Path, spoil: Any, message: str
) -> None:
    if spoil == "newer":
        with sqlite3.connect(other) as con:
            con.execute("UPDATE alembic_version SET version_num = '9999'")
    elif spoil == "foreign":
        other.unlink()
        with sqlite3.connect(other) as con:
            con.execute("CREATE TABLE notes (body TEXT)")
    else:
        with sqlite3.connect(other) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        spoil(other)
    before = len(corpus.coding.all_tags()), corpus.count()
    with pytest.raises(MergeError, match=message) as caught:
        merge_database(corpus, other)
    assert "nothing was changed" in str(caught.value).lower()
    assert (len(corpus.coding.all_tags()), corpus.count()) == before
