"""Turn a date phrase from an article ("August 2022", "Jan. 9") into a ``FuzzyDate``.

Only phrases that name a calendar date are read; relative ones ("last month") need the
article's own date and are left to the analyst. A phrase without a year takes
``year_hint`` (e.g. the latest year the article mentions) when one is given.
"""

from __future__ import annotations

import re
from datetime import date

from dragon_reader.domain.coding import DatePrecision, FuzzyDate
from dragon_reader.domain.text import ends_sentence

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
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_FORMS = [
    re.compile(
        rf"^{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?(?P<day2>\d{{1,2}}))?"
        rf"(?:,? (?P<year>\d{{4}}))?$"
    ),
    re.compile(rf"^(?P<day>\d{{1,2}}) {_MONTH}(?: (?P<year>\d{{4}}))?$"),
    re.compile(rf"^(?:(?:early|mid|late)[- ])?{_MONTH},? (?P<year>\d{{4}})$"),
    re.compile(rf"^(?:(?:early|mid|late|last|this)[- ])?{_MONTH}$"),
    re.compile(
        r"^(?:the )?(?:(?:early|mid|late)[- ])?(?:(?:spring|summer|fall|autumn|winter) "
        r"(?:of )?)?(?P<year>\d{4})$"
    ),
]
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def interpret_date(phrase: str, year_hint: int | None = None) -> FuzzyDate | None:
    """Read ``phrase`` as a calendar date, or return ``None`` when it does not name one."""
    text = " ".join(phrase.split())
    for form in _FORMS:
        match = form.match(text)
        if not match:
            continue
        groups = match.groupdict()
        year = int(groups["year"]) if groups.get("year") else year_hint
        if year is None:
            return None
        month_name = groups.get("month")
        if month_name is None:
            return FuzzyDate(date(year, 1, 1), DatePrecision.YEAR)
        month = _MONTHS.get(month_name.lower())
        if month is None:
            return None
        try:
            if groups.get("day"):
                first = date(year, month, int(groups["day"]))
                if groups.get("day2"):
                    return FuzzyDate(
                        first, DatePrecision.DAY, date(year, month, int(groups["day2"]))
                    )
                return FuzzyDate(first, DatePrecision.DAY)
            return FuzzyDate(date(year, month, 1), DatePrecision.MONTH)
        except ValueError:
            return None
    return None


def latest_year(text: str) -> int | None:
    """The latest four-digit year a text mentions, as a hint for dates without a year."""
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``[start, end)``: from after the previous sentence end
    to the next one."""
    left = start
    while left > 0:
        ch = text[left - 1]
        if ch == "\n" or (
            ch == " " and left >= 2 and text[left - 2] in ".!?" and ends_sentence(text, left - 2)
        ):
            break
        left -= 1
    right = end
    while right < len(text):
        ch = text[right]
        if ch == "\n":
            break
        right += 1
        if (
            ch in ".!?"
            and (right == len(text) or text[right] in " \n")
            and ends_sentence(text, right - 1)
        ):
            break
    return left, right
