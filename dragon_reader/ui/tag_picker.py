"""The compact picker that opens at a selection when the analyst presses E or C."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.coding import (
    Channel,
    ChannelStatus,
    Event,
    EventType,
    FuzzyDate,
    TagKind,
)
from dragon_reader.services.suggestions import Suggestion
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.widgets import RowsModel

NEXT_DATE_KEY = "Ctrl+D"


@dataclass(frozen=True, slots=True)
class PickResult:
    """What the analyst chose: an existing entry, or the name (and type) of a new one."""

    kind: TagKind
    entry_id: int | None
    new_name: str | None
    new_event_type: EventType | None
    status: ChannelStatus | None
    when: FuzzyDate | None


@dataclass(frozen=True, slots=True)
class _Choice:
    label: str
    entry_id: int | None  # None: create a new entry named ``name``
    name: str


class TagPicker(QDialog):
    """Type to filter the codebook, Enter picks; a new name creates an entry in place.

    For channels the status and the date it refers to are chosen here too. A
    ``Suggestion`` fills them in: the date from the date mention in or nearest to the
    selection, shown with its phrase and reading (Ctrl+D moves to the sentence's next
    date), the status with the words it comes from, the entry the sentence names.
    Nothing is saved until the analyst confirms with Enter.

    Signals:
        chosen(object): a ``PickResult`` when the analyst confirms.
    """

    chosen = Signal(object)

    def __init__(
        self,
        kind: TagKind,
        entries: list[Event] | list[Channel],
        suggestion: Suggestion | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.suggestion = suggestion
        self._date_index = 0
        self.setWindowTitle("Tag as event" if kind == TagKind.EVENT else "Tag as channel")
        self.setObjectName("tag_picker")
        self._entries = entries
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            f"Type to find or create {'an event' if kind == TagKind.EVENT else 'a channel'}…"
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.model = RowsModel([("Entry", lambda c: c.label)], self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.activated.connect(lambda _index: self.confirm())
        self.hint = plain_label("", self)  # errors quote what was typed
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view)
        form = QFormLayout()
        self.type_combo = QComboBox(self)
        self.type_combo.addItems([t.value for t in EventType])
        self.status_combo = QComboBox(self)
        self.status_combo.addItems([s.value for s in ChannelStatus])
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText("2023-11-15, 2023-11 or 2023")
        self.date_reading = plain_label("", self)  # quotes the article's words
        self.date_reading.setObjectName("date_reading")
        self.date_reading.setWordWrap(True)
        self.status_cue = plain_label("", self)
        self.status_cue.setObjectName("status_cue")
        if kind == TagKind.CHANNEL:
            form.addRow("&Status", self.status_combo)
            form.addRow("", self.status_cue)
            form.addRow("&Date", self.date_edit)
            self.type_combo.hide()
        else:
            self.status_combo.hide()  # events carry no status: not shown, not in tab order
            self.type_combo.setCurrentText(EventType.OTHER.value)
            form.addRow("Type of a new event", self.type_combo)
            form.addRow("&Date (new event)", self.date_edit)
            self.status_cue.hide()
        form.addRow("", self.date_reading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self.filter_edit.textChanged.connect(self._refilter)
        self.filter_edit.installEventFilter(self)
        self.resize(380, 320)
        self._refilter("")
        next_date = QShortcut(QKeySequence(NEXT_DATE_KEY), self)
        next_date.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        next_date.activated.connect(self.next_date)
        self._show_suggestion()

    def _show_suggestion(self) -> None:
        suggestion = self.suggestion
        if suggestion is None:
            return
        if self.kind == TagKind.CHANNEL and suggestion.status is not None:
            self.status_combo.setCurrentText(suggestion.status.value)
            if suggestion.status_cue:
                self.status_cue.setText(f"suggested from “{suggestion.status_cue}”")
            else:
                self.status_cue.setText("no status words in the sentence: active by default")
        self._show_date()

    def _show_date(self) -> None:
        dates = self.suggestion.dates if self.suggestion is not None else ()
        if not dates:
            self.date_reading.setText("No date in the sentence.")
            return
        option = dates[self._date_index % len(dates)]
        fuzzy = option.fuzzy
        self.date_edit.setText(str(fuzzy) if fuzzy is not None else "")
        text = option.describe()
        if len(dates) > 1:
            text += f"  ·  {NEXT_DATE_KEY}: next date of the sentence ({len(dates) - 1} more)"
        self.date_reading.setText(text)

    def next_date(self) -> None:
        """Suggest the sentence's next date instead (cycling)."""
        if self.suggestion is not None and self.suggestion.dates:
            self._date_index = (self._date_index + 1) % len(self.suggestion.dates)
            self._show_date()

    def current_choice(self) -> _Choice | None:
        """The highlighted row of the list."""
        row = self.list_view.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            choice: _Choice = self.model.rows[row]
            return choice
        return None

    def confirm(self) -> None:
        """Emit ``chosen`` for the highlighted row; stay open with a hint on bad input."""
        choice = self.current_choice()
        if choice is None:
            self.hint.setText("Type a name to create an entry, or pick one from the list.")
            return
        when: FuzzyDate | None = None
        if self.date_edit.text().strip():
            try:
                when = FuzzyDate.parse(self.date_edit.text())
            except ValueError as exc:
                self.hint.setText(str(exc))
                self.date_edit.setFocus()
                return
        result = PickResult(
            kind=self.kind,
            entry_id=choice.entry_id,
            new_name=choice.name if choice.entry_id is None else None,
            new_event_type=EventType(self.type_combo.currentText())
            if self.kind == TagKind.EVENT
            else None,
            status=ChannelStatus(self.status_combo.currentText())
            if self.kind == TagKind.CHANNEL
            else None,
            when=when,
        )
        self.chosen.emit(result)
        self.accept()

    def _refilter(self, text: str) -> None:
        needle = " ".join(text.split()).lower()
        matches = [e for e in self._entries if needle in e.name.lower()]
        matches.sort(key=lambda e: (not e.name.lower().startswith(needle), e.name.lower()))
        rows = [
            _Choice(f"{e.name}  ({e.tag_count} tag{'s' if e.tag_count != 1 else ''})", e.id, e.name)
            for e in matches
        ]
        if needle and not any(e.name.lower() == needle for e in self._entries):
            noun = "event" if self.kind == TagKind.EVENT else "channel"
            name = " ".join(text.split())
            rows.insert(
                0 if not matches else len(rows), _Choice(f"＋ New {noun}: “{name}”", None, name)
            )
        suggested = self.suggestion.entry_id if self.suggestion is not None else None
        if not needle and suggested is not None:
            rows.sort(key=lambda row: row.entry_id != suggested)
        self.model.set_rows(rows)
        if rows:
            self.list_view.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list_view.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                if 0 <= row < self.model.rowCount():
                    self.list_view.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm()
                return True
            if key == Qt.Key.Key_D and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.next_date()  # also a shortcut; this serves when the window is inactive
                return True
        result: bool = super().eventFilter(watched, event)
        return result

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            return
        super().keyPressEvent(event)
