"""Slots, document labels and vocabularies change on the bus like tags: the views that
show them follow, after the change and after its undo and redo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QComboBox, QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, bus, child, list_model, settle


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
    assert column_texts(table, "Slots") == [""]
    bus(window).run(lambda: corpus.slots.set_slots(tag.id, [SlotFiller(SlotRole.PARTY, "PLA")]))
    assert "PLA" in column_texts(table, "Slots")[0]
    action(window, "undo").trigger()
    assert column_texts(table, "Slots") == [""]
    action(window, "redo").trigger()
    assert "PLA" in column_texts(table, "Slots")[0]


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


def test_long_work_that_fails_unexpectedly_says_so_and_frees_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    work = bus(window)
    failures: list[str] = []
    work.failed.connect(failures.append)

    def broken(progress: Callable[[int, int], bool]) -> None:
        progress(0, 1)
        raise RuntimeError("the disk is on fire")

    assert work.start("Breaking {done} of {total}…", broken)
    settle(qtbot, window)
    assert failures and "the disk is on fire" in failures[0]
    assert work.run(lambda: 1) == 1  # other operations run again


def test_when_long_work_ends_its_thread_has_ended_too(qtbot: QtBot, window: MainWindow) -> None:
    """The window does not wait for the work thread's queued quit (that wait blocked the
    event loop for the full 10 s timeout after every import, export and correction)."""
    work = bus(window)
    ended: list[bool] = []
    work.work_finished.connect(
        lambda: ended.append(all(t.isFinished() for t in work.findChildren(QThread)))
    )
    assert work.start("Counting {done} of {total}…", lambda progress: progress(1, 1))
    settle(qtbot, window)
    assert ended == [True]


def test_long_work_sets_older_objects_aside_from_the_garbage_collector(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A full collection pass scanning the whole process froze the window for 200–500 ms
    during exports; while long work runs, the objects older than it are frozen."""
    import gc

    work = bus(window)
    frozen: list[int] = []
    assert work.start("Counting {done} of {total}…", lambda progress: progress(1, 1))
    frozen.append(gc.get_freeze_count())
    settle(qtbot, window)
    assert frozen[0] > 0
    assert gc.get_freeze_count() == 0  # and they are collected as usual afterwards
