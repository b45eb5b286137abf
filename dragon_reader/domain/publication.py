"""When an article was published, read from its own text when the source does not say.

``infer_publication`` looks for, in this order:

1. a dated dateline or date line at the top ("WASHINGTON, March 3, 2024 (AP) —",
   "Beijing, 2023-11-15 —", "Published: 12 December 2023", "*Published 2024-01-12*"):
   exact; a dateline without a year ("BEIJING, Dec 12
   (Reuters) -") gives the day of a year read from the rest of the text: year guessed;
2. a report tied to a codebook event whose date is known ("agreed last month at the
   summit" where the codebook dates the summit; "met this week in Vienna"): the certainty
   of the relative phrase (week or month);
3. a weekday written with a month and day ("Tuesday, Jan. 9"), which fixes the year: the
   article reports that day, so it was published on it or within the week after (week).

It returns ``None`` when the text gives none of these; it never guesses from the years
an article happens to mention. Plain Python: no I/O, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dragon_reader.domain.date_phrases import SentenceIndex

# Change this whenever the rules below read a text differently: dates stored under the
# old rules are then read again (``services.dates.inference_keys``).
PUBLICATION_RULES = "2"  # 2: ISO dates in datelines, date lines in Markdown emphasis

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _month_re(tag: str = "") -> str:
    return rf"(?P<month{tag}>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?"


def _day_re(tag: str = "") -> str:
    return rf"(?P<day{tag}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def _year_re(tag: str = "") -> str:
    return rf"(?P<year{tag}>(?:19|20)\d\d)"


_MONTH, _DAY, _YEAR = _month_re(), _day_re(), _year_re()
_MONTH2, _DAY2, _YEAR2 = _month_re("2"), _day_re("2"), _year_re("2")
# An ISO date ("2023-11-15") as datelines and date lines may write it.
_ISO = r"(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)"
# A dateline with a date, as Reuters, AP and others write them: a place in capitals or
# title case, the month and day (and year), or an ISO date ("Beijing, 2023-11-15 —"),
# then the agency in brackets or a dash.
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'’-]{{1,40}}(?:, [A-Z][A-Za-z.]{{1,20}})?,? "
    rf"(?:{_MONTH} {_DAY}(?:,? {_YEAR})?|{_DAY2} {_MONTH2}(?:,? {_YEAR2})?|{_ISO})"
    r"\s*(?:\(|[-–—:]|/)",
    re.MULTILINE,
)
# A line holding a date ("Published: Dec. 12, 2023 10:04 AM", "12 December 2023"), in
# Markdown emphasis or not ("*Published 2024-01-12* by **Jane Doe**").
_DATE_LINE = re.compile(
    rf"^[*_]{{0,3}}(?:(?:Published|Updated|Posted|Date|First published)(?: on)?:?\s*)?"
    rf"(?:[A-Z][a-z]+day,? )?"
    rf"(?:{_MONTH} {_DAY},? {_YEAR}|{_DAY2} {_MONTH2},? {_YEAR2}|"
    rf"{_ISO})(?!\d)[^\n]{{0,40}}$",
    re.MULTILINE,
)
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? "
    rf"\(?{_MONTH} {_DAY}\b(?!,? (?:19|20)\d\d)"
)
_YEAR_MENTION = re.compile(r"\b((?:19|20)\d\d)\b(?!s)")
# A month named with its year ("August 2022", "Aug. 2, 2022", "2 August 2022").
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?: {_DAY},?)? {_YEAR}\b|\b{_DAY2} {_MONTH2} {_YEAR2}\b")
_RELATIVE = re.compile(
    r"\b(?P<phrase>last month|this month|last week|this week|earlier this month|"
    r"earlier this week|yesterday|(?:on )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday))\b"
)


class Certainty(StrEnum):
    """How closely an inferred publication date is known."""

    EXACT = "exact"
    # the day and month are written, the year is guessed from the years the text names
    YEAR_GUESSED = "year guessed"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class PublicationGuess:
    """An inferred publication date, with the words that gave it away.

    ``published`` is the day relative dates are resolved against; when only the month is
    known (``certainty`` ``month``) it is that month's middle day, a stand-in that is
    never shown: ``value`` is then the month alone ("2023-12")."""

    published: date
    certainty: Certainty
    evidence: str

    @property
    def value(self) -> str:
        """The date as far as it is known: ``YYYY-MM-DD``, or ``YYYY-MM`` for a month."""
        return month_or_day(self.published, self.certainty.value)


_MID_MONTH = 15


def month_or_day(published: date, certainty: str | None) -> str:
    """``published`` written as far as ``certainty`` knows it: ``YYYY-MM`` for ``month``,
    else ``YYYY-MM-DD``."""
    if certainty == Certainty.MONTH.value:
        return f"{published.year:04d}-{published.month:02d}"
    return published.isoformat()


@dataclass(frozen=True)
class KnownEvent:
    """A codebook event with a known date, and the words that identify it in a sentence:
    participants' surnames (``people``), place names (``places``) and its type (``kind``,
    "summit"). A sentence names the event when it has a participant and the place or the
    type, or the place and the type."""

    name: str
    first_day: date
    last_day: date
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    kind: str = ""

    def score(self, sentence: str) -> int:
        """How well ``sentence`` names this event; 0 when it does not."""
        people = sum(_word_in(word, sentence) for word in self.people)
        place = any(_word_in(word, sentence) for word in self.places)
        kind = bool(self.kind) and _word_in(self.kind, sentence)
        if (people and (place or kind)) or (place and kind):
            return people + place + kind
        return 0


def _month(name: str) -> int | None:
    return _MONTHS.get(name[:3].lower())


def _day(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_publication(
    text: str, events: Sequence[KnownEvent] = (), head_chars: int = 600
) -> PublicationGuess | None:
    """The publication date ``text`` gives away, or ``None`` (see the module's rules)."""
    head = text[:head_chars]
    for pattern in (_DATELINE, _DATE_LINE):
        for match in pattern.finditer(head):
            found = _from_match(match, text)
            if found is not None:
                certainty = Certainty.EXACT if _year_written(match) else Certainty.YEAR_GUESSED
                return PublicationGuess(found, certainty, _dateline_words(head, match))
    by_weekday = _from_weekday_date(text)
    if by_weekday is not None:
        return by_weekday
    return _from_events(text, events)


def _dateline_words(head: str, match: re.Match[str]) -> str:
    """The dateline as evidence: through the agency's closing bracket when the match
    stopped at its opening one ("SINGAPORE, May 31 (Reuters)"), without a trailing dash."""
    end = match.end()
    if match.group().endswith("("):
        closing = head.find(")", end, end + 40)
        end = closing + 1 if closing >= 0 else end - 1
    return head[match.start() : end].strip().rstrip("-–—:/ ").strip()


def _year_written(match: re.Match[str]) -> bool:
    """Whether a dateline or date line writes its year (else the year is guessed)."""
    return any(
        match.group(name) for name in ("year", "year2", "iso_y") if name in match.re.groupindex
    )


def _from_match(match: re.Match[str], text: str) -> date | None:
    groups = match.groupdict()
    if groups.get("month2"):
        groups = {"month": groups["month2"], "day": groups["day2"], "year": groups["year2"]}
    if groups.get("iso_y"):
        try:
            return date(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"]))
        except ValueError:
            return None
    month = _month(groups["month"])
    day = int(groups["day"])
    if groups.get("year"):
        return _day(int(groups["year"]), month, day)
    years = [int(y) for y in _YEAR_MENTION.findall(text)]
    if not years or month is None:
        return None
    # A dateline without a year: the latest year the article mentions — or the year after,
    # when the article names a later month of that year as past ("SINGAPORE, May 31 -" over
    # "severed after … August 2022" was not written in May 2022).
    year = max(years)
    named = [
        _month(found["month"] or found["month2"]) or 0
        for found in _MONTH_YEAR.finditer(text)
        if int(found["year"] or found["year2"]) == year
    ]
    if named and max(named) > month:
        year += 1
    return _day(year, month, day)


def _from_weekday_date(text: str) -> PublicationGuess | None:
    years = [int(y) for y in _YEAR_MENTION.findall(text)]
    floor = max(years) if years else None
    best: tuple[date, str] | None = None
    for match in _WEEKDAY_DATE.finditer(text):
        month = _month(match["month"])
        weekday = _WEEKDAYS.index(match["weekday"].lower())
        if month is None:
            continue
        day = int(match["day"])
        candidates = range(floor, floor + 8) if floor is not None else range(2000, 2040)
        for year in candidates:
            found = _day(year, month, day)
            if found is not None and found.weekday() == weekday:
                if best is None or found > best[0]:
                    best = (found, match.group())
                break
    if best is None:
        return None
    return PublicationGuess(best[0], Certainty.WEEK, best[1])


def _word_in(word: str, sentence: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE) is not None


def _from_events(text: str, events: Sequence[KnownEvent]) -> PublicationGuess | None:
    """A relative phrase in a sentence that names a known event: "agreed last month at
    the summit" (the month after the event's), "met this week in Vienna" (the event's
    week), "met on Wednesday" (the event's day or the week after)."""
    if not events:
        return None
    sentences = SentenceIndex(text)
    best: tuple[int, PublicationGuess] | None = None
    for match in _RELATIVE.finditer(text):
        left, right = sentences.bounds(match.start(), match.end())
        sentence = text[left:right]
        scored = sorted(((event.score(sentence), event) for event in events), key=lambda p: -p[0])
        if not scored or scored[0][0] == 0:
            continue
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            continue  # two events fit equally well: no evidence
        score, event = scored[0]
        guess = _guess(match, sentence, event)
        if guess is not None and (best is None or score > best[0]):
            best = (score, guess)
    return best[1] if best is not None else None


def quote_around(sentence: str, words: str, width: int = 160) -> str:
    """``sentence`` whole when it has at most ``width`` characters, else the whole words
    around ``words`` within about that many, "…" marking what was left out."""
    if len(sentence) <= width:
        return sentence
    at = max(0, sentence.find(words))
    first = max(0, min(at - width // 3, len(sentence) - width))
    last = min(len(sentence), first + width)
    if first > 0:  # start at a word
        space = sentence.find(" ", first)
        first = space + 1 if 0 <= space < at else first
    if last < len(sentence):  # end at a word
        space = sentence.rfind(" ", first, last)
        last = space if space > at + len(words) else last
    head = "…" if first > 0 else ""
    tail = "…" if last < len(sentence) else ""
    return f"{head}{sentence[first:last].strip()}{tail}"


def _guess(match: re.Match[str], sentence: str, event: KnownEvent) -> PublicationGuess | None:
    phrase = match["phrase"]
    quoted = quote_around(sentence.strip(), match.group())
    evidence = f"“{quoted}” — {event.name} ({event.first_day.isoformat()})"
    if phrase == "last month":
        year, month = divmod(event.first_day.year * 12 + event.first_day.month, 12)
        return PublicationGuess(date(year, month + 1, _MID_MONTH), Certainty.MONTH, evidence)
    if phrase in {"this month", "earlier this month"}:
        later = max(event.last_day, event.last_day.replace(day=_MID_MONTH))
        return PublicationGuess(later, Certainty.MONTH, evidence)
    if phrase == "last week":
        monday = event.first_day - timedelta(days=event.first_day.weekday())
        return PublicationGuess(monday + timedelta(days=7), Certainty.WEEK, evidence)
    if phrase == "yesterday":
        return PublicationGuess(event.last_day + timedelta(days=1), Certainty.EXACT, evidence)
    if match["weekday"]:
        weekday = _WEEKDAYS.index(match["weekday"].lower())
        days = (event.last_day - event.first_day).days + 1
        if not any((event.first_day + timedelta(d)).weekday() == weekday for d in range(days)):
            return None
    return PublicationGuess(event.last_day, Certainty.WEEK, evidence)
