"""The picker's slots driven by keys: the sentence's entities by number, typed names with
the actor dictionary, a channel's default parties, and descriptions while filtering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from dragon_reader.domain.slots import SlotRole
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.coding_panels import TagsPanel
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.tag_picker import TagPicker
from tests.ui.find import bus, child, reader

SENTENCE = "closely watched California summit"


def open_picker(qtbot: QtBot, window: MainWindow, words: str, key: Qt.Key) -> TagPicker:
    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index(words)
    reader(window).select_span(start, start + len(words))
    reader(window).setFocus()
    qtbot.keyClick(reader(window), key)
    return child(window, TagPicker, "tag_picker")


def number(picker: TagPicker, text: str) -> Qt.Key:
    """The key that picks the sentence's entity ``text``."""
    index = [e.text for e in picker.entities].index(text) + 1
    key: Qt.Key = getattr(Qt.Key, f"Key_{index}")
    return key


def test_actor_and_recipient_from_the_sentence_by_number_keys(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    picker = open_picker(qtbot, window, "severed", Qt.Key.Key_C)
    listed = (
        child(picker, type(picker.entity_list), "sentence_entities").text().replace("\u00a0", " ")
    )
    assert "Joe Biden" in listed and "Xi Jinping" in listed
    qtbot.keyClicks(picker.filter_edit, "military-to-military")
    parties = picker.slot_edits[SlotRole.PARTY]
    assert parties.text() == "US military; People's Liberation Army"  # the entry's sides
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Tab)
    actor = picker.slot_edits[SlotRole.ACTOR]
    assert picker.focusWidget() is actor  # Tab goes from the filter to the slots
    qtbot.keyClick(actor, number(picker, "Joe Biden"))
    qtbot.keyClick(actor, Qt.Key.Key_Tab)
    recipient = picker.slot_edits[SlotRole.RECIPIENT]
    qtbot.keyClick(recipient, number(picker, "Xi Jinping"))
    assert (actor.text(), recipient.text()) == ("Joe Biden", "Xi Jinping")
    qtbot.keyClick(recipient, Qt.Key.Key_Return)

    (tag,) = corpus.coding.all_tags()
    fillers = corpus.slots.slots(tag.id)
    by_role = {role: [f for f in fillers if f.role == role] for role in SlotRole}
    (biden,) = by_role[SlotRole.ACTOR]
    text = reader(window).article.text  # type: ignore[union-attr]
    assert biden.is_mention and text[biden.start : biden.end] == "Joe Biden"
    assert biden.actor_id is not None
    assert corpus.actors.actor(biden.actor_id).name == "Joe Biden"  # type: ignore[arg-type, union-attr]
    assert [f.text for f in by_role[SlotRole.RECIPIENT]] == ["Xi Jinping"]
    assert [f.text for f in by_role[SlotRole.PARTY]] == ["US military", "People's Liberation Army"]
    model = child(window, TagsPanel, "tags_panel").model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Slots"
    )
    who = model.data(model.index(0, column))
    assert "Actor: Joe Biden" in who and "Recipient: Xi Jinping" in who

    bus(window).undo()  # the tag and its slots are one step
    assert corpus.coding.all_tags() == []
    assert corpus.slots.slots_for_tags() == {}


def test_a_number_twice_takes_the_entity_away_and_names_can_be_typed(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    picker = open_picker(qtbot, window, SENTENCE, Qt.Key.Key_E)
    qtbot.keyClicks(picker.filter_edit, "woodside")
    actor = picker.slot_edits[SlotRole.ACTOR]
    qtbot.keyClick(actor, number(picker, "Joe Biden"))
    qtbot.keyClick(actor, number(picker, "Xi Jinping"))
    qtbot.keyClick(actor, number(picker, "Joe Biden"))
    assert actor.text() == "Xi Jinping"
    place = picker.slot_edits[SlotRole.PLACE]
    qtbot.keyClicks(place, "Woodside")
    recipient = picker.slot_edits[SlotRole.RECIPIENT]
    qtbot.keyClicks(recipient, "lloyd aus")
    completer = recipient.completer()
    assert completer.currentCompletion() == "Lloyd Austin"

    def completed() -> str:
        proxy = completer.completionModel()
        return completer.pathFromIndex(proxy.mapToSource(completer.currentIndex()))  # type: ignore[attr-defined]

    assert completed() == "Lloyd Austin"
    recipient.setText("Antony Blinken; lloyd aus")  # only the last name is completed
    completer.setCompletionPrefix(completer.splitPath(recipient.text())[0])
    assert completed() == "Antony Blinken; Lloyd Austin"
    recipient.setText("Antony Blinken; Lloyd Austin")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)

    (tag,) = corpus.coding.all_tags()
    fillers = corpus.slots.slots(tag.id)
    austin = next(f for f in fillers if f.text == "Lloyd Austin")
    assert austin.role == SlotRole.RECIPIENT and not austin.is_mention
    assert corpus.actors.actor(austin.actor_id).name == "Lloyd Austin"  # type: ignore[arg-type, union-attr]
    place_filler = next(f for f in fillers if f.role == SlotRole.PLACE)
    assert place_filler.text == "Woodside" and place_filler.actor_id is None


def test_descriptions_dates_and_parties_show_while_filtering(
    qtbot: QtBot, window: MainWindow
) -> None:
    picker = open_picker(qtbot, window, SENTENCE, Qt.Key.Key_E)
    qtbot.keyClicks(picker.filter_edit, "woodside")
    details = child(picker, type(picker.details), "entry_details").text()
    assert "2023-11-15" in details and "summit" in details
    assert "2023-11-15" in picker.model.rows[0].label


def test_a_channels_sides_and_a_statuss_description_and_key(
    qtbot: QtBot, window: MainWindow
) -> None:
    picker = open_picker(qtbot, window, "severed", Qt.Key.Key_C)
    qtbot.keyClicks(picker.filter_edit, "crisis hotline")
    assert "US Department of Defense ↔ Chinese Ministry of National Defense" in (
        picker.details.text()
    )
    qtbot.keyClick(picker.status_combo, Qt.Key.Key_F)  # "refused" has the key f
    assert picker.status_combo.currentData() == "refused"
    assert "refuses" in picker.value_description.text()


def test_parties_the_analyst_typed_are_kept_when_the_entry_changes(
    qtbot: QtBot, window: MainWindow
) -> None:
    picker = open_picker(qtbot, window, "severed", Qt.Key.Key_C)
    parties = picker.slot_edits[SlotRole.PARTY]
    assert parties.text()  # the suggested entry's sides, until the analyst types
    qtbot.keyClick(parties, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(parties, "Pentagon")
    qtbot.keyClicks(picker.filter_edit, "crisis hotline")
    assert parties.text() == "Pentagon"


def test_the_picker_at_the_foot_of_the_screen_fits_on_it(qtbot: QtBot, window: MainWindow) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    last = text.rstrip().rsplit(" ", 1)[-1]
    start = len(text.rstrip()) - len(last)
    reader(window).select_span(start, start + len(last))  # scrolls to the article's end
    reader(window).setFocus()
    qtbot.keyClick(reader(window), Qt.Key.Key_C)
    picker = child(window, TagPicker, "tag_picker")
    available = picker.screen().availableGeometry()
    assert available.contains(picker.frameGeometry()), (picker.frameGeometry(), available)


def test_the_picker_fits_a_1280_by_800_and_a_1600_by_1000_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    picker = open_picker(qtbot, window, "severed", Qt.Key.Key_C)
    frame = QMargins(1, 24, 1, 1)  # a window manager's title bar and borders
    for screen, natural in ((QRect(0, 0, 1280, 800 - 28), False), (QRect(0, 0, 1600, 1000), True)):
        for anchor in (QPoint(600, 760), QPoint(1200, 100), QPoint(0, 400)):
            picker.place_near(anchor, screen, frame)
            outer = QRect(
                picker.x(),
                picker.y(),
                picker.width() + frame.left() + frame.right(),
                picker.height() + frame.top() + frame.bottom(),
            )
            assert screen.contains(outer), (screen, anchor, outer)
            if natural:  # a tall enough screen shows every field without scrolling
                assert picker.height() >= picker.natural_height()
                area = child(picker, QScrollArea, "picker_scroll")
                QApplication.processEvents()
                assert area.verticalScrollBar().maximum() == 0
    small = QRect(0, 0, 800, 480)  # too short for every field: the form scrolls inside
    picker.place_near(QPoint(10, 470), small, frame)
    assert picker.height() + frame.top() + frame.bottom() <= small.height()
    area = child(picker, QScrollArea, "picker_scroll")
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)


def test_a_picker_that_must_cover_the_selections_line_keeps_its_words_in_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A word at the right of a 1280×800 screen's middle: the picker is taller than the
    room above or below, so it covers the line; it opens left of the word, not over it."""
    picker = open_picker(qtbot, window, "severed", Qt.Key.Key_C)
    frame = QMargins(1, 24, 1, 1)
    screen = QRect(0, 0, 1280, 800 - 28)
    word = QRect(1000, 380, 60, 18)  # the selected word, its line's bottom at y = 398
    picker.place_near(word.bottomRight() + QPoint(1, 1), screen, frame, word.left())
    outer = QRect(
        picker.x(),
        picker.y(),
        picker.width() + frame.left() + frame.right(),
        picker.height() + frame.top() + frame.bottom(),
    )
    assert screen.contains(outer)
    assert outer.top() < word.bottom()  # it does cover the line…
    assert not outer.intersects(word), (outer, word)  # …but not the word


def test_a_picker_pushed_past_the_screens_foot_as_it_opens_comes_back_onto_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The frame is only guessed before the picker is shown and may be known late: whatever
    takes its foot past the screen's bottom just after it opens, it comes back onto it."""
    picker = open_picker(qtbot, window, "severed", Qt.Key.Key_C)
    screen = QRect(0, 0, 1280, 800)
    picker.place_near(QPoint(600, 300), screen, QMargins(0, 0, 0, 0))
    picker.hide()
    picker.show()  # as first shown
    qtbot.waitUntil(lambda: screen.contains(picker.frameGeometry()))
    # The window manager's frame, known late, pushes its foot to y = 815.
    picker.move(picker.x(), 815 - picker.frameGeometry().height())
    qtbot.waitUntil(lambda: screen.contains(picker.frameGeometry()), timeout=2000)
    assert picker.frameGeometry().bottom() <= 799


@pytest.mark.parametrize("key", [Qt.Key.Key_E, Qt.Key.Key_C])
def test_with_nothing_suggested_no_entry_is_chosen_and_enter_saves_nothing(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, key: Qt.Key
) -> None:
    # The sentence names no codebook entry: nothing may stand chosen in its place (the
    # alphabetically first entry once did, and Enter saved it with its parties).
    picker = open_picker(qtbot, window, "sovereignty", key)
    assert picker.current_choice() is None
    assert picker.list_view.selectionModel().selectedRows() == []
    assert picker.model.rowCount() > 0  # the codebook is listed to choose from
    assert "Nothing suggested" in picker.hint.text()
    if SlotRole.PARTY in picker.slot_edits:
        assert picker.slot_edits[SlotRole.PARTY].text() == ""  # no entry's sides filled in
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    qtbot.keyClick(picker, Qt.Key.Key_Enter)
    picker.list_view.setFocus(Qt.FocusReason.TabFocusReason)  # a focus frame, not a choice
    qtbot.keyClick(picker.list_view, Qt.Key.Key_Return)
    assert corpus.coding.all_tags() == []
    assert picker.isVisible() and "No entry chosen" in picker.hint.text()
    assert picker.focusWidget() is picker.filter_edit  # back where an entry is found

    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)  # arrowing down chooses the first
    first = picker.current_choice()
    assert first is not None and first.entry_id is not None
    assert picker.hint.text() == ""  # no more "No entry chosen"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    (tag,) = corpus.coding.all_tags()
    assert tag.entry_id == first.entry_id


def test_typing_chooses_the_best_match_and_clearing_it_chooses_nothing_again(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    picker = open_picker(qtbot, window, "sovereignty", Qt.Key.Key_C)
    qtbot.keyClicks(picker.filter_edit, "military-to-military")
    chosen = picker.current_choice()
    assert chosen is not None and chosen.name == "Military-to-military communications"
    picker.filter_edit.clear()
    assert picker.current_choice() is None
    assert picker.slot_edits[SlotRole.PARTY].text() == ""
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert corpus.coding.all_tags() == []


def test_a_suggested_entry_is_still_chosen(qtbot: QtBot, window: MainWindow) -> None:
    picker = open_picker(qtbot, window, "severed", Qt.Key.Key_C)
    suggested = picker.current_choice()
    assert picker.suggestion is not None and picker.suggestion.entry_id is not None
    assert suggested is not None and suggested.entry_id == picker.suggestion.entry_id
    assert picker.hint.text() == ""


def test_a_double_clicked_row_is_saved_with_nothing_suggested(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    picker = open_picker(qtbot, window, "sovereignty", Qt.Key.Key_E)
    view = picker.list_view
    point = view.visualRect(picker.model.index(1, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    (tag,) = corpus.coding.all_tags()
    assert tag.entry_id == picker.model.rows[1].entry_id


def test_the_pickers_buttons_save_and_cancel_as_enter_and_escape_do(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    """An analyst who reaches for the mouse finds Save and Cancel; Save with no entry
    chosen says so and saves nothing, as Enter does."""
    picker = open_picker(qtbot, window, "sovereignty", Qt.Key.Key_C)
    buttons = {b.text(): b for b in picker.buttons.buttons()}
    save = buttons["Save tag (Enter)"]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert corpus.coding.all_tags() == []
    assert picker.isVisible() and "No entry chosen" in picker.hint.text()
    qtbot.keyClicks(picker.filter_edit, "military-to-military")
    chosen = picker.current_choice()
    assert chosen is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    (tag,) = corpus.coding.all_tags()
    assert tag.entry_id == chosen.entry_id
    picker = open_picker(qtbot, window, "sovereignty", Qt.Key.Key_C)
    buttons = {b.text(): b for b in picker.buttons.buttons()}
    qtbot.mouseClick(buttons["Cancel (Esc)"], Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    assert len(corpus.coding.all_tags()) == 1
