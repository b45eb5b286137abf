"""Navigation: the article list, its filters and order, the article opened, its status."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QThread, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.articles import ArticleFilters, ArticleId, ArticleStatus
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.deletion import DeletionPreview
from dragon_reader.ui.actions import ARTICLE_ACTIONS, MainAction
from dragon_reader.ui.article_list import MATCH_COLUMN, WORDS_COLUMN, ArticleListModel
from dragon_reader.ui.background import BackgroundReads
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.filter_bar import FilterBar, SnippetDelegate
from dragon_reader.ui.import_dialogs import PropertiesDialog
from dragon_reader.ui.plain_text import make_plain, plain
from dragon_reader.ui.recognition_worker import BackgroundPass, start_publication_inference

SETTINGS_LAST_ARTICLE = "last_article"  # per database: see ``database_setting``
SETTINGS_LIST_ORDER = "list_order"  # per database: "column,descending" as last chosen
TITLE_MIN_CHARS = 16  # the title column never gets narrower than this many characters
TITLE_IN_STATUS = 50  # characters of a title quoted in the status bar
WORDS_MIN_WIDTH = 50  # px: the Words column, wider when a count needs it
EMPTY_HINT = "No article passes the search and filters above. Clear them to see every article."
SEARCH_HIDES = (1, 3, 4)  # outlet, words, status: the search snippet takes their place
STATUS_ACTIONS = {
    MainAction.MARK_NEW: ArticleStatus.NEW,
    MainAction.MARK_IN_PROGRESS: ArticleStatus.IN_PROGRESS,
    MainAction.MARK_DONE: ArticleStatus.DONE,
}


def database_setting(corpus: Corpus, name: str) -> str:
    """The settings key of ``name`` for the database of ``corpus``: what belongs to one
    database (the last article and its scroll position) is kept apart per database, so
    opening another never tries an article id of the first. The key hashes the database's
    URL (without its password)."""
    digest = hashlib.sha256(corpus.database.url.encode()).hexdigest()[:16]
    return f"databases/{digest}/{name}"


class NavigationController(QObject):
    """The list of articles (filtered, sorted) and which one the reader shows.

    The list refreshes itself from the bus: new or edited articles reload it, status
    changes refresh their rows and the count. The outlets the filter offers and the
    count of articles done are read in the background (``reading`` meanwhile), at start
    and after each change that can alter them.
    """

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.setObjectName("navigation_controller")
        self.desk = desk
        corpus = desk.corpus
        self.list_model = ArticleListModel(corpus, self)
        self.view = QTableView(desk.window)
        self.view.setObjectName("article_list")
        self.view.setModel(self.list_model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl+click select several articles (to delete them at once); the current
        # row is the article shown.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(False)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._sort_by)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The Date column holds an inferred date in italics ("~2023-12-05") whole.
        italic = QFont(self.view.font())
        italic.setItalic(True)
        date_width = QFontMetrics(italic).horizontalAdvance("~0000-00-00") + 20
        for column, width in enumerate((0, 90, max(78, date_width), WORDS_MIN_WIDTH, 70)):
            if column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        self._words_width = WORDS_MIN_WIDTH
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.ask_delete)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.delete_question: QMessageBox | None = None
        # The outlets offered and the counts by status are read off the window's thread
        # (a pass over every article each): the window paints without waiting for them.
        self._reads = BackgroundReads(self)
        self._reads.setObjectName("list_reads")
        self.fit_words_column()
        self._restore_order()
        self.filter_bar = FilterBar([], desk.window)
        self.filter_bar.setObjectName("filter_bar")
        self.filter_bar.filters_changed.connect(self.apply_filters)
        self.filter_bar.set_labels(self.document_labels())
        self.show_coder()
        self.view.setItemDelegateForColumn(MATCH_COLUMN, SnippetDelegate(self.view))
        self.view.setColumnHidden(MATCH_COLUMN, True)
        self.panel = QWidget(desk.window)
        self.panel.setObjectName("list_panel")
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self.panel.setMinimumWidth(self.minimum_list_width())
        # An empty list says why, rather than looking broken.
        self._empty_hint = make_plain(QLabel(EMPTY_HINT, self.view.viewport()))
        self._empty_hint.setObjectName("empty_list_hint")
        self._empty_hint.setWordWrap(True)
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_hint.setStyleSheet("color: palette(mid); padding: 24px;")
        self._empty_hint.hide()
        self.count_label = make_plain(QLabel(desk.window))
        self.count_label.setObjectName("count_label")
        # The counts by status as last read (None until the first read is in); read again
        # on every change of articles or statuses, not when a filter changes.
        self._by_status: dict[ArticleStatus, int] | None = None
        self._first_wanted = 0  # counts the requests to open the first row
        desk.bus.changed.connect(self._on_changed)
        # Publication dates read from the texts, stored in the background (at start and
        # after articles or codebook events change) for the filter, sort and exports.
        self._inference: tuple[QThread, BackgroundPass] | None = None
        self._infer_again = False
        self._read_outlets()
        self._read_counts()

    @property
    def reading(self) -> bool:
        """True while the outlets or the counts by status are being read."""
        return self._reads.busy

    def stop_reads(self) -> None:
        """Wait for the reads under way and drop their values (the window closes)."""
        self._reads.stop()

    def handlers(self) -> dict[MainAction, Callable[[], object]]:
        """The actions this controller carries out."""
        handlers: dict[MainAction, Callable[[], object]] = {
            MainAction.NEXT_ARTICLE: lambda: self.move_article(1),
            MainAction.PREVIOUS_ARTICLE: lambda: self.move_article(-1),
            MainAction.FIND: self.focus_search,
            MainAction.PROPERTIES: self.open_properties,
            MainAction.DELETE_ARTICLE: self.ask_delete,
            MainAction.REFRESH: self.refresh,
        }
        for key, status in STATUS_ACTIONS.items():
            handlers[key] = partial(self.set_status, status)
        return handlers

    def refresh(self, why: str = "Read again") -> None:
        """View ▸ Refresh: every view reads the database again (what another process,
        such as the command line, changed meanwhile)."""
        self.desk.bus.announce(Changes.everything(why))
        self.desk.say(f"{why}: the articles, tags and codebook as stored now.", 6000)

    def document_labels(self) -> list[tuple[str, str]]:
        """The relevance values and own labels the list can filter by, as (key, text)."""
        vocabularies = self.desk.corpus.vocabularies
        return [
            (value.key, value.label)
            for vocabulary in (Vocabulary.RELEVANCE, Vocabulary.DOCUMENT_LABEL)
            for value in vocabularies.values(vocabulary, counted=False)
        ]

    def fit_words_column(self) -> None:
        """Make the Words column as wide as its widest figure ("2,873,346" whole, not
        "2,87…"), and 50 px at least (the seeds' counts), once the longest article's count
        is read off the window's thread (it is a pass over every article). A width the
        analyst dragged is kept unless the figures need more."""
        self._reads.start("most_words", self.desk.corpus.most_words, self._fit_words)

    def _fit_words(self, most_words: int) -> None:
        figure = f"{most_words:,}"
        needed = max(WORDS_MIN_WIDTH, self.view.fontMetrics().horizontalAdvance(figure) + 16)
        header = self.view.horizontalHeader()
        size = header.sectionSize(WORDS_COLUMN)
        if size < needed or (size == self._words_width and size != needed):
            header.resizeSection(WORDS_COLUMN, needed)
            self.panel.setMinimumWidth(self.minimum_list_width())
        self._words_width = needed

    def minimum_list_width(self) -> int:
        """Wide enough for a title of ``TITLE_MIN_CHARS`` characters beside the other columns."""
        metrics = self.view.fontMetrics()
        others = sum(self.view.horizontalHeader().sectionSize(c) for c in range(1, 5))
        return metrics.averageCharWidth() * TITLE_MIN_CHARS + others + 24

    # -- opening ----------------------------------------------------------------------------

    def open_article(self, article_id: ArticleId) -> bool:
        """Select ``article_id`` in the list and show it; False if it is not listed."""
        row = self.list_model.row_of(article_id)
        if row is None:
            return False
        index = self.list_model.index(row, 0)
        if self.view.currentIndex().row() == row and self.desk.current.article_id == article_id:
            return True
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def move_article(self, step: int) -> None:
        """Open the article ``step`` rows below (negative: above) the current one."""
        rows = self.list_model.rowCount()
        if rows == 0:
            return
        current = self.view.currentIndex().row()
        if current + step >= rows and self.list_model.canFetchMore():
            self.list_model.fetchMore()  # the next rows are not read yet
            rows = self.list_model.rowCount()
        target = 0 if current < 0 else max(0, min(rows - 1, current + step))
        article_id = self.list_model.article_id_at(target)
        if article_id is not None:
            self.open_article(article_id)

    def show_evidence(self, article_id: int, start: int, end: int) -> None:
        """Open an article and select the span that is the evidence."""
        if self.open_article(ArticleId(article_id)):
            reader = self.desk.current.reader
            reader.select_span(start, end)
            reader.setFocus()

    def restore_last(self) -> bool:
        """Open the article shown at the last run, else the first; True if one opened."""
        last = self.desk.settings.value(database_setting(self.desk.corpus, SETTINGS_LAST_ARTICLE))
        try:
            if last is not None and self.open_article(ArticleId(int(str(last)))):
                return True
        except ValueError:
            pass
        if self.list_model.rowCount():
            self.move_article(0)
        return False

    # -- finding ----------------------------------------------------------------------------

    def show_coder(self) -> None:
        """Let "My queue" list the articles assigned to the coder working now."""
        self.filter_bar.set_coder(self.desk.corpus.team.current_coder())

    def apply_filters(self, filters: ArticleFilters) -> None:
        """Show the articles passing ``filters``; keep the shown one selected if listed.

        Otherwise the first row opens in the next turn of the event loop: the list (a
        search's hits) is drawn first, without waiting for an article to be laid out, and
        a newer filter (the next pause in typing) cancels the opening."""
        current = self.desk.current.article_id
        # At the top already, the reset leaves the scroll bar's value alone; scrolled down,
        # the value falls to a maximum of 0 during it, which Qt takes for "scrolled to the
        # end" and fetches a second page of hits before the first is painted.
        self.view.scrollToTop()
        self.desk.current.set_search(filters.query)
        self.list_model.set_filters(filters)
        self._show_order()
        self._show_match_column(bool(filters.query))
        self._update_count()
        self._first_wanted += 1
        if current is not None and self.open_article(current):
            return
        if self.list_model.rowCount():
            wanted = self._first_wanted
            QTimer.singleShot(0, self, lambda: self._open_first(wanted))

    def _show_match_column(self, searching: bool) -> None:
        """While searching, the list shows title, date and the snippet around the match
        (which takes the spare width; outlet, words and status step aside); otherwise
        every column again, the title taking the spare width."""
        header = self.view.horizontalHeader()
        if searching == (not self.view.isColumnHidden(MATCH_COLUMN)):
            return
        for column in SEARCH_HIDES:
            self.view.setColumnHidden(column, searching)
        self.view.setColumnHidden(MATCH_COLUMN, not searching)
        if searching:
            title = max(
                self.view.fontMetrics().averageCharWidth() * TITLE_MIN_CHARS,
                self.view.viewport().width() * 3 // 10,
            )
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, title)
            header.setSectionResizeMode(MATCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(MATCH_COLUMN, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _open_first(self, wanted: int) -> None:
        if wanted != self._first_wanted:
            return  # the filters changed again since
        current = self.desk.current.article_id
        if current is None or self.list_model.row_of(current) is None:
            self.move_article(0)

    def focus_search(self) -> None:
        """Put the keyboard in the search field (Ctrl+F)."""
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    # -- changing ---------------------------------------------------------------------------

    def set_status(self, status: ArticleStatus) -> None:
        """Set the shown article's status (one undoable operation)."""
        article_id = self.desk.current.article_id
        if article_id is None:
            return
        shown = self.desk.current.article
        title = shown.title if shown is not None else f"article {article_id}"
        title = title if len(title) <= TITLE_IN_STATUS else title[: TITLE_IN_STATUS - 1] + "…"
        before = self.desk.undo_mark()
        if self.desk.bus.run(lambda: self.desk.corpus.set_status(article_id, status)):
            # Says which article: a status key pressed by mistake is seen, and undone.
            self.desk.say(
                f"“{title}” marked {status.value.replace('-', ' ')}{self.desk.undo_hint(before)}",
                8000,
            )

    def open_properties(self) -> PropertiesDialog | None:
        """Article ▸ Properties…: edit title, outlet, byline and date."""
        shown = self.desk.current.article
        article = None if shown is None else self.desk.corpus.article(shown.id)  # as stored now
        if article is None:
            return None
        dialog = PropertiesDialog(self.desk.corpus, self.desk.bus, article, self.desk.window)
        dialog.setObjectName("properties_dialog")
        dialog.open()
        return dialog

    def selected_article_ids(self) -> list[ArticleId]:
        """The articles selected in the list, top to bottom; the shown one when none is."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        ids = [self.list_model.article_id_at(row) for row in rows]
        chosen = [article_id for article_id in ids if article_id is not None]
        shown = self.desk.current.article_id
        return chosen or ([shown] if shown is not None else [])

    def ask_delete(self) -> QMessageBox | None:
        """Article ▸ Delete article… (Delete in the list, its context menu): ask, saying
        how many tags (whose, how many curated) and entity marks go with the selected
        articles, then delete them in one undoable operation. Cancel is the default."""
        if not self.desk.actions[MainAction.DELETE_ARTICLE].isEnabled():
            return None  # a database open read-only: the Delete key does nothing either
        ids = self.selected_article_ids()
        preview = self.desk.corpus.deletion_preview(ids) if ids else None
        if preview is None or not preview.articles:
            return None
        count = len(preview.articles)
        titles = "\n".join(f"• {title}" for _, title in preview.articles[:8])
        if count > 8:
            titles += f"\n… and {count - 8} more"
        noun = "this article" if count == 1 else f"these {count} articles"
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Delete article" if count == 1 else "Delete articles",
            f"Delete {noun}?\n\n{titles}",
            QMessageBox.StandardButton.Cancel,
            self.desk.window,
        )
        box.setObjectName("delete_articles_question")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(plain(_deletion_consequences(preview)))
        delete = box.addButton(
            "Delete" if count == 1 else f"Delete {count} articles",
            QMessageBox.ButtonRole.DestructiveRole,
        )
        delete.setObjectName("confirm_delete")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        chosen = [article_id for article_id, _ in preview.articles]
        delete.clicked.connect(lambda: self.delete_articles(chosen))
        box.open()
        self.delete_question = box
        return box

    def delete_articles(self, article_ids: list[ArticleId]) -> bool:
        """Delete ``article_ids`` (one undoable operation); the article that took the
        first one's place in the list opens. False when it was refused (said on the bus)."""
        first_row = min(
            (row for row in map(self.list_model.row_of, article_ids) if row is not None),
            default=0,
        )
        changes = self.desk.bus.run(lambda: self.desk.corpus.delete_articles(article_ids))
        if changes is None:
            return False
        rows = self.list_model.rowCount()
        if rows:
            following = self.list_model.article_id_at(min(first_row, rows - 1))
            if following is not None:
                self.open_article(following)
        self.desk.say(
            f"{changes.description[:1].upper()}{changes.description[1:]}: Ctrl+Z brings it back.",
            8000,
        )
        return True

    def _context_menu(self, position: QPoint) -> QMenu | None:
        """The list's context menu: what the Article menu does to the rows chosen (a row
        right-clicked outside the selection is chosen alone, and opened)."""
        index = self.view.indexAt(position)
        if not index.isValid():
            return None
        if not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            article_id = self.list_model.article_id_at(index.row())
            if article_id is not None:
                self.open_article(article_id)
        menu = QMenu(self.view)
        menu.setObjectName("article_list_menu")
        actions = self.desk.actions
        for key in ARTICLE_ACTIONS:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[key])
        menu.popup(self.view.viewport().mapToGlobal(position))
        return menu

    # -- internals --------------------------------------------------------------------------

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = self.list_model.article_id_at(current.row())
        if article_id is not None and self.desk.current.show(article_id):
            key = database_setting(self.desk.corpus, SETTINGS_LAST_ARTICLE)
            self.desk.settings.setValue(key, int(article_id))

    def _sort_by(self, column: int) -> None:
        if column >= MATCH_COLUMN:  # the search's Match column sorts nothing
            self._show_order()
            return
        header = self.view.horizontalHeader()
        order = header.sortIndicatorOrder()  # Qt turned the arrow before this
        current = self.desk.current.article_id
        self.list_model.sort(column, order)
        key = database_setting(self.desk.corpus, SETTINGS_LIST_ORDER)
        self.desk.settings.setValue(key, f"{column},{int(order == Qt.SortOrder.DescendingOrder)}")
        self._show_order()
        if self.list_model.filters.query and column < MATCH_COLUMN:
            name = str(self.list_model.headerData(column, Qt.Orientation.Horizontal))
            self.desk.say(
                f"Search hits stay in order of relevance; the list is sorted by {name} "
                "once the search is cleared.",
                6000,
            )
        if current is not None:
            self.open_article(current)

    def _show_order(self) -> None:
        """The header's arrow shows the order the rows are in: none in import order or
        while searching (hits in order of relevance)."""
        shown = self.list_model.shown_order()
        header = self.view.horizontalHeader()
        if shown is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(*shown)

    def _restore_order(self) -> None:
        """Sort the list as it was sorted at the last run on this database."""
        saved = self.desk.settings.value(database_setting(self.desk.corpus, SETTINGS_LIST_ORDER))
        try:
            column, descending = (int(part) for part in str(saved).split(","))
        except ValueError:
            column, descending = -1, 0
        if 0 <= column < MATCH_COLUMN:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.list_model.sort(column, order)
        self._show_order()

    def _on_changed(self, changes: Changes) -> None:
        if changes.vocabularies:  # a label renamed, added or removed: the filter offers it
            self.filter_bar.set_labels(self.document_labels())
        if changes.articles or (changes.labels and self.list_model.filters.label):
            current = self.desk.current.article_id
            self.list_model.reload()
            self._read_outlets()
            if current is None or not self.open_article(current):
                self.move_article(0)
        elif changes.statuses or changes.tags:
            ids = [ArticleId(i) for i in changes.article_ids]
            if ids and all(self.list_model.row_of(i) is not None for i in ids):
                self.list_model.refresh_rows(ids)  # reads the list again if one is gone
            else:  # every article, or one not listed yet (added by another coder)
                self.list_model.reload()
            current = self.desk.current.article_id
            if current is None or self.list_model.row_of(current) is None:
                self.move_article(0)  # the article shown was deleted elsewhere
        if changes.articles:
            self.fit_words_column()
            self.panel.setMinimumWidth(self.minimum_list_width())
        if changes.articles or changes.statuses:
            self._read_counts()
        if changes.articles or changes.codebook:
            self.start_publication_inference()

    def start_publication_inference(self) -> bool:
        """Read and store, in a thread, the publication dates that undated articles'
        texts give away (those not read yet, or read before the codebook's event dates
        changed); the list shows them when done. False when the database is read-only or
        a pass runs already (it runs once more after)."""
        if self.desk.corpus.read_only:
            return False
        if self._inference is not None:
            self._infer_again = True
            return False
        thread, worker = start_publication_inference(self.desk.corpus, self)
        worker.finished.connect(self._inference_done)
        self._inference = (thread, worker)
        return True

    def stop_publication_inference(self) -> None:
        """Stop the pass (what is stored stays; the rest is read at the next start)."""
        if self._inference is not None:
            thread, worker = self._inference
            worker.cancel()
            thread.quit()
            thread.wait(10_000)
            self._inference = None

    def _inference_done(self, changed: list[ArticleId] | None) -> None:
        if self._inference is not None:
            self._inference[0].quit()
            self._inference[0].wait(5000)
        self._inference = None
        if changed:
            current = self.desk.current.article_id
            if self.list_model.inferred_dates_stored() and current is not None:
                self.open_article(current)
            self._update_count()
        if self._infer_again:
            self._infer_again = False
            self.start_publication_inference()

    def _read_outlets(self) -> None:
        self._reads.start("outlets", self.desk.corpus.outlets, self.filter_bar.set_outlets)

    def _read_counts(self) -> None:
        """Read the counts by status in the background; the label shows the last ones
        read until these are in."""
        self._reads.start("counts", self.desk.corpus.count_by_status, self._take_counts)

    def _take_counts(self, by_status: dict[ArticleStatus, int]) -> None:
        self._by_status = by_status
        self._update_count()

    def _update_count(self) -> None:
        filtered = self.list_model.filters.active
        parts = []
        if filtered:
            parts.append(f"{self.list_model.total_rows():,} shown")
        if self._by_status is not None:  # a filter changes what is shown, not these counts
            total = sum(self._by_status.values())
            done = self._by_status[ArticleStatus.DONE]
            parts.append(f"{done} of {total} article{'s' if total != 1 else ''} done")
        self.count_label.setText(" · ".join(parts))
        empty = filtered and self.list_model.rowCount() == 0
        if empty:
            self._empty_hint.setGeometry(0, 0, self.view.viewport().width(), 120)
        self._empty_hint.setVisible(empty)

    def update_count(self) -> None:
        """Show the count of articles done (as far as it has been read)."""
        self._update_count()


def _deletion_consequences(preview: DeletionPreview) -> str:
    """The confirmation's second paragraph: what goes along, and how to get it back."""
    one = len(preview.articles) == 1
    if preview.loses_work:
        lead = f"{'Its' if one else 'Their'} {preview.work()} go with {'it' if one else 'them'}."
    else:
        lead = f"Nobody has tagged or marked anything in {'it' if one else 'them'} yet."
    return f"{lead} Edit ▸ Undo (Ctrl+Z) brings everything back."
