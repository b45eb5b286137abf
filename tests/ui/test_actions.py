"""Actions as the keyboard help lists them: readable key names, in a window that fits."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser
from pytestqt.qtbot import QtBot

from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, child


def test_f1_lists_keys_people_have_in_a_dialog_that_fits_the_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    action(window, "keyboard_help").trigger()
    dialog = child(window, QDialog, "keyboard_help")
    text = child(dialog, QTextBrowser, "keyboard_help_text").toPlainText()
    assert "Ctrl+Z" in text and "Ctrl+O" in text and "F1" in text
    for dedicated in ("Open", "Find", "Undo", "Redo", "Help", "Exit", "F14"):
        assert f", {dedicated}\n" not in text + "\n", f"the help names a {dedicated} key"
    screen = window.screen().availableGeometry()
    assert dialog.height() <= screen.height() * 4 // 5  # scrolls instead of running off
