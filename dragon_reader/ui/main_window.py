"""The main window: the article list on the left, the reader on the right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dragon_reader import __version__
from dragon_reader.domain.articles import ArticleFilters, ArticleId, ArticleStatus
from dragon_reader.domain.coding import EventType, Tag, TagId, TagKind
from dragon_reader.domain.entities import EntityLabel, Mention
from dragon_reader.services.coding import CodingError
from dragon_reader.services.corpus import Corpus, ImportReport
from dragon_reader.services.entities import EntityError
from dragon_reader.services.interchange import Interchange
from dragon_reader.services.live import LiveUpdates, RemoteChanges
from dragon_reader.ui.actions import MainAction, build_actions, shortcut_text
from dragon_reader.ui.article_list import MATCH_COLUMN, ArticleListModel
from dragon_reader.ui.backup_dialog import BackupDialog
from dragon_reader.ui.coding_panels import CodebookPanel, TagEditor, TagsPanel
from dragon_reader.ui.entities_panel import EntitiesPanel, TaughtRulesDialog
from dragon_reader.ui.entity_style import label_icon, mention_highlights
from dragon_reader.ui.export_dialog import ExportDialog
from dragon_reader.ui.filter_bar import FilterBar, SnippetDelegate
from dragon_reader.ui.import_dialogs import ImportReportDialog, PropertiesDialog
from dragon_reader.ui.layout_style import layout_highlights
from dragon_reader.ui.live_updates import LiveUpdatesBridge
from dragon_reader.ui.plain_text import action_text, escape, make_plain, plain
from dragon_reader.ui.reader import ArticleReader
from dragon_reader.ui.recognition_worker import RecognitionWorker, start_recognition
from dragon_reader.ui.sessions_dialog import SessionsDialog, format_duration
from dragon_reader.ui.tag_picker import PickResult, TagPicker
from dragon_reader.ui.tag_style import tag_highlights
from dragon_reader.ui.timeline_panel import TimelinePanel
from dragon_reader.ui.timeline_scene import render_png, render_svg
from dragon_reader.ui.widgets import ProgressShown

MARK_ACTIONS = {
    MainAction.MARK_PERSON: EntityLabel.PERSON,
    MainAction.MARK_ORG: EntityLabel.ORG,
    MainAction.MARK_GPE: EntityLabel.GPE,
    MainAction.MARK_LOC: EntityLabel.LOC,
    MainAction.MARK_DATE: EntityLabel.DATE,
    MainAction.MARK_NORP: EntityLabel.NORP,
}
SETTINGS_HIDDEN_LABELS = "entities/hidden_labels"
SETTINGS_SCROLL = "main_window/scroll"
STATUS_ACTIONS = {
    MainAction.MARK_NEW: ArticleStatus.NEW,
    MainAction.MARK_IN_PROGRESS: ArticleStatus.IN_PROGRESS,
    MainAction.MARK_DONE: ArticleStatus.DONE,
}

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_SPLITTER = "main_window/splitter"
SETTINGS_LAST_ARTICLE = "main_window/last_article"


class MainWindow(QMainWindow):
    """The article list, the reader with entity highlights, and the Entities panel.

    Signals:
        article_opened(int): the id of the article now shown in the reader.
        mentions_changed(int): the article whose entity mentions were just corrected.
        recognition_finished(int): background recognition ended after this many articles.
        coding_changed(): a tag or codebook entry was made, edited, deleted, undone or redone;
            the tags panel, the codebook panel and the reader refresh from it.
    """

    article_opened = Signal(int)
    mentions_changed = Signal(int)
    recognition_finished = Signal(int)
    coding_changed = Signal()

    def __init__(self, corpus: Corpus, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.settings = settings
        self.setWindowTitle("Dragon Reader")
        self.setAcceptDrops(True)
        self.import_report: ImportReportDialog | None = None
        self.live_updates: LiveUpdatesBridge | None = None
        self.actions_by_name = build_actions(self)

        self.list_model = ArticleListModel(corpus, self)
        self.article_list = QTableView(self)
        self.article_list.setObjectName("article_list")
        self.article_list.setModel(self.list_model)
        self.article_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_list.setSortingEnabled(False)
        self.article_list.horizontalHeader().setSortIndicatorShown(True)
        self.article_list.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.article_list.verticalHeader().hide()
        self.article_list.setWordWrap(False)
        self.article_list.setAlternatingRowColors(True)
        header = self.article_list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 90, 78, 50, 70)):
            if column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        self.article_list.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("article_title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("article_meta")
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reader = ArticleReader(self)
        self.reader.setObjectName("reader")
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(self._reader_context_menu)
        self.reader.span_clicked.connect(self._reader_clicked)
        self.reader_menu: QMenu | None = None
        self._mentions: list[Mention] = []
        hidden = self.settings.value(SETTINGS_HIDDEN_LABELS) or []
        hidden = [hidden] if isinstance(hidden, str) else list(hidden)
        self.visible_labels = {label for label in EntityLabel if label.value not in hidden}

        self.entities_panel = EntitiesPanel(corpus.entities, self)
        self.entities_panel.setObjectName("entities_panel")
        self.entities_panel.open_article_requested.connect(
            lambda article_id: self.open_article(ArticleId(article_id))
        )
        self.entities_dock = QDockWidget("Entities", self)
        self.entities_dock.setObjectName("entities_dock")
        self.entities_dock.setWidget(self.entities_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entities_dock)
        self.legend = self._build_legend()
        self._tags: list[Tag] = []
        self.tag_picker: TagPicker | None = None
        self.tags_panel = TagsPanel(self)
        self.tags_panel.setObjectName("tags_panel")
        self.tags_panel.select_span_requested.connect(self.reader.select_span)
        self.tags_panel.delete_requested.connect(lambda tag_id: self.delete_tag(TagId(tag_id)))
        self.tags_panel.edit_requested.connect(lambda tag_id: self.edit_tag(TagId(tag_id)))
        self.tags_dock = QDockWidget("Tags", self)
        self.tags_dock.setObjectName("tags_dock")
        self.tags_dock.setWidget(self.tags_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.tags_dock)
        self.codebook_panel = CodebookPanel(corpus.coding, self)
        self.codebook_panel.setObjectName("codebook_panel")
        self.codebook_panel.evidence_requested.connect(self.show_evidence)
        self.codebook_dock = QDockWidget("Codebook", self)
        self.codebook_dock.setObjectName("codebook_dock")
        self.codebook_dock.setWidget(self.codebook_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.codebook_dock)
        self.tabifyDockWidget(self.entities_dock, self.tags_dock)
        self.tabifyDockWidget(self.tags_dock, self.codebook_dock)
        self.resizeDocks([self.tags_dock], [380], Qt.Orientation.Horizontal)
        self.tags_dock.raise_()
        self.timeline_panel = TimelinePanel(corpus, self)
        self.timeline_panel.setObjectName("timeline_panel")
        self.timeline_panel.evidence_requested.connect(self.show_evidence)
        corpus.coding.history.listeners.append(self.coding_changed.emit)
        self.coding_changed.connect(self._refresh_coding)

        article_page = QWidget(self)
        layout = QVBoxLayout(article_page)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.reader, 1)
        # The timeline is a tab beside the reader: it needs the width and the height.
        right = QTabWidget(self)
        right.setObjectName("center_tabs")
        right.setDocumentMode(True)
        right.addTab(article_page, "Article")
        right.addTab(self.timeline_panel, "Timeline")
        self.center_tabs = right

        self.filter_bar = FilterBar(corpus.outlets(), self)
        self.filter_bar.filters_changed.connect(self.apply_filters)
        self.filter_bar.set_coder(corpus.team.current_coder())
        self.article_list.setItemDelegateForColumn(MATCH_COLUMN, SnippetDelegate(self))
        self.article_list.setColumnHidden(MATCH_COLUMN, True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.article_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 560])
        self.setCentralWidget(self.splitter)

        self.session_label = make_plain(QLabel(self))
        self.session_label.setObjectName("session_label")
        self.statusBar().addPermanentWidget(self.session_label)
        self.count_label = make_plain(QLabel(self))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setFormat("Finding entities %v/%m")
        self.progress_bar.hide()
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.count_label)
        self._recognition: tuple[QThread, RecognitionWorker] | None = None
        self.session_timer = QTimer(self)
        self.session_timer.setInterval(1000)
        self.session_timer.timeout.connect(self._update_session_label)

        self._build_menus()
        self._connect_actions()
        self._update_count()
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1400, 820  # first start; later starts restore the saved geometry
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)
        self._restore_state()

    # -- public -----------------------------------------------------------------------------

    @property
    def current_article_id(self) -> ArticleId | None:
        """The id of the article shown in the reader."""
        article = self.reader.article
        return article.id if article is not None else None

    def open_article(self, article_id: ArticleId) -> bool:
        """Select ``article_id`` in the list and show it; False if it is not listed."""
        row = self.list_model.row_of(article_id)
        if row is None:
            return False
        self.article_list.selectionModel().setCurrentIndex(
            self.list_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.article_list.scrollTo(self.list_model.index(row, 0))
        return True

    def move_article(self, step: int) -> None:
        """Open the article ``step`` rows below (negative: above) the current one."""
        rows = self.list_model.rowCount()
        if rows == 0:
            return
        current = self.article_list.currentIndex().row()
        target = 0 if current < 0 else max(0, min(rows - 1, current + step))
        self.open_article(self.list_model.article_id_at(target))  # type: ignore[arg-type]

    def import_files(self, paths: list[Path]) -> ImportReport:
        """Import files and folders (and JSONL exports) through the services, refresh the
        list, open the first new article, and show the report when something needs saying.

        An import that takes a while shows its progress with a Stop button: what was read
        until then is stored, the rest is listed as left out."""
        shown = ProgressShown(self, "Import", "Importing file {done} of {total}…", can_stop=True)
        with shown:
            report = Interchange(self.corpus).import_paths(paths, shown.report)
        self._after_import(report)
        return report

    def _after_import(self, report: ImportReport) -> None:
        self.list_model.reload()
        self.filter_bar.set_outlets(self.corpus.outlets())
        self._update_count()
        self.codebook_panel.reload()
        self.statusBar().showMessage(f"Import: {report.summary()}", 10_000)
        new = [o.article_id for o in report.outcomes if o.outcome == "imported" and o.article_id]
        if new:
            self.open_article(new[0])
        unusual = [
            o
            for o in report.outcomes
            if o.outcome != "imported" or o.encoding not in (None, "utf-8", "utf-8-sig")
        ]
        if unusual or len(report.outcomes) > 1:
            self.import_report = ImportReportDialog(report, self)
            self.import_report.open()

    def refresh_entities(self) -> None:
        """Re-read the shown article's mentions and redraw them (text and scroll stay)."""
        article_id = self.current_article_id
        if article_id is None:
            return
        self._mentions = self.corpus.entities.mentions(article_id)
        self.reader.apply_highlights(self._highlights())
        self.entities_panel.show_article(article_id)

    def set_label_visible(self, label: EntityLabel, visible: bool) -> None:
        """Show or hide the highlights of one label (remembered across runs)."""
        if visible:
            self.visible_labels.add(label)
        else:
            self.visible_labels.discard(label)
        hidden = [lab.value for lab in EntityLabel if lab not in self.visible_labels]
        self.settings.setValue(SETTINGS_HIDDEN_LABELS, hidden)
        self.reader.apply_highlights(self._highlights())

    # -- tagging ------------------------------------------------------------------------------

    def trimmed_selection(self) -> tuple[int, int] | None:
        """The reader's selection as stored offsets, without surrounding whitespace."""
        span = self.reader.selected_span()
        article = self.reader.article
        if span is None or article is None:
            return None
        start, end = span.start, span.end
        while start < end and article.text[start].isspace():
            start += 1
        while end > start and article.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def start_tagging(self, kind: TagKind) -> TagPicker | None:
        """Open the picker at the selection to tag it as an event or a channel."""
        article_id = self.current_article_id
        span = self.trimmed_selection()
        if article_id is None or span is None:
            key = "E" if kind == TagKind.EVENT else "C"
            self.statusBar().showMessage(f"Select the text to tag first, then press {key}.", 5000)
            return None
        start, end = span
        coding = self.corpus.coding
        entries = coding.events() if kind == TagKind.EVENT else coding.channels()
        suggested = coding.suggest_date(article_id, start, end)
        picker = TagPicker(kind, entries, suggested, self)
        picker.chosen.connect(lambda result: self.apply_pick(article_id, start, end, result))
        rect = self.reader.cursorRect()
        picker.move(self.reader.viewport().mapToGlobal(rect.bottomLeft()))
        self.tag_picker = picker
        picker.open()
        picker.filter_edit.setFocus()
        return picker

    def apply_pick(
        self, article_id: ArticleId, start: int, end: int, pick: PickResult
    ) -> Tag | None:
        """Create the tag the picker described (and its new codebook entry, if any)."""
        coding = self.corpus.coding
        try:
            entry_id = pick.entry_id
            if entry_id is None and pick.kind == TagKind.EVENT:
                entry_id = coding.create_event(
                    pick.new_name or "", pick.new_event_type or EventType.OTHER, pick.when
                ).id
            elif entry_id is None:
                entry_id = coding.create_channel(pick.new_name or "").id
            tag = coding.create_tag(
                article_id,
                start,
                end,
                pick.kind,
                entry_id,
                pick.status,
                pick.when if pick.kind == TagKind.CHANNEL else None,
            )
        except CodingError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return None
        article = self.reader.article
        if article is not None and article.status == ArticleStatus.NEW:
            self.corpus.set_status(article_id, ArticleStatus.IN_PROGRESS)
            self.list_model.refresh_rows([article_id])
        self.statusBar().showMessage(
            f"Tagged as {tag.kind.value} “{tag.entry_name}” — saved. Ctrl+Z undoes.", 6000
        )
        self.reader.setFocus()
        return tag

    def delete_tag(self, tag_id: TagId) -> None:
        """Delete a tag (undoable); refused, with a message, when another coder changed it
        since it was shown."""
        shown = next((tag for tag in self._tags if tag.id == tag_id), None)
        try:
            tag = self.corpus.coding.delete_tag(
                tag_id, expected_version=shown.version if shown else None
            )
        except CodingError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            self._refresh_coding()
            return
        self.statusBar().showMessage(f"Deleted the tag on “{tag.text[:40]}”. Ctrl+Z undoes.", 6000)

    def edit_tag(self, tag_id: TagId) -> TagEditor | None:
        """Open the editor of a tag."""
        tag = self.corpus.coding.tag(tag_id)
        if tag is None:
            return None
        editor = TagEditor(self.corpus.coding, tag, self)
        editor.open()
        return editor

    # -- article status and sessions ----------------------------------------------------------

    def set_article_status(self, status: ArticleStatus) -> None:
        """Set the shown article's status (committed at once) and update list and counts."""
        article_id = self.current_article_id
        if article_id is None:
            return
        self.corpus.set_status(article_id, status)
        self.list_model.refresh_rows([article_id])
        self._update_count()
        self.statusBar().showMessage(f"Article marked {status.value.replace('-', ' ')}.", 4000)

    @property
    def annotator(self) -> str:
        """Who is annotating (recorded on every tag)."""
        return self.corpus.coding.annotator

    def set_annotator(self, name: str) -> None:
        """Record ``name`` on the tags from now on."""
        self.corpus.coding.annotator = name
        self.filter_bar.set_coder(self.corpus.team.current_coder())

    def resume_or_idle(self) -> None:
        """Resume the session left open (after a restart or a crash), if there is one."""
        open_session = self.corpus.sessions.open_session()
        if open_session is not None:
            self.corpus.coding.session_id = open_session.id
            self.session_timer.start()
            self.statusBar().showMessage("Resumed the annotation session left open.", 6000)
        self._update_session_label()

    def start_session(self) -> None:
        """Start an annotation session: tags record it; the status bar shows time and tags."""
        started = self.corpus.sessions.start(self.annotator)
        self.corpus.coding.session_id = started.id
        self.session_timer.start()
        self._update_session_label()

    def stop_session(self) -> None:
        """End the running session."""
        session_id = self.corpus.coding.session_id
        if session_id is None:
            return
        ended = self.corpus.sessions.stop(session_id)
        self.corpus.coding.session_id = None
        self.session_timer.stop()
        self._update_session_label()
        if ended is not None:
            self.statusBar().showMessage(
                f"Session ended: {format_duration(ended.duration().total_seconds())}, "
                f"{ended.tags_made} tag(s) in {ended.articles_touched} article(s).",
                8000,
            )

    def _update_session_label(self) -> None:
        session_id = self.corpus.coding.session_id
        running = session_id is not None
        self.actions_by_name[MainAction.START_SESSION].setEnabled(not running)
        self.actions_by_name[MainAction.STOP_SESSION].setEnabled(running)
        if session_id is None:
            self.session_label.setText("No session")
            return
        summary = self.corpus.sessions.summary(session_id)
        if summary is None:
            return
        self.session_label.setText(
            f"Session {format_duration(summary.duration().total_seconds())} · "
            f"{summary.tags_made} tag{'s' if summary.tags_made != 1 else ''}"
        )

    def _show_sessions(self) -> None:
        SessionsDialog(self.corpus.sessions, self).open()

    # -- finding and importing ---------------------------------------------------------------

    def apply_filters(self, filters: ArticleFilters) -> None:
        """Show the articles passing ``filters``; keep the shown one selected if listed."""
        current = self.current_article_id
        self.list_model.set_filters(filters)
        self.article_list.setColumnHidden(MATCH_COLUMN, not filters.query)
        self._update_count()
        if (current is None or not self.open_article(current)) and self.list_model.rowCount():
            self.move_article(0)

    def focus_search(self) -> None:
        """Put the keyboard in the search field (Ctrl+F)."""
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def paste_as_article(self) -> ImportReport:
        """Store the clipboard's text as a new article and open it."""
        text = QApplication.clipboard().text()
        report = ImportReport([self.corpus.import_text(text, "")])
        self._after_import(report)
        return report

    def open_properties(self) -> PropertiesDialog | None:
        """Article ▸ Properties…: edit title, outlet, byline and date."""
        article = self.reader.article
        if article is None:
            return None
        dialog = PropertiesDialog(self.corpus, article, self)
        dialog.accepted.connect(self._properties_saved)
        dialog.open()
        return dialog

    def _properties_saved(self) -> None:
        article_id = self.current_article_id
        if article_id is None:
            return
        self.list_model.refresh_rows([article_id])
        self.filter_bar.set_outlets(self.corpus.outlets())
        self._current_row_changed(self.article_list.currentIndex(), QModelIndex())

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_files([Path(folder)])

    def export_timeline(self, path: Path) -> None:
        """Write the timeline as shown (filters, zoom) to ``path`` (.svg or .png)."""
        scene = self.timeline_panel.scene
        if scene is None:
            return
        if path.suffix.lower() == ".svg":
            render_svg(scene, str(path))
        else:
            render_png(scene, str(path))
        self.statusBar().showMessage(f"Timeline written to {path}", 8000)

    def _ask_export_timeline(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export timeline",
            str(Path.home() / "timeline.svg"),
            "SVG (*.svg);;PNG image (*.png)",
        )
        if name:
            self.export_timeline(Path(name))

    def open_backups(self) -> BackupDialog:
        """Open File ▸ Restore backup…; after a restore every view is read again."""
        dialog = BackupDialog(self.corpus, self)
        dialog.restored.connect(lambda _path: self.reload_everything())
        dialog.open()
        return dialog

    def reload_everything(self) -> None:
        """Read the list, the shown article and the panels again (after a restore)."""
        current = self.current_article_id
        self.list_model.reload()
        self._update_count()
        if current is None or not self.open_article(current):
            self.move_article(0)
        self._current_row_changed(self.article_list.currentIndex(), QModelIndex())
        self.codebook_panel.reload()
        self._update_undo_actions()

    def open_export_dialog(self) -> ExportDialog:
        """Open File ▸ Export…; a status message reports what was written."""
        dialog = ExportDialog(self.corpus, self)
        dialog.accepted.connect(
            lambda: (
                self.statusBar().showMessage(
                    f"Exported {dialog.result_info.rows} row(s) to {dialog.result_info.path}",
                    10_000,
                )
                if dialog.result_info
                else None
            )
        )
        dialog.open()
        return dialog

    def show_panel(self, dock: QDockWidget) -> None:
        """Show a panel, bring its tab forward and give it the keyboard focus."""
        dock.show()
        dock.raise_()
        dock.widget().setFocus()

    def show_evidence(self, article_id: int, start: int, end: int) -> None:
        """Open an article and select the span that is the evidence."""
        if self.open_article(ArticleId(article_id)):
            self.center_tabs.setCurrentIndex(0)
            self.reader.select_span(start, end)
            self.reader.setFocus()

    def undo(self) -> None:
        """Undo the session's last tag or codebook change."""
        try:
            done = self.corpus.coding.undo()
        except CodingError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.statusBar().showMessage(f"Undone: {done}" if done else "Nothing to undo.", 5000)

    def redo(self) -> None:
        """Redo the change undone last."""
        try:
            done = self.corpus.coding.redo()
        except CodingError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        self.statusBar().showMessage(f"Redone: {done}" if done else "Nothing to redo.", 5000)

    def start_live_updates(self) -> bool:
        """On a shared PostgreSQL database, show other coders' changes as they are
        committed (False, and nothing started, on SQLite)."""
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

    def apply_remote_changes(self, changes: RemoteChanges) -> None:
        """Show what other coders committed: their articles' rows, and the shown article's
        tags, entities and the codebook when those changed."""
        if changes.articles:
            self.list_model.refresh_rows([ArticleId(i) for i in sorted(changes.articles)])
        current = self.current_article_id
        if changes.codebook or changes.tags or (current in changes.articles):
            self._refresh_coding()
        if current is not None and current in changes.mentions:
            self.refresh_entities()
        self.statusBar().showMessage("Updated with other coders' changes.", 4000)

    def _refresh_coding(self) -> None:
        self._update_session_label()
        article_id = self.current_article_id
        if article_id is not None:
            self._tags = self.corpus.coding.tags_for_article(article_id)
            self.reader.apply_highlights(self._highlights())
            self.tags_panel.show_tags(self._tags)
        self.codebook_panel.reload()
        self.timeline_panel.refresh()
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        history = self.corpus.coding.history
        undo, redo = self.actions_by_name[MainAction.UNDO], self.actions_by_name[MainAction.REDO]
        undo.setEnabled(history.can_undo)
        redo.setEnabled(history.can_redo)
        undo.setText(f"&Undo {action_text(history.undo_text)}" if history.can_undo else "&Undo")
        redo.setText(f"&Redo {action_text(history.redo_text)}" if history.can_redo else "&Redo")

    def _highlights(self) -> list[Any]:
        article = self.reader.article
        base = layout_highlights(article) if article is not None else []
        return (
            base
            + mention_highlights(self._mentions, self.visible_labels)
            + tag_highlights(self._tags)
        )

    def mark_selection(self, label: EntityLabel) -> Mention | None:
        """Mark the reader's selection as an entity of ``label`` in every article."""
        article_id = self.current_article_id
        span = self.reader.selected_span()
        if article_id is None or span is None:
            self.statusBar().showMessage("Select a name in the article first.", 5000)
            return None
        text = self.reader.article.text if self.reader.article else ""
        start, end = span.start, span.end
        while start < end and text[start].isspace():  # forgive a sloppy selection
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        try:
            with self._teaching(text[start:end]) as shown:
                mention = self.corpus.entities.mark(article_id, start, end, label, shown.report)
        except EntityError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return None
        self.refresh_entities()
        self.statusBar().showMessage(
            f"“{mention.text}” is now {label.description} in every article.", 6000
        )
        self.mentions_changed.emit(int(article_id))
        return mention

    def relabel_mention(self, mention: Mention, label: EntityLabel) -> None:
        """Give ``mention`` another label, taught for its text everywhere."""
        with self._teaching(mention.text) as shown:
            self.corpus.entities.relabel(mention, label, shown.report)
        self.refresh_entities()
        self.statusBar().showMessage(f"“{mention.text}” is now {label.description}.", 6000)
        self.mentions_changed.emit(mention.article_id)

    def reject_mention(self, mention: Mention) -> None:
        """Reject ``mention``'s text as an entity, here and in every article."""
        with self._teaching(mention.text) as shown:
            surface = self.corpus.entities.reject(mention, shown.report)
        self.refresh_entities()
        self.statusBar().showMessage(f"“{surface}” will no longer be suggested.", 6000)
        self.mentions_changed.emit(mention.article_id)

    def _teaching(self, surface: str) -> ProgressShown:
        """Progress while a correction is applied to every article that has ``surface``."""
        quoted = surface.replace("{", "{{").replace("}", "}}")  # kept as typed by .format
        return ProgressShown(
            self, "Entities", f"Applying “{quoted}” to article {{done}} of {{total}}…"
        )

    def mention_at(self, offset: int) -> Mention | None:
        """The shown mention covering stored ``offset``."""
        for mention in self._mentions:
            if mention.start <= offset < mention.end and mention.label in self.visible_labels:
                return mention
        return None

    def start_background_recognition(self) -> bool:
        """Recognise articles whose mentions are stale, in a thread; False if none are."""
        if self._recognition is not None:
            return False
        stale = self.corpus.entities.stale_article_ids()
        if not stale:
            return False
        thread, worker = start_recognition(self.corpus.entities, stale, self)
        worker.progress.connect(self._recognition_progress)
        worker.finished.connect(self._recognition_done)
        self._recognition = (thread, worker)
        self.progress_bar.setRange(0, len(stale))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        return True

    def _recognition_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _recognition_done(self, count: int) -> None:
        if self._recognition is not None:
            self._recognition[0].wait(5000)
        self._recognition = None
        self.progress_bar.hide()
        self.statusBar().showMessage(f"Entities found again in {count} article(s).", 5000)
        self.refresh_entities()
        self.recognition_finished.emit(count)

    # -- building ---------------------------------------------------------------------------

    def _build_legend(self) -> QToolBar:
        legend = QToolBar("Entity legend", self)
        legend.setObjectName("legend")
        legend.addWidget(QLabel(" Highlights: "))
        for label in EntityLabel:
            action = QAction(label_icon(label), label.description, legend)
            action.setObjectName(f"show_{label.value.lower()}")
            action.setCheckable(True)
            action.setChecked(label in self.visible_labels)
            action.setToolTip(f"Show or hide {label.value} highlights")
            action.toggled.connect(lambda on, lab=label: self.set_label_visible(lab, on))
            legend.addAction(action)
        legend.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, legend)
        return legend

    def _build_menus(self) -> None:
        actions = self.actions_by_name
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(actions[MainAction.IMPORT])
        file_menu.addAction(actions[MainAction.IMPORT_FOLDER])
        file_menu.addAction(actions[MainAction.PASTE_ARTICLE])
        file_menu.addAction(actions[MainAction.EXPORT])
        file_menu.addAction(actions[MainAction.EXPORT_TIMELINE])
        file_menu.addSeparator()
        file_menu.addAction(actions[MainAction.BACKUPS])
        file_menu.addSeparator()
        file_menu.addAction(actions[MainAction.QUIT])
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(actions[MainAction.UNDO])
        edit_menu.addAction(actions[MainAction.REDO])
        article_menu = self.menuBar().addMenu("&Article")
        article_menu.addAction(actions[MainAction.FIND])
        article_menu.addAction(actions[MainAction.PROPERTIES])
        article_menu.addSeparator()
        for key in STATUS_ACTIONS:
            article_menu.addAction(actions[key])
        session_menu = self.menuBar().addMenu("&Session")
        session_menu.addAction(actions[MainAction.START_SESSION])
        session_menu.addAction(actions[MainAction.STOP_SESSION])
        session_menu.addSeparator()
        session_menu.addAction(actions[MainAction.SESSIONS])
        tag_menu = self.menuBar().addMenu("&Tag")
        tag_menu.addAction(actions[MainAction.TAG_EVENT])
        tag_menu.addAction(actions[MainAction.TAG_CHANNEL])
        tag_menu.addSeparator()
        tag_menu.addAction(actions[MainAction.SHOW_TAGS_PANEL])
        tag_menu.addAction(actions[MainAction.SHOW_CODEBOOK_PANEL])
        entities_menu = self.menuBar().addMenu("&Entities")
        for key in MARK_ACTIONS:
            entities_menu.addAction(actions[key])
        entities_menu.addSeparator()
        for action in self.legend.actions():
            entities_menu.addAction(action)
        entities_menu.addSeparator()
        entities_menu.addAction(actions[MainAction.TAUGHT_RULES])
        entities_menu.addAction(actions[MainAction.SHOW_ENTITIES_PANEL])
        coding_bar = QToolBar("Coding", self)
        coding_bar.setObjectName("coding_toolbar")
        coding_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for key in (MainAction.TAG_EVENT, MainAction.TAG_CHANNEL, MainAction.UNDO, MainAction.REDO):
            coding_bar.addAction(actions[key])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, coding_bar)
        view_menu = self.menuBar().addMenu("&View")
        panels = view_menu.addMenu("&Panels")
        for dock in (self.tags_dock, self.codebook_dock, self.entities_dock):
            panels.addAction(dock.toggleViewAction())
        panels.addAction(self.legend.toggleViewAction())
        go_menu = self.menuBar().addMenu("&Go")
        go_menu.addAction(actions[MainAction.NEXT_ARTICLE])
        go_menu.addAction(actions[MainAction.PREVIOUS_ARTICLE])
        view_menu.addAction(actions[MainAction.SHOW_TIMELINE])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(actions[MainAction.KEYBOARD_HELP])
        help_menu.addAction(actions[MainAction.ABOUT])
        for action in actions.values():
            self.addAction(action)  # shortcuts work wherever the focus is

    def _connect_actions(self) -> None:
        actions = self.actions_by_name
        actions[MainAction.IMPORT].triggered.connect(self._ask_import)
        actions[MainAction.EXPORT].triggered.connect(self.open_export_dialog)
        actions[MainAction.IMPORT_FOLDER].triggered.connect(self._ask_import_folder)
        actions[MainAction.PASTE_ARTICLE].triggered.connect(self.paste_as_article)
        actions[MainAction.FIND].triggered.connect(self.focus_search)
        actions[MainAction.PROPERTIES].triggered.connect(self.open_properties)
        actions[MainAction.BACKUPS].triggered.connect(self.open_backups)
        actions[MainAction.SHOW_TIMELINE].triggered.connect(
            lambda: self.center_tabs.setCurrentIndex(1 - self.center_tabs.currentIndex())
        )
        actions[MainAction.EXPORT_TIMELINE].triggered.connect(self._ask_export_timeline)
        actions[MainAction.QUIT].triggered.connect(self.close)
        actions[MainAction.NEXT_ARTICLE].triggered.connect(lambda: self.move_article(1))
        actions[MainAction.PREVIOUS_ARTICLE].triggered.connect(lambda: self.move_article(-1))
        for key, label in MARK_ACTIONS.items():
            actions[key].setIcon(label_icon(label))
            actions[key].triggered.connect(lambda _=False, lab=label: self.mark_selection(lab))
        actions[MainAction.TAUGHT_RULES].triggered.connect(self._show_taught_rules)
        actions[MainAction.TAG_EVENT].triggered.connect(lambda: self.start_tagging(TagKind.EVENT))
        actions[MainAction.TAG_CHANNEL].triggered.connect(
            lambda: self.start_tagging(TagKind.CHANNEL)
        )
        for key, status in STATUS_ACTIONS.items():
            actions[key].triggered.connect(lambda _=False, st=status: self.set_article_status(st))
        actions[MainAction.START_SESSION].triggered.connect(self.start_session)
        actions[MainAction.STOP_SESSION].triggered.connect(self.stop_session)
        actions[MainAction.SESSIONS].triggered.connect(self._show_sessions)
        actions[MainAction.UNDO].triggered.connect(self.undo)
        actions[MainAction.REDO].triggered.connect(self.redo)
        actions[MainAction.SHOW_TAGS_PANEL].triggered.connect(
            lambda: self.show_panel(self.tags_dock)
        )
        actions[MainAction.SHOW_CODEBOOK_PANEL].triggered.connect(
            lambda: self.show_panel(self.codebook_dock)
        )
        self._update_undo_actions()
        # Tabbed docks report themselves invisible when another tab is in front, so these
        # actions bring a panel forward; hiding and showing is on View ▸ Panels.
        actions[MainAction.SHOW_ENTITIES_PANEL].triggered.connect(
            lambda: self.show_panel(self.entities_dock)
        )
        actions[MainAction.KEYBOARD_HELP].triggered.connect(self._show_keyboard_help)
        actions[MainAction.ABOUT].triggered.connect(self._show_about)

    # -- slots ------------------------------------------------------------------------------

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = self.list_model.article_id_at(current.row())
        if article_id is None:
            return
        article = self.corpus.article(article_id)
        if article is None:
            return
        self.title_label.setText(article.title)
        parts = [
            article.outlet,
            article.byline and f"by {article.byline}",
            article.published and article.published.isoformat(),
            article.source_file,
            f"{len(article.text.split()):,} words",
        ]
        self.meta_label.setText(" · ".join(part for part in parts if part))
        self._mentions = self.corpus.entities.mentions(article_id)
        self._tags = self.corpus.coding.tags_for_article(article_id)
        self.reader.show_article(article)
        self.reader.apply_highlights(self._highlights())
        self.entities_panel.show_article(article_id)
        self.tags_panel.show_tags(self._tags)
        self.settings.setValue(SETTINGS_LAST_ARTICLE, int(article_id))
        self.article_opened.emit(int(article_id))

    def _reader_clicked(self, offset: int, point: QPoint) -> None:
        mention = self.mention_at(offset)
        if mention is not None:
            self._popup_mention_menu(mention, point)

    def _reader_context_menu(self, point: QPoint) -> None:
        if self.reader.selected_span() is not None:
            menu = QMenu(self.reader)
            menu.addAction(self.actions_by_name[MainAction.TAG_EVENT])
            menu.addAction(self.actions_by_name[MainAction.TAG_CHANNEL])
            menu.addSeparator()
            mark = menu.addMenu("Mark as entity")
            for key in MARK_ACTIONS:
                mark.addAction(self.actions_by_name[key])
            menu.addSeparator()
            copy = menu.addAction("Copy")
            copy.triggered.connect(self.reader.copy)
            self._show_menu(menu, point)
            return
        position = self.reader.cursorForPosition(point).position()
        mention = self.mention_at(self.reader.offset_map.to_offset(position))
        if mention is not None:
            self._popup_mention_menu(mention, point)

    def _popup_mention_menu(self, mention: Mention, point: QPoint) -> None:
        menu = QMenu(self.reader)
        title = menu.addAction(action_text(f"{mention.label.description}: {mention.canonical}"))
        title.setEnabled(False)
        change = menu.addMenu("Change label to")
        for label in EntityLabel:
            if label is mention.label:
                continue
            action = change.addAction(label_icon(label), label.description)
            action.setObjectName(f"relabel_{label.value.lower()}")
            action.triggered.connect(
                lambda _=False, lab=label, m=mention: self.relabel_mention(m, lab)
            )
        reject = menu.addAction(action_text(f"Not an entity: never suggest “{mention.text}”"))
        reject.setObjectName("reject_mention")
        reject.triggered.connect(lambda _=False, m=mention: self.reject_mention(m))
        self._show_menu(menu, point)

    def _show_menu(self, menu: QMenu, point: QPoint) -> None:
        if self.reader_menu is not None:
            self.reader_menu.close()
            self.reader_menu.deleteLater()
        self.reader_menu = menu
        menu.popup(self.reader.viewport().mapToGlobal(point))

    def _show_taught_rules(self) -> None:
        dialog = TaughtRulesDialog(self.corpus.entities, self)
        dialog.finished.connect(lambda _result: self.refresh_entities())
        dialog.open()

    def _sort_by(self, column: int) -> None:
        header = self.article_list.horizontalHeader()
        order = header.sortIndicatorOrder()
        current = self.current_article_id
        self.list_model.sort(column, order)
        if current is not None:
            self.open_article(current)

    def _ask_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            "Import articles",
            "",
            "Articles (*.txt *.md *.markdown *.html *.htm *.jsonl);;All files (*)",
        )
        if names:
            self.import_files([Path(name) for name in names])

    def _show_keyboard_help(self) -> None:
        rows = [
            f"<tr><td>{escape(action.text().replace('&', ''))}</td>"
            f"<td><b>{escape(shortcut_text(action))}</b></td></tr>"
            for action in self.actions_by_name.values()
            if action.shortcuts()
        ]
        rows.append("<tr><td>Move in the list</td><td><b>Up, Down</b></td></tr>")
        rows.append("<tr><td>Delete the chosen tag (Tags panel)</td><td><b>Delete</b></td></tr>")
        rows.append("<tr><td>Edit a tag (Tags panel)</td><td><b>Double-click, Enter</b></td></tr>")
        rows.append(
            "<tr><td>In the tag picker: choose, confirm, cancel</td>"
            "<td><b>Up/Down, Enter, Esc</b></td></tr>"
        )
        QMessageBox.information(
            self, "Keyboard shortcuts", "<table cellspacing='6'>" + "".join(rows) + "</table>"
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Dragon Reader",
            plain(
                f"Dragon Reader {__version__}\n\nRead news about US–China relations and code "
                f"its events and channels of communication.\n\nDatabase: {self.corpus.database.url}"
            ),
        )

    def _update_count(self) -> None:
        by_status = self.corpus.count_by_status()
        total = sum(by_status.values())
        done = by_status[ArticleStatus.DONE]
        text = f"{done} of {total} article{'s' if total != 1 else ''} done"
        if self.list_model.filters.active:
            text = f"{self.list_model.rowCount()} shown · " + text
        self.count_label.setText(text)

    # -- state ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = self.settings.value(SETTINGS_LAST_ARTICLE)
        opened = False
        if last is not None:
            try:
                opened = self.open_article(ArticleId(int(last)))
            except (TypeError, ValueError):
                opened = False
        if opened:
            scroll = self.settings.value(SETTINGS_SCROLL)
            if scroll is not None:
                # After layout: the document's height is known only once it is shown.
                QTimer.singleShot(0, lambda: self.reader.verticalScrollBar().setValue(int(scroll)))
        elif self.list_model.rowCount():
            self.move_article(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_live_updates()
        self.settings.setValue(SETTINGS_SCROLL, self.reader.verticalScrollBar().value())
        if self._recognition is not None:
            thread, worker = self._recognition
            worker.cancel()
            thread.quit()
            thread.wait(10_000)
            self._recognition = None
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.article_list.setFocus()
            return
        super().keyPressEvent(event)
