"""The Tags panel in the window's dock: every column in sight, full texts on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.domain.coding import FuzzyDate, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import bus, child, reader

WHO = 4


def _tag_with_slots(window: MainWindow, corpus: Corpus) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    channel = next(c for c in corpus.coding.channels() if c.name.startswith("Defense Policy"))
    start = text.index("military-to-military talks")
    biden = text.index("Joe Biden")
    xi = text.index("Xi Jinping")
    slots = [
        SlotFiller(SlotRole.ACTOR, "Joe Biden", biden, biden + 9),
        SlotFiller(SlotRole.RECIPIENT, "Xi Jinping", xi, xi + 10),
        SlotFiller(SlotRole.PLACE, "<b>California</b>"),  # looks like HTML: shown as typed
    ]
    bus(window).run(
        lambda: corpus.coding.tag_span(
            1,
            start,
            start + 26,
            TagKind.CHANNEL,
            channel.id,
            "severed",
            FuzzyDate.parse("2023-11-15"),
            slots,
        )
    )


def test_every_tags_column_fits_the_dock_at_1280_by_800(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    window.showNormal()
    window.resize(1280, 800)
    dock = child(window, QDockWidget, "tags_dock")
    window.resizeDocks([dock], [355], Qt.Orientation.Horizontal)  # as it is at 1280×800
    _tag_with_slots(window, corpus)
    table = child(window, QTableView, "tags_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    QApplication.processEvents()
    width = table.viewport().width()
    assert width < 500  # the dock is narrow: the test means something
    columns = [table.columnWidth(c) for c in range(table.model().columnCount())]
    assert sum(columns) <= width, f"columns {columns} overflow {width} px"
    assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    chars = [w // table.fontMetrics().averageCharWidth() for w in columns]
    assert min(chars) >= 4, f"a column shows about {chars} characters"
    assert chars[WHO] >= 8, f"the Who column shows about {chars[WHO]} characters"
    model = table.model()
    for column in (2, 3):  # "severed" and a date show whole, not elided
        shown = str(model.index(0, column).data())
        wanted = table.sizeHintForColumn(column)  # what the cell needs, by Qt's own measure
        assert wanted > table.fontMetrics().horizontalAdvance(shown)
        assert table.columnWidth(column) >= wanted, (shown, table.columnWidth(column))
    for narrower in (320, 900):  # the dock dragged narrower or wider: still fits
        table.resize(narrower, 300)
        QApplication.processEvents()
        columns = [table.columnWidth(c) for c in range(table.model().columnCount())]
        assert sum(columns) <= table.viewport().width()


def test_the_who_cells_full_text_is_its_plain_tooltip(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    _tag_with_slots(window, corpus)
    table = child(window, QTableView, "tags_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    who = table.model().index(0, WHO)
    shown = who.data(Qt.ItemDataRole.DisplayRole)
    assert "Place: <b>California</b>" in shown
    tip = who.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>California</b>" not in tip  # escaped: Qt would make it bold
    assert "&lt;b&gt;California&lt;/b&gt;" in tip
    assert "Actor: Joe Biden" in tip and "Recipient: Xi Jinping" in tip


def test_the_codebook_dock_keeps_event_names_on_one_readable_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    from dragon_reader.ui.coding_panels import CodebookPanel

    window.showNormal()
    window.resize(1280, 800)
    dock = child(window, QDockWidget, "codebook_dock")
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [355], Qt.Orientation.Horizontal)
    panel = child(window, CodebookPanel, "codebook_panel")
    qtbot.waitUntil(panel.isVisible)
    table = child(panel, QTableView, "codebook_events")
    QApplication.processEvents()
    assert not table.wordWrap()
    chars = table.columnWidth(0) // table.fontMetrics().averageCharWidth()
    assert chars >= 14, f"the event's name shows about {chars} characters"
    columns = [table.columnWidth(c) for c in range(table.model().columnCount())]
    assert sum(columns) <= table.viewport().width() + 1
    model = table.model()
    ranged = next(r for r in range(model.rowCount()) if "/" in str(model.index(r, 2).data()))
    for column in (0, 2):  # a name and a date range, whole on hover
        cell = model.index(ranged, column)
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()


def test_escape_asks_before_it_throws_away_a_typed_note(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from dragon_reader.ui.coding_panels import TagEditor

    tag = corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, corpus.coding.events()[0].id)
    editor = TagEditor(corpus.coding, bus(window), tag, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not editor.isVisible()
    editor.show()
    editor.note_edit.setPlainText("a long note, typed with care")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        """Once the question shows, click ``button`` on it."""
        shown = [
            box for box in editor.findChildren(QMessageBox, "discard_question") if box.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, lambda: answer(button))
            return
        asked.append(shown[0].text())
        shown[0].button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Escape)
    assert asked and editor.isVisible()  # kept editing: the note is still there
    assert editor.note_edit.toPlainText() == "a long note, typed with care"
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not editor.isVisible()
    stored = corpus.coding.tag(tag.id)
    assert stored is not None and stored.note == ""


def test_a_long_list_of_parties_opens_at_its_first_name(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from dragon_reader.ui.coding_panels import TagEditor

    channel = corpus.coding.channels()[0]
    tag = corpus.coding.create_tag(1, 0, 2, TagKind.CHANNEL, channel.id)
    names = ["National Security Adviser Jake Sullivan", "Foreign Minister Wang Yi", "Xi Jinping"]
    corpus.slots.set_slots(tag.id, [SlotFiller(SlotRole.PARTY, name) for name in names])
    editor = TagEditor(corpus.coding, bus(window), tag, window)
    qtbot.addWidget(editor)
    parties = child(editor, QLineEdit, "tag_slot_party")
    assert parties.text().startswith("National Security Adviser")
    assert parties.cursorPosition() == 0


def test_save_clicked_while_the_name_list_is_open_saves_at_once(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from dragon_reader.ui.coding_panels import TagEditor

    event = corpus.coding.events()[0]
    tag = corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id)
    editor = TagEditor(corpus.coding, bus(window), tag, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    actor = child(editor, QLineEdit, "tag_slot_actor")
    actor.setFocus()
    actor.setText("Xi Jin")
    completer = actor.completer()
    completer.setCompletionPrefix("Xi Jin")
    completer.complete()
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    buttons = editor.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    # The open list has the mouse: the click arrives there, outside its rows.
    at = popup.mapFromGlobal(save.mapToGlobal(save.rect().center()))
    qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: not editor.isVisible())  # saved by the one click
    assert [f.text for f in corpus.slots.slots(tag.id)] == ["Xi Jin"]
