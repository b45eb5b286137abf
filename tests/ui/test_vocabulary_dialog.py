"""The vocabulary editor in the real window: a value the analyst adds is used at once by the
picker, the Tags panel, the timeline and the exports, and undo walks it back."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QGraphicsSimpleTextItem, QPushButton
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import FuzzyDate, TagKind
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.interchange import Interchange
from dragon_reader.ui.coding_panels import EntryEditor, TagEditor, TagsPanel
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.tag_picker import TagPicker
from dragon_reader.ui.timeline_panel import TimelinePanel
from dragon_reader.ui.timeline_scene import LEGEND_ROLE
from dragon_reader.ui.vocabulary_dialog import VocabularyDialog
from tests.ui.find import action, bus, child, reader, show_codebook


def open_dialog(window: MainWindow) -> VocabularyDialog:
    action(window, "vocabularies").trigger()
    return child(window, VocabularyDialog, "vocabulary_dialog")


def legend_texts(window: MainWindow) -> list[str]:
    scene = child(window, TimelinePanel, "timeline_panel").current_scene()
    return [
        item.text()
        for item in scene.items()
        if isinstance(item, QGraphicsSimpleTextItem) and item.data(LEGEND_ROLE) == "legend"
    ]


def csv_rows(corpus: Corpus, path: Path) -> list[dict[str, str]]:
    Interchange(corpus).export_tags_csv(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_new_event_type_is_added_tagged_with_shown_exported_and_undone(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    added = dialog.add_value("Cyber operation")
    assert added is not None and added.key == "cyber operation"
    dialog.color_edit.setText("#12a4b5")
    dialog.shortcut_edit.setText("k")
    dialog.description_edit.setText("An intrusion into the other side's networks.")
    qtbot.mouseClick(child(dialog, QPushButton, "vocabulary_save"), Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    dialog.close()

    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index("closely watched California summit")
    reader(window).select_span(start, start + len("closely watched California summit"))
    reader(window).setFocus()
    qtbot.keyClick(reader(window), Qt.Key.Key_E)
    picker = child(window, TagPicker, "tag_picker")
    qtbot.keyClicks(picker.filter_edit, "Cyber intrusion")
    qtbot.keyClick(picker.type_combo, Qt.Key.Key_K)  # the value's key chooses it
    assert picker.type_combo.currentText() == "Cyber operation"
    assert "intrusion into the other side" in picker.value_description.text()
    picker.date_edit.setText("2023-11-20")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)

    event = next(e for e in corpus.coding.events() if e.name == "Cyber intrusion")
    assert event.type == "cyber operation"
    tags = child(window, TagsPanel, "tags_panel").model.rows
    assert [t.entry_name for t in tags] == ["Cyber intrusion"]
    codebook = show_codebook(qtbot, window)
    row = next(e for e in codebook.event_model.rows if e.name == "Cyber intrusion")
    assert (
        codebook.event_model.data(
            codebook.event_model.index(codebook.event_model.rows.index(row), 1)
        )
        == "Cyber operation"
    )
    assert "Cyber operation" in legend_texts(window)
    (row_csv,) = [r for r in csv_rows(corpus, tmp_path / "tags.csv") if r["kind"] == "event"]
    assert row_csv["event_type"] == "cyber operation"

    bus(window).undo()  # the tag and its new event: one step
    assert not any(e.name == "Cyber intrusion" for e in corpus.coding.events())
    assert child(window, TagsPanel, "tags_panel").model.rows == []
    bus(window).undo()  # the colour, key and description
    bus(window).undo()  # the value itself
    assert corpus.vocabularies.value(Vocabulary.EVENT_TYPE, "cyber operation") is None


def test_a_renamed_and_recoloured_status_shows_in_the_editors_and_legend(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    dialog = open_dialog(window)
    dialog.choice.setCurrentIndex(dialog.choice.findData(Vocabulary.CHANNEL_STATUS))
    row = next(i for i, v in enumerate(dialog.model.rows) if v.key == "severed")
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    dialog.label_edit.setText("cut off")
    dialog.color_edit.setText("#000000")
    dialog.save_value()
    assert dialog.error.text() == ""
    channel = corpus.coding.channels()[0]
    bus(window).run(
        lambda: corpus.coding.create_tag(
            1, 0, 5, TagKind.CHANNEL, channel.id, status="severed", when=FuzzyDate.parse("2023")
        )
    )
    assert "cut off" in legend_texts(window)
    window.open_article(ArticleId(1))
    tags = child(window, TagsPanel, "tags_panel")
    status = next(
        c
        for c in range(tags.model.columnCount())
        if tags.model.headerData(c, Qt.Orientation.Horizontal) == "Status"
    )
    assert tags.model.data(tags.model.index(0, status)) == "cut off"
    cursor = QTextCursor(reader(window).document())
    cursor.setPosition(reader(window).offset_map.to_position(2) + 1)
    assert "Status: cut off (2023)" in cursor.charFormat().toolTip()  # hovering the tag
    editor = TagEditor(corpus.coding, bus(window), corpus.coding.all_tags()[-1], window)
    qtbot.addWidget(editor)
    assert editor.status_combo.currentText() == "cut off"
    assert editor.status_combo.currentData() == "severed"


def test_a_document_label_added_in_the_editor_is_offered_by_the_list_filter(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_dialog(window)
    dialog.choice.setCurrentIndex(dialog.choice.findData(Vocabulary.DOCUMENT_LABEL))
    dialog.add_value("Needs second coder")
    combo = child(window, QComboBox, "label_filter")
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "Needs second coder" in offered


def test_moving_values_and_removing_one_in_use_by_mapping_it(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    dialog = open_dialog(window)
    talks = corpus.vocabularies.value(Vocabulary.EVENT_TYPE, "talks")
    assert talks is not None and talks.use_count > 0
    row = next(i for i, v in enumerate(dialog.model.rows) if v.key == "talks")
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    assert dialog.remove_value(None) is None
    assert "choose the value its uses move to" in dialog.error.text()
    dialog.move_value(-1)
    assert [v.key for v in dialog.model.rows].index("talks") == row - 1
    assert dialog.remove_value("meeting") == talks.use_count
    assert "talks" not in [v.key for v in dialog.model.rows]
    bus(window).undo()
    assert "talks" in [v.key for v in dialog.model.rows]  # the dialog follows the bus
    assert corpus.vocabularies.value(Vocabulary.EVENT_TYPE, "talks").use_count == talks.use_count  # type: ignore[union-attr]


def test_a_retired_type_is_not_offered_but_kept_on_the_event_that_has_it(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    event = next(e for e in corpus.coding.events() if e.type == "talks")
    corpus.vocabularies.retire(Vocabulary.EVENT_TYPE, "talks")
    editor = EntryEditor(corpus.coding, bus(window), TagKind.EVENT, event, window)
    qtbot.addWidget(editor)
    offered = [editor.type_combo.itemData(i) for i in range(editor.type_combo.count())]
    assert editor.type_combo.currentData() == "talks"
    assert editor.type_combo.currentText() == "talks (retired)"
    assert offered.count("talks") == 1
    editor.save()
    assert corpus.coding.event(event.id).type == "talks"  # type: ignore[union-attr]
