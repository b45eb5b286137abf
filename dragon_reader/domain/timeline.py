"""The timeline's content as plain data: each channel's status segments and the events,
derived from tags. Pure functions; the view only draws what they return.

A channel's status holds from the first day of the date a tag refers to until the next
reported status (the last one is open-ended). Dates keep their precision: a month-precision
report is uncertain over its whole month (``start``..``certain_from``), and the view draws
that uncertainty. Tags about the same channel whose dates start on the same day but report
different statuses make a *conflict* segment instead of one silently winning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

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


class StatusReport(Protocol):
    """What ``channel_segments`` reads of a tag (a ``Tag`` or a lighter row)."""

    @property
    def id(self) -> TagId: ...

    @property
    def kind(self) -> TagKind: ...

    @property
    def status(self) -> ChannelStatus | None: ...

    @property
    def when(self) -> FuzzyDate | None: ...


def channel_segments(
    tags: Sequence[StatusReport], uncertain: frozenset[TagId] = frozenset()
) -> tuple[list[Segment], int]:
    """Segments of one channel from its tags; also how many status tags had no date. A
    segment is ``uncertain`` when a report behind it is in ``uncertain``.

    Linear in the number of tags: reports of the same status in a row are gathered into
    one run before any segment is made.
    """
    channel = TagKind.CHANNEL
    groups: dict[date, list[StatusReport]] = {}
    undated = 0
    for tag in tags:
        if tag.kind != channel or not tag.status:
            continue
        when = tag.when
        if when is None:
            undated += 1
            continue
        group = groups.get(when.start)  # the first day it may mean
        if group is None:
            groups[when.start] = [tag]
        else:
            group.append(tag)
    # Each run: start, statuses, evidence, certain-from day, precision, uncertain.
    runs: list[tuple[date, tuple[ChannelStatus, ...], list[TagId], date, DatePrecision, bool]] = []
    for start in sorted(groups):
        reports = groups[start]
        if len(reports) == 1:  # most days have one report: no gathering to do
            only = reports[0]
            statuses: tuple[ChannelStatus, ...] = (only.status,)  # type: ignore[assignment]
            if runs and runs[-1][1] == statuses:
                runs[-1][2].append(only.id)  # the same status reported again
                if only.id in uncertain and not runs[-1][5]:
                    runs[-1] = (*runs[-1][:5], True)
                continue
            when = only.when
            assert when is not None
            runs.append(
                (
                    start,
                    statuses,
                    [only.id],
                    _certain_from(when),
                    when.precision,
                    only.id in uncertain,
                )
            )
            continue
        statuses = tuple(dict.fromkeys(t.status for t in reports if t.status))
        if runs and len(statuses) == 1 and runs[-1][1] == statuses:
            runs[-1][2].extend(t.id for t in reports)  # the same status reported again
            if any(t.id in uncertain for t in reports):
                runs[-1] = (*runs[-1][:5], True)
            continue
        finest = min(reports, key=lambda t: _precision_rank(t.when))
        runs.append(
            (
                start,
                statuses,
                [t.id for t in reports],
                _certain_from(finest.when),
                finest.when.precision if finest.when else DatePrecision.DAY,
                any(t.id in uncertain for t in reports),
            )
        )
    return [
        Segment(
            start,
            runs[index + 1][0] if index + 1 < len(runs) else None,
            statuses,
            tuple(evidence),
            certain,
            precision,
            doubtful,
        )
        for index, (start, statuses, evidence, certain, precision, doubtful) in enumerate(runs)
    ], undated


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
    return event_marks_with_evidence(events, evidence, types, include_unused)


def event_marks_with_evidence(
    events: list[Event],
    evidence: Mapping[int, Sequence[TagId]],
    types: frozenset[EventType] = frozenset(),
    include_unused: bool = False,
) -> list[EventMark]:
    """Marks for dated events (of ``types`` if given), ``evidence`` giving each event's
    tag ids; events without evidence only with ``include_unused``."""
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


_PRECISION_ORDER = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}


def _precision_rank(when: FuzzyDate | None) -> int:
    return _PRECISION_ORDER[when.precision] if when else 3


def _certain_from(when: FuzzyDate | None) -> date:
    assert when is not None
    if when.end is not None or when.precision == DatePrecision.DAY:
        return when.first_day
    return when.last_day + timedelta(days=1)
