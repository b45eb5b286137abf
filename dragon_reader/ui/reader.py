"""The article reader: shows stored text exactly, with highlights at stored offsets.

The whole stored text goes into the document as plain text, so a document position is
the stored offset corrected only for UTF-16 surrogate pairs (``domain.spans.OffsetMap``).
Nothing is fetched or executed: resources are refused and links open only on a click,
only for http(s) and mailto, in the system's programs (``ui.plain_text.SafeTextBrowser``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from dragon_reader.domain.articles import ArticleView
from dragon_reader.domain.spans import OffsetMap, Span
from dragon_reader.ui.plain_text import SafeTextBrowser, plain

PARAGRAPH_GAP_PX = 6.0


@dataclass(frozen=True, slots=True)
class Highlight:
    """A coloured span of the stored text, with a tooltip."""

    start: int
    end: int
    background: QColor
    tooltip: str = ""
    underline: QColor | None = None
    bold: bool = False
    wavy: bool = False
    foreground: QColor | None = None
    italic: bool = False
    size_scale: float = 1.0
    monospace: bool = False


class ArticleReader(SafeTextBrowser):
    """Read-only view of one article.

    Signals:
        selection_changed_span(int, int): the selection as stored offsets (start, end);
            (-1, -1) when nothing is selected.
        span_clicked(int, QPoint): the stored offset under a plain left click, and where
            (viewport coordinates).
    """

    selection_changed_span = Signal(int, int)
    span_clicked = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # loads no resource, follows no link by itself
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(18)
        self.selectionChanged.connect(self._emit_selection)
        self._article: ArticleView | None = None
        self._map = OffsetMap("")

    # -- content ------------------------------------------------------------------------

    @property
    def article(self) -> ArticleView | None:
        """The article shown, if any."""
        return self._article

    @property
    def offset_map(self) -> OffsetMap:
        """The map between stored offsets and document positions for the shown text."""
        return self._map

    def show_article(
        self, article: ArticleView | None, highlights: Sequence[Highlight] = ()
    ) -> None:
        """Show ``article``'s stored text with ``highlights``; ``None`` clears the view."""
        self._article = article
        text = article.text if article is not None else ""
        self._map = OffsetMap(text)
        document = self.document()
        document.setUndoRedoEnabled(False)
        self.setPlainText(text)
        self._format_paragraphs(document)
        self.apply_highlights(highlights)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def apply_highlights(self, highlights: Sequence[Highlight]) -> None:
        """Clear character formats and draw ``highlights``, all in one edit block."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        for highlight in highlights:
            fmt = QTextCharFormat()
            if highlight.background.alpha():
                fmt.setBackground(highlight.background)
            if highlight.tooltip:
                fmt.setToolTip(plain(highlight.tooltip))
            if highlight.underline is not None:
                fmt.setUnderlineStyle(
                    QTextCharFormat.UnderlineStyle.WaveUnderline
                    if highlight.wavy
                    else QTextCharFormat.UnderlineStyle.SingleUnderline
                )
                fmt.setUnderlineColor(highlight.underline)
            if highlight.bold:
                fmt.setFontWeight(700)
            if highlight.foreground is not None:
                fmt.setForeground(highlight.foreground)
            if highlight.italic:
                fmt.setFontItalic(True)
            if highlight.size_scale != 1.0:
                fmt.setFontPointSize(self.font().pointSizeF() * highlight.size_scale)
            if highlight.monospace:
                fmt.setFontFamilies(["monospace"])
            self._select(cursor, highlight.start, highlight.end)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    # -- spans ----------------------------------------------------------------------------

    def selected_span(self) -> Span | None:
        """Return the selection as stored offsets, or ``None`` when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_offset(cursor.selectionStart())
        end = self._map.to_offset(cursor.selectionEnd())
        return Span(start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        """Select stored offsets ``[start, end)`` and scroll them into view."""
        cursor = QTextCursor(self.document())
        self._select(cursor, start, end)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _select(self, cursor: QTextCursor, start: int, end: int) -> None:
        cursor.setPosition(self._map.to_position(start))
        cursor.setPosition(self._map.to_position(end), QTextCursor.MoveMode.KeepAnchor)

    # -- internals -------------------------------------------------------------------------

    def _format_paragraphs(self, document: QTextDocument) -> None:
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(PARAGRAPH_GAP_PX)
        block_format.setLineHeight(125.0, 1)  # 1 = ProportionalHeight
        cursor.mergeBlockFormat(block_format)
        cursor.endEditBlock()

    def _emit_selection(self) -> None:
        span = self.selected_span()
        if span is None:
            self.selection_changed_span.emit(-1, -1)
        else:
            self.selection_changed_span.emit(span.start, span.end)

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            point = event.position().toPoint()
            position = self.cursorForPosition(point).position()
            self.span_clicked.emit(self._map.to_offset(position), point)
