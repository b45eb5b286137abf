"""Search and filters above the article list; the database does the work."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.articles import ArticleFilters, ArticleStatus, parse_published_range
from dragon_reader.services.corpus import SNIPPET_MARKS
from dragon_reader.ui.plain_text import escape, plain

DEBOUNCE_MS = 150
SNIPPET_LEAD_CHARS = 12  # of a snippet's text before its first match, at most
COMBO_MIN_CHARS = 4  # a filter list narrower than its values elides the chosen one
PUBLISHED_HELP = (
    "Publication date: 2023, 2023-05 or 2023-05-10,\n"
    "or a range such as 2023-05/2023-11 (2023-06/ means from June 2023 on).\n"
    "A date read from the text (~ in the list) counts like a confirmed one;\n"
    "articles without any date are left out while a date is set."
)


class FilterBar(QWidget):
    """Full-text search plus status, outlet, tags, document label, entity and
    publication-date filters.

    A publication date that cannot be read is shown in red with the reason as its tooltip,
    and the list is not filtered by date until it can be.

    Signals:
        filters_changed(object): the new ``ArticleFilters``.
    """

    filters_changed = Signal(object)

    def __init__(self, outlets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search articles (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        self.status.addItem("Any status", None)
        for status in ArticleStatus:
            self.status.addItem(status.value.replace("-", " "), status)
        self.outlet = QComboBox(self)
        self.set_outlets(outlets)
        self.tags = QComboBox(self)
        self.tags.addItem("Any tags", None)  # short: fits the list at 1280×800
        self.tags.addItem("Has tags", True)
        self.tags.addItem("No tags", False)
        self.my_queue = QCheckBox("My queue", self)
        self.my_queue.setObjectName("my_queue")
        self.my_queue.setToolTip("Only the articles assigned to me")
        self._coder: str | None = None
        self.label = QComboBox(self)
        self.label.setObjectName("label_filter")
        self.set_labels([])
        self.entity = QLineEdit(self)
        self.entity.setPlaceholderText("Mentions… (e.g. Wang Yi)")
        self.entity.setClearButtonEnabled(True)
        self.published = QLineEdit(self)
        self.published.setObjectName("published")
        self.published.setPlaceholderText("Published… (2023, 2023-05/2023-11)")
        self.published.setToolTip(PUBLISHED_HELP)
        self.published.setClearButtonEnabled(True)
        entity_row = QHBoxLayout()
        entity_row.setContentsMargins(0, 0, 0, 0)
        entity_row.addWidget(self.entity, 3)
        entity_row.addWidget(self.published, 2)
        entity_row.addWidget(self.my_queue)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for combo in (self.status, self.outlet, self.tags, self.label):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addLayout(row)
        layout.addLayout(entity_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.entity.textChanged.connect(lambda _t: self._timer.start())
        self.published.textChanged.connect(lambda _t: self._timer.start())
        self.my_queue.toggled.connect(lambda _on: self._emit())
        for combo in (self.status, self.outlet, self.tags, self.label):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
            # Narrow lists elide the chosen value; the open list shows every value whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_MIN_CHARS)

    def set_outlets(self, outlets: list[str]) -> None:
        """Offer these outlets (keeping the choice when it is still there)."""
        current = self.outlet.currentData()
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem("Any outlet", None)
        for outlet in outlets:
            self.outlet.addItem(outlet, outlet)
        index = self.outlet.findData(current)
        self.outlet.setCurrentIndex(max(0, index))
        self.outlet.blockSignals(False)

    def set_coder(self, name: str) -> None:
        """Whose queue "My queue" shows."""
        self._coder = name
        if self.my_queue.isChecked():
            self._emit()

    def set_labels(self, labels: list[tuple[str, str]]) -> None:
        """Offer these document labels as ``(key, text)`` (keeping the choice when it is
        still there)."""
        current = self.label.currentData()
        self.label.blockSignals(True)
        self.label.clear()
        self.label.addItem("Any label", "")
        for key, text in labels:
            self.label.addItem(text, key)
        index = self.label.findData(current)
        self.label.setCurrentIndex(max(0, index))
        self.label.blockSignals(False)

    def filters(self) -> ArticleFilters:
        """The filters as set now (a publication date that cannot be read: none)."""
        try:
            published_from, published_to = parse_published_range(self.published.text())
            problem = ""
        except ValueError as error:
            published_from = published_to = None
            problem = str(error)
        self._show_date_problem(problem)
        return ArticleFilters(
            query=self.search.text().strip(),
            status=_status(self.status.currentData()),
            outlet=self.outlet.currentData(),
            has_tags=self.tags.currentData(),
            entity=self.entity.text().strip(),
            published_from=published_from,
            published_to=published_to,
            queue=self._coder if self.my_queue.isChecked() else None,
            label=self.label.currentData() or "",
        )

    def _show_date_problem(self, problem: str) -> None:
        self.published.setStyleSheet("QLineEdit { color: #c62828; }" if problem else "")
        self.published.setToolTip(
            plain(f"{problem}\n\n{PUBLISHED_HELP}" if problem else PUBLISHED_HELP)
        )

    def flush(self) -> None:
        """Apply pending typing at once (tests, Enter)."""
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        self.filters_changed.emit(self.filters())


def _status(data: object) -> ArticleStatus | None:
    """The status a list item holds (Qt hands an enum of strings back as its value)."""
    return None if data is None else ArticleStatus(str(data))


class SnippetDelegate(QStyledItemDelegate):
    """Draws a search snippet with the matched words in bold."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        no_wrap = document.defaultTextOption()
        no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(no_wrap)
        lead = QFontMetrics(options.font).averageCharWidth() * SNIPPET_LEAD_CHARS
        document.setHtml(snippet_html(snippet_near_match(text, options.font, lead)))
        rect = options.rect
        painter.save()
        painter.translate(rect.left(), rect.top() + (rect.height() - document.size().height()) / 2)
        document.drawContents(painter, QRectF(0, 0, rect.width(), document.size().height()))
        painter.restore()


def snippet_near_match(snippet: str, font: QFont, lead: int) -> str:
    """The snippet cut on the left so that at most ``lead`` pixels of text come before its
    first matched word (an ellipsis in place of the cut): the match is always in sight."""
    first = snippet.find(SNIPPET_MARKS[0])
    if first <= 0:
        return snippet
    before = snippet[:first]
    shown = QFontMetrics(font).elidedText(before, Qt.TextElideMode.ElideLeft, lead)
    return shown + snippet[first:]


def snippet_html(snippet: str) -> str:
    """Escape a snippet and turn its hit marks into bold."""
    start, end = SNIPPET_MARKS
    escaped = escape(snippet.replace("\n", " "))
    return escaped.replace(start, "<b>").replace(end, "</b>")
