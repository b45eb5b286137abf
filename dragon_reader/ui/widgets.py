"""Small shared widgets: a table model over dataclass rows, a read-only table, the
Save/Cancel row with an error line that every editing dialog uses, and the status bar's
view of long work (what, how far, Stop)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.entities import EntityLabel
from dragon_reader.ui.entity_style import label_icon
from dragon_reader.ui.plain_text import plain, plain_label

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of dataclass rows, one column per (title, getter);
    with ``tooltips``, every cell's whole text is its tooltip (as plain text), for cells
    a narrow column elides."""

    def __init__(
        self, columns: list[tuple[str, Any]], parent: Any = None, *, tooltips: bool = False
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._tooltips = tooltips
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
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltips:
            text = str(self._columns[index.column()][1](row))
            return plain(text) if text else None
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
    error = plain_label("", dialog)  # messages name data: titles, entries, dates typed
    error.setObjectName("error")
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


class WorkBar(QWidget):
    """The status bar's view of long work: what is being done, how far, and Stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("work_bar")
        self.label = QLabel(self)
        self.label.setObjectName("work_label")
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.stop_button = QPushButton("Stop", self)
        self.stop_button.setObjectName("stop_work")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.stop_button)
        self.hide()

    def show_progress(self, text: str, done: int, total: int) -> None:
        """Show ``text`` (with ``{done}`` and ``{total}``) and how far the work is."""
        self.label.setText(text.format(done=f"{done:,}", total=f"{total:,}"))
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.show()
