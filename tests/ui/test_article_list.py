from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt

from dragon_reader.domain.articles import ArticleId, ArticleSummary
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.article_list import ArticleListModel


def test_model_lists_the_seeds_with_their_columns(corpus: Corpus) -> None:
    model = ArticleListModel(corpus)
    assert model.rowCount() == 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Title",
        "Outlet",
        "Date",
        "Words",
        "Status",
    ]
    first = [model.data(model.index(0, c)) for c in range(5)]
    assert first[0].startswith("US in touch with Beijing")
    assert first[1] == "Reuters"
    assert first[3] == "341"
    assert first[4] == "new"


def test_sorting_reorders_rows_through_the_database(corpus: Corpus) -> None:
    model = ArticleListModel(corpus)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    words = [int(model.data(model.index(r, 3)).replace(",", "")) for r in range(5)]
    assert words == sorted(words, reverse=True)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [model.data(model.index(r, 0)).lower() for r in range(5)]
    assert titles == sorted(titles)


def test_rows_are_fetched_lazily_in_pages(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    model = ArticleListModel(corpus)
    calls: list[int] = []
    original = corpus.summaries

    def counting(ids: Sequence[ArticleId]) -> dict[ArticleId, ArticleSummary]:
        calls.append(len(ids))
        return original(ids)

    monkeypatch.setattr(corpus, "summaries", counting)
    for row in range(5):
        model.data(model.index(row, 0))
    assert calls == [5]  # one page for every visible row, then the cache


def test_search_hits_come_a_page_at_a_time_as_the_list_scrolls(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dragon_reader.domain.articles import ArticleFilters
    from dragon_reader.ui import article_list

    monkeypatch.setattr(article_list, "SEARCH_PAGE", 2)
    model = ArticleListModel(corpus)
    everything = corpus.article_ids(filters=ArticleFilters(query="the"))
    assert len(everything) == 5
    model.set_filters(ArticleFilters(query="the"))
    assert model.rowCount() == 2 and model.canFetchMore()
    assert model.total_rows() == 5
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    assert [model.article_id_at(r) for r in range(5)] == everything  # best first throughout
    assert all(model.data(model.index(r, article_list.MATCH_COLUMN)) for r in range(5))
