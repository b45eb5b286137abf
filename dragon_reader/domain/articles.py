"""Articles as the rest of the app sees them: ids, statuses and read-only views."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from typing import NewType

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


def count_words(text: str) -> int:
    """Count whitespace-separated words, the measure shown in the list."""
    return len(text.split())


@dataclass(frozen=True, slots=True)
class ArticleFilters:
    """Which articles the list shows; empty fields do not restrict.

    ``query`` is a full-text search (results ranked best first); ``entity`` keeps articles
    mentioning an entity whose canonical name contains it; the dates bound ``published``.
    """

    query: str = ""
    status: ArticleStatus | None = None
    outlet: str | None = None
    has_tags: bool | None = None
    entity: str = ""
    published_from: date | None = None
    published_to: date | None = None

    @property
    def active(self) -> bool:
        """True when any field restricts the list."""
        return self != ArticleFilters()
