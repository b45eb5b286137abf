"""The Tags panel, the Codebook panel and the dialogs that edit tags and entries."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import (
    Channel,
    ChannelId,
    ChannelLevel,
    ChannelStatus,
    Event,
    EventId,
    EventType,
    FuzzyDate,
    StatusPoint,
    Tag,
    TagKind,
    current_status,
)
from dragon_reader.domain.slots import ROLE_HEADINGS, SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.coding import CodingError, CodingService
from dragon_reader.services.notes import render_note
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.plain_text import SafeTextBrowser, plain, plain_label, plain_wrapped
from dragon_reader.ui.tag_picker import NamesCompleter
from dragon_reader.ui.tag_style import kind_icon, slot_lines, tag_tooltip
from dragon_reader.ui.vocabulary_dialog import fill_vocabulary_combo
from dragon_reader.ui.widgets import RowsModel, add_save_cancel, make_table


class TagRowsModel(RowsModel):
    """The Tags panel's rows: the Entry cell carries the kind's colour square (the colour
    of the tag's underline), and every cell's tooltip is the whole tag (its text, entry,
    slots, status and date, note), as plain text, so a column hidden or elided in a narrow
    dock is one hover away.

    ``describe(tag)`` gives the tag's facts for the tooltip."""

    def __init__(
        self,
        columns: list[tuple[str, Any]],
        describe: Callable[[Tag], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._describe = describe

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[override]
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            tag: Tag = self.rows[index.row()]
            text = " ".join(tag.text.split())
            if len(text) > TOOLTIP_TEXT_CHARS:
                text = text[:TOOLTIP_TEXT_CHARS].rstrip() + "…"
            return plain_wrapped(f"“{text}”\n{self._describe(tag)}")
        if role == Qt.ItemDataRole.DecorationRole and index.column() == ENTRY_COLUMN:
            return kind_icon(self.rows[index.row()].kind)
        return super().data(index, role)


TEXT_COLUMN, ENTRY_COLUMN, STATUS_COLUMN, DATE_COLUMN, SLOTS_COLUMN = range(5)
TOOLTIP_TEXT_CHARS = 600  # a tag over a whole paragraph: its start, on hover
# The least a column is given, in average characters: below this it is not shown at all.
TEXT_LEAST_CHARS = 20
ENTRY_LEAST_CHARS = 10  # after its colour square
SLOTS_LEAST_CHARS = 14


class TagsPanel(QWidget):
    """The shown article's tags. Click selects the span; Delete removes; Enter or
    double-click edits.

    Signals:
        select_span_requested(int, int): select these stored offsets in the reader.
        delete_requested(int): delete this tag id.
        edit_requested(int): edit this tag id.
    """

    select_span_requested = Signal(int, int)
    delete_requested = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TagRowsModel(
            [
                ("Text", lambda t: " ".join(t.text.split())[:200]),
                # its kind: the colour square; a curator's accepted tag says so
                ("Entry", lambda t: t.entry_name + (" · curated" if t.curated else "")),
                ("Status", lambda t: self.status_labels.get(t.status, t.status) or ""),
                ("Date", lambda t: str(t.when) if t.when else ""),
                ("Slots", lambda t: " · ".join(slot_lines(self.slots.get(t.id, ())))),
            ],
            lambda t: tag_tooltip(t, self.slots.get(t.id, ()), self.status_labels),
            self,
        )
        self.slots: Mapping[int, Sequence[SlotFiller]] = {}
        self.status_labels: Mapping[str, str] = {}  # a status key's label (renamed values)
        self.view = make_table(self.model, self)
        self.view.setObjectName("tags_table")
        self.view.setWordWrap(False)
        # In a narrow dock nothing scrolls sideways: the Text column takes what the others
        # leave, the others are as wide as their cells (``fit_columns``) or, when the dock
        # has no room for them, hidden; long cells are elided at their end ("Actor: …"
        # reads from the start), and hovering a row shows the whole tag.
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(self.view.fontMetrics().averageCharWidth() * 4)
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.viewport().installEventFilter(self)
        self.model.modelReset.connect(self.fit_columns)
        for changed in (self.model.rowsInserted, self.model.rowsRemoved, self.model.dataChanged):
            changed.connect(lambda *_args: self.fit_columns())
        self.view.clicked.connect(self._select)
        # Enter and double-click activate a row: that edits the tag.
        self.view.activated.connect(self._edit)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.empty_label = QLabel("No tags yet: select text, then press E (event) or C (channel).")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)

    def show_tags(
        self,
        tags: list[Tag],
        slots: Mapping[int, Sequence[SlotFiller]] | None = None,
        status_labels: Mapping[str, str] | None = None,
    ) -> None:
        """List ``tags`` with their slots (``slots`` by tag id) in the Slots column and their
        statuses by label (``status_labels`` by key; the key when none), keeping the
        current row where it can."""
        before_slots, before_labels = self.slots, self.status_labels
        self.slots = slots or {}
        self.status_labels = status_labels or {}
        row = self.view.currentIndex().row()
        if before_labels != self.status_labels:
            self.model.set_rows(tags)
        else:
            # The same article's tags again (a tag made, edited or undone): only the rows
            # that changed are told, and the current row stays on its tag.
            self.model.update_rows(
                tags,
                lambda tag: tag.id,
                lambda old, new: (
                    old == new and before_slots.get(old.id, ()) == self.slots.get(new.id, ())
                ),
            )
        self.empty_label.setVisible(not tags)
        if not self.view.currentIndex().isValid() and 0 <= row < len(tags):
            self.view.setCurrentIndex(self.model.index(row, 0))

    def fit_columns(self) -> None:
        """Share the table's width out with no sideways scrolling. Text takes what the
        others leave, never less than ``TEXT_LEAST_CHARS``; Entry shows at least its
        start. Then, as far as the width allows, in this order: Status and Date as wide as
        their longest cell (at most a quarter of the width each: "resumed", "2023-11-15"
        whole), and Slots. A column that has no room, or no cell with anything in it, is
        hidden; what Entry and Slots want beyond their least (at most three tenths of the
        width each) is given last, as far as the text keeps two fifths of the width."""
        width = self.view.viewport().width()
        if width <= 0:
            return
        header = self.view.horizontalHeader()
        char = self.view.fontMetrics().averageCharWidth()

        def wanted(column: int) -> int:
            return max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))

        def empty(column: int) -> bool:
            rows = range(self.model.rowCount())
            return not any(self.model.index(r, column).data() for r in rows)

        square = self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + char
        least = {
            TEXT_COLUMN: TEXT_LEAST_CHARS * char,
            ENTRY_COLUMN: min(wanted(ENTRY_COLUMN), ENTRY_LEAST_CHARS * char + square),
        }
        for column in (STATUS_COLUMN, DATE_COLUMN, SLOTS_COLUMN):
            if column == SLOTS_COLUMN:
                need = min(wanted(column), SLOTS_LEAST_CHARS * char)
            else:
                need = min(wanted(column), width // 4)
            if not empty(column) and sum(least.values()) + need <= width:
                least[column] = need
        sizes = dict(least)
        text_share = max(least[TEXT_COLUMN], width * 2 // 5)  # the text keeps two fifths
        spare = width - sum(least.values()) - (text_share - least[TEXT_COLUMN])
        for column in (ENTRY_COLUMN, SLOTS_COLUMN):
            if column in sizes and spare > 0:
                grown = max(sizes[column], min(wanted(column), width * 3 // 10))
                spare -= grown - sizes[column]
                sizes[column] = grown if spare >= 0 else grown + spare
        for column in range(self.model.columnCount()):
            header.setSectionHidden(column, column not in sizes)
            if column in sizes and column != TEXT_COLUMN:
                header.resizeSection(column, sizes[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def current_tag(self) -> Tag | None:
        """The tag of the current row."""
        row = self.view.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            tag: Tag = self.model.rows[row]
            return tag
        return None

    def delete_current(self) -> None:
        """Ask to delete the current tag."""
        tag = self.current_tag()
        if tag is not None:
            self.delete_requested.emit(int(tag.id))

    def _select(self, index: QModelIndex) -> None:
        tag: Tag = self.model.rows[index.row()]
        self.select_span_requested.emit(tag.start, tag.end)

    def _edit(self, index: QModelIndex) -> None:
        self.edit_requested.emit(int(self.model.rows[index.row()].id))


class TagEditor(QDialog):
    """Edit one tag: its entry, status, date, confidence, slots (actor, recipient, place,
    parties; names separated by ``;``) and Markdown note (with preview); one undo step."""

    def __init__(
        self, coding: CodingService, bus: ChangeBus, tag: Tag, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tag_editor")
        self.setWindowTitle("Edit tag")
        self.resize(520, 600)
        self._coding = coding
        self._bus = bus
        self.tag = tag
        entries: list[Event] | list[Channel] = (
            coding.events() if tag.kind == TagKind.EVENT else coding.channels()
        )
        self.entry_combo = QComboBox(self)
        for entry in entries:
            self.entry_combo.addItem(entry.name, entry.id)
        self.entry_combo.setCurrentIndex(max(0, self.entry_combo.findData(tag.entry_id)))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("tag_status")
        self.status_combo.setHidden(tag.kind != TagKind.CHANNEL)  # events carry no status
        vocabularies = bus.corpus.vocabularies
        fill_vocabulary_combo(
            self.status_combo,
            vocabularies.values(Vocabulary.CHANNEL_STATUS, counted=False),
            tag.status if tag.status is not None else ChannelStatus.ACTIVE,
        )
        self.date_edit = QLineEdit(str(tag.when) if tag.when else "", self)
        self.date_edit.setPlaceholderText("2023-11-15, 2023-11, 2023 or 2023-05-10/2023-05-11")
        self.confidence = QDoubleSpinBox(self)
        self.confidence.setRange(-0.01, 1.0)
        self.confidence.setSingleStep(0.05)
        self.confidence.setSpecialValueText("not given")
        self.confidence.setValue(tag.confidence if tag.confidence is not None else -0.01)
        self.note_edit = QPlainTextEdit(tag.note, self)
        self.note_edit.setPlaceholderText("Note in Markdown")
        self.preview = SafeTextBrowser(self)
        self.preview.setObjectName("note_preview")
        self.note_edit.textChanged.connect(self._update_preview)
        form = QFormLayout()
        form.addRow("Text", plain_label(" ".join(tag.text.split())[:200], self))
        form.addRow(tag.kind.value.capitalize(), self.entry_combo)
        if tag.kind == TagKind.CHANNEL:
            form.addRow("Status", self.status_combo)
        form.addRow("Date", self.date_edit)
        form.addRow("Confidence", self.confidence)
        self._fillers = bus.corpus.slots.slots(tag.id)
        self._actors = bus.corpus.actors.index()
        names = QStringListModel(
            sorted({n for a in self._actors.actors.values() for n in (a.name, *a.aliases)}), self
        )
        self.slot_edits: dict[SlotRole, QLineEdit] = {}
        for role in SlotRole:
            if not role.allowed_for(tag.kind):
                continue
            edit = QLineEdit("; ".join(f.text for f in self._fillers if f.role == role), self)
            edit.setCursorPosition(0)  # a long list shows its first names, not its end
            edit.setObjectName(f"tag_slot_{role.value}")
            edit.setPlaceholderText(f"{role.description}: names separated by ;")
            completer = NamesCompleter(names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
            self.slot_edits[role] = edit
            form.addRow(ROLE_HEADINGS[role], edit)
        self._slot_texts = {role: edit.text() for role, edit in self.slot_edits.items()}
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Note (Markdown):"))
        layout.addWidget(self.note_edit, 2)
        layout.addWidget(QLabel("Preview:"))
        layout.addWidget(self.preview, 2)
        self.error = add_save_cancel(self, layout, self.save)
        self._update_preview()

    def save(self) -> None:
        """Store the changes (one undoable edit) and close, or show why not."""
        try:
            when = FuzzyDate.parse(self.date_edit.text()) if self.date_edit.text().strip() else None
            confidence = self.confidence.value()
            changed = {r: e.text() for r, e in self.slot_edits.items()} != self._slot_texts
            slots: dict[str, Any] = {"slots": self.slot_fillers()} if changed else {}
            self._bus.apply(
                lambda: self._coding.update_tag(
                    self.tag.id,
                    expected_version=self.tag.version,
                    **slots,
                    entry_id=self.entry_combo.currentData(),
                    status=self.status_combo.currentData()
                    if self.tag.kind == TagKind.CHANNEL
                    else None,
                    when=when,
                    confidence=None if confidence < 0 else round(confidence, 2),
                    note=self.note_edit.toPlainText(),
                )
            )
        except (ValueError, CodingError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def slot_fillers(self) -> list[SlotFiller]:
        """The slots as typed: a name the tag had keeps its mention and actor, another name
        links to the dictionary actor it names (when exactly one), else it is text."""
        had = {f.text: f for f in self._fillers}
        fillers = []
        for role, edit in self.slot_edits.items():
            for name in dict.fromkeys(" ".join(p.split()) for p in edit.text().split(";")):
                if not name:
                    continue
                if name in had:
                    fillers.append(replace(had[name], role=role))
                    continue
                found = self._actors.by_name(name)
                actor_id = int(found[0].id) if len(found) == 1 else None
                fillers.append(SlotFiller(role, name, actor_id=actor_id))
        return fillers

    def _update_preview(self) -> None:
        self.preview.setHtml(render_note(self.note_edit.toPlainText()))


class EntryEditor(QDialog):
    """Create or edit an event or a channel."""

    def __init__(
        self,
        coding: CodingService,
        bus: ChangeBus,
        kind: TagKind,
        entry: Event | Channel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entry_editor")
        self._coding = coding
        self._bus = bus
        self.kind = kind
        self.entry = entry
        noun = "event" if kind == TagKind.EVENT else "channel"
        self.setWindowTitle(f"Edit {noun}" if entry else f"New {noun}")
        self.name_edit = QLineEdit(entry.name if entry else "", self)
        self.description = QPlainTextEdit(entry.description if entry else "", self)
        form = QFormLayout()
        form.addRow("&Name", self.name_edit)
        if kind == TagKind.EVENT:
            event = entry if isinstance(entry, Event) else None
            self.type_combo = QComboBox(self)
            self.type_combo.setObjectName("entry_type")
            fill_vocabulary_combo(
                self.type_combo,
                bus.corpus.vocabularies.values(Vocabulary.EVENT_TYPE, counted=False),
                event.type if event else EventType.OTHER,
            )
            self.when_edit = QLineEdit(str(event.when) if event and event.when else "", self)
            self.when_edit.setPlaceholderText("2023-11-15, 2023-11, 2023 or a range a/b")
            self.place_edit = QLineEdit(event.place if event else "", self)
            self.participants_edit = QLineEdit("; ".join(event.participants) if event else "", self)
            self.participants_edit.setPlaceholderText("names separated by ;")
            form.addRow("&Type", self.type_combo)
            form.addRow("&Date", self.when_edit)
            form.addRow("&Place", self.place_edit)
            form.addRow("P&articipants", self.participants_edit)
        else:
            channel = entry if isinstance(entry, Channel) else None
            self.level_combo = QComboBox(self)
            self.level_combo.setObjectName("entry_level")
            fill_vocabulary_combo(
                self.level_combo,
                bus.corpus.vocabularies.values(Vocabulary.CHANNEL_LEVEL, counted=False),
                channel.level if channel else ChannelLevel.WORKING,
            )
            self.party_a = QLineEdit(channel.party_a if channel else "", self)
            self.party_b = QLineEdit(channel.party_b if channel else "", self)
            form.addRow("&Level", self.level_combo)
            form.addRow("Side &A", self.party_a)
            form.addRow("Side &B", self.party_b)
        form.addRow("D&escription", self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.error = add_save_cancel(self, layout, self.save)

    def save(self) -> None:
        """Create or update the entry (undoable), or show why not."""
        try:
            if self.kind == TagKind.EVENT:
                when = (
                    FuzzyDate.parse(self.when_edit.text())
                    if self.when_edit.text().strip()
                    else None
                )
                fields: dict[str, Any] = {
                    "name": self.name_edit.text(),
                    "type": self.type_combo.currentData(),
                    "when": when,
                    "place": self.place_edit.text(),
                    "participants": self.participants_edit.text().split(";"),
                    "description": self.description.toPlainText(),
                }
                if self.entry is None:
                    self._bus.apply(lambda: self._coding.create_event(**fields))
                else:
                    event_id = EventId(self.entry.id)
                    self._bus.apply(lambda: self._coding.update_event(event_id, **fields))
            else:
                fields = {
                    "name": self.name_edit.text(),
                    "level": self.level_combo.currentData(),
                    "party_a": self.party_a.text(),
                    "party_b": self.party_b.text(),
                    "description": self.description.toPlainText(),
                }
                if self.entry is None:
                    self._bus.apply(lambda: self._coding.create_channel(**fields))
                else:
                    channel_id = ChannelId(self.entry.id)
                    self._bus.apply(lambda: self._coding.update_channel(channel_id, **fields))
        except (ValueError, CodingError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class CodebookPanel(QWidget):
    """Events and channels with tag counts; a channel's status history links to evidence.

    It changes the codebook through the bus and reloads itself when a change concerns
    the codebook; a change of tags alone re-reads only the counts (from the indexes) and
    the chosen channel's history if one of its tags changed. Hidden, it reads nothing
    until shown.

    Signals:
        evidence_requested(int, int, int): open article id and select (start, end).
    """

    evidence_requested = Signal(int, int, int)

    def __init__(
        self, coding: CodingService, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._coding = coding
        self._bus = bus
        bus.changed.connect(self._on_changed)
        self._labels: dict[Vocabulary, dict[str, str]] = {}  # key -> label, per vocabulary
        self.event_model = RowsModel(
            [
                ("Event", lambda e: e.name),
                ("Type", lambda e: self._label(Vocabulary.EVENT_TYPE, e.type)),
                ("Date", lambda e: str(e.when) if e.when else ""),
                ("Tags", lambda e: e.tag_count),
            ],
            self,
            tooltips=True,
        )
        self.channel_model = RowsModel(
            [
                ("Channel", lambda c: c.name),
                ("Level", lambda c: self._label(Vocabulary.CHANNEL_LEVEL, c.level)),
                ("Tags", lambda c: c.tag_count),
            ],
            self,
            tooltips=True,
        )
        self.history_model = RowsModel(
            [
                ("Date", lambda p: str(p.when) if p.when else "undated"),
                ("Status", lambda p: self._label(Vocabulary.CHANNEL_STATUS, p.status)),
                ("Evidence", lambda p: " ".join(p.text.split())[:80]),
            ],
            self,
            tooltips=True,
        )
        self.event_view = make_table(self.event_model, self)
        self.event_view.setObjectName("codebook_events")
        self.channel_view = make_table(self.channel_model, self)
        self.channel_view.setObjectName("codebook_channels")
        self.history_view = make_table(self.history_model, self)
        self.history_view.setObjectName("channel_history")
        # In the dock a name must stay on one line and keep most of the width: the date
        # (a range is long) and the type are cut to a date's width, the whole on hover.
        for view in (self.event_view, self.channel_view, self.history_view):
            view.setWordWrap(False)
        dates = self.event_view.horizontalHeader()
        dates.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        dates.resizeSection(2, self.event_view.fontMetrics().horizontalAdvance("2023-06-18") + 12)
        self.history_label = plain_label("Choose a channel to see its status history.", self)
        self.history_label.setObjectName("channel_history_label")
        self.history_label.setWordWrap(True)
        channels_page = QWidget(self)
        channels_layout = QVBoxLayout(channels_page)
        channels_layout.setContentsMargins(0, 0, 0, 0)
        channels_layout.addWidget(self.channel_view, 3)
        channels_layout.addWidget(self.history_label)
        channels_layout.addWidget(self.history_view, 2)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.event_view, "Events")
        self.tabs.addTab(channels_page, "Channels")
        buttons = QGridLayout()  # two by two: the panel stays narrow
        for index, (text, slot) in enumerate(
            (
                ("New…", self.new_entry),
                ("Edit…", self.edit_entry),
                ("Merge into…", self.merge_entry),
                ("Delete", self.delete_entry),
            )
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.channel_view.selectionModel().currentRowChanged.connect(self._channel_chosen)
        self.history_view.activated.connect(self._open_evidence)
        self.history_view.doubleClicked.connect(self._open_evidence)
        self.event_view.doubleClicked.connect(lambda _i: self.edit_entry())
        self._history_print: tuple[Any, ...] = ()
        self._stale = True  # read once on screen (at start, a tab behind the Tags panel)

    @property
    def kind(self) -> TagKind:
        """The kind of the tab shown."""
        return TagKind.EVENT if self.tabs.currentIndex() == 0 else TagKind.CHANNEL

    def on_screen(self) -> bool:
        """True when the panel can be seen: shown, and not a dock's tab behind another
        (Qt counts those as visible)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def reload(self) -> None:
        """Re-read the codebook (keeping the chosen rows where possible). While the panel
        is off screen (hidden, or a tab behind another) this only notes it is out of date:
        the tag counts are read again when it comes on screen, not after every tag."""
        if not self.on_screen():
            self._stale = True
            return
        self._load()

    def catch_up(self) -> None:
        """Read what changed while the panel was off screen, if it is on screen now (its
        dock's tab was chosen, the window shown)."""
        if self._stale and self.on_screen():
            self._load()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.catch_up)  # once laid out: on screen or not

    def _on_changed(self, changes: Changes) -> None:
        if changes.codebook or changes.vocabularies:
            self.reload()
        elif changes.tags:
            self.recount()

    def recount(self) -> None:
        """After tags changed: new counts in place (selection kept), and the chosen
        channel's history again only if one of its tags changed."""
        if not self.on_screen():
            self._stale = True
            return
        if self._stale:
            self._load()
            return
        events, channels = self._coding.tag_counts()
        for model, counts in ((self.event_model, events), (self.channel_model, channels)):
            for row, entry in enumerate(model.rows):
                count = counts.get(entry.id, 0)
                if count != entry.tag_count:
                    model.rows[row] = replace(entry, tag_count=count)
                    model.dataChanged.emit(
                        model.index(row, 0), model.index(row, model.columnCount() - 1)
                    )
        channel = self._chosen_channel()
        if channel is not None and self._coding.channel_fingerprint(channel.id) != (
            self._history_print
        ):
            self._show_history()

    def _label(self, vocabulary: Vocabulary, key: str) -> str:
        return self._labels.get(vocabulary, {}).get(key, key)

    def _load(self) -> None:
        self._stale = False
        vocabularies = self._bus.corpus.vocabularies
        self._labels = {
            vocabulary: {
                v.key: v.label
                for v in vocabularies.values(vocabulary, include_retired=True, counted=False)
            }
            for vocabulary in (
                Vocabulary.EVENT_TYPE,
                Vocabulary.CHANNEL_LEVEL,
                Vocabulary.CHANNEL_STATUS,
            )
        }
        event_row = self.event_view.currentIndex().row()
        channel_row = self.channel_view.currentIndex().row()
        self.event_model.set_rows(self._coding.events())
        self.channel_model.set_rows(self._coding.channels())
        if 0 <= event_row < self.event_model.rowCount():
            self.event_view.setCurrentIndex(self.event_model.index(event_row, 0))
        if 0 <= channel_row < self.channel_model.rowCount():
            self.channel_view.setCurrentIndex(self.channel_model.index(channel_row, 0))
        self._show_history()

    def current_entry(self) -> Event | Channel | None:
        """The chosen entry of the visible tab."""
        view, model = (
            (self.event_view, self.event_model)
            if self.kind == TagKind.EVENT
            else (self.channel_view, self.channel_model)
        )
        row = view.currentIndex().row()
        if 0 <= row < len(model.rows):
            entry: Event | Channel = model.rows[row]
            return entry
        return None

    def new_entry(self) -> None:
        """Create an entry of the visible tab's kind."""
        dialog = EntryEditor(self._coding, self._bus, self.kind, None, self)
        dialog.exec()

    def edit_entry(self) -> None:
        """Edit (or rename) the chosen entry."""
        entry = self.current_entry()
        if entry is None:
            return
        dialog = EntryEditor(self._coding, self._bus, self.kind, entry, self)
        dialog.exec()

    def merge_entry(self) -> None:
        """Merge the chosen entry into another: its tags move, it is deleted (undoable)."""
        entry = self.current_entry()
        if entry is None:
            return
        others = [
            e
            for e in (
                self.event_model.rows if self.kind == TagKind.EVENT else self.channel_model.rows
            )
            if e.id != entry.id
        ]
        names = [e.name for e in others]
        name, ok = QInputDialog.getItem(
            self,
            "Merge",
            plain(f"Move the {entry.tag_count} tag(s) of “{entry.name}” to:"),
            names,
            0,
            False,
        )
        if not ok or not name:
            return
        target = others[names.index(name)]
        self.merge(entry, target)

    def merge(self, source: Event | Channel, target: Event | Channel) -> int:
        """Merge ``source`` into ``target`` (one undoable operation); return the tags moved."""
        coding = self._coding
        if isinstance(source, Event):
            moved = self._bus.run(
                lambda: coding.merge_events(EventId(source.id), EventId(target.id))
            )
        else:
            moved = self._bus.run(
                lambda: coding.merge_channels(ChannelId(source.id), ChannelId(target.id))
            )
        return moved or 0

    def delete_entry(self) -> None:
        """Delete the chosen entry if no tag uses it."""
        entry = self.current_entry()
        if entry is None:
            return
        try:
            if isinstance(entry, Event):
                self._bus.apply(lambda: self._coding.delete_event(EventId(entry.id)))
            else:
                self._bus.apply(lambda: self._coding.delete_channel(ChannelId(entry.id)))
        except CodingError as exc:
            QMessageBox.information(self, "Delete", plain(str(exc)))

    def _channel_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_history()

    def _chosen_channel(self) -> Channel | None:
        row = self.channel_view.currentIndex().row()
        if not 0 <= row < len(self.channel_model.rows):
            return None
        channel: Channel = self.channel_model.rows[row]
        return channel

    def _show_history(self) -> None:
        channel = self._chosen_channel()
        if channel is None:
            self._history_print = ()
            self.history_model.set_rows([])
            return
        self._history_print = self._coding.channel_fingerprint(channel.id)
        tags = self._coding.tags_for_channel(channel.id)
        history = self._coding.channel_history(channel.id)
        self.history_model.set_rows(history)
        current = current_status(tags)
        self.history_label.setText(
            f"{channel.name}: "
            + (
                f"{self._label(Vocabulary.CHANNEL_STATUS, current.status)} as of "
                f"{current.when or 'an undated report'}"
                if current
                else "no status reported yet"
            )
            + " — double-click a row to see the evidence."
        )
        self._tags_by_id = {t.id: t for t in tags}

    def _open_evidence(self, index: QModelIndex) -> None:
        point: StatusPoint = self.history_model.rows[index.row()]
        tag = self._tags_by_id.get(point.tag_id)
        if tag is not None:
            self.evidence_requested.emit(tag.article_id, tag.start, tag.end)
