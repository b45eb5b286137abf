"""File ▸ Export…: the dialog asks, the export runs in the work thread with progress and Stop."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.services import exports
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.exports import ExportRequest, Progress
from dragon_reader.services.interchange import ExportResult
from dragon_reader.ui import exporting
from dragon_reader.ui.export_dialog import ExportDialog
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, bus, child, settle


def choose(dialog: ExportDialog, name: str, starting: str) -> None:
    box = child(dialog, QComboBox, name)
    index = next(i for i in range(box.count()) if box.itemText(i).startswith(starting))
    box.setCurrentIndex(index)


def test_file_export_writes_the_tags_csv_in_the_background(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    channel = corpus.coding.channels()[0]
    corpus.coding.create_tag(
        1, 0, 2, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE, note="=cmd|' /C calc'!A0"
    )
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    target = tmp_path / "tags.csv"
    child(dialog, QLineEdit, "export_path").setText(str(target))
    child(dialog, QPushButton, "export_button").click()
    assert not dialog.isVisible()
    settle(qtbot, window)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["text"], r["channel_status"], r["note"]) for r in rows] == [
        ("US", "active", "'=cmd|' /C calc'!A0")
    ]
    assert "Exported 1 tag row(s)" in window.statusBar().currentMessage()
    dialog.deleteLater()
    action(window, "export").trigger()  # the next export starts where this one went
    again = [d for d in window.findChildren(ExportDialog, "export_dialog") if d.isVisible()]
    assert Path(child(again[0], QLineEdit, "export_path").text()).parent == target.parent


def test_plover_is_offered_and_follows_the_status_filter(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    channel = corpus.coding.channels()[0]
    corpus.coding.create_tag(1, 0, 2, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE)
    corpus.coding.create_tag(2, 0, 2, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE)
    corpus.set_status(ArticleId(2), ArticleStatus.DONE)
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    choose(dialog, "export_format", "PLOVER")
    choose(dialog, "export_status", "done")
    target = tmp_path / "plover.jsonl"
    child(dialog, QLineEdit, "export_path").setText(str(target))
    child(dialog, QPushButton, "export_button").click()
    settle(qtbot, window)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and '"article_id":2' in lines[0]
    assert "Exported 1 PLOVER record(s)" in window.statusBar().currentMessage()


def test_a_stopped_export_leaves_the_old_file_and_the_window_usable(
    qtbot: QtBot,
    window: MainWindow,
    corpus: Corpus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "tags.jsonl"
    target.write_text("the last good export\n", encoding="utf-8")
    gate = threading.Event()

    def held(corpus: Corpus, request: ExportRequest, progress: Progress) -> ExportResult:
        """The real export, held at its first step until the test has pressed Stop."""

        def waiting(done: int, total: int) -> bool | None:
            gate.wait(30)
            return progress(done, total)

        return exports.run_export(corpus, request, waiting)

    monkeypatch.setattr(exporting, "run_export", held)
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    choose(dialog, "export_format", "JSONL")
    child(dialog, QLineEdit, "export_path").setText(str(target))
    child(dialog, QPushButton, "export_button").click()
    assert child(window, QWidget, "work_bar").isVisible()
    action(window, "next_article").trigger()  # the window answers while the export waits
    assert window.current_article_id is not None
    child(window, QPushButton, "stop_work").click()
    gate.set()
    settle(qtbot, window)
    assert not child(window, QWidget, "work_bar").isVisible()
    assert target.read_text(encoding="utf-8") == "the last good export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if "tags.jsonl" in p.name) == ["tags.jsonl"]
    assert "Export stopped" in window.statusBar().currentMessage()
    assert not bus(window).busy


def test_a_failed_export_says_so_and_keeps_the_old_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    blocker = tmp_path / "tags.csv"  # a folder where the file would go
    blocker.mkdir()
    (blocker / "keep.txt").write_text("kept")
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    child(dialog, QLineEdit, "export_path").setText(str(blocker))
    child(dialog, QPushButton, "export_button").click()
    settle(qtbot, window)
    assert shown and "is not a regular file (a folder)" in shown[0]
    assert [p.name for p in blocker.iterdir()] == ["keep.txt"]
    assert (blocker / "keep.txt").read_text() == "kept"


def test_the_target_follows_the_format_chosen(qtbot: QtBot, window: MainWindow) -> None:
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    path = child(dialog, QLineEdit, "export_path")
    assert path.text().endswith("dragon-reader-tags.csv")
    choose(dialog, "export_format", "JSONL")
    assert path.text().endswith("dragon-reader-tags.jsonl")
    choose(dialog, "export_format", "brat")
    assert path.text().endswith("dragon-reader-tags")  # a folder
    choose(dialog, "export_what", "Entity mentions")
    assert path.text().endswith("dragon-reader-tags.csv")  # entities are CSV
    path.setText("/tmp/mine.txt")
    choose(dialog, "export_what", "Tags")
    assert path.text() == "/tmp/mine.txt"  # an ending of the user's own stays


def test_the_dialog_exports_the_curated_set_unless_every_coder_is_asked_for(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from tests.ui.curation_data import code_article_one

    code_article_one(corpus)
    corpus.curation.accept(corpus.coding.tags_for_article(1)[0].id)
    for every_coder, annotators in ((False, ["cy"]), (True, ["ana", "bo", "cy", "ana", "bo"])):
        action(window, "export").trigger()
        dialog = child(window, ExportDialog, "export_dialog")
        target = tmp_path / f"tags-{every_coder}.csv"
        child(dialog, QLineEdit, "export_path").setText(str(target))
        child(dialog, QCheckBox, "export_all_coders").setChecked(every_coder)
        child(dialog, QPushButton, "export_button").click()
        settle(qtbot, window)
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert sorted(r["annotator"] for r in rows) == sorted(annotators)
        dialog.deleteLater()
        qtbot.waitUntil(lambda: window.findChild(ExportDialog, "export_dialog") is None)


def test_an_export_into_a_missing_folder_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """As the save dialog offers only folders that exist, a typed path into a missing one is
    said at once; the dialog stays open and nothing is created."""
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    missing = tmp_path / "no-such"
    child(dialog, QLineEdit, "export_path").setText(str(missing / "tags.csv"))
    child(dialog, QPushButton, "export_button").click()
    assert dialog.isVisible()
    problem = child(dialog, QLabel, "export_problem")
    assert problem.isVisible() and f"the folder {missing} does not exist" in problem.text()
    assert not missing.exists()
    child(dialog, QLineEdit, "export_path").setText(str(tmp_path / "tags.csv"))
    child(dialog, QPushButton, "export_button").click()
    assert not dialog.isVisible()
    settle(qtbot, window)
    assert (tmp_path / "tags.csv").exists()
