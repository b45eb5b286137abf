from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleStatus
from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.sessions_dialog import SessionsDialog
from dragon_reader.ui.tag_picker import TagPicker
from tests.ui.find import action, article_list, bus, child, label, list_model, reader


def test_status_keys_update_list_and_progress(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    article_list(window).setFocus()
    qtbot.keyClick(article_list(window), Qt.Key.Key_D)
    assert corpus.count_by_status()[ArticleStatus.DONE] == 1
    assert list_model(window).data(list_model(window).index(0, 4)) == "done"
    qtbot.waitUntil(lambda: label(window, "count_label").text() == "1 of 5 articles done")
    qtbot.keyClick(article_list(window), Qt.Key.Key_I)
    assert list_model(window).data(list_model(window).index(0, 4)) == "in progress"


def test_a_session_records_its_tags_and_shows_time(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    window.set_annotator("ana")
    qtbot.keyClick(
        reader(window),
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert label(window, "session_label").text().startswith("Session 0:00:0")
    event = corpus.coding.events()[0]
    tag = bus(window).run(lambda: corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id))
    assert tag is not None
    assert tag.session_id is not None and tag.annotator == "ana"
    assert label(window, "session_label").text().endswith("· 1 tag")
    action(window, "stop_session").trigger()
    assert label(window, "session_label").text() == "No session"
    (summary,) = corpus.sessions.all_sessions()
    assert (summary.tags_made, summary.articles_touched, summary.annotator) == (1, 1, "ana")
    action(window, "sessions").trigger()
    dialog = child(window, SessionsDialog, "sessions_dialog")
    assert dialog.model.rowCount() == 1
    dialog.export_to(tmp_path / "sessions.csv")
    assert bus(window).busy  # written in the work thread
    qtbot.waitUntil(lambda: not bus(window).busy)
    assert dialog.info.text() == f"Wrote 1 session(s) to {tmp_path / 'sessions.csv'}"
    with (tmp_path / "sessions.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["annotator"], row["tags_made"], row["articles_touched"]) == ("ana", "1", "1")


def test_an_open_session_is_resumed_on_launch(
    qtbot: QtBot, corpus: Corpus, settings: QSettings
) -> None:
    started = corpus.sessions.start("ana")
    window = MainWindow(corpus, settings)
    qtbot.addWidget(window)
    window.resume_or_idle()
    assert corpus.coding.session_id == started.id
    assert label(window, "session_label").text().startswith("Session ")


def test_tagging_a_new_article_marks_it_in_progress(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index("closely watched California summit")
    reader(window).select_span(start, start + 5)
    action(window, "tag_event").trigger()
    picker = child(window, TagPicker, "tag_picker")
    qtbot.keyClicks(picker.filter_edit, "woodside")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert corpus.count_by_status()[ArticleStatus.IN_PROGRESS] == 1
    assert list_model(window).data(list_model(window).index(0, 4)) == "in progress"
    action(window, "undo").trigger()  # the tag and the status it set: one step
    assert corpus.count_by_status()[ArticleStatus.IN_PROGRESS] == 0
    assert corpus.coding.all_tags() == []
    assert list_model(window).data(list_model(window).index(0, 4)) == "new"


def test_reopens_at_the_same_scroll_position(
    qtbot: QtBot, corpus: Corpus, settings: QSettings
) -> None:
    first = MainWindow(corpus, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 500)
    first.open_article(2)  # type: ignore[arg-type]
    qtbot.wait(50)
    bar = reader(first).verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    assert position > 0
    first.close()
    second = MainWindow(corpus, settings)
    qtbot.addWidget(second)
    second.show()
    second.resize(900, 500)
    qtbot.waitUntil(lambda: reader(second).verticalScrollBar().value() == position, timeout=2000)
