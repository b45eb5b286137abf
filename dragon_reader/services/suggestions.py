"""What the tag picker suggests for a selection: the codebook entry, the channel status
with its cue, and the date with its reading — one service for the picker and
``dragon-reader suggest``. It reads only; nothing is saved until the analyst confirms.

The date comes from the date mention inside the selection, else from the one closest to
it in the same sentence (fewest words away, a clause boundary counting extra), not the
first one the sentence holds. A past-tense report never gets a date after publication.
The other dates of the sentence are offered in order of closeness.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from dragon_reader.domain.articles import ArticleId, ArticleView
from dragon_reader.domain.coding import Channel, ChannelStatus, Event, FuzzyDate, TagKind
from dragon_reader.domain.date_values import (
    CALENDAR,
    ResolvedDate,
    Tense,
    sentence_around,
    sentence_tense,
    value_first_day,
    value_to_fuzzy,
)
from dragon_reader.domain.status_cues import suggest_status
from dragon_reader.services.dates import DateService, Publication, known_events

_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\b(?:which|who|while|whereas|but|and)\b")
_WORD = re.compile(r"\w+")
_STOP = frozenset(
    "the and of for with between to a an in on at by us u.s china chinese talks channel "
    "level".split()
)


@dataclass(frozen=True)
class DateOption:
    """A date of the sentence as the picker offers it: the phrase, its value and in words
    how it was read ("on Monday → 2023-12-18, the Monday before publication")."""

    text: str
    start: int
    end: int
    value: str
    reading: str
    ambiguous: bool = False
    alternatives: tuple[str, ...] = ()

    @property
    def fuzzy(self) -> FuzzyDate | None:
        """The value as the tag's date (weeks and quarters become day ranges)."""
        return value_to_fuzzy(self.value)

    def describe(self) -> str:
        """One line for the picker: phrase → value, reading (or the alternatives)."""
        line = f"“{self.text}” → {self.value}"
        if self.reading:
            line += f", {self.reading}"
        if self.ambiguous and self.alternatives:
            line += f" (or {', '.join(self.alternatives)})"
        return line


@dataclass(frozen=True)
class Suggestion:
    """What the picker proposes for a selection. ``dates`` holds every calendar date of
    the sentence, the suggested one (if any) first."""

    kind: TagKind
    entry: str | None = None
    entry_id: int | None = None
    status: ChannelStatus | None = None
    status_cue: str | None = None
    dates: tuple[DateOption, ...] = field(default=())
    publication: Publication = field(default_factory=lambda: Publication(None, None))
    undated: tuple[str, ...] = ()  # the sentence's date phrases that name no calendar value

    @property
    def date(self) -> DateOption | None:
        """The suggested date, or ``None``."""
        return self.dates[0] if self.dates else None


def _words_between(text: str, left: int, right: int) -> int:
    return len(_WORD.findall(text, left, right)) if right > left else 0


# A clause set inside the sentence: a relative clause between commas (", which was
# suspended in August 2023,"), brackets, or a pair of dashes. A date inside one belongs to
# its verb, not to words outside it.
_ASIDE = re.compile(
    r",\s*(?:which|who|whom|whose|where|when)\b[^,;:()—–]*,|\([^()]*\)|[—–][^—–]*[—–]"
)
_ASIDE_DISTANCE = 20  # words a date inside an aside counts as away from words outside it


def _asides(text: str, left: int, right: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ASIDE.finditer(text, left, right)]


def _closeness(
    text: str,
    mention: ResolvedDate,
    start: int,
    end: int,
    asides: list[tuple[int, int]],
) -> tuple[int, int]:
    """Smaller is closer: words between the date and the selection, plus four for each
    clause boundary between them, plus ``_ASIDE_DISTANCE`` when the date sits in an aside
    (``_ASIDE``) that the selection is not in; ties go to the date before the selection."""
    aside = next((a for a in asides if a[0] <= mention.start and mention.end <= a[1]), None)
    penalty = _ASIDE_DISTANCE if aside and not (aside[0] <= start and end <= aside[1]) else 0
    near = _distance(text, mention, start, end)
    return (near[0] + penalty, near[1])


def _distance(text: str, mention: ResolvedDate, start: int, end: int) -> tuple[int, int]:
    if mention.end <= start:
        left, right, after = mention.end, start, 1
    elif mention.start >= end:
        left, right, after = end, mention.start, 0
    else:
        return (0, 0)
    breaks = len(_CLAUSE_BREAK.findall(text, left, right))
    return (_words_between(text, left, right) + 4 * breaks, after)


# A short answer after a question, with the speaker's label if any ("MR MILLER: Not yet.").
_SHORT_ANSWER = re.compile(
    r"\s*(?:(?:[A-Z][A-Za-z.'-]*\s){0,3}[A-Z][A-Za-z.'-]*:\s*)?"
    r"(?:No|Not yet|Not at this time|Not at the moment|Not so far|Yes)\b[^.?!\n]{0,60}[.!]?"
)


class SuggestionService:
    """Suggestions for the picker and the CLI; reads the article, its dates and the
    codebook, writes nothing."""

    def __init__(
        self, dates: DateService, article: Callable[[ArticleId], ArticleView | None]
    ) -> None:
        self.dates = dates
        self.article = article

    def suggest(
        self, article_id: ArticleId, start: int, end: int, kind: TagKind
    ) -> Suggestion | None:
        """The suggestion for tagging ``[start, end)`` of the article as ``kind``, or
        ``None`` when there is no such article or the span lies outside its text."""
        article = self.article(article_id)
        if article is None or not 0 <= start < end <= len(article.text):
            return None
        text = article.text
        found = self.dates.article_dates(article_id, text, article.published)
        left, right = sentence_around(text, start, end)
        options = _date_options(
            text, found.dates, (left, right), (start, end), found.publication.latest_day
        )
        sentence = text[left:right]
        undated = tuple(
            m.phrase
            for m in found.dates
            if left <= m.start and m.end <= right
            if m.value.date_class in CALENDAR and m.value.value is None
        )
        kind = TagKind(kind)
        if kind == TagKind.CHANNEL:
            # A briefing's yes/no question is read with its short answer ("Has China
            # agreed to reopen the hotline? MR MILLER: Not yet.").
            answer = _SHORT_ANSWER.match(text, right) if sentence.rstrip().endswith("?") else None
            status = suggest_status(
                text[left : answer.end()] if answer else sentence, start - left, end - left
            )
            channel = _best_channel(self.dates.coding.channels(), sentence, text[start:end])
            return Suggestion(
                kind,
                channel.name if channel else None,
                int(channel.id) if channel else None,
                status.status,
                status.cue,
                tuple(options),
                found.publication,
                undated,
            )
        event = _best_event(self.dates.coding.events(), sentence, options)
        return Suggestion(
            kind,
            event.name if event else None,
            int(event.id) if event else None,
            None,
            None,
            tuple(options),
            found.publication,
            undated,
        )


def _date_options(
    text: str,
    mentions: list[ResolvedDate],
    sentence: tuple[int, int],
    selection: tuple[int, int],
    published: date | None,
) -> list[DateOption]:
    """The calendar dates of the sentence, closest to the selection first; in a past
    report none after ``published`` (the last day the article may have appeared)."""
    (left, right), (start, end) = sentence, selection
    tense = sentence_tense(text, start, left, right)
    candidates = []
    for mention in mentions:
        value = mention.value
        if not (left <= mention.start and mention.end <= right) or not value.is_calendar:
            continue
        assert value.value is not None
        first = value_first_day(value.value)
        past = Tense.PAST in {tense, mention.tense}
        if past and published is not None and first is not None and first > published:
            continue  # a past report never gets a date after publication
        candidates.append(mention)
    asides = _asides(text, left, right)
    candidates.sort(key=lambda m: _closeness(text, m, start, end, asides))
    return [
        DateOption(
            m.phrase,
            m.start,
            m.end,
            m.value.value or "",
            m.value.reading,
            m.value.ambiguous,
            m.value.alternatives,
        )
        for m in candidates
    ]


def _tokens(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


def _best_channel(channels: list[Channel], sentence: str, selection: str) -> Channel | None:
    """The codebook channel whose name (or parties, description) the words name best:
    name words in the selection count three, in the sentence one; ``None`` without a
    name word."""
    selected, around = _tokens(selection), _tokens(sentence)
    best: tuple[int, Channel] | None = None
    for channel in channels:
        name = _tokens(channel.name)
        other = _tokens(f"{channel.party_a} {channel.party_b} {channel.description}") - name
        hits = 3 * len(name & selected) + len(name & around)
        if not hits:
            continue
        score = hits * 4 + len(other & around)
        if best is None or score > best[0]:
            best = (score, channel)
    return best[1] if best else None


def _best_event(events: list[Event], sentence: str, options: list[DateOption]) -> Event | None:
    """The codebook event the sentence names (participants, place, type), preferring one
    whose date agrees with the suggested date; ``None`` when none fits."""
    known = {k.name: k for k in known_events(events)}
    suggested = options[0].fuzzy if options else None
    best: tuple[int, Event] | None = None
    for event in events:
        item = known.get(event.name)
        if item is None:
            continue
        score = item.score(sentence) * 2
        if score == 0:
            continue
        if suggested is not None and event.when is not None:
            overlaps = (
                event.when.first_day <= suggested.last_day
                and suggested.first_day <= event.when.last_day
            )
            score += 3 if overlaps else -3
        if score > 0 and (best is None or score > best[0]):
            best = (score, event)
    return best[1] if best else None
