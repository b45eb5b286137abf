"""Menus, toolbars and docks: where every action and panel sits, undo and redo, help."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dragon_reader import __version__
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.ui.actions import ACTION_SPECS, ARTICLE_ACTIONS, MainAction, shortcut_text
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.plain_text import SafeTextBrowser, action_text, escape, plain
from dragon_reader.ui.timeline_panel import TimelinePanel
from dragon_reader.ui.timeline_scene import render_png, render_svg

UNDO_LABEL_CHARS = 28  # the menu's Undo text stays short; the whole description is its tip
MENUS: list[tuple[str, list[MainAction | None]]] = [  # None: a separator
    (
        "&File",
        [
            MainAction.IMPORT,
            MainAction.IMPORT_FOLDER,
            MainAction.PASTE_ARTICLE,
            MainAction.EXPORT,
            MainAction.EXPORT_TIMELINE,
            None,
            MainAction.DATABASE,
            MainAction.MERGE,
            MainAction.BACKUPS,
            None,
            MainAction.QUIT,
        ],
    ),
    ("&Edit", [MainAction.UNDO, MainAction.REDO]),
    (
        "&Article",
        [MainAction.FIND, *ARTICLE_ACTIONS],
    ),
    (
        "&Session",
        [MainAction.START_SESSION, MainAction.STOP_SESSION, None, MainAction.SESSIONS],
    ),
    (
        "&Tag",
        [
            MainAction.TAG_EVENT,
            MainAction.TAG_CHANNEL,
            None,
            MainAction.CURATE,
            MainAction.AGREEMENT,
            None,
            MainAction.SHOW_TAGS_PANEL,
            MainAction.SHOW_CODEBOOK_PANEL,
            None,
            MainAction.VOCABULARIES,
        ],
    ),
]


class MenusController(QObject):
    """Builds the menus, the coding toolbar, the docks and the Article/Timeline tabs;
    carries out undo, redo, the panel actions and help."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.setObjectName("menus_controller")
        self.desk = desk
        self.docks: dict[str, QDockWidget] = {}
        self.timeline_panel = TimelinePanel(desk.corpus, desk.window)
        self.timeline_panel.setObjectName("timeline_panel")
        self.center_tabs = QTabWidget(desk.window)
        self.center_tabs.setObjectName("center_tabs")
        self.center_tabs.setDocumentMode(True)
        self.center_tabs.addTab(desk.current.page, "Article")
        self.center_tabs.addTab(self.timeline_panel, "Timeline")
        desk.bus.changed.connect(self._on_changed)
        self._update_undo_actions()

    def handlers(self) -> dict[MainAction, Callable[[], object]]:
        """The actions this controller carries out."""
        return {
            MainAction.UNDO: self.undo,
            MainAction.REDO: self.redo,
            MainAction.QUIT: self.desk.window.close,
            MainAction.SHOW_TIMELINE: lambda: self.center_tabs.setCurrentIndex(
                1 - self.center_tabs.currentIndex()
            ),
            MainAction.EXPORT_TIMELINE: self.ask_export_timeline,
            MainAction.SHOW_TAGS_PANEL: lambda: self.show_panel("tags"),
            MainAction.SHOW_CODEBOOK_PANEL: lambda: self.show_panel("codebook"),
            MainAction.SHOW_ENTITIES_PANEL: lambda: self.show_panel("entities"),
            MainAction.KEYBOARD_HELP: self.show_keyboard_help,
            MainAction.ABOUT: self.show_about,
        }

    # -- building -----------------------------------------------------------------------------

    def add_dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        """Put ``widget`` in a dock on the right (docks after the first are tabbed)."""
        window = self.desk.window
        dock = QDockWidget(title, window)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if self.docks:
            window.tabifyDockWidget(list(self.docks.values())[-1], dock)
        self.docks[name] = dock
        return dock

    def fill_labels_menu(self, menu: QMenu) -> None:
        """The shown article's relevance (one of) and own labels (any), checkable."""
        menu.clear()
        article_id = self.desk.current.article_id
        if article_id is None:
            menu.addAction("Open an article first").setEnabled(False)
            return
        vocabularies = self.desk.corpus.vocabularies
        carried = vocabularies.article_labels(article_id)
        for vocabulary in (Vocabulary.RELEVANCE, Vocabulary.DOCUMENT_LABEL):
            menu.addSection(vocabulary.heading)
            for value in vocabularies.values(vocabulary):
                action = menu.addAction(value.label)
                action.setCheckable(True)
                action.setChecked(value.key in carried.get(vocabulary, []))
                action.triggered.connect(
                    lambda on, v=vocabulary, k=value.key: self.set_document_label(v, k, on)
                )

    def set_document_label(self, vocabulary: Vocabulary, key: str, on: bool = True) -> None:
        """Give the shown article a document label (relevance replaces the other) or take
        it away; one undo step."""
        article_id = self.desk.current.article_id
        if article_id is None:
            return
        vocabularies = self.desk.corpus.vocabularies
        if (
            self.desk.bus.run(
                lambda: vocabularies.set_article_label(article_id, vocabulary, key, on)
            )
            is None
        ):
            return  # refused: the bus showed why
        verb = "labelled" if on else "no longer labelled"
        self.desk.say(f"Article {verb} “{key}”.", 4000)

    def build_menus(self, legend: QToolBar) -> None:
        """Menus and toolbars from the action registry (``legend``: the entity legend)."""
        window: QMainWindow = self.desk.window
        actions = self.desk.actions
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, legend)
        bar = window.menuBar()
        article_menu: QMenu | None = None
        for title, keys in MENUS:
            menu = bar.addMenu(title)
            if title == "&Article":
                article_menu = menu
            for key in keys:
                if key is None:
                    menu.addSeparator()
                else:
                    menu.addAction(actions[key])
        assert article_menu is not None  # MENUS has it
        article_menu.addSeparator()
        labels_menu = article_menu.addMenu("&Labels")
        labels_menu.setObjectName("labels_menu")
        labels_menu.aboutToShow.connect(lambda: self.fill_labels_menu(labels_menu))
        entities_menu = bar.addMenu("&Entities")
        for key in (
            MainAction.MARK_PERSON,
            MainAction.MARK_ORG,
            MainAction.MARK_GPE,
            MainAction.MARK_LOC,
            MainAction.MARK_DATE,
            MainAction.MARK_NORP,
        ):
            entities_menu.addAction(actions[key])
        entities_menu.addSeparator()
        for action in legend.actions():
            if action.isCheckable():
                entities_menu.addAction(action)
        entities_menu.addSeparator()
        entities_menu.addAction(actions[MainAction.TAUGHT_RULES])
        entities_menu.addAction(actions[MainAction.ACTORS])
        entities_menu.addAction(actions[MainAction.SHOW_ENTITIES_PANEL])
        coding_bar = QToolBar("Coding", window)
        coding_bar.setObjectName("coding_toolbar")
        coding_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for key in (MainAction.TAG_EVENT, MainAction.TAG_CHANNEL, MainAction.UNDO, MainAction.REDO):
            coding_bar.addAction(actions[key])
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, coding_bar)
        view_menu = bar.addMenu("&View")
        panels = view_menu.addMenu("&Panels")
        for dock in self.docks.values():
            panels.addAction(dock.toggleViewAction())
        panels.addAction(legend.toggleViewAction())
        view_menu.addAction(actions[MainAction.SHOW_TIMELINE])
        view_menu.addAction(actions[MainAction.REFRESH])
        go_menu = bar.addMenu("&Go")
        go_menu.addAction(actions[MainAction.NEXT_ARTICLE])
        go_menu.addAction(actions[MainAction.PREVIOUS_ARTICLE])
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(actions[MainAction.KEYBOARD_HELP])
        help_menu.addAction(actions[MainAction.ABOUT])
        for action in actions.values():
            window.addAction(action)  # shortcuts work wherever the focus is

    # -- actions --------------------------------------------------------------------------------

    def undo(self) -> None:
        """Undo the latest change of any kind (tags, codebook, status, entities, import)."""
        done = self.desk.bus.undo()
        if done is not None:
            self.desk.say(f"Undone: {done.description}", 5000)
        elif not self.desk.corpus.journal.history.can_undo:
            self.desk.say("Nothing to undo.", 5000)

    def redo(self) -> None:
        """Redo the change undone last."""
        done = self.desk.bus.redo()
        if done is not None:
            self.desk.say(f"Redone: {done.description}", 5000)
        elif not self.desk.corpus.journal.history.can_redo:
            self.desk.say("Nothing to redo.", 5000)

    def show_panel(self, name: str) -> None:
        """Show a panel, bring its tab forward and give it the keyboard focus."""
        dock = self.docks[name]
        dock.show()
        dock.raise_()
        dock.widget().setFocus()

    def show_article_tab(self) -> None:
        """Bring the article (not the timeline) to the front."""
        self.center_tabs.setCurrentIndex(0)

    def export_timeline(self, path: Path) -> bool:
        """Write the timeline as shown (filters, zoom) to ``path`` (.svg or .png): drawn into
        a hidden file beside it that replaces ``path`` only once complete, so a failure
        leaves the old picture (and is told in a message box). False when it failed."""
        scene = self.timeline_panel.current_scene()
        partial = path.with_name(f".{path.name}.partial{path.suffix}")
        try:
            if not os.access(path.parent, os.W_OK):  # before Qt paints into nowhere
                raise OSError(f"cannot write in {path.parent}")
            if path.suffix.lower() == ".svg":
                render_svg(scene, str(partial))
            else:
                render_png(scene, str(partial))
            if not partial.is_file():
                raise OSError(f"cannot write {path}")
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(
                self.desk.window,
                "Timeline not written",
                plain(f"{exc}\n\n{path} was left as it was."),
            )
            return False
        self.desk.say(f"Timeline written to {path}", 8000)
        return True

    def ask_export_timeline(self) -> None:
        """File ▸ Export timeline…"""
        name, _ = QFileDialog.getSaveFileName(
            self.desk.window,
            "Export timeline",
            str(Path.home() / "timeline.svg"),
            "SVG (*.svg);;PNG image (*.png)",
        )
        if name:
            self.export_timeline(Path(name))

    def show_keyboard_help(self) -> QDialog:
        """Help ▸ Keyboard shortcuts: every action with its keys, as people write them, in
        a scrolling list that fits the screen (at 1280×800 too)."""
        # The action's name as declared, not its live text ("Redo tag “suspended”").
        rows = [
            f"<tr><td>{escape(ACTION_SPECS[key].text.replace('&', ''))}</td>"
            f"<td><b>{escape(shortcut_text(action))}</b></td></tr>"
            for key, action in self.desk.actions.items()
            if shortcut_text(action)
        ]
        for what, keys in (
            ("Move in the list", "Up, Down"),
            ("Select text from the caret", "Shift+arrows; by word: Ctrl+Shift+arrows"),
            ("Select single characters with the mouse", "Alt+drag"),
            ("Entity menu of a highlight", "Right-click"),
            ("Delete the chosen tag (Tags panel)", "Delete"),
            ("Delete the selected articles (article list; asks first)", "Delete"),
            ("Edit a tag (Tags panel)", "Double-click, Enter"),
            ("In the tag picker: choose, confirm, cancel", "Up/Down, Enter, Esc"),
            ("One-letter keys after words typed in the reader or list", "act after a pause"),
        ):
            rows.append(f"<tr><td>{what}</td><td><b>{keys}</b></td></tr>")
        dialog = QDialog(self.desk.window)
        dialog.setObjectName("keyboard_help")
        dialog.setWindowTitle("Keyboard shortcuts")
        text = SafeTextBrowser(dialog)
        text.setObjectName("keyboard_help_text")
        text.setHtml("<table cellspacing='4'>" + "".join(rows) + "</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        screen = self.desk.window.screen().availableGeometry()
        dialog.resize(min(560, screen.width() - 40), min(640, screen.height() * 4 // 5))
        dialog.open()
        return dialog

    def show_about(self) -> None:
        """Help ▸ About."""
        QMessageBox.about(
            self.desk.window,
            "About Dragon Reader",
            plain(
                f"Dragon Reader {__version__}\n\nRead news about US–China relations and code "
                f"its events and channels of communication.\n\n"
                f"Database: {self.desk.corpus.database.url}"
            ),
        )

    # -- internals ------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        self._update_undo_actions()
        if changes.whole:
            # View ▸ Refresh, a restored backup: publication dates confirmed elsewhere
            # change which reports are uncertain, which only a new read finds out.
            self.timeline_panel.reload()
        elif changes.tags or changes.codebook or changes.articles or changes.vocabularies:
            # A change of tags or metadata in named articles reads only their tags; a
            # codebook or vocabulary change (a merge, a rename, a colour) or an unnamed one
            # has every lane compared.
            narrow = not (changes.codebook or changes.vocabularies) and bool(changes.article_ids)
            self.timeline_panel.refresh(
                changes.article_ids if changes.articles else (),
                changes.article_ids if narrow else None,
                vocabularies=changes.vocabularies,
            )

    def _update_undo_actions(self) -> None:
        history = self.desk.corpus.journal.history
        undo = self.desk.actions[MainAction.UNDO]
        redo = self.desk.actions[MainAction.REDO]
        undo.setEnabled(history.can_undo)
        redo.setEnabled(history.can_redo)
        for action, verb, text in (
            (undo, "Undo", history.undo_text),
            (redo, "Redo", history.redo_text),
        ):
            action.setIconText(verb)  # the toolbar button: the verb alone
            action.setText(f"&{verb} {action_text(_short(text))}" if text else f"&{verb}")
            action.setToolTip(plain(f"{verb} {text}") if text else f"Nothing to {verb.lower()}")


def _short(text: str) -> str:
    return text if len(text) <= UNDO_LABEL_CHARS else text[: UNDO_LABEL_CHARS - 1] + "…"
