"""The main window: a shell that builds the widgets and wires actions to controllers.

Everything the analyst does is carried out by a controller (``ui/controllers/``), one per
area: navigation, tagging, entities, sessions, files, menus and docks. Controllers never
call each other; the window connects the few requests that cross areas (open this
article, show this evidence), and every view refreshes itself from the change bus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.changes import Changes
from dragon_reader.services.corpus import Corpus, database_read_only_reason
from dragon_reader.services.live import LiveUpdates, RemoteChanges
from dragon_reader.ui.actions import (
    CHANGE_ACTIONS,
    TypingGuard,
    WindowShortcuts,
    build_actions,
    connect_handlers,
    keep_off,
)
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.controllers.curation import CurationController
from dragon_reader.ui.controllers.entities import EntitiesController
from dragon_reader.ui.controllers.files import FilesController
from dragon_reader.ui.controllers.menus import MenusController
from dragon_reader.ui.controllers.navigation import NavigationController, database_setting
from dragon_reader.ui.controllers.sessions import SessionsController
from dragon_reader.ui.controllers.tagging import TaggingController
from dragon_reader.ui.current_article import CurrentArticle
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.live_updates import LiveUpdatesBridge
from dragon_reader.ui.plain_text import plain, plain_label
from dragon_reader.ui.widgets import WorkBar

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_SPLITTER = "main_window/splitter"
SETTINGS_TAB = "main_window/tab"  # "article" or "timeline", the tab in front at the last run
TABS = ("article", "timeline")  # the center tabs, in order
SETTINGS_SCROLL = "scroll"  # per database, as the last article (``database_setting``)
READER_MIN_WIDTH = 360  # the reader never gets narrower than this
FIRST_SPLIT = [2, 3]  # list : reader at a first start (the list never below its minimum)
DOCK_WIDTH = 380  # the side panels' width at a first start, and again once there is room
DOCK_MIN_WIDTH = 260  # a side panel is never narrower: its table's columns stay readable
RESTORE_AFTER_MS = 300  # the last article opens by then even if the list never painted


class ResizeWatch(QObject):
    """Calls ``resized(widget)`` when a watched widget is resized."""

    def __init__(self, resized: Callable[[QWidget], None], parent: QObject) -> None:
        super().__init__(parent)
        self._resized = resized

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._resized(watched)
        return False


class MainWindow(QMainWindow):
    """The article list, the reader with its highlights, and the panels around them.

    Widgets are found by object name (``article_list``, ``reader``, ``tags_panel``,
    ``codebook_panel``, ``entities_panel``, ``timeline_panel``, ``session_label``,
    ``count_label``, ...); actions by their ``MainAction`` value (``tag_event``, ``undo``).
    """

    def __init__(self, corpus: Corpus, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.settings = settings
        self.setObjectName("main_window")
        self.setWindowTitle("Dragon Reader")
        self.setAcceptDrops(True)
        self.live_updates: LiveUpdatesBridge | None = None
        self.bus = ChangeBus(corpus, self)
        self.bus.setObjectName("bus")
        self.bus.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.actions_by_name = build_actions(self)
        self.current = CurrentArticle(corpus, self.bus, settings, self)
        desk = Desk(corpus, self.bus, settings, self, self.actions_by_name, self.current)

        self.navigation = NavigationController(desk)
        self.tagging = TaggingController(desk)
        self.entities = EntitiesController(desk)
        self.sessions = SessionsController(desk)
        self.files = FilesController(desk)
        self.menus = MenusController(desk)
        self.curation = CurationController(desk)
        connect_handlers(
            self.actions_by_name,
            (
                c.handlers()
                for c in (
                    self.navigation,
                    self.tagging,
                    self.entities,
                    self.sessions,
                    self.files,
                    self.menus,
                    self.curation,
                )
            ),
        )

        # Requests that cross areas.
        self.tagging.evidence_requested.connect(self.show_evidence)
        self.menus.timeline_panel.evidence_requested.connect(self.show_evidence)
        self.entities.open_article_requested.connect(
            lambda article_id: self.navigation.open_article(ArticleId(article_id))
        )
        self.files.open_requested.connect(
            lambda article_id: self.navigation.open_article(ArticleId(article_id))
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation.panel)
        self.splitter.addWidget(self.menus.center_tabs)
        self.splitter.setChildrenCollapsible(False)  # neither the list nor the reader vanishes
        self.menus.center_tabs.setMinimumWidth(READER_MIN_WIDTH)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes(FIRST_SPLIT)
        self.setCentralWidget(self.splitter)
        self.menus.add_dock("entities", "Entities", self.entities.panel)
        self.menus.add_dock("tags", "Tags", self.tagging.tags_panel)
        codebook = self.menus.add_dock("codebook", "Codebook", self.tagging.codebook_panel)
        # A dock's tab brought forward is not shown anew: the codebook reads then.
        codebook.visibilityChanged.connect(
            lambda visible: (
                visible and QTimer.singleShot(0, self, self.tagging.codebook_panel.catch_up)
            )
        )
        # The width the side panels are meant to have: the first one's, then the one the
        # analyst drags them to; a window made narrow takes it away, a wider one gives it back.
        self._dock_width = DOCK_WIDTH
        self._window_width = 0
        self._dock_watch = ResizeWatch(self._dock_resized, self)
        for dock in self.menus.docks.values():
            dock.setMinimumWidth(DOCK_MIN_WIDTH)
            dock.installEventFilter(self._dock_watch)
        self.resizeDocks([self.menus.docks["tags"]], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.menus.docks["tags"].raise_()
        self.menus.build_menus(self.entities.legend)
        status = self.statusBar()
        self.work_bar = WorkBar(self)
        self.bus.work_progress.connect(self.work_bar.show_progress)
        self.bus.work_finished.connect(self.work_bar.hide)
        self.work_bar.stop_button.clicked.connect(self.bus.stop)
        status.addPermanentWidget(self.work_bar)
        status.addPermanentWidget(self.sessions.label)
        status.addPermanentWidget(self.entities.progress_bar)
        status.addPermanentWidget(self.navigation.count_label)
        self.navigation.update_count()
        self.sessions.update_label()
        if corpus.read_only:
            self._read_only()
        # The window's Ctrl shortcuts work from its text fields too (Ctrl+E in the search).
        self._field_shortcuts = WindowShortcuts(self.actions_by_name.values(), self)
        self._field_shortcuts.setObjectName("field_shortcuts")
        for field in self.findChildren(QLineEdit):
            field.installEventFilter(self._field_shortcuts)
        # Words typed where there is no text field (the reader, the list, a panel's table,
        # the timeline) are not one-letter commands. A combo box's list is its own window.
        self.typing_guard = TypingGuard(
            self.actions_by_name.values(),
            [
                view
                for view in self.findChildren(QAbstractScrollArea)
                if not isinstance(view, QHeaderView) and view.window() is self
            ],
            self,
        )
        self.typing_guard.setObjectName("typing_guard")
        self.typing_guard.held.connect(self._letters_held)
        self.tagging.selection_missing.connect(self.typing_guard.hold)
        self._first_size()
        self._restore_state()

    # -- the few entry points of the application ------------------------------------------------

    @property
    def opening(self) -> bool:
        """True until the article of the last run has been opened (just after the first
        paint of the list)."""
        return self._restore_pending

    @property
    def current_article_id(self) -> ArticleId | None:
        """The id of the article shown in the reader."""
        return self.current.article_id

    def open_article(self, article_id: ArticleId) -> bool:
        """Select ``article_id`` in the list and show it; False if it is not listed."""
        return self.navigation.open_article(article_id)

    def show_evidence(self, article_id: int, start: int, end: int) -> None:
        """Open an article in the reader and select the span that is the evidence."""
        self.menus.show_article_tab()
        self.navigation.show_evidence(article_id, start, end)

    def import_files(self, paths: list[Path]) -> bool:
        """Import files and folders (see ``FilesController.import_files``)."""
        return self.files.import_files(paths)

    def set_annotator(self, name: str) -> None:
        """Record ``name`` on the tags from now on (and show that coder's queue)."""
        self.sessions.set_annotator(name)
        self.navigation.show_coder()

    def resume_or_idle(self) -> None:
        """Resume the annotation session left open, if there is one."""
        self.sessions.resume_or_idle()

    def start_live_updates(self) -> bool:
        """On a shared PostgreSQL database, show other coders' changes as they are
        committed: they arrive on the change bus like the window's own (False, and nothing
        started, on SQLite)."""
        if self.live_updates is not None or not LiveUpdates.available(self.corpus.database):
            return False
        self.live_updates = LiveUpdatesBridge(LiveUpdates(self.corpus.database), self)
        self.live_updates.changed.connect(self.apply_remote_changes)
        self.live_updates.start()
        return True

    def stop_live_updates(self) -> None:
        """Stop listening for other coders' changes."""
        if self.live_updates is not None:
            self.live_updates.stop()
            self.live_updates = None

    def apply_remote_changes(self, remote: RemoteChanges) -> None:
        """Announce what other coders committed on the bus; every view takes its part."""
        self.bus.announce(
            Changes(
                statuses=bool(remote.statuses),
                tags=bool(remote.tags),
                mentions=bool(remote.mentions),
                codebook=remote.codebook,
                # a codebook change shows in every article's tags: no narrowing then
                article_ids=frozenset() if remote.codebook else remote.articles,
                description="other coders' changes",
            )
        )
        self.statusBar().showMessage("Updated with other coders' changes.", 4000)

    def start_background_recognition(self) -> bool:
        """Recognise articles whose mentions are stale, and read the publication dates of
        undated ones, in threads; False if no mentions are stale."""
        self.navigation.start_publication_inference()
        return self.entities.start_background_recognition()

    # -- state ----------------------------------------------------------------------------------

    def _read_only(self) -> None:
        """A database opened read-only: a bar says so (and why), the title too, and every
        action that would change it is off; reading, search and export stay."""
        reason = database_read_only_reason(self.corpus.database.url.removeprefix("sqlite:///"))
        why = f" ({reason})" if reason else ""
        bar = QToolBar("Read-only", self)
        bar.setObjectName("read_only_bar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)  # the reminder stays
        banner = plain_label(
            f"Read-only{why}: you can read, search and export; changes are turned off. "
            "To change this database, make it writable or open a writable copy.",
            bar,
        )
        banner.setObjectName("read_only_banner")
        banner.setToolTip(plain(banner.text()))  # a long path may be cut at the window's edge
        banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }")
        bar.addWidget(banner)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.setWindowTitle("Read-only")  # Qt adds " — Dragon Reader"
        for name in CHANGE_ACTIONS:
            keep_off(self.actions_by_name[name])

    def _first_size(self) -> None:
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1400, 820  # first start; later starts restore the saved geometry
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)

    def _letters_held(self, letters: str) -> None:
        shown = letters if len(letters) <= 20 else "…" + letters[-19:]
        self.statusBar().showMessage(
            f"Typing? “{shown}” not taken as commands: this is not a text field. "
            "Letter keys (J/K, E/C, U/I/D) act again after a pause or a click.",
            6000,
        )

    def _restore_state(self) -> None:
        """Restore geometry, docks and splitter as saved, unless what was saved would hide
        the list or the reader (a saved layout never traps the user)."""
        geometry = self.settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        tab = self.settings.value(SETTINGS_TAB)
        if tab in TABS:
            self.menus.center_tabs.setCurrentIndex(TABS.index(str(tab)))
        sizes = self.splitter.sizes()
        # No saved split that makes sense: split by FIRST_SPLIT once the window has a size.
        self._first_split = (
            not isinstance(splitter, QByteArray)
            or len(sizes) != 2
            or min(sizes) < self.navigation.panel.minimumWidth() // 2
        )
        self.splitter.splitterMoved.connect(self._keep_the_users_split)
        for dock in self.menus.docks.values():
            if dock.isFloating() and not dock.isVisible():
                dock.setFloating(False)
        # The article opens once the list has painted: the window shows at once, without
        # waiting for an article to be laid out with its highlights and actors (a window
        # that is never painted opens it after a moment all the same).
        self._restore_pending = True
        self.navigation.view.viewport().installEventFilter(self)
        QTimer.singleShot(RESTORE_AFTER_MS, self, self._restore_article)
        # Changes made by another process while the user was elsewhere (the command line,
        # a script) are read when the window is used again.
        self._left_at: tuple[int, ...] | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state_changed)

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.catch_up_with_outside_changes()
        else:
            self.note_leaving()

    def note_leaving(self) -> None:
        """Remember how the database file looks as the user leaves the window."""
        self._left_at = self.corpus.database.file_signature()

    def catch_up_with_outside_changes(self) -> bool:
        """Back in the window: when the database file changed since ``note_leaving`` and
        no work of the window's own runs, every view reads again; True if they did."""
        left_at, self._left_at = self._left_at, None
        if left_at is None or self.bus.busy:
            return False
        if self.corpus.database.file_signature() == left_at:
            return False
        self.navigation.refresh("Changed outside this window")
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._first_split:
            QTimer.singleShot(0, self, self._split_as_at_first_start)
        if event.size().width() > event.oldSize().width() > 0:
            QTimer.singleShot(0, self, self._give_docks_their_width)
        self._window_width = event.size().width()

    def _dock_resized(self, dock: QWidget) -> None:
        if dock in self._docks_beside() and self.width() == self._window_width:
            self._dock_width = max(DOCK_MIN_WIDTH, dock.width())  # the analyst dragged it

    def _docks_beside(self) -> list[QDockWidget]:
        """The side panels shown docked beside the middle (not floating, not tabbed behind)."""
        return [
            dock for dock in self.menus.docks.values() if dock.isVisible() and not dock.isFloating()
        ]

    def _give_docks_their_width(self) -> None:
        """A window widened again gives the side panels back the width they had (as far
        as the middle's minimum allows), rather than all of it to the middle."""
        docks = [dock for dock in self._docks_beside() if dock.width() < self._dock_width]
        if not docks:
            return
        middle = self.splitter
        spare = middle.width() - middle.minimumSizeHint().width()
        width = min(self._dock_width, docks[0].width() + max(0, spare))
        if width > docks[0].width():
            self._window_width = -1  # not the analyst's width: not remembered
            self.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
            QTimer.singleShot(0, self, self._note_window_width)

    def _note_window_width(self) -> None:
        self._window_width = self.width()

    def _split_as_at_first_start(self) -> None:
        """Share the middle between list and reader by ``FIRST_SPLIT`` (the list never
        below its minimum width, which keeps titles readable and every filter in sight),
        at every size of the window until the user moves the divider."""
        if not self._first_split:
            return
        total = sum(self.splitter.sizes())
        share = total * FIRST_SPLIT[0] // sum(FIRST_SPLIT)
        panel = self.navigation.panel
        list_width = max(share, panel.minimumWidth(), panel.minimumSizeHint().width())
        self.splitter.setSizes([list_width, max(0, total - list_width)])

    def _keep_the_users_split(self) -> None:
        self._first_split = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._restore_pending
            and event.type() == QEvent.Type.Paint
            and watched is self.navigation.view.viewport()
        ):
            QTimer.singleShot(0, self, self._restore_article)
        return super().eventFilter(watched, event)

    def _restore_article(self) -> None:
        """Open the article shown at the last run (else the first), at its scroll."""
        if not self._restore_pending:
            return
        self._restore_pending = False
        self.navigation.view.viewport().removeEventFilter(self)
        if self.current.article_id is not None:
            return  # one was opened already (named on the command line, a search)
        if self.navigation.restore_last():
            scroll = self.settings.value(database_setting(self.corpus, SETTINGS_SCROLL))
            if scroll is not None:
                # After layout: the document's height is known only once it is shown.
                reader = self.current.reader
                QTimer.singleShot(0, lambda: reader.verticalScrollBar().setValue(int(str(scroll))))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_live_updates()
        self.settings.setValue(
            database_setting(self.corpus, SETTINGS_SCROLL),
            self.current.reader.verticalScrollBar().value(),
        )
        self.entities.stop_background_recognition()
        self.navigation.stop_publication_inference()
        self.menus.timeline_panel.stop_loading()
        self.navigation.stop_reads()
        self.bus.wait()
        self.settings.setValue(SETTINGS_STATE, self.saveState())
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        self.settings.setValue(SETTINGS_TAB, TABS[self.menus.center_tabs.currentIndex()])
        self.settings.sync()
        super().closeEvent(event)

    # -- window events --------------------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.navigation.view.setFocus()
            return
        super().keyPressEvent(event)
