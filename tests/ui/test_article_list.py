from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId, ArticleSummary
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.article_list import ArticleListModel
from dragon_reader.ui.filter_bar import FilterBar
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import article_list, bus, child, list_model


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


def test_ids_are_read_a_first_page_then_the_rest_when_wanted(
    qtbot: QtBot, corpus: Corpus, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dragon_reader.ui.article_list as article_list_module

    monkeypatch.setattr(article_list_module, "ID_PAGE", 2)  # the seeds are five articles
    asked: list[int | None] = []
    original = corpus.article_ids

    def counting(*args: object, **kwargs: object) -> list[ArticleId]:
        asked.append(kwargs.get("limit"))  # type: ignore[arg-type]
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus, "article_ids", counting)
    model = ArticleListModel(corpus)
    assert (model.rowCount(), asked) == (2, [2])  # the first page alone
    assert model.canFetchMore()
    assert model.row_of(ArticleId(5)) == 4  # a row beyond: the rest is read for it
    assert (model.rowCount(), asked, model.canFetchMore()) == (5, [2, None], False)

    model.sort(3, Qt.SortOrder.DescendingOrder)  # all read: all sorted
    assert sorted(model.article_id_at(r) or 0 for r in range(model.rowCount())) == [1, 2, 3, 4, 5]

    # In the window: a first page that does not fill the list brings the rest at once, in
    # order, each article once; stepping down goes through them all.
    window = MainWindow(corpus, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.opening)
    shown = list_model(window)
    assert [shown.article_id_at(r) for r in range(shown.rowCount())] == [1, 2, 3, 4, 5]
    window.open_article(ArticleId(1))
    for _ in range(5):
        window.navigation.move_article(1)
    assert window.current_article_id == 5


def test_the_first_page_of_rows_counts_no_tags(corpus: Corpus) -> None:
    from sqlalchemy import event

    statements: list[str] = []
    event.listen(
        corpus.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: statements.append(statement),
    )
    model = ArticleListModel(corpus)
    shown = [model.data(model.index(row, c)) for row in range(5) for c in range(5)]
    assert any(shown)
    assert any("FROM article" in s for s in statements)
    # The inferred dates need the codebook's events, not how many tags each has.
    assert not any("FROM tag" in s for s in statements), "every tag counted for a page"


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


def test_the_date_column_marks_inferred_dates_apart_from_confirmed_ones(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    view = article_list(window)
    model = list_model(window)
    date_column = 2

    def cell(source_file_prefix: str) -> QModelIndex:
        for row in range(model.rowCount()):
            article = corpus.article(model.article_id_at(row))  # type: ignore[arg-type]
            if article is not None and (article.source_file or "").startswith(source_file_prefix):
                return model.index(row, date_column)
        raise AssertionError(source_file_prefix)

    dpct = cell("003_")
    # No stored date: the one the text gives ("Tuesday, Jan. 9"), marked as inferred.
    assert model.data(dpct) == "~2024-01-09"
    assert model.data(dpct, ArticleListModel.PublishedSourceRole) == "inferred"
    assert model.data(dpct, Qt.ItemDataRole.FontRole).italic()
    shown = view.horizontalHeader().sectionSize(date_column)
    needed = QFontMetrics(model.data(dpct, Qt.ItemDataRole.FontRole)).horizontalAdvance(
        "~2024-01-09"
    )
    assert shown >= needed + 8, "the inferred date is cut short (“~2024-0…”)"
    tip = model.data(dpct, Qt.ItemDataRole.ToolTipRole)
    assert "Inferred from the text (week), not confirmed" in tip and "Jan. 9" in tip
    # Known only to the month: shown as the month, not as a first day.
    assert model.data(cell("000_")) == "~2023-12"
    # No evidence at all: an empty cell that says why.
    undated = cell("004_")
    assert model.data(undated) is None
    assert "gives none" in model.data(undated, Qt.ItemDataRole.ToolTipRole)
    # Confirmed (the same service call as Properties and the CLI): a plain date.
    article_id = model.data(dpct, ArticleListModel.ArticleIdRole)
    bus(window).apply(lambda: corpus.edit_metadata(article_id, published=date(2024, 1, 9)))
    dpct = cell("003_")
    assert model.data(dpct) == "2024-01-09"
    assert model.data(dpct, ArticleListModel.PublishedSourceRole) == "confirmed"
    assert model.data(dpct, Qt.ItemDataRole.FontRole) is None
    assert model.data(dpct, Qt.ItemDataRole.ToolTipRole) == "Publication date, confirmed"
    assert view.isVisible()


def test_the_published_filter_finds_articles_dated_only_by_their_text(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.find import child

    model = list_model(window)
    published = child(window, QLineEdit, "published")
    qtbot.keyClicks(published, "2024-01")
    qtbot.waitUntil(lambda: model.filters.published_from is not None)
    assert model.rowCount() == 0  # no seed has a stored date
    # At start (here: by hand) the texts' dates are read and stored in the background;
    # the filtered list then shows the article that says "Tuesday, Jan. 9".
    window.start_background_recognition()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.data(model.index(0, 2)) == "~2024-01-09"
    article = corpus.article(model.article_id_at(0))  # type: ignore[arg-type]
    assert article is not None and str(article.source_file).startswith("003_")
    # Confirming another date takes the article out of January 2024.
    bus(window).apply(lambda: corpus.edit_metadata(article.id, published=date(2023, 12, 30)))
    qtbot.waitUntil(lambda: model.rowCount() == 0)


def test_a_search_snippet_is_text_only_and_its_tooltip_plain(corpus: Corpus) -> None:
    from dragon_reader.domain.articles import ArticleFilters
    from dragon_reader.ui.article_list import MATCH_COLUMN

    hostile = corpus.import_text('Talks\n\nThe talks <img src="/dev/zero"> went on.')
    assert hostile.article_id is not None
    model = ArticleListModel(corpus)
    model.set_filters(ArticleFilters(query="talks"))
    row = next(r for r in range(model.rowCount()) if model.article_id_at(r) == hostile.article_id)
    cell = model.index(row, MATCH_COLUMN)
    assert "talks" in model.data(cell).lower()
    # No font, colour or alignment from the snippet (Qt took it for a font description).
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
        assert model.data(cell, role) is None
    tip = model.data(cell, Qt.ItemDataRole.ToolTipRole)
    # Plain: the hit marks gone, the markup shown as its characters (escaped), no image.
    assert "\x01" not in tip and "\x02" not in tip
    assert "&lt;img" in tip and "<img" not in tip


def test_the_readers_header_gives_the_date_read_from_the_text_as_not_confirmed(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from tests.ui.find import label

    window.open_article(4)  # type: ignore[arg-type]  # "Tuesday, Jan. 9"
    meta = label(window, "article_meta")
    assert "~2024-01-09 (read from the text, not confirmed)" in meta.text()
    bus(window).apply(lambda: corpus.edit_metadata(4, published=date(2024, 1, 9)))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "2024-01-09" in meta.text() and "~" not in meta.text())


def _click_header(qtbot: QtBot, window: MainWindow, column: int) -> None:
    header = article_list(window).horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _arrow(window: MainWindow) -> tuple[int, Qt.SortOrder] | None:
    header = article_list(window).horizontalHeader()
    section = header.sortIndicatorSection()
    return None if not 0 <= section < 5 else (section, header.sortIndicatorOrder())


def test_the_sort_arrow_shows_the_order_the_rows_are_in_and_it_is_kept(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, settings: QSettings
) -> None:
    """No arrow in import order or over a search's hits (in order of relevance); the
    column clicked sorts the rows and shows its arrow, also at the next start."""
    model = list_model(window)
    assert _arrow(window) is None  # import order: no column claims it
    assert [model.article_id_at(r) for r in range(5)] == [1, 2, 3, 4, 5]
    _click_header(qtbot, window, 3)  # Words
    arrow = _arrow(window)
    assert arrow is not None and arrow[0] == 3
    words = [int(model.data(model.index(r, 3))) for r in range(5)]
    assert words == sorted(words, reverse=arrow[1] == Qt.SortOrder.DescendingOrder)
    bar = child(window, FilterBar, "filter_bar")
    bar.search.setText("the")
    bar.flush()
    hits = [model.article_id_at(r) for r in range(model.rowCount())]
    assert _arrow(window) is None  # hits in order of relevance
    _click_header(qtbot, window, 2)  # Date, while searching: the hits keep their order…
    assert [model.article_id_at(r) for r in range(model.rowCount())] == hits
    assert _arrow(window) is None  # …and no arrow says otherwise
    _click_header(qtbot, window, 5)  # Match (the snippets) sorts nothing and keeps Date
    assert _arrow(window) is None
    bar.search.setText("")
    bar.flush()
    arrow = _arrow(window)
    assert arrow is not None and arrow[0] == 2  # the Date order chosen, now in force
    window.close()
    again = MainWindow(corpus, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: not again.opening)
    assert _arrow(again) == arrow
    restored = list_model(again)
    assert [restored.article_id_at(r) for r in range(5)] == [
        model.article_id_at(r) for r in range(5)
    ]


def test_the_words_column_shows_the_longest_articles_count_whole(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    from dragon_reader.domain.changes import Changes
    from dragon_reader.ui.article_list import WORDS_COLUMN

    view = article_list(window)
    seeds_width = view.columnWidth(WORDS_COLUMN)
    with sqlite3.connect(db_path) as raw:  # a 19 MB article's count, without its text
        raw.execute("UPDATE article SET word_count = 2873346 WHERE id = 2")
    bus(window).announce(Changes.everything("read again"))
    model = list_model(window)
    row = model.row_of(ArticleId(2))
    assert row is not None
    shown = model.data(model.index(row, WORDS_COLUMN))
    assert shown == "2,873,346"
    needed = view.fontMetrics().horizontalAdvance(shown)
    # The longest count is read off the window's thread: the column widens when it is in.
    qtbot.waitUntil(lambda: view.columnWidth(WORDS_COLUMN) >= needed + 8)  # whole, with margins
    assert seeds_width < view.columnWidth(WORDS_COLUMN)  # the seeds' few hundred need less
