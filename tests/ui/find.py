"""Reach the real window's widgets as a user's tools would: by object name (findChild)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTableView, QWidget
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
