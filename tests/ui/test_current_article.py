"""The article page above the reader: its title and details line."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import bus, child


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
