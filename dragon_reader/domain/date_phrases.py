"""Turn a date phrase from an article ("August 2022", "Jan. 9") into a ``FuzzyDate``.

Only phrases that name a calendar date are read; relative ones ("last month") need the
article's own date and are left to the analyst. A phrase without a year takes
``year_hint`` (e.g. the latest year the article mentions) when one is given.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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


_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s)|\n")


class SentenceIndex:
    """The sentences of a text, found once, so that many spans find theirs fast.

    A sentence ends at a line break or at ``.``, ``!`` or ``?`` (plus closing quotes)
    followed by whitespace, except after abbreviations such as "Jan." or "U.S.".
    """

    def __init__(self, text: str) -> None:
        self._starts: list[int] = [0]
        self._ends: list[int] = []
        for match in _SENTENCE_END.finditer(text):
            if match.group() == "\n":
                end, following = match.start(), match.end()
            elif ends_sentence(text, match.start()):
                end, following = match.end(), match.end()
            else:
                continue
            self._ends.append(end)
            while following < len(text) and text[following] in " \t":
                following += 1
            self._starts.append(following)
        self._ends.append(len(text))

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``(left, right)`` of the sentence(s) around ``[start, end)``."""
        first = max(0, bisect_right(self._starts, start) - 1)
        last = max(first, bisect_right(self._starts, max(start, end - 1)) - 1)
        return self._starts[first], max(self._ends[last], end)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``[start, end)``; see ``SentenceIndex``."""
    return SentenceIndex(text).bounds(start, end)
