"""File ▸ Database… in the real window: a database that opens is remembered for the next
start (never its password) and a restart offered; one that does not gets its reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from dragon_reader.ui.database_dialog import SETTINGS_DATABASE, DatabaseDialog, remembered_database
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, child


def open_dialog(window: MainWindow) -> DatabaseDialog:
    action(window, "database").trigger()
    return child(window, DatabaseDialog, "database_dialog")


def test_a_database_that_opens_is_remembered_and_a_restart_offered(
    qtbot: QtBot, window: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    target = tmp_path / "lab.sqlite3"
    child(dialog, QLineEdit, "database_target").setText(str(target))
    dialog.save()
    assert remembered_database(settings) == str(target)
    assert target.exists()  # opened (and made) once to check it
    question = child(window, QMessageBox, "restart_question")
    assert str(target) in question.text()
    question.close()

    dialog = open_dialog(window)
    assert child(dialog, QLineEdit, "database_target").text() == str(target)
    child(dialog, QLineEdit, "database_target").setText("")
    dialog.save()
    assert remembered_database(settings) is None  # back to the default database


def test_a_database_that_does_not_open_is_refused_and_nothing_remembered(
    qtbot: QtBot, window: MainWindow, settings: QSettings, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    child(dialog, QLineEdit, "database_target").setText("postgresql://ana:s3cret@127.0.0.1:1/lab")
    dialog.save()
    error = child(dialog, QLabel, "error").text()
    assert "Cannot open the database" in error and "127.0.0.1:1/lab" in error
    assert "s3cret" not in error and "Background on" not in error
    assert dialog.isVisible()
    assert settings.value(SETTINGS_DATABASE) is None
    child(dialog, QLineEdit, "database_target").setText(str(tmp_path / "missing" / "x.sqlite3"))
    dialog.save()
    assert "does not exist" in child(dialog, QLabel, "error").text()
    dialog.reject()


def test_the_next_start_opens_the_remembered_database_unless_db_is_given(
    settings: QSettings, tmp_path: Path
) -> None:
    from dragon_reader.services.locations import default_database_path
    from dragon_reader.ui.application import startup_target

    assert startup_target(None, settings) == (str(default_database_path()), False)
    settings.setValue(SETTINGS_DATABASE, "postgresql+psycopg://ana@server/lab")
    assert startup_target(None, settings) == ("postgresql+psycopg://ana@server/lab", True)
    assert startup_target(str(tmp_path / "x.sqlite3"), settings) == (
        str(tmp_path / "x.sqlite3"),
        False,
    )
