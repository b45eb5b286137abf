"""Draw timeline data into a QGraphicsScene (for the view and for PNG/SVG export)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from dragon_reader.domain.coding import DatePrecision
from dragon_reader.domain.timeline import EventMark, Lane, Segment
from dragon_reader.domain.vocabularies import VocabularyValue
from dragon_reader.services.timeline import TimelineData
from dragon_reader.ui.plain_text import plain

LABEL_WIDTH = 260.0  # the lane names' column where the view has room for it
MIN_LABEL_WIDTH = 110.0
AXIS_HEIGHT = 34.0
ROW_HEIGHT = 26.0
BAR_HEIGHT = 16.0
EVENT_ROW_HEIGHT = 48.0
EVIDENCE_ROLE = 0  # item data key: tuple of evidence tag ids
LABEL_ROLE = 1  # item data key: what the item is, in words
LEGEND_ROLE = 2  # item data key: "legend" on the legend's items
PINNED_Z = 5.0  # the lane names' column, kept at the view's left edge, over the bars
HEADER_Z = PINNED_Z + 1  # the time axis, kept at the view's top, over the lanes and names
CORNER_Z = PINNED_Z + 2  # where the names' column meets the axis: over both
LEGEND_HEIGHT = 112.0
SWATCH_LINE = 20.0  # from one line of the legend to the next
TITLE = "US–China channels and events"
UNCERTAIN_BRUSH = Qt.BrushStyle.Dense5Pattern

UNSTYLED = QColor(110, 110, 110)  # a value the analyst gave no colour
_Styles = dict[str, tuple[str, QColor]]


def value_styles(values: Iterable[VocabularyValue]) -> _Styles:
    """Each value's label and colour by key (grey when it has no colour)."""
    return {v.key: (v.label, QColor(v.color) if v.color else UNSTYLED) for v in values}


def undated_notes(data: TimelineData) -> list[str]:
    """Sentences about the tags the timeline cannot draw ("3 channel tags have no date")."""
    notes = []
    count = data.undated_channel_tags
    if count:
        verb = "have" if count != 1 else "has"
        notes.append(f"{count} channel tag{'s' if count != 1 else ''} {verb} no date")
    count = data.undated_event_tags
    if count:
        verb = "refer" if count != 1 else "refers"
        notes.append(f"{count} event tag{'s' if count != 1 else ''} {verb} to undated events")
    return notes


def label_width_for(view_width: float) -> float:
    """The lane names' column for a view ``view_width`` pixels wide: ``LABEL_WIDTH`` where
    there is room, else a third of the view (never below ``MIN_LABEL_WIDTH``), so that a
    narrow Timeline tab still shows the days."""
    return max(MIN_LABEL_WIDTH, min(LABEL_WIDTH, float(round(view_width / 3))))


class TimelineScene(QGraphicsScene):
    """Lanes (one per channel) of status segments, a lane of events, and a time axis.

    ``x_of(day)`` places a day; ``pixels_per_day`` is the zoom, changed by ``set_scale``
    (which moves the items drawn rather than drawing them again).

    With ``deferred``, only the axis, the legend and the event marks are drawn at once;
    ``draw_more`` draws the lanes a few at a time (so a window that lays out thousands of
    segments keeps answering between the steps), each from the data and at the scale of
    the moment it is drawn. ``complete`` says whether every lane is drawn.
    """

    def __init__(
        self,
        data: TimelineData,
        pixels_per_day: float = 1.0,
        deferred: bool = False,
        label_width: float = LABEL_WIDTH,
        legend_width: float | None = None,
    ) -> None:
        super().__init__()
        self.data = data
        self.pixels_per_day = pixels_per_day
        self.label_width = label_width  # the lane names' column; days start right of it
        # The legend's lines wrap at this width (the view's, so none is cut at its right
        # edge); ``None``: at the lanes' width (an export shows the whole scene).
        self.legend_width = legend_width
        self._legend_drawn: tuple[object, ...] | None = None  # what the legend says
        self._style_cache: tuple[TimelineData, _Styles, _Styles] | None = None
        self.setBackgroundBrush(QColor(252, 252, 250))
        self._draw(deferred)

    @property
    def complete(self) -> bool:
        """True once every lane is drawn."""
        return self._next_row >= len(self.data.lanes)

    def draw_more(self, segments: int | None = None) -> bool:
        """Draw the next lanes, about ``segments`` segments' worth (at least one lane;
        ``None``: all of them); True once every lane is drawn."""
        drawn = 0
        lanes = self.data.lanes
        while self._next_row < len(lanes) and (segments is None or drawn < segments):
            row = self._next_row
            self._lane_items[row] = self._draw_lane(row, lanes[row])
            drawn += len(lanes[row].segments) + 1
            self._next_row += 1
        if self.complete:
            self._fit_rect()
        return self.complete

    def status_style(self, key: str) -> tuple[str, QColor]:
        """The label and colour of a channel status in the data's vocabulary."""
        return self._styles()[0].get(key, (key, UNSTYLED))

    def event_style(self, key: str) -> tuple[str, QColor]:
        """The label and colour of an event type in the data's vocabulary."""
        return self._styles()[1].get(key, (key, UNSTYLED))

    def _styles(self) -> tuple[_Styles, _Styles]:
        data = self.data
        cached = self._style_cache
        if cached is None or cached[0] is not data:
            cached = (data, value_styles(data.statuses), value_styles(data.event_types))
            self._style_cache = cached
        return cached[1], cached[2]

    def x_of(self, day: date) -> float:
        """The scene x of the start of ``day``."""
        return self.label_width + (day - self.data.first).days * self.pixels_per_day

    def _draw(self, deferred: bool) -> None:
        data = self.data
        lanes_end = AXIS_HEIGHT + EVENT_ROW_HEIGHT + ROW_HEIGHT * max(1, len(data.lanes)) + 10
        self._lanes_end = lanes_end
        self._axis_items: list[QGraphicsItem] = []
        # The lane names' column (and the legend) stays at the view's left edge
        # (``pin_labels``), the names on a background of their own that the bars pass
        # under; the time axis stays at its top, on a band that the lanes and their names
        # pass under, as a spreadsheet's frozen column and header row.
        self._pinned: list[tuple[QGraphicsItem, float]] = []
        self.pinned_left = 0.0
        self._pinned_top: list[tuple[QGraphicsItem, float]] = []
        self.pinned_top = 0.0
        self._width = self._draw_axis_and_size()
        self._legend_items: list[QGraphicsItem] = []
        self._draw_legend(lanes_end)
        self._label_font = QFont()
        self._label_font.setPointSizeF(9)
        column = self.addRect(
            QRectF(0, 0, self.label_width, lanes_end),
            QPen(Qt.PenStyle.NoPen),
            QBrush(self.palette().base().color()),
        )
        column.setZValue(PINNED_Z - 0.5)
        self._pin(column, 0)
        corner = self.addRect(
            QRectF(0, 0, self.label_width, AXIS_HEIGHT),
            QPen(Qt.PenStyle.NoPen),
            QBrush(self.palette().base().color()),
        )
        corner.setZValue(CORNER_Z)
        self._pin(corner, 0)
        self._pin_top(corner)
        events_label = self.addSimpleText("Events", self._label_font)
        events_label.setPos(8, AXIS_HEIGHT + 8)
        self._pin(events_label, 8)
        self._mark_items: list[QGraphicsItem] = []
        self._lane_items: dict[int, list[QGraphicsItem]] = {}
        # What moves with the scale: each lane's band and its segments' bars.
        self._bands: dict[int, QGraphicsRectItem] = {}
        self._bars: dict[int, list[tuple[QGraphicsRectItem, QGraphicsRectItem | None, Segment]]]
        self._bars = {}
        self._draw_marks()
        self._next_row = 0  # the lanes from this row on are not drawn yet
        if not deferred:
            self.draw_more()
        self._fit_rect()

    def _draw_axis_and_size(self) -> float:
        """Draw the axis at the scale set; size the scene; return the lanes' width."""
        data = self.data
        width = max(self.x_of(data.last) + 20, self.label_width + 560)  # room for the legend
        width = max(width, self._draw_axis(width, self._lanes_end) + 10)  # the last label fits
        self.setSceneRect(QRectF(0, 0, width, self._lanes_end + LEGEND_HEIGHT))
        return width

    def _fit_rect(self) -> None:
        """Nothing is clipped at the edges: the last axis label, a long legend line."""
        self.setSceneRect(QRectF(0, 0, self._width, self._lanes_end + LEGEND_HEIGHT))
        bounds = self.itemsBoundingRect().united(self.sceneRect())
        self.setSceneRect(QRectF(0, 0, bounds.right() + 4, bounds.bottom()))

    def set_scale(self, pixels_per_day: float) -> None:
        """Zoom: the same data at another scale. The bars and bands drawn are moved, the
        axis and the event marks (few) drawn again; nothing else is made anew."""
        if pixels_per_day == self.pixels_per_day:
            return
        self.pixels_per_day = pixels_per_day
        for item in self._axis_items:
            self.removeItem(item)
        self._axis_items = []
        self._pinned_top = [(item, y) for item, y in self._pinned_top if item.scene() is self]
        self._width = self._draw_axis_and_size()
        for row, band in self._bands.items():
            band.setRect(QRectF(0, self._lane_top(row), self._width, ROW_HEIGHT))
        for row, bars in self._bars.items():
            y = self._lane_top(row)
            for bar, fuzzy, segment in bars:
                rect, fuzzy_rect = self._segment_rects(segment, y)
                bar.setRect(rect)
                if fuzzy is not None and fuzzy_rect is not None:
                    fuzzy.setRect(fuzzy_rect)
        for item in self._mark_items:
            self.removeItem(item)
        self._draw_marks()
        self._fit_rect()

    @staticmethod
    def _lane_top(row: int) -> float:
        return AXIS_HEIGHT + EVENT_ROW_HEIGHT + row * ROW_HEIGHT

    def replace_lanes(self, data: TimelineData, rows: Iterable[int]) -> None:
        """Take ``data`` (same range, lanes and colours as drawn) and redraw only lane
        ``rows``; in them, the bars of segments that did not change stay as they are."""
        before, self.data = self.data, data
        for row in rows:
            if row >= self._next_row:
                continue  # drawn from the data in hand when its turn comes
            lane = data.lanes[row]
            if before.lanes[row].name != lane.name:
                for item in self._lane_items.pop(row, []):
                    self.removeItem(item)
                self._bands.pop(row, None)
                self._bars.pop(row, None)
                self._lane_items[row] = self._draw_lane(row, lane)
                continue
            old_bars = self._bars.get(row, [])
            fixed = self._lane_items[row][: len(self._lane_items[row]) - len(old_bars)]
            unchanged: dict[Segment, list[tuple[QGraphicsRectItem, QGraphicsRectItem | None]]]
            unchanged = {}
            for bar, fuzzy, segment in old_bars:
                unchanged.setdefault(segment, []).append((bar, fuzzy))
            y = self._lane_top(row)
            bars = []
            for segment in lane.segments:
                kept = unchanged.get(segment)
                bar, fuzzy = kept.pop() if kept else self._draw_segment(segment, y, lane.name)
                bars.append((bar, fuzzy, segment))
            for gone in unchanged.values():
                for bar, _fuzzy in gone:
                    self.removeItem(bar)
            self._bars[row] = bars
            self._lane_items[row] = [*fixed, *(bar for bar, _f, _s in bars)]
            fixed[-1].setToolTip(_lane_tip(lane))  # the name, with its undated reports
        self._redraw_legend()

    def replace_marks(self, data: TimelineData) -> None:
        """Take ``data`` (same range as drawn) and redraw only the event marks."""
        self.data = data
        for item in self._mark_items:
            self.removeItem(item)
        self._draw_marks()
        self._redraw_legend()

    def set_legend_width(self, width: float | None) -> None:
        """Wrap the legend's lines at ``width`` (the view was resized)."""
        if width != self.legend_width:
            self.legend_width = width
            self._legend_drawn = None
            self._redraw_legend()
            self._fit_rect()

    def _redraw_legend(self) -> None:
        """The legend again if what it says changed (its sources, undated counts, the
        statuses and event types shown follow the data)."""
        if self._legend_key() == self._legend_drawn:
            return
        for item in self._legend_items:
            self.removeItem(item)
        self._draw_legend(self._lanes_end)

    def _legend_key(self) -> tuple[object, ...]:
        """Everything the legend draws from the data."""
        data = self.data
        shown = {s for lane in data.lanes for seg in lane.segments for s in seg.statuses}
        return (
            data.sources,
            tuple(undated_notes(data)),
            frozenset(shown),
            frozenset(m.type for m in data.marks),
            data.statuses,
            data.event_types,
        )

    def lane_items(self, row: int) -> list[QGraphicsItem]:
        """The top-level items drawn for lane ``row`` (its band, name and segments)."""
        return list(self._lane_items.get(row, []))

    def _draw_marks(self) -> None:
        self._mark_items = []
        labels_end = -1.0  # event names are printed where they do not run into each other
        name_font = QFont()
        name_font.setPointSizeF(7.5)
        for mark in self.data.marks:
            self._mark_items.append(self._draw_mark(mark))
            x = self.x_of(mark.start) - 4
            if x > labels_end:
                name = mark.name if len(mark.name) <= 28 else mark.name[:27] + "…"
                text = self.addSimpleText(name, name_font)
                text.setPos(x, AXIS_HEIGHT + 26)
                text.setBrush(QColor(70, 70, 70))
                labels_end = x + text.boundingRect().width() + 6
                self._mark_items.append(text)

    def _draw_lane(self, row: int, lane: Lane) -> list[QGraphicsItem]:
        y = self._lane_top(row)
        items: list[QGraphicsItem] = []
        if row % 2 == 0:
            band = self.addRect(
                QRectF(0, y, self._width, ROW_HEIGHT),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor(0, 0, 0, 10)),
            )
            band.setZValue(-2)
            items.append(band)
            self._bands[row] = band
        name = QFontMetricsF(self._label_font).elidedText(
            lane.name, Qt.TextElideMode.ElideRight, self.label_width - 16
        )
        label = self.addSimpleText(name, self._label_font)
        label.setPos(8, y + 5)
        label.setToolTip(_lane_tip(lane))
        self._pin(label, 8)
        items.append(label)
        bars = self._bars[row] = []
        for segment in lane.segments:
            bar, fuzzy = self._draw_segment(segment, y, lane.name)
            bars.append((bar, fuzzy, segment))
            items.append(bar)
        return items

    def _pin(self, item: QGraphicsItem, x: float) -> None:
        """Keep ``item`` at ``x`` from the lane names' column's left edge."""
        if item.zValue() < PINNED_Z - 1:  # the column's background stays under the names
            item.setZValue(PINNED_Z)
        item.setX(self.pinned_left + x)
        self._pinned.append((item, x))

    def _pin_top(self, item: QGraphicsItem) -> None:
        """Keep ``item`` where it is from the time axis's top edge (it is drawn for 0)."""
        y = item.y()
        item.setY(self.pinned_top + y)
        self._pinned_top.append((item, y))

    def pin_labels(self, left: float, top: float = 0.0) -> None:
        """Put the lane names' column at scene x ``left`` and the time axis at scene y
        ``top`` (the view's left and top edges as it is scrolled; 0 and 0 for an image of
        the whole scene), so that the names and the axis stay in sight."""
        left, top = max(0.0, left), max(0.0, top)
        if left != self.pinned_left:
            self.pinned_left = left
            self._pinned = [(item, x) for item, x in self._pinned if item.scene() is self]
            for item, x in self._pinned:
                item.setX(left + x)
        if top != self.pinned_top:
            self.pinned_top = top
            self._pinned_top = [(i, y) for i, y in self._pinned_top if i.scene() is self]
            for item, y in self._pinned_top:
                item.setY(top + y)

    def months_shown(self) -> int:
        """Every how many months the axis marks a month: 1 when zoomed in enough for a
        label per month, 3 (quarters) a little less, 12 (years only) when zoomed out."""
        month_pixels = 30.4 * self.pixels_per_day
        if month_pixels >= 26:
            return 1
        if month_pixels >= 11:
            return 3
        return 12

    def _draw_axis(self, width: float, height: float) -> float:
        """Draw the axis (its grid lines down to ``height``); return the right edge of its
        last label. The axis's band, ticks and labels stay at the view's top."""
        data = self.data
        step = self.months_shown()
        grid = QPen(QColor(0, 0, 0, 30))
        font = QFont()
        font.setPointSizeF(8.5)
        band = self.addRect(
            QRectF(0, 0, width, AXIS_HEIGHT),
            QPen(Qt.PenStyle.NoPen),
            QBrush(self.palette().base().color()),
        )
        header: list[QGraphicsItem] = [band]
        day = date(data.first.year, data.first.month, 1)
        right_edge = 0.0
        while day <= data.last:
            x = self.x_of(day)
            if x >= self.label_width and (day.month - 1) % step == 0:
                strong = day.month == 1
                pen = QPen(QColor(0, 0, 0, 70)) if strong else grid
                line = self.addLine(x, AXIS_HEIGHT, x, height, pen)
                line.setZValue(-1)
                tick = self.addLine(x, AXIS_HEIGHT - 6, x, AXIS_HEIGHT, pen)
                text = str(day.year) if strong else day.strftime("%b")
                label = self.addSimpleText(text, font)
                label.setPos(x + 3, 6 if strong else 18)
                right_edge = max(right_edge, x + 3 + label.boundingRect().width())
                self._axis_items.append(line)
                header += [tick, label]
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        header.append(
            self.addLine(
                self.label_width,
                AXIS_HEIGHT - 4,
                width,
                AXIS_HEIGHT - 4,
                QPen(QColor(0, 0, 0, 120)),
            )
        )
        for item in header:
            item.setZValue(HEADER_Z - 0.5 if item is band else HEADER_Z)
            self._pin_top(item)
        self._axis_items += header
        return right_edge

    def _draw_legend(self, top: float) -> None:
        """Title, sources, undated tags and what colours and patterns mean, under the lanes
        (so the on-screen view and every export carry them)."""
        data = self.data
        items: list[QGraphicsItem] = []
        title_font, font = QFont(), QFont()
        title_font.setPointSizeF(10)
        title_font.setBold(True)
        font.setPointSizeF(8)
        sources = f"{data.sources} source article{'s' if data.sources != 1 else ''}"
        title = self.addSimpleText(f"{TITLE} — {sources}", title_font)
        title.setPos(8, top + 4)
        items.append(title)
        notes = undated_notes(data)
        if notes:
            note = self.addSimpleText("; ".join(notes), font)
            note.setBrush(QColor(150, 40, 40))
            note.setPos(8, top + 22)
            items.append(note)
        limit = max(200.0, (self.legend_width or self._width) - 8)
        x, y = 8.0, top + 42

        def place(width: float) -> tuple[float, float]:
            """Where a swatch ``width`` wide goes: after the last, or on a new line."""
            nonlocal x, y
            if x > 8 and x + width > limit:
                x, y = 8.0, y + SWATCH_LINE
            at = (x, y)
            x += width
            return at

        shown = {s for lane in data.lanes for seg in lane.segments for s in seg.statuses}
        for value in data.statuses:
            if value.retired and value.key not in shown:
                continue
            label, color = self.status_style(value.key)
            at = place(max(92, 30 + 6.2 * len(label)))
            items += self._swatch(*at, QBrush(color), QPen(color.darker(130)), label)
        x, y = 8.0, y + SWATCH_LINE
        patterns = [
            (
                QBrush(QColor(120, 120, 120), Qt.BrushStyle.Dense4Pattern),
                "date known to the month or year",
            ),
            (
                QBrush(QColor(120, 120, 120), UNCERTAIN_BRUSH),
                "uncertain date (inferred publication date or two readings)",
            ),
            (QBrush(QColor(160, 0, 0), Qt.BrushStyle.BDiagPattern), "conflicting reports"),
        ]
        for brush, words in patterns:
            at = place(24 + 6.2 * len(words))
            items += self._swatch(
                *at, brush, QPen(QColor(90, 90, 90), 1, Qt.PenStyle.DashLine), words
            )
        x, y = 8.0, y + SWATCH_LINE
        used = {m.type for m in data.marks}
        order = {v.key: index for index, v in enumerate(data.event_types)}
        for event_type in sorted(used, key=lambda t: (order.get(t, len(order)), t)):
            label, color = self.event_style(event_type)
            at = place(max(92, 30 + 6.2 * len(label)))
            items += self._swatch(*at, QBrush(color), QPen(color.darker(140)), label)
        for item in items:
            item.setData(LEGEND_ROLE, "legend")
            self._pin(item, item.x())  # in sight wherever the view is scrolled, as the names
        self._legend_items = items
        self._legend_drawn = self._legend_key()

    def _swatch(
        self, x: float, y: float, brush: QBrush, pen: QPen, words: str
    ) -> list[QGraphicsItem]:
        font = QFont()
        font.setPointSizeF(8)
        box = self.addRect(QRectF(x, y, 16, 11), pen, brush)
        text = self.addSimpleText(words, font)
        text.setPos(x + 21, y - 2)
        return [box, text]

    def _segment_rects(self, segment: Segment, y: float) -> tuple[QRectF, QRectF | None]:
        """Where a segment's bar goes at the scale set, and its fuzzy start (if any)."""
        end = segment.end or self.data.last
        x0 = self.x_of(segment.start)
        x1 = max(self.x_of(end), x0 + 3)
        top = y + (ROW_HEIGHT - BAR_HEIGHT) / 2
        bar = QRectF(x0, top, x1 - x0, BAR_HEIGHT)
        if segment.certain_from > segment.start:  # month or year precision: fuzzy start
            return bar, QRectF(x0, top, min(x1, self.x_of(segment.certain_from)) - x0, BAR_HEIGHT)
        return bar, None

    def _draw_segment(
        self, segment: Segment, y: float, lane: str
    ) -> tuple[QGraphicsRectItem, QGraphicsRectItem | None]:
        bar, fuzzy_rect = self._segment_rects(segment, y)
        if segment.conflict:
            brush = QBrush(QColor(160, 0, 0), Qt.BrushStyle.BDiagPattern)
            pen = QPen(QColor(160, 0, 0), 1.5)
            words = "conflicting reports: " + " vs ".join(
                self.status_style(s)[0] for s in segment.statuses
            )
        else:
            words, color = self.status_style(segment.statuses[0])
            brush, pen = QBrush(color), QPen(color.darker(130))
        if segment.uncertain and not segment.conflict:
            words += " (uncertain date)"
            pen = QPen(pen.color(), 1, Qt.PenStyle.DashLine)
            brush = QBrush(brush.color(), UNCERTAIN_BRUSH)
        rect = self.addRect(bar, pen, brush)
        fuzzy = None
        if fuzzy_rect is not None:
            fuzzy = self.addRect(
                fuzzy_rect,
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.Dense4Pattern),
            )
            fuzzy.setParentItem(rect)
            fuzzy.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        until = segment.end.isoformat() if segment.end else "open-ended"
        precision = (
            ""
            if segment.precision == DatePrecision.DAY
            else (f" (known to the {segment.precision.value})")
        )
        label = f"{lane}: {words}, from {segment.start.isoformat()}{precision} until {until}"
        rect.setToolTip(
            plain(f"{label}\n{len(segment.evidence)} report(s) — click for the evidence")
        )
        self._mark_item(rect, segment.evidence, label)
        return rect, fuzzy

    def _draw_mark(self, mark: EventMark) -> QGraphicsItem:
        type_label, color = self.event_style(mark.type)
        y = AXIS_HEIGHT + 14
        x0 = self.x_of(mark.start)
        item: QGraphicsItem
        if mark.precision == DatePrecision.DAY and mark.end == mark.start:
            size = 7.0
            polygon = QPolygonF(
                [
                    QPointF(x0, y - size),
                    QPointF(x0 + size, y),
                    QPointF(x0, y + size),
                    QPointF(x0 - size, y),
                ]
            )
            item = self.addPolygon(polygon, QPen(color.darker(140)), QBrush(color))
        else:
            x1 = max(self.x_of(mark.end + timedelta(days=1)), x0 + 4)
            brush = (
                QBrush(color)
                if mark.precision == DatePrecision.DAY
                else QBrush(color, Qt.BrushStyle.Dense3Pattern)
            )
            item = self.addRect(QRectF(x0, y - 6, x1 - x0, 12), QPen(color.darker(140)), brush)
        when = (
            mark.start.isoformat()
            if mark.start == mark.end
            else (f"{mark.start.isoformat()} – {mark.end.isoformat()}")
        )
        label = f"{mark.name} ({type_label}, {when})"
        item.setToolTip(plain(f"{label}\n{len(mark.evidence)} tag(s) — click for the evidence"))
        item.setZValue(2)
        self._mark_item(item, mark.evidence, label)
        return item

    @staticmethod
    def _mark_item(item: QGraphicsItem, evidence: tuple[int, ...], label: str) -> None:
        item.setData(EVIDENCE_ROLE, tuple(evidence))
        item.setData(LABEL_ROLE, label)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        item.setCursor(Qt.CursorShape.PointingHandCursor)


def _lane_tip(lane: Lane) -> str:
    """A lane name's tooltip: the whole name, and its reports not drawn for want of a date."""
    return plain(
        lane.name + (f"\n{lane.undated} undated report(s) not drawn" if lane.undated else "")
    )


def render_png(scene: TimelineScene, path: str) -> None:
    """Write the whole scene as a PNG image."""
    from PySide6.QtGui import QImage

    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _render_whole(scene, painter)
    painter.end()
    if not image.save(path):  # the format follows the .png suffix
        msg = f"cannot write {path}"
        raise OSError(msg)


def render_svg(scene: TimelineScene, path: str) -> None:
    """Write the whole scene as SVG."""
    from PySide6.QtCore import QSize
    from PySide6.QtSvg import QSvgGenerator

    rect = scene.sceneRect()
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(rect)
    generator.setTitle(TITLE)
    generator.setDescription(f"Dragon Reader timeline from {scene.data.sources} source article(s)")
    painter = QPainter(generator)
    _render_whole(scene, painter)
    painter.end()


def _render_whole(scene: TimelineScene, painter: QPainter) -> None:
    """Render the scene with the lane names at its left edge and the axis at its top,
    wherever the view is."""
    shown = scene.pinned_left, scene.pinned_top
    scene.pin_labels(0, 0)
    scene.render(painter)
    scene.pin_labels(*shown)
