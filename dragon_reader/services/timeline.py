"""The timeline's data: lanes of channel status, event marks, and the evidence behind them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from dragon_reader.domain.coding import Tag, TagId, TagKind
from dragon_reader.domain.date_values import resolve_mentions, sentence_around
from dragon_reader.domain.timeline import (
    EventMark,
    Lane,
    TimelineFilters,
    channel_segments,
    event_marks,
    time_range,
)
from dragon_reader.nlp.dates import find_dates
from dragon_reader.services.coding import CodingService
from dragon_reader.store.models import Article


@dataclass(frozen=True, slots=True)
class Evidence:
    """A tag behind a segment or mark: where it is, and what it says."""

    tag_id: TagId
    article_id: int
    article_title: str
    start: int
    end: int
    text: str


@dataclass
class TimelineData:
    """Everything the timeline draws."""

    lanes: list[Lane]
    marks: list[EventMark]
    first: date
    last: date
    evidence: dict[TagId, Evidence]
    undated_channel_tags: int = 0  # channel tags with a status but no date (not drawn)
    undated_event_tags: int = 0  # event tags whose codebook event has no date
    sources: int = 0  # articles the drawn tags come from


def build_timeline(
    coding: CodingService, filters: TimelineFilters | None = None, today: date | None = None
) -> TimelineData:
    """Lanes for the channels (all, or those filtered), marks for dated events, the axis
    range, and the evidence of every tag used. Filters on annotator and outlet apply to the
    tags, so a lane shows only what that annotator or outlet reported."""
    filters = filters or TimelineFilters()
    with coding.database.session() as session:
        articles = {
            row.id: (row.title, row.outlet)
            for row in session.execute(select(Article.id, Article.title, Article.outlet))
        }
    tags = [t for t in coding.all_tags() if _passes(t, filters, articles)]
    uncertain = _uncertain_tags(coding, [t for t in tags if t.kind == TagKind.CHANNEL and t.when])
    by_channel: dict[int, list[Tag]] = {}
    for tag in sorted(tags, key=lambda t: (t.created_at or datetime.min, t.id)):
        if tag.kind == TagKind.CHANNEL:
            by_channel.setdefault(tag.entry_id, []).append(tag)
    lanes = []
    for channel in coding.channels():
        if filters.channel_ids and channel.id not in filters.channel_ids:
            continue
        segments, undated = channel_segments(by_channel.get(channel.id, []), uncertain)
        lanes.append(Lane(channel.id, channel.name, segments, undated))
    events = coding.events()
    marks = event_marks(events, tags, filters.event_types, filters.all_events)
    undated_events = {e.id for e in events if e.when is None}
    undated_event_tags = sum(
        1 for t in tags if t.kind == TagKind.EVENT and t.entry_id in undated_events
    )
    first, last = time_range(lanes, marks, today or date.today())
    evidence = {
        t.id: Evidence(
            t.id, t.article_id, articles.get(t.article_id, ("", None))[0], t.start, t.end, t.text
        )
        for t in tags
    }
    drawn = {tag_id for lane in lanes for s in lane.segments for tag_id in s.evidence}
    drawn.update(tag_id for mark in marks for tag_id in mark.evidence)
    return TimelineData(
        lanes,
        marks,
        first,
        last,
        evidence,
        undated_channel_tags=sum(lane.undated for lane in lanes),
        undated_event_tags=undated_event_tags,
        sources=len({evidence[t].article_id for t in drawn if t in evidence}),
    )


def _uncertain_tags(coding: CodingService, tags: list[Tag]) -> frozenset[TagId]:
    """Dated channel tags whose date is not sure: their article's publication date is not
    confirmed (so relative dates rest on an inferred one), or a date of the tag's sentence
    with the tag's value has two readings."""
    if not tags:
        return frozenset()
    ids = sorted({t.article_id for t in tags})
    with coding.database.session() as session:
        rows = session.execute(
            select(Article.id, Article.text, Article.published).where(Article.id.in_(ids))
        ).all()
    articles = {row.id: (row.text, row.published) for row in rows}
    uncertain = set()
    for tag in tags:
        text, published = articles.get(tag.article_id, ("", None))
        if published is None:
            uncertain.add(tag.id)
            continue
        left, right = sentence_around(text, tag.start, tag.end)
        sentence = text[left:right]
        for found in resolve_mentions(sentence, list(find_dates(sentence)), published):
            fuzzy = found.value.fuzzy()
            if found.value.ambiguous and fuzzy is not None and str(fuzzy) == str(tag.when):
                uncertain.add(tag.id)
                break
    return frozenset(uncertain)


def _passes(
    tag: Tag, filters: TimelineFilters, articles: dict[int, tuple[str, str | None]]
) -> bool:
    if filters.annotator and tag.annotator != filters.annotator:
        return False
    return not (filters.outlet and articles.get(tag.article_id, ("", None))[1] != filters.outlet)
