"""Small shared widgets: a table model over dataclass rows, a read-only table, the
Save/Cancel row with an error line that every editing dialog uses, and the progress shown
while a long action runs."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.entities import EntityLabel
from dragon_reader.ui.entity_style import label_icon
from dragon_reader.ui.plain_text import plain, plain_label

_Index = QModelIndex | QPersistentModelIndex
PROGRESS_AFTER_MS = 400  # a long action shows its progress once it has taken this long


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


class ProgressShown:
    """A modal progress dialog for one long action, shown once the action takes a moment.

    Use it as a context manager and pass ``report`` to the service as its progress
    callback; ``{done}`` and ``{total}`` in ``label`` are filled in. With ``can_stop`` the
    dialog offers Stop, and ``report`` returns ``False`` once it is pressed.
    """

    def __init__(self, parent: QWidget, title: str, label: str, *, can_stop: bool = False) -> None:
        self._label = label
        self.dialog = QProgressDialog(plain(label.format(done=0, total=0)), "Stop", 0, 0, parent)
        self.dialog.setObjectName("progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        self.dialog.setAutoReset(False)
        if not can_stop:
            self.dialog.setCancelButton(None)

    def report(self, done: int, total: int) -> bool:
        """Show ``done`` of ``total``; ``False`` once Stop was pressed."""
        self.dialog.setMaximum(total)
        self.dialog.setLabelText(plain(self._label.format(done=f"{done:,}", total=f"{total:,}")))
        self.dialog.setValue(done)  # a modal dialog handles events here: Stop, repaints
        return not self.dialog.wasCanceled()

    def __enter__(self) -> ProgressShown:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()
