"""The span invariant through the real reader widget."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
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
