"""The article list: a table model holding ids, fetching rows lazily, sorting in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from dragon_reader.domain.articles import ArticleFilters, ArticleId, ArticleSummary
from dragon_reader.services.corpus import SNIPPET_MARKS, Corpus, SortKey
from dragon_reader.services.dates import Publication
from dragon_reader.ui.plain_text import plain

COLUMNS: list[tuple[str, SortKey]] = [
    ("Title", "title"),
    ("Outlet", "outlet"),
    ("Date", "published"),
    ("Words", "words"),
    ("Status", "status"),
]
WORDS_COLUMN = [key for _, key in COLUMNS].index("words")
MATCH_COLUMN = len(COLUMNS)  # the search snippet, shown while searching
FETCH_PAGE = 200
INFER_PAGE = 40  # articles whose publication date is inferred at a time, as they are shown
# How an inferred (not confirmed) publication date is marked in the Date column.
INFERRED_MARK = "~"
SEARCH_PAGE = 50  # search hits fetched at a time, more as the list is scrolled
# Article ids read at first (the window paints as soon as these are in); the rest once the
# list is scrolled to its end, sorted, or asked for a row beyond them.
ID_PAGE = 1_000

_Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """Rows are article ids; a row's summary is fetched in pages when first shown.

    Sorting asks the database for a new id order, so it costs the same at 10 or 10,000
    articles. The first ``ID_PAGE`` ids are read at once and the rest when the view scrolls
    to the end (``fetchMore``) or a row beyond them is asked for (``row_of``). While
    searching, the hits come ranked a page of ``SEARCH_PAGE`` at a time with their snippets
    (one query per page, the first also counting every hit), more as the view scrolls.
    ``ArticleIdRole`` on any cell returns the row's article id.
    """

    ArticleIdRole = Qt.ItemDataRole.UserRole + 1
    # On the Date cell: "confirmed" (stored), "inferred" (read from the text) or None.
    PublishedSourceRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, corpus: Corpus, parent: Any = None) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self._ids: list[ArticleId] = []
        self._cache: dict[ArticleId, ArticleSummary] = {}
        self._inferred: dict[ArticleId, Publication] = {}
        self._sort: SortKey = "id"
        self._descending = False
        self._filters = ArticleFilters()
        self._snippets: dict[ArticleId, str] = {}
        self._rows: dict[ArticleId, int] | None = None
        self._more = False  # more ids (or search hits) to fetch
        self._total: int | None = None  # every search hit, counted with the first page
        self.reload()

    @property
    def filters(self) -> ArticleFilters:
        """The filters applied."""
        return self._filters

    def set_filters(self, filters: ArticleFilters) -> None:
        """Show only articles passing ``filters`` (searching orders by relevance)."""
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        """Re-read the id order from the database and drop cached rows (a read that
        fails leaves the list empty, its reset finished, and raises)."""
        self.beginResetModel()
        self._cache.clear()
        self._inferred.clear()
        self._rows = None
        self._ids, self._snippets, self._more, self._total = [], {}, False, None
        try:
            if self._filters.query:
                page = self._corpus.search_page(self._filters, 0, SEARCH_PAGE, count=True)
                self._ids = [article_id for article_id, _ in page.hits]
                self._snippets = dict(page.hits)
                self._more = len(page.hits) == SEARCH_PAGE
                self._total = page.total
            else:
                self._ids = self._corpus.article_ids(
                    self._sort, self._descending, self._filters, limit=ID_PAGE
                )
                self._more = len(self._ids) == ID_PAGE
        finally:
            self.endResetModel()

    def inferred_dates_stored(self) -> bool:
        """Publication dates read from the texts were stored: a list sorted or filtered by
        date reads its rows again (True: the caller reopens the current article), any
        other shows the Date column again."""
        if self._sort == "published" or self._filters.published_from or self._filters.published_to:
            self.reload()
            return True
        self._inferred.clear()
        if self._ids:
            column = [key for _, key in COLUMNS].index("published")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))
        return False

    def total_rows(self) -> int:
        """How many rows the filters give (search hits not fetched yet included)."""
        if not self._more:
            return len(self._ids)
        if self._total is None:
            self._total = self._corpus.count_articles(self._filters)
        return max(self._total, len(self._ids))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return self._more and not parent.isValid()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if not self._filters.query:
            self._fetch_rest()
            return
        page = self._corpus.search_page(self._filters, len(self._ids), SEARCH_PAGE).hits
        known = set(self._snippets)
        page = [(article_id, snippet) for article_id, snippet in page if article_id not in known]
        self._more = len(page) == SEARCH_PAGE
        if not page:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._ids.extend(article_id for article_id, _ in page)
        self._snippets.update(page)
        self._rows = None
        self.endInsertRows()

    def _fetch_rest(self) -> None:
        """Read the ids after those in hand (the list is not searched)."""
        rest = self._corpus.article_ids(
            self._sort, self._descending, self._filters, offset=len(self._ids)
        )
        self._more = False
        known = set(self._ids)
        rest = [article_id for article_id in rest if article_id not in known]
        if not rest:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(rest) - 1)
        self._ids.extend(rest)
        self._rows = None
        self.endInsertRows()

    def refresh_rows(self, ids: list[ArticleId]) -> None:
        """Re-fetch the rows of ``ids`` (after their status or metadata changed): those
        already fetched are read again at once, alone, not with a page around them. When
        one of them is gone (another coder deleted it) the list reads its ids again."""
        fetched = [article_id for article_id in ids if article_id in self._cache]
        for article_id in ids:
            self._cache.pop(article_id, None)
            self._inferred.pop(article_id, None)
        rows = self._corpus.summaries(ids)
        if len(rows) < len(set(ids)):
            self.reload()
            return
        self._cache.update({article_id: rows[article_id] for article_id in fetched})
        for article_id in ids:
            row = self.row_of(article_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def article_id_at(self, row: int) -> ArticleId | None:
        """Return the article id shown in ``row``."""
        if 0 <= row < len(self._ids):
            return self._ids[row]
        return None

    def row_of(self, article_id: ArticleId) -> int | None:
        """Return the row showing ``article_id``, or ``None`` (the ids not read yet are
        read to find it; search hits are not fetched for it)."""
        if self._rows is None:
            self._rows = {value: row for row, value in enumerate(self._ids)}
        row = self._rows.get(article_id)
        if row is None and self._more and not self._filters.query:
            self._fetch_rest()
            return self.row_of(article_id)
        return row

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0] if section < len(COLUMNS) else "Match"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article_id = self._ids[index.row()]
        if role == self.ArticleIdRole:
            return article_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            self.PublishedSourceRole,
        ):
            return None
        if index.column() == MATCH_COLUMN:
            # The snippet is text alone: no font, colour or alignment (Qt read it as a
            # font's description and logged a warning quoting the article).
            snippet = self._snippets.get(article_id, "")
            if role == Qt.ItemDataRole.DisplayRole:
                return snippet
            if role == Qt.ItemDataRole.ToolTipRole and snippet:
                start, end = SNIPPET_MARKS
                return plain(" ".join(snippet.replace(start, "").replace(end, "").split()))
            return None
        column = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "words":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        if column == "published":
            return self._published_data(index.row(), summary, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(summary.title) if column == "title" else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _display(summary, column)

    def _published_data(self, row: int, summary: ArticleSummary, role: int) -> Any:
        """The Date cell: a stored date as it is; a date read from the text marked
        ``~`` in italics and the disabled text colour, its tooltip giving the evidence."""
        if summary.published is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return summary.published.isoformat()
            if role == Qt.ItemDataRole.ToolTipRole:
                return "Publication date, confirmed"
            return "confirmed" if role == self.PublishedSourceRole else None
        found = self._inferred_publication(row, summary.id)
        if found is None or found.published is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return "No publication date: the text gives none (Article ▸ Properties)"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{INFERRED_MARK}{found.value}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(
                f"Inferred from the text ({found.certainty}), not confirmed: "
                f"{found.evidence}. Confirm it in Article ▸ Properties."
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(
                QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
        return "inferred" if role == self.PublishedSourceRole else None

    def _inferred_publication(self, row: int, article_id: ArticleId) -> Publication | None:
        """The inferred date of the article in ``row``, read with those of the next
        undated rows (``INFER_PAGE`` at a time, only once they are shown)."""
        if article_id not in self._inferred:
            page = [
                other
                for other in self._ids[row : row + INFER_PAGE]
                if other not in self._inferred
                and (other not in self._cache or self._cache[other].published is None)
            ]
            self._inferred.update(self._corpus.inferred_publications(page))
        return self._inferred.get(article_id)

    def shown_order(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and direction the rows are in as shown, or None when they are in
        import order (no column chosen) or a search's order of relevance."""
        if self._filters.query or self._sort == "id":
            return None
        column = [key for _, key in COLUMNS].index(self._sort)
        descending = Qt.SortOrder.DescendingOrder
        return column, descending if self._descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= len(COLUMNS):
            return
        self._sort = COLUMNS[column][1]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._filters.query:
            return  # search hits stay in order of relevance
        self.layoutAboutToBeChanged.emit()
        # As many rows as shown (the first page again while the rest is not read).
        self._ids = self._corpus.article_ids(
            self._sort,
            self._descending,
            self._filters,
            limit=len(self._ids) if self._more else None,
        )
        self._rows = None
        self.layoutChanged.emit()

    def _summary(self, row: int) -> ArticleSummary | None:
        article_id = self._ids[row]
        cached = self._cache.get(article_id)
        if cached is None:
            page = self._ids[row : row + FETCH_PAGE]
            self._cache.update(self._corpus.summaries(page))
            cached = self._cache.get(article_id)
        return cached


def _display(summary: ArticleSummary, column: SortKey) -> str:
    if column == "title":
        return summary.title
    if column == "outlet":
        return summary.outlet or ""
    if column == "published":
        return summary.published.isoformat() if summary.published else ""
    if column == "words":
        return f"{summary.word_count:,}"
    if column == "status":
        return summary.status.value.replace("-", " ")
    return ""
