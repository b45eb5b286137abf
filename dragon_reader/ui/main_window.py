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
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dragon_reader import __version__
from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.entities import EntityLabel, Mention
from dragon_reader.services.corpus import Corpus, ImportReport
from dragon_reader.services.entities import EntityError
from dragon_reader.ui.actions import MainAction, build_actions, shortcut_text
from dragon_reader.ui.article_list import ArticleListModel
from dragon_reader.ui.entities_panel import EntitiesPanel, TaughtRulesDialog
from dragon_reader.ui.entity_style import label_icon, mention_highlights
from dragon_reader.ui.reader import ArticleReader
from dragon_reader.ui.recognition_worker import RecognitionWorker, start_recognition

MARK_ACTIONS = {
    MainAction.MARK_PERSON: EntityLabel.PERSON,
    MainAction.MARK_ORG: EntityLabel.ORG,
    MainAction.MARK_GPE: EntityLabel.GPE,
    MainAction.MARK_LOC: EntityLabel.LOC,
    MainAction.MARK_DATE: EntityLabel.DATE,
    MainAction.MARK_NORP: EntityLabel.NORP,
}
SETTINGS_HIDDEN_LABELS = "entities/hidden_labels"

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_SPLITTER = "main_window/splitter"
SETTINGS_LAST_ARTICLE = "main_window/last_article"


class MainWindow(QMainWindow):
    """The article list, the reader with entity highlights, and the Entities panel.

    Signals:
        article_opened(int): the id of the article now shown in the reader.
        mentions_changed(int): the article whose entity mentions were just corrected.
        recognition_finished(int): background recognition ended after this many articles.
    """

    article_opened = Signal(int)
    mentions_changed = Signal(int)
    recognition_finished = Signal(int)

    def __init__(self, corpus: Corpus, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.settings = settings
        self.setWindowTitle("Dragon Reader")
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
        for column, width in enumerate((0, 110, 84, 60, 84)):
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

        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.reader, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([430, 650])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setFormat("Finding entities %v/%m")
        self.progress_bar.hide()
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.count_label)
        self._recognition: tuple[QThread, RecognitionWorker] | None = None

        self._build_menus()
        self._connect_actions()
        self._update_count()
        self.resize(1400, 820)
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
        """Import ``paths`` through the corpus service, refresh the list, show the report."""
        report = self.corpus.import_paths(paths)
        self.list_model.reload()
        self._update_count()
        self.statusBar().showMessage(f"Import: {report.summary()}", 10_000)
        failures = [item for item in report.outcomes if item.outcome == "failed"]
        if failures:
            details = "\n".join(f"{Path(item.source).name}: {item.reason}" for item in failures)
            box = QMessageBox(QMessageBox.Icon.Warning, "Import", report.summary(), parent=self)
            box.setDetailedText(details)
            box.setInformativeText("The other files were imported.")
            box.open()
        return report

    def refresh_entities(self) -> None:
        """Re-read the shown article's mentions and redraw them (text and scroll stay)."""
        article_id = self.current_article_id
        if article_id is None:
            return
        self._mentions = self.corpus.entities.mentions(article_id)
        self.reader.apply_highlights(mention_highlights(self._mentions, self.visible_labels))
        self.entities_panel.show_article(article_id)

    def set_label_visible(self, label: EntityLabel, visible: bool) -> None:
        """Show or hide the highlights of one label (remembered across runs)."""
        if visible:
            self.visible_labels.add(label)
        else:
            self.visible_labels.discard(label)
        hidden = [lab.value for lab in EntityLabel if lab not in self.visible_labels]
        self.settings.setValue(SETTINGS_HIDDEN_LABELS, hidden)
        self.reader.apply_highlights(mention_highlights(self._mentions, self.visible_labels))

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
            mention = self.corpus.entities.mark(article_id, start, end, label)
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
        self.corpus.entities.relabel(mention.id, label)
        self.refresh_entities()
        self.statusBar().showMessage(f"“{mention.text}” is now {label.description}.", 6000)
        self.mentions_changed.emit(mention.article_id)

    def reject_mention(self, mention: Mention) -> None:
        """Reject ``mention``'s text as an entity, here and in every article."""
        surface = self.corpus.entities.reject(mention.id)
        self.refresh_entities()
        self.statusBar().showMessage(f"“{surface}” will no longer be suggested.", 6000)
        self.mentions_changed.emit(mention.article_id)

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
        file_menu.addSeparator()
        file_menu.addAction(actions[MainAction.QUIT])
        entities_menu = self.menuBar().addMenu("&Entities")
        for key in MARK_ACTIONS:
            entities_menu.addAction(actions[key])
        entities_menu.addSeparator()
        for action in self.legend.actions():
            entities_menu.addAction(action)
        entities_menu.addSeparator()
        entities_menu.addAction(actions[MainAction.TAUGHT_RULES])
        entities_menu.addAction(actions[MainAction.SHOW_ENTITIES_PANEL])
        go_menu = self.menuBar().addMenu("&Go")
        go_menu.addAction(actions[MainAction.NEXT_ARTICLE])
        go_menu.addAction(actions[MainAction.PREVIOUS_ARTICLE])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(actions[MainAction.KEYBOARD_HELP])
        help_menu.addAction(actions[MainAction.ABOUT])
        for action in actions.values():
            self.addAction(action)  # shortcuts work wherever the focus is

    def _connect_actions(self) -> None:
        actions = self.actions_by_name
        actions[MainAction.IMPORT].triggered.connect(self._ask_import)
        actions[MainAction.QUIT].triggered.connect(self.close)
        actions[MainAction.NEXT_ARTICLE].triggered.connect(lambda: self.move_article(1))
        actions[MainAction.PREVIOUS_ARTICLE].triggered.connect(lambda: self.move_article(-1))
        for key, label in MARK_ACTIONS.items():
            actions[key].setIcon(label_icon(label))
            actions[key].triggered.connect(lambda _=False, lab=label: self.mark_selection(lab))
        actions[MainAction.TAUGHT_RULES].triggered.connect(self._show_taught_rules)
        panel_action = actions[MainAction.SHOW_ENTITIES_PANEL]
        panel_action.setCheckable(True)
        panel_action.setChecked(True)
        panel_action.toggled.connect(self.entities_dock.setVisible)
        self.entities_dock.visibilityChanged.connect(panel_action.setChecked)
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
        self.reader.show_article(article, mention_highlights(self._mentions, self.visible_labels))
        self.entities_panel.show_article(article_id)
        self.settings.setValue(SETTINGS_LAST_ARTICLE, int(article_id))
        self.article_opened.emit(int(article_id))

    def _reader_clicked(self, offset: int, point: QPoint) -> None:
        mention = self.mention_at(offset)
        if mention is not None:
            self._popup_mention_menu(mention, point)

    def _reader_context_menu(self, point: QPoint) -> None:
        if self.reader.selected_span() is not None:
            menu = QMenu(self.reader)
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
        title = menu.addAction(f"{mention.label.description}: {mention.canonical}")
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
        reject = menu.addAction(f"Not an entity: never suggest “{mention.text}”")
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
            self, "Import articles", "", "Articles (*.txt *.md *.markdown);;All files (*)"
        )
        if names:
            self.import_files([Path(name) for name in names])

    def _show_keyboard_help(self) -> None:
        rows = [
            f"<tr><td>{action.text().replace('&', '')}</td>"
            f"<td><b>{shortcut_text(action)}</b></td></tr>"
            for action in self.actions_by_name.values()
            if action.shortcuts()
        ]
        rows.append("<tr><td>Move in the list</td><td><b>Up, Down</b></td></tr>")
        QMessageBox.information(
            self, "Keyboard shortcuts", "<table cellspacing='6'>" + "".join(rows) + "</table>"
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Dragon Reader",
            f"Dragon Reader {__version__}\n\nRead news about US–China relations and code its "
            f"events and channels of communication.\n\nDatabase: {self.corpus.database.url}",
        )

    def _update_count(self) -> None:
        count = self.list_model.rowCount()
        self.count_label.setText(f"{count} article{'s' if count != 1 else ''}")

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
        if not opened and self.list_model.rowCount():
            self.move_article(0)

    def closeEvent(self, event: QCloseEvent) -> None:
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
