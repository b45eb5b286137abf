"""Slots, document labels and vocabularies change on the bus like tags: the views that
show them follow, after the change and after its undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, bus, child, list_model


def column_texts(table: QTableView, heading: str) -> list[str]:
    """The texts of the column headed ``heading``, top to bottom."""
    model = table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == heading
    )
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def test_the_who_column_follows_a_slot_change_and_its_undo(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    window.open_article(ArticleId(4))
    channel = corpus.coding.channels()[0]
    tag = bus(window).run(
        lambda: corpus.coding.create_tag(
            4, 0, 10, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE
        )
    )
    assert tag is not None
    table = child(window, QTableView, "tags_table")
    assert column_texts(table, "Who") == [""]
    bus(window).run(lambda: corpus.slots.set_slots(tag.id, [SlotFiller(SlotRole.PARTY, "PLA")]))
    assert "PLA" in column_texts(table, "Who")[0]
    action(window, "undo").trigger()
    assert column_texts(table, "Who") == [""]
    action(window, "redo").trigger()
    assert "PLA" in column_texts(table, "Who")[0]


def test_the_label_filter_follows_vocabulary_and_label_changes_and_their_undo(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    labels = child(window, QComboBox, "label_filter")

    def offered() -> list[str]:
        return [labels.itemText(i) for i in range(labels.count())]

    assert "Background" not in offered()
    bus(window).run(lambda: corpus.vocabularies.add(Vocabulary.DOCUMENT_LABEL, "Background"))
    assert "Background" in offered()

    labels.setCurrentIndex(labels.findText("Background"))
    qtbot.waitUntil(lambda: list_model(window).rowCount() == 0)
    window.open_article(ArticleId(2))  # still the reader's article, though filtered out
    bus(window).run(
        lambda: corpus.vocabularies.set_article_label(2, Vocabulary.DOCUMENT_LABEL, "background")
    )
    assert list_model(window).rowCount() == 1  # the labelled article joins the filtered list
    action(window, "undo").trigger()
    assert list_model(window).rowCount() == 0
    action(window, "redo").trigger()
    assert list_model(window).rowCount() == 1

    labels.setCurrentIndex(0)
    action(window, "undo").trigger()  # the label goes
    action(window, "undo").trigger()  # and the value added to the vocabulary
    assert "Background" not in offered()
