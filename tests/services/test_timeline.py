"""The timeline's live data: kept up to date from the articles a change names, equal to a
new build after any sequence of tag operations, undos and metadata edits."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import ChannelStatus, FuzzyDate, TagId, TagKind
from dragon_reader.domain.timeline import TimelineFilters
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.timeline import (
    LiveTimeline,
    TimelineData,
    TimelineStopped,
    build_timeline,
)

STATUSES = (ChannelStatus.ACTIVE, ChannelStatus.SUSPENDED, ChannelStatus.RESUMED)
DATES = ("2023-05", "2023-06-01", "2023-06-01", "2024", "2022-08-15", None)


def drawn(data: TimelineData) -> list[Any]:
    """Everything the timeline draws from its data."""
    return [
        [(lane.channel_id, lane.name, lane.segments, lane.undated) for lane in data.lanes],
        data.marks,
        (data.first, data.last),
        (data.sources, data.undated_channel_tags, data.undated_event_tags),
    ]


def statements_of(corpus: Corpus) -> list[str]:
    """Every SQL statement run on the corpus from now on."""
    statements: list[str] = []
    event.listen(
        corpus.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: statements.append(statement),
    )
    return statements


def changes_of(corpus: Corpus, call: Callable[[], object]) -> Changes:
    """What ``call``'s operations changed (as the window's bus learns it)."""
    with corpus.journal.collect() as box:
        call()
    return box.changes


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_refreshes_told_the_articles_equal_a_new_build(corpus: Corpus, seed: int) -> None:
    rng = random.Random(seed)
    coding = corpus.coding
    outlets = corpus.outlets()[:2]
    channels = [c.id for c in coding.channels()][:3]
    events = [e.id for e in coding.events() if e.when is not None][:3]
    texts: dict[int, str] = {}
    for number in (1, 2, 3, 4):
        article = corpus.article(ArticleId(number))
        assert article is not None and article.text is not None
        texts[number] = article.text
    filters = TimelineFilters(all_events=seed == 3, outlet=outlets[0] if seed == 4 else None)
    live = LiveTimeline(coding, filters, today=date(2025, 1, 1))
    made: list[TagId] = []

    def tag() -> None:
        article = rng.choice(list(texts))
        start = rng.randrange(0, len(texts[article]) - 20)
        when = rng.choice(DATES)
        if rng.random() < 0.3:
            made.append(
                coding.create_tag(article, start, start + 9, TagKind.EVENT, rng.choice(events)).id
            )
            return
        made.append(
            coding.create_tag(
                article,
                start,
                start + 9,
                TagKind.CHANNEL,
                rng.choice(channels),
                rng.choice(STATUSES),
                FuzzyDate.parse(when) if when else None,
            ).id
        )

    def edit() -> None:
        alive = [t for t in made if coding.tag(t) is not None]
        if not alive:
            return
        chosen = coding.tag(rng.choice(alive))
        assert chosen is not None
        if chosen.kind == TagKind.EVENT:
            coding.update_tag(chosen.id, entry_id=rng.choice(events))
        elif rng.random() < 0.5:
            coding.update_tag(chosen.id, entry_id=rng.choice(channels))  # another lane
        else:
            coding.update_tag(chosen.id, status=rng.choice(STATUSES))

    def confirm_date() -> None:  # or move the article to another outlet
        article = ArticleId(rng.choice([1, 2, 3, 4]))
        if rng.random() < 0.5:
            corpus.edit_metadata(article, outlet=rng.choice(outlets))
        else:
            corpus.edit_metadata(article, published=rng.choice([date(2023, 7, 1)]))

    def delete() -> None:
        alive = [t for t in made if coding.tag(t) is not None]
        if alive:
            coding.delete_tag(rng.choice(alive))

    for _step in range(40):
        choice = rng.random()
        edited: frozenset[int] = frozenset()
        if choice < 0.45:
            changes = changes_of(corpus, tag)
        elif choice < 0.6:
            changes = changes_of(corpus, edit)
        elif choice < 0.7:
            changes = changes_of(corpus, delete)
        elif choice < 0.8:
            changes = corpus.undo() or Changes()
        elif choice < 0.9:
            changes = corpus.redo() or Changes()
        else:
            changes = changes_of(corpus, confirm_date)
            edited = changes.article_ids
        if changes.articles:
            edited = changes.article_ids
        live.refresh(edited, changes.article_ids if changes.tags else ())
        fresh = build_timeline(coding, filters, today=date(2025, 1, 1))
        assert drawn(live.data) == drawn(fresh)


def test_a_refresh_told_the_articles_reads_no_other_tag(corpus: Corpus) -> None:
    coding = corpus.coding
    channel = coding.channels()[0].id
    live = LiveTimeline(coding)
    changes = changes_of(
        corpus,
        lambda: coding.create_tag(
            4, 10, 20, TagKind.CHANNEL, channel, ChannelStatus.ACTIVE, FuzzyDate.parse("2023-05")
        ),
    )
    statements = statements_of(corpus)
    update = live.refresh((), changes.article_ids)
    of_tags = [s for s in statements if "FROM tag" in s]
    assert of_tags, "the article's tags were not read"
    assert all("tag.article_id IN" in s for s in of_tags), "other articles' tags were read"
    assert not any("GROUP BY" in s or "codebook" in s for s in statements)
    assert update.lanes or update.everything
    assert drawn(live.data) == drawn(build_timeline(coding))


def test_a_build_asked_to_stop_stops(corpus: Corpus) -> None:
    coding = corpus.coding
    coding.create_tag(
        4, 10, 20, TagKind.CHANNEL, coding.channels()[0].id, ChannelStatus.ACTIVE, None
    )
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(TimelineStopped):
        LiveTimeline(coding, stopped=stop)


def test_the_note_on_undated_events_counts_only_the_event_types_shown(corpus: Corpus) -> None:
    from dragon_reader.domain.coding import EventType

    coding = corpus.coding
    undated = coding.create_event("Talks at an unknown date", type=EventType.MEETING)
    coding.create_tag(1, 0, 8, TagKind.EVENT, undated.id)
    meetings = TimelineFilters(event_types=frozenset({EventType.MEETING}))
    assert build_timeline(coding, meetings).undated_event_tags == 1
    others = TimelineFilters(event_types=frozenset({EventType.VISIT}))
    assert build_timeline(coding, others).undated_event_tags == 0
    assert build_timeline(coding).undated_event_tags == 1
