"""The curation view in the real window: Ctrl+Shift+A opens it on the shown article, the
units are listed with their differences, A and B accept a side with one key, Delete takes
it out again, and the window's Ctrl+Z undoes from inside the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.domain.curation import Verdict
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.curation_dialog import CurationDialog
from dragon_reader.ui.main_window import MainWindow
from tests.ui.curation_data import code_article_one
from tests.ui.find import action, child


def open_dialog(qtbot: QtBot, window: MainWindow) -> CurationDialog:
    assert window.open_article(1)  # type: ignore[arg-type]
    action(window, "curate").trigger()
    dialog = child(window, CurationDialog, "curation_dialog")
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_keys_accept_a_side_remove_it_and_undo(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    code_article_one(corpus)
    dialog = open_dialog(qtbot, window)
    table = child(dialog, QTableView, "curation_table")
    assert child(dialog, QComboBox, "curation_coder_a").currentText() == "ana"
    assert child(dialog, QComboBox, "curation_coder_b").currentText() == "bo"
    summary = child(dialog, QLabel, "curation_summary")
    assert "2 unit(s): 1 agree" in summary.text() and "1 differ; 0 curated" in summary.text()
    model = table.model()
    verdicts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert verdicts == ["agree", "differ: status"]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    table.setFocus()
    table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_B)  # bo's "suspended" into the curated set
    curated = [t for t in corpus.coding.tags_for_article(1) if t.curated]
    assert [(t.status, t.annotator) for t in curated] == [(ChannelStatus.SUSPENDED, "cy")]
    assert "suspended" in model.index(1, 3).data()
    assert "1 curated" in summary.text()

    table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_A)  # ana's "severed" replaces it
    curated = [t for t in corpus.coding.tags_for_article(1) if t.curated]
    assert [t.status for t in curated] == [ChannelStatus.SEVERED]

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo in here
    curated = [t for t in corpus.coding.tags_for_article(1) if t.curated]
    assert [t.status for t in curated] == [ChannelStatus.SUSPENDED]

    table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [t for t in corpus.coding.tags_for_article(1) if t.curated] == []
    assert model.index(1, 3).data() == "—"
    # The coders' own tags never changed.
    assert {(t.annotator, t.status) for t in corpus.coding.tags_for_article(1) if t.status} == {
        ("ana", ChannelStatus.SEVERED),
        ("bo", ChannelStatus.SUSPENDED),
    }


def test_a_unit_only_one_coder_tagged_is_marked_and_e_edits_the_curated_tag(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    code_article_one(corpus)
    article = corpus.article(1)  # type: ignore[arg-type]
    assert article is not None
    xi = article.text.index("Xi Jinping")
    corpus.coding.annotator = "bo"
    corpus.coding.create_tag(1, xi, xi + 10, TagKind.EVENT, corpus.coding.events()[0].id)
    corpus.coding.annotator = "cy"
    dialog = open_dialog(qtbot, window)
    table = child(dialog, QTableView, "curation_table")
    model = table.model()
    rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "only bo" in rows
    row = rows.index("only bo")
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_A)  # ana has no tag here: nothing happens
    assert "no tag in this unit" in child(dialog, QLabel, "curation_message").text()
    assert not [t for t in corpus.coding.tags_for_article(1) if t.curated]
    qtbot.keyClick(table, Qt.Key.Key_B)
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_E)
    assert dialog.editor is not None and dialog.editor.tag.curated
    assert dialog.current_unit() is not None
    assert dialog.current_unit().verdict == Verdict.ONLY_B  # type: ignore[union-attr]
    dialog.editor.reject()
