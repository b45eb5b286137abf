from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.errors import StorageError
from dragon_reader.ui.backup_dialog import BackupDialog
from dragon_reader.ui.coding_panels import TagsPanel
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, bus, child, list_model


def test_restore_a_backup_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    action(window, "backups").trigger()
    dialog = child(window, BackupDialog, "backups_dialog")
    backup = dialog.make_backup()
    assert dialog.model.rowCount() == 1
    event = corpus.coding.events()[0]
    bus(window).run(lambda: corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id))
    assert child(window, TagsPanel, "tags_panel").model.rowCount() == 1
    dialog.restore(backup)
    assert corpus.coding.all_tags() == []
    assert child(window, TagsPanel, "tags_panel").model.rowCount() == 0
    assert list_model(window).rowCount() == 5


def test_unexpected_errors_are_logged_and_shown_with_the_log_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dragon_reader.services.logs import configure_logging
    from dragon_reader.ui.application import install_error_handlers

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_path = configure_logging(tmp_path / "logs")
    install_error_handlers(log_path)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    try:
        raise StorageError("The change could not be saved (disk full).")
    except StorageError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown[0][0] == "Dragon Reader: unexpected error"
    assert str(log_path) in shown[0][1] and "boom" in shown[0][1]
    assert shown[1] == (
        "Dragon Reader could not save",
        "The change could not be saved (disk full).",
    )
    assert "RuntimeError: boom" in log_path.read_text(encoding="utf-8")


def test_the_annotator_is_asked_once_and_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QInputDialog

    from dragon_reader.ui.application import ask_annotator

    monkeypatch.delenv("DRAGON_READER_ANNOTATOR", raising=False)
    asked: list[str] = []

    def answer(*_args: object, **_kwargs: object) -> tuple[str, bool]:
        asked.append("asked")
        return "  Ana Li ", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert ask_annotator(settings) == "Ana Li"
    assert ask_annotator(settings) == "Ana Li"
    assert asked == ["asked"]
