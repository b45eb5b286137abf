from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.export_dialog import ExportDialog
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, child


def test_file_export_writes_the_tags_csv(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    channel = corpus.coding.channels()[0]
    corpus.coding.create_tag(
        1, 0, 2, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE, note="=cmd|' /C calc'!A0"
    )
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    target = tmp_path / "out" / "tags.csv"
    dialog.path.setText(str(target))
    dialog.run()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["text"], r["channel_status"], r["note"]) for r in rows] == [
        ("US", "active", "'=cmd|' /C calc'!A0")
    ]
    assert "Exported 1 row(s)" in window.statusBar().currentMessage()


def test_a_failed_export_says_so_and_keeps_the_old_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    dialog.path.setText(str(blocker / "tags.csv"))
    assert dialog.run() is None
    assert shown and "cannot write" in shown[0]
    assert blocker.read_text() == "not a folder"


def test_the_dialog_exports_the_curated_set_unless_every_coder_is_asked_for(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from tests.ui.curation_data import code_article_one

    code_article_one(corpus)
    tags = corpus.coding.tags_for_article(1)
    corpus.curation.accept(tags[0].id)
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    target = tmp_path / "tags.csv"
    dialog.path.setText(str(target))
    dialog.run()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [r["annotator"] for r in csv.DictReader(handle)] == ["cy"]
    action(window, "export").trigger()
    dialog = child(window, ExportDialog, "export_dialog")
    child(dialog, QCheckBox, "export_all_coders").setChecked(True)
    dialog.path.setText(str(target))
    dialog.run()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 5
