"""Full-text search behind one interface on both engines, ranked, with snippets: SQLite's
FTS5 table (migration 0005) and PostgreSQL's ``tsvector`` column with its GIN index
(migration 0007), ranked by ``ts_rank`` with snippets from ``ts_headline``. Any other engine
gets a plain case-insensitive substring search. All engine-specific search SQL lives here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from dragon_reader.store.models import Article

HIT_START, HIT_END = "\x01", "\x02"  # marks around matched words in snippets
_WORD = re.compile(r"\w+", re.UNICODE)
# The last word typed is matched as a prefix from its third letter on: "Tai" finds
# "Taiwan". One or two letters match whole words only ("Li", "Xi"): as prefixes they
# would match nearly every article, and FTS5's prefix index (migration 0017) covers three.
PREFIX_FROM = 3


def _as_prefix(word: str) -> bool:
    return len(word) >= PREFIX_FROM


@dataclass(frozen=True, slots=True)
class Hit:
    """One article matching a search, best first; ``snippet`` marks hits with \\x01/\\x02.

    ``rank`` orders the hits of one search, lower is better (its scale is the engine's)."""

    article_id: int
    rank: float
    snippet: str


def fts_query(user_text: str) -> str | None:
    """An FTS5 query for what the user typed: every word must occur, the last one as a
    prefix once it has ``PREFIX_FROM`` letters (search as you type). Quoting each word
    keeps FTS5 syntax out of the way."""
    words = _WORD.findall(user_text)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    if _as_prefix(words[-1]):
        quoted[-1] += "*"
    return " ".join(quoted)


def tsquery(user_text: str) -> str | None:
    """A PostgreSQL ``to_tsquery`` text for what the user typed, with the same meaning as
    ``fts_query``: every word must occur, the last one as a prefix from its third letter.
    Each word is quoted, so no operator the user types reaches the query parser."""
    words = [word.lower() for word in _WORD.findall(user_text)]
    if not words:
        return None
    quoted = [f"'{word}'" for word in words]
    if _as_prefix(words[-1]):
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


def search(
    session: Session,
    user_text: str,
    limit: int | None = None,
    *,
    offset: int = 0,
    within: Select[Any] | None = None,
    snippets: bool = True,
) -> list[Hit]:
    """Articles matching ``user_text``, best first, with a snippet each.

    ``limit``/``offset`` give one page of the ranking; ``within`` (a select of article
    ids) keeps only those articles; ``snippets=False`` leaves the snippets empty. The page
    is ranked first and snippets are made for its rows only, in one statement, so a page
    costs about the same whatever the number of hits.
    """
    query = fts_query(user_text)
    if query is None:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return _search_postgresql(session, user_text, limit, offset, within, snippets)
    if has_fts(session):
        # Two statements: the page of the ranking (ids only), then the snippets of that
        # page. FTS5 answers "MATCH and rowid IN (a subquery)" by visiting every match,
        # which at 90,000 matches costs seconds; a list of 50 ids costs what 50 rows do.
        fts = table("article_fts", column("rowid"))
        matching = text("article_fts MATCH :query")
        rank = func.bm25(literal_column("article_fts"), 5.0, 1.0)
        ranked = select(fts.c.rowid, rank).where(matching).order_by(rank).offset(offset)
        if limit is not None:
            ranked = ranked.limit(limit)
        if within is not None:
            ranked = ranked.where(fts.c.rowid.in_(within))
        page = [(int(row[0]), float(row[1])) for row in session.execute(ranked, {"query": query})]
        if not snippets or not page:
            return [Hit(article_id, score, "") for article_id, score in page]
        ids = ", ".join(str(article_id) for article_id, _ in page)  # integers from SQLite
        snippet = func.snippet(literal_column("article_fts"), 1, HIT_START, HIT_END, "…", 14)
        if query.endswith("*"):
            # FTS5 answers "rowid IN (…)" with one lookup per id, and a prefix is looked
            # up by merging every word that starts so: 50 merges. A rowid range is one
            # pass, and "+rowid" (not given to FTS5) keeps the page's rows from it.
            lowest = min(article_id for article_id, _ in page)
            highest = max(article_id for article_id, _ in page)
            rows = text(f"rowid BETWEEN {lowest} AND {highest} AND +rowid IN ({ids})")
        else:
            rows = text(f"rowid IN ({ids})")
        made = dict(
            session.execute(
                select(fts.c.rowid, snippet).where(matching).where(rows), {"query": query}
            ).all()
        )
        return [Hit(article_id, score, str(made.get(article_id, ""))) for article_id, score in page]
    words = _WORD.findall(user_text)
    conditions = [
        or_(Article.title.ilike(f"%{word}%"), Article.text.ilike(f"%{word}%")) for word in words
    ]
    plain = select(Article.id, Article.text).where(and_(*conditions)).order_by(Article.id)
    if within is not None:
        plain = plain.where(Article.id.in_(within))
    if limit is not None:
        plain = plain.limit(limit)
    if offset:
        plain = plain.offset(offset)
    return [
        Hit(row.id, 0.0, _plain_snippet(row.text, words[0]) if snippets else "")
        for row in session.execute(plain)
    ]


def count_matches(session: Session, user_text: str, within: Select[Any] | None = None) -> int:
    """How many articles match ``user_text`` (within ``within`` if given), unranked."""
    query = fts_query(user_text)
    if query is None:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        vector: Any = literal_column("article.search_vector")
        counted = (
            select(func.count())
            .select_from(Article)
            .where(vector.op("@@")(func.to_tsquery("simple", tsquery(user_text))))
        )
        if within is not None:
            counted = counted.where(Article.id.in_(within))
        return int(session.execute(counted).scalar() or 0)
    if has_fts(session):
        fts = table("article_fts", column("rowid"))
        statement = select(func.count()).select_from(fts).where(text("article_fts MATCH :query"))
        if within is not None:
            statement = statement.where(fts.c.rowid.in_(within))
        return int(session.execute(statement, {"query": query}).scalar() or 0)
    return len(search(session, user_text, within=within, snippets=False))


# ts_headline's options: the same marks as FTS5's snippet and about as many words.
_HEADLINE_OPTIONS = (
    f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=20, MinWords=8, ShortWord=2, "
    "MaxFragments=1, FragmentDelimiter=…"
)


def _search_postgresql(
    session: Session,
    user_text: str,
    limit: int | None,
    offset: int = 0,
    within: Select[Any] | None = None,
    snippets: bool = True,
) -> list[Hit]:
    """PostgreSQL: match the GIN-indexed ``search_vector``, rank, then make snippets of the
    ranked (and limited) hits only, since ``ts_headline`` reads the whole text."""
    query = tsquery(user_text)
    if query is None:
        return []
    parsed = func.to_tsquery("simple", query)
    vector: Any = literal_column("article.search_vector")
    score = func.ts_rank(vector, parsed).label("score")
    ranked = (
        select(Article.id.label("id"), score)
        .where(vector.op("@@")(parsed))
        .order_by(score.desc(), Article.id)
        .offset(offset)
    )
    if limit is not None:
        ranked = ranked.limit(limit)
    if within is not None:
        ranked = ranked.where(Article.id.in_(within))
    page = ranked.subquery()
    headline = (
        func.ts_headline("simple", Article.text, parsed, _HEADLINE_OPTIONS)
        if snippets
        else literal("")
    )
    statement = (
        select(page.c.id, page.c.score, headline)
        .join(Article, Article.id == page.c.id)
        .order_by(page.c.score.desc(), page.c.id)
    )
    rows = session.execute(statement).all()
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
