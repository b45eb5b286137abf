"""Reach the real window's widgets as a user's tools would: by object name (findChild)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QColor, QHelpEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from dragon_reader.ui.article_list import ArticleListModel
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.coding_panels import CodebookPanel
from dragon_reader.ui.reader import ArticleReader

T = TypeVar("T", bound=QObject)


def child(parent: QObject, kind: type[T], name: str) -> T:
    """The child of ``parent`` of type ``kind`` named ``name``; fails the test if none."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def action(window: QWidget, name: str) -> QAction:
    """The window's action named ``name`` (a ``MainAction`` value)."""
    return child(window, QAction, name)


def reader(window: QWidget) -> ArticleReader:
    """The article reader."""
    return child(window, ArticleReader, "reader")


def article_list(window: QWidget) -> QTableView:
    """The table of articles."""
    return child(window, QTableView, "article_list")


def list_model(window: QWidget) -> ArticleListModel:
    """The model of the table of articles."""
    model = article_list(window).model()
    assert isinstance(model, ArticleListModel)
    return model


def label(window: QWidget, name: str) -> QLabel:
    """A label of the window by name (``session_label``, ``count_label``, ...)."""
    return child(window, QLabel, name)


def bus(window: QWidget) -> ChangeBus:
    """The window's change bus (changes made elsewhere are announced on it)."""
    return child(window, ChangeBus, "bus")


def settle(qtbot: QtBot, window: QWidget, timeout: int = 60_000) -> None:
    """Wait until the long work the window started (in its work thread) has finished."""
    qtbot.waitUntil(lambda: not bus(window).busy, timeout=timeout)


def show_codebook(qtbot: QtBot, window: QWidget) -> CodebookPanel:
    """Bring the Codebook panel forward, as Tag ▸ Codebook panel does, and wait until it
    has read the codebook (it reads nothing while its tab is behind another)."""
    action(window, "show_codebook_panel").trigger()
    panel = child(window, CodebookPanel, "codebook_panel")
    qtbot.waitUntil(lambda: panel.on_screen() and panel.channel_model.rowCount() > 0)
    return panel


def colour_behind(reader: ArticleReader, offset: int) -> QColor:
    """The colour the reader shows now behind the character at stored ``offset`` (give a
    space, so that no ink is sampled), in the middle of its box; invalid when it is off
    screen or ends a line."""
    cursor = QTextCursor(reader.document())
    position = reader.offset_map.to_position(offset)
    cursor.setPosition(position)
    left = reader.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = reader.cursorRect(cursor)
    if right.top() != left.top() or right.left() <= left.left():
        return QColor()  # the last character of a line: it has no box to look at
    image = reader.viewport().grab().toImage()
    point = QPoint((left.left() + right.left()) // 2, left.center().y())
    return image.pixelColor(point) if image.rect().contains(point) else QColor()


def over_base(reader: ArticleReader, colour: QColor) -> QColor:
    """``colour`` (translucent) as it shows over the reader's background."""
    base = reader.viewport().palette().color(QPalette.ColorRole.Base)
    alpha = colour.alphaF()
    return QColor(
        *(
            round(c * alpha + b * (1 - alpha))
            for c, b in (
                (colour.red(), base.red()),
                (colour.green(), base.green()),
                (colour.blue(), base.blue()),
            )
        )
    )


def looks_like(shown: QColor, expected: QColor) -> bool:
    """Whether two colours are the same to the eye (rounding apart)."""
    return all(
        abs(a - b) <= 3
        for a, b in (
            (shown.red(), expected.red()),
            (shown.green(), expected.green()),
            (shown.blue(), expected.blue()),
        )
    )


def hover_tooltip(reader: ArticleReader, offset: int) -> str:
    """The tooltip shown when the mouse rests on the character at stored ``offset``
    ("" for none)."""
    QToolTip.hideText()
    cursor = QTextCursor(reader.document())
    position = reader.offset_map.to_position(offset)
    cursor.setPosition(position)
    left = reader.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = reader.cursorRect(cursor)
    # In the character's right half: Qt shows the tooltip of the character before the
    # place a click there would put the caret.
    point = QPoint((left.left() + 3 * right.left()) // 4, left.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
    QApplication.sendEvent(reader.viewport(), event)
    if not event.isAccepted():  # nothing to show there (one shown before may be fading)
        return ""
    return QToolTip.text() if QToolTip.isVisible() else ""
