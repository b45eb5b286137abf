"""The timeline's content as plain data: each channel's status segments and the events,
derived from tags. Pure functions; the view only draws what they return.

A channel's status holds from the first day of the date a tag refers to until the next
reported status (the last one is open-ended). Dates keep their precision: a month-precision
report is uncertain over its whole month (``start``..``certain_from``), and the view draws
that uncertainty. Tags about the same channel whose dates start on the same day but report
different statuses make a *conflict* segment instead of one silently winning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from dragon_reader.domain.coding import (
    ChannelStatus,
    DatePrecision,
    Event,
    EventType,
    FuzzyDate,
    Tag,
    TagId,
    TagKind,
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of one channel's status.

    ``end`` is exclusive and ``None`` when open-ended. ``statuses`` has one status, or
    several when reports conflict. ``certain_from`` is the day from which the start is
    certain (later than ``start`` for month or year precision).
    """

    start: date
    end: date | None
    statuses: tuple[ChannelStatus, ...]
    evidence: tuple[TagId, ...]
    certain_from: date
    precision: DatePrecision
    uncertain: bool = False  # a report's date rests on an inferred or ambiguous reading

    @property
    def conflict(self) -> bool:
        """True when the evidence reports different statuses for the same date."""
        return len(self.statuses) > 1

    @property
    def status(self) -> ChannelStatus | None:
        """The status, or ``None`` for a conflict."""
        return None if self.conflict else self.statuses[0]


@dataclass(frozen=True, slots=True)
class EventMark:
    """An event on the time axis, drawn over its whole date (a day, a month, a range)."""

    event_id: int
    name: str
    type: EventType
    start: date
    end: date  # inclusive last day
    precision: DatePrecision
    evidence: tuple[TagId, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineFilters:
    """What to show; empty sets and ``None`` show everything."""

    channel_ids: frozenset[int] = frozenset()
    event_types: frozenset[EventType] = frozenset()
    annotator: str | None = None
    outlet: str | None = None
    all_events: bool = False  # also codebook events no tag refers to


@dataclass
class Lane:
    """One channel's row."""

    channel_id: int
    name: str
    segments: list[Segment] = field(default_factory=list)
    undated: int = 0  # status reports without a date (not drawn)


def channel_segments(
    tags: list[Tag], uncertain: frozenset[TagId] = frozenset()
) -> tuple[list[Segment], int]:
    """Segments of one channel from its tags; also how many status tags had no date. A
    segment is ``uncertain`` when a report behind it is in ``uncertain``."""
    dated = [t for t in tags if t.kind == TagKind.CHANNEL and t.status and t.when]
    undated = sum(1 for t in tags if t.kind == TagKind.CHANNEL and t.status and not t.when)
    groups: dict[date, list[Tag]] = {}
    for tag in dated:
        assert tag.when is not None
        groups.setdefault(tag.when.first_day, []).append(tag)
    starts = sorted(groups)
    segments: list[Segment] = []
    for index, start in enumerate(starts):
        reports = groups[start]
        statuses = tuple(dict.fromkeys(t.status for t in reports if t.status))
        finest = min(reports, key=lambda t: _precision_rank(t.when))
        certain = _certain_from(finest.when)
        end = starts[index + 1] if index + 1 < len(starts) else None
        if (
            segments
            and not segments[-1].conflict
            and len(statuses) == 1
            and (segments[-1].statuses == statuses)
        ):
            previous = segments.pop()  # the same status reported again: one segment
            segments.append(
                Segment(
                    previous.start,
                    end,
                    statuses,
                    previous.evidence + tuple(t.id for t in reports),
                    previous.certain_from,
                    previous.precision,
                    previous.uncertain or any(t.id in uncertain for t in reports),
                )
            )
            continue
        segments.append(
            Segment(
                start,
                end,
                statuses,
                tuple(t.id for t in reports),
                certain,
                finest.when.precision if finest.when else DatePrecision.DAY,
                any(t.id in uncertain for t in reports),
            )
        )
    return segments, undated


def event_marks(
    events: list[Event],
    tags: list[Tag],
    types: frozenset[EventType] = frozenset(),
    include_unused: bool = False,
) -> list[EventMark]:
    """Marks for dated events (of ``types`` if given) that tags refer to, with those tags
    as evidence; events no tag refers to only with ``include_unused``."""
    evidence: dict[int, list[TagId]] = {}
    for tag in tags:
        if tag.kind == TagKind.EVENT:
            evidence.setdefault(tag.entry_id, []).append(tag.id)
    marks = []
    for event in events:
        if event.when is None or (types and event.type not in types):
            continue
        if not include_unused and event.id not in evidence:
            continue
        marks.append(
            EventMark(
                event.id,
                event.name,
                event.type,
                event.when.first_day,
                event.when.last_day,
                event.when.precision,
                tuple(evidence.get(event.id, ())),
            )
        )
    return sorted(marks, key=lambda m: (m.start, m.name))


def time_range(lanes: list[Lane], marks: list[EventMark], today: date) -> tuple[date, date]:
    """The span the axis must show, with a little room on both sides."""
    days = [s.start for lane in lanes for s in lane.segments]
    days += [s.end for lane in lanes for s in lane.segments if s.end]
    days += [m.start for m in marks] + [m.end for m in marks]
    if not days:
        return today - timedelta(days=365), today
    latest = max(days)
    # Open-ended statuses run on to today, but at most 90 days past the last report.
    first, last = min(days), max(latest, min(today, latest + timedelta(days=90)))
    return first - timedelta(days=30), last + timedelta(days=30)


def _precision_rank(when: FuzzyDate | None) -> int:
    order = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}
    return order[when.precision] if when else 3


def _certain_from(when: FuzzyDate | None) -> date:
    assert when is not None
    if when.end is not None or when.precision == DatePrecision.DAY:
        return when.first_day
    return when.last_day + timedelta(days=1)
