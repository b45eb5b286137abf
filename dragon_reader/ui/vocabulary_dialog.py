"""The analyst's vocabularies in the window: a combo box filled from one, and the editor
where values are added, renamed, described, recoloured, keyed, reordered, mapped to PLOVER,
retired and removed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.vocabularies import (
    PLOVER_CATEGORIES,
    PloverMapping,
    Vocabulary,
    VocabularyValue,
)
from dragon_reader.services.vocabularies import ValueEdit, VocabularyService, vocabulary_changes
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.plain_text import plain, plain_label
from dragon_reader.ui.widgets import RowsModel, make_table

T = TypeVar("T")


def fill_vocabulary_combo(
    combo: QComboBox, values: Sequence[VocabularyValue], current: str | None = None
) -> None:
    """Offer ``values`` (their labels; the key is each item's data) and choose ``current``.
    A current key the list lacks (a retired value a tag still has) is offered too, marked
    retired, so editing something else never changes it unseen."""
    combo.clear()
    for value in values:
        combo.addItem(value.label, value.key)
        if value.description:
            combo.setItemData(combo.count() - 1, value.description, Qt.ItemDataRole.ToolTipRole)
    if current is not None and combo.findData(current) < 0:
        combo.addItem(f"{current} (retired)", current)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))


class VocabularyDialog(QDialog):
    """Edit the vocabularies (event types, channel levels, channel statuses, event modes,
    relevance, document labels). Every change is stored at once as one undo step and
    announced on the bus (views showing the values refresh); a value in use is removed only
    by moving its uses to another value.
    """

    def __init__(
        self,
        vocabularies: VocabularyService,
        bus: ChangeBus,
        parent: QWidget | None = None,
        vocabulary: Vocabulary = Vocabulary.EVENT_TYPE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vocabulary_dialog")
        self.setWindowTitle("Vocabularies")
        self.resize(820, 560)
        self._service = vocabularies
        self._bus = bus
        self.choice = QComboBox(self)
        self.choice.setObjectName("vocabulary_choice")
        for each in Vocabulary:
            self.choice.addItem(each.heading, each)
        self.choice.setCurrentIndex(self.choice.findData(vocabulary))
        self.model = _ValuesModel(
            [
                ("Value", lambda v: v.label + ("  (retired)" if v.retired else "")),
                ("Key", lambda v: v.key),
                ("Shortcut", lambda v: v.shortcut),
                ("Colour", lambda v: v.color),
                ("PLOVER", _plover_text),
                ("Uses", lambda v: v.use_count),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("vocabulary_values")
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("value_label")
        self.description_edit = QLineEdit(self)
        self.description_edit.setObjectName("value_description")
        self.color_edit = QLineEdit(self)
        self.color_edit.setObjectName("value_color")
        self.color_edit.setPlaceholderText("#rrggbb")
        color_button = QPushButton("Choose…", self)
        color_button.clicked.connect(self._choose_color)
        color_row = QHBoxLayout()
        color_row.addWidget(self.color_edit)
        color_row.addWidget(color_button)
        self.shortcut_edit = QLineEdit(self)
        self.shortcut_edit.setObjectName("value_shortcut")
        self.shortcut_edit.setMaxLength(1)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("value_plover_category")
        self.category_combo.addItem("(none)", "")
        for name in PLOVER_CATEGORIES:
            self.category_combo.addItem(name, name)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("value_plover_mode")
        self.category_combo.currentIndexChanged.connect(lambda _i: self._fill_modes(""))
        self.context_edit = QLineEdit(self)
        self.context_edit.setObjectName("value_plover_context")
        self.context_edit.setPlaceholderText("PLOVER contexts, separated by spaces")
        self.open_check = QCheckBox("the two sides can talk through the channel", self)
        self.open_check.setObjectName("value_open")
        form = QFormLayout()
        form.addRow("&Name", self.label_edit)
        form.addRow("&Description", self.description_edit)
        form.addRow("Colour", color_row)
        form.addRow("&Key in the picker", self.shortcut_edit)
        form.addRow("PLOVER &event", self.category_combo)
        form.addRow("PLOVER &mode", self.mode_combo)
        form.addRow("PLOVER con&text", self.context_edit)
        form.addRow("Open", self.open_check)
        self._open_row_label = form.labelForField(self.open_check)
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for index, (name, text, slot) in enumerate(
            (
                ("add", "&Add…", self._ask_add),
                ("save", "&Save changes", self.save_value),
                ("up", "Move &up", lambda: self.move_value(-1)),
                ("down", "Move do&wn", lambda: self.move_value(1)),
                ("retire", "&Retire", self.toggle_retired),
                ("remove", "Re&move…", self._ask_remove),
            )
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"vocabulary_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button, index // 3, index % 3)
            self.buttons[name] = button
        self.error = plain_label("", self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.table, 3)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.choice.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        bus.changed.connect(lambda changes: self.reload() if changes.vocabularies else None)
        self.reload()

    # -- reading ------------------------------------------------------------------------------

    @property
    def vocabulary(self) -> Vocabulary:
        """The vocabulary shown."""
        return Vocabulary(self.choice.currentData())  # Qt hands the enum back as text

    def current_value(self) -> VocabularyValue | None:
        """The chosen value."""
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            value: VocabularyValue = self.model.rows[row]
            return value
        return None

    def reload(self, select: str | None = None) -> None:
        """Read the vocabulary again, keeping (or moving to ``select``) the chosen value."""
        current = self.current_value()
        wanted = select if select is not None else (current.key if current else None)
        values = self._service.values(self.vocabulary, include_retired=True)
        self.model.set_rows(values)
        row = next((i for i, v in enumerate(values) if v.key == wanted), 0 if values else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show(self.current_value())
        is_status = self.vocabulary == Vocabulary.CHANNEL_STATUS
        self.open_check.setVisible(is_status)
        if self._open_row_label is not None:
            self._open_row_label.setVisible(is_status)

    # -- changes ------------------------------------------------------------------------------

    def add_value(self, label: str, edit: ValueEdit | None = None) -> VocabularyValue | None:
        """Add a value named ``label`` (with ``edit``'s fields) at the end; the form then
        shows it for its description, colour, key and mapping."""
        added = self._run(lambda: self._service.add(self.vocabulary, label, edit=edit))
        if added is not None:
            self.reload(select=added.key)
        return added

    def save_value(self) -> VocabularyValue | None:
        """Store the form's fields on the chosen value (one undo step)."""
        value = self.current_value()
        if value is None:
            return None
        vocabulary = self.vocabulary
        edit = self._form_edit(label_too=True)
        return self._run(lambda: self._service.update(vocabulary, value.key, edit))

    def move_value(self, delta: int) -> None:
        """Move the chosen value up (``-1``) or down (``1``)."""
        value = self.current_value()
        if value is None:
            return
        row = self.table.currentIndex().row()
        vocabulary = self.vocabulary
        if self._run(lambda: self._service.move(vocabulary, value.key, row + delta)) is not None:
            self.reload(select=value.key)

    def toggle_retired(self) -> None:
        """Retire the chosen value (no longer offered; data keeps it) or bring it back."""
        value = self.current_value()
        if value is not None:
            vocabulary = self.vocabulary
            self._run(lambda: self._service.retire(vocabulary, value.key, not value.retired))

    def remove_value(self, replacement: str | None = None) -> int | None:
        """Delete the chosen value, moving its uses to ``replacement`` (needed when it is
        used); return how many uses moved, or ``None`` when refused."""
        value = self.current_value()
        if value is None:
            return None
        vocabulary = self.vocabulary
        return self._run(lambda: self._service.remove(vocabulary, value.key, replacement))

    # -- internals ----------------------------------------------------------------------------

    def _run(self, call: Callable[[], T]) -> T | None:
        try:
            result = self._bus.apply(call)
        except ValueError as exc:
            self.error.setText(str(exc))
            return None
        self.error.setText("")
        self._bus.announce(vocabulary_changes(self.vocabulary).described("vocabulary edited"))
        return result

    def _ask_add(self) -> None:
        label, ok = QInputDialog.getText(
            self, "Add", plain(f"Name of the new value of {self.vocabulary.heading.lower()}:")
        )
        if ok and label.strip():
            self.add_value(label)

    def _ask_remove(self) -> None:
        value = self.current_value()
        if value is None:
            return
        if not value.use_count:
            self.remove_value(None)
            return
        others = [v for v in self.model.rows if v.key != value.key and not v.retired]
        labels = [v.label for v in others]
        chosen, ok = QInputDialog.getItem(
            self,
            "Remove",
            plain(f"“{value.label}” is used {value.use_count} time(s). Move its uses to:"),
            labels,
            0,
            False,
        )
        if ok and chosen:
            self.remove_value(others[labels.index(chosen)].key)

    def _row_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_value())

    def _show(self, value: VocabularyValue | None) -> None:
        self.label_edit.setText(value.label if value else "")
        self.description_edit.setText(value.description if value else "")
        self.color_edit.setText(value.color if value else "")
        self.shortcut_edit.setText(value.shortcut if value else "")
        category = value.plover.category if value else ""
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(category)))
        self._fill_modes(value.plover.mode if value else "")
        self.context_edit.setText(" ".join(value.plover.context) if value else "")
        self.open_check.setChecked(bool(value and value.is_open))
        self.buttons["retire"].setText("Bring &back" if value and value.retired else "&Retire")

    def _fill_modes(self, current: str) -> None:
        category = PLOVER_CATEGORIES.get(self.category_combo.currentData() or "")
        self.mode_combo.clear()
        self.mode_combo.addItem("(none)", "")
        for mode in category.modes if category else ():
            self.mode_combo.addItem(mode, mode)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(current)))

    def _form_edit(self, label_too: bool) -> ValueEdit:
        return ValueEdit(
            label=self.label_edit.text() if label_too else None,
            description=self.description_edit.text(),
            color=self.color_edit.text(),
            shortcut=self.shortcut_edit.text(),
            plover=PloverMapping(
                self.category_combo.currentData() or "",
                self.mode_combo.currentData() or "",
                tuple(self.context_edit.text().split()),
            ),
            is_open=self.open_check.isChecked()
            if self.vocabulary == Vocabulary.CHANNEL_STATUS
            else None,
        )

    def _choose_color(self) -> None:
        start = QColor(self.color_edit.text()) if self.color_edit.text() else QColor("#888888")
        color = QColorDialog.getColor(start, self, "Colour")
        if color.isValid():
            self.color_edit.setText(color.name())


class _ValuesModel(RowsModel):
    """The values, with a swatch of each one's colour beside its name."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            value: VocabularyValue = self.rows[index.row()]
            return QColor(value.color) if value.color else None
        return super().data(index, role)


def _plover_text(value: VocabularyValue) -> str:
    plover = value.plover
    parts = [p for p in (plover.category, plover.mode) if p]
    text = " / ".join(parts)
    if plover.context:
        text += f" [{' '.join(plover.context)}]"
    return text
