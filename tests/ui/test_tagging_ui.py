from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QDockWidget, QLineEdit, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from dragon_reader.domain.coding import ChannelStatus, Tag, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.coding_panels import CodebookPanel, TagEditor, TagsPanel
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.reader import Underline
from dragon_reader.ui.tag_picker import TagPicker
from dragon_reader.ui.tag_style import CHANNEL_COLOR, EVENT_COLOR
from tests.ui.find import bus, child, reader, show_codebook


def char_format_at(window: MainWindow, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(reader(window).document())
    cursor.setPosition(reader(window).offset_map.to_position(offset) + 1)
    return cursor.charFormat()


def underlines_at(window: MainWindow, offset: int) -> list[Underline]:
    return [u for u in reader(window).underlines if u.start <= offset < u.end]


def select(window: MainWindow, words: str) -> tuple[int, int]:
    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index(words)
    reader(window).select_span(start, start + len(words))
    reader(window).setFocus()
    return start, start + len(words)


def tag_rows(db_path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db_path) as raw:  # another connection: the tag was committed
        return raw.execute(
            'SELECT start, "end", text, event_id IS NOT NULL, status, "when" FROM tag'
        ).fetchall()


def test_select_then_e_type_enter_tags_an_event(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    start, end = select(window, "closely watched California summit")
    qtbot.keyClick(reader(window), Qt.Key.Key_E)
    picker = window.findChild(TagPicker, "tag_picker")
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.filter_edit, "woodside")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert tag_rows(db_path) == [(start, end, "closely watched California summit", 1, None, None)]
    fmt = char_format_at(window, start + 3)
    assert [u.color for u in underlines_at(window, start + 3)] == [EVENT_COLOR]
    assert fmt.fontWeight() != 700  # tags never change the font's metrics
    assert child(window, TagsPanel, "tags_panel").model.rowCount() == 1
    assert "Biden-Xi summit at Woodside" in fmt.toolTip()


def test_select_then_c_with_status_and_suggested_date(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    start, end = select(window, "severed")
    qtbot.keyClick(reader(window), Qt.Key.Key_C)
    picker = window.findChild(TagPicker, "tag_picker")
    assert picker is not None
    assert picker.date_edit.text() == "2022-08"  # from "August 2022" in the sentence
    qtbot.keyClicks(picker.filter_edit, "military-to-military")
    picker.status_combo.setCurrentText(ChannelStatus.SEVERED.value)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert tag_rows(db_path) == [(start, end, "severed", 0, "severed", "2022-08")]
    (underline,) = underlines_at(window, start)
    assert underline.color == CHANNEL_COLOR and underline.wavy


def test_a_new_name_creates_a_codebook_entry_in_place(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    select(window, "defense attache office")
    qtbot.keyClick(reader(window), Qt.Key.Key_C)
    picker = window.findChild(TagPicker, "tag_picker")
    assert picker is not None
    # QTest can only type ASCII keys; the accent goes in as text, as an input method would.
    picker.filter_edit.setText("Defense attaché channel")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    channel = next(c for c in corpus.coding.channels() if c.name == "Defense attaché channel")
    assert channel.tag_count == 1


def test_bad_date_keeps_the_picker_open_with_a_reason(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    select(window, "severed")
    qtbot.keyClick(reader(window), Qt.Key.Key_C)
    picker = window.findChild(TagPicker, "tag_picker")
    assert picker is not None
    picker.date_edit.setText("summer-ish")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.isVisible()
    assert "not a date" in picker.hint.text()
    assert tag_rows(db_path) == []
    # Fixing the date takes the stale message away at once (before Enter).
    picker.date_edit.selectAll()
    qtbot.keyClicks(picker.date_edit, "2022-08")
    assert picker.hint.text() == ""
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert not picker.isVisible() and len(tag_rows(db_path)) == 1


def test_delete_from_the_tags_panel_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, db_path: Path
) -> None:
    event = corpus.coding.events()[0]
    bus(window).run(lambda: corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id))
    panel = child(window, TagsPanel, "tags_panel")
    assert panel.model.rowCount() == 1  # the panel listened to the bus
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert tag_rows(db_path) == []
    assert underlines_at(window, 0) == []
    qtbot.keyClick(reader(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(tag_rows(db_path)) == 1
    assert [u.color for u in underlines_at(window, 0)] == [EVENT_COLOR]
    qtbot.keyClick(
        reader(window),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tag_rows(db_path) == []


def test_a_tag_changes_only_its_row_of_the_tags_panel_and_the_chosen_tag_stays_chosen(
    window: MainWindow, corpus: Corpus
) -> None:
    channel = corpus.coding.channels()[0]

    def tag(start: int) -> Tag:
        made = bus(window).run(
            lambda: corpus.coding.create_tag(
                1, start, start + 5, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE
            )
        )
        assert made is not None
        return made

    later, earlier = tag(80), tag(20)
    panel = child(window, TagsPanel, "tags_panel")
    assert [t.id for t in panel.model.rows] == [earlier.id, later.id]
    panel.view.setCurrentIndex(panel.model.index(1, 0))  # the later one chosen
    told: list[str] = []
    panel.model.modelReset.connect(lambda: told.append("reset"))
    panel.model.rowsInserted.connect(lambda *_a: told.append("insert"))
    panel.model.dataChanged.connect(lambda top, _b: told.append(f"change {top.row()}"))
    first = tag(2)  # before both
    assert told == ["insert"]
    assert panel.current_tag() is not None and panel.current_tag().id == later.id  # type: ignore[union-attr]
    told.clear()
    bus(window).run(lambda: corpus.coding.update_tag(first.id, status=ChannelStatus.SEVERED))
    assert told == ["change 0"]
    assert panel.current_tag().id == later.id  # type: ignore[union-attr]


def test_clicking_a_tag_in_the_panel_selects_its_span(window: MainWindow, corpus: Corpus) -> None:
    channel = corpus.coding.channels()[0]
    tag = bus(window).run(
        lambda: corpus.coding.create_tag(
            1, 75, 85, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE
        )
    )
    assert tag is not None
    panel = child(window, TagsPanel, "tags_panel")
    panel.view.clicked.emit(panel.model.index(0, 0))
    span = reader(window).selected_span()
    assert span is not None and (span.start, span.end) == (tag.start, tag.end)


def test_channel_history_evidence_jumps_to_the_article(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    channel = next(c for c in corpus.coding.channels() if c.name == "Chiefs of defense")
    article = corpus.article(4)  # type: ignore[arg-type]
    assert article is not None
    start = article.text.index("virtual meeting")
    bus(window).run(
        lambda: corpus.coding.create_tag(
            4, start, start + 15, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE
        )
    )
    panel = show_codebook(qtbot, window)
    panel.tabs.setCurrentIndex(1)
    row = next(i for i, c in enumerate(panel.channel_model.rows) if c.id == channel.id)
    panel.channel_view.setCurrentIndex(panel.channel_model.index(row, 0))
    assert panel.history_model.rowCount() == 1
    assert "active" in panel.history_label.text()
    panel.history_view.doubleClicked.emit(panel.history_model.index(0, 0))
    assert window.current_article_id == 4
    span = reader(window).selected_span()
    assert span is not None and span.text_of(article.text) == "virtual meeting"


def test_tag_editor_saves_note_and_confidence(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    event = corpus.coding.events()[0]
    tag = bus(window).run(lambda: corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id))
    assert tag is not None
    panel = child(window, TagsPanel, "tags_panel")
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    editor = child(window, TagEditor, "tag_editor")
    assert child(editor, QComboBox, "tag_status").isHidden()  # an event has no status
    editor.note_edit.setPlainText('=HYPERLINK("x") **key** <script>x</script>')
    editor.confidence.setValue(0.8)
    assert "<script" not in editor.preview.toHtml()
    editor.save()
    saved = corpus.coding.tag(tag.id)
    assert saved is not None
    assert saved.note.startswith("=HYPERLINK")
    assert saved.confidence == 0.8


def test_the_codebook_panel_reads_nothing_behind_its_tab_and_catches_up_when_shown(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    panel = child(window, CodebookPanel, "codebook_panel")
    assert not panel.on_screen()  # at start, a tab behind the Tags panel
    assert panel.channel_model.rowCount() == 0  # nothing read for it
    channel = corpus.coding.channels()[0]
    before = channel.tag_count
    statements: list[str] = []
    event.listen(
        corpus.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: statements.append(statement),
    )
    bus(window).run(lambda: corpus.coding.create_tag(1, 0, 2, TagKind.CHANNEL, channel.id))
    assert not any("GROUP BY tag.channel_id" in s for s in statements)  # no count read
    panel = show_codebook(qtbot, window)
    assert next(c.tag_count for c in panel.channel_model.rows if c.id == channel.id) == before + 1
    child(window, QDockWidget, "tags_dock").raise_()  # the Tags panel in front again
    qtbot.waitUntil(lambda: not panel.on_screen())
    statements.clear()
    bus(window).run(lambda: corpus.coding.create_tag(1, 3, 5, TagKind.CHANNEL, channel.id))
    assert not any("GROUP BY tag.channel_id" in s for s in statements)
    assert next(c.tag_count for c in panel.channel_model.rows if c.id == channel.id) == before + 1
    show_codebook(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            next(c.tag_count for c in panel.channel_model.rows if c.id == channel.id) == before + 2
        )
    )


def test_picker_shows_the_date_reading_the_status_cue_and_cycles_dates(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

    from dragon_reader.ui.tag_picker import TagPicker

    start, end = select(window, "severed")
    qtbot.keyClick(reader(window), Qt.Key.Key_C)
    picker = window.findChild(TagPicker, "tag_picker")
    assert picker is not None and picker.isVisible()
    reading = picker.findChild(QLabel, "date_reading")
    cue = picker.findChild(QLabel, "status_cue")
    assert reading is not None and cue is not None
    assert reading.text().startswith("“August 2022” → 2022-08")
    assert "Ctrl+D" in reading.text()
    assert cue.text() == "suggested from “severed”"
    status = picker.status_combo
    assert isinstance(status, QComboBox) and status.currentText() == "severed"
    status.setCurrentIndex(status.findData("active"))  # the coder overrides it
    assert cue.text() == "changed from the suggested severed"
    status.setCurrentIndex(status.findData("severed"))
    assert cue.text() == "suggested from “severed”"
    date_edit = picker.date_edit
    assert isinstance(date_edit, QLineEdit)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert reading.text().startswith("“last month” → ")
    assert date_edit.text() == reading.text().split("→ ")[1].split(",")[0]
    assert tag_rows(db_path) == []  # nothing saved before Enter
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert date_edit.text() == "2022-08"
    qtbot.keyClicks(picker.filter_edit, "military-to-military")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert tag_rows(db_path) == [(start, end, "severed", 0, "severed", "2022-08")]


def test_the_tags_panel_gives_the_entry_room_and_shows_the_kind_as_its_colour(
    window: MainWindow, corpus: Corpus
) -> None:
    event = next(e for e in corpus.coding.events() if e.name == "Biden-Xi summit at Woodside")
    bus(window).run(lambda: corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id))
    table = child(window, QTableView, "tags_table")
    model = table.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings == ["Text", "Entry", "Status", "Date", "Slots"]  # no Kind column
    entry = model.index(0, 1)
    assert entry.data(Qt.ItemDataRole.DecorationRole) is not None  # the event's colour
    assert "Event: Biden-Xi summit at Woodside" in entry.data(Qt.ItemDataRole.ToolTipRole)
    table.resize(380, 300)  # the Tags dock at 1280×800
    chars = table.columnWidth(1) // table.fontMetrics().averageCharWidth()
    assert chars >= 10, f"the entry column shows about {chars} characters"


def test_the_edit_tag_dialog_changes_slots_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    channel = next(c for c in corpus.coding.channels() if c.name == "Crisis hotline")
    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index("Joe Biden")
    tag = corpus.coding.tag_span(
        1,
        text.index("severed"),
        text.index("severed") + 7,
        TagKind.CHANNEL,
        channel.id,
        "severed",
        slots=[SlotFiller(SlotRole.ACTOR, "Joe Biden", start, start + len("Joe Biden"))],
    )
    editor = TagEditor(corpus.coding, bus(window), tag, window)
    qtbot.addWidget(editor)
    actor = child(editor, QLineEdit, "tag_slot_actor")
    assert actor.text() == "Joe Biden"
    child(editor, QLineEdit, "tag_slot_recipient").setText("Xi Jinping")
    editor.note_edit.setPlainText("checked")
    editor.save()
    fillers = corpus.slots.slots(tag.id)
    biden, xi = fillers
    assert (biden.role, biden.start) == (SlotRole.ACTOR, start)  # the mention is kept
    assert xi.role == SlotRole.RECIPIENT and xi.actor_id is not None  # linked by name
    assert corpus.coding.tag(tag.id).note == "checked"  # type: ignore[union-attr]
    bus(window).undo()
    assert [f.text for f in corpus.slots.slots(tag.id)] == ["Joe Biden"]
    assert corpus.coding.tag(tag.id).note == ""  # type: ignore[union-attr]


def test_a_tag_recounts_the_shown_codebook_in_place_and_leaves_the_entities_unread(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, monkeypatch: object
) -> None:
    from dragon_reader.ui.entities_panel import EntitiesPanel

    panel = show_codebook(qtbot, window)
    panel.tabs.setCurrentIndex(1)
    channel = next(c for c in corpus.coding.channels() if c.name == "Chiefs of defense")
    row = next(i for i, c in enumerate(panel.channel_model.rows) if c.id == channel.id)
    panel.channel_view.setCurrentIndex(panel.channel_model.index(row, 0))
    entities = window.findChild(EntitiesPanel)
    assert entities is not None
    shown: list[object] = []
    entities.show_article = shown.append  # type: ignore[method-assign, assignment]
    resets: list[str] = []
    panel.channel_model.modelReset.connect(lambda: resets.append("channels"))
    article = corpus.article(4)  # type: ignore[arg-type]
    assert article is not None and window.open_article(article.id)
    shown.clear()
    start = article.text.index("virtual meeting")
    bus(window).run(
        lambda: corpus.coding.create_tag(
            4, start, start + 15, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE
        )
    )
    assert panel.channel_model.rows[row].tag_count == channel.tag_count + 1
    assert panel.channel_view.currentIndex().row() == row  # the choice stays
    assert panel.history_model.rowCount() == 1  # its history shows the new tag
    assert resets == [], "the codebook was read again for a count"
    assert shown == [], "the entities panel re-read mentions for a tag"


def test_the_picker_asks_for_the_publication_date_when_a_relative_date_needs_it(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtWidgets import QLabel

    from dragon_reader.ui.tag_picker import TagPicker

    outcome = bus(window).run(
        lambda: corpus.import_text(
            "Hotline talk\n\nOfficials said on Wednesday they held a phone call with Beijing."
        )
    )
    assert outcome is not None and outcome.article_id is not None
    assert window.open_article(outcome.article_id)
    select(window, "phone call")
    qtbot.keyClick(reader(window), Qt.Key.Key_C)
    picker = window.findChild(TagPicker, "tag_picker")
    assert picker is not None and picker.isVisible()
    reading = picker.findChild(QLabel, "date_reading")
    assert reading is not None
    assert "Wednesday" in reading.text() and "publication date" in reading.text()
