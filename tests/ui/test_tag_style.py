from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTableView

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import Tag, TagId, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.reader import ArticleReader
from dragon_reader.ui.tag_style import tag_tooltip


def test_the_tooltip_names_the_slots() -> None:
    tag = Tag(TagId(1), 1, 0, 5, "talks", TagKind.CHANNEL, 1, "Defense ministers")
    fillers = [
        SlotFiller(SlotRole.PARTY, "United States"),
        SlotFiller(SlotRole.ACTOR, "Lloyd Austin"),
        SlotFiller(SlotRole.PARTY, "China"),
    ]
    assert tag_tooltip(tag, fillers).splitlines()[:3] == [
        "Channel: Defense ministers",
        "Actor: Lloyd Austin",
        "Parties: United States; China",
    ]


def test_the_tags_panel_and_hover_show_a_tag_s_slots(window: MainWindow, corpus: Corpus) -> None:
    text = corpus.article(ArticleId(1)).text  # type: ignore[union-attr]
    start = text.index("closely watched California summit")
    event = next(e for e in corpus.coding.events() if e.name == "Biden-Xi summit at Woodside")
    tag = corpus.coding.create_tag(1, start, start + 33, TagKind.EVENT, event.id)
    corpus.slots.set_slots(
        tag.id,
        [SlotFiller(SlotRole.ACTOR, "Joe Biden"), SlotFiller(SlotRole.RECIPIENT, "Xi Jinping")],
    )
    assert window.open_article(ArticleId(2))  # the panel reads tags when an article opens
    assert window.open_article(ArticleId(1))
    table = window.findChild(QTableView, "tags_table")
    assert table is not None
    model = table.model()
    who = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Slots"
    )
    assert model.index(0, who).data() == "Actor: Joe Biden · Recipient: Xi Jinping"
    reader = window.findChild(ArticleReader, "reader")
    assert reader is not None
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.offset_map.to_position(start) + 1)
    assert "Recipient: Xi Jinping" in cursor.charFormat().toolTip().splitlines()
