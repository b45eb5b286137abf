"""Small shared widgets: a table model over dataclass rows, a read-only table, the
Save/Cancel row with an error line that every editing dialog uses, and the status bar's
view of long work (what, how far, Stop)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextEdit,
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

    def update_rows(
        self, rows: list[Any], key: Callable[[Any], Any], same: Callable[[Any, Any], bool]
    ) -> None:
        """Bring the rows to ``rows`` in place: rows whose ``key`` is gone are removed, new
        ones inserted, and rows for which ``same(old, new)`` is false told as changed (a
        view keeps its current row and repaints only what changed). When the rows in
        common changed order, or none are in common, every row is replaced."""
        new_keys = [key(row) for row in rows]
        wanted = set(new_keys)
        kept = [row for row in self.rows if key(row) in wanted]
        known = {key(row) for row in kept}
        if not kept or [key(row) for row in kept] != [k for k in new_keys if k in known]:
            self.set_rows(rows)
            return
        for index in range(len(self.rows) - 1, -1, -1):  # the gone ones, from the bottom
            if key(self.rows[index]) not in wanted:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self.rows[index]
                self.endRemoveRows()
        last = self.columnCount() - 1
        for index, row in enumerate(rows):
            if index < len(self.rows) and key(self.rows[index]) == new_keys[index]:
                if not same(self.rows[index], row):
                    self.rows[index] = row
                    self.dataChanged.emit(self.index(index, 0), self.index(index, last))
                continue
            self.beginInsertRows(QModelIndex(), index, index)
            self.rows.insert(index, row)
            self.endInsertRows()

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
    UnsavedEdits(dialog)
    # A message is about what was saved: once a field is edited again it is out of date.
    for field in dialog.findChildren(QLineEdit):
        field.textEdited.connect(error.clear)
    return error


class UnsavedEdits(QObject):
    """Asks before Esc or the window's close button throws away what was typed in
    ``dialog`` since this was made (Cancel, clicked, discards without asking)."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.setObjectName("unsaved_edits")
        self._dialog = dialog
        self._before = _typed(dialog)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        escape = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        )
        closing = event.type() == QEvent.Type.Close
        if (
            watched is self._dialog
            and (escape or closing)
            and self._dialog.isVisible()  # a saved (accepted, hidden) dialog asks nothing
            and _typed(self._dialog) != self._before
            and not self._discard()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self._dialog.windowTitle(),
            "Discard the changes made here?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self._dialog,
        )
        box.setObjectName("discard_question")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).setText("Keep editing")
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Discard


def _typed(dialog: QDialog) -> list[object]:
    """What the dialog's fields hold now, in a fixed order."""
    values: list[object] = []
    for field in dialog.findChildren(QWidget):
        if isinstance(field, QLineEdit):
            values.append(field.text())
        elif isinstance(field, QPlainTextEdit | QTextEdit) and not field.isReadOnly():
            values.append(field.toPlainText())
        elif isinstance(field, QComboBox):
            values.append(field.currentIndex())
        elif isinstance(field, QCheckBox):
            values.append(field.isChecked())
        elif isinstance(field, QAbstractSpinBox):
            values.append(field.text())
    return values


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
