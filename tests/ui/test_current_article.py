"""The article page above the reader: its title and details line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

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
