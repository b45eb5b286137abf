from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QMenu, QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow


def test_label_an_article_from_the_menu_and_filter_the_list_by_it(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    assert window.open_article(ArticleId(3))
    menu = window.findChild(QMenu, "labels_menu")
    assert menu is not None
    menu.aboutToShow.emit()
    (relevant,) = [a for a in menu.actions() if a.text() == "relevant"]
    relevant.trigger()
    assert corpus.vocabularies.article_labels(3) == {Vocabulary.RELEVANCE: ["relevant"]}
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["relevant"]
    combo = window.findChild(QComboBox, "label_filter")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("relevant"))
    view = window.findChild(QTableView, "article_list")
    assert view is not None
    model = view.model()
    assert [model.article_id_at(row) for row in range(model.rowCount())] == [3]  # type: ignore[attr-defined]
    corpus.coding.undo()
    assert corpus.vocabularies.article_labels(3) == {}


def test_the_status_filter_narrows_the_list(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    """Each status of the list's filter shows the articles in it (Qt hands the chosen
    status back as text; it once raised instead)."""
    from dragon_reader.domain.articles import ArticleStatus

    corpus.set_status(ArticleId(2), ArticleStatus.DONE)
    corpus.set_status(ArticleId(4), ArticleStatus.IN_PROGRESS)
    combo = window.findChild(QComboBox, "status_filter")
    assert combo is not None
    view = window.findChild(QTableView, "article_list")
    assert view is not None
    model = view.model()
    expected = {ArticleStatus.DONE: [2], ArticleStatus.IN_PROGRESS: [4], ArticleStatus.NEW: []}
    for status, ids in expected.items():
        combo.setCurrentIndex(combo.findText(status.value.replace("-", " ")))
        shown = [model.article_id_at(row) for row in range(model.rowCount())]  # type: ignore[attr-defined]
        if ids:
            assert shown == ids, status
        else:
            assert 2 not in shown and 4 not in shown and shown
    combo.setCurrentIndex(combo.findText("new"))
    corpus.set_status(ArticleId(1), ArticleStatus.DONE)
    combo.setCurrentIndex(combo.findText("done"))
    from PySide6.QtWidgets import QLabel

    hint = window.findChild(QLabel, "empty_list_hint")
    assert hint is not None and not hint.isVisible()  # three articles are done
    labels = window.findChild(QComboBox, "label_filter")
    assert labels is not None
    labels.setCurrentIndex(1)  # and none of them has a label
    assert model.rowCount() == 0
    assert hint.isVisible() and "Clear them" in hint.text()  # an empty list says why
    combo.setCurrentIndex(0)
    labels.setCurrentIndex(0)
    assert model.rowCount() == 5
    assert not hint.isVisible()
