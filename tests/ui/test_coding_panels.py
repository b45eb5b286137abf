"""The Tags panel in the window's dock: every column in sight, full texts on hover."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.domain.coding import FuzzyDate, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import bus, child, reader

TEXT, ENTRY, STATUS, DATE, SLOTS = range(5)


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


def _tags_table_in_a_dock(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, size: tuple[int, int], dock_width: int
) -> QTableView:
    window.showNormal()
    window.resize(*size)
    dock = child(window, QDockWidget, "tags_dock")
    window.resizeDocks([dock], [dock_width], Qt.Orientation.Horizontal)
    _tag_with_slots(window, corpus)
    table = child(window, QTableView, "tags_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qtbot.waitUntil(lambda: abs(dock.width() - dock_width) <= 2)
    QApplication.processEvents()
    return table


def _shown_chars(table: QTableView) -> dict[int, int]:
    """The columns in sight and about how many characters each shows."""
    header = table.horizontalHeader()
    char = table.fontMetrics().averageCharWidth()
    return {
        column: table.columnWidth(column) // char
        for column in range(table.model().columnCount())
        if not header.isSectionHidden(column)
    }


def _fits_without_sideways_scrolling(table: QTableView) -> None:
    header = table.horizontalHeader()
    shown = [table.columnWidth(c) for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(shown) <= table.viewport().width(), f"columns {shown} overflow"
    assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize(
    ("size", "dock_width"), [((1280, 800), 260), ((1280, 800), 380), ((1600, 1000), 380)]
)
def test_the_tags_text_is_readable_in_a_dock_at_its_narrowest_and_as_it_opens(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, size: tuple[int, int], dock_width: int
) -> None:
    table = _tags_table_in_a_dock(qtbot, window, corpus, size, dock_width)
    _fits_without_sideways_scrolling(table)
    chars = _shown_chars(table)
    assert chars[TEXT] >= 20, f"the tag's text shows about {chars[TEXT]} characters"
    assert chars[TEXT] == max(chars.values()), f"the text is not the widest column: {chars}"
    assert table.columnWidth(TEXT) >= table.viewport().width() * 0.38
    assert chars[ENTRY] >= 10, f"the entry shows about {chars[ENTRY]} characters"
    model = table.model()
    for column in set(chars) & {STATUS, DATE}:  # "severed" and a date show whole, not elided
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    if dock_width >= 380:  # the width a dock opens with: the status and its date in sight
        assert {STATUS, DATE} <= set(chars)
    tip = model.index(0, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    for hidden in set(range(model.columnCount())) - set(chars):  # one hover away
        for part in str(model.index(0, hidden).data()).split(" · "):
            assert html.escape(part) in tip


def test_a_wide_tags_dock_shows_every_column(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    table = _tags_table_in_a_dock(qtbot, window, corpus, (1600, 1000), 620)
    _fits_without_sideways_scrolling(table)
    chars = _shown_chars(table)
    assert set(chars) == {TEXT, ENTRY, STATUS, DATE, SLOTS}
    assert chars[SLOTS] >= 14
    assert chars[TEXT] == max(chars.values())
    for narrower in (320, 900):  # the table made narrower or wider: still fits
        table.resize(narrower, 300)
        QApplication.processEvents()
        _fits_without_sideways_scrolling(table)


def test_with_no_tags_yet_the_panel_heads_only_the_text_and_the_entry(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    """Columns with nothing under them are not shown squeezed to a few letters of their
    name; they come with the first tag that fills them."""
    window.showNormal()
    window.resize(1280, 800)
    table = child(window, QTableView, "tags_table")
    QApplication.processEvents()
    assert table.model().rowCount() == 0
    assert set(_shown_chars(table)) == {TEXT, ENTRY}
    _tag_with_slots(window, corpus)
    qtbot.waitUntil(lambda: {STATUS, DATE} <= set(_shown_chars(table)))


def test_the_slots_column_is_named_for_what_it_holds(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    _tag_with_slots(window, corpus)
    table = child(window, QTableView, "tags_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    model = table.model()
    assert model.headerData(SLOTS, Qt.Orientation.Horizontal) == "Slots"
    assert str(model.index(0, SLOTS).data()).startswith("Actor: Joe Biden · Recipient: Xi")


def test_hovering_a_tag_shows_all_of_it_as_plain_text(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    _tag_with_slots(window, corpus)
    table = child(window, QTableView, "tags_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    model = table.model()
    shown = model.index(0, SLOTS).data(Qt.ItemDataRole.DisplayRole)
    assert "Place: <b>California</b>" in shown
    for column in range(model.columnCount()):  # the same whole tag from any of its cells
        tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        assert "<b>California</b>" not in tip  # escaped: Qt would make it bold
        assert "&lt;b&gt;California&lt;/b&gt;" in tip
        assert "Actor: Joe Biden" in tip and "Recipient: Xi Jinping" in tip
        assert "“military-to-military talks”" in tip
        assert "Defense Policy Coordination Talks" in tip and "severed (2023-11-15)" in tip


def test_a_long_tagged_text_is_whole_on_hover(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    event = corpus.coding.events()[0]
    start = text.index("U.S. President")
    end = text.index("Taiwan.", start) + len("Taiwan.")  # one long sentence
    bus(window).run(lambda: corpus.coding.tag_span(1, start, end, TagKind.EVENT, event.id))
    table = child(window, QTableView, "tags_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    tip = table.model().index(0, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    sentence = " ".join(text[start:end].split())
    assert len(sentence) > 200  # longer than the cell shows
    assert html.escape(sentence) in tip
    assert tip.startswith("<p")  # rich text to Qt, so the tooltip wraps instead of running off


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
