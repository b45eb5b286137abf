"""The article reader: shows stored text exactly, with highlights at stored offsets.

The whole stored text goes into the document as plain text, so a document position is
the stored offset corrected only for UTF-16 surrogate pairs (``domain.spans.OffsetMap``).
A text of up to ``EAGER_CHARACTERS`` gets all its highlights when shown; a longer one
gets them for what is on screen plus ``MARGIN_CHARACTERS`` either side, piece by piece
(``CHUNK_CHARACTERS``) as it scrolls, so that opening and scrolling cost what is seen,
not the article's length. Tag underlines are likewise worked out only where painted.
Nothing is fetched or executed: resources are refused and links open only on a click,
only for http(s) and mailto, in the system's programs (``ui.plain_text.SafeTextBrowser``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QToolTip, QWidget

from dragon_reader.domain.articles import ArticleView
from dragon_reader.domain.spans import OffsetMap, Span, SpanIndex
from dragon_reader.ui.plain_text import SafeTextBrowser, plain

PARAGRAPH_GAP_PX = 6.0
# Texts up to this many characters (about 16,000 words; news articles are far shorter)
# are formatted whole when shown; longer ones only around what is on screen.
EAGER_CHARACTERS = 100_000
CHUNK_CHARACTERS = 4_096  # a long text is formatted in pieces of this many characters
MARGIN_CHARACTERS = 8_192  # formatted beyond the screen's first and last characters
MARGIN_DELAY_MS = 200  # ... once scrolling has paused this long
# A long text's highlights that change the font (layout, search) are formatted all at once
# when there are at most this many (a 12 MB article's 2,334 dimmed lines: 14 ms at open).
FONT_HIGHLIGHTS_AT_ONCE = 20_000


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


@dataclass(frozen=True, slots=True)
class Underline:
    """A line drawn under a span (a tag), ``level`` steps below the text's own underline
    position, so that overlapping spans each show their line."""

    start: int
    end: int
    color: QColor
    wavy: bool = False
    level: int = 0


UNDERLINE_STEP_PX = 3


class HighlightSource(Protocol):
    """Where the reader gets the highlights of a stretch of the text it is about to show."""

    def highlights_between(self, start: int, end: int) -> Sequence[Highlight]:
        """The highlights sharing a character with stored offsets ``[start, end)``, in
        drawing order (a later one's colours and font win where they overlap)."""
        ...

    def font_highlights(self, limit: int) -> Sequence[Highlight] | None:
        """Every highlight that is not ``painted`` (it changes the font or the text's
        colour), in drawing order, or ``None`` when there are more than ``limit``."""
        ...


class HighlightList:
    """A ``HighlightSource`` over highlights made beforehand, in the order given."""

    def __init__(self, highlights: Sequence[Highlight]) -> None:
        self._highlights = highlights
        self._index = SpanIndex(
            highlights, [h.start for h in highlights], [h.end for h in highlights]
        )

    def highlights_between(self, start: int, end: int) -> Sequence[Highlight]:
        """The highlights sharing a character with ``[start, end)``, in the given order."""
        return self._index.overlapping(start, end)

    def font_highlights(self, limit: int) -> Sequence[Highlight] | None:
        """The highlights that change the font or the text's colour (``None``: too many)."""
        fonts = [h for h in self._highlights if not painted(h)]
        return fonts if len(fonts) <= limit else None


class ArticleReader(SafeTextBrowser):
    """Read-only view of one article, with a caret: a click places it (on a highlight
    too), Shift+arrows and Ctrl+Shift+arrows extend a selection from it, a drag selects
    whole words (Alt+drag: characters)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # loads no resource, follows no link by itself
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(18)
        self._article: ArticleView | None = None
        self._map = OffsetMap("")
        self._underlines: list[Underline] = []
        # The underlines' strokes in document coordinates, made again only when the
        # underlines, the text's layout or the width change (not at every paint).
        self._strokes: list[tuple[QColor, float, float, QPainterPath]] = []
        self._strokes_key: tuple[Any, ...] = ()
        self._underlines_version = 0  # counts the sets of underlines shown
        # Highlights: where they come from, and which pieces of a long text have them.
        self._source: HighlightSource = HighlightList(())
        self._formatted: set[int] = set()  # chunk numbers formatted from ``_source``
        self._carrying: set[int] = set()  # chunk numbers with character formats in them
        self._fonts: list[Highlight] = []  # a long text's font highlights formatted whole
        self._fonts_whole = False  # ... and whether they are all of them
        self._formatting = False
        # The margin is formatted once scrolling pauses (see ``_format_visible``).
        self._margin_timer = QTimer(self)
        self._margin_timer.setSingleShot(True)
        self._margin_timer.setInterval(MARGIN_DELAY_MS)
        self._margin_timer.timeout.connect(self._format_margin)
        self._formats_version = 0  # counts formatting passes (they may move lines)
        self._visible: tuple[int, int] = (0, 0)
        self._boxes: list[tuple[QColor, QRectF]] = []
        self._boxes_key: tuple[Any, ...] = ()
        self._visible_key: tuple[Any, ...] = ()
        self.verticalScrollBar().valueChanged.connect(self._format_visible)

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
        self,
        article: ArticleView | None,
        highlights: Sequence[Highlight] | HighlightSource = (),
    ) -> None:
        """Show ``article``'s stored text with ``highlights``; ``None`` clears the view."""
        self._article = article
        self._underlines = []
        self._underlines_version += 1
        text = article.text if article is not None else ""
        self._map = OffsetMap(text)
        document = self.document()
        document.setUndoRedoEnabled(False)
        self._formatting = True  # nothing to format until the text is in
        try:
            # ``setPlainText`` gives the whole new text the caret's format in the old one
            # (a highlight's colour, say): drawn over by every highlight pass when it
            # covered the text, it would show where a long text is not formatted yet.
            self.setCurrentCharFormat(QTextCharFormat())
            self.setPlainText(text)
            self._carrying.clear()
            self._fonts = []
            self._format_paragraphs(document)
        finally:
            self._formatting = False
        self.apply_highlights(highlights)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_underlines(self, underlines: Sequence[Underline]) -> None:
        """Draw these underlines (replacing the previous ones); the text keeps its format."""
        self._underlines = list(underlines)
        self._underlines_version += 1
        self.viewport().update()

    @property
    def underlines(self) -> list[Underline]:
        """The underlines drawn."""
        return list(self._underlines)

    def set_article(self, article: ArticleView) -> None:
        """Take the shown article's new details (status, title); its text is the same."""
        if self._article is not None and article.text == self._article.text:
            self._article = article
        else:
            self.show_article(article)

    def apply_highlights(self, highlights: Sequence[Highlight] | HighlightSource) -> None:
        """Draw ``highlights`` instead of the ones drawn before, in one edit block: over
        the whole text when it is at most ``EAGER_CHARACTERS`` long, else over what is on
        screen (with a margin) now and over the rest as it scrolls into view."""
        self._source = HighlightList(highlights) if isinstance(highlights, Sequence) else highlights
        self._formatted.clear()  # what is formatted elsewhere is redone when seen
        self._formats_version += 1
        if self._map.length <= EAGER_CHARACTERS:
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.setCharFormat(QTextCharFormat())
            for highlight in self._source.highlights_between(0, self._map.length):
                self._merge(cursor, highlight, highlight.start, highlight.end)
            cursor.endEditBlock()
        else:
            fonts = self._source.font_highlights(FONT_HIGHLIGHTS_AT_ONCE)
            self._fonts_whole = fonts is not None
            if fonts is not None:
                self._format_fonts(list(fonts))
            self._format_visible()

    def _format_fonts(self, fonts: list[Highlight]) -> None:
        """Format a long text's font highlights all at once, in one edit block (clearing
        what earlier ones left), unless they are the ones already there: a tag made, say,
        changes none, and any edit makes Qt walk the layout of the text after it."""
        if fonts == self._fonts:
            return
        length = self._map.length
        self._formatting = True
        try:
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            for chunk in sorted(self._carrying):
                first = chunk * CHUNK_CHARACTERS
                self._select(cursor, first, min(length, first + CHUNK_CHARACTERS))
                cursor.setCharFormat(QTextCharFormat())
            for highlight in fonts:
                self._merge(cursor, highlight, highlight.start, highlight.end)
            cursor.endEditBlock()
        finally:
            self._formatting = False
        self._carrying = {
            chunk
            for h in fonts
            for chunk in range(h.start // CHUNK_CHARACTERS, (h.end - 1) // CHUNK_CHARACTERS + 1)
        }
        self._fonts = fonts
        self._formats_version += 1

    def is_formatted(self, offset: int) -> bool:
        """Whether the highlights at stored ``offset`` are drawn."""
        if self._map.length <= EAGER_CHARACTERS or self._fonts_whole:
            return True
        return offset // CHUNK_CHARACTERS in self._formatted

    def _format_visible(self, *_args: object) -> None:
        """Format the chunks of a long text that are on screen and not formatted yet now,
        and those within the margin once scrolling pauses: each pass makes Qt walk the
        layout of all the text after it (up to 60 ms at the top of a 12 MB article), so
        a scroll step pays for one pass at most, and only when new text comes on screen."""
        if self._map.length <= EAGER_CHARACTERS or self._formatting or self._fonts_whole:
            return  # short: all formatted; fonts all formatted: the rest is painted
        first, last = self.visible_span()
        self._format_chunks(first, last + 1)
        if self._unformatted(first - MARGIN_CHARACTERS, last + 1 + MARGIN_CHARACTERS):
            self._margin_timer.start()  # again: while the user scrolls, it waits

    def _format_margin(self) -> None:
        if self._map.length > EAGER_CHARACTERS and not (self._formatting or self._fonts_whole):
            first, last = self.visible_span()
            self._format_chunks(first - MARGIN_CHARACTERS, last + 1 + MARGIN_CHARACTERS)

    def _unformatted(self, start: int, end: int) -> list[int]:
        """The chunks holding stored offsets ``[start, end)`` (clipped to the text) that
        are not formatted."""
        low = max(0, start) // CHUNK_CHARACTERS
        high = (min(self._map.length, end) - 1) // CHUNK_CHARACTERS
        return [k for k in range(low, high + 1) if k not in self._formatted]

    def _format_chunks(self, start: int, end: int) -> None:
        """Format the chunks holding stored offsets ``[start, end)`` that are not formatted
        yet, in one edit block (clearing what an earlier set of highlights left there). A
        chunk with no highlights and nothing left there is not touched: every edit makes
        Qt walk the layout of all the text after it."""
        chunks = self._unformatted(start, end)
        if not chunks:
            return
        length = self._map.length
        work = []
        for chunk in chunks:
            first = chunk * CHUNK_CHARACTERS
            last = min(length, first + CHUNK_CHARACTERS)
            highlights = [h for h in self._source.highlights_between(first, last) if not painted(h)]
            if highlights or chunk in self._carrying:
                work.append((chunk, first, last, highlights))
            self._formatted.add(chunk)
        if not work:
            return
        self._formatting = True
        try:
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            for chunk, first, last, highlights in work:
                self._select(cursor, first, last)
                cursor.setCharFormat(QTextCharFormat())
                for highlight in highlights:
                    self._merge(
                        cursor, highlight, max(first, highlight.start), min(last, highlight.end)
                    )
                if highlights:
                    self._carrying.add(chunk)
                else:
                    self._carrying.discard(chunk)
            cursor.endEditBlock()
            self._fonts = []  # what is formatted is no longer one whole set
        finally:
            self._formatting = False
        self._formats_version += 1

    def visible_span(self) -> tuple[int, int]:
        """The stored offsets of the first and last characters of the paragraphs on screen
        (whole paragraphs, those cut by the edges too)."""
        bar = self.verticalScrollBar()
        scrolled = bar.value()
        area = self.viewport().rect()
        # Asked again (the paint after a scroll) only when the scroll, the layout or the
        # size changed.
        key = (self._map, scrolled, bar.maximum(), area.size(), self._formats_version)
        if key == self._visible_key:
            return self._visible
        top = self._block_at(scrolled)
        bottom = self._block_at(scrolled + area.height())
        last = max(top.position(), bottom.position() + bottom.length() - 1)
        last = min(last, self._map.document_length)
        self._visible = (self._map.to_offset(top.position()), self._map.to_offset(last))
        self._visible_key = key
        return self._visible

    def _block_at(self, y: float) -> QTextBlock:
        """The paragraph at document height ``y`` (the last one when ``y`` is below them),
        found by halving over the paragraphs laid out (a hit test took 10 ms in a long
        text, and lays out what it passes)."""
        document = self.document()
        low, high = 0, document.blockCount() - 1
        while low < high:
            middle = (low + high) // 2
            layout = document.findBlockByNumber(middle).layout()
            if layout.lineCount() == 0:  # not laid out yet: Qt lays out in order
                high = middle
            elif layout.position().y() + layout.boundingRect().height() <= y:
                low = middle + 1
            else:
                high = middle
        return document.findBlockByNumber(low)

    def _merge(self, cursor: QTextCursor, highlight: Highlight, start: int, end: int) -> None:
        """Merge ``highlight``'s format into stored offsets ``[start, end)``."""
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
        self._select(cursor, start, end)
        cursor.mergeCharFormat(fmt)

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

    def reveal(self, offset: int) -> None:
        """Put the caret at stored ``offset`` (nothing selected) and scroll it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_position(offset))
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

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._format_visible()  # a new width or height shows other text

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._format_visible()

    def paintEvent(self, event: Any) -> None:
        if self._map.length > EAGER_CHARACTERS and not self._formatting:
            first, last = self.visible_span()
            if not (self.is_formatted(first) and self.is_formatted(last)):
                # Text came into view without a scroll (a reflow): format it next turn.
                QTimer.singleShot(0, self, self._format_visible)
            self._paint_backgrounds(event)
        super().paintEvent(event)
        if not self._underlines:
            return
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        area = event.rect()
        top, bottom = area.top() - dy - 4, area.bottom() - dy + 4
        painter = QPainter(self.viewport())
        try:
            painter.translate(dx, dy)
            for color, low, high, stroke in self._underline_strokes():
                if high < top or low > bottom:
                    continue  # outside the part being painted
                pen = QPen(color)
                pen.setWidthF(1.5)
                painter.setPen(pen)
                painter.drawPath(stroke)
        finally:
            painter.end()

    def _paint_backgrounds(self, event: Any) -> None:
        """Fill the backgrounds of a long text's painted highlights on screen, under the
        text, as Qt fills a character format's background."""
        dx = -self.horizontalScrollBar().value()
        dy = -self.verticalScrollBar().value()
        area = event.rect()
        top, bottom = area.top() - dy - 1, area.bottom() - dy + 1
        painter = QPainter(self.viewport())
        try:
            painter.translate(dx, dy)
            for color, box in self._background_boxes():
                if box.bottom() < top or box.top() > bottom:
                    continue
                painter.fillRect(box.toAlignedRect(), color)  # whole pixels, as Qt fills
        finally:
            painter.end()

    def _background_boxes(self) -> list[tuple[QColor, QRectF]]:
        """The boxes of the painted backgrounds on screen, in document coordinates, where
        each stretch takes the colour of the last highlight with a background over it (as
        merged character formats do); made again only when the highlights, the layout or
        the part on screen change."""
        document = self.document()
        first, last = self.visible_span()
        key = (self._formats_version, document.revision(), document.textWidth(), first, last)
        if key == self._boxes_key:
            return self._boxes
        coloured = [
            h for h in self._source.highlights_between(first, last + 1) if h.background.alpha()
        ]
        bounds = sorted(
            {first, last + 1}
            | {h.start for h in coloured if first < h.start <= last}
            | {h.end for h in coloured if first < h.end <= last}
        )
        boxes = []
        for low, high in pairwise(bounds):
            over = [h for h in coloured if h.start <= low and high <= h.end]
            if not over or not painted(over[-1]):
                continue  # nothing, or a character format's own background (Qt fills it)
            color = over[-1].background
            for x1, x2, line_top, _ascent, height in self._line_runs(low, high, first, last):
                boxes.append((color, QRectF(x1, line_top, x2 - x1, height)))
        self._boxes, self._boxes_key = boxes, key
        return boxes

    def viewportEvent(self, event: Any) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._map.length > EAGER_CHARACTERS:
            self._show_tooltip(event)
            return True
        return bool(super().viewportEvent(event))

    def _show_tooltip(self, event: Any) -> None:
        """A long text's tooltip at the mouse: the last highlight's with one over the
        character there (the one before the caret the mouse would place, as Qt reads a
        character format's tooltip)."""
        cursor = self.cursorForPosition(event.pos())
        position = cursor.position()
        if not cursor.atBlockStart() or cursor.atBlockEnd():
            position -= 1
        offset = self._map.to_offset(max(0, position))
        line = self.cursorRect(cursor)
        tip = ""
        # Only over the line the caret would go to: in the margin above the first line,
        # Qt's hit test can answer a place far down the text.
        if line.top() - 2 <= event.pos().y() <= line.bottom() + 2:
            tips = [h.tooltip for h in self._source.highlights_between(offset, offset + 1)]
            tip = next((t for t in reversed(tips) if t), "")
        if tip:
            QToolTip.showText(event.globalPos(), plain(tip), self.viewport())
        else:
            QToolTip.hideText()
            event.ignore()

    def _underline_strokes(self) -> list[tuple[QColor, float, float, QPainterPath]]:
        """Each piece of the underlines on screen as (colour, top, bottom, path) in
        document coordinates (made again only when the underlines, the text's layout,
        the width or the part of the text on screen change, not at every paint)."""
        document = self.document()
        first, last = self.visible_span() if self._map.length > EAGER_CHARACTERS else (0, -1)
        key = (
            self._underlines_version,
            document.revision(),
            self._formats_version,
            document.textWidth(),  # not its size(): that lays out the whole text first
            first,
            last,
        )
        if key == self._strokes_key:
            return self._strokes
        strokes = []
        for underline in self._underlines:
            if last >= 0 and (underline.end <= first or underline.start > last):
                continue  # off screen: its lines are not worked out (nor laid out)
            for x1, x2, baseline in self._line_pieces(underline, first, last):
                y = baseline + 2 + underline.level * UNDERLINE_STEP_PX
                if underline.wavy:
                    path = self._wave(x1, x2, y)
                else:
                    path = QPainterPath(QPointF(x1, y))
                    path.lineTo(QPointF(x2, y))
                strokes.append((underline.color, y - 2.0, y + 1.0, path))
        self._strokes, self._strokes_key = strokes, key
        return strokes

    def _line_pieces(
        self, underline: Underline, shown_from: int = 0, shown_to: int = -1
    ) -> list[tuple[float, float, float]]:
        """(x from, x to, baseline y) of each visual line the span covers, in document
        coordinates; with ``shown_to >= 0``, only the blocks holding stored offsets
        ``shown_from``..``shown_to`` (those on screen)."""
        return [
            (x1, x2, top + ascent)
            for x1, x2, top, ascent, _height in self._line_runs(
                underline.start, underline.end, shown_from, shown_to
            )
        ]

    def _line_runs(
        self, start: int, end: int, shown_from: int = 0, shown_to: int = -1
    ) -> list[tuple[float, float, float, float, float]]:
        """(x from, x to, line top, ascent, line height) of each visual line stored offsets
        ``[start, end)`` cover, in document coordinates; with ``shown_to >= 0``, only in
        the blocks holding stored offsets ``shown_from``..``shown_to``."""
        document = self.document()
        first = self._map.to_position(start)
        last = self._map.to_position(end)
        runs = []
        block = document.findBlock(first)
        if shown_to >= 0:
            on_screen = document.findBlock(self._map.to_position(shown_from))
            if on_screen.position() > block.position():
                block = on_screen  # the lines above the screen are not needed
            bottom = document.findBlock(self._map.to_position(shown_to))
            last = min(last, bottom.position() + bottom.length())
        while block.isValid() and block.position() < last:
            layout = block.layout()
            origin = document.documentLayout().blockBoundingRect(block).topLeft()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                line_start = block.position() + line.textStart()
                line_end = line_start + line.textLength()
                low, high = max(first, line_start), min(last, line_end)
                if low >= high:
                    continue
                x1 = _x_of(line, low - block.position())
                x2 = _x_of(line, high - block.position())
                top = origin.y() + line.y()
                runs.append((origin.x() + x1, origin.x() + x2, top, line.ascent(), line.height()))
            block = block.next()
        return runs

    @staticmethod
    def _wave(x1: float, x2: float, y: float) -> QPainterPath:
        path = QPainterPath(QPointF(x1, y))
        x, up = x1, True
        while x < x2:
            step = min(2.0, x2 - x)
            x += step
            path.lineTo(QPointF(x, y - 1.5 if up else y + 0.5))
            up = not up
        return path

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.button() == Qt.MouseButton.LeftButton and not alt:
            self.snap_selection_to_words()

    def snap_selection_to_words(self) -> None:
        """Widen the selection to whole words at both ends (a drag that stops inside a
        word takes the word); a selection without a word character is left alone."""
        span = self.selected_span()
        if span is None or self._article is None:
            return
        start, end = snap_to_words(self._article.text, span.start, span.end)
        if (start, end) != (span.start, span.end):
            cursor = self.textCursor()
            forward = cursor.position() >= cursor.anchor()
            first, last = self._map.to_position(start), self._map.to_position(end)
            cursor.setPosition(first if forward else last)
            cursor.setPosition(last if forward else first, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)


def painted(highlight: Highlight) -> bool:
    """Whether the reader paints ``highlight`` itself on a long text (a background and a
    tooltip, nothing that changes the font or the text's colour: entities and tags),
    leaving the document's character formats, and so Qt's layout, untouched."""
    return (
        highlight.underline is None
        and not highlight.bold
        and highlight.foreground is None
        and not highlight.italic
        and highlight.size_scale == 1.0
        and not highlight.monospace
    )


def _x_of(line: Any, position: int) -> float:
    """Where ``position`` of the line's block is drawn (PySide returns ``(x, position)``)."""
    found = line.cursorToX(position)
    return float(found[0] if isinstance(found, tuple) else found)


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "'’-_"


_OPENING = '“"«„'  # quotation marks a drag may start on without meaning them
_CLOSING = '”"»,;:'  # quotation marks and clause punctuation a drag may end on


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole words: a bound inside a word moves to the word's
    edge; spaces, opening quotation marks at the start and closing ones (or a comma,
    semicolon, colon) at the end are dropped. Unchanged when no word character is inside."""
    if not any(_in_word(c) for c in text[start:end]):
        return start, end
    while start < end and (text[start].isspace() or text[start] in _OPENING):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _CLOSING):
        end -= 1
    while start > 0 and _in_word(text[start - 1]) and _in_word(text[start]):
        start -= 1
    while end < len(text) and _in_word(text[end]) and _in_word(text[end - 1]):
        end += 1
    return start, end
