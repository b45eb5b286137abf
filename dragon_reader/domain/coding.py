"""The codebook (events and channels) and tags: the analyst's coding of what articles say.

Everything here is plain data and rules: parsing and ordering dates of different precision,
and deriving a channel's status history from its tags.
"""

from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar, NewType, Self

TagId = NewType("TagId", int)
EventId = NewType("EventId", int)
ChannelId = NewType("ChannelId", int)


class TagKind(enum.StrEnum):
    """What a tag links its span to."""

    EVENT = "event"
    CHANNEL = "channel"


class VocabularyKey(str):
    """The key of a value of one of the analyst's vocabularies (``domain.vocabularies``):
    what a codebook entry or a tag stores. The vocabularies live in the database, so any
    key the analyst adds is as good as the starter keys the subclasses name as constants
    (the code's defaults). ``value`` is the key as plain text.

    Raises ``ValueError`` for text that cannot be a key (lower-case letters, digits,
    spaces, ``_`` and ``-``, at most 32).
    """

    __slots__ = ()
    STARTER: ClassVar[tuple[str, ...]] = ()  # the starter vocabulary's keys, in its order

    def __new__(cls, key: str) -> Self:
        text = str.__str__(key)
        if not _KEY.match(text):
            msg = f"{text!r} cannot be a key: use lower-case letters, digits, spaces, _ or -"
            raise ValueError(msg)
        return super().__new__(cls, text)

    @property
    def value(self) -> str:
        """The key as stored."""
        return str.__str__(self)


_KEY = re.compile(r"^[a-z0-9][a-z0-9 _-]{0,31}$")


class EventType(VocabularyKey):
    """A key of the event types; the constants are the starter vocabulary's."""

    __slots__ = ()
    STARTER: ClassVar[tuple[EventType, ...]]
    SUMMIT: ClassVar[EventType]
    MEETING: ClassVar[EventType]
    TALKS: ClassVar[EventType]
    CALL: ClassVar[EventType]
    VISIT: ClassVar[EventType]
    INCIDENT: ClassVar[EventType]
    STATEMENT: ClassVar[EventType]
    SANCTION: ClassVar[EventType]
    EXERCISE: ClassVar[EventType]
    OTHER: ClassVar[EventType]


class ChannelLevel(VocabularyKey):
    """A key of the channel levels (who talks through a channel)."""

    __slots__ = ()
    STARTER: ClassVar[tuple[ChannelLevel, ...]]
    LEADERS: ClassVar[ChannelLevel]
    MINISTERS: ClassVar[ChannelLevel]
    MILITARY: ClassVar[ChannelLevel]
    WORKING: ClassVar[ChannelLevel]


class ChannelStatus(VocabularyKey):
    """A key of the channel statuses (the state of a channel that a text reports); whether
    a status is open is the vocabulary's ``is_open``."""

    __slots__ = ()
    STARTER: ClassVar[tuple[ChannelStatus, ...]]
    ACTIVE: ClassVar[ChannelStatus]
    PROPOSED: ClassVar[ChannelStatus]
    SUSPENDED: ClassVar[ChannelStatus]
    SEVERED: ClassVar[ChannelStatus]
    REFUSED: ClassVar[ChannelStatus]
    RESUMED: ClassVar[ChannelStatus]


def _starter_keys(cls: type[VocabularyKey], keys: dict[str, str]) -> None:
    for name, key in keys.items():
        setattr(cls, name, cls(key))
    cls.STARTER = tuple(cls(key) for key in keys.values())


_starter_keys(
    EventType,
    {
        "SUMMIT": "summit",
        "MEETING": "meeting",
        "TALKS": "talks",
        "CALL": "call",
        "VISIT": "visit",
        "INCIDENT": "incident",
        "STATEMENT": "statement",
        "SANCTION": "sanction",
        "EXERCISE": "exercise",
        "OTHER": "other",
    },
)
_starter_keys(
    ChannelLevel,
    {
        "LEADERS": "leaders",
        "MINISTERS": "ministers",
        "MILITARY": "military",
        "WORKING": "working level",
    },
)
_starter_keys(
    ChannelStatus,
    {
        "ACTIVE": "active",
        "PROPOSED": "proposed",
        "SUSPENDED": "suspended",
        "SEVERED": "severed",
        "REFUSED": "refused",
        "RESUMED": "resumed",
    },
)


class DatePrecision(enum.StrEnum):
    """How exactly a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_DATE_FORMS = (  # a month or day of one digit is taken too ("2023-5-3")
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), DatePrecision.DAY),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), DatePrecision.MONTH),
    (re.compile(r"^(\d{4})$"), DatePrecision.YEAR),
)


@dataclass(frozen=True, slots=True, order=True)
class FuzzyDate:
    """A date known to a day, a month or a year, optionally a range (``end`` inclusive).

    Written as ISO 8601: ``2023-11-15``, ``2023-11``, ``2024``, or a range
    ``2023-05-10/2023-05-11``. ``first_day`` and ``last_day`` bound what it may mean.
    """

    start: date
    precision: DatePrecision = DatePrecision.DAY
    end: date | None = field(default=None, compare=False)

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Parse the ISO forms above; raises ``ValueError`` with a readable message."""
        text = text.strip()
        if "/" in text:
            left, right = (part.strip() for part in text.split("/", 1))
            first, last = cls.parse(left), cls.parse(right)
            if first.precision != DatePrecision.DAY or last.precision != DatePrecision.DAY:
                msg = "a date range needs two full dates, e.g. 2023-05-10/2023-05-11"
                raise ValueError(msg)
            if last.start < first.start:
                msg = "a date range must not end before it starts"
                raise ValueError(msg)
            return cls(first.start, DatePrecision.DAY, last.start)
        for pattern, precision in _DATE_FORMS:
            match = pattern.match(text)
            if match:
                parts = [int(p) for p in match.groups()] + [1] * (3 - len(match.groups()))
                try:
                    return cls(date(parts[0], parts[1], parts[2]), precision)
                except ValueError as exc:
                    msg = f"{text!r} is not a real date"
                    raise ValueError(msg) from exc
        msg = f"{text!r} is not a date: write 2023-11-15, 2023-11 or 2023"
        raise ValueError(msg)

    @property
    def first_day(self) -> date:
        """The earliest day the date may mean."""
        return self.start

    @property
    def last_day(self) -> date:
        """The latest day the date may mean."""
        if self.end is not None:
            return self.end
        if self.precision == DatePrecision.YEAR:
            return date(self.start.year, 12, 31)
        if self.precision == DatePrecision.MONTH:
            days = calendar.monthrange(self.start.year, self.start.month)[1]
            return date(self.start.year, self.start.month, days)
        return self.start

    def __str__(self) -> str:
        if self.end is not None:
            return f"{self.start.isoformat()}/{self.end.isoformat()}"
        if self.precision == DatePrecision.YEAR:
            return f"{self.start.year:04d}"
        if self.precision == DatePrecision.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()


@dataclass(frozen=True, slots=True)
class Event:
    """A codebook event: a summit, a call, a visit, an incident, …"""

    id: EventId
    name: str
    type: EventType = EventType.OTHER
    when: FuzzyDate | None = None
    place: str = ""
    participants: tuple[str, ...] = ()
    description: str = ""
    tag_count: int = 0


@dataclass(frozen=True, slots=True)
class Channel:
    """A codebook channel: a line of communication between the two sides."""

    id: ChannelId
    name: str
    level: ChannelLevel = ChannelLevel.WORKING
    party_a: str = ""
    party_b: str = ""
    description: str = ""
    tag_count: int = 0


@dataclass(frozen=True, slots=True)
class Tag:
    """A span of an article linked to one event or one channel.

    For a channel tag, ``status`` is the channel's state the text reports and ``when`` the
    date it refers to. ``note`` is Markdown, shown rendered and sanitised.
    """

    id: TagId
    article_id: int
    start: int
    end: int
    text: str
    kind: TagKind
    entry_id: int
    entry_name: str
    status: ChannelStatus | None = None
    when: FuzzyDate | None = None
    confidence: float | None = None
    note: str = ""
    annotator: str = ""
    session_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 1  # raised by every change; an edit of an older version is refused
    coder: str | None = None  # the database role that made it (team databases)
    curated: bool = False  # part of the curated set (a curator's adjudication)


@dataclass(frozen=True, slots=True)
class StatusPoint:
    """One step of a channel's status history, with the tag that reports it."""

    when: FuzzyDate | None
    status: ChannelStatus
    tag_id: TagId
    article_id: int
    text: str


def status_history(tags: list[Tag]) -> list[StatusPoint]:
    """A channel's status history from its tags, ordered by the date each refers to.

    Tags without a status are skipped; tags without a date come last, in creation order.
    Equal dates keep creation order, so conflicting reports stay side by side.
    """
    points = [
        StatusPoint(tag.when, tag.status, tag.id, tag.article_id, tag.text)
        for tag in tags
        if tag.kind == TagKind.CHANNEL and tag.status is not None
    ]
    order = {tag.id: index for index, tag in enumerate(tags)}
    points.sort(
        key=lambda p: (
            p.when is None,
            p.when.first_day if p.when else date.min,
            p.when.last_day if p.when else date.min,
            order[p.tag_id],
        )
    )
    return points


def current_status(tags: list[Tag]) -> StatusPoint | None:
    """The latest dated status of a channel (or the latest undated one), if any."""
    history = status_history(tags)
    dated = [p for p in history if p.when is not None]
    if dated:
        return dated[-1]
    return history[-1] if history else None


def validate_span(text: str, start: int, end: int) -> None:
    """Raise ``ValueError`` unless ``(start, end)`` is a non-empty span inside ``text``."""
    if not 0 <= start < end <= len(text):
        msg = f"span ({start}, {end}) is not inside the article (0–{len(text)})"
        raise ValueError(msg)
    if not text[start:end].strip():
        msg = "a tag needs some text, not only spaces"
        raise ValueError(msg)


def parse_day(text: str) -> date:
    """``text`` as one calendar day (``2024-03-05``); raises ``ValueError`` with a readable
    message for anything else (a month, a range, words, a day that does not exist)."""
    written = text.strip()
    try:
        found = FuzzyDate.parse(written)
    except ValueError as exc:
        if "real date" in str(exc):
            raise
        msg = f"{written!r} is not a date: write the day as YYYY-MM-DD, e.g. 2024-03-05"
        raise ValueError(msg) from None
    if found.end is not None:
        msg = f"{written!r} is a range: write one day, e.g. {found.start.isoformat()}"
        raise ValueError(msg)
    if found.precision == DatePrecision.MONTH:
        msg = f"{written!r} is a month: write the day too, e.g. {found.start.isoformat()[:7]}-15"
        raise ValueError(msg)
    if found.precision == DatePrecision.YEAR:
        msg = f"{written!r} is a year: write the day too, e.g. {found.start.year}-03-05"
        raise ValueError(msg)
    return found.start
