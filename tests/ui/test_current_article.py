"""The article page above the reader: its title and details line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.tag_picker import TagPicker
from tests.ui.find import (
    bus,
    child,
    colour_behind,
    hover_tooltip,
    looks_like,
    over_base,
    reader,
)


def test_a_long_details_line_wraps_instead_of_widening_the_reader(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    """A long outlet, byline or file name must not set the reader's least width (at
    1280 pixels the line was cut off and the panes beside it squeezed)."""
    article_id = window.current_article_id
    assert article_id is not None
    outlet = "The Very Long Name of a Regional Newspaper and Its Weekend Supplement " * 4
    bus(window).apply(lambda: corpus.edit_metadata(article_id, outlet=outlet))
    meta = child(window, QLabel, "article_meta")
    qtbot.waitUntil(lambda: meta.text().startswith("The Very Long Name"))
    assert meta.minimumSizeHint().width() < 400


def test_opening_an_article_reads_its_mentions_once_for_every_view(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    """The reader, its tooltips' actor links and the Entities panel (names and counts) all
    take the one list of mentions read when the article opens (it was read four times)."""
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    other = next(a for a in corpus.article_ids() if a != window.current_article_id)
    event.listen(corpus.database.engine, "before_cursor_execute", seen)
    try:
        assert window.open_article(other)
    finally:
        event.remove(corpus.database.engine, "before_cursor_execute", seen)
    assert sum("FROM recognized_mentions" in s for s in statements) == 1
    mentions = corpus.entities.mentions(other)
    assert mentions
    table = child(window, QTableView, "entity_table")
    listed = {
        (table.model().index(row, 0).data(), table.model().index(row, 2).data())
        for row in range(table.model().rowCount())
    }
    assert listed == {(c.canonical, c.count) for c in corpus.entities.entity_counts(other)}


# -- a very long article: what is on screen is drawn, wherever the reader is --------------

NEWS = (
    "Officials in Washington said on Tuesday that talks with Beijing on trade would "
    "resume next month, after a pause of nearly a year.",
    "The ministry in Tokyo did not comment. Analysts at the Brookings Institution said "
    "both sides wanted to lower expectations before the meeting in Singapore.",
    "Markets in Hong Kong rose on the news; the yuan was little changed against the dollar.",
)
ENDING = "Late on Friday, Joe Biden said the summit had restored the military hotline."


def open_long_article(qtbot: QtBot, window: MainWindow, corpus: Corpus) -> tuple[ArticleId, str]:
    """Import a news article of about 400,000 characters (its last paragraph unlike the
    rest), open it in the window, and return its id and text."""
    from dragon_reader.ui.reader import EAGER_CHARACTERS

    paragraphs = [NEWS[n % len(NEWS)] for n in range(3_000)]
    text = "Talks to resume\n\n" + "\n\n".join(paragraphs) + "\n\n" + ENDING
    assert len(text) > 3 * EAGER_CHARACTERS
    outcome = bus(window).apply(lambda: corpus.import_text(text, "long.txt"))
    assert outcome.article_id is not None
    article_id = ArticleId(outcome.article_id)
    qtbot.waitUntil(lambda: window.open_article(article_id))
    qtbot.waitUntil(lambda: window.current_article_id == article_id)
    return article_id, text


def format_at(window: MainWindow, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(reader(window).document())
    cursor.setPosition(reader(window).offset_map.to_position(offset) + 1)
    return cursor.charFormat()


def on_screen(window: MainWindow, offset: int) -> bool:
    first, last = reader(window).visible_span()
    return first <= offset <= last


def tag_colour_pixels(window: MainWindow) -> int:
    """Pixels of the event underline's red in the reader's viewport as painted now."""
    image = reader(window).viewport().grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 90 and c.blue() < 110
    )


def tag_far_down(qtbot: QtBot, window: MainWindow, text: str) -> tuple[int, int]:
    """Select "summit" in the last paragraph and tag it as an event, as a user does."""
    start = text.rindex("summit")
    reader(window).select_span(start, start + len("summit"))
    reader(window).setFocus()
    qtbot.keyClick(reader(window), Qt.Key.Key_E)
    picker = window.findChild(TagPicker, "tag_picker")
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.filter_edit, "woodside")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    return start, start + len("summit")


def test_an_entity_far_down_a_long_article_is_highlighted_once_scrolled_to(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    """Opening formats nothing far down (every mention was formatted first: a 12 MB
    article took 11 s); the last mention is drawn, with its tooltip, once the reader
    scrolls down to it."""
    from dragon_reader.ui.entity_style import label_color

    article_id, text = open_long_article(qtbot, window, corpus)
    view = reader(window)
    mentions = corpus.entities.mentions(article_id)
    # A name on screen with a space inside a line: its colour there, without ink.
    near = next(
        m
        for m in mentions
        if " " in m.text and colour_behind(view, m.start + m.text.index(" ")).isValid()
    )
    last = mentions[-1]
    biden = text.rindex("Joe Biden")
    assert (last.start, last.text) == (biden, "Joe Biden")
    near_space = near.start + near.text.index(" ")
    qtbot.waitUntil(
        lambda: looks_like(
            colour_behind(view, near_space), over_base(view, label_color(near.label))
        )
    )
    assert near.canonical in hover_tooltip(view, near.start)
    assert not format_at(window, biden).hasProperty(QTextCharFormat.Property.BackgroundBrush)
    bar = view.verticalScrollBar()

    def at_the_bottom() -> bool:
        """Drag the scroll bar to its end (which moves while Qt lays out the text)."""
        bar.setValue(bar.maximum())
        return on_screen(window, biden)

    qtbot.waitUntil(at_the_bottom, timeout=20_000)
    qtbot.waitUntil(
        lambda: looks_like(colour_behind(view, biden + 3), over_base(view, label_color(last.label)))
    )
    assert "Joe Biden" in hover_tooltip(view, biden)


def test_a_tag_made_far_down_a_long_article_shows_where_it_was_made(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    _article_id, text = open_long_article(qtbot, window, corpus)
    start, _end = tag_far_down(qtbot, window, text)
    assert on_screen(window, start)
    assert "Biden-Xi summit at Woodside" in hover_tooltip(reader(window), start)
    assert [u.start for u in reader(window).underlines] == [start]
    qtbot.waitUntil(lambda: tag_colour_pixels(window) > 10)  # its red underline


def test_the_tags_panel_jumps_to_a_tag_far_down_a_long_article_and_shows_it(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    _article_id, text = open_long_article(qtbot, window, corpus)
    start, end = tag_far_down(qtbot, window, text)
    reader(window).verticalScrollBar().setValue(0)  # back to the top of the article
    qtbot.waitUntil(lambda: tag_colour_pixels(window) == 0)
    table = child(window, QTableView, "tags_table")
    row_rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())
    span = reader(window).selected_span()
    assert span is not None and (span.start, span.end) == (start, end)
    assert on_screen(window, start)
    assert "Biden-Xi summit at Woodside" in hover_tooltip(reader(window), start)
    qtbot.waitUntil(lambda: tag_colour_pixels(window) > 10)


def test_a_search_word_far_down_a_long_article_is_highlighted_where_the_reader_opens(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    """Opened from a search whose only match is at the end, the reader shows that word,
    bold on the search colour."""
    from dragon_reader.ui.current_article import SEARCH_MATCH_COLOR
    from dragon_reader.ui.filter_bar import FilterBar

    article_id, text = open_long_article(qtbot, window, corpus)
    bar = child(window, FilterBar, "filter_bar")
    bar.search.setText("hotline")
    bar.flush()
    qtbot.waitUntil(lambda: window.current_article_id == article_id)
    hotline = text.index("hotline")
    assert hotline > len(text) - len(ENDING)

    def marked() -> bool:
        char = format_at(window, hotline)
        return char.fontWeight() == 700 and char.background().color() == SEARCH_MATCH_COLOR

    qtbot.waitUntil(marked)
    assert on_screen(window, hotline)
