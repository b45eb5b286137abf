from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.slots import SlotError


def sql(corpus: Corpus, statement: str, **params: object) -> list[tuple[Any, ...]]:
    """Rows of a statement run on the corpus's own database (SQLite or PostgreSQL)."""
    with corpus.database.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def tag_on(corpus: Corpus, words: str, kind: TagKind = TagKind.EVENT) -> tuple[int, int, int]:
    (article_id, body), *_ = sql(
        corpus,
        "SELECT id, text FROM article WHERE text LIKE :words ORDER BY id",
        words=f"%{words}%",
    )
    start = body.index(words)
    if kind == TagKind.EVENT:
        event = corpus.coding.events()[0].id
        tag = corpus.coding.create_tag(article_id, start, start + len(words), kind, event)
    else:
        entry = next(
            c.id
            for c in corpus.coding.channels()
            if c.name == "Military-to-military communications"
        )
        tag = corpus.coding.create_tag(
            article_id, start, start + len(words), kind, entry, status=ChannelStatus.ACTIVE
        )
    return article_id, tag.id, start


def test_slots_hold_mentions_and_actors_and_undo_in_one_step(corpus: Corpus) -> None:
    words = (
        "Defense Secretary Lloyd Austin and recently appointed Chinese Defense Minister Dong Jun"
    )
    article_id, tag_id, start = tag_on(corpus, words)
    offered = corpus.slots.sentence_entities(article_id, start, start + len(words))
    names = [m.canonical for m in offered]
    assert "Lloyd Austin" in names and "Dong Jun" in names
    austin = next(m for m in offered if m.canonical == "Lloyd Austin")
    dong = corpus.actors.find("Dong Jun")[0]
    filled = corpus.slots.set_slots(
        tag_id,
        [
            SlotFiller(SlotRole.RECIPIENT, "", actor_id=dong.id),
            SlotFiller(SlotRole.ACTOR, "ignored", austin.start, austin.end),
            SlotFiller(SlotRole.PLACE, "  the   Pentagon "),
        ],
    )
    assert filled == (
        SlotFiller(SlotRole.ACTOR, "Lloyd Austin", austin.start, austin.end),
        SlotFiller(SlotRole.RECIPIENT, "Dong Jun", actor_id=dong.id),
        SlotFiller(SlotRole.PLACE, "the Pentagon"),
    )
    rows = sql(
        corpus,
        "SELECT role, text, start, actor_id FROM tag_slot WHERE tag_id = :id ORDER BY id",
        id=tag_id,
    )
    assert rows == [
        ("recipient", "Dong Jun", None, dong.id),
        ("actor", "Lloyd Austin", austin.start, None),
        ("place", "the Pentagon", None, None),
    ]
    assert corpus.coding.history.undo_text == f"fill the slots of tag {tag_id}"
    corpus.coding.undo()
    assert corpus.slots.slots(tag_id) == ()
    corpus.coding.redo()
    assert corpus.slots.slots(tag_id) == filled


@pytest.mark.parametrize(
    ("filler", "message"),
    [
        (SlotFiller(SlotRole.PARTY, "China"), "only channel tags have parties"),
        (SlotFiller(SlotRole.ACTOR, "x", 5, 2), "is not inside the article"),
        (SlotFiller(SlotRole.ACTOR, "x", 5), "needs both its start and its end"),
        (SlotFiller(SlotRole.ACTOR, "", actor_id=999_999), "there is no actor"),
        (SlotFiller(SlotRole.PLACE, "   "), "needs a name"),
    ],
)
def test_bad_fillers_are_refused_and_change_nothing(
    corpus: Corpus, filler: SlotFiller, message: str
) -> None:
    _, tag_id, _ = tag_on(corpus, "Lloyd Austin")
    corpus.slots.set_slots(tag_id, [SlotFiller(SlotRole.ACTOR, "United States")])
    with pytest.raises(SlotError, match=message):
        corpus.slots.set_slots(tag_id, [SlotFiller(SlotRole.ACTOR, "China"), filler])
    assert corpus.slots.slots(tag_id) == (SlotFiller(SlotRole.ACTOR, "United States"),)


def test_channels_suggest_their_parties_and_hold_them(corpus: Corpus) -> None:
    _, tag_id, _ = tag_on(corpus, "Lloyd Austin", TagKind.CHANNEL)
    channel = next(
        c for c in corpus.coding.channels() if c.name == "Military-to-military communications"
    )
    parties = corpus.slots.default_parties(channel.id)
    assert [p.text for p in parties] == [channel.party_a, channel.party_b]
    assert corpus.slots.set_slots(tag_id, parties) == tuple(parties)
    corpus.coding.delete_tag(tag_id)  # type: ignore[arg-type]
    assert corpus.slots.slots(tag_id) == ()
    corpus.coding.undo()  # the tag comes back with its parties
    assert corpus.slots.slots(tag_id) == tuple(parties)


def test_filling_slots_is_an_operation_on_the_tag(corpus: Corpus) -> None:
    """The slots belong to the tag: ``Changes(tags=True)`` for its article, one undo step,
    and no step at all when the fillers are as they were."""
    channel = corpus.coding.channels()[0]
    tag = corpus.coding.create_tag(4, 0, 10, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE)
    fillers = [SlotFiller(SlotRole.PARTY, "Beijing")]
    with corpus.journal.collect() as box:
        corpus.slots.set_slots(tag.id, fillers)
    assert box.changes.tags and box.changes.article_ids == frozenset({4})
    with corpus.journal.collect() as again:
        corpus.slots.set_slots(tag.id, fillers)
    assert not again.changes.any
    undone = corpus.undo()
    assert undone is not None and undone.tags and undone.article_ids == frozenset({4})
    assert corpus.slots.slots(tag.id) == ()
