"""Full-text search behind one interface on both engines, ranked, with snippets: SQLite's
FTS5 table (migration 0005) and PostgreSQL's ``tsvector`` column with its GIN index
(migration 0007), ranked by ``ts_rank`` with snippets from ``ts_headline``. Any other engine
gets a plain case-insensitive substring search. All engine-specific search SQL lives here."""

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
    """One article matching a search, best first; ``snippet`` marks hits with \\x01/\\x02.

    ``rank`` orders the hits of one search, lower is better (its scale is the engine's)."""

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


def tsquery(user_text: str) -> str | None:
    """A PostgreSQL ``to_tsquery`` text for what the user typed, with the same meaning as
    ``fts_query``: every word must occur, the last one as a prefix. Each word is quoted,
    so no operator the user types reaches the query parser."""
    words = [word.lower() for word in _WORD.findall(user_text)]
    if not words:
        return None
    quoted = [f"'{word}'" for word in words]
    quoted[-1] += ":*"
    return " & ".join(quoted)


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
    if session.get_bind().dialect.name == "postgresql":
        return _search_postgresql(session, user_text, limit)
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


# ts_headline's options: the same marks as FTS5's snippet and about as many words.
_HEADLINE_OPTIONS = (
    f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=20, MinWords=8, ShortWord=2, "
    "MaxFragments=1, FragmentDelimiter=…"
)


def _search_postgresql(session: Session, user_text: str, limit: int | None) -> list[Hit]:
    """PostgreSQL: match the GIN-indexed ``search_vector``, rank, then make snippets of the
    ranked (and limited) hits only, since ``ts_headline`` reads the whole text."""
    query = tsquery(user_text)
    if query is None:
        return []
    sql = (
        "WITH q AS (SELECT to_tsquery('simple', :query) AS query), "
        "ranked AS ("
        "SELECT a.id, ts_rank(a.search_vector, q.query) AS score "
        "FROM article a, q WHERE a.search_vector @@ q.query "
        "ORDER BY score DESC, a.id" + (f" LIMIT {int(limit)}" if limit is not None else "") + ") "
        "SELECT r.id, r.score, ts_headline('simple', a.text, q.query, :options) "
        "FROM ranked r JOIN article a ON a.id = r.id, q ORDER BY r.score DESC, r.id"
    )
    rows = session.execute(text(sql), {"query": query, "options": _HEADLINE_OPTIONS}).all()
    return [Hit(int(row[0]), -float(row[1]), str(row[2])) for row in rows]


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
