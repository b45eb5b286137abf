from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow


def test_window_lists_the_five_seeds_and_shows_the_first(window: MainWindow) -> None:
    assert window.list_model.rowCount() == 5
    assert window.count_label.text() == "0 of 5 articles done"
    shown = window.reader.toPlainText()
    assert shown.startswith("US in touch with Beijing about arranging military communication")
    assert window.title_label.text() == (
        "US in touch with Beijing about arranging military communication -Pentagon"
    )


def test_selecting_an_article_shows_its_exact_text(window: MainWindow, corpus: Corpus) -> None:
    window.article_list.selectRow(2)
    article = corpus.article(window.list_model.article_id_at(2))  # type: ignore[arg-type]
    assert article is not None
    assert window.reader.toPlainText() == article.text
    assert "Follow Breitbart News’s Kristina Wong" in window.reader.toPlainText()


def test_j_and_k_move_through_articles(qtbot: QtBot, window: MainWindow) -> None:
    window.article_list.setFocus()
    first = window.current_article_id
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)
    second = window.current_article_id
    assert second != first
    qtbot.keyClick(window.reader, Qt.Key.Key_J)
    qtbot.keyClick(window.reader, Qt.Key.Key_K)
    assert window.current_article_id == second
    qtbot.keyClick(window.article_list, Qt.Key.Key_Down)
    assert window.article_list.currentIndex().row() == 2


def test_reader_selection_maps_to_stored_offsets(qtbot: QtBot, window: MainWindow) -> None:
    text = window.reader.article.text  # type: ignore[union-attr]
    start = text.index("Nancy Pelosi")
    window.reader.select_span(start, start + len("Nancy Pelosi"))
    span = window.reader.selected_span()
    assert span is not None
    assert span.text_of(text) == "Nancy Pelosi"


def test_window_remembers_last_article_and_geometry(
    qtbot: QtBot, corpus: Corpus, settings: QSettings
) -> None:
    first = MainWindow(corpus, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 520)
    remembered = first.size()  # as far as the window's minimum size allowed
    first.open_article(ArticleId(4))
    first.close()
    second = MainWindow(corpus, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_article_id == 4
    assert second.size().height() == remembered.height()
    assert settings.value("main_window/geometry") is not None


def test_reader_never_loads_resources(window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert window.reader.openLinks() is False
    assert (
        window.reader.loadResource(
            int(QTextDocument.ResourceType.ImageResource), QUrl("file:///etc/passwd")
        )
        is None
    )
