"""Every menu item and shortcut of the main window, declared once: text, keys and tip here,
the handler in the one controller that carries the action out (``connect_handlers``)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcutEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget


class MainAction(enum.Enum):
    """The main window's actions, by name."""

    IMPORT = "import"
    IMPORT_FOLDER = "import_folder"
    PASTE_ARTICLE = "paste_article"
    FIND = "find"
    PROPERTIES = "properties"
    DELETE_ARTICLE = "delete_article"
    EXPORT = "export"
    BACKUPS = "backups"
    MERGE = "merge"
    DATABASE = "database"
    EXPORT_TIMELINE = "export_timeline"
    SHOW_TIMELINE = "show_timeline"
    REFRESH = "refresh"
    QUIT = "quit"
    NEXT_ARTICLE = "next_article"
    PREVIOUS_ARTICLE = "previous_article"
    TAG_EVENT = "tag_event"
    TAG_CHANNEL = "tag_channel"
    MARK_NEW = "mark_new"
    MARK_IN_PROGRESS = "mark_in_progress"
    MARK_DONE = "mark_done"
    START_SESSION = "start_session"
    STOP_SESSION = "stop_session"
    SESSIONS = "sessions"
    UNDO = "undo"
    REDO = "redo"
    SHOW_TAGS_PANEL = "show_tags_panel"
    SHOW_CODEBOOK_PANEL = "show_codebook_panel"
    VOCABULARIES = "vocabularies"
    MARK_PERSON = "mark_person"
    MARK_ORG = "mark_org"
    MARK_GPE = "mark_gpe"
    MARK_LOC = "mark_loc"
    MARK_DATE = "mark_date"
    MARK_NORP = "mark_norp"
    TAUGHT_RULES = "taught_rules"
    ACTORS = "actors"
    SHOW_ENTITIES_PANEL = "show_entities_panel"
    CURATE = "curate"
    AGREEMENT = "agreement"
    KEYBOARD_HELP = "keyboard_help"
    ABOUT = "about"


# The actions that change the database (or its file): turned off on a database opened
# read-only. Reading, search, the timeline, the reports and every export stay on.
# What can be done to the articles chosen, with separators (``None``) between groups: the
# Article menu (after Find) and the article list's context menu.
ARTICLE_ACTIONS: tuple[MainAction | None, ...] = (
    MainAction.PROPERTIES,
    None,
    MainAction.MARK_NEW,
    MainAction.MARK_IN_PROGRESS,
    MainAction.MARK_DONE,
    None,
    MainAction.DELETE_ARTICLE,
)
CHANGE_ACTIONS = frozenset(
    {
        MainAction.IMPORT,
        MainAction.IMPORT_FOLDER,
        MainAction.PASTE_ARTICLE,
        MainAction.PROPERTIES,
        MainAction.DELETE_ARTICLE,
        MainAction.BACKUPS,
        MainAction.MERGE,
        MainAction.TAG_EVENT,
        MainAction.TAG_CHANNEL,
        MainAction.MARK_NEW,
        MainAction.MARK_IN_PROGRESS,
        MainAction.MARK_DONE,
        MainAction.START_SESSION,
        MainAction.STOP_SESSION,
        MainAction.UNDO,
        MainAction.REDO,
        MainAction.VOCABULARIES,
        MainAction.MARK_PERSON,
        MainAction.MARK_ORG,
        MainAction.MARK_GPE,
        MainAction.MARK_LOC,
        MainAction.MARK_DATE,
        MainAction.MARK_NORP,
        MainAction.TAUGHT_RULES,
        MainAction.ACTORS,
        MainAction.CURATE,
    }
)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """Text, shortcuts and tip of one action."""

    text: str
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""


ACTION_SPECS: dict[MainAction, ActionSpec] = {
    MainAction.IMPORT: ActionSpec(
        "&Import files…", (QKeySequence.StandardKey.Open,), "Import .txt and .md files or folders"
    ),
    MainAction.IMPORT_FOLDER: ActionSpec(
        "Import &folder…", ("Ctrl+Shift+O",), "Import every article file in a folder"
    ),
    MainAction.PASTE_ARTICLE: ActionSpec(
        "&Paste as new article", ("Ctrl+Shift+V",), "Store the clipboard's text as an article"
    ),
    MainAction.FIND: ActionSpec(
        "&Find articles…", (QKeySequence.StandardKey.Find,), "Search the articles' text"
    ),
    MainAction.REFRESH: ActionSpec(
        "&Refresh",
        (QKeySequence.StandardKey.Refresh,),
        "Read the articles, tags and codebook again (changes made outside this window)",
    ),
    MainAction.PROPERTIES: ActionSpec(
        "&Properties…", ("Alt+Return",), "Edit the article's title, outlet, byline and date"
    ),
    # No window-wide key: Delete deletes the articles selected in the list only (the
    # reader and the Tags panel keep their own Delete).
    MainAction.DELETE_ARTICLE: ActionSpec(
        "&Delete article…",
        (),
        "Delete the selected articles with their tags and entity marks (asks first; "
        "Ctrl+Z brings them back)",
    ),
    MainAction.EXPORT: ActionSpec(
        "&Export…", ("Ctrl+E",), "Export tags, the codebook or entities to CSV, JSONL or brat"
    ),
    MainAction.MERGE: ActionSpec(
        "&Merge another database…",
        (),
        "Bring another coder's database (an SQLite file) into this one",
    ),
    MainAction.DATABASE: ActionSpec(
        "&Database…",
        (),
        "Open another SQLite file or a team's PostgreSQL server (from the next start)",
    ),
    MainAction.EXPORT_TIMELINE: ActionSpec(
        "Export &timeline…", (), "Save the timeline as SVG or PNG"
    ),
    MainAction.SHOW_TIMELINE: ActionSpec(
        "&Timeline / article", ("Ctrl+T",), "Switch between the article and the timeline"
    ),
    MainAction.BACKUPS: ActionSpec(
        "&Restore backup…", (), "List the verified backups; restore one or back up now"
    ),
    MainAction.QUIT: ActionSpec("&Quit", (QKeySequence.StandardKey.Quit,), "Close Dragon Reader"),
    MainAction.NEXT_ARTICLE: ActionSpec("&Next article", ("J",), "Open the next article"),
    MainAction.PREVIOUS_ARTICLE: ActionSpec(
        "&Previous article", ("K",), "Open the previous article"
    ),
    MainAction.TAG_EVENT: ActionSpec(
        "Tag as &event…", ("E",), "Link the selected text to an event of the codebook"
    ),
    MainAction.TAG_CHANNEL: ActionSpec(
        "Tag as &channel…", ("C",), "Link the selected text to a channel, with its status"
    ),
    MainAction.MARK_NEW: ActionSpec("Mark article &new", ("U",), "Set the article's status"),
    MainAction.MARK_IN_PROGRESS: ActionSpec(
        "Mark article &in progress", ("I",), "Set the article's status"
    ),
    MainAction.MARK_DONE: ActionSpec("Mark article &done", ("D",), "Set the article's status"),
    MainAction.START_SESSION: ActionSpec(
        "&Start session", ("Ctrl+Shift+S",), "Start timing an annotation session"
    ),
    MainAction.STOP_SESSION: ActionSpec(
        "S&top session", ("Ctrl+Shift+X",), "End the running annotation session"
    ),
    MainAction.SESSIONS: ActionSpec("&Sessions…", (), "Past sessions; export them to CSV"),
    MainAction.UNDO: ActionSpec("&Undo", (QKeySequence.StandardKey.Undo,), "Undo the last change"),
    MainAction.REDO: ActionSpec(
        "&Redo", (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"), "Redo the undone change"
    ),
    MainAction.SHOW_TAGS_PANEL: ActionSpec(
        "&Tags panel", ("Ctrl+Shift+T",), "Show or hide the Tags panel"
    ),
    MainAction.SHOW_CODEBOOK_PANEL: ActionSpec(
        "&Codebook panel", ("Ctrl+Shift+B",), "Show or hide the Codebook panel"
    ),
    MainAction.VOCABULARIES: ActionSpec(
        "&Vocabularies…",
        (),
        "Event types, channel levels and statuses, event modes and labels: add, rename, "
        "recolour, reorder, map to PLOVER, retire",
    ),
    MainAction.MARK_PERSON: ActionSpec("Mark as &Person", ("Ctrl+1",), "Mark the selection"),
    MainAction.MARK_ORG: ActionSpec("Mark as &Organisation", ("Ctrl+2",), "Mark the selection"),
    MainAction.MARK_GPE: ActionSpec(
        "Mark as &Country, city, state", ("Ctrl+3",), "Mark the selection"
    ),
    MainAction.MARK_LOC: ActionSpec("Mark as Other p&lace", ("Ctrl+4",), "Mark the selection"),
    MainAction.MARK_DATE: ActionSpec("Mark as &Date", ("Ctrl+5",), "Mark the selection"),
    MainAction.MARK_NORP: ActionSpec(
        "Mark as &Nationality, group", ("Ctrl+6",), "Mark the selection"
    ),
    MainAction.TAUGHT_RULES: ActionSpec(
        "What I &taught…", (), "See and undo the entity corrections you made"
    ),
    MainAction.ACTORS: ActionSpec(
        "&Actors…", (), "The actor dictionary: add actors, aliases and dated roles"
    ),
    MainAction.SHOW_ENTITIES_PANEL: ActionSpec(
        "&Entities panel", ("Ctrl+Shift+E",), "Show or hide the Entities panel"
    ),
    MainAction.CURATE: ActionSpec(
        "C&urate article…",
        ("Ctrl+Shift+A",),
        "Compare the coders' tags of this article and accept them into the curated set",
    ),
    MainAction.AGREEMENT: ActionSpec(
        "A&greement report…",
        (),
        "How far the coders agree, per kind, label and slot; export it to CSV",
    ),
    MainAction.KEYBOARD_HELP: ActionSpec(
        "&Keyboard shortcuts", (QKeySequence.StandardKey.HelpContents,), "List every shortcut"
    ),
    MainAction.ABOUT: ActionSpec("&About Dragon Reader"),
}


def build_actions(parent: QWidget) -> dict[MainAction, QAction]:
    """Create one ``QAction`` per ``MainAction``, owned by ``parent``."""
    actions: dict[MainAction, QAction] = {}
    for key, spec in ACTION_SPECS.items():
        action = QAction(spec.text, parent)
        action.setObjectName(key.value)
        sequences: list[QKeySequence] = []
        for shortcut in spec.shortcuts:
            if isinstance(shortcut, str):
                sequences.append(QKeySequence(shortcut))
            else:
                sequences.extend(QKeySequence.keyBindings(shortcut))
        unique: list[QKeySequence] = []
        for sequence in sequences:
            if sequence not in unique:
                unique.append(sequence)
        if unique:
            action.setShortcuts(unique)
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        actions[key] = action
    return actions


def connect_handlers(
    actions: dict[MainAction, QAction],
    handler_maps: Iterable[Mapping[MainAction, Callable[[], object]]],
) -> None:
    """Connect each action to its one handler; raises ``ValueError`` when an action has
    no handler or two (each is declared in exactly one controller)."""
    handlers: dict[MainAction, Callable[[], object]] = {}
    for handler_map in handler_maps:
        for key, handler in handler_map.items():
            if key in handlers:
                msg = f"two handlers for the action {key.value}"
                raise ValueError(msg)
            handlers[key] = handler
    missing = [key.value for key in actions if key not in handlers]
    if missing:
        msg = f"no handler for the action(s) {', '.join(missing)}"
        raise ValueError(msg)
    for key, handler in handlers.items():
        actions[key].triggered.connect(lambda _checked=False, run=handler: run())


# What a text field does with a Ctrl key and keeps for itself: editing, selecting, moving.
_EDITING_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToNextWord,
    QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord,
    QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.MoveToStartOfLine,
    QKeySequence.StandardKey.SelectStartOfLine,
)


class WindowShortcuts(QObject):
    """An event filter for the window's text fields (search, filters): a window action's
    Ctrl key that a field would otherwise take for a binding of its own — Ctrl+E, "end of
    line" in Qt's line edits on X11 — goes to the action (Ctrl+E exports from the search
    field too). The keys a field edits with (undo, copy, select, move by word) stay the
    field's."""

    def __init__(self, actions: Iterable[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        editing = {seq for key in _EDITING_KEYS for seq in QKeySequence.keyBindings(key)}
        self._keys = {
            sequence
            for action in actions
            for sequence in action.shortcuts()
            if sequence not in editing
            and sequence.count() == 1
            and "Ctrl+" in sequence.toString(QKeySequence.SequenceFormat.PortableText)
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if pressed in self._keys:
                return True  # not taken by the field: the window's shortcut runs
        return False


TYPING_PAUSE_MS = 1_500  # a pause this long ends a run of typing
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)


def letter_actions(actions: Iterable[QAction]) -> list[QAction]:
    """The actions with a shortcut that is one key without Ctrl, Alt or Meta (J, K, E, C,
    U, I, D): the keys a word typed in the wrong place would set off."""
    found = []
    for action in actions:
        for sequence in action.shortcuts():
            if sequence.count() != 1:
                continue
            combination = sequence[0]  # type: ignore[index]  # the stubs lack __getitem__
            if not combination.keyboardModifiers() & _COMMAND_MODIFIERS and (
                Qt.Key.Key_A.value <= combination.key().value <= Qt.Key.Key_Z.value
            ):
                found.append(action)
                break
    return found


class TypingGuard(QObject):
    """Keeps the window's one-letter shortcuts from acting on words typed where there is
    no text field (the reader, the list, a panel's table): a user who believes they are
    typing changes no article's status and opens no other article.

    A run of typing starts when a letter reaches a watched widget without being a
    shortcut ("a", "n", "t"), or when ``hold`` is called (E or C refused for want of a
    selection). While it lasts, one-letter shortcuts are held back; letters sent to a
    watched list or table never make it jump to a row. It ends after ``TYPING_PAUSE_MS`` without
    a typed key, at a click in a watched widget, or at a key that is not typing (an arrow,
    Esc, Tab, Enter, a Ctrl chord). Ctrl shortcuts are never held back.

    Signals:
        held(str): the letters held back so far in this run, after each one.
    """

    held = Signal(str)

    def __init__(
        self,
        actions: Iterable[QAction],
        watched: Iterable[QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = set(letter_actions(actions))
        for action in self._actions:
            action.installEventFilter(self)
        self._watched: set[QObject] = set()
        for widget in watched:
            self._watched.add(widget)
            widget.installEventFilter(self)
            if isinstance(widget, QAbstractScrollArea):  # clicks land on its viewport
                viewport = widget.viewport()
                self._watched.add(viewport)
                viewport.installEventFilter(self)
        self._last_key = QElapsedTimer()  # invalid: no run of typing
        self._held = ""

    @property
    def holding(self) -> bool:
        """True during a run of typing (one-letter shortcuts are held back)."""
        return self._last_key.isValid() and self._last_key.elapsed() < TYPING_PAUSE_MS

    def hold(self) -> None:
        """Start (or go on with) a run of typing."""
        if not self.holding:
            self._held = ""
        self._last_key.start()

    def release(self) -> None:
        """End the run of typing: one-letter shortcuts act again."""
        self._last_key.invalidate()
        self._held = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Shortcut and watched in self._actions:
            if not self.holding or not isinstance(event, QShortcutEvent):
                return False
            self.hold()
            self._held += event.key().toString().lower()
            self.held.emit(self._held)
            return True
        if watched not in self._watched:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self.release()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key_pressed(watched, event)
        return False

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return False
        text = event.text()
        typing = not event.modifiers() & _COMMAND_MODIFIERS and (
            key == Qt.Key.Key_Backspace or (text != "" and text.isprintable())
        )
        if not typing:
            self.release()
            return False
        was_holding = self.holding
        self.hold()
        # A list jumps to the row whose title starts with the letters typed: not while
        # typing (it would open another article); nor does the reader page down at each
        # space between typed words.
        if isinstance(watched, QAbstractItemView):
            return key != Qt.Key.Key_Space
        return was_holding and key == Qt.Key.Key_Space


def keep_off(action: QAction) -> None:
    """Turn ``action`` off for good: a controller that enables it later (undo after a
    change, stop while a session runs) finds it off again."""
    action.setEnabled(False)
    action.changed.connect(lambda: action.setEnabled(False) if action.isEnabled() else None)


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as people write them ("Ctrl+Z, Ctrl+Shift+Z"), comma
    separated; keys that few keyboards have (F13 and above, which some platforms bind to
    Undo or Copy, and dedicated Open, Find, Undo, Help keys) are left out."""
    return ", ".join(
        seq.toString(QKeySequence.SequenceFormat.NativeText)
        for seq in action.shortcuts()
        if not _rare_key(seq)
    )


# Dedicated keys of a few keyboards (Sun, some laptops' media rows) that the platform binds
# to standard actions: "Ctrl+O, Open" reads like a typo in the keyboard help.
_DEDICATED_KEYS = frozenset(
    {
        Qt.Key.Key_Open,
        Qt.Key.Key_Find,
        Qt.Key.Key_Undo,
        Qt.Key.Key_Redo,
        Qt.Key.Key_Help,
        Qt.Key.Key_Exit,
        Qt.Key.Key_Copy,
        Qt.Key.Key_Cut,
        Qt.Key.Key_Paste,
        Qt.Key.Key_Close,
        Qt.Key.Key_Save,
        Qt.Key.Key_New,
        Qt.Key.Key_Print,
        Qt.Key.Key_Back,
        Qt.Key.Key_Forward,
        Qt.Key.Key_Refresh,
        Qt.Key.Key_Stop,
    }
)


def _rare_key(sequence: QKeySequence) -> bool:
    """F13 and above, or a dedicated key few keyboards have."""
    portable = QKeySequence.SequenceFormat.PortableText
    dedicated = {QKeySequence(key).toString(portable) for key in _DEDICATED_KEYS}
    return any(
        part in dedicated or (part.startswith("F") and part[1:].isdigit() and int(part[1:]) >= 13)
        for chord in sequence.toString(portable).split(", ")
        for part in chord.split("+")
    )
