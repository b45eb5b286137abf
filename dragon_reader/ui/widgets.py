"""Small shared widgets: a table model over dataclass rows, a read-only table, and the
Save/Cancel row with an error line that every editing dialog uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.entities import EntityLabel
from dragon_reader.ui.entity_style import label_icon

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of dataclass rows, one column per (title, getter)."""

    def __init__(self, columns: list[tuple[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            label = getattr(row, "label", None)
            return label_icon(label) if isinstance(label, EntityLabel) else None
        return None


def make_table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    """A read-only, single-row-selection table over ``model``; the first column stretches."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        view.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    return view


def add_save_cancel(dialog: QDialog, layout: QVBoxLayout, save: Callable[[], None]) -> QLabel:
    """Add an error line and Save/Cancel buttons to ``dialog``; Save calls ``save``, which
    closes the dialog itself once it succeeds. Returns the error line for messages."""
    error = QLabel(dialog)
    error.setStyleSheet("color: #c0392b")
    error.setWordWrap(True)
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error
