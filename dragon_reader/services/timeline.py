"""The timeline's data: lanes of channel status, event marks, and the evidence behind them.

Tags are read with lean SQL (plain rows, no ORM objects). ``LiveTimeline`` keeps the data
of one set of filters and brings it up to date after a change by re-reading only the lanes
whose tags changed (found by a per-channel fingerprint), so a tag at 100,000 tags costs
about what it costs at a hundred.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import func, select

from dragon_reader.domain.coding import (
    ChannelStatus,
    Event,
    FuzzyDate,
    TagId,
    TagKind,
)
from dragon_reader.domain.date_values import resolve_mentions, sentence_around
from dragon_reader.domain.slots import SlotFiller, SlotRole, slot_line
from dragon_reader.domain.timeline import (
    EventMark,
    Lane,
    TimelineFilters,
    channel_segments,
    event_marks_with_evidence,
    time_range,
)
from dragon_reader.domain.vocabularies import Vocabulary, VocabularyValue
from dragon_reader.nlp.dates import find_dates
from dragon_reader.services.coding import CodingService
from dragon_reader.services.vocabularies import VocabularyService
from dragon_reader.store.models import Article, CodebookChannel, CodebookEvent, TagSlot
from dragon_reader.store.models import Tag as TagRow


@dataclass(frozen=True, slots=True)
class Evidence:
    """A tag behind a segment or mark: where it is, and what it says."""

    tag_id: TagId
    article_id: int
    article_title: str
    start: int
    end: int
    text: str
    slots: str = ""  # who: "Actor: Joe Biden · Recipient: Xi Jinping" ("" when unfilled)


@dataclass
class TimelineData:
    """Everything the timeline draws. ``evidence`` may hold some tags' evidence ahead of
    time; ``timeline_evidence`` reads any tag's on demand."""

    lanes: list[Lane]
    marks: list[EventMark]
    first: date
    last: date
    evidence: dict[TagId, Evidence] = field(default_factory=dict)
    undated_channel_tags: int = 0  # channel tags with a status but no date (not drawn)
    undated_event_tags: int = 0  # event tags whose codebook event has no date
    sources: int = 0  # articles the drawn tags come from
    # The channel statuses and event types (retired ones too), in the analyst's order, with
    # their labels and colours: what the legend, the bars and the marks show.
    statuses: tuple[VocabularyValue, ...] = ()
    event_types: tuple[VocabularyValue, ...] = ()


def build_timeline(
    coding: CodingService, filters: TimelineFilters | None = None, today: date | None = None
) -> TimelineData:
    """Lanes for the channels (all, or those filtered), marks for dated events, and the
    axis range. Filters on annotator and outlet apply to the tags, so a lane shows only
    what that annotator or outlet reported."""
    return LiveTimeline(coding, filters, today).data


def channel_choices(coding: CodingService) -> list[tuple[int, str]]:
    """Every channel's id and name, by name, for the timeline's filter (no tag counts)."""
    return _channels(coding)


def timeline_evidence(coding: CodingService, tag_ids: Iterable[int]) -> list[Evidence]:
    """The evidence of these tags (in the order given; tags since deleted are left out)."""
    wanted = list(dict.fromkeys(int(t) for t in tag_ids))
    if not wanted:
        return []
    with coding.database.session() as session:
        rows = session.execute(
            select(
                TagRow.id, TagRow.article_id, Article.title, TagRow.start, TagRow.end, TagRow.text
            )
            .join(Article, Article.id == TagRow.article_id)
            .where(TagRow.id.in_(wanted))
        ).all()
        fillers: dict[int, list[SlotFiller]] = {}
        for slot in session.scalars(
            select(TagSlot)
            .where(TagSlot.tag_id.in_(wanted))
            .order_by(TagSlot.tag_id, TagSlot.position, TagSlot.id)
        ):
            fillers.setdefault(slot.tag_id, []).append(SlotFiller(SlotRole(slot.role), slot.text))
    found = {
        row[0]: Evidence(TagId(row[0]), *row[1:], slots=slot_line(fillers.get(row[0], [])))
        for row in rows
    }
    return [found[t] for t in wanted if t in found]


@dataclass(frozen=True, slots=True)
class TimelineUpdate:
    """What ``LiveTimeline.refresh`` changed: lane rows redrawn, the marks, or all."""

    lanes: frozenset[int] = frozenset()
    marks: bool = False
    everything: bool = False

    @property
    def any(self) -> bool:
        """True when something must be drawn again."""
        return self.everything or self.marks or bool(self.lanes)


class TimelineStopped(Exception):
    """The build was stopped before it finished (``LiveTimeline(stopped=...)``)."""


class LiveTimeline:
    """The timeline data of one set of filters, kept up to date lane by lane.

    Built once (every tag read: seconds at 100,000 tags, so the window builds it off its
    thread; ``stopped`` is asked between steps and a build it stops raises
    ``TimelineStopped``). Then ``refresh`` told the articles whose tags changed reads only
    those articles' tags and lays out again only the lanes whose reports changed, from the
    reports it keeps in hand; told nothing, it compares each channel's fingerprint (tag
    count, id sum, latest update) with the one the data was built from and re-reads only
    the channels that differ. Objects of this class belong to one thread at a time.
    """

    def __init__(
        self,
        coding: CodingService,
        filters: TimelineFilters | None = None,
        today: date | None = None,
        stopped: Callable[[], bool] | None = None,
    ) -> None:
        self.coding = coding
        self.filters = filters or TimelineFilters()
        self._today = today
        self._stopped = stopped
        self._channel_prints: dict[int, tuple[Any, ...]] = {}
        self._event_prints: dict[int, tuple[Any, ...]] = {}
        self._channels: list[tuple[int, str]] = []
        self._events: list[Event] = []
        self._events_key: tuple[Any, ...] = ()
        self._lanes: dict[int, Lane] = {}
        self._reports: dict[int, list[_Report]] = {}  # each lane's reports, oldest first
        self._evidence: dict[int, list[TagId]] = {}
        self._created: dict[TagId, Any] = {}  # when each event tag was made (its order)
        self._articles: dict[TagId, int] = {}  # the article of each tag read
        self._undated_event_tags = 0
        self._marks: list[EventMark] = []
        self._statuses: tuple[VocabularyValue, ...] = ()
        self._event_types: tuple[VocabularyValue, ...] = ()
        # Kept between refreshes so that a change costs what it touches: each tag's
        # certainty with what it rests on, the articles of each lane's drawn tags and of
        # the marks' (the legend's source count), the articles of each lane's tags.
        self._certainty: dict[TagId, tuple[_Report, bool]] = {}
        self._lane_sources: dict[int, frozenset[int]] = {}
        # Each lane's reports by article: what a change in some articles replaces.
        self._lane_articles: dict[int, dict[int, list[_Report]]] = {}
        self._mark_sources: frozenset[int] = frozenset()
        # Each event's tags by article: what a change in some articles replaces.
        self._event_articles: dict[int, dict[int, list[TagId]]] = {}
        # How many lanes (and the marks) draw a tag of each article: the legend's count
        # of source articles is the number of keys, kept up to date lane by lane.
        self._source_counts: Counter[int] = Counter()
        self.data = TimelineData([], [], date.today(), date.today())
        self.reload()

    def reload(self) -> None:
        """Read everything again (a new set of filters, or a restored database)."""
        self._check_stopped()
        self._channel_prints = _fingerprints(self.coding, TagRow.channel_id)
        self._event_prints = _fingerprints(self.coding, TagRow.event_id)
        channels = _channels(self.coding)
        self._channels = channels
        wanted = [c for c, _ in channels if self._shows(c)]
        self._articles = {}
        self._certainty = {}
        self._check_stopped()
        tags = self._read_lanes(wanted)
        self._check_stopped()
        uncertain = self._uncertain(tags)
        self._lanes = {}
        self._reports = {}
        self._lane_sources = {}
        self._lane_articles = {}
        self._source_counts = Counter()
        self._mark_sources = frozenset()
        for channel_id, name in channels:
            if self._shows(channel_id):
                self._set_lane(channel_id, name, tags.get(channel_id, []), uncertain)
        self._check_stopped()
        self._marks_from_database()
        self._assemble(vocabularies=True)

    def refresh(
        self, articles: Collection[int] = (), tag_articles: Collection[int] | None = None
    ) -> TimelineUpdate:
        """Bring the data up to date with the database; say what changed. ``articles``:
        articles whose metadata changed (a confirmed publication date makes their reports
        certain), so the lanes drawing their tags are laid out again too. ``tag_articles``:
        the articles whose tags changed, when known (and the codebook and vocabularies
        did not): only their tags (and those of ``articles``, which an outlet filter may now
        take or leave) are read then. ``None``: every channel is compared."""
        data = self.data
        before = (data.first, data.last, [lane.channel_id for lane in data.lanes], _looks(data))
        names_changed = False
        if tag_articles is not None:
            edited = set(articles)
            changed, marks_changed = self._refresh_articles(set(tag_articles) | edited, edited)
        else:
            channels = _channels(self.coding)
            names_changed = channels != self._channels
            changed, marks_changed = self._compare_all(channels, set(articles))
        self._assemble(vocabularies=tag_articles is None)
        data = self.data
        after = (data.first, data.last, [lane.channel_id for lane in data.lanes], _looks(data))
        if before != after or names_changed:
            return TimelineUpdate(everything=True)
        rows = frozenset(
            row for row, lane in enumerate(self.data.lanes) if lane.channel_id in changed
        )
        return TimelineUpdate(lanes=rows, marks=marks_changed)

    def _refresh_articles(self, articles: set[int], edited: set[int]) -> tuple[set[int], bool]:
        """Read the tags of ``articles`` alone and put them in place of those read before:
        the channels whose reports changed (or that draw a tag of an ``edited`` article),
        and whether the marks changed."""
        fresh: dict[int, list[_Report]] = {}
        fresh_events: dict[int, list[tuple[Any, TagId]]] = {}
        if articles:
            statement = _tag_query(self.filters).where(TagRow.article_id.in_(sorted(articles)))
            with self.coding.database.session() as session:
                rows = session.connection().execute(statement).all()
            for tag_id, article_id, event_id, channel_id, status, when, created, start, end in rows:
                self._articles[TagId(tag_id)] = article_id
                if event_id is not None:
                    fresh_events.setdefault(event_id, []).append((created, TagId(tag_id)))
                    self._created[TagId(tag_id)] = created
                if channel_id is not None and status and channel_id in self._lanes:
                    fresh.setdefault(channel_id, []).append(
                        _report(tag_id, status, when, article_id, start, end, created)
                    )
        changed = self._replace_reports(articles, fresh)
        if edited:
            self._forget_certainty(edited)
            changed |= {
                channel_id
                for channel_id, sources in self._lane_sources.items()
                if not edited.isdisjoint(sources)
            }
        if changed:
            lanes = {c: self._reports.get(c, []) for c in changed}
            uncertain = self._uncertain(lanes)
            names = dict(self._channels)
            for channel_id in changed:
                self._set_lane(channel_id, names[channel_id], lanes[channel_id], uncertain)
        events = self._replace_evidence(articles, fresh_events)
        if events:
            self._make_marks(events)
        return changed, bool(events)

    def _replace_reports(self, articles: set[int], fresh: dict[int, list[_Report]]) -> set[int]:
        """Put ``fresh`` (the reports of ``articles`` now, by channel) in place of the
        reports of ``articles`` in hand; return the channels whose reports changed."""
        changed: set[int] = set()
        touched = {
            c for c, inside in self._lane_articles.items() if not articles.isdisjoint(inside.keys())
        }
        for channel_id in touched | set(fresh):
            inside = self._lane_articles.get(channel_id, {})
            before = sorted(
                (r for a in articles for r in inside.get(a, ())),
                key=_order,
            )
            now = sorted(fresh.get(channel_id, []), key=_order)
            if before == now:
                continue
            reports = self._reports.get(channel_id, [])
            kept = [r for r in reports if r.article_id not in articles] if before else reports[:]
            for report in now:  # in place among the others, by when they were made
                bisect.insort(kept, report, key=_order)
            self._reports[channel_id] = kept
            self._channel_prints.pop(channel_id, None)  # compared again if ever asked
            changed.add(channel_id)
        return changed

    def _replace_evidence(
        self, articles: set[int], fresh: dict[int, list[tuple[Any, TagId]]]
    ) -> set[int]:
        """Put ``fresh`` (the event tags of ``articles`` now, by event, with when they were
        made) in place of those in hand; return the events whose evidence changed."""
        changed: set[int] = set()
        of = self._articles
        touched = {
            e
            for e, inside in self._event_articles.items()
            if not articles.isdisjoint(inside.keys())
        }
        for event_id in touched | set(fresh):
            inside = self._event_articles.get(event_id, {})
            before = sorted(t for a in articles for t in inside.get(a, ()))
            now = sorted(fresh.get(event_id, []))
            if before == sorted(t for _, t in now):
                continue
            evidence = self._evidence.get(event_id, [])
            kept = [(self._created[t], t) for t in evidence if of.get(t) not in articles]
            merged = sorted(kept + now)
            if merged:
                self._evidence[event_id] = [t for _, t in merged]
            else:
                self._evidence.pop(event_id, None)
            self._event_prints.pop(event_id, None)  # compared again if ever asked
            changed.add(event_id)
        return changed

    def _compare_all(
        self, channels: list[tuple[int, str]], edited: set[int]
    ) -> tuple[set[int], bool]:
        """Compare every channel's and event's fingerprint with the one read before and
        read again those that differ (and the lanes drawing a tag of an ``edited``
        article): the channels changed, and whether the marks changed."""
        prints = _fingerprints(self.coding, TagRow.channel_id)
        event_prints = _fingerprints(self.coding, TagRow.event_id)
        changed = {
            c
            for c, _ in channels
            if self._shows(c) and prints.get(c) != self._channel_prints.get(c)
        }
        if edited:
            self._forget_certainty(edited)
            changed |= {
                channel_id
                for channel_id, sources in self._lane_sources.items()
                if channel_id in self._lanes and not edited.isdisjoint(sources)
            }
        known = set(self._lanes)
        added = {c for c, _ in channels if self._shows(c)} - known
        changed |= added
        self._channel_prints, self._channels = prints, channels
        if changed:
            tags = self._read_lanes(sorted(changed))
            uncertain = self._uncertain(tags)
            names = dict(channels)
            for channel_id in changed:
                self._set_lane(channel_id, names[channel_id], tags.get(channel_id, []), uncertain)
        shown = {c for c, _ in channels if self._shows(c)}
        for gone in known - shown:
            del self._lanes[gone]
            self._reports.pop(gone, None)
            self._count_sources(self._lane_sources.pop(gone, frozenset()), frozenset())
            self._lane_articles.pop(gone, None)
        touched = {
            e
            for e in set(event_prints) | set(self._event_prints)
            if event_prints.get(e) != self._event_prints.get(e)
        }
        self._event_prints = event_prints
        marks_changed = bool(touched) or _events_signature(self.coding) != self._events_key
        if marks_changed:
            self._marks_from_database(touched)
        return changed, marks_changed

    def _forget_certainty(self, articles: set[int]) -> None:
        """Work out again the certainty of the tags of ``articles`` (their metadata
        changed)."""
        for tag_id in [
            t for t, (known, _) in self._certainty.items() if known.article_id in articles
        ]:
            del self._certainty[tag_id]

    def _check_stopped(self) -> None:
        if self._stopped is not None and self._stopped():
            raise TimelineStopped

    def _set_lane(
        self, channel_id: int, name: str, reports: list[_Report], uncertain: frozenset[TagId]
    ) -> None:
        lane = _lane(channel_id, name, reports, uncertain)
        self._lanes[channel_id] = lane
        self._reports[channel_id] = reports
        of = self._articles
        inside: dict[int, list[_Report]] = {}
        for report in reports:
            inside.setdefault(report.article_id, []).append(report)
        self._lane_articles[channel_id] = inside
        sources = frozenset(of[t] for s in lane.segments for t in s.evidence if t in of)
        self._count_sources(self._lane_sources.get(channel_id, frozenset()), sources)
        self._lane_sources[channel_id] = sources

    def _count_sources(self, before: frozenset[int], after: frozenset[int]) -> None:
        counts = self._source_counts
        for article_id in before - after:
            counts[article_id] -= 1
            if counts[article_id] <= 0:
                del counts[article_id]
        for article_id in after - before:
            counts[article_id] += 1

    def _read_lanes(self, channel_ids: Collection[int]) -> dict[int, list[_Report]]:
        tags = _channel_tags(self.coding, self.filters, channel_ids)
        for reports in tags.values():
            self._articles.update((r.id, r.article_id) for r in reports)
        return tags

    def _uncertain(self, tags: dict[int, list[_Report]]) -> frozenset[TagId]:
        """The uncertain ones of ``tags``: worked out (reading their articles' text) only
        for tags not seen before or changed since."""
        cache = self._certainty
        dated = [r for rs in tags.values() for r in rs if r.when]
        # A report kept in hand is the very object the certainty was worked out for.
        fresh = [
            r
            for r in dated
            if (known := cache.get(r.id)) is None
            or (known[0] is not r and known[0][3:7] != r[3:7])  # when, article, start, end
        ]
        found = _uncertain_tags(self.coding, fresh, self._check_stopped)
        for report in fresh:
            cache[report.id] = (report, report.id in found)
        return frozenset(r.id for r in dated if cache[r.id][1])

    def _shows(self, channel_id: int) -> bool:
        return not self.filters.channel_ids or channel_id in self.filters.channel_ids

    def _marks_from_database(self, event_ids: Collection[int] | None = None) -> None:
        """Re-read the events and the evidence of ``event_ids`` (all when ``None``) and
        make the marks."""
        self._events = self.coding.events(counted=False)  # the marks need no tag counts
        self._events_key = _events_signature(self.coding)
        if event_ids is None:
            self._evidence = _event_evidence(
                self.coding, self.filters, None, self._articles, self._created
            )
        else:
            fresh = _event_evidence(
                self.coding, self.filters, event_ids, self._articles, self._created
            )
            for event_id in event_ids:
                self._evidence.pop(event_id, None)
            self._evidence.update(fresh)
        if event_ids is None:
            self._event_articles = {}
        self._make_marks(self._evidence if event_ids is None else event_ids)

    def _make_marks(self, changed: Collection[int]) -> None:
        """The marks from the events and evidence in hand; ``changed``: the events whose
        evidence changed (their articles are noted again)."""
        events = self._events
        self._marks = event_marks_with_evidence(
            events, self._evidence, self.filters.event_types, self.filters.all_events
        )
        of = self._articles
        for event_id in changed:
            inside: dict[int, list[TagId]] = {}
            for tag_id in self._evidence.get(event_id, ()):
                if tag_id in of:
                    inside.setdefault(of[tag_id], []).append(tag_id)
            self._event_articles[event_id] = inside
        sources = frozenset(of[t] for mark in self._marks for t in mark.evidence if t in of)
        self._count_sources(self._mark_sources, sources)
        self._mark_sources = sources
        # Undated events of the types shown (the note speaks of what the filter would draw).
        types = self.filters.event_types
        undated = {e.id for e in events if e.when is None and (not types or e.type in types)}
        self._undated_event_tags = sum(len(self._evidence.get(e, ())) for e in undated)

    def _assemble(self, vocabularies: bool) -> None:
        """Put the data together; ``vocabularies``: read the statuses and event types again
        (else those in hand)."""
        lanes = [self._lanes[c] for c, _ in self._channels if c in self._lanes]
        first, last = time_range(lanes, self._marks, self._today or date.today())
        if vocabularies:
            values = VocabularyService(self.coding.database)
            self._statuses = tuple(
                values.values(Vocabulary.CHANNEL_STATUS, include_retired=True, counted=False)
            )
            self._event_types = tuple(
                values.values(Vocabulary.EVENT_TYPE, include_retired=True, counted=False)
            )
        self.data = TimelineData(
            lanes,
            self._marks,
            first,
            last,
            undated_channel_tags=sum(lane.undated for lane in lanes),
            undated_event_tags=self._undated_event_tags,
            sources=len(self._source_counts),
            statuses=self._statuses,
            event_types=self._event_types,
        )


def _looks(data: TimelineData) -> tuple[Any, ...]:
    """What the drawing takes from the vocabularies (a change redraws everything)."""
    return tuple((v.key, v.label, v.color, v.retired) for v in (*data.statuses, *data.event_types))


def _uncertain_tags(
    coding: CodingService, tags: list[_Dated], check: Callable[[], None] | None = None
) -> frozenset[TagId]:
    """Dated channel tags whose date is not sure: their article's publication date is not
    confirmed (so relative dates rest on an inferred one), or a date of the tag's sentence
    with the tag's value has two readings. Reads the text of these tags' articles only;
    ``check`` is called between batches (it raises to stop)."""
    if not tags:
        return frozenset()
    by_article: dict[int, list[_Dated]] = {}
    for tag in tags:
        by_article.setdefault(tag.article_id, []).append(tag)
    ids = sorted(by_article)
    uncertain: set[TagId] = set()
    # 500 articles' texts at a time, dropped once their tags are done: the first build
    # reads every tagged article's text, but never holds them all.
    for chunk in range(0, len(ids), 500):
        if check is not None:
            check()
        wanted = ids[chunk : chunk + 500]
        with coding.database.session() as session:
            rows = session.execute(
                select(Article.id, Article.text, Article.published).where(Article.id.in_(wanted))
            ).all()
        articles = {row.id: (row.text, row.published) for row in rows}
        for article_id in wanted:
            text, published = articles.get(article_id, ("", None))
            for tag in by_article[article_id]:
                if published is None or _date_is_uncertain(text, published, tag):
                    uncertain.add(tag.id)
    return frozenset(uncertain)


def _date_is_uncertain(text: str, published: date, tag: _Dated) -> bool:
    """True when a date of the tag's sentence with the tag's value has two readings."""
    left, right = sentence_around(text, tag.start, tag.end)
    sentence = text[left:right]
    for found in resolve_mentions(sentence, list(find_dates(sentence)), published):
        fuzzy = found.value.fuzzy()
        if found.value.ambiguous and fuzzy is not None and str(fuzzy) == str(tag.when):
            return True
    return False


def _lane(channel_id: int, name: str, tags: list[_Report], uncertain: frozenset[TagId]) -> Lane:
    segments, undated = channel_segments(tags, uncertain)
    return Lane(channel_id, name, segments, undated)


def _fingerprints(
    coding: CodingService, column: Any, only: Collection[int] | None = None
) -> dict[int, tuple[Any, ...]]:
    """Per channel (or event; of ``only`` if given): how many tags, their id sum and the
    latest update. Any tag made, edited, deleted, moved or restored by undo changes one."""
    statement = (
        select(
            column, func.count(), func.coalesce(func.sum(TagRow.id), 0), func.max(TagRow.updated_at)
        )
        .where(column.is_not(None))
        .group_by(column)
    )
    if only is not None:
        if not only:
            return {}
        statement = statement.where(column.in_(sorted(only)))
    with coding.database.session() as session:
        rows = session.execute(statement).all()
    return {row[0]: tuple(row[1:]) for row in rows}


@lru_cache(maxsize=16_384)
def _parse_date(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


def _tag_query(filters: TimelineFilters) -> Any:
    statement = select(
        TagRow.id,
        TagRow.article_id,
        TagRow.event_id,
        TagRow.channel_id,
        TagRow.status,
        TagRow.when,
        TagRow.created_at,
        TagRow.start,
        TagRow.end,
    )
    if filters.annotator:
        statement = statement.where(TagRow.annotator == filters.annotator)
    if filters.outlet:
        statement = statement.join(Article, Article.id == TagRow.article_id).where(
            Article.outlet == filters.outlet
        )
    return statement


class _Report(NamedTuple):
    """A channel tag with only what its lane needs (and where it is, for its certainty;
    when it was made, for its place among the lane's reports)."""

    id: TagId
    kind: TagKind
    status: ChannelStatus | None
    when: FuzzyDate | None
    article_id: int
    start: int
    end: int
    created: Any


_STATUSES: dict[str, ChannelStatus] = {}  # each key checked once, not once per tag


def _report(
    tag_id: int,
    status: str,
    when: str | None,
    article_id: int,
    start: int,
    end: int,
    created: Any,
) -> _Report:
    """A lane's report from the columns of a tag row that has a status."""
    return _Report(
        TagId(tag_id),
        TagKind.CHANNEL,
        _STATUSES.get(status) or _STATUSES.setdefault(status, ChannelStatus(status)),
        _parse_date(when) if when else None,
        article_id,
        start,
        end,
        created,
    )


def _order(report: _Report) -> tuple[Any, int]:
    """A lane's reports are in the order they were made (as the first build reads them)."""
    return (report.created, report.id)


_Dated = _Report


def _channels(coding: CodingService) -> list[tuple[int, str]]:
    """Every channel's id and name, by name (as the codebook lists them; no tag counts)."""
    with coding.database.session() as session:
        rows = session.execute(
            select(CodebookChannel.id, CodebookChannel.name).order_by(CodebookChannel.name)
        ).all()
    return [(row[0], row[1]) for row in rows]


def _events_signature(coding: CodingService) -> tuple[Any, ...]:
    """What the marks depend on in the events themselves (no tag counts)."""
    with coding.database.session() as session:
        rows = session.execute(
            select(
                CodebookEvent.id, CodebookEvent.name, CodebookEvent.type, CodebookEvent.when
            ).order_by(CodebookEvent.id)
        ).all()
    return tuple(tuple(row) for row in rows)


def _channel_tags(
    coding: CodingService, filters: TimelineFilters, channel_ids: Collection[int]
) -> dict[int, list[_Report]]:
    """The channel tags of ``channel_ids`` passing the filters, oldest first, by channel."""
    if not channel_ids:
        return {}
    statement = (
        _tag_query(filters)
        .where(TagRow.channel_id.in_(list(channel_ids)))
        .where(TagRow.status.is_not(None))
        .order_by(TagRow.created_at, TagRow.id)
    )
    by_channel: dict[int, list[_Report]] = {}
    with coding.database.session() as session:
        for (
            tag_id,
            article_id,
            _event,
            channel_id,
            status,
            when,
            created,
            start,
            end,
        ) in session.connection().execute(statement):
            by_channel.setdefault(channel_id, []).append(
                _report(tag_id, status, when, article_id, start, end, created)
            )
    return by_channel


def _event_evidence(
    coding: CodingService,
    filters: TimelineFilters,
    event_ids: Collection[int] | None,
    articles: dict[TagId, int],
    created: dict[TagId, Any],
) -> dict[int, list[TagId]]:
    """The tag ids of each event (of ``event_ids``, or all) passing the filters, oldest
    first; each tag's article is noted in ``articles`` and when it was made in
    ``created``."""
    statement = _tag_query(filters).where(TagRow.event_id.is_not(None))
    if event_ids is not None:
        statement = statement.where(TagRow.event_id.in_(list(event_ids)))
    evidence: dict[int, list[TagId]] = {}
    with coding.database.session() as session:
        for row in session.connection().execute(statement.order_by(TagRow.created_at, TagRow.id)):
            evidence.setdefault(row[2], []).append(TagId(row[0]))
            articles[TagId(row[0])] = row[1]
            created[TagId(row[0])] = row[6]
    return evidence
