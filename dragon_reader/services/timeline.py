"""The timeline's data: lanes of channel status, event marks, and the evidence behind them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from dragon_reader.domain.coding import Tag, TagId, TagKind
from dragon_reader.domain.timeline import (
    EventMark,
    Lane,
    TimelineFilters,
    channel_segments,
    event_marks,
    time_range,
)
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
    by_channel: dict[int, list[Tag]] = {}
    for tag in sorted(tags, key=lambda t: (t.created_at or datetime.min, t.id)):
        if tag.kind == TagKind.CHANNEL:
            by_channel.setdefault(tag.entry_id, []).append(tag)
    lanes = []
    for channel in coding.channels():
        if filters.channel_ids and channel.id not in filters.channel_ids:
            continue
        segments, undated = channel_segments(by_channel.get(channel.id, []))
        lanes.append(Lane(channel.id, channel.name, segments, undated))
    marks = event_marks(coding.events(), tags, filters.event_types)
    first, last = time_range(lanes, marks, today or date.today())
    evidence = {
        t.id: Evidence(
            t.id, t.article_id, articles.get(t.article_id, ("", None))[0], t.start, t.end, t.text
        )
        for t in tags
    }
    return TimelineData(lanes, marks, first, last, evidence)


def _passes(
    tag: Tag, filters: TimelineFilters, articles: dict[int, tuple[str, str | None]]
) -> bool:
    if filters.annotator and tag.annotator != filters.annotator:
        return False
    return not (filters.outlet and articles.get(tag.article_id, ("", None))[1] != filters.outlet)
