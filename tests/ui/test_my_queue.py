"""My queue in the article list."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import list_model


def test_my_queue_shows_only_the_articles_assigned_to_me(qtbot: QtBot, window: MainWindow) -> None:
    window.set_annotator("ana")
    window.corpus.team.assign([2, 4], ["ana"])
    window.corpus.team.assign([1], ["bo"])
    box = window.findChild(QCheckBox, "my_queue")
    assert box is not None
    box.setChecked(True)
    qtbot.waitUntil(lambda: list_model(window).rowCount() == 2, timeout=2000)
    assert [list_model(window).article_id_at(row) for row in range(2)] == [2, 4]
    box.setChecked(False)
    qtbot.waitUntil(lambda: list_model(window).rowCount() == 5, timeout=2000)
