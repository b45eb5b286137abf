"""Deleting articles from the window: the Delete key, the Article menu and the list's
context menu ask first, say whose work goes, and one Ctrl+Z brings it all back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, article_list, child, label, list_model, reader


def click_row(qtbot: QtBot, window: MainWindow, article_id: int, *, add: bool = False) -> None:
    view = article_list(window)
    row = list_model(window).row_of(ArticleId(article_id))
    assert row is not None
    center = view.visualRect(list_model(window).index(row, 0)).center()
    modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, center)


def listed(window: MainWindow) -> set[int]:
    model = list_model(window)
    return {int(model.article_id_at(row) or 0) for row in range(model.rowCount())}


def test_delete_key_asks_whose_work_goes_and_ctrl_z_brings_it_back(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    event = corpus.coding.events()[0].id
    corpus.coding.annotator = "ana"
    corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event)
    corpus.coding.annotator = "bo"
    corpus.coding.create_tag(2, 0, 2, TagKind.EVENT, event)
    corpus.coding.create_tag(2, 3, 6, TagKind.EVENT, event)
    window.navigation.refresh()
    click_row(qtbot, window, 1)
    click_row(qtbot, window, 2, add=True)  # Ctrl+click: both selected
    qtbot.keyClick(article_list(window), Qt.Key.Key_Delete)

    question = child(window, QMessageBox, "delete_articles_question")
    assert question.isVisible()
    assert "Delete these 2 articles?" in question.text()
    assert "US in touch with Beijing" in question.text()
    assert "3 tag(s) (bo 2, ana 1) go with them" in question.informativeText()
    assert "Ctrl+Z" in question.informativeText()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    child(question, QPushButton, "confirm_delete").click()

    qtbot.waitUntil(lambda: list_model(window).rowCount() == 3)
    assert listed(window) == {3, 4, 5}
    qtbot.waitUntil(lambda: label(window, "count_label").text() == "0 of 3 articles done")
    shown = reader(window).article
    assert shown is not None and shown.id in {3, 4, 5}
    assert corpus.coding.all_tags() == []
    assert action(window, "undo").text() == "&Undo delete 2 articles"

    action(window, "undo").trigger()
    qtbot.waitUntil(lambda: list_model(window).rowCount() == 5)
    assert sorted(t.annotator for t in corpus.coding.all_tags()) == ["ana", "bo", "bo"]
    assert corpus.search("Pentagon")  # searchable again


def test_the_article_menu_deletes_the_shown_article_and_cancel_keeps_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_article(ArticleId(4))
    article_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Article")
    assert action(window, "delete_article") in article_menu.actions()
    action(window, "delete_article").trigger()
    question = child(window, QMessageBox, "delete_articles_question")
    assert question.text().startswith("Delete this article?")
    assert "Nobody has tagged or marked anything in it yet" in question.informativeText()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert list_model(window).rowCount() == 5

    action(window, "delete_article").trigger()
    child(
        child(window, QMessageBox, "delete_articles_question"), QPushButton, "confirm_delete"
    ).click()
    qtbot.waitUntil(lambda: list_model(window).rowCount() == 4)
    assert 4 not in listed(window)


def test_the_lists_context_menu_offers_delete_for_the_row_clicked(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_article(ArticleId(1))
    view = article_list(window)
    row = list_model(window).row_of(ArticleId(3))
    assert row is not None
    point: QPoint = view.visualRect(list_model(window).index(row, 0)).center()
    view.customContextMenuRequested.emit(point)
    menu = child(view, QMenu, "article_list_menu")
    assert action(window, "delete_article") in menu.actions()
    shown = reader(window).article
    assert shown is not None and shown.id == 3
    menu.close()
    QApplication.processEvents()


def test_articles_another_coder_deletes_leave_the_list(
    qtbot: QtBot, window: MainWindow, db_url: str
) -> None:
    from dragon_reader.services.live import RemoteChanges

    window.open_article(ArticleId(2))
    list_model(window).data(list_model(window).index(1, 0))  # its row read and cached
    elsewhere = Corpus.open(db_url)  # a curator's window on the team's server
    try:
        elsewhere.delete_articles([2])
    finally:
        elsewhere.close()
    window.apply_remote_changes(RemoteChanges(articles=frozenset({2}), statuses=frozenset({2})))
    assert listed(window) == {1, 3, 4, 5}
    shown = reader(window).article
    assert shown is not None and shown.id != 2
