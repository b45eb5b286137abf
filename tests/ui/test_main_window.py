from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QSplitter, QTableView, QWidget
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.services.corpus import Corpus, open_corpus
from dragon_reader.ui.filter_bar import FilterBar
from dragon_reader.ui.main_window import DOCK_MIN_WIDTH, MainWindow
from tests.ui.find import article_list, child, label, list_model, reader


def test_window_lists_the_five_seeds_and_shows_the_first(window: MainWindow) -> None:
    assert list_model(window).rowCount() == 5
    assert label(window, "count_label").text() == "0 of 5 articles done"
    shown = reader(window).toPlainText()
    assert shown.startswith("US in touch with Beijing about arranging military communication")
    assert label(window, "article_title").text() == (
        "US in touch with Beijing about arranging military communication -Pentagon"
    )


def test_selecting_an_article_shows_its_exact_text(window: MainWindow, corpus: Corpus) -> None:
    article_list(window).selectRow(2)
    article = corpus.article(list_model(window).article_id_at(2))  # type: ignore[arg-type]
    assert article is not None
    assert reader(window).toPlainText() == article.text
    assert "Follow Breitbart News’s Kristina Wong" in reader(window).toPlainText()


def test_j_and_k_move_through_articles(qtbot: QtBot, window: MainWindow) -> None:
    article_list(window).setFocus()
    first = window.current_article_id
    qtbot.keyClick(article_list(window), Qt.Key.Key_J)
    second = window.current_article_id
    assert second != first
    qtbot.keyClick(reader(window), Qt.Key.Key_J)
    qtbot.keyClick(reader(window), Qt.Key.Key_K)
    assert window.current_article_id == second
    qtbot.keyClick(article_list(window), Qt.Key.Key_Down)
    assert article_list(window).currentIndex().row() == 2


def test_reader_selection_maps_to_stored_offsets(qtbot: QtBot, window: MainWindow) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index("Nancy Pelosi")
    reader(window).select_span(start, start + len("Nancy Pelosi"))
    span = reader(window).selected_span()
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
    # The list paints first; the article opens right after.
    qtbot.waitUntil(lambda: second.current_article_id == 4)
    assert second.size().height() == remembered.height()
    assert settings.value("main_window/geometry") is not None


def test_reader_never_loads_resources(window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert reader(window).openLinks() is False
    assert (
        reader(window).loadResource(
            int(QTextDocument.ResourceType.ImageResource), QUrl("file:///etc/passwd")
        )
        is None
    )


def test_the_list_paints_before_the_last_article_is_laid_out(
    qtbot: QtBot, corpus: Corpus, settings: QSettings
) -> None:
    from PySide6.QtCore import QEvent, QObject

    window = MainWindow(corpus, settings)
    qtbot.addWidget(window)
    shown_at_first_paint: list[object] = []

    class FirstPaint(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not shown_at_first_paint:
                shown_at_first_paint.append(window.current_article_id)
            return False

    watch = FirstPaint()
    article_list(window).viewport().installEventFilter(watch)
    window.show()
    qtbot.waitUntil(lambda: window.current_article_id is not None)
    assert shown_at_first_paint == [None]
    assert reader(window).toPlainText().startswith("US in touch with Beijing")


def test_the_last_article_is_remembered_per_database(
    qtbot: QtBot, corpus: Corpus, settings: QSettings, seeded_template: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.sqlite3"
    shutil.copy(seeded_template, other_path)
    other = open_corpus(str(other_path))

    def shown(on: Corpus, close_at: ArticleId | None = None) -> ArticleId | None:
        window = MainWindow(on, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.opening and window.current_article_id is not None)
        opened = window.current_article_id
        if close_at is not None:
            window.open_article(close_at)
        window.close()
        return opened

    try:
        shown(corpus, close_at=ArticleId(4))
        first_row = shown(other)  # another database: its own first article, not "4"
        assert first_row is not None and first_row != 4
        shown(other, close_at=ArticleId(2))
        assert shown(corpus) == 4  # each database keeps its own
        assert shown(other) == 2
    finally:
        other.close()


def test_a_read_only_database_opens_with_a_banner_and_its_changes_turned_off(
    qtbot: QtBot, read_only_db: Path, settings: QSettings
) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMessageBox, QTableView

    from dragon_reader.ui.actions import CHANGE_ACTIONS, MainAction

    corpus = open_corpus(str(read_only_db))
    try:
        window = MainWindow(corpus, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.current_article_id is not None)
        banner = window.findChild(QLabel, "read_only_banner")
        assert banner is not None and banner.isVisible()
        assert banner.text().startswith("Read-only (")
        assert str(read_only_db.parent) in banner.text()
        assert banner.textFormat() == Qt.TextFormat.PlainText
        assert window.windowTitle() == "Read-only"
        for name in MainAction:
            found = window.findChild(QAction, name.value)
            assert found is not None
            assert found.isEnabled() == (name not in CHANGE_ACTIONS), name
        undo = window.findChild(QAction, MainAction.UNDO.value)
        assert undo is not None
        undo.setEnabled(True)  # as a controller would after a change: it stays off
        assert not undo.isEnabled()
        list_view = window.findChild(QTableView, "article_list")
        assert list_view is not None
        window.activateWindow()
        list_view.setFocus()
        qtbot.waitUntil(list_view.hasFocus)
        qtbot.keyClick(list_view, Qt.Key.Key_Delete)  # the list's own Delete is off too
        assert window.findChild(QMessageBox, "delete_articles_question") is None
        assert not window.start_background_recognition()  # nothing could be stored
        window.close()
    finally:
        corpus.close()


def test_a_first_start_at_1280_by_800_gives_the_reader_a_comfortable_width(
    qtbot: QtBot, window: MainWindow
) -> None:
    """No saved layout, a laptop screen: the list keeps its titles readable and every
    filter in sight, and the reader keeps a comfortable line (it had 355 px before)."""
    window.showNormal()
    window.resize(1280, 800)
    dock = child(window, QDockWidget, "tags_dock")
    window.resizeDocks([dock], [375], Qt.Orientation.Horizontal)  # as it is at 1280×800
    qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()
    splitter = child(window, QSplitter, "main_splitter")
    list_width, reader_width = splitter.sizes()
    assert reader_width >= 400, (list_width, reader_width)
    filters = child(window, QWidget, "filter_bar")
    assert filters.width() >= filters.minimumSizeHint().width()  # no filter cut off
    table = child(window, QTableView, "article_list")
    chars = table.columnWidth(0) // table.fontMetrics().averageCharWidth()
    assert chars >= 16, f"the title column shows about {chars} characters"


def test_changes_made_outside_the_window_show_when_the_user_comes_back(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    """The command line imports an article while the user is in the terminal: back in the
    window, the list holds it and the count says so; F5 (View ▸ Refresh) does the same."""
    from tests.ui.find import action

    window.note_leaving()
    assert not window.catch_up_with_outside_changes()  # nothing changed: nothing read
    window.note_leaving()
    outside = open_corpus(db_path)
    try:
        outside.import_text("Hotline news\n\nThe two militaries spoke on the hotline.")
    finally:
        outside.close()
    assert list_model(window).rowCount() == 5
    assert window.catch_up_with_outside_changes()
    assert list_model(window).rowCount() == 6
    qtbot.waitUntil(lambda: "6" in label(window, "count_label").text())  # read in the background
    outside = open_corpus(db_path)
    try:
        outside.import_text("Another note\n\nOfficials met in Vienna.")
    finally:
        outside.close()
    action(window, "refresh").trigger()
    assert list_model(window).rowCount() == 7
    qtbot.waitUntil(lambda: "7" in label(window, "count_label").text())


def test_the_window_paints_its_list_before_the_counts_and_outlets_are_read(
    qtbot: QtBot, corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counts by status and the outlets (a pass over every article each) are read off
    the window's thread: the list and the first article show while they are still being
    read; they arrive after, and the count follows a change of status."""
    window_thread = threading.get_ident()
    release = threading.Event()
    read_in: list[int] = []
    count_by_status, outlets = corpus.count_by_status, corpus.outlets

    def slow_counts() -> dict[ArticleStatus, int]:
        read_in.append(threading.get_ident())
        release.wait(10)  # held until the window has painted (on its thread: a stall)
        return count_by_status()

    def slow_outlets() -> list[str]:
        read_in.append(threading.get_ident())
        release.wait(10)
        return outlets()

    monkeypatch.setattr(corpus, "count_by_status", slow_counts)
    monkeypatch.setattr(corpus, "outlets", slow_outlets)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(corpus, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.opening)
    assert list_model(window).rowCount() == 5
    assert reader(window).toPlainText().startswith("US in touch with Beijing")
    assert label(window, "count_label").text() == ""  # not read yet
    assert read_in and window_thread not in read_in

    release.set()
    qtbot.waitUntil(lambda: label(window, "count_label").text() == "0 of 5 articles done")
    bar = child(window, FilterBar, "filter_bar")
    qtbot.waitUntil(lambda: bar.outlet.findData("Reuters") > 0)
    assert window_thread not in read_in

    qtbot.keyClick(article_list(window), Qt.Key.Key_D)  # the article shown: done
    qtbot.waitUntil(lambda: label(window, "count_label").text() == "1 of 5 articles done")
    assert window_thread not in read_in
    window.close()


def test_the_tags_panel_stays_readable_at_the_narrowest_window_and_widens_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At the window's minimum width the side panel keeps a readable width, and a window
    widened again gives it back the width it had rather than all of it to the middle."""
    dock = window.menus.docks["tags"]
    window.showNormal()
    window.resize(1240, 740)
    qtbot.waitUntil(lambda: window.width() == 1240)
    qtbot.waitUntil(lambda: dock.width() >= 370)  # its first width, 380
    wide = dock.width()
    window.resize(window.minimumSizeHint().width(), 740)
    qtbot.waitUntil(lambda: window.width() < 1240)
    QApplication.processEvents()
    assert dock.width() >= DOCK_MIN_WIDTH  # its status and date columns still readable
    assert dock.width() < wide
    window.resize(1240, 740)
    qtbot.waitUntil(lambda: window.width() == 1240)
    qtbot.waitUntil(lambda: dock.width() >= wide - 2)


def test_the_timeline_tab_in_front_at_quit_is_in_front_at_the_next_start(
    qtbot: QtBot, corpus: Corpus, settings: QSettings
) -> None:
    from PySide6.QtWidgets import QTabWidget

    first = MainWindow(corpus, settings)
    qtbot.addWidget(first)
    first.show()
    tabs = child(first, QTabWidget, "center_tabs")
    tabs.setCurrentIndex(tabs.indexOf(child(first, QWidget, "timeline_panel")))
    first.close()
    second = MainWindow(corpus, settings)
    qtbot.addWidget(second)
    second.show()
    tabs = child(second, QTabWidget, "center_tabs")
    assert tabs.currentWidget() is child(second, QWidget, "timeline_panel")
    qtbot.waitUntil(lambda: second.current_article_id is not None)  # the article opens too
    tabs.setCurrentIndex(0)
    second.close()
    third = MainWindow(corpus, settings)
    qtbot.addWidget(third)
    third.show()
    assert child(third, QTabWidget, "center_tabs").currentIndex() == 0  # the article
    qtbot.waitUntil(lambda: third.current_article_id is not None)
    third.close()
