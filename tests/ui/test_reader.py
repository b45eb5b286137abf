"""The span invariant through the real reader widget."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId, ArticleStatus, ArticleView
from dragon_reader.domain.text import normalize_newlines
from dragon_reader.ui.reader import ArticleReader, Highlight, snap_to_words

PIECES = [
    "word",
    " ",
    "\r\n",
    "\n\n",
    "\r",
    "“quoted”",
    "‘single’",
    "—",
    "😀",
    "🇨🇳",
    "中国",
    "é",
    "\u00a0",
    "\t",
    "U.S.",
    "end.",
]


def shown(text: str) -> str:
    """Qt's plain-text view writes paragraph ends as newlines and no-break spaces as spaces."""
    return text.replace("\u2029", "\n").replace("\u00a0", " ")


def view_of(text: str) -> ArticleView:
    return ArticleView(
        ArticleId(1), "t", None, None, None, None, text, ArticleStatus.NEW, datetime(2024, 1, 1)
    )


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60), st.data())
def test_any_span_round_trips_through_the_document(
    qtbot: QtBot, pieces: list[str], data: st.DataObject
) -> None:
    reader = ArticleReader()
    qtbot.addWidget(reader)
    text = normalize_newlines("".join(pieces))
    reader.show_article(view_of(text))
    assert shown(reader.toPlainText()) == shown(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    reader.select_span(start, end)
    selected = reader.selected_span()
    if end > start:
        assert selected is not None
        assert (selected.start, selected.end) == (start, end)
        assert shown(reader.textCursor().selectedText()) == shown(text[start:end])
    else:
        assert selected is None


def test_highlights_land_on_their_offsets_after_emoji(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QTextCursor

    reader = ArticleReader()
    qtbot.addWidget(reader)
    text = "😀😀 Xi met 🇨🇳 Biden\n\nend"
    reader.show_article(
        view_of(text),
        [Highlight(text.index("Biden"), text.index("Biden") + 5, QColor(255, 0, 0, 80))],
    )
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offset_map.to_position(text.index("Biden")))
    cursor.setPosition(
        reader.offset_map.to_position(text.index("Biden") + 5), QTextCursor.MoveMode.KeepAnchor
    )
    assert cursor.selectedText() == "Biden"
    probe = QTextCursor(reader.document())
    probe.setPosition(reader.offset_map.to_position(text.index("Biden")) + 2)
    assert probe.charFormat().background().color() == QColor(255, 0, 0, 80)


@pytest.mark.parametrize(
    ("selected", "snapped"),
    [
        ("ashington said", "Washington said"),  # a drag ending inside a word takes it
        (" said on Tues", "said on Tuesday"),
        ("“We have been", "We have been"),  # a quotation mark at the start is dropped
        ("the talks,” he", "the talks,” he"),  # inside: kept
        ("the talks,”", "the talks"),  # at the end: dropped with the comma
        ("U.S.", "U.S."),  # an abbreviation keeps its full stops
        ("China’s", "China’s"),
        ("“", "“"),  # no word inside: left alone
    ],
)
def test_a_drag_snaps_to_whole_words_without_edge_quotes(selected: str, snapped: str) -> None:
    text = "“We have been in Washington said on Tuesday, the talks,” he said of U.S. and China’s"
    text += " “ "
    start = text.index(selected)
    first, last = snap_to_words(text, start, start + len(selected))
    assert text[first:last] == snapped


# -- long articles: highlights and underlines drawn where the reader shows the text ---------

PARAGRAPH = (
    "Officials in Washington said on Tuesday that talks with Beijing would resume next "
    "month, after a pause of nearly a year in which neither side set a date."
)
LONG_TEXT = "\n\n".join([PARAGRAPH] * 2_500) + "\n\nAt the end, Xi Jinping met the envoy."


def shown_long_reader(qtbot: QtBot, highlights: list[Highlight]) -> ArticleReader:
    """A reader on screen showing ``LONG_TEXT`` (about 390,000 characters)."""
    from dragon_reader.ui.reader import EAGER_CHARACTERS

    assert len(LONG_TEXT) > 3 * EAGER_CHARACTERS
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.resize(700, 500)
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_article(view_of(LONG_TEXT), highlights)
    return reader


def background_at(reader: ArticleReader, offset: int) -> Any:
    from PySide6.QtGui import QTextCursor

    probe = QTextCursor(reader.document())
    probe.setPosition(reader.offset_map.to_position(offset) + 1)
    return probe.charFormat()


def test_a_long_texts_highlight_far_down_is_drawn_once_scrolled_to(qtbot: QtBot) -> None:
    """Opening a long text formats nothing far down (it formatted every highlight first:
    11 s for a 12 MB article); scrolling down shows the highlight there, colour and
    tooltip, drawn by the reader itself."""
    from PySide6.QtGui import QColor

    from tests.ui.find import colour_behind, hover_tooltip, looks_like, over_base

    red = QColor(255, 0, 0, 80)
    far = LONG_TEXT.rindex("Xi Jinping")
    near = LONG_TEXT.index("Washington said")
    reader = shown_long_reader(
        qtbot, [Highlight(near, near + 15, red, "near"), Highlight(far, far + 10, red, "far")]
    )
    qtbot.waitUntil(lambda: looks_like(colour_behind(reader, near + 10), over_base(reader, red)))
    assert hover_tooltip(reader, near) == "near"
    assert not background_at(reader, far).hasProperty(QTextCharFormat.Property.BackgroundBrush)
    bar = reader.verticalScrollBar()

    def at_the_bottom() -> bool:
        """Drag the scroll bar to its end (which moves while Qt lays out the text)."""
        bar.setValue(bar.maximum())
        first, last = reader.visible_span()
        return first <= far <= last

    qtbot.waitUntil(at_the_bottom, timeout=20_000)
    qtbot.waitUntil(lambda: looks_like(colour_behind(reader, far + 2), over_base(reader, red)))
    assert hover_tooltip(reader, far) == "far"


def test_new_highlights_on_a_long_text_replace_the_old_where_it_is_read(qtbot: QtBot) -> None:
    """Highlights drawn again (a tag made, a label hidden) show at once where the reader
    is, far down the text too, and the old ones are gone there."""
    from PySide6.QtGui import QColor

    from tests.ui.find import colour_behind, hover_tooltip, looks_like, over_base

    far = LONG_TEXT.rindex("Xi Jinping met")
    red, blue = QColor(255, 0, 0, 80), QColor(0, 0, 255, 80)
    reader = shown_long_reader(qtbot, [Highlight(far, far + 14, red, "old")])
    reader.reveal(far)
    qtbot.waitUntil(lambda: looks_like(colour_behind(reader, far + 2), over_base(reader, red)))
    assert hover_tooltip(reader, far) == "old"
    reader.apply_highlights([Highlight(far + 3, far + 14, blue, "new")])  # "Jinping met"
    qtbot.waitUntil(lambda: looks_like(colour_behind(reader, far + 10), over_base(reader, blue)))
    assert looks_like(colour_behind(reader, far + 2), over_base(reader, QColor(0, 0, 0, 0)))
    assert hover_tooltip(reader, far + 4) == "new"
    assert hover_tooltip(reader, far) == ""  # "Xi" no longer highlighted
    reader.apply_highlights([])  # none left (every label hidden, say): the colours go
    qtbot.waitUntil(
        lambda: looks_like(colour_behind(reader, far + 10), over_base(reader, QColor(0, 0, 0, 0)))
    )
    assert hover_tooltip(reader, far + 4) == ""


def test_hovering_the_margin_above_a_long_text_shows_no_tooltip(qtbot: QtBot) -> None:
    """The margin above the first line holds no text: no tooltip there, even when the text
    far below is highlighted (Qt's hit test there can answer a place far down)."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QColor, QHelpEvent
    from PySide6.QtWidgets import QApplication

    start = LONG_TEXT.index("\n\n")  # all but the first paragraph
    reader = shown_long_reader(
        qtbot, [Highlight(start, len(LONG_TEXT), QColor(255, 0, 0, 80), "far below")]
    )
    for point in (QPoint(0, 0), QPoint(5, 3), QPoint(19, 2), QPoint(300, 4)):
        event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
        QApplication.sendEvent(reader.viewport(), event)
        assert not event.isAccepted(), point


def test_a_long_texts_underline_far_down_is_painted_after_a_jump(qtbot: QtBot) -> None:
    """A tag's underline at the end of a long text shows once the reader jumps there
    (underlines are worked out for the lines on screen only)."""
    from PySide6.QtGui import QColor

    from dragon_reader.ui.reader import Underline

    far = LONG_TEXT.rindex("Xi Jinping")
    reader = shown_long_reader(qtbot, [])
    red = QColor(200, 30, 60)
    reader.set_underlines([Underline(far, far + 10, red)])

    def red_pixels() -> int:
        image = reader.viewport().grab().toImage()
        return sum(
            1
            for x in range(0, image.width(), 2)
            for y in range(image.height())
            if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 90 and c.blue() < 110
        )

    assert red_pixels() == 0  # the top of the text: no tag there
    reader.reveal(far)
    qtbot.waitUntil(lambda: red_pixels() > 10)
