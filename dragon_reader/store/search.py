"""Full-text search behind one interface on both engines, ranked, with snippets: SQLite's
FTS5 table (migration 0005) and PostgreSQL's ``tsvector`` column with its GIN index
(migration 0007), ranked by ``ts_rank`` with snippets from ``ts_headline``. Any other engine
gets a plain case-insensitive substring search. All engine-specific search SQL lives here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Float,
    Select,
    and_,
    case,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from dragon_reader.domain.search_terms import last_is_prefix, pieces, search_words, snippet_spans
from dragon_reader.store.models import Article

HIT_START, HIT_END = "\x01", "\x02"  # marks around matched words in snippets
# What the words typed mean (every word, the last also as a prefix from its third letter,
# which FTS5's prefix index of migration 0017 covers) is ``domain.search_terms``.
# How many matching articles, the newest, a search ranks by relevance; older matches
# follow them newest first. Ranking costs about a microsecond per article (FTS5's bm25 at
# 100,000 articles: "the" took 0.24 s ranked in full, 18 ms over 5,000).
RANKED_POOL = 5_000
TITLE_WEIGHT = 5.0  # a word in the title counts five times one in the text (FTS5's bm25)
# Past this many words an article's snippet is made here, around its first match, not by
# FTS5's snippet(), whose time grows with the square of the matches in the text (a 1.9
# million word text took 1.4 s for a word found 10,000 times and 100 s for "the"), nor by
# ts_headline, which reads the whole text.
LONG_TEXT_WORDS = 20_000


@dataclass(frozen=True, slots=True)
class Hit:
    """One article matching a search, best first; ``snippet`` marks hits with \\x01/\\x02.

    ``rank`` orders the hits of one search, lower is better (its scale is the engine's)."""

    article_id: int
    rank: float
    snippet: str


def fts_query(user_text: str) -> str | None:
    """An FTS5 query for what the user typed: every word must occur, the last one as a
    prefix once it has ``search_terms.PREFIX_FROM`` letters (search as you type). Quoting each word
    keeps FTS5 syntax out of the way; a quoted word of several pieces ("military-to-military")
    is an FTS5 phrase."""
    words = search_words(user_text)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    if last_is_prefix(words):
        quoted[-1] += "*"
    return " ".join(quoted)


def tsquery(user_text: str) -> str | None:
    """A PostgreSQL ``to_tsquery`` text for what the user typed, with the same meaning as
    ``fts_query``: every word must occur, the last one as a prefix from its third letter,
    the pieces of a word written with hyphens or an apostrophe one after the other (``<->``).
    Each piece is quoted, so no operator the user types reaches the query parser."""
    words = search_words(user_text)
    phrases = [[piece.lower() for piece in pieces(word)] for word in words]
    phrases = [phrase for phrase in phrases if phrase]
    if not phrases:
        return None
    quoted = [[f"'{piece}'" for piece in phrase] for phrase in phrases]
    if last_is_prefix(words):
        quoted[-1][-1] += ":*"
    return " & ".join(
        "(" + " <-> ".join(phrase) + ")" if len(phrase) > 1 else phrase[0] for phrase in quoted
    )


def has_fts(session: Session) -> bool:
    """True when the database has the FTS5 table (SQLite)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_fts'")
    ).first()
    return found is not None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a search: its hits, best first, and (when asked for) how many articles
    match in all (``None`` when not asked)."""

    hits: list[Hit]
    total: int | None = None


def search(
    session: Session,
    user_text: str,
    limit: int | None = None,
    *,
    offset: int = 0,
    within: Select[Any] | None = None,
    snippets: bool = True,
) -> list[Hit]:
    """Articles matching ``user_text`` in the order of ``search_page``, with a snippet
    each (``snippets=False`` leaves them empty); ``limit``/``offset`` give one page."""
    return search_page(
        session, user_text, limit, offset=offset, within=within, snippets=snippets
    ).hits


def search_page(
    session: Session,
    user_text: str,
    limit: int | None = None,
    *,
    offset: int = 0,
    within: Select[Any] | None = None,
    snippets: bool = True,
    count: bool = False,
) -> Page:
    """One page of the articles matching ``user_text``, in one statement.

    The order: the newest ``RANKED_POOL`` matching articles (highest ids) ranked by
    relevance (title weighted above text; equal ranks newest first), then any older
    matches newest first, unranked (``rank`` 0). Ranking is the costly part of a search
    (about a microsecond per matching article), so a word found in most articles costs
    what one found in ``RANKED_POOL`` does, while a rarer one is ranked in full.
    ``within`` (a select of article ids) keeps only those articles; snippets are made
    for the page's rows only; ``count=True`` also counts every match (``Page.total``).
    """
    if fts_query(user_text) is None:
        return Page([], 0 if count else None)
    if session.get_bind().dialect.name == "postgresql":
        return _page_postgresql(session, user_text, limit, offset, within, snippets, count)
    if has_fts(session):
        return _page_fts5(session, user_text, limit, offset, within, snippets, count)
    hits = _search_plain(session, user_text, limit, offset, within, snippets)
    if not count:
        return Page(hits)
    return Page(hits, len(_search_plain(session, user_text, None, 0, within, False)))


def _parts(limit: int | None, offset: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """``(limit, offset)`` of the ranked pool's part of a page and of the rest's part
    (a limit of -1: no limit; 0: the part is not read)."""
    offset = max(0, offset)
    end = None if limit is None else offset + max(0, limit)
    ranked_end = RANKED_POOL if end is None else min(end, RANKED_POOL)
    ranked = (max(0, ranked_end - offset), offset) if offset < RANKED_POOL else (0, 0)
    if end is not None and end <= RANKED_POOL:
        return ranked, (0, 0)
    rest_offset = max(0, offset - RANKED_POOL)
    rest_limit = -1 if end is None else end - RANKED_POOL - rest_offset
    return ranked, (rest_limit, rest_offset)


def _pool_then_newest(
    matching: Callable[..., Select[Any]],
    row_id: Any,
    score: Any,
    limit: int | None,
    offset: int,
) -> list[Select[Any]]:
    """The page's parts as ``(id, score, part)`` selects: the newest ``RANKED_POOL``
    matches ranked by ``score`` (lower first; part 0), then the older matches newest first
    (part 1). ``matching(*columns)`` selects the matches; ``floor``, the lowest id of the
    pool, is found by walking the matches newest first without ranking them."""
    (ranked_limit, ranked_offset), (rest_limit, rest_offset) = _parts(limit, offset)
    floor = func.coalesce(
        matching(row_id)
        .order_by(row_id.desc())
        .limit(1)
        .offset(RANKED_POOL - 1)
        .scalar_subquery()
        .correlate(None),
        0,
    )
    parts: list[Select[Any]] = []
    if ranked_limit:
        best = (
            matching(row_id.label("id"), score.label("score"), literal(0).label("part"))
            .where(row_id >= floor)
            .order_by(score, row_id.desc())
            .limit(ranked_limit)
            .offset(ranked_offset)
            .subquery()
        )
        parts.append(select(best.c.id, best.c.score, best.c.part))
    if rest_limit:
        rest = (
            matching(
                row_id.label("id"), literal(0.0, Float).label("score"), literal(1).label("part")
            )
            .where(row_id < floor)
            .order_by(row_id.desc())
            .limit(None if rest_limit < 0 else rest_limit)
            .offset(rest_offset)
            .subquery()
        )
        parts.append(select(rest.c.id, rest.c.score, rest.c.part))
    return parts


def _page_fts5(
    session: Session,
    user_text: str,
    limit: int | None,
    offset: int,
    within: Select[Any] | None,
    snippets: bool,
    count: bool,
) -> Page:
    """SQLite's FTS5: one statement of common table expressions.

    ``floor`` finds the lowest id of the ranked pool by walking the index newest first (no
    ranking); ``page`` ranks the pool's matches and takes the page (and, past the pool,
    the older matches newest first); ``made`` makes the page's snippets in one pass over
    the page's id range — FTS5 answers "rowid IN (…)" with one lookup per id, and a
    prefix is looked up by merging every word that starts so, 50 merges a page — and
    "+rowid IN" (not given to FTS5) keeps the page's rows from that pass."""
    query = fts_query(user_text)
    fts = table("article_fts", column("rowid"))
    rowid = fts.c.rowid

    def matching(*columns: Any) -> Select[Any]:
        statement = select(*columns).select_from(fts).where(_fts_match(query))
        if within is not None:
            statement = statement.where(rowid.in_(within))
        return statement

    rank = func.bm25(literal_column("article_fts"), TITLE_WEIGHT, 1.0)
    parts = _pool_then_newest(matching, rowid, rank, limit, offset)
    if not parts:
        return Page([], count_matches(session, user_text, within) if count else None)
    page = (parts[0] if len(parts) == 1 else union_all(*parts)).cte("page")
    page = page.prefix_with("MATERIALIZED")
    if snippets:
        words = (
            select(Article.word_count)
            .where(Article.id == rowid)
            .scalar_subquery()
            .correlate_except(Article)
        )
        snippet = case(
            (words > LONG_TEXT_WORDS, literal(None)),
            else_=func.snippet(literal_column("article_fts"), 1, HIT_START, HIT_END, "…", 14),
        )
        lowest = select(func.min(page.c.id)).scalar_subquery()
        highest = select(func.max(page.c.id)).scalar_subquery()
        made = (
            select(rowid.label("id"), snippet.label("snippet"))
            .select_from(fts)
            .where(_fts_match(query), rowid.between(lowest, highest))
            .where(literal_column("+article_fts.rowid").in_(select(page.c.id)))
            .cte("made")
            .prefix_with("MATERIALIZED")
        )
        text_of: Any = made.c.snippet
        source: Any = page.outerjoin(made, made.c.id == page.c.id)
    else:
        text_of, source = literal(""), page
    total: Any = literal(None)
    if count:
        total = matching(func.count()).scalar_subquery().correlate(None)
    statement = (
        select(page.c.id, page.c.score, text_of, total)
        .select_from(source)
        .order_by(page.c.part, page.c.score, page.c.id.desc())
    )
    page_found = _page_of(session, statement, user_text, offset, within, count)
    return _with_long_snippets(session, page_found, user_text) if snippets else page_found


def _with_long_snippets(session: Session, page: Page, user_text: str) -> Page:
    """``page`` with the snippets of its long articles (``LONG_TEXT_WORDS``), which the
    statement left empty, made around each one's first match."""
    empty = [hit.article_id for hit in page.hits if not hit.snippet]
    if not empty:
        return page
    long_texts = select(Article.id, Article.text).where(
        Article.id.in_(empty), Article.word_count > LONG_TEXT_WORDS
    )
    texts = {int(row.id): str(row.text) for row in session.execute(long_texts)}
    if not texts:
        return page
    hits = [
        Hit(hit.article_id, hit.rank, long_snippet(texts[hit.article_id], user_text))
        if hit.article_id in texts
        else hit
        for hit in page.hits
    ]
    return Page(hits, page.total)


def long_snippet(body: str, user_text: str) -> str:
    """A snippet of ``body`` around the first word the search matches, matched words
    between ``HIT_START`` and ``HIT_END``, "…" where the text is cut: FTS5's snippet's form."""
    start, end, matched = snippet_spans(body, user_text)
    parts = ["…" if start else ""]
    at = start
    for word_start, word_end in matched:
        parts += [body[at:word_start], HIT_START, body[word_start:word_end], HIT_END]
        at = word_end
    parts += [body[at:end], "…" if end < len(body) else ""]
    return "".join(parts)


def _page_of(
    session: Session,
    statement: Select[Any],
    user_text: str,
    offset: int,
    within: Select[Any] | None,
    count: bool,
) -> Page:
    """Run a page's ``(id, score, snippet, total)`` statement; a page past the end (no
    rows, so no total) counts the matches on its own."""
    rows = session.execute(statement).all()
    hits = [Hit(int(row[0]), float(row[1]), str(row[2] or "")) for row in rows]
    if not count:
        return Page(hits)
    if rows:
        return Page(hits, int(rows[0][3]))
    return Page(hits, count_matches(session, user_text, within) if offset else 0)


def _fts_match(query: str | None) -> Any:
    """``article_fts MATCH query`` (the table's own name: FTS5 wants it so)."""
    return literal_column("article_fts").op("MATCH")(query)


def _search_plain(
    session: Session,
    user_text: str,
    limit: int | None,
    offset: int,
    within: Select[Any] | None,
    snippets: bool,
) -> list[Hit]:
    """Any other engine: a case-insensitive substring match of every word, oldest first."""
    words = search_words(user_text)
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
        statement = select(func.count()).select_from(fts).where(_fts_match(query))
        if within is not None:
            statement = statement.where(fts.c.rowid.in_(within))
        return int(session.execute(statement).scalar() or 0)
    return len(_search_plain(session, user_text, None, 0, within, False))


# ts_headline's options: the same marks as FTS5's snippet and about as many words.
_HEADLINE_OPTIONS = (
    f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=20, MinWords=8, ShortWord=2, "
    "MaxFragments=1, FragmentDelimiter=…"
)


def _page_postgresql(
    session: Session,
    user_text: str,
    limit: int | None,
    offset: int,
    within: Select[Any] | None,
    snippets: bool,
    count: bool,
) -> Page:
    """PostgreSQL, in the order of ``search_page``: match the GIN-indexed
    ``search_vector``, rank the newest ``RANKED_POOL`` matches by ``ts_rank``, then make
    headlines for the page only, since ``ts_headline`` reads the whole text."""
    parsed = func.to_tsquery("simple", tsquery(user_text))
    vector: Any = literal_column("article.search_vector")

    def matching(*columns: Any) -> Select[Any]:
        statement = select(*columns).select_from(Article).where(vector.op("@@")(parsed))
        if within is not None:
            statement = statement.where(Article.id.in_(within))
        return statement

    rank = func.ts_rank(vector, parsed)
    parts = _pool_then_newest(matching, Article.id, -rank, limit, offset)
    if not parts:
        return Page([], count_matches(session, user_text, within) if count else None)
    page = (parts[0] if len(parts) == 1 else union_all(*parts)).subquery("page")
    headline: Any = literal("")
    if snippets:
        headline = case(
            (Article.word_count > LONG_TEXT_WORDS, literal(None)),
            else_=func.ts_headline("simple", Article.text, parsed, _HEADLINE_OPTIONS),
        )
    total: Any = literal(None)
    if count:
        total = matching(func.count()).scalar_subquery().correlate(None)
    statement = (
        select(page.c.id, page.c.score, headline, total)
        .join(Article, Article.id == page.c.id)
        .order_by(page.c.part, page.c.score, page.c.id.desc())
    )
    page_found = _page_of(session, statement, user_text, offset, within, count)
    return _with_long_snippets(session, page_found, user_text) if snippets else page_found


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
