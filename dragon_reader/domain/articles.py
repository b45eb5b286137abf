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


def count_words(text: str) -> int:
    """Count whitespace-separated words, the measure shown in the list."""
    return len(text.split())
