"""Live updates in the window, on a real PostgreSQL server shared by two coders."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.coding_panels import TagEditor
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import bus, list_model

on_postgresql = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)


@on_postgresql
def test_another_coders_tag_shows_in_the_open_window_within_two_seconds(
    qtbot: QtBot, window: MainWindow, db_url: str
) -> None:
    assert window.start_live_updates()
    assert window.open_article(ArticleId(1))
    table = window.findChild(QTableView, "tags_table")
    assert table is not None and table.model().rowCount() == 0
    other = Corpus.open(db_url)
    try:
        other.coding.annotator = "bo"
        other.coding.create_tag(1, 0, 2, TagKind.EVENT, other.coding.events()[0].id)
        other.set_status(ArticleId(1), ArticleStatus.DONE)
        qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=2000)
        row = list_model(window).row_of(ArticleId(1))
        assert row is not None
        status = list_model(window).index(row, 4)  # the Status column
        qtbot.waitUntil(lambda: "done" in str(status.data()).lower(), timeout=2000)
    finally:
        other.close()
        window.stop_live_updates()


@on_postgresql
def test_an_open_editor_reports_a_tag_changed_meanwhile_and_keeps_the_newer(
    qtbot: QtBot, window: MainWindow, db_url: str
) -> None:
    tag = window.corpus.coding.create_tag(
        1, 0, 2, TagKind.EVENT, window.corpus.coding.events()[0].id
    )
    editor = TagEditor(window.corpus.coding, bus(window), tag, window)
    qtbot.addWidget(editor)
    other = Corpus.open(db_url)
    try:
        other.coding.annotator = "bo"
        other.coding.update_tag(tag.id, note="bo's note")
    finally:
        other.close()
    editor.note_edit.setPlainText("my note")
    editor.save()
    assert "changed by bo" in editor.error.text()
    assert editor.isVisible() or editor.result() != TagEditor.DialogCode.Accepted
    stored = window.corpus.coding.tag(tag.id)
    assert stored is not None and stored.note == "bo's note"


def test_a_file_database_has_no_live_updates(window: MainWindow) -> None:
    assert not window.start_live_updates()
    assert window.live_updates is None
