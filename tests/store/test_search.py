"""The search's order, pages and count on both engines (``store/search.py``)."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from dragon_reader.services.corpus import Corpus
from dragon_reader.store import search
from dragon_reader.store.models import Article


def _statements(corpus: Corpus) -> list[str]:
    """The full-text statements run on ``corpus`` from now on (FTS5's MATCH, PostgreSQL's @@)."""
    seen: list[str] = []
    event.listen(
        corpus.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, sql, *_a: seen.append(sql) if "MATCH" in sql or "@@" in sql else None,
    )
    return seen


@pytest.fixture
def hotline_corpus(empty_corpus: Corpus) -> tuple[Corpus, list[int]]:
    """Seven articles that all say "hotline", once or three times, oldest first."""
    ids = []
    for number in range(7):
        times = 3 if number in (1, 4, 6) else 1
        body = " ".join(["The hotline was discussed."] * times) + f" Round {number} ended."
        outcome = empty_corpus.import_text(f"Report {number}\n\n{body}")
        assert outcome.article_id is not None
        ids.append(int(outcome.article_id))
    return empty_corpus, ids


def test_a_common_word_ranks_the_newest_matches_and_lists_older_ones_newest_first(
    hotline_corpus: tuple[Corpus, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``RANKED_POOL`` matches the ranking covers the newest; the rest follow by age."""
    corpus, ids = hotline_corpus
    monkeypatch.setattr(search, "RANKED_POOL", 4)
    with corpus.database.session() as session:
        hits = search.search(session, "hotline", snippets=False)
    order = [hit.article_id for hit in hits]
    newest, older = ids[3:], ids[:3]
    # The newest four ranked: the two saying it three times first (newest first at a tie).
    assert order[:2] == [ids[6], ids[4]]
    assert sorted(order[:4]) == sorted(newest)
    assert order[4:] == older[::-1]  # unranked, newest first
    assert [hit.rank for hit in hits[4:]] == [0.0, 0.0, 0.0]
    assert all(hit.rank < 0 for hit in hits[:4])


def test_pages_across_the_ranked_pool_add_up_to_the_whole_order(
    hotline_corpus: tuple[Corpus, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, _ids = hotline_corpus
    monkeypatch.setattr(search, "RANKED_POOL", 4)
    with corpus.database.session() as session:
        whole = [hit.article_id for hit in search.search(session, "hotline", snippets=False)]
        paged = [
            hit.article_id
            for offset in range(0, 8, 3)
            for hit in search.search(session, "hotline", 3, offset=offset)
        ]
    assert paged == whole
    assert len(whole) == 7


def test_a_page_with_its_snippets_and_the_count_is_one_statement(
    hotline_corpus: tuple[Corpus, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, ids = hotline_corpus
    monkeypatch.setattr(search, "RANKED_POOL", 4)
    statements = _statements(corpus)
    with corpus.database.session() as session:
        page = search.search_page(session, "hotl", 5, count=True)
        later = search.search_page(session, "hotline", 5, offset=5)
    assert len(statements) == 2  # one for each page
    assert page.total == 7 and later.total is None
    assert len(page.hits) == 5 and [hit.article_id for hit in later.hits] == ids[:2][::-1]
    start, end = search.HIT_START, search.HIT_END
    assert all(f"{start}hotline{end}" in hit.snippet for hit in page.hits + later.hits)


def test_filters_narrow_the_pool_the_page_and_the_count(
    hotline_corpus: tuple[Corpus, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, ids = hotline_corpus
    monkeypatch.setattr(search, "RANKED_POOL", 2)
    within = select(Article.id).where(Article.id.in_(ids[:5]))
    with corpus.database.session() as session:
        page = search.search_page(session, "hotline", 10, within=within, count=True)
        nothing = search.search_page(session, "nowhere", 10, count=True)
        past_the_end = search.search_page(session, "hotline", 10, offset=20, count=True)
    order = [hit.article_id for hit in page.hits]
    assert order[:2] == [ids[4], ids[3]]  # the two newest of the five, ranked
    assert order[2:] == [ids[2], ids[1], ids[0]]
    assert page.total == 5
    assert (nothing.hits, nothing.total) == ([], 0)
    assert (past_the_end.hits, past_the_end.total) == ([], 7)


def test_a_long_article_gets_the_snippet_of_its_first_match_without_fts5_snippet(
    empty_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FTS5's snippet() scores every match against every other one (100 s for "the" in a
    1.9 million word text); past ``LONG_TEXT_WORDS`` the snippet is the first match's
    neighbourhood, made without it, while a short article keeps FTS5's best fragment."""
    monkeypatch.setattr(search, "LONG_TEXT_WORDS", 200)
    filler = "Delegates met again in the capital. " * 60
    body = filler + "First talks began. " + filler + "talks talks talks and more talks. " + filler
    long_id = empty_corpus.import_text(f"Long report\n\n{body}").article_id
    short_id = empty_corpus.import_text("Short report\n\nBrief talks. " * 3).article_id
    assert long_id is not None and short_id is not None
    with empty_corpus.database.session() as session:
        hits = {hit.article_id: hit.snippet for hit in search.search(session, "talks")}
    start, end = search.HIT_START, search.HIT_END
    first = f"First {start}talks{end} began. Delegates met again in the capital. Delegates met"
    assert hits[long_id] == f"…again in the capital. {first}…"  # not the "talks talks" part
    assert f"{start}talks{end}" in hits[short_id]
