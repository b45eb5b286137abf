from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.entities_panel import EntitiesPanel
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.reader import ArticleReader

DONG_JUN_LINE = "Dong Jun — PRC Minister of National Defense since 2023-12"


def dated_article_with(db_path: Path, words: str, published: str) -> ArticleId:
    with sqlite3.connect(db_path) as connection:
        (article_id,) = connection.execute(
            "SELECT id FROM article WHERE instr(text, ?) > 0", (words,)
        ).fetchone()
        connection.execute("UPDATE article SET published = ? WHERE id = ?", (published, article_id))
    return ArticleId(article_id)


def test_the_panel_shows_each_actor_s_role_on_the_article_s_date(
    qtbot: QtBot, corpus: Corpus, db_path: Path
) -> None:
    article_id = dated_article_with(db_path, "Dong Jun", "2024-01-09")
    panel = EntitiesPanel(corpus.entities, actors=corpus.actors)
    qtbot.addWidget(panel)
    panel.show_article(article_id)
    view = panel.findChild(QTableView, "entity_table")
    assert view is not None
    model = view.model()
    actor_column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Actor"
    )
    shown = {
        model.index(row, 0).data(): model.index(row, actor_column).data()
        for row in range(model.rowCount())
    }
    assert shown["Dong Jun"] == DONG_JUN_LINE
    assert shown["Li Shangfu"] == "Li Shangfu"  # no longer minister in January 2024
    assert shown["Pentagon"] == "Department of Defense"


def test_hovering_a_name_shows_the_actor_s_role(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    article_id = dated_article_with(db_path, "Dong Jun", "2024-01-09")
    assert window.open_article(article_id)
    reader = window.findChild(ArticleReader, "reader")
    assert reader is not None
    text = reader.article.text  # type: ignore[union-attr]
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offset_map.to_position(text.index("Dong Jun")) + 1)
    assert cursor.charFormat().toolTip().splitlines() == [
        "PERSON — Person: Dong Jun",
        DONG_JUN_LINE,
    ]
