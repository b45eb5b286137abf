"""The compact picker that opens at a selection when the analyst presses E or C."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QListView,
    QScrollArea,
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
from dragon_reader.domain.slots import ROLE_HEADINGS, SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import Vocabulary, VocabularyValue, VocabularyValueId
from dragon_reader.services.suggestions import Suggestion
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.vocabulary_dialog import fill_vocabulary_combo
from dragon_reader.ui.widgets import RowsModel

NEXT_DATE_KEY = "Ctrl+D"
SLOT_HINT = (
    "In a slot, 1–9 adds (or takes away) that entity of the sentence; or type names "
    "separated by ; (the actor dictionary completes them)."
)
NO_BREAK = "\u00a0"
NOTHING_SUGGESTED = (
    "Nothing suggested for this selection: type to find or create an entry, or ↓ to choose one."
)
NO_ENTRY_CHOSEN = "No entry chosen: type to find or create one, or ↓ to choose one from the list."
# How often a shown picker is placed again when it ends up past the screen's edge.
MAX_REFITS = 3
SETTLE_MS = 2_000  # how long after it is shown that is watched
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


@dataclass(frozen=True, slots=True)
class PickResult:
    """What the analyst chose: an existing entry, or the name (and type) of a new one."""

    kind: TagKind
    entry_id: int | None
    new_name: str | None
    new_event_type: EventType | None
    status: ChannelStatus | None
    when: FuzzyDate | None
    slots: tuple[SlotFiller, ...] = ()


@dataclass(frozen=True, slots=True)
class _Choice:
    label: str
    entry_id: int | None  # None: create a new entry named ``name``
    name: str
    details: str = ""  # the entry's date, parties, type and description, for the hint line


class NamesCompleter(QCompleter):
    """Completes the last of the names separated by ``;`` in a line edit.

    A click outside the open list closes it and also reaches what it was aimed at (Qt's
    completer swallows it: Save needed a second click)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.popup()
        if (
            watched is popup
            and event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and popup.isVisible()
        ):
            at = event.globalPosition().toPoint()
            if not popup.rect().contains(popup.mapFromGlobal(at)):
                popup.hide()
                target = QApplication.widgetAt(at)
                if target is not None:
                    _click(target, at, event)
                return True
        return super().eventFilter(watched, event)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(";", maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | Any) -> str:
        completion = str(super().pathFromIndex(index))
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [part.strip() for part in text.split(";")[:-1] if part.strip()]
        return "; ".join([*head, completion])


def _click(target: QWidget, at: QPoint, pressed: QMouseEvent) -> None:
    """Give ``target`` the press (and its release) made at global ``at``."""
    local = QPointF(target.mapFromGlobal(at))
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, pressed.buttons()),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        QApplication.sendEvent(
            target,
            QMouseEvent(kind, local, QPointF(at), pressed.button(), buttons, pressed.modifiers()),
        )


def _starter(vocabulary: Vocabulary, keys: Sequence[str]) -> list[VocabularyValue]:
    return [
        VocabularyValue(VocabularyValueId(0), vocabulary, key, key, position=i)
        for i, key in enumerate(keys)
    ]


class TagPicker(QDialog):
    """Type to filter the codebook, Enter picks; a new name creates an entry in place.

    For channels the status and the date it refers to are chosen here too. A
    ``Suggestion`` fills them in: the date from the date mention in or nearest to the
    selection, shown with its phrase and reading (Ctrl+D moves to the sentence's next
    date), the status with the words it comes from, the entry the sentence names.
    Nothing is saved until the analyst confirms with Enter.

    Who did what to whom: the sentence's entities are numbered; in a slot (actor,
    recipient, place, and a channel's parties; Tab goes there from the filter) 1–9 adds or
    takes away that entity, and names may be typed, completed from the actor dictionary.
    A channel's parties start as the codebook entry's two sides. Event types and statuses
    come from the analyst's vocabularies; a value's key chooses it in its list, and the
    chosen entry's and value's descriptions show below.

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
        *,
        event_types: Sequence[VocabularyValue] = (),
        statuses: Sequence[VocabularyValue] = (),
        entities: Sequence[SlotFiller] = (),
        actor_names: Sequence[str] = (),
        find_actor: Callable[[str], int | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.suggestion = suggestion
        self.event_types = list(event_types) or _starter(Vocabulary.EVENT_TYPE, EventType.STARTER)
        self.statuses = list(statuses) or _starter(Vocabulary.CHANNEL_STATUS, ChannelStatus.STARTER)
        self.entities = list(entities)[:9]
        self._find_actor = find_actor
        self._parties_typed = False  # the analyst edited the parties: no more defaults
        self._date_index = 0
        self._placed: tuple[QPoint, QRect, QMargins] | None = None  # see ``place_near``
        self._selection_left: int | None = None
        self._refits = 0  # placements again since shown (``_check_on_screen``)
        self._shown_at = QElapsedTimer()
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
        self.details = plain_label("", self)  # descriptions are the analyst's text
        self.details.setObjectName("entry_details")
        self.details.setWordWrap(True)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("picker_event_type")
        fill_vocabulary_combo(self.type_combo, self.event_types, EventType.OTHER)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("picker_status")
        fill_vocabulary_combo(self.status_combo, self.statuses, ChannelStatus.ACTIVE)
        self.value_description = plain_label("", self)
        self.value_description.setObjectName("value_description")
        self.value_description.setWordWrap(True)
        for combo in (self.type_combo, self.status_combo):
            combo.installEventFilter(self)
            combo.currentIndexChanged.connect(lambda _i: self._describe_value())
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText("2023-11-15, 2023-11 or 2023")
        self.date_reading = plain_label("", self)  # quotes the article's words
        self.date_reading.setObjectName("date_reading")
        self.date_reading.setWordWrap(True)
        self.status_cue = plain_label("", self)
        self.status_cue.setObjectName("status_cue")
        self._cue: tuple[object, str] | None = None  # the suggested status and why
        self.status_combo.currentIndexChanged.connect(lambda _i: self._show_cue())
        if kind == TagKind.CHANNEL:
            form.addRow("&Status", self.status_combo)
            form.addRow("", self.status_cue)
            form.addRow("&Date", self.date_edit)
            self.type_combo.hide()
        else:
            self.status_combo.hide()  # events carry no status: not shown, not in tab order
            form.addRow("Type of a new event", self.type_combo)
            form.addRow("&Date (new event)", self.date_edit)
            self.status_cue.hide()
        form.addRow("", self.value_description)
        form.addRow("", self.date_reading)
        self.entity_list = plain_label(self._entities_text(), self)  # the article's words
        self.entity_list.setObjectName("sentence_entities")
        self.entity_list.setWordWrap(True)
        form.addRow("Entities", self.entity_list)
        completer_names = QStringListModel(sorted(set(actor_names), key=str.lower), self)
        self.slot_edits: dict[SlotRole, QLineEdit] = {}
        for role in SlotRole:
            if not role.allowed_for(kind):
                continue
            edit = QLineEdit(self)
            edit.setObjectName(f"slot_{role.value}")
            edit.setPlaceholderText(f"{role.description}: 1–9 or a name")
            completer = NamesCompleter(completer_names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
            edit.installEventFilter(self)
            self.slot_edits[role] = edit
            form.addRow(ROLE_HEADINGS[role], edit)
        if SlotRole.PARTY in self.slot_edits:
            self.slot_edits[SlotRole.PARTY].textEdited.connect(self._parties_edited)
        slot_hint = plain_label(SLOT_HINT, self)
        slot_hint.setWordWrap(True)
        slot_hint.setStyleSheet("color: palette(mid)")
        form.addRow("", slot_hint)
        # The entry's details and the form scroll inside the picker when the screen is too
        # short for all of it (``place_near``); the filter, the list and the hint stay put.
        fields = QWidget(self)
        fields.setObjectName("picker_fields")
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.details)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)
        self._fields_layout = fields_layout
        self._layout = layout
        self.fields_area = QScrollArea(self)
        self.fields_area.setObjectName("picker_scroll")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_area.setWidget(fields)
        layout.addWidget(self.fields_area, 3)
        layout.addWidget(self.hint)
        # For the mouse: Enter and Esc do the same from anywhere in the picker. The buttons
        # take no focus, so Tab keeps going round the fields.
        self.buttons = QDialogButtonBox(self)
        save = self.buttons.addButton("Save tag (Enter)", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton("Cancel (Esc)", QDialogButtonBox.ButtonRole.RejectRole)
        for button in (save, cancel):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Tab from the filter goes to the slots first: who did it is what is typed next.
        order: list[QWidget] = [self.filter_edit, *self.slot_edits.values()]
        order += [self.status_combo if kind == TagKind.CHANNEL else self.type_combo]
        order += [self.date_edit, self.list_view]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._choice_changed()
        )
        self.list_view.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._choice_changed()
        )
        self.filter_edit.textChanged.connect(self._refilter)
        # A date refused on Enter: its message goes once the date is edited again.
        self._date_error = False
        self.date_edit.textEdited.connect(self._date_edited)
        self.filter_edit.installEventFilter(self)
        self.list_view.setMinimumHeight(self.list_view.fontMetrics().height() * 5)
        layout.setStretch(1, 1)  # the list; the form (stretch 3) gets more of a short screen
        self.resize(460, 500)
        self._refilter("")
        next_date = QShortcut(QKeySequence(NEXT_DATE_KEY), self)
        next_date.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        next_date.activated.connect(self.next_date)
        self._show_suggestion()
        self._describe_value()

    def natural_height(self, width: int | None = None) -> int:
        """The height at which nothing scrolls at ``width`` (the current width when not
        given): the filter, about eight rows of the list, every field of the form (its
        wrapped lines counted), the hint and the buttons."""
        layout = self._layout
        margins = layout.contentsMargins()
        inner = (width or self.width()) - margins.left() - margins.right()
        fields = self._fields_layout
        row = max(self.list_view.sizeHintForRow(0), self.list_view.fontMetrics().height())
        fields_height = (
            fields.totalHeightForWidth(inner)
            if fields.hasHeightForWidth()
            else fields.totalSizeHint().height()
        )
        parts = (
            self.filter_edit.sizeHint().height(),
            max(row * 8 + 2 * self.list_view.frameWidth(), self.list_view.sizeHint().height()),
            fields_height,
            self.hint.sizeHint().height() if self.hint.text() else 0,
            self.buttons.sizeHint().height(),
        )
        slack = self.fontMetrics().height()  # rounding of wrapped lines, the area's margins
        return sum(parts) + layout.spacing() * 4 + margins.top() + margins.bottom() + slack

    def place_near(
        self,
        anchor: QPoint,
        available: QRect,
        frame: QMargins,
        selection_left: int | None = None,
    ) -> None:
        """Size and move the picker to open just below ``anchor`` (global coordinates, the
        end of the selection's last line) and to lie wholly inside ``available`` (the
        screen's available geometry), its window frame (``frame``: title bar and borders)
        included: as tall as its contents when the screen allows, otherwise as tall as the
        screen allows with the form scrolling inside; above the selection when there is more
        room there than below. When it must cover the selection's line and ``selection_left``
        (where that line's selected words begin) is given, it moves to their left side if it
        fits there, so that the words stay in sight."""
        room_height = max(1, available.height() - frame.top() - frame.bottom())
        room_width = max(1, available.width() - frame.left() - frame.right())
        width = min(max(self.width(), 460), room_width)
        height = min(max(self.natural_height(width), 420), room_height)
        self.setMaximumHeight(room_height)
        self.resize(width, height)
        outer_height = height + frame.top() + frame.bottom()
        outer_width = width + frame.left() + frame.right()
        top = anchor.y()
        if top + outer_height > available.bottom() + 1:
            above = anchor.y() - self.fontMetrics().height() * 2 - outer_height
            top = above if above >= available.top() else available.bottom() + 1 - outer_height
        left = min(anchor.x(), available.right() + 1 - outer_width)
        top = max(available.top(), top)
        line_top = anchor.y() - self.fontMetrics().height() * 2
        covers_line = top < anchor.y() and top + outer_height > line_top
        if covers_line and left < anchor.x() and selection_left is not None:
            beside = selection_left - outer_width - self.fontMetrics().averageCharWidth()
            if beside >= available.left():
                left = beside
        left = max(available.left(), left)
        # ``move`` places the frame's top-left corner.
        self.move(left, top)
        self._placed = (anchor, available, frame)
        self._selection_left = selection_left

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._placed is not None:  # the real frame is known once the window is mapped
            self._refits = 0
            self._shown_at.start()
            QTimer.singleShot(100, self._fit_real_frame)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._check_on_screen()

    def moveEvent(self, event: Any) -> None:
        super().moveEvent(event)
        self._check_on_screen()

    def _check_on_screen(self) -> None:
        """In its first ``SETTLE_MS`` on screen, a picker that the window manager moved or
        grew past the screen's edge (its frame, known late on a busy machine, not the one
        guessed) is placed again, at most ``MAX_REFITS`` times; later, one the analyst
        moves stays where it is put."""
        settling = self._shown_at.isValid() and self._shown_at.elapsed() < SETTLE_MS
        if self._placed is not None and settling and self._refits < MAX_REFITS:
            QTimer.singleShot(0, self, self._fit_real_frame)

    def _fit_real_frame(self) -> None:
        if self._placed is None or not self.isVisible():
            return
        anchor, available, _guessed = self._placed
        outer, inner = self.frameGeometry(), self.geometry()
        frame = QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
        if not available.contains(outer) and self._refits < MAX_REFITS:
            self._refits += 1
            self.place_near(anchor, available, frame, self._selection_left)

    def _show_suggestion(self) -> None:
        suggestion = self.suggestion
        if suggestion is None:
            return
        if self.kind == TagKind.CHANNEL and suggestion.status is not None:
            why = (
                f"suggested from “{suggestion.status_cue}”"
                if suggestion.status_cue
                else "no status words in the sentence: active by default"
            )
            self._cue = (suggestion.status.value, why)
            found = self.status_combo.findData(suggestion.status.value)
            if found >= 0:
                self.status_combo.setCurrentIndex(found)
            self._show_cue()
        self._show_date()

    def _show_date(self) -> None:
        dates = self.suggestion.dates if self.suggestion is not None else ()
        if not dates:
            self.date_reading.setText(_no_date_reading(self.suggestion))
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

    def _date_edited(self, _text: str) -> None:
        if self._date_error:
            self._date_error = False
            self.hint.setText("")

    def current_choice(self) -> _Choice | None:
        """The highlighted row of the list; ``None`` while no row is highlighted (nothing
        suggested and nothing typed or arrowed to yet)."""
        index = self.list_view.currentIndex()
        row = index.row()
        if not self.list_view.selectionModel().isSelected(index):
            return None  # a focus frame alone (Tab into the list) chooses nothing
        if 0 <= row < len(self.model.rows):
            choice: _Choice = self.model.rows[row]
            return choice
        return None

    def confirm(self) -> None:
        """Emit ``chosen`` for the highlighted row; stay open with a hint on bad input."""
        choice = self.current_choice()
        if choice is None:
            self.hint.setText(NO_ENTRY_CHOSEN)
            self.filter_edit.setFocus()
            return
        when: FuzzyDate | None = None
        if self.date_edit.text().strip():
            try:
                when = FuzzyDate.parse(self.date_edit.text())
            except ValueError as exc:
                self.hint.setText(str(exc))
                self._date_error = True
                self.date_edit.setFocus()
                return
        result = PickResult(
            kind=self.kind,
            entry_id=choice.entry_id,
            new_name=choice.name if choice.entry_id is None else None,
            new_event_type=EventType(self.type_combo.currentData())
            if self.kind == TagKind.EVENT
            else None,
            status=ChannelStatus(self.status_combo.currentData())
            if self.kind == TagKind.CHANNEL
            else None,
            when=when,
            slots=self.slot_fillers(),
        )
        self.chosen.emit(result)
        self.accept()

    # -- slots ------------------------------------------------------------------------------

    def toggle_entity(self, role: SlotRole, number: int) -> None:
        """Add entity ``number`` (1–9) of the sentence to the ``role`` slot, or take it away
        when it is there."""
        edit = self.slot_edits.get(role)
        if edit is None or not 1 <= number <= len(self.entities):
            return
        name = self.entities[number - 1].text
        names = _names(edit.text())
        names = [n for n in names if n != name] if name in names else [*names, name]
        edit.setText("; ".join(names))
        if role == SlotRole.PARTY:
            self._parties_typed = True

    def slot_fillers(self) -> tuple[SlotFiller, ...]:
        """The slots as filled: a name of the sentence's entities is that mention (with its
        actor), another name the dictionary actor it names (when exactly one), else text."""
        fillers = []
        by_text: dict[str, SlotFiller] = {}
        for entity in self.entities:
            by_text.setdefault(entity.text, entity)
        for role, edit in self.slot_edits.items():
            for name in _names(edit.text()):
                found = by_text.get(name)
                if found is not None:
                    fillers.append(replace(found, role=role))
                    continue
                actor_id = self._find_actor(name) if self._find_actor is not None else None
                fillers.append(SlotFiller(role, name, actor_id=actor_id))
        return tuple(fillers)

    def _entities_text(self) -> str:
        if not self.entities:
            return "no people, organisations or places found in the sentence"
        # A number stays with its name when the line wraps (no-break spaces inside).
        return "  ·  ".join(
            f"{n}{NO_BREAK}{e.text.replace(' ', NO_BREAK)}"
            for n, e in enumerate(self.entities, start=1)
        )

    def _parties_edited(self, _text: str) -> None:
        self._parties_typed = True

    def _choice_changed(self) -> None:
        choice = self.current_choice()
        self.details.setText(choice.details if choice else "")
        if choice is not None and self.hint.text() in (NOTHING_SUGGESTED, NO_ENTRY_CHOSEN):
            self.hint.setText("")  # an entry is chosen now
        edit = self.slot_edits.get(SlotRole.PARTY)
        if edit is None or self._parties_typed:
            return
        entry = next(
            (e for e in self._entries if choice is not None and e.id == choice.entry_id), None
        )
        parties = (
            [p for p in (entry.party_a, entry.party_b) if p.strip()]
            if isinstance(entry, Channel)
            else []
        )
        edit.setText("; ".join(parties))

    def _show_cue(self) -> None:
        """Why the status is what it is: the suggestion's cue while the suggested status is
        chosen, else that it was changed from it."""
        if self._cue is None:
            return
        suggested, why = self._cue
        if self.status_combo.currentData() == suggested:
            self.status_cue.setText(why)
        else:
            self.status_cue.setText(f"changed from the suggested {suggested}")

    def _describe_value(self) -> None:
        combo = self.status_combo if self.kind == TagKind.CHANNEL else self.type_combo
        values = self.statuses if self.kind == TagKind.CHANNEL else self.event_types
        value = next((v for v in values if v.key == combo.currentData()), None)
        self.value_description.setText(value.description if value is not None else "")

    def _details(self, entry: Event | Channel) -> str:
        if isinstance(entry, Event):
            labels = {v.key: v.label for v in self.event_types}
            parts = [labels.get(entry.type, entry.type), str(entry.when or "undated")]
            parts += [entry.place] if entry.place else []
            parts += ["; ".join(entry.participants)] if entry.participants else []
        else:
            sides = " ↔ ".join(p for p in (entry.party_a, entry.party_b) if p)
            parts = [entry.level, *([sides] if sides else [])]
        text = " · ".join(parts)
        return f"{text} — {entry.description}" if entry.description else text

    def _refilter(self, text: str) -> None:
        needle = " ".join(text.split()).lower()
        matches = [e for e in self._entries if needle in e.name.lower()]
        matches.sort(key=lambda e: (not e.name.lower().startswith(needle), e.name.lower()))
        rows = [
            _Choice(
                f"{e.name}  ({e.tag_count} tag{'s' if e.tag_count != 1 else ''})"
                + (f"  · {e.when}" if isinstance(e, Event) and e.when else ""),
                e.id,
                e.name,
                self._details(e),
            )
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
        # Typed words choose their best match; with none typed only the suggested entry
        # is chosen. Nothing suggested: nothing chosen, so Enter cannot save an entry the
        # analyst never looked at (the alphabetically first one, as it once did).
        chosen = bool(rows) and (bool(needle) or rows[0].entry_id == suggested)
        if chosen:
            self.list_view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.list_view.selectionModel().clear()
        self.hint.setText("" if chosen or not rows else NOTHING_SUGGESTED)
        self._choice_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._slot_or_value_key(watched, event):
            return True
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

    def _slot_or_value_key(self, watched: QObject, event: QEvent) -> bool:
        """1–9 in a slot toggles an entity; a value's key in its list chooses it."""
        assert isinstance(event, QKeyEvent)
        plain_key = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if not plain_key:
            return False
        role = next((r for r, e in self.slot_edits.items() if e is watched), None)
        if role is not None and event.key() in _DIGITS:
            self.toggle_entity(role, _DIGITS[event.key()])
            return True
        if watched in (self.type_combo, self.status_combo) and event.text():
            assert isinstance(watched, QComboBox)
            values = self.statuses if watched is self.status_combo else self.event_types
            key = event.text().lower()
            value = next((v for v in values if v.shortcut and v.shortcut == key), None)
            if value is not None:
                watched.setCurrentIndex(watched.findData(value.key))
                return True
        return False

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            return
        super().keyPressEvent(event)


def _names(text: str) -> list[str]:
    """The names typed in a slot, separated by ``;``, without repeats."""
    return list(dict.fromkeys(" ".join(part.split()) for part in text.split(";") if part.strip()))


def _no_date_reading(suggestion: Suggestion | None) -> str:
    """Why the picker suggests no date: the sentence has none, or its date phrases need
    the article's publication date (or name no date the text gives)."""
    if suggestion is None or not suggestion.undated:
        return "No date in the sentence."
    phrases = ", ".join(f"“{phrase}”" for phrase in suggestion.undated[:2])
    if suggestion.publication.published is None:
        return (
            f"{phrases}: no date without the article's publication date "
            "(Article ▸ Properties, Alt+Enter)."
        )
    return f"{phrases}: the text does not say which date."
