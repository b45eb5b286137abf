from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QTextCursor
from PySide6.QtWidgets import QMenu, QProgressBar, QToolBar
from pytestqt.qtbot import QtBot

from dragon_reader.domain.entities import EntityLabel, MentionOrigin
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.controllers.entities import EntitiesController
from dragon_reader.ui.entities_panel import EntitiesPanel, TaughtRulesDialog
from dragon_reader.ui.entity_style import label_color
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, child, reader, settle


def background_at(window: MainWindow, offset: int) -> QColor:
    """The highlight colour drawn at ``offset``; fully transparent when none is drawn."""
    cursor = QTextCursor(reader(window).document())
    cursor.setPosition(reader(window).offset_map.to_position(offset) + 1)
    brush = cursor.charFormat().background()
    return QColor(0, 0, 0, 0) if brush.style() == Qt.BrushStyle.NoBrush else brush.color()


def point_of(window: MainWindow, offset: int) -> QPoint:
    """Where the character at ``offset`` is drawn, in the reader's viewport."""
    cursor = QTextCursor(reader(window).document())
    cursor.setPosition(reader(window).offset_map.to_position(offset) + 1)
    return reader(window).cursorRect(cursor).center()


def right_click_menu(window: MainWindow, offset: int) -> QMenu:
    """The reader's menu for a right-click on the character at ``offset``."""
    reader(window).customContextMenuRequested.emit(point_of(window, offset))
    return child(window, QMenu, "reader_menu")


def test_entities_are_highlighted_in_their_label_colour(window: MainWindow) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    assert background_at(window, text.index("Joe Biden")) == label_color(EntityLabel.PERSON)
    assert background_at(window, text.index("Beijing")) == label_color(EntityLabel.GPE)
    assert background_at(window, text.index("coordinating")).alpha() == 0


def test_legend_toggle_hides_one_label(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    toggle = child(child(window, QToolBar, "legend"), QAction, "show_person")
    toggle.setChecked(False)
    assert background_at(window, text.index("Joe Biden")).alpha() == 0
    assert background_at(window, text.index("Beijing")) == label_color(EntityLabel.GPE)
    assert settings.value("entities/hidden_labels") in (["PERSON"], "PERSON")


def test_select_and_mark_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index("defense attache office")
    reader(window).select_span(start, start + len("defense attache office"))
    reader(window).setFocus()
    qtbot.keyClick(reader(window), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)  # the articles holding it are recognised again in the work thread
    rows = [
        m
        for m in corpus.entities.mentions(window.current_article_id)  # type: ignore[arg-type]
        if m.start == start
    ]
    assert [(r.text, r.label, r.origin) for r in rows] == [
        ("defense attache office", EntityLabel.ORG, MentionOrigin.ANALYST)
    ]
    assert background_at(window, start) == label_color(EntityLabel.ORG)
    panel_names = [
        row.canonical for row in child(window, EntitiesPanel, "entities_panel").entity_model.rows
    ]
    assert "defense attache office" in panel_names


def test_a_click_on_a_highlight_places_the_caret_without_a_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    offset = text.index("Reuters")
    qtbot.mouseClick(
        reader(window).viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, offset)
    )
    assert window.findChild(QMenu, "reader_menu") is None
    caret = reader(window).offset_map.to_offset(reader(window).textCursor().position())
    assert offset <= caret <= offset + len("Reuters")


def reuters_everywhere(corpus: Corpus) -> int:
    return sum(
        1
        for aid in corpus.article_ids()
        for m in corpus.entities.mentions(aid)
        if m.text == "Reuters"
    )


def test_right_click_a_highlight_then_reject_it_everywhere_and_undo(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    offset = text.index("Reuters")
    before = reuters_everywhere(corpus)
    assert before > 1
    menu = right_click_menu(window, offset)
    child(menu, QAction, "reject_everywhere").trigger()
    settle(qtbot, window)
    assert background_at(window, offset).alpha() == 0
    assert reuters_everywhere(corpus) == 0
    action(window, "undo").trigger()
    assert background_at(window, offset) == label_color(EntityLabel.ORG)
    assert reuters_everywhere(corpus) == before


def test_reject_this_mention_only(qtbot: QtBot, window: MainWindow, corpus: Corpus) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    offset = text.index("Reuters")
    before = reuters_everywhere(corpus)
    child(right_click_menu(window, offset), QAction, "reject_mention").trigger()
    settle(qtbot, window)
    assert background_at(window, offset).alpha() == 0
    assert reuters_everywhere(corpus) == before - 1


def test_click_a_highlight_then_change_its_label(qtbot: QtBot, window: MainWindow) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    offset = text.index("Pentagon")
    menu = right_click_menu(window, offset)
    change = next(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu))
    assert isinstance(change, QMenu)
    next(a for a in change.actions() if a.objectName() == "relabel_loc").trigger()
    settle(qtbot, window)
    assert background_at(window, offset) == label_color(EntityLabel.LOC)


def test_entities_panel_leads_to_other_articles(qtbot: QtBot, window: MainWindow) -> None:
    panel = child(window, EntitiesPanel, "entities_panel")
    row = next(i for i, r in enumerate(panel.entity_model.rows) if r.canonical == "Joe Biden")
    panel.entity_view.setCurrentIndex(panel.entity_model.index(row, 0))
    assert panel.elsewhere_model.rowCount() == 4
    before = window.current_article_id
    panel.elsewhere_view.doubleClicked.emit(panel.elsewhere_model.index(0, 0))
    assert window.current_article_id != before
    assert "Biden" in reader(window).toPlainText()


def test_background_recognition_after_a_version_change(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    corpus.entities.invalidate_all()
    controller = child(window, EntitiesController, "entities_controller")
    with qtbot.waitSignal(controller.recognition_finished, timeout=20_000) as finished:
        assert window.start_background_recognition()
    assert finished.args == [5]
    assert corpus.entities.stale_article_ids() == []
    assert child(window, QProgressBar, "recognition_progress").isHidden()


def test_taught_rules_dialog_lists_and_forgets(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    text = reader(window).article.text  # type: ignore[union-attr]
    start = text.index("defense attache office")
    reader(window).select_span(start, start + 22)
    action(window, "mark_org").trigger()
    settle(qtbot, window)
    action(window, "taught_rules").trigger()
    dialog = child(window, TaughtRulesDialog, "taught_rules")
    assert dialog.model.rowCount() == 1
    dialog.forget_selected()
    settle(qtbot, window)
    assert dialog.model.rowCount() == 0
    assert corpus.entities.taught_rules() == []
