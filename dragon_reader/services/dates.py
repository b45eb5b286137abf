"""Every date of an article with its value, against the article's publication date.

The publication date is the stored one when the source gave it (``given``), otherwise the
one the text gives away (``inferred``, see ``domain.publication``), otherwise unknown, and
then relative dates stay unresolved. A publication date known only to its month gives
relative dates no more precision than that ("on Tuesday" is then a day of that month, not
one day). The CLI (``dragon-reader dates``), the picker's suggestions and the timeline read
dates through this one service.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass
from datetime import date

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import Event
from dragon_reader.domain.date_values import ResolvedDate, resolve_mentions
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.domain.publication import (
    PUBLICATION_RULES,
    KnownEvent,
    PublicationGuess,
    infer_publication,
    month_or_day,
)
from dragon_reader.services.coding import CodingService
from dragon_reader.services.entities import EntityService

_GENERIC_PLACE_WORDS = frozenset({"the", "of", "off", "near", "in", "at", "and", "on"})


@dataclass(frozen=True)
class Publication:
    """An article's publication date and where it comes from: ``given`` (the source or the
    analyst said so) or ``inferred`` (from the text, with ``evidence`` and ``certainty``:
    ``exact``, ``year guessed``, ``week`` or ``month``). ``published`` is ``None`` when
    neither is known."""

    published: date | None
    source: str | None
    evidence: str | None = None
    certainty: str | None = None

    @property
    def value(self) -> str | None:
        """The date as far as it is known (``YYYY-MM`` when only the month is), for
        display; ``published`` is then a stand-in day in that month."""
        if self.published is None:
            return None
        return month_or_day(self.published, self.certainty)

    @property
    def day_known(self) -> bool:
        """Whether the day itself is known (given, or inferred exactly or to the week)."""
        return self.published is not None and self.certainty != "month"

    @property
    def latest_day(self) -> date | None:
        """The last day the article may have been published: the month's last day when
        only the month is known."""
        if self.published is None or self.day_known:
            return self.published
        days = calendar.monthrange(self.published.year, self.published.month)[1]
        return self.published.replace(day=days)


@dataclass(frozen=True)
class ArticleDates:
    """One article's dates, resolved against its publication date."""

    article_id: ArticleId
    source_file: str | None
    publication: Publication
    dates: list[ResolvedDate]


def known_events(events: list[Event]) -> list[KnownEvent]:
    """Codebook events with a date, with the words that identify them in a sentence."""
    known = []
    for event in events:
        if event.when is None:
            continue
        # A participant of several words is a person (or a body): its last word
        # identifies it; a one-word participant ("China") is too common to count.
        people = tuple(sorted({n.split()[-1] for n in event.participants if len(n.split()) > 1}))
        places = tuple(
            sorted(
                {
                    word.strip(",.")
                    for word in event.place.split()
                    if word.strip(",.") and word.lower() not in _GENERIC_PLACE_WORDS
                }
            )
        )
        kind = event.type.value if event.type.value != "other" else ""
        known.append(
            KnownEvent(event.name, event.when.first_day, event.when.last_day, people, places, kind)
        )
    return known


def inference_keys(events: list[KnownEvent]) -> tuple[str, str]:
    """What a stored inferred publication date is marked with (``article.inferred_by``),
    to tell whether it is still right: one key for a date the text alone gives away (it
    holds while the rules do), one for an inference that read the codebook's dated
    ``events`` too (it holds while they stay as they are)."""
    digest = hashlib.sha256(repr(sorted(events, key=repr)).encode()).hexdigest()[:16]
    return f"text/{PUBLICATION_RULES}", f"events/{PUBLICATION_RULES}/{digest}"


def publication_of(published: date | None, text: str, events: list[KnownEvent]) -> Publication:
    """The stored date when there is one, else what the text gives away."""
    if published is not None:
        return Publication(published, "given")
    guess: PublicationGuess | None = infer_publication(text, events)
    if guess is None:
        return Publication(None, None)
    return Publication(guess.published, "inferred", guess.evidence, guess.certainty.value)


class DateService:
    """Resolves articles' dates; reads mentions and the codebook, writes nothing."""

    def __init__(self, entities: EntityService, coding: CodingService) -> None:
        self.entities = entities
        self.coding = coding

    def article_dates(
        self,
        article_id: ArticleId,
        text: str,
        published: date | None,
        source_file: str | None = None,
    ) -> ArticleDates:
        """Every DATE mention of the article (recognised or marked by the analyst) with
        its value. ``published`` is the stored publication date (``None``: infer it)."""
        events = known_events(self.coding.events())
        publication = publication_of(published, text, events)
        spans = [
            (m.start, m.end)
            for m in self.entities.mentions(article_id)
            if m.label == EntityLabel.DATE
        ]
        return ArticleDates(
            article_id,
            source_file,
            publication,
            resolve_mentions(
                text,
                spans,
                publication.published,
                events,
                anchor_month_only=publication.published is not None and not publication.day_known,
            ),
        )
