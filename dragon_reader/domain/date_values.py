"""What a date phrase in an article means, against the article's publication date.

``resolve_phrase`` reads one phrase ("on Monday", "late last year", "more than two years")
and gives a ``DateValue`` in TIMEX3-like conventions:

- ``point``: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ISO week ``YYYY-Www``, quarter
  ``YYYY-Qn``, half ``YYYY-Hn``, decade ``YYY``; part of a period is the period plus a
  ``qualifier`` (``early``, ``mid``, ``late``, ``start``, ``end``, ``earlier``, ``summer`` …);
- ``range``: ``START/END``, both ends included;
- ``DURATION`` (``P2Y``, ``PXW`` where no number is given), ``AGE`` (``P34Y``), ``SET``
  (``P1Y`` for "every year"), ``VAGUE`` (``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``).
  These never become calendar dates.

Relative phrases follow the sentence's tense (``Tense``): in a past report a weekday is the
most recent such day on or before the anchor (the anchor's own weekday is the anchor), a
month or a month and day without a year the most recent one not after the anchor; in a
future one the next. Where the tense does not decide, the value takes the past reading,
``ambiguous`` is set and ``alternatives`` holds the other reading.

``resolve_mentions`` resolves every date of a text at once: the tense from the words
around each date, a year carried from an earlier date of the same paragraph, a weekday
written next to a date ("Friday (Aug 5)", "Tuesday, Jan. 9") taking that date.
Plain Python: no I/O, no clock (the anchor is always given).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from dragon_reader.domain.coding import DatePrecision, FuzzyDate
from dragon_reader.domain.publication import KnownEvent
from dragon_reader.domain.text import ends_sentence


class DateClass(StrEnum):
    """What kind of time a phrase names."""

    POINT = "point"
    RANGE = "range"
    DURATION = "DURATION"
    AGE = "AGE"
    SET = "SET"
    VAGUE = "VAGUE"


class Tense(StrEnum):
    """The time a sentence reports, as far as a date's resolution needs it."""

    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


CALENDAR = frozenset({DateClass.POINT, DateClass.RANGE})


@dataclass(frozen=True)
class DateValue:
    """The meaning of one date phrase.

    ``value`` is ``None`` only for a calendar phrase that cannot be resolved (no anchor,
    or knowledge the text does not give, such as "the third anniversary" of something).
    ``reading`` says in words how the value was found ("the Monday before publication").
    """

    value: str | None
    date_class: DateClass
    qualifier: str | None = None
    ambiguous: bool = False
    alternatives: tuple[str, ...] = ()
    reading: str = ""

    @property
    def is_calendar(self) -> bool:
        """A point or range in the calendar (not a duration, age, set or vague phrase)."""
        return self.date_class in CALENDAR and self.value is not None

    def fuzzy(self) -> FuzzyDate | None:
        """The value as a ``FuzzyDate`` (a day, month, year or a day range), or ``None``
        for values that are not calendar points. Weeks, quarters and halves become day
        ranges; decades the ten years as a day range."""
        if not self.is_calendar or self.value is None:
            return None
        return value_to_fuzzy(self.value)


@dataclass(frozen=True)
class ResolvedDate:
    """A date mention of a text with its value: ``text[start:end]`` is ``phrase``."""

    start: int
    end: int
    phrase: str
    value: DateValue
    tense: Tense = field(default=Tense.UNKNOWN, compare=False)


# -- the vocabulary ----------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_NUMBERS = {
    name: number
    for number, name in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINALS = {
    name: number
    for number, name in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split()
    )
} | {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}
_UNIT_CODES = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
    "quarter": "Q",
}
_QUANTITY_QUALIFIERS = {
    "more than": "more_than",
    "over": "more_than",
    "just over": "more_than",
    "upwards of": "more_than",
    "at least": "equal_or_more",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "just under": "less_than",
    "up to": "equal_or_less",
    "at most": "equal_or_less",
    "nearly": "approx_less",
    "almost": "approx_less",
    "close to": "approx_less",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
}
_PART_QUALIFIERS = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "earlier": "earlier",
    "later": "later",
    "end": "end",
    "close": "end",
    "beginning": "start",
    "start": "start",
    "turn": "start",
    "middle": "mid",
}
_SEASONS = {"spring", "summer", "fall", "autumn", "winter"}

_MONTH_RE = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MOD_RE = r"(?:(?P<mod>early|mid|late|earlier|later)[- ])?"


def _n(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern + r"$")


_MONTH_DAY = _n(
    rf"{_MOD_RE}{_MONTH_RE} (?P<day>{_DAY_RE})"
    rf"(?:(?:\s?[-–]\s?| to | through )(?:{_MONTH_RE.replace('month', 'month2')} )?"
    rf"(?P<day2>{_DAY_RE}))?(?:,?\s?(?P<year>{_YEAR_RE}))?"
)
_DAY_MONTH = _n(
    rf"(?P<day>{_DAY_RE})(?:\s?[-–]\s?(?P<day2>{_DAY_RE}))? {_MONTH_RE}(?:,? (?P<year>{_YEAR_RE}))?"
)
_ISO_DAY = _n(r"(?P<year>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
_MONTH_YEAR = _n(rf"{_MOD_RE}{_MONTH_RE}(?:,? (?:of )?(?P<year>{_YEAR_RE}))?")
_MONTH_REL_YEAR = _n(rf"{_MOD_RE}{_MONTH_RE} of (?P<rel>last|this|next) year")
_YEAR_ONLY = _n(rf"(?:the )?{_MOD_RE}(?P<year>{_YEAR_RE})")
_YEAR_RANGE = _n(rf"(?P<year>{_YEAR_RE})\s?[-–]\s?(?P<year2>{_YEAR_RE}|\d\d)")
_DECADE = _n(r"(?:the )?(?:(?P<mod>early|mid|late)[- ])?(?P<decade>1[89]\d|20\d)0s")
_SEASON = _n(
    rf"(?:the )?{_MOD_RE}(?P<season>spring|summer|fall|autumn|winter) (?:of )?"
    rf"(?:(?P<year>{_YEAR_RE})|(?P<rel>last|this|next) year)"
)
_WEEKDAY = _n(rf"(?:(?P<rel>last|this|next|past|coming) )?(?P<weekday>{_WEEKDAY_RE})")
_WEEKDAY_RANGE = _n(
    rf"(?P<weekday>{_WEEKDAY_RE})(?: to | through | until |\s?[-–]\s?)(?P<weekday2>{_WEEKDAY_RE})"
)
_RELATIVE = _n(
    rf"{_MOD_RE.replace('[- ]', ' ')}(?P<rel>last|this past|this|next|past|coming) "
    r"(?P<noun>week|weekend|month|year|decade|spring|summer|fall|autumn|winter|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
_DEICTIC = _n(r"(?P<word>today|yesterday|tomorrow)")
_NUMBER_RE = (
    r"(?P<num>\d+(?:\.\d+)?|an?|a few|a couple(?: of)?|several|many|a half|a dozen|"
    r"dozens of|hundreds of|(?:one|two|three|a) and a half|"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?)?"
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)?|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred)"
)
_QUANTITY_RE = "(?:(?P<quant>" + "|".join(sorted(_QUANTITY_QUALIFIERS, key=len)[::-1]) + ") )?"
_UNIT_RE = r"(?P<unit>day|week|month|year|decade|centur(?:y|ie))s?"
_AGO = _n(rf"{_QUANTITY_RE}{_NUMBER_RE} {_UNIT_RE} ago")
# "a year earlier", "two days later": from the date the passage is about
_SHIFTED = _n(rf"{_QUANTITY_RE}{_NUMBER_RE}[- ]{_UNIT_RE} (?P<dir>earlier|later)")
_YEARS_OLD = _n(rf"{_NUMBER_RE} (?P<unit>year)s? old")
_COUNTED = _n(
    rf"{_QUANTITY_RE}{_NUMBER_RE}(?P<sep>[- ])(?:(?:consecutive|straight|successive|full) )?"
    rf"{_UNIT_RE}(?P<old>-old)?"
    r"(?: (?:and a half|or so|or more))?"
)
_PAST_N = _n(
    r"(?:the )?(?P<rel>past|last|next|coming|previous|following|preceding|same) "
    rf"(?:(?:{_NUMBER_RE}|few|couple of|several) )?{_UNIT_RE}"
)
_EVERY = _n(
    r"(?:every|each) (?:(?P<other>other) )?(?:(?P<num>\d+|two|three|four|five|ten) )?"
    r"(?P<unit>day|week|month|year|decade)s?"
)
_LONG = _n(r"(?P<unit>day|week|month|year|decade)-?long")
_BARE_PLURAL = _n(r"(?:recent |coming |these )?(?P<unit>day|week|month|year|decade)s")
_PART_OF = _n(r"the (?P<part>end|beginning|start|middle|turn|close) of (?P<rest>.+)")
# "year-end", "year's end", "month-end": the end of the period of publication
_PERIOD_END = _n(r"(?P<unit>year|month)(?:[- ]end|'s end)")
_HALF_QUARTER = _n(
    r"(?:the )?(?P<ord>first|second|third|fourth|last|final|\d(?:st|nd|rd|th))[ -]"
    r"(?P<kind>half|quarter)(?: of (?P<rest>.+))?"
)
_ANNIVERSARY = _n(r"(?:the )?\w+ anniversary|the \w+ day")


# -- calendar arithmetic -----------------------------------------------------------------


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_year(month: int, anchor: date, future: bool) -> int:
    """The year of a month named without one: the most recent not after the anchor (the
    anchor's own month included), or in the future the next one from the anchor's."""
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _month_day_date(month: int, day: int, anchor: date, future: bool) -> date | None:
    """A month and day without a year: the most recent not after the anchor, or the next
    on or after it in the future; ``None`` when no year has that day (Feb. 30)."""
    step = 1 if future else -1
    year = anchor.year
    for _ in range(9):  # a leap day is at most eight years away
        try:
            candidate = date(year, month, day)
        except ValueError:
            year += step
            continue
        if future and candidate < anchor:
            year += 1
            continue
        if not future and candidate > anchor:
            year -= 1
            continue
        return candidate
    return None


def _weekday_date(weekday: int, anchor: date, future: bool, strict: bool = False) -> date:
    """The weekday on or before the anchor (past), or after it (future); ``strict``
    excludes the anchor itself."""
    if future:
        ahead = (weekday - anchor.weekday()) % 7
        if ahead == 0 and strict:
            ahead = 7
        return anchor + timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return anchor - timedelta(days=back)


def _number(text: str | None) -> int | None:
    """A count written in digits or words; ``None`` when not a definite number."""
    if text is None:
        return None
    text = text.strip().lower()
    if text in {"a", "an", "one"}:
        return 1
    if text.isdigit():
        return int(text)
    if text in _NUMBERS:
        return _NUMBERS[text]
    parts = re.split(r"[- ]", text)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0)
    if text == "a dozen":
        return 12
    if text == "hundred":
        return 100
    return None


def _fraction(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.lower()
    if text.endswith("and a half"):
        whole = _number(text.split(" and ")[0])
        return f"{whole}.5" if whole is not None else None
    if text == "a half":
        return "0.5"
    if re.fullmatch(r"\d+\.\d+", text):
        return text
    return None


def _duration(num: str | None, unit: str) -> str:
    code = _UNIT_CODES[unit]
    if (fraction := _fraction(num)) is not None:
        return f"P{fraction}{code}"
    count = _number(num)
    return f"P{count if count is not None else 'X'}{code}"


def value_to_fuzzy(value: str) -> FuzzyDate | None:
    """A calendar value (point or range) as a ``FuzzyDate``; ``None`` if not one."""
    if "/" in value:
        left, right = (value_to_fuzzy(part) for part in value.split("/", 1))
        if left is None or right is None:
            return None
        if left.first_day > right.last_day:
            return None
        if left.precision == right.precision == DatePrecision.YEAR and left.end is None:
            return FuzzyDate(left.first_day, DatePrecision.DAY, right.last_day)
        return FuzzyDate(left.first_day, DatePrecision.DAY, right.last_day)
    if match := re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if value.endswith("-WE"):
            return FuzzyDate(monday + timedelta(days=5), DatePrecision.DAY, monday + timedelta(6))
        return FuzzyDate(monday, DatePrecision.DAY, monday + timedelta(days=6))
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(match[1]), int(match[2])
        last_month = quarter * 3
        days = calendar.monthrange(year, last_month)[1]
        return FuzzyDate(
            date(year, last_month - 2, 1), DatePrecision.DAY, date(year, last_month, days)
        )
    if match := re.fullmatch(r"(\d{4})-H([12])", value):
        year, half = int(match[1]), int(match[2])
        if half == 1:
            return FuzzyDate(date(year, 1, 1), DatePrecision.DAY, date(year, 6, 30))
        return FuzzyDate(date(year, 7, 1), DatePrecision.DAY, date(year, 12, 31))
    if re.fullmatch(r"\d{3}", value):
        first = int(value) * 10
        return FuzzyDate(date(first, 1, 1), DatePrecision.DAY, date(first + 9, 12, 31))
    try:
        return FuzzyDate.parse(value)
    except ValueError:
        return None


def value_last_day(value: str) -> date | None:
    """The latest day a calendar value may mean (``None`` for other values)."""
    fuzzy = value_to_fuzzy(value)
    return fuzzy.last_day if fuzzy is not None else None


def value_first_day(value: str) -> date | None:
    """The earliest day a calendar value may mean (``None`` for other values)."""
    fuzzy = value_to_fuzzy(value)
    return fuzzy.first_day if fuzzy is not None else None


# -- resolving one phrase ----------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    anchor: date | None
    tense: Tense
    year: int | None = None  # a year the passage gives, for a month without one
    ref_month: int | None = None  # the month of that passage date, if it names one


# Fixed-date holidays, read as the month and day they fall on.
_HOLIDAYS = {
    "christmas": "december 25",
    "christmas day": "december 25",
    "christmas eve": "december 24",
    "new year's day": "january 1",
    "new year's eve": "december 31",
    "boxing day": "december 26",
}
_HOLIDAY_RE = re.compile(
    r"(?P<name>" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + r")(?P<rest>,? \d{4})?"
)


def _normal(phrase: str) -> str:
    text = " ".join(phrase.replace("\u2019", "'").split()).lower()
    text = (
        text.rstrip(".")
        if not re.search(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$", text)
        else text
    )
    if (holiday := _HOLIDAY_RE.fullmatch(text)) is not None:
        return _HOLIDAYS[holiday["name"]] + (holiday["rest"] or "")
    return text


def _point(value: str, qualifier: str | None = None, reading: str = "") -> DateValue:
    return DateValue(value, DateClass.POINT, qualifier, reading=reading)


def _with_alternative(main: DateValue, other: str | None) -> DateValue:
    if other is None or other == main.value:
        return main
    return DateValue(
        main.value,
        main.date_class,
        main.qualifier,
        ambiguous=True,
        alternatives=(other,),
        reading=main.reading + " (or the one after, if the sentence is about the future)"
        if main.reading
        else "",
    )


def resolve_phrase(
    phrase: str,
    anchor: date | None,
    tense: Tense = Tense.UNKNOWN,
    *,
    passage_year: int | None = None,
    passage_month: int | None = None,
) -> DateValue:
    """The value of ``phrase`` against ``anchor`` (the publication date) in a sentence of
    ``tense``. ``passage_year``: a year an earlier date of the same passage gave
    ("In March 2021 … In April" means April 2021), with that date's month if it had one.

    Never raises: a phrase it does not understand is a point without a value (or a
    duration when it counts units). A past-tense point never lies after ``anchor``.
    """
    return _resolve(_normal(phrase), _Context(anchor, tense, passage_year, passage_month))


@lru_cache(maxsize=4096)
def _resolve(text: str, context: _Context) -> DateValue:
    for reader in _READERS:
        found = reader(text, context)
        if found is not None:
            return found
    return DateValue(None, DateClass.POINT, reading="not understood")


def _read_vague(text: str, context: _Context) -> DateValue | None:
    if re.fullmatch(
        r"(?:the )?(?:coming|next few|next several) (?:days|weeks|months|years|decades)", text
    ):
        return DateValue("FUTURE_REF", DateClass.VAGUE, reading="some time ahead")
    if re.fullmatch(
        r"the (?:near|foreseeable|distant|not-too-distant|immediate) future|"
        r"the (?:days|weeks|months|years|decades) (?:ahead|to come)",
        text,
    ):
        return DateValue("FUTURE_REF", DateClass.VAGUE, reading="some time ahead")
    if re.fullmatch(r"recent (?:days|weeks|months|years|decades)|the past", text):
        return DateValue("PAST_REF", DateClass.VAGUE, reading="some time before")
    if text in {"these days", "nowadays"}:
        return DateValue("PRESENT_REF", DateClass.VAGUE, reading="the present")
    if _SHIFTED.match(text) or re.fullmatch(r"(?:(?:earlier|later) )?that \w+", text):
        return DateValue(None, DateClass.POINT, reading="relative to a date before")
    if match := _YEARS_OLD.match(text):
        return DateValue(_duration(match["num"], "year"), DateClass.AGE, reading="an age")
    if match := _AGO.match(text):
        count = _number(match["num"])
        if count is None or match["quant"] is not None or context.anchor is None:
            return DateValue("PAST_REF", DateClass.VAGUE, reading="some time before")
        return _ago(count, match["unit"], context.anchor)
    return None


def _ago(count: int, unit: str, anchor: date) -> DateValue:
    reading = f"{count} {unit}(s) before publication"
    if unit == "day":
        return _point((anchor - timedelta(days=count)).isoformat(), reading=reading)
    if unit == "week":
        return _point(_iso_week(anchor - timedelta(weeks=count)), reading=reading)
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, -count)
        return _point(_month_value(year, month), reading=reading)
    if unit == "year":
        return _point(f"{anchor.year - count:04d}", reading=reading)
    if unit == "decade":
        return _point(f"{anchor.year - 10 * count:04d}", reading=reading)
    return DateValue("PAST_REF", DateClass.VAGUE, reading="some time before")


_ANOTHER = _n(
    r"another (?:(?P<num>[\w-]+(?: and a half)?) )?(?P<unit>day|week|month|year|decade)s?"
)
_QUARTERS = _n(rf"{_QUANTITY_RE}(?P<num>\d+|\w+) quarters")
_NTH_STRAIGHT = _n(
    r"(?:a|the) (?:(?P<num>\d+)(?:st|nd|rd|th)|(?P<ord>[a-z]+)) "
    r"(?:straight|consecutive|successive|full) "
    r"(?P<unit>day|week|month|quarter|year)"
)
_MONTH_QUARTER = _n(r"the (?P<month>march|june|september|december) quarter")


def _read_more_counts(text: str, context: _Context) -> DateValue | None:
    """ "another month" and "two quarters" (durations), "a third straight year" (the
    stretch it completes), "the September quarter" (the quarter ending that month)."""
    if match := _ANOTHER.fullmatch(text):
        return DateValue(
            _duration(match["num"] or "one", match["unit"]),
            DateClass.DURATION,
            reading="a further stretch of time",
        )
    if match := _QUARTERS.fullmatch(text):
        count = _number(match["num"])
        qualifier = _QUANTITY_QUALIFIERS.get(match["quant"] or "")
        value = f"P{count if count is not None else 'X'}Q"
        return DateValue(value, DateClass.DURATION, qualifier, reading="a stretch of time")
    if match := _NTH_STRAIGHT.fullmatch(text):
        count = int(match["num"]) if match["num"] else _ORDINALS.get(match["ord"])
        value = f"P{count if count else 'X'}{_UNIT_CODES[match['unit']]}"
        return DateValue(value, DateClass.DURATION, reading="a run of periods in a row")
    if (match := _MONTH_QUARTER.fullmatch(text)) and context.anchor is not None:
        number = _MONTHS[match["month"]] // 3
        ordinal = ("first", "second", "third", "fourth")[number - 1]
        year = _nearest_period_year(ordinal, "quarter", context.anchor, context.tense, False)
        return _point(f"{year:04d}-Q{number}", reading=f"the quarter ending in {match['month']}")
    return None


def _read_counted(text: str, context: _Context) -> DateValue | None:  # noqa: PLR0912
    if match := _EVERY.match(text):
        count = _number(match["num"]) or 1
        if match["other"]:
            count *= 2
        return DateValue(
            f"P{count}{_UNIT_CODES[match['unit']]}", DateClass.SET, reading="repeatedly"
        )
    if match := _PAST_N.match(text):
        rel, unit = match["rel"], match["unit"]
        plural = text.endswith("s")
        if rel in {"coming", "next", "following"} and not match["num"] and plural:
            return DateValue("FUTURE_REF", DateClass.VAGUE, reading="some time ahead")
        if rel in {"past", "last", "previous", "preceding"} and not match["num"] and plural:
            value = _duration(None, unit)
            return DateValue(value, DateClass.DURATION, reading="a stretch of time")
        if not text.startswith("the ") and not match["num"]:
            return None
        if rel == "same" or (
            not match["num"] and not plural and rel in {"previous", "preceding", "following"}
        ):
            # "the following day", "the same week": from the date the passage is about.
            return DateValue(None, DateClass.POINT, reading="relative to a date before")
        if not plural or match["num"]:
            value = _duration(match["num"] or "one", unit)
            return DateValue(value, DateClass.DURATION, reading="a stretch of time")
    if match := _COUNTED.match(text):
        num, unit = match["num"], match["unit"]
        if not num:
            return None
        if match["old"]:
            return DateValue(_duration(num, unit), DateClass.AGE, reading="an age")
        qualifier = _QUANTITY_QUALIFIERS.get(match["quant"] or "")
        if text.endswith("or so"):
            qualifier = "approx"
        elif text.endswith("or more"):
            qualifier = "equal_or_more"
        value = _duration(num, unit)
        if text.endswith("and a half") and (whole := _number(num)) is not None:
            value = f"P{whole}.5{_UNIT_CODES[unit]}"
        return DateValue(value, DateClass.DURATION, qualifier, reading="a stretch of time")
    if match := _LONG.fullmatch(text):
        return DateValue(
            f"P1{_UNIT_CODES[match['unit']]}", DateClass.DURATION, reading="a stretch of time"
        )
    if match := _BARE_PLURAL.match(text):
        if text.startswith("recent"):
            return DateValue("PAST_REF", DateClass.VAGUE, reading="some time before")
        if text.startswith("coming"):
            return DateValue("FUTURE_REF", DateClass.VAGUE, reading="some time ahead")
        if text.startswith("these"):
            return DateValue("PRESENT_REF", DateClass.VAGUE, reading="the present")
        return DateValue(
            _duration(None, match["unit"]), DateClass.DURATION, reading="a stretch of time"
        )
    return None


def _read_deictic(text: str, context: _Context) -> DateValue | None:
    match = _DEICTIC.match(text)
    if match is None:
        return None
    anchor = context.anchor
    if anchor is None:
        return DateValue(None, DateClass.POINT, reading="needs the publication date")
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[match["word"]]
    reading = {
        0: "the day of publication",
        -1: "the day before publication",
        1: "the day after publication",
    }[offset]
    return _point((anchor + timedelta(days=offset)).isoformat(), reading=reading)


def _read_calendar(text: str, context: _Context) -> DateValue | None:  # noqa: PLR0912
    anchor, future = context.anchor, context.tense == Tense.FUTURE
    if match := _ISO_DAY.match(text):
        try:
            return _point(date(int(match["year"]), int(match["m"]), int(match["d"])).isoformat())
        except ValueError:
            return DateValue(None, DateClass.POINT, reading="not a real date")
    if match := _MONTH_DAY.match(text) or _DAY_MONTH.match(text):
        return _month_day(match, context)
    if match := _YEAR_RANGE.match(text):
        first = int(match["year"])
        second = match["year2"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if last <= first:
            return _point(str(first))
        return DateValue(
            f"{first:04d}/{last:04d}", DateClass.RANGE, reading="from one year to another"
        )
    if match := _DECADE.match(text):
        return _point(match["decade"], _PART_QUALIFIERS.get(match["mod"] or ""), "a decade")
    if match := _YEAR_ONLY.match(text):
        return _point(match["year"], _PART_QUALIFIERS.get(match["mod"] or ""), "a year")
    if match := _SEASON.match(text):
        year = _relative_year(match["rel"], anchor) if match["rel"] else int(match["year"])
        if year is None:
            return DateValue(None, DateClass.POINT, reading="needs the publication date")
        qualifier = match["season"] if match["season"] != "autumn" else "fall"
        if match["mod"]:
            qualifier = f"{match['mod']}_{qualifier}"
        return _point(f"{year:04d}", qualifier, f"the {match['season']} of {year}")
    if match := _MONTH_REL_YEAR.match(text):
        year = _relative_year(match["rel"], anchor)
        if year is None:
            return DateValue(None, DateClass.POINT, reading="needs the publication date")
        month = _MONTHS[match["month"]]
        return _point(_month_value(year, month), _PART_QUALIFIERS.get(match["mod"] or ""))
    if match := _MONTH_YEAR.match(text):
        month = _MONTHS[match["month"]]
        qualifier = _PART_QUALIFIERS.get(match["mod"] or "")
        if match["year"]:
            return _point(_month_value(int(match["year"]), month), qualifier, "a month")
        year = _passage_year(month, context)
        if year is not None:
            return _point(
                _month_value(year, month), qualifier, "the month, in the year the passage gives"
            )
        if anchor is None:
            return DateValue(None, DateClass.POINT, qualifier, reading="needs the publication date")
        year = _month_year(month, anchor, future)
        value = _point(
            _month_value(year, month),
            qualifier,
            "the next such month" if future else "the most recent such month up to publication",
        )
        if context.tense == Tense.UNKNOWN and month > anchor.month:
            ahead = _month_value(_month_year(month, anchor, True), month)
            if month - anchor.month < anchor.month + 12 - month:
                # Nothing says which: the nearer month.
                return DateValue(
                    ahead,
                    DateClass.POINT,
                    qualifier,
                    ambiguous=True,
                    alternatives=(value.value or "",),
                    reading="the nearest such month (or the one before publication)",
                )
            return _with_alternative(value, ahead)
        return value
    return None


def _passage_year(month: int, context: _Context) -> int | None:
    """The year of a month named without one, from a date earlier in the passage: that
    date's year, or the next year when the month comes before that date's month (a story
    told in order), unless that would lie after the anchor in a past report."""
    if context.year is None:
        return None
    year = context.year
    if context.ref_month is not None and month < context.ref_month:
        year += 1
    anchor = context.anchor
    past = anchor is not None and context.tense != Tense.FUTURE
    if past and anchor is not None and (year, month) > (anchor.year, anchor.month):
        return None
    return year


def _month_day(match: re.Match[str], context: _Context) -> DateValue:  # noqa: PLR0912
    anchor, future = context.anchor, context.tense == Tense.FUTURE
    month = _MONTHS[match["month"]]
    day = int(re.sub(r"\D", "", match["day"]))
    groups = match.groupdict()
    month2 = _MONTHS[groups["month2"]] if groups.get("month2") else month
    day2 = int(re.sub(r"\D", "", groups["day2"])) if groups.get("day2") else None
    qualifier = _PART_QUALIFIERS.get(groups.get("mod") or "")
    year_from_passage: int | None = None
    if match["year"]:
        year = int(match["year"])
        reading = "a date"
    else:
        year_from_passage = _passage_year(month, context)
        if year_from_passage is not None:
            year, reading = year_from_passage, "the day, in the year the passage gives"
        elif anchor is None:
            return DateValue(None, DateClass.POINT, reading="needs the publication date")
        else:
            if day2 is not None:
                # A past range ends by publication, a future one ends after it (it may
                # have begun: "the elections run from April 19 to June 1"): its last day
                # decides the year.
                found = _month_day_date(month2, day2, anchor, future)
                if found is not None and month2 < month:
                    found = found.replace(year=found.year - 1)
            else:
                found = _month_day_date(month, day, anchor, future)
            if found is None:
                return DateValue(None, DateClass.POINT, reading="not a real date")
            year = found.year
            reading = (
                "the next such day" if future else "the most recent such day up to publication"
            )
    try:
        first = date(year, month, day)
        if day2 is None:
            value = _point(first.isoformat(), qualifier, reading)
            if not match["year"] and anchor is not None and context.tense == Tense.UNKNOWN:
                other = _month_day_date(month, day, anchor, True)
                if other is not None and other != first:
                    if year_from_passage is None and (other - anchor) < (anchor - first):
                        # Nothing says which: the nearer day ("Markets reopen on Feb. 5").
                        return DateValue(
                            other.isoformat(),
                            DateClass.POINT,
                            qualifier,
                            ambiguous=True,
                            alternatives=(first.isoformat(),),
                            reading="the nearest such day (or the one before publication)",
                        )
                    return _with_alternative(value, other.isoformat())
            return value
        year2 = year + 1 if month2 < month else year
        last = date(year2, month2, day2)
    except ValueError:
        return DateValue(None, DateClass.POINT, reading="not a real date")
    if last < first:
        return DateValue(None, DateClass.POINT, reading="a range that ends before it starts")
    return DateValue(
        f"{first.isoformat()}/{last.isoformat()}", DateClass.RANGE, qualifier, reading=reading
    )


def _relative_year(rel: str | None, anchor: date | None) -> int | None:
    if anchor is None:
        return None
    return anchor.year + {"last": -1, "this": 0, "next": 1, None: 0}.get(rel, 0)


def _read_relative(text: str, context: _Context) -> DateValue | None:  # noqa: PLR0912
    anchor, future = context.anchor, context.tense == Tense.FUTURE
    if match := _WEEKDAY_RANGE.match(text):
        if anchor is None:
            return DateValue(None, DateClass.RANGE, reading="needs the publication date")
        first_day = _WEEKDAYS[match["weekday"]]
        last_day = _WEEKDAYS[match["weekday2"]]
        if future:
            first = _weekday_date(first_day, anchor, True)
        else:
            # The range ends on or before publication.
            last = _weekday_date(last_day, anchor, False)
            first = last - timedelta(days=(last_day - first_day) % 7)
            return DateValue(
                f"{first.isoformat()}/{last.isoformat()}",
                DateClass.RANGE,
                reading="the days up to publication",
            )
        last = first + timedelta(days=(last_day - first_day) % 7)
        return DateValue(
            f"{first.isoformat()}/{last.isoformat()}", DateClass.RANGE, reading="the coming days"
        )
    if match := _WEEKDAY.match(text):
        if anchor is None:
            return DateValue(None, DateClass.POINT, reading="needs the publication date")
        return _weekday(_WEEKDAYS[match["weekday"]], match["rel"], anchor, context.tense)
    if text == "the weekend":
        # "over the weekend": in a report the weekend just gone (the one of publication
        # on a Saturday or Sunday), in a plan the coming one.
        text = "this weekend" if future else "this past weekend"
        if anchor is not None and anchor.weekday() >= 5:
            text = "this weekend"
    if match := _RELATIVE.match(text):
        if anchor is None:
            return DateValue(None, DateClass.POINT, reading="needs the publication date")
        return _relative(match, anchor, context.tense)
    if (match := _PERIOD_END.match(text)) and anchor is not None:
        return DateValue(
            _this_period(match["unit"], anchor).value,
            DateClass.POINT,
            "end",
            reading=f"the end of the {match['unit']} of publication",
        )
    if match := _PART_OF.match(text):
        inner = resolve_phrase(
            match["rest"],
            anchor,
            context.tense,
            passage_year=context.year,
            passage_month=context.ref_month,
        )
        if inner.date_class != DateClass.POINT or inner.value is None:
            if (
                match["rest"] in {"the year", "the month", "the week", "the decade", "the century"}
                and anchor is not None
            ):
                inner = _this_period(match["rest"].split()[1], anchor)
            else:
                return DateValue(
                    None,
                    DateClass.POINT,
                    _PART_QUALIFIERS[match["part"]],
                    reading="part of a period",
                )
        return DateValue(
            inner.value,
            DateClass.POINT,
            _PART_QUALIFIERS[match["part"]],
            inner.ambiguous,
            inner.alternatives,
            inner.reading,
        )
    if match := _HALF_QUARTER.match(text):
        rest = match["rest"]
        year: int | None
        if rest is None and anchor is not None:
            year = _nearest_period_year(
                match["ord"], match["kind"], anchor, context.tense, "-" in text
            )
        elif rest is None or rest in {"the year", "this year"}:
            year = anchor.year if anchor is not None else None
        else:
            inner = resolve_phrase(rest, anchor, context.tense)
            year = (
                int(inner.value[:4])
                if inner.value and re.fullmatch(r"\d{4}", inner.value)
                else None
            )
        if year is None:
            return DateValue(None, DateClass.POINT, reading="needs the year")
        ordinal = match["ord"]
        kind = match["kind"]
        if ordinal in {"last", "final"}:
            number = 4 if kind == "quarter" else 2
        else:
            number = _ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
        code = "Q" if kind == "quarter" else "H"
        if number > (4 if kind == "quarter" else 2):
            return DateValue(None, DateClass.POINT, reading="not a period")
        return _point(f"{year:04d}-{code}{number}", reading=f"a {kind} of {year}")
    if _ANNIVERSARY.match(text):
        return DateValue(None, DateClass.POINT, reading="needs the date of the event it refers to")
    return None


def _nearest_period_year(
    ordinal: str, kind: str, anchor: date, tense: Tense, attributive: bool
) -> int:
    """The year of a quarter or half named without one: the one nearest publication;
    in a past report or as a modifier ("fourth-quarter GDP data" in January) one that has
    begun, in a future one ("growth will pick up in the second half") one not yet over."""
    months = 3 if kind == "quarter" else 6
    if ordinal in {"last", "final"}:
        number = 12 // months
    else:
        number = _ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
    number = min(max(number, 1), 12 // months)
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        first = date(year, (number - 1) * months + 1, 1)
        last_month = first.month + months - 1
        last = date(year, last_month, calendar.monthrange(year, last_month)[1])
        if (tense == Tense.PAST or attributive) and first > anchor:
            continue
        if tense == Tense.FUTURE and not attributive and last < anchor:
            continue
        distance = (
            0
            if first <= anchor <= last
            else min(abs((first - anchor).days), abs((anchor - last).days))
        )
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best is not None else anchor.year


def _this_period(unit: str, anchor: date) -> DateValue:
    if unit == "week":
        return _point(_iso_week(anchor))
    if unit == "month":
        return _point(_month_value(anchor.year, anchor.month))
    if unit == "decade":
        return _point(f"{anchor.year // 10:03d}")
    if unit == "century":
        return _point(f"{anchor.year // 100:02d}")
    return _point(f"{anchor.year:04d}")


_WEEKDAY_NAMES = [name.capitalize() for name in _WEEKDAYS]


def _weekday(weekday: int, rel: str | None, anchor: date, tense: Tense) -> DateValue:
    name = _WEEKDAY_NAMES[weekday]
    if rel in {"last", "past"}:
        found = _weekday_date(weekday, anchor, False, strict=True)
        return _point(found.isoformat(), reading=f"the {name} before publication")
    if rel in {"next", "coming"}:
        found = _weekday_date(weekday, anchor, True, strict=True)
        if rel == "next" and weekday > anchor.weekday():
            # "next Thursday" said on a Wednesday: most often the Thursday of next week.
            later = found + timedelta(days=7)
            value = _point(later.isoformat(), reading=f"the {name} of the week after publication")
            return _with_alternative(value, found.isoformat())
        return _point(found.isoformat(), reading=f"the {name} after publication")
    if rel == "this":
        monday = anchor - timedelta(days=anchor.weekday())
        found = monday + timedelta(days=weekday)
        return _point(found.isoformat(), reading=f"the {name} of the week of publication")
    if weekday == anchor.weekday():
        return _point(anchor.isoformat(), reading=f"the day of publication, a {name}")
    if tense == Tense.FUTURE:
        found = _weekday_date(weekday, anchor, True)
        return _point(found.isoformat(), reading=f"the {name} after publication")
    found = _weekday_date(weekday, anchor, False)
    value = _point(found.isoformat(), reading=f"the {name} before publication")
    if tense == Tense.UNKNOWN:
        return _with_alternative(value, _weekday_date(weekday, anchor, True).isoformat())
    return value


def _relation(noun: str, step: int) -> str:
    if step == 0:
        return f"the {noun} of publication"
    return f"the {noun} {'before' if step < 0 else 'after'} publication"


def _relative(match: re.Match[str], anchor: date, tense: Tense) -> DateValue:  # noqa: PLR0912
    rel, noun = match["rel"], match["noun"]
    qualifier = _PART_QUALIFIERS.get(match["mod"] or "")
    if rel == "this past":
        rel = "last"
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if noun in _WEEKDAYS:
        value = _weekday(_WEEKDAYS[noun], rel, anchor, tense)
        return DateValue(value.value, DateClass.POINT, qualifier, reading=value.reading)
    if rel in {"past", "coming"} and noun in {"week", "month", "year", "decade"}:
        # "past week" without "the" is the duration in "over (the) past week".
        return DateValue(f"P1{_UNIT_CODES[noun]}", DateClass.DURATION, reading="a stretch of time")
    if noun == "week":
        return _point(_iso_week(anchor + timedelta(weeks=step)), qualifier, _relation("week", step))
    if noun == "weekend":
        saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
        if step == 0 and tense == Tense.PAST and anchor.weekday() < 5:
            step = -1  # a past report on a weekday: the weekend just gone
        return _point(
            _iso_week(saturday + timedelta(weeks=step)) + "-WE",
            qualifier,
            _relation("weekend", step),
        )
    if noun == "month":
        year, month = _add_months(anchor.year, anchor.month, step)
        return _point(_month_value(year, month), qualifier, _relation("month", step))
    if noun == "year":
        return _point(f"{anchor.year + step:04d}", qualifier, _relation("year", step))
    if noun == "decade":
        return _point(f"{anchor.year // 10 + step:03d}", qualifier, _relation("decade", step))
    if noun in _SEASONS:
        season = "fall" if noun == "autumn" else noun
        year = anchor.year + (step if noun != "winter" else 0)
        if rel == "last" and noun != "winter":
            season_start = {"spring": 3, "summer": 6, "fall": 9}[season]
            year = anchor.year if anchor.month >= season_start + 3 else anchor.year - 1
        return _point(
            f"{year:04d}", season if not qualifier else f"{qualifier}_{season}", f"the {rel} {noun}"
        )
    month = _MONTHS[noun]
    if rel in {"last", "past"}:
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in {"next", "coming"}:
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return _point(_month_value(year, month), qualifier, f"{rel} {noun.capitalize()}")


_FISCAL_RELATIVE = _n(
    r"(?:(?P<rel>this|last|next)|the (?P<rel2>current|previous|next|last|coming|following)) "
    r"fiscal(?: year)?"
)
_FISCAL_NAMED = _n(
    rf"(?:fiscal (?:year )?(?P<year>{_YEAR_RE})|fy ?(?P<fy>\d{{4}}|\d\d)(?:[-/]\d\d)?)"
)
_HALF_WRITTEN = _n(rf"(?:h(?P<h>[12])|(?P<h2>[12])h)(?:,? (?P<year>{_YEAR_RE}))?")
_EDGE_HYPHEN = _n(r"(?P<edge>end|start)-(?P<rest>.+)")
_WEEK_OF = _n(r"the week of (?P<rest>.+)")
_Q_QUARTER = _n(rf"q(?P<q>[1-4])(?:,? (?P<year>{_YEAR_RE})| (?P<fiscal>fy ?(?:\d{{4}}|\d\d)))?")
_FIRST_N_OF = _n(
    rf"the (?P<edge>first|last|final) {_NUMBER_RE} (?P<unit>months?|quarters?) of (?P<rest>.+)"
)
_YEAR_TO_YEAR = _n(rf"(?P<year>{_YEAR_RE}) (?:to|through|until) (?P<year2>{_YEAR_RE})")
_MONTH_TO_MONTH = _n(
    rf"{_MONTH_RE}(?: (?P<year>{_YEAR_RE}))?(?: to | through | until |[-–])"
    rf"(?P<second>{_MONTH_RE.replace('month', 'month2')}(?: {_YEAR_RE})?)"
)
_EDGE_OF = _n(
    r"the (?P<edge>first|second|third|fourth|last|final) (?P<unit>week|weekend|day|few days) "
    r"of (?P<rest>.+)"
)
_YEAR_TO = _n(
    r"the (?P<span>year|12 months|twelve months|three months|six months|nine months) to "
    rf"(?:the end of )?(?P<rest>{_MONTH_RE}(?: {_YEAR_RE})?)"
)
_DAY_OF_MONTH = _n(rf"the (?P<day>{_DAY_RE}) of (?P<rest>{_MONTH_RE}(?:,? {_YEAR_RE})?)")
_BARE_DAY = _n(r"the (?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)")
_SPAN_MONTHS = {"year": 12, "12 months": 12, "twelve months": 12, "three months": 3}
_SPAN_MONTHS |= {"six months": 6, "nine months": 9}
_EDGE_QUALIFIERS = {"first": "start", "last": "end", "final": "end"}
_FISCAL_STEPS = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}
_FISCAL_STEPS |= {"coming": 1, "following": 1}
_MONTHS_IN_YEAR = 12


def _fiscal_year(text: str, anchor: date | None) -> int | None:
    """The year a fiscal year is named by ("fiscal 2025", "FY25", "this fiscal year":
    the publication's year), or ``None``."""
    if match := _FISCAL_RELATIVE.match(text):
        if anchor is None:
            return None
        return anchor.year + _FISCAL_STEPS[match["rel"] or match["rel2"]]
    if match := _FISCAL_NAMED.match(text):
        named = match["year"] or match["fy"]
        return int(named) if len(named) == 4 else 2000 + int(named)
    return None


def _read_written_periods(text: str, context: _Context) -> DateValue | None:
    """Halves written "H1 2024" or "2H" (without a year: the one nearest publication),
    Reuters' "end-March" and "start-2024" (the period + ``end``/``start``), and "the week of
    May 6" (its ISO week)."""
    anchor = context.anchor
    if match := _HALF_WRITTEN.match(text):
        half = match["h"] or match["h2"]
        if match["year"]:
            year = int(match["year"])
        elif anchor is not None:
            year = _nearest_period_year(half, "half", anchor, context.tense, False)
        else:
            return DateValue(None, DateClass.POINT, reading="needs the publication date")
        return _point(f"{year:04d}-H{half}", reading=f"a half of {year}")
    if match := _EDGE_HYPHEN.match(text):
        inner = resolve_phrase(match["rest"], anchor, context.tense, passage_year=context.year)
        if inner.is_calendar and inner.value and inner.date_class == DateClass.POINT:
            return _point(inner.value, match["edge"], reading=f"the {match['edge']} of a period")
    if match := _WEEK_OF.match(text):
        inner = resolve_phrase(
            match["rest"],
            anchor,
            context.tense,
            passage_year=context.year,
            passage_month=context.ref_month,
        )
        day = value_first_day(inner.value) if inner.value else None
        if day is not None and inner.value and len(inner.value) == len("2024-05-06"):
            return _point(_iso_week(day), reading="the week of a day")
    return None


def _read_fiscal(text: str, context: _Context) -> DateValue | None:
    """Fiscal years ("fiscal 2025" → ``2025`` + ``fiscal``) and quarters written "Q3 2024"
    (without a year: the one nearest publication, as "the fourth quarter")."""
    anchor = context.anchor
    if "fiscal" not in text and text[:1] not in {"f", "q"}:
        return None
    if "fiscal" in text or text.startswith("fy"):
        year = _fiscal_year(text, anchor)
        if year is not None:
            return _point(f"{year:04d}", "fiscal", f"the fiscal year {year}")
    if match := _Q_QUARTER.match(text):
        number = int(match["q"])
        if match["year"] or match["fiscal"]:
            year = int(match["year"]) if match["year"] else _fiscal_year(match["fiscal"], anchor)
        elif anchor is not None:
            year = _nearest_period_year(str(number), "quarter", anchor, context.tense, False)
        else:
            return DateValue(None, DateClass.POINT, reading="needs the publication date")
        return _point(f"{year:04d}-Q{number}", reading=f"a quarter of {year}")
    return None


def _read_first_months(text: str, context: _Context) -> DateValue | None:
    """Spans of months or quarters at a year's edge: "the first seven months of the year"
    → ``2025-01/2025-07``, "the last three quarters of 2023" → ``2023-Q2/2023-Q4``."""
    if not text.startswith("the "):
        return None
    anchor = context.anchor
    if match := _FIRST_N_OF.match(text):
        count = _number(match["num"])
        inner = resolve_phrase(match["rest"], anchor, context.tense)
        if match["rest"] in {"the year", "this year"} and anchor is not None:
            inner = _point(f"{anchor.year:04d}")
        if count is None or not inner.value or not re.fullmatch(r"\d{4}", inner.value):
            return None
        year, months = int(inner.value), 3 if match["unit"].startswith("quarter") else 1
        if not 1 <= count * months <= _MONTHS_IN_YEAR:
            return None
        first, last = (1, count) if match["edge"] == "first" else (13 - count * months, 12)
        if (
            anchor is not None
            and context.tense != Tense.FUTURE
            and match["rest"] in {"the year", "this year"}
            and (year, count * months if match["edge"] == "first" else 12)
            > (anchor.year, anchor.month)
        ):
            year -= 1  # a report on months not yet over: the year before
        if months == 3:
            first_q, last_q = (1, count) if match["edge"] == "first" else (5 - count, 4)
            return DateValue(
                f"{year:04d}-Q{first_q}/{year:04d}-Q{last_q}", DateClass.RANGE, reading="quarters"
            )
        return DateValue(
            f"{_month_value(year, first)}/{_month_value(year, last)}",
            DateClass.RANGE,
            reading="months of a year",
        )
    return None


def _edge_of(match: re.Match[str], context: _Context) -> DateValue | None:
    """ "the first week of June" (the month + ``start``), "the last day of 2023" (that day)."""
    anchor = context.anchor
    rest = match["rest"]
    if rest in {"the year", "the month"} and anchor is not None:
        inner = _this_period(rest.split()[1], anchor)
    else:
        inner = resolve_phrase(rest, anchor, context.tense)
    if not inner.value or not re.fullmatch(r"\d{4}(?:-\d\d)?", inner.value):
        return None
    if match["unit"] == "day" and match["edge"] in {"first", "last", "final"}:
        first_day, last_day = value_first_day(inner.value), value_last_day(inner.value)
        found = first_day if match["edge"] == "first" else last_day
        if found is not None:
            return _point(found.isoformat(), reading=f"the {match['edge']} day of a period")
    qualifier = _EDGE_QUALIFIERS.get(match["edge"], "mid")
    return _point(inner.value, qualifier, reading=f"the {match['edge']} {match['unit']}")


def _read_parts_of_months(text: str, context: _Context) -> DateValue | None:
    """ "the first week of June" (``2024-06`` + ``start``), "the last day of 2023" (that
    day), "the year to March" (the twelve months ending that March), "the 20th of May",
    and "on the 20th" (the 20th of publication's month, or the month before or after as
    the tense says)."""
    if not text.startswith("the "):
        return None
    anchor = context.anchor
    if match := _DAY_OF_MONTH.match(text):
        digits = re.sub(r"\D", "", match["day"])
        return resolve_phrase(
            f"{match['month']} {digits}{text[match.end('month') :]}",
            anchor,
            context.tense,
            passage_year=context.year,
            passage_month=context.ref_month,
        )
    if (match := _BARE_DAY.match(text)) and anchor is not None:
        day, future = int(match["day"]), context.tense == Tense.FUTURE
        year, month = anchor.year, anchor.month
        if future and day < anchor.day:
            year, month = _add_months(year, month, 1)
        elif not future and day > anchor.day:
            year, month = _add_months(year, month, -1)
        try:
            return _point(date(year, month, day).isoformat(), reading="a day of the month")
        except ValueError:
            return DateValue(None, DateClass.POINT, reading="not a real date")
    if match := _YEAR_TO.match(text):
        inner = resolve_phrase(match["rest"], anchor, context.tense)
        if not inner.value or not re.fullmatch(r"\d{4}-\d\d", inner.value):
            return None
        year, month = int(inner.value[:4]), int(inner.value[5:])
        first = _add_months(year, month, 1 - _SPAN_MONTHS[match["span"]])
        return DateValue(
            f"{_month_value(*first)}/{inner.value}", DateClass.RANGE, reading="months to a month"
        )
    if match := _EDGE_OF.match(text):
        return _edge_of(match, context)
    return None


def _read_ranges(text: str, context: _Context) -> DateValue | None:
    """Ranges of years or months written with "to", "through" or "until": "2019 to 2021"
    → ``2019/2021``, "March to May 2024" → ``2024-03/2024-05``."""
    if not re.search(r" to | through | until |[a-z][-–][a-z]", text):
        return None
    anchor = context.anchor
    if match := _YEAR_TO_YEAR.match(text):
        first_year, last_year = int(match["year"]), int(match["year2"])
        if last_year > first_year:
            return DateValue(f"{first_year:04d}/{last_year:04d}", DateClass.RANGE, reading="years")
        return None
    if match := _MONTH_TO_MONTH.match(text):
        second = resolve_phrase(
            match["second"],
            anchor,
            context.tense,
            passage_year=context.year,
            passage_month=context.ref_month,
        )
        if not second.value or not re.fullmatch(r"\d{4}-\d\d", second.value):
            return None
        month, month2 = _MONTHS[match["month"]], int(second.value[5:])
        end_year = int(second.value[:4])
        year = int(match["year"]) if match["year"] else end_year - (month > month2)
        if (year, month) >= (end_year, month2):
            return None
        return DateValue(
            f"{_month_value(year, month)}/{second.value}", DateClass.RANGE, reading="months"
        )
    return None


_READERS = (
    _read_vague,
    _read_more_counts,
    _read_counted,
    _read_deictic,
    _read_calendar,
    _read_written_periods,
    _read_fiscal,
    _read_first_months,
    _read_ranges,
    _read_parts_of_months,
    _read_relative,
)


# -- tense of the words around a date ----------------------------------------------------

_FUTURE_SINGLE = frozenset(
    "will won't shall 'll scheduled slated planned planning upcoming next would coming "
    "expects forecasts predicts anticipates expect predict anticipate".split()
)
# Past forms that are also nouns, read as nouns after these words ("another rate cut", "the
# won", "on the left").
_PAST_ALSO_NOUN = frozenset({"cut", "won", "left"})
_NOUN_BEFORE = frozenset(
    "a an another the any no this that its their rate tax tariff price budget spending "
    "production output supply job interest funding aid".split()
)
_FUTURE_PAIRS = frozenset(
    tuple(pair.split())
    for pair in (
        "is to|are to|is due|are due|due to|set to|plan to|plans to|expected to|expects to|"
        "intend to|intends to|going to|be held|to attend|to visit|to meet|hope to|hopes to|"
        "aim to|aims to|later this|ahead of|set for|slated for|scheduled for|due for|"
        "ready to|willing to|prepared to|open to|promised to|pledged to|vowed to|wants to|"
        "want to|hoping to|seeks to|seeking to"
    ).split("|")
)
_PAST_SINGLE = frozenset(
    "said says told was were had did held met spoke made took gave went came cut began "
    "left flew ago yesterday earlier "
    # irregular past forms that are not also present or participle forms in common use
    "broke fell rose sank grew struck won saw sent sold bought brought caught fought found "
    "kept led paid ran shot stood thought wrote drove threw became chose drew froze got "
    "heard hid knew laid meant rode rang sat spent stole swore taught tore understood woke "
    "withdrew upheld sought dealt fled felt built lent lost overtook forbade forgave "
    "arose awoke bore slid spun sprang stuck swept swung wept".split()
)
_NOT_VERBS = frozenset(
    "need united red based armed limited related interested advanced concerned "
    "detailed speed feed bed seed hundred shed embed weed breed deed creed "
    "planned scheduled expected".split()
)
_WEAK_FUTURE = frozenset({"would", "next", "coming"})
# Participles of plans: a future cue only after a present "be" ("is scheduled for").
_PLAN_WORDS = frozenset({"scheduled", "planned", "slated", "set", "due"})
_PRESENT_BE = frozenset({"is", "are", "be", "'s", "remains", "remain", "now"})
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
# How far from a date its tense cue may be (characters left and right).
_TENSE_LEFT, _TENSE_RIGHT = 160, 110


# Verbs of schedules in the present ("the festival runs from June 20", "voters go to the
# polls on June 9"): they look forward, more weakly than "will".
_SCHEDULE_VERBS = frozenset(
    "run runs expire expires begin begins start starts open opens end ends close closes "
    "come comes enter enters "
    "fall falls go goes meet meets hold holds arrive arrives visit visits vote votes resume "
    "resumes kick kicks take takes head heads".split()
)
_NOT_SCHEDULE_AFTER = frozenset(
    "to not n't did didn't does doesn't do don't would could might may should can must "
    "never also the a an its their his her this that our your on".split()
)
_PRESENT_PENALTY = 30
# "Did they meet on Tuesday?": a bare verb after "did" is no schedule.
_DO_SUPPORT = re.compile(r"\b(?:[Dd]id|[Dd]idn't|[Dd]id not)\b(?:\s+\w+){0,2}\s+$")
_NEAR = 12  # a present verb this close before a date is its verb, at full weight
# In a headline "to" before a verb announces a plan; not before these words.
# (nor before a capital: "Blinken to China" names a destination).
_NOT_AFTER_TO = frozenset(
    "the a an his her its their our this that these those be have".split()
) | {""}
# Modals before a verb look forward ("could resume next month"), not before "have".
_MODALS = frozenset({"could", "might", "should"})
_NOT_AFTER_MODAL = frozenset(
    {
        "have",
        "'ve",
        "not",
        "never",
        "also",
        "",
        "and",
        "or",
        "that",
        "it",
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
    }
)


# The words that can be tense cues, as whole words in ``_WORD``'s sense (case aside): the
# search for cues skips every other word in the regex engine.
_CANDIDATE_WORDS = (
    _FUTURE_SINGLE
    | _PAST_SINGLE
    | {pair[0] for pair in _FUTURE_PAIRS}
    | _SCHEDULE_VERBS
    | _MODALS
    | {"is", "are", "to", "until"}
)


def _candidates(sentence: str, low: int, high: int) -> list[tuple[int, int, str, str, str]]:
    """The words of ``sentence[low:high]`` that can be tense cues, in order, as
    ``(start, end, word, previous word, following word)``, words in lower case with
    straight apostrophes ("" where there is no word)."""
    found: list[tuple[int, int, str, str, str]] = []
    previous = ""
    pending: tuple[int, int, str, str] | None = None
    candidates = _CANDIDATE_WORDS
    for match in _WORD.finditer(sentence, low, high):
        word = match.group().lower()
        if "’" in word:
            word = word.replace("’", "'")
        if pending is not None:
            found.append((*pending, word))
            pending = None
        if word in candidates or (word.endswith("ed") and len(word) > _ED_MIN):
            pending = (match.start(), match.end(), word, previous)
        previous = word
    if pending is not None:
        found.append((*pending, ""))
    return found


_ED_MIN = 4  # a word in -ed of more letters than this reads as a past verb


def _cue(word: str, following: str) -> Tense | None:
    if word in _FUTURE_SINGLE or (word, following) in _FUTURE_PAIRS:
        return Tense.FUTURE
    if word in _PAST_SINGLE:
        return Tense.PAST
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_VERBS:
        return Tense.PAST
    return None


def _plan_cue(word: str, previous: str, following: str) -> Tense | None:
    """A plan told in the present: "is visiting Beijing on Thursday", "the vote is on
    Sunday", "a ruling is expected on Monday", "has until Tuesday to respond"."""
    if word in {"is", "are"}:
        if following.endswith("ing") and following not in {"being", "nothing", "something"}:
            return Tense.FUTURE
        if following in {"on", "expected"}:
            return Tense.FUTURE
    if word == "until" and previous in {"has", "have"}:
        return Tense.FUTURE
    return None


def sentence_tense(
    sentence: str, at: int, left: int = 0, right: int | None = None, *, headline: bool = False
) -> Tense:
    """The tense of the clause around offset ``at`` of ``sentence`` (only
    ``sentence[left:right]`` is read, when given): the nearest tense cue wins (future:
    "will", "plans to", "is scheduled", "would meet" …; past: "said", "met", a verb in -ed
    …), with cues on the date's left counting a little more than on its right; ``UNKNOWN``
    when there is neither. In a ``headline`` the present reports the past ("Envoys meet in
    Beijing Thursday"); only "to" and the future's own words look forward."""
    right = len(sentence) if right is None else right
    low, high = max(left, at - _TENSE_LEFT), min(right, at + _TENSE_RIGHT)
    best: tuple[int, Tense] | None = None
    # Only the words that can be cues are visited; their neighbours are read as needed.
    for start, end, word, previous, following in _candidates(sentence, low, high):
        tense = _cue(word, following)
        if word in _PAST_ALSO_NOUN and previous in _NOUN_BEFORE:
            tense = None  # "another rate cut": a noun, not a past verb
        if tense is None:
            tense = _plan_cue(word, previous, following)
        weak = 0
        if (
            tense is None
            and word in _SCHEDULE_VERBS
            and previous not in _NOT_SCHEDULE_AFTER
            and not previous.endswith("'s")  # "the minister's visit": a noun
            and _DO_SUPPORT.search(sentence, max(low, start - 24), start) is None
        ):
            tense, weak = (Tense.PAST, 0) if headline else (Tense.FUTURE, _PRESENT_PENALTY)
        if (
            headline
            and tense is None
            and word == "to"
            and following not in _NOT_AFTER_TO
            and not sentence[end:high].lstrip()[:1].isupper()
        ):
            tense = Tense.FUTURE  # "Kerry to travel to China in January"
        if tense is None and word in _MODALS and following not in _NOT_AFTER_MODAL:
            tense = Tense.FUTURE  # "could meet", "might travel": looking forward
        if tense is None:
            continue
        if word in _PLAN_WORDS and previous not in _PRESENT_BE:
            continue  # "a trip scheduled for February": the main verb decides
        if tense == Tense.PAST and previous in {"be", "to"}:
            continue  # "to be held", "to be signed": not a past event
        distance = at - end if end <= at else int((start - at) * 1.5) + 4
        # A cue beyond a comma or semicolon belongs to another clause more likely.
        between = sentence[end:at] if end <= at else sentence[at:start]
        distance += 25 * (between.count(",") + between.count(";"))
        if tense == Tense.FUTURE and word in _WEAK_FUTURE:
            # "would meet on Friday" looks forward from a past report; a bare "would"
            # ("said it would", "would have") less surely.
            distance += 0 if word == "would" and following not in _NOT_AFTER_MODAL else 40
        if end <= at and at - end <= _NEAR:
            weak = 0  # "meets again on Oct. 17": the verb of the date itself
        distance += weak
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best is not None else Tense.UNKNOWN


_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """``(left, right)`` of the sentence holding ``text[start:end]``, looking at most a
    few hundred characters either way (a sentence ends at ``.``/``!``/``?`` and a space,
    not after "Jan." or "U.S.", or at a line break).

    The sentence's start is what scanning ``_SENTENCE_END``'s matches from ``start - 400``
    up to ``start`` finds, but looked for backwards from ``start`` (``str.rfind`` skips
    text far faster than the regex engine scans it, and the nearest mark is usually the
    end): the timeline works out the certainty of 100,000 tags with it.
    """
    left = _last_sentence_end(text, max(0, start - 400), start)
    right = min(len(text), end + 400)
    for match in _SENTENCE_END.finditer(text, end, right):  # stops at the first end
        if match.group() == "\n" or ends_sentence(text, match.start()):
            right = match.start() + 1
            break
    return left, right


def _last_sentence_end(text: str, reach: int, start: int) -> int:
    """The end of the last sentence end that a scan of ``_SENTENCE_END`` from ``reach``
    up to ``start`` finds (``reach`` when none), looked for backwards from ``start``.

    A match is a mark with closing quotes and one whitespace character, or a line break;
    only a line break can be inside another match (as its whitespace), and it then
    counts only as that match does ("Jan.\n" ends no sentence)."""
    below = start
    while below > reach:
        at = max(
            text.rfind(".", reach, below),
            text.rfind("\n", reach, below),
            text.rfind("!", reach, below),
            text.rfind("?", reach, below),
        )
        if at < 0:
            break
        if text[at] == "\n":
            mark = at - 1
            while mark >= reach and text[mark] in _CLOSING:
                mark -= 1
            if mark < reach or text[mark] not in ".!?":
                return at + 1  # a line break of its own
            if ends_sentence(text, mark):
                return at + 1  # the whitespace of the mark's match
            below = mark  # the mark's match ends no sentence; look before it
            continue
        match = _SENTENCE_END.match(text, at, start)
        if match is not None and ends_sentence(text, at):
            return match.end()
        below = at
    return reach


_CLOSING = frozenset("\"”’')]")


# -- every date of a text ----------------------------------------------------------------

_EXPLICIT_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?!s)")
_TODAY_AS_DAY_BEFORE = re.compile(
    r"(?:\b(?:said|say|says|announced|told|met|will|earlier|later|until|as of|on|from|since|"
    r"starting|begins?|began|held|opened|visits?|arrived?|[a-z]{3,}ed)\s+(?:[\w’']+\s+){0,2})$",
    re.IGNORECASE,
)
_TODAY_AS_DAY_AFTER = re.compile(
    r"^(?:,?\s+(?:[\w’']+\s+){0,2}(?:said|says|announced|told|met|will)\b|,\s)", re.IGNORECASE
)
_REL_YEAR_AFTER = re.compile(r",?\s+(?P<rel>last|this|next) year\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|than in|than)\s+$", re.IGNORECASE)
_NEXT_TO = re.compile(r"\s*(?:\(|,)\s*$")


_NARRATIVE = re.compile(
    r"(?:the )?(?P<rel>previous|preceding|following|next|same) (?P<unit>day|week|month|year)"
)


def _unanchored_shift(phrase: str, value: DateValue) -> DateValue:
    """ "a year earlier" with no date before it to count from: some time before (after, for
    "later"), never a made-up calendar date."""
    if (shifted := _SHIFTED.match(phrase)) is None:
        return value
    if shifted["dir"] == "earlier":
        return DateValue("PAST_REF", DateClass.VAGUE, reading="some time before")
    return DateValue("FUTURE_REF", DateClass.VAGUE, reading="some time after")


_THAT = re.compile(r"(?:(?:earlier|later) )?that (?P<unit>day|week|month|year)")


def _from_narrative(phrase: str, last: str | None) -> DateValue | None:
    """A date such as "the following day", "the previous year", "the same month", "that
    day" or "a year earlier": read from the last calendar point the text named, when it is
    of that unit (or finer)."""
    if last is None:
        return None
    if shifted := _SHIFTED.match(phrase):
        count = _number(shifted["num"])
        if (
            count is None
            or shifted["quant"]
            or shifted["unit"] not in {"day", "week", "month", "year"}
        ):
            return None
        step = count if shifted["dir"] == "later" else -count
        unit = shifted["unit"]
    elif that := _THAT.fullmatch(phrase):
        step, unit = 0, that["unit"]
    elif match := _NARRATIVE.fullmatch(phrase):
        rel = match["rel"]
        step = {"previous": -1, "preceding": -1, "following": 1, "next": 1, "same": 0}[rel]
        unit = match["unit"]
    else:
        return None
    reading = f"{phrase}, from {last}"
    if shifted and unit == "year":
        same_part = _shift_years(last, step)  # "a year earlier" than April 2024: April 2023
        return _point(same_part, None, reading) if same_part else None
    if unit == "day" and len(last) == 10:
        return _point((date.fromisoformat(last) + timedelta(days=step)).isoformat(), None, reading)
    if unit == "week" and (len(last) == 10 or "-W" in last):
        day = date.fromisoformat(last) if len(last) == 10 else date.fromisoformat(last[:8] + "-1")
        return _point(_iso_week(day + timedelta(weeks=step)), None, reading)
    if unit == "month" and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", last):
        year, month = _add_months(int(last[:4]), int(last[5:7]), step)
        return _point(_month_value(year, month), None, reading)
    if unit == "year" and re.match(r"\d{4}(?:$|-\d\d)", last):
        return _point(f"{int(last[:4]) + step:04d}", None, reading)
    return None


def _year_from_weekday(
    value: DateValue, weekday: int, phrase: str, anchor: date | None
) -> DateValue:
    """A month and day without a year written with its weekday ("Tuesday, Jan. 9"): the
    year, nearest the anchor, in which that day is that weekday."""
    if (
        anchor is None
        or value.value is None
        or len(value.value) != 10
        or _EXPLICIT_YEAR.search(phrase)
    ):
        return value
    day = date.fromisoformat(value.value)
    for year in sorted(range(anchor.year - 6, anchor.year + 2), key=lambda y: abs(y - day.year)):
        try:
            candidate = day.replace(year=year)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return DateValue(
                candidate.isoformat(),
                DateClass.POINT,
                reading="the year in which that day is that weekday",
            )
    return value


# A sentence without its final stop on a line of its own: a headline or a teaser.
_HEADLINE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
_HEADLINE_WORDS = 18


def _is_headline(text: str, left: int, right: int) -> bool:
    line = text[left:right].strip()
    return (
        bool(line)
        and _HEADLINE_END.search(line) is None
        and (right >= len(text) or text[right] == "\n" or text[right - 1] == "\n")
        and len(line.split()) <= _HEADLINE_WORDS
    )


# Words before a date that say when something takes effect ("levies on farm goods from
# March 10", "effective Jan. 1"): a day or month a few weeks ahead is that day, even in a
# sentence that reports the decision in the past.
_TAKES_EFFECT = re.compile(
    r"\b(?:from|effective|starting|beginning|as of|as from)\s+(?:on\s+)?$", re.IGNORECASE
)
_EFFECT_AHEAD_DAYS = 92


def _effective(
    value: DateValue, phrase: str, anchor: date, year: int | None, month: int | None
) -> DateValue:
    """``value`` read forward when its phrase has no year and the next such day or month
    lies within about three months after ``anchor``; the past reading stays an
    alternative."""
    if not value.is_calendar or value.value is None or _EXPLICIT_YEAR.search(phrase):
        return value
    if not re.search(_MONTH_RE, _normal(phrase)):
        return value
    ahead = resolve_phrase(phrase, anchor, Tense.FUTURE, passage_year=year, passage_month=month)
    first = value_first_day(ahead.value) if ahead.value else None
    if (
        ahead.value is None
        or ahead.value == value.value
        or first is None
        or not anchor < first <= anchor + timedelta(days=_EFFECT_AHEAD_DAYS)
    ):
        return value
    return DateValue(
        ahead.value,
        ahead.date_class,
        ahead.qualifier,
        ambiguous=True,
        alternatives=(value.value,),
        reading="when it takes effect (or the one before, if the sentence looks back)",
    )


_ANNIVERSARY_OF = re.compile(
    r"(?:the |its |their )?(?:(?P<num>\d+)(?:st|nd|rd|th)|(?P<ord>[a-z]+)) anniversary",
    re.IGNORECASE,
)
_MARKS = re.compile(r"\bmark(?:s|ed|ing)?\b|\bfalls? on\b|\bfell on\b", re.IGNORECASE)


def _shift_years(value: str, years: int) -> str | None:
    """``value`` (a day, month or year) ``years`` later; ``None`` for other values."""
    if re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", value) is None:
        return None
    year = int(value[:4]) + years
    if len(value) == 10 and value[5:] == "02-29" and not calendar.isleap(year):
        return f"{year:04d}-02-28"
    return f"{year:04d}{value[4:]}"


def _anniversary(
    phrase: str,
    tail: str,
    near: Sequence[ResolvedDate],
    later: Sequence[DateValue],
    events: Sequence[KnownEvent],
) -> DateValue | None:
    """The date of "the third anniversary" of something: from the date of that something
    when the words after the phrase give it with a year ("of the 1979 normalisation"), or
    a codebook event they name ("of Pelosi's visit to Taiwan"); else the day the sentence
    says it falls on ("Tuesday marks the 45th anniversary"). ``None`` when none of these
    is there: no day is made up."""
    match = _ANNIVERSARY_OF.fullmatch(_normal(phrase))
    if match is None:
        return None
    years = int(match["num"]) if match["num"] else _ORDINALS.get(match["ord"].lower())
    if not years:
        return None
    if tail.lstrip().lower().startswith("of"):
        for found in later:
            if found.is_calendar and found.value and found.date_class == DateClass.POINT:
                shifted = _shift_years(found.value, years)
                if shifted is not None:
                    return _point(shifted, reading=f"{years} years after {found.value}")
        scored = sorted(((event.score(tail), event) for event in events), key=lambda p: -p[0])
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            event = scored[0][1]
            shifted = _shift_years(event.first_day.isoformat(), years)
            if shifted is not None:
                return _point(shifted, reading=f"{years} years after {event.name}")
    for other in near:
        value = other.value.value
        if other.value.date_class == DateClass.POINT and value and len(value) == 10:
            return _point(value, reading="the day the sentence says it falls on")
    return None


def _with_year_after(
    value: DateValue, phrase: str, text: str, end: int, anchor: date | None, tense: Tense
) -> DateValue:
    """A month or day without a year followed by "last year", "this year" or "next year"
    ("in August last year"): in that year."""
    if anchor is None or not value.is_calendar or _EXPLICIT_YEAR.search(phrase):
        return value
    rel_year = _REL_YEAR_AFTER.match(text, end)
    if rel_year is None or not re.match(_MONTH_RE, _normal(phrase)):
        return value
    step = {"last": -1, "this": 0, "next": 1}[rel_year["rel"].lower()]
    dated = resolve_phrase(f"{phrase} {anchor.year + step}", anchor, tense)
    return dated if dated.is_calendar else value


_YEARS_SINCE = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) years? "
    r"(?:since|after|on from) (?:the )?$",
    re.IGNORECASE,
)


def _years_since(
    value: DateValue, phrase: str, text: str, start: int, anchor: date | None
) -> DateValue:
    """A day or month without a year after "a year since" ("marked a year since the Oct. 7
    attack"): that many years before publication's year."""
    if anchor is None or not value.is_calendar or not value.value or _EXPLICIT_YEAR.search(phrase):
        return value
    match = _YEARS_SINCE.search(text, max(0, start - 30), start)
    if match is None or int(value.value[:4]) != anchor.year:
        return value
    word = match["n"].lower()
    count = 1 if word in {"a", "one"} else _NUMBERS.get(word) or int(word)
    shifted = _shift_years(value.value, -count) if len(value.value) in (7, 10) else None
    if shifted is None:
        return value
    return _point(shifted, value.qualifier, reading=f"{count} year(s) before publication's year")


def _tense_at(text: str, start: int, left: int, right: int, headline: bool) -> Tense:
    """The tense for the date at ``start``: its clause's, except after "since" ("since
    January"), which always looks back."""
    if _SINCE_BEFORE.search(text, max(left, start - 12), start) is not None:
        return Tense.PAST
    return sentence_tense(text, start, left, right, headline=headline)


def _sentence_of(
    text: str, start: int, end: int, last: tuple[int, int, bool, bool] | None
) -> tuple[int, int, bool, bool]:
    """``(left, right, headline, shareable)`` of the sentence around ``text[start:end]``:
    the ``last`` one when the date lies inside it and it is ``shareable`` (both bounds are
    real sentence ends, so ``sentence_around`` would give the same), else found anew."""
    if last is not None and last[3] and last[0] <= start and end < last[1]:
        return last
    left, right = sentence_around(text, start, end)
    # Bounds at the look-around's reach are not shared: a later date may reach further.
    real = (left == 0 or text[left - 1].isspace()) and (
        right == len(text) or text[right - 1] in ".!?\n"
    )
    return left, right, _is_headline(text, left, right), real


def resolve_mentions(
    text: str,
    spans: Sequence[tuple[int, int]],
    anchor: date | None,
    events: Sequence[KnownEvent] = (),
    *,
    anchor_month_only: bool = False,
) -> list[ResolvedDate]:
    """Resolve every date span of ``text`` (``text[start:end]``, in order) against
    ``anchor``. Each date takes the tense of its clause; a month or day without a year
    takes the year of an earlier explicit date of the same paragraph when one is there;
    a weekday directly followed by a date ("Friday (Aug 5)", "Tuesday, Jan. 9") means
    that date; "the third anniversary" of something takes that something's date from the
    sentence or from ``events`` (codebook events with known dates), when either gives
    it.

    ``anchor_month_only``: the publication is known only to its month, and ``anchor`` is
    a stand-in day of it. A value is then no more precise than that supports: one that
    any day of the month gives alike stays; one the day moves through the month ("on
    Tuesday", "yesterday", "last week", "three days ago") keeps only its month, flagged
    ambiguous with the other months it may fall in; one the day only tips between two
    readings (a month and day without a year, early in the month) keeps its reading,
    flagged ambiguous with the other."""
    results = _resolve_all(text, spans, anchor, events)
    if anchor is None or not anchor_month_only:
        return results
    days = calendar.monthrange(anchor.year, anchor.month)[1]
    early = _resolve_all(text, spans, anchor.replace(day=1), events)
    late = _resolve_all(text, spans, anchor.replace(day=days), events)
    return [
        ResolvedDate(
            found.start,
            found.end,
            found.phrase,
            _to_the_month(found.value, (first.value, last.value)),
            found.tense,
        )
        for found, first, last in zip(results, early, late, strict=True)
    ]


_A_MONTH = 31  # days


def _to_the_month(value: DateValue, others: Sequence[DateValue]) -> DateValue:
    """``value`` (read against a stand-in day of the publication's month) as far as the
    same phrase read against that month's first and last days (``others``) agrees with
    it. A reading moves monotonically with the anchor, so the month's ends bound it."""
    if not value.is_calendar or value.value is None:
        return value
    found = [o.value for o in others if o.is_calendar and o.value is not None]
    readings: list[str] = list(dict.fromkeys([value.value, *found]))
    if len(readings) == 1:
        return value
    fuzzy = value_to_fuzzy(value.value)
    if fuzzy is None:
        return value
    if len(readings) == 2 or (fuzzy.last_day - fuzzy.first_day).days > _A_MONTH:
        # The day only tips it between two readings, or it spans more than a month
        # (a range of months): it stays, with the other readings.
        others_read = [r for r in readings if r != value.value]
        return DateValue(
            value.value,
            value.date_class,
            value.qualifier,
            ambiguous=True,
            alternatives=tuple(dict.fromkeys([*value.alternatives, *others_read])),
            reading=f"{value.reading or 'read'}, or {', '.join(others_read)}: "
            "the publication's day is not known",
        )
    middle = fuzzy.first_day + (fuzzy.last_day - fuzzy.first_day) / 2
    month = _month_value(middle.year, middle.month)
    reached: list[str] = []
    for reading in [*readings, *value.alternatives]:
        span = value_to_fuzzy(reading)
        if span is None:
            continue
        year, number = span.first_day.year, span.first_day.month
        while (year, number) <= (span.last_day.year, span.last_day.month):
            reached.append(_month_value(year, number))
            year, number = _add_months(year, number, 1)
    alternatives = tuple(sorted(set(reached) - {month}))
    return DateValue(
        month,
        DateClass.POINT,
        ambiguous=bool(alternatives),
        alternatives=alternatives,
        reading=f"{value.reading or 'a day'}, to the month only: "
        "the publication's day is not known",
    )


def _resolve_all(
    text: str,
    spans: Sequence[tuple[int, int]],
    anchor: date | None,
    events: Sequence[KnownEvent],
) -> list[ResolvedDate]:
    """``resolve_mentions`` against one anchor day."""
    results: list[ResolvedDate] = []
    passage: tuple[int, int, int | None] | None = None  # (paragraph start, year, month)
    ordered = sorted(spans)
    pending_date: DateValue | None = None  # a date whose year its weekday fixed
    last_point: str | None = None  # the latest calendar point, for "the following day"
    shared: tuple[int, int, bool, bool] | None = None  # the last date's sentence
    for index, (start, end) in enumerate(ordered):
        phrase = text[start:end]
        shared = _sentence_of(text, start, end, shared)
        left, right, headline, _ = shared
        tense = _tense_at(text, start, left, right, headline)
        paragraph = text.rfind("\n", 0, start) + 1  # a paragraph is a line
        year = month = None
        if passage is not None and passage[0] == paragraph:
            year, month = passage[1], passage[2]
        value = resolve_phrase(phrase, anchor, tense, passage_year=year, passage_month=month)
        if (
            tense != Tense.FUTURE
            and anchor is not None
            and _TAKES_EFFECT.search(text, max(left, start - 20), start)
        ):
            value = _effective(value, phrase, anchor, year, month)
        if pending_date is not None and index > 0 and ordered[index - 1][1] <= start:
            value = pending_date
        pending_date = None
        # A weekday written next to a date takes that date.
        if (
            value.value is not None
            and _WEEKDAY.match(_normal(phrase))
            and index + 1 < len(ordered)
            and _NEXT_TO.match(text[end : ordered[index + 1][0]])
            and ordered[index + 1][0] - end <= 3
        ):
            following = resolve_phrase(
                text[ordered[index + 1][0] : ordered[index + 1][1]],
                anchor,
                tense,
                passage_year=year,
                passage_month=month,
            )
            following = _year_from_weekday(
                following,
                _WEEKDAYS[_normal(phrase).split()[-1]],
                text[ordered[index + 1][0] : ordered[index + 1][1]],
                anchor,
            )
            if (
                following.date_class == DateClass.POINT
                and following.value
                and len(following.value) == 10
            ):
                value = DateValue(
                    following.value, DateClass.POINT, reading="the date written next to it"
                )
                pending_date = following
        value = _with_year_after(value, phrase, text, end, anchor, tense)
        value = _years_since(value, phrase, text, start, anchor)
        if value.value is None and value.reading == "relative to a date before":
            value = _from_narrative(_normal(phrase), last_point) or _unanchored_shift(
                _normal(phrase), value
            )
        if phrase.lower() == "today" and not (
            _TODAY_AS_DAY_BEFORE.search(text[max(left, start - 40) : start])
            or _TODAY_AS_DAY_AFTER.match(text[end : end + 40])
        ):
            value = DateValue("PRESENT_REF", DateClass.VAGUE, reading="the present, not one day")
        if value.value is None and "anniversar" in phrase.lower():
            later = [
                resolve_phrase(text[a:b], anchor, Tense.PAST)
                for a, b in ordered[index + 1 :]
                if b <= right and _EXPLICIT_YEAR.search(text[a:b])
            ]
            near: list[ResolvedDate] = []
            if _MARKS.search(text, left, right):
                near = [r for r in results if r.start >= left] + [
                    ResolvedDate(a, b, text[a:b], resolve_phrase(text[a:b], anchor, tense))
                    for a, b in ordered[index + 1 :]
                    if b <= right
                ]
            value = _anniversary(phrase, text[end:right], near, later, events) or value
        results.append(ResolvedDate(start, end, phrase, value, tense))
        if value.date_class == DateClass.POINT and value.value and value.qualifier is None:
            last_point = value.value
        if (
            value.is_calendar
            and value.value
            and _EXPLICIT_YEAR.search(phrase)
            and not _SINCE_BEFORE.search(text, max(0, start - 12), start)
        ):
            # "the weakest since 2007 in September": a year after "since" is a yardstick,
            # not the year the passage is about.
            found_month = int(value.value[5:7]) if re.match(r"\d{4}-\d\d", value.value) else None
            passage = (paragraph, int(value.value[:4]), found_month)
    return results
