"""Articles as the rest of the app sees them: ids, statuses and read-only views."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import NewType

from dragon_reader.domain.coding import FuzzyDate

ArticleId = NewType("ArticleId", int)


class ArticleStatus(enum.StrEnum):
    """Where the analyst is with an article."""

    NEW = "new"
    IN_PROGRESS = "in-progress"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list."""

    id: ArticleId
    title: str
    outlet: str | None
    published: date | None
    word_count: int
    status: ArticleStatus
    source_file: str | None


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article with its stored text: what the reader shows and spans point into."""

    id: ArticleId
    title: str
    outlet: str | None
    byline: str | None
    published: date | None
    source_file: str | None
    text: str
    status: ArticleStatus
    imported_at: datetime
    source_format: str = "txt"
    source_url: str | None = None


def count_words(text: str) -> int:
    """Count whitespace-separated words, the measure shown in the list."""
    return len(text.split())


@dataclass(frozen=True, slots=True)
class ArticleFilters:
    """Which articles the list shows; empty fields do not restrict.

    ``query`` is a full-text search (results ranked best first); ``entity`` keeps articles
    mentioning an entity whose canonical name contains it; the dates bound ``published``;
    ``queue`` keeps the articles assigned to that coder.
    ``label`` keeps articles carrying that document label (a relevance or own label key).
    """

    query: str = ""
    status: ArticleStatus | None = None
    outlet: str | None = None
    has_tags: bool | None = None
    entity: str = ""
    published_from: date | None = None
    published_to: date | None = None
    queue: str | None = None
    label: str = ""

    @property
    def active(self) -> bool:
        """True when any field restricts the list."""
        return self != ArticleFilters()


def parse_published_range(text: str) -> tuple[date | None, date | None]:
    """The first and last publication day that ``text`` allows, for the list's filter.

    ``2023`` or ``2023-05`` or ``2023-05-10`` mean all of it; ``FROM/TO`` joins two of
    them (``2023-05/2023-11``), and either side may be left out (``2023-06/``: from June
    2023 on). Empty text allows every date. Raises ``ValueError`` with a readable message.
    """
    text = text.strip()
    if not text:
        return None, None
    left, slash, right = (part.strip() for part in text.partition("/"))
    first = FuzzyDate.parse(left).first_day if left else None
    if not slash:
        return first, FuzzyDate.parse(left).last_day
    last = FuzzyDate.parse(right).last_day if right else None
    if first is None and last is None:
        msg = "write a date on at least one side of the /"
        raise ValueError(msg)
    if first is not None and last is not None and last < first:
        msg = "the range must not end before it starts"
        raise ValueError(msg)
    return first, last
