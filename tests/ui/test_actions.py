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


def test_ctrl_e_in_a_text_field_opens_the_export_and_ctrl_z_stays_the_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QLineEdit

    from dragon_reader.ui.export_dialog import ExportDialog

    class X11LineEdit(QLineEdit):
        """Claims Ctrl+E (end of line) and Ctrl+Z as Qt's line edits do on X11 (the
        offscreen platform's have no Ctrl+E binding)."""

        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            return super().event(event)

    search = child(window, QLineEdit, "search")
    field = X11LineEdit(search.parentWidget())
    field.installEventFilter(child(window, QObject, "field_shortcuts"))
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, "Beijing")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""  # the field's own undo, not the window's
    assert window.findChild(ExportDialog, "export_dialog") is None
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_f1_names_undo_and_redo_not_what_they_would_do_now(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    from dragon_reader.ui.tag_picker import TagPicker
    from tests.ui.find import bus, reader

    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index("severed")
    reader(window).select_span(start, start + len("severed"))
    reader(window).setFocus()
    qtbot.keyClick(reader(window), Qt.Key.Key_C)
    picker = child(window, TagPicker, "tag_picker")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    bus(window).undo()  # Redo now reads "Redo tag “severed”" in the Edit menu
    assert "severed" in action(window, "redo").text()
    action(window, "keyboard_help").trigger()
    dialog = child(window, QDialog, "keyboard_help")
    lines = child(dialog, QTextBrowser, "keyboard_help_text").toPlainText().splitlines()
    assert not [line for line in lines if "severed" in line]
    assert any(line.startswith("Redo") for line in lines)
    assert any(line.startswith("Undo") for line in lines)
