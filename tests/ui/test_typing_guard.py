"""Words typed where there is no text field are not one-letter commands (J/K, E/C, U/I/D),
and a status key that does act says which article it marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.actions import TYPING_PAUSE_MS
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.tag_picker import TagPicker
from tests.ui.find import article_list, reader


def statuses(corpus: Corpus) -> dict[ArticleId, ArticleStatus]:
    return {s.id: s.status for s in corpus.summaries(corpus.article_ids()).values()}


def test_words_typed_after_a_refused_e_change_no_status_and_open_no_article(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    before, shown = statuses(corpus), window.current_article_id
    reader(window).setFocus()
    qtbot.keyClick(reader(window), Qt.Key.Key_E)  # nothing selected: refused
    assert "Select the text to tag first" in window.statusBar().currentMessage()
    qtbot.keyClicks(reader(window), " candid talks kill test, done")
    assert statuses(corpus) == before  # no d (done), i (in progress), u (new)
    assert window.current_article_id == shown  # no k (previous) or j (next)
    assert window.findChild(TagPicker, "tag_picker") is None
    assert reader(window).verticalScrollBar().value() == 0  # spaces between words: no paging
    said = window.statusBar().currentMessage()
    assert "not taken as commands" in said and "cdid" in said  # the letters held back


def test_a_word_typed_into_the_reader_or_the_list_without_e_is_typing_too(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    before, shown = statuses(corpus), window.current_article_id
    reader(window).setFocus()
    qtbot.keyClicks(reader(window), "a kind word")  # "a" is no command: typing
    article_list(window).setFocus()
    qtbot.keyClicks(article_list(window), "sent kudos")  # nor does the list jump by title
    assert statuses(corpus) == before
    assert window.current_article_id == shown


def test_after_a_pause_a_status_key_acts_and_says_which_article_it_marked(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    reader(window).setFocus()
    qtbot.keyClicks(reader(window), "and")
    qtbot.wait(TYPING_PAUSE_MS + 200)
    qtbot.keyClick(reader(window), Qt.Key.Key_D)
    shown = window.current_article_id
    assert shown is not None and statuses(corpus)[shown] == ArticleStatus.DONE
    said = window.statusBar().currentMessage()
    title = corpus.article(shown).title  # type: ignore[union-attr]
    assert f"“{title[:20]}" in said and "marked done — Ctrl+Z undoes." in said


def test_a_key_that_is_not_typing_ends_the_hold_so_tagging_goes_on_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = reader(window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C)  # refused: nothing selected
    # Select from the keyboard (an arrow is not typing), then C tags straight away.
    text = view.article.text  # type: ignore[union-attr]
    start = text.index("severed")
    view.select_span(start, start)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    view.select_span(start, start + len("severed"))
    qtbot.keyClick(view, Qt.Key.Key_C)
    picker = window.findChild(TagPicker, "tag_picker")
    assert picker is not None and picker.isVisible()


def test_a_click_ends_the_hold(qtbot: QtBot, window: MainWindow, corpus: Corpus) -> None:
    view = reader(window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_E)  # refused
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(view, Qt.Key.Key_D)
    shown = window.current_article_id
    assert shown is not None and statuses(corpus)[shown] == ArticleStatus.DONE


def test_words_typed_into_a_panels_table_are_typing_too(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtWidgets import QTableView

    from tests.ui.find import child

    before, shown = statuses(corpus), window.current_article_id
    table = child(window, QTableView, "tags_table")
    table.setFocus()
    qtbot.keyClicks(table, "a kind word")
    assert statuses(corpus) == before
    assert window.current_article_id == shown
