"""The main window: the article list on the left, the reader on the right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dragon_reader import __version__
from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.corpus import Corpus, ImportReport
from dragon_reader.ui.actions import MainAction, build_actions, shortcut_text
from dragon_reader.ui.article_list import ArticleListModel
from dragon_reader.ui.reader import ArticleReader

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_SPLITTER = "main_window/splitter"
SETTINGS_LAST_ARTICLE = "main_window/last_article"


class MainWindow(QMainWindow):
    """The article list and the reader for one corpus.

    Signals:
        article_opened(int): the id of the article now shown in the reader.
    """

    article_opened = Signal(int)

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
        self.splitter.setSizes([520, 680])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_menus()
        self._connect_actions()
        self._update_count()
        self.resize(1200, 780)
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

    # -- building ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        actions = self.actions_by_name
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(actions[MainAction.IMPORT])
        file_menu.addSeparator()
        file_menu.addAction(actions[MainAction.QUIT])
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
        self.reader.show_article(article)
        self.settings.setValue(SETTINGS_LAST_ARTICLE, int(article_id))
        self.article_opened.emit(int(article_id))

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
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.article_list.setFocus()
            return
        super().keyPressEvent(event)
