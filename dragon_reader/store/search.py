"""Full-text search: SQLite FTS5 where available (ranked, with snippets), a plain
case-insensitive substring fallback on other engines. All FTS5 SQL lives here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from dragon_reader.store.models import Article

HIT_START, HIT_END = "\x01", "\x02"  # marks around matched words in snippets
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Hit:
    """One article matching a search, best first; ``snippet`` marks hits with \\x01/\\x02."""

    article_id: int
    rank: float
    snippet: str


def fts_query(user_text: str) -> str | None:
    """An FTS5 query for what the user typed: every word must occur, the last one as a
    prefix (search as you type). Quoting each word keeps FTS5 syntax out of the way."""
    words = _WORD.findall(user_text)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def has_fts(session: Session) -> bool:
    """True when the database has the FTS5 table (SQLite)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_fts'")
    ).first()
    return found is not None


def search(session: Session, user_text: str, limit: int | None = None) -> list[Hit]:
    """Articles matching ``user_text``, best first, with a snippet each."""
    query = fts_query(user_text)
    if query is None:
        return []
    if has_fts(session):
        sql = (
            "SELECT rowid, bm25(article_fts, 5.0, 1.0) AS rank, "
            f"snippet(article_fts, 1, '{HIT_START}', '{HIT_END}', '…', 14) "
            "FROM article_fts WHERE article_fts MATCH :query ORDER BY rank"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = session.execute(text(sql), {"query": query}).all()
        return [Hit(int(row[0]), float(row[1]), str(row[2])) for row in rows]
    words = _WORD.findall(user_text)
    conditions = [
        or_(Article.title.ilike(f"%{word}%"), Article.text.ilike(f"%{word}%")) for word in words
    ]
    statement = select(Article.id, Article.text).where(and_(*conditions)).order_by(Article.id)
    if limit is not None:
        statement = statement.limit(limit)
    return [
        Hit(row.id, 0.0, _plain_snippet(row.text, words[0])) for row in session.execute(statement)
    ]


def _plain_snippet(body: str, word: str, width: int = 60) -> str:
    at = body.lower().find(word.lower())
    if at < 0:
        return body[: width * 2]
    start = max(0, at - width)
    end = min(len(body), at + len(word) + width)
    return (
        ("…" if start else "")
        + body[start:at]
        + HIT_START
        + body[at : at + len(word)]
        + HIT_END
        + body[at + len(word) : end]
        + ("…" if end < len(body) else "")
    )
