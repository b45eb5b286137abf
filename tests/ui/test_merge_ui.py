"""File ▸ Merge another database… in the real window: the merge runs in the background,
the list shows the new article, a report names what came in, and Ctrl+Z takes it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.controllers.files import FilesController
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, child, list_model, settle


def test_merging_a_laptop_database_shows_its_articles_and_tags(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path, seeded_template: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite3"
    laptop.write_bytes(seeded_template.read_bytes())
    other = Corpus.open(laptop)
    other.coding.annotator = "bo"
    new = other.import_text("Laptop article: the ministers spoke on <b>Friday</b>.", "x.txt")
    assert new.article_id is not None
    other.coding.create_tag(new.article_id, 0, 6, TagKind.EVENT, other.coding.events()[0].id)
    other.close()

    assert action(window, "merge").text() == "&Merge another database…"
    files = child(window, FilesController, "files_controller")
    assert files.merge_file(laptop)
    settle(qtbot, window)
    assert list_model(window).rowCount() == 6
    report = child(window, QMessageBox, "merge_report")
    assert "1 new article(s) (5 already here)" in report.text()
    assert "1 new tag(s)" in report.text()
    assert [t.annotator for t in corpus.coding.all_tags()] == ["bo"]
    report.close()
    action(window, "undo").trigger()
    settle(qtbot, window)
    assert corpus.count() == 5 and corpus.coding.all_tags() == []
    assert list_model(window).rowCount() == 5


def test_a_damaged_file_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"junk" * 1000)
    messages: list[str] = []
    window.bus.failed.connect(messages.append)
    files = child(window, FilesController, "files_controller")
    assert files.merge_file(junk)
    settle(qtbot, window)
    assert messages and "nothing was changed" in messages[0]
    assert corpus.count() == 5
