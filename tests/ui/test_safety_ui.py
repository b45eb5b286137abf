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


def test_a_changes_backup_is_listed_as_such_and_restored_from_the_dialog(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from dragon_reader.services.safety import sqlite_file
    from dragon_reader.store.backup import make_changes_backup

    action(window, "backups").trigger()
    dialog = child(window, BackupDialog, "backups_dialog")
    full = dialog.make_backup()
    event = corpus.coding.events()[0]
    bus(window).run(lambda: corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id))
    path = sqlite_file(corpus.database)
    assert path is not None
    changes = make_changes_backup(path)
    assert changes is not None
    bus(window).run(lambda: corpus.coding.create_tag(1, 5, 9, TagKind.EVENT, event.id))
    dialog.reload()
    shown = [[dialog.model.index(row, column).data() for column in range(5)] for row in range(2)]
    assert shown[0][2:4] == [1, f"changes since {full.made_at:%Y-%m-%d %H:%M}"]
    assert shown[0][4].endswith("kB")
    assert shown[1][2:4] == [0, "full copy"]
    dialog.restore(dialog.model.rows[0])
    assert len(corpus.coding.all_tags()) == 1
    assert child(window, TagsPanel, "tags_panel").model.rowCount() == 1


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
        sys.excepthook(*sys.exc_info())
    try:
        raise StorageError("The change could not be saved (disk full).")
    except StorageError:
        sys.excepthook(*sys.exc_info())
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


def _damage_header(path: Path) -> None:
    with path.open("r+b") as file:
        file.write(b"this is no longer an SQLite header" * 3)


def test_a_damaged_database_without_a_leftover_wal_is_checked_and_its_backup_offered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dragon_reader.services.corpus import open_corpus
    from dragon_reader.store.backup import make_backup
    from dragon_reader.ui import application

    path = tmp_path / "dragon.sqlite3"
    corpus = open_corpus(path)
    corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, corpus.coding.events()[0].id)
    corpus.close()
    make_backup(path, "daily")
    _damage_header(path)
    assert not path.with_name(path.name + "-wal").exists()
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda *_a: pytest.fail(f"error shown: {_a}"))
    reopened = application._open(str(path), path)
    assert reopened is not None
    assert len(reopened.coding.all_tags()) == 1  # the backup's tag is back
    reopened.close()
    assert "damaged" in asked[0] and "(1 tags)" in asked[0]
    assert list(tmp_path.glob("dragon-damaged-*.sqlite3"))  # the damaged file is kept aside


def test_damage_found_while_the_window_runs_is_told_without_false_comfort(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: Corpus, db_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dragon_reader.services.logs import configure_logging
    from dragon_reader.services.safety import check_before_open, damage_advice
    from dragon_reader.store.backup import make_backup
    from dragon_reader.store.database import DamagedDatabaseError
    from dragon_reader.ui import application
    from dragon_reader.ui.application import install_error_handlers

    make_backup(db_path, "daily")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(application, "_damage_advice", [lambda: damage_advice(corpus.database)])
    install_error_handlers(configure_logging(tmp_path / "logs"))
    corpus.close()
    with db_path.open("r+b") as file:  # damage a page in the middle of the file
        file.seek(4096 * 3)
        file.write(b"\xff" * 4096 * 4)
    with pytest.raises(DamagedDatabaseError) as damage:
        for article_id in corpus.article_ids():
            corpus.article(article_id)
        corpus.coding.all_tags()
    sys.excepthook(DamagedDatabaseError, damage.value, None)
    ((title, text),) = shown
    assert title == "Dragon Reader: damaged database"
    assert "safe" not in text.lower()
    assert "newest good backup" in text
    corpus.database.close()
    check = check_before_open(db_path)  # the next start checks it, with no WAL left over
    assert check.damaged
    assert [b.reason for b in check.good_backups] == ["daily"]


def test_an_unusable_data_folder_is_told_not_shown_as_an_unexpected_error(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dragon_reader.ui.application import run_application

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    assert run_application(str(blocker / "data" / "db.sqlite3"), ["dragon-reader"]) == 1
    assert len(shown) == 1 and shown[0].startswith(f"Cannot use the folder {blocker}/data")
