from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor
from pytestqt.qtbot import QtBot

from dragon_reader.domain.entities import EntityLabel, MentionOrigin
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.entity_style import label_color
from dragon_reader.ui.main_window import MainWindow


def background_at(window: MainWindow, offset: int) -> QColor:
    """The highlight colour drawn at ``offset``; fully transparent when none is drawn."""
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.offset_map.to_position(offset) + 1)
    brush = cursor.charFormat().background()
    return QColor(0, 0, 0, 0) if brush.style() == Qt.BrushStyle.NoBrush else brush.color()


def test_entities_are_highlighted_in_their_label_colour(window: MainWindow) -> None:
    text = window.reader.article.text  # type: ignore[union-attr]
    assert background_at(window, text.index("Joe Biden")) == label_color(EntityLabel.PERSON)
    assert background_at(window, text.index("Beijing")) == label_color(EntityLabel.GPE)
    assert background_at(window, text.index("coordinating")).alpha() == 0


def test_legend_toggle_hides_one_label(qtbot: QtBot, window: MainWindow) -> None:
    text = window.reader.article.text  # type: ignore[union-attr]
    toggle = window.legend.findChild(
        type(window.actions_by_name[next(iter(window.actions_by_name))]), "show_person"
    )
    assert toggle is not None
    toggle.setChecked(False)
    assert background_at(window, text.index("Joe Biden")).alpha() == 0
    assert background_at(window, text.index("Beijing")) == label_color(EntityLabel.GPE)
    assert window.settings.value("entities/hidden_labels") in (["PERSON"], "PERSON")


def test_select_and_mark_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    text = window.reader.article.text  # type: ignore[union-attr]
    start = text.index("defense attache office")
    window.reader.select_span(start, start + len("defense attache office"))
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    rows = [
        m
        for m in corpus.entities.mentions(window.current_article_id)  # type: ignore[arg-type]
        if m.start == start
    ]
    assert [(r.text, r.label, r.origin) for r in rows] == [
        ("defense attache office", EntityLabel.ORG, MentionOrigin.ANALYST)
    ]
    assert background_at(window, start) == label_color(EntityLabel.ORG)
    panel_names = [row.canonical for row in window.entities_panel.entity_model.rows]
    assert "defense attache office" in panel_names


def test_click_a_highlight_then_reject_it(qtbot: QtBot, window: MainWindow, corpus: Corpus) -> None:
    text = window.reader.article.text  # type: ignore[union-attr]
    offset = text.index("Reuters")
    window.reader.span_clicked.emit(offset + 1, QPoint(5, 5))
    menu = window.reader_menu
    assert menu is not None
    reject = next(a for a in menu.actions() if a.objectName() == "reject_mention")
    reject.trigger()
    assert background_at(window, offset).alpha() == 0
    everywhere = [
        m
        for aid in corpus.article_ids()
        for m in corpus.entities.mentions(aid)
        if m.text == "Reuters"
    ]
    assert everywhere == []


def test_click_a_highlight_then_change_its_label(qtbot: QtBot, window: MainWindow) -> None:
    text = window.reader.article.text  # type: ignore[union-attr]
    offset = text.index("Pentagon")
    window.reader.span_clicked.emit(offset, QPoint(5, 5))
    menu = window.reader_menu
    assert menu is not None
    change = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in change.actions() if a.objectName() == "relabel_loc").trigger()
    assert background_at(window, offset) == label_color(EntityLabel.LOC)


def test_entities_panel_leads_to_other_articles(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.entities_panel
    row = next(i for i, r in enumerate(panel.entity_model.rows) if r.canonical == "Joe Biden")
    panel.entity_view.setCurrentIndex(panel.entity_model.index(row, 0))
    assert panel.elsewhere_model.rowCount() == 4
    before = window.current_article_id
    panel.elsewhere_view.doubleClicked.emit(panel.elsewhere_model.index(0, 0))
    assert window.current_article_id != before
    assert "Biden" in window.reader.toPlainText()


def test_background_recognition_after_a_version_change(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    corpus.entities.invalidate_all()
    with qtbot.waitSignal(window.recognition_finished, timeout=20_000) as finished:
        assert window.start_background_recognition()
    assert finished.args == [5]
    assert corpus.entities.stale_article_ids() == []
    assert window.progress_bar.isHidden()


def test_taught_rules_dialog_lists_and_forgets(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from dragon_reader.ui.entities_panel import TaughtRulesDialog

    text = window.reader.article.text  # type: ignore[union-attr]
    start = text.index("defense attache office")
    corpus.entities.mark(
        window.current_article_id,
        start,
        start + 22,  # type: ignore[arg-type]
        EntityLabel.ORG,
    )
    dialog = TaughtRulesDialog(corpus.entities, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    dialog.forget_selected()
    assert dialog.model.rowCount() == 0
    assert corpus.entities.taught_rules() == []
