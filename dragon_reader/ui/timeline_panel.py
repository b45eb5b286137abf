"""The Timeline panel: channel lanes and event marks; click one to see its evidence."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.coding import EventType
from dragon_reader.domain.timeline import TimelineFilters
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.timeline import (
    Evidence,
    LiveTimeline,
    TimelineStopped,
    channel_choices,
    timeline_evidence,
)
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.timeline_scene import (
    EVIDENCE_ROLE,
    LABEL_ROLE,
    TimelineScene,
    label_width_for,
    undated_notes,
)
from dragon_reader.ui.widgets import RowsModel, make_table

LAYOUT_STEP = 300  # segments laid out in one turn of the window's event loop
ZOOM_STEP = 1.25
MIN_PIXELS_PER_DAY, MAX_PIXELS_PER_DAY = 0.05, 40.0
LOADING_TEXT = "Reading the tags for the timeline… (the window stays usable)"
log = logging.getLogger(__name__)


class TimelineLoader(QObject):
    """Builds the timeline's data (every tag read) in a thread of its own, with its own
    database connections; the window only lays out what it hands over.

    Signals:
        finished(object): this loader, once ``result`` (the ``LiveTimeline`` built, or
            ``None`` when stopped or failed) and ``message`` (why it failed) are set.
    """

    finished = Signal(object)

    def __init__(self, corpus: Corpus, filters: TimelineFilters) -> None:
        super().__init__()
        self.corpus = corpus
        self.filters = filters
        self.stopped = False
        self.result: LiveTimeline | None = None
        self.message = ""
        self.done = threading.Event()

    @Slot()
    def run(self) -> None:
        """Build the data; stop early once ``stopped`` is set."""
        try:
            self.result = LiveTimeline(
                self.corpus.coding, self.filters, stopped=lambda: self.stopped
            )
        except TimelineStopped:
            self.result = None
        except Exception as exc:  # the panel must not stay "loading" for ever
            log.exception("the timeline could not be read")
            self.message = f"The timeline could not be read ({exc}); see the log."
        self.done.set()
        self.finished.emit(self)


class TimelineView(QGraphicsView):
    """Pans by dragging or with the arrow keys; zooms with Ctrl+wheel or + and -.

    Signals:
        item_clicked(object, str): the evidence tag ids and the label of what was clicked.
        zoom_requested(float): multiply the scale (days per pixel) by this factor.
    """

    item_clicked = Signal(object, str)
    zoom_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Scrolling moves the pinned lane names and time axis: the whole viewport is painted
        # again, as a scroll by copying the pixels across (or a minimal update of
        # antialiased items after a zoom) left fragments behind.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def pin_labels(self) -> None:
        """Keep the scene's lane names at the viewport's left edge and its time axis at
        the viewport's top."""
        scene = self.scene()
        if isinstance(scene, TimelineScene):
            corner = self.mapToScene(0, 0)
            scene.pin_labels(corner.x(), corner.y())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.pin_labels()

    def mousePressEvent(self, event: Any) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and item.data(EVIDENCE_ROLE) is None:
            item = item.parentItem()
        if item is not None:
            self.item_clicked.emit(item.data(EVIDENCE_ROLE), item.data(LABEL_ROLE))
        super().mousePressEvent(event)

    def wheelEvent(self, event: Any) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_requested.emit(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        scene = self.scene()
        if isinstance(scene, TimelineScene):  # the legend's lines wrap at the new width
            scene.set_legend_width(self.viewport().width())

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_requested.emit(ZOOM_STEP)
            return
        if event.key() == Qt.Key.Key_Minus:
            self.zoom_requested.emit(1 / ZOOM_STEP)
            return
        super().keyPressEvent(event)


class TimelinePanel(QWidget):
    """Filters, the timeline itself, and the evidence of the clicked segment or event.

    Nothing is read while it has never been shown. The first showing (and a change of
    filters) reads every tag in a ``TimelineLoader`` thread while the panel says it is
    loading; changes made meanwhile are applied once the data is in. After that, a change
    re-reads only what it touched, and only while the panel is shown (hidden, it notes
    what to catch up on).

    Signals:
        evidence_requested(int, int, int): open this article id and select (start, end).
        loaded(): the timeline is drawn in full (after a read in the background, or a
            lay-out of many lanes done a few at a time).
    """

    evidence_requested = Signal(int, int, int)
    loaded = Signal()

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self.pixels_per_day = 1.0
        self._fitted = False
        self.scene: TimelineScene | None = None
        self._live: LiveTimeline | None = None
        self._loader: tuple[QThread, TimelineLoader] | None = None
        self._gc_was_enabled = True
        self._froze = False
        self._filled = False  # the filters' choices are read when first shown
        self._vocabularies_stale = False
        self._stale = True  # the database changed since the scene was drawn
        self._edited_articles: set[int] = set()  # metadata edited since (uncertain dates)
        # Articles whose tags changed since; None: not known, every lane is compared.
        self._tag_articles: set[int] | None = set()
        self.builds = 0  # full reads of the tags (a test checks they stay rare)
        self.view = TimelineView(self)
        self.view.setObjectName("timeline_view")
        self.view.item_clicked.connect(self.show_evidence)
        self.view.zoom_requested.connect(self.zoom)
        self.channel = QComboBox(self)
        self.channel.setObjectName("timeline_channel")
        self.event_type = QComboBox(self)
        self.event_type.setObjectName("timeline_event_type")
        self.outlet = QComboBox(self)
        self.outlet.setObjectName("timeline_outlet")
        self.annotator = QLineEdit(self)
        self.annotator.setObjectName("timeline_annotator")
        self.annotator.setPlaceholderText("any annotator")
        for combo in (self.channel, self.event_type, self.outlet):
            # Long channel names must not make the whole window wider than the screen, and
            # "All event types" must show whole: at least that many characters.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(len("All event types"))
        self.all_events = QCheckBox("Unused events", self)
        self.all_events.setObjectName("show_unused_events")
        self.all_events.setToolTip("Also draw codebook events that no tag refers to")
        self.all_events.toggled.connect(lambda _on: self.refresh())
        self.undated = plain_label("", self)
        self.undated.setObjectName("undated_tags")
        self.undated.setStyleSheet("color: #962828")
        self.loading_label = plain_label(LOADING_TEXT, self)
        self.loading_label.setObjectName("timeline_loading")
        self.loading_label.setVisible(False)
        zoom_in, zoom_out, fit = (QPushButton(t, self) for t in ("+", "−", "Fit"))
        zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        fit.clicked.connect(self.fit)
        for button in (zoom_in, zoom_out):
            button.setFixedWidth(32)
        # Rows of two, so that every filter shows its text in the tab's third of a
        # 1280-pixel window: channel and event type; outlet and annotator; then unused
        # events and the zoom.
        bar = QGridLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.channel, 0, 0)
        bar.addWidget(self.event_type, 0, 1)
        bar.addWidget(self.outlet, 1, 0)
        bar.addWidget(self.annotator, 1, 1)
        zoom = QHBoxLayout()
        zoom.addWidget(self.all_events)
        zoom.addStretch(1)
        for button in (zoom_in, zoom_out, fit):
            zoom.addWidget(button)
        bar.addLayout(zoom, 2, 0, 1, 2)
        bar.setColumnStretch(0, 1)
        bar.setColumnStretch(1, 1)
        self.evidence_label = plain_label("Click a segment or an event to see its evidence.", self)
        self.evidence_label.setObjectName("timeline_evidence_label")
        self.evidence_model = RowsModel(
            [
                ("Article", lambda e: e.article_title),
                ("Evidence", lambda e: e.text),
                ("Slots", lambda e: e.slots),
            ],
            self,
        )
        self.evidence_view = make_table(self.evidence_model, self)
        self.evidence_view.setObjectName("timeline_evidence")
        # Who did it matters as much as where it is: the article's title keeps about 30
        # characters and the slots take the rest of the width.
        header = self.evidence_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.evidence_view.fontMetrics().averageCharWidth() * 30)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.evidence_view.activated.connect(self._open_evidence)
        self.evidence_view.clicked.connect(self._open_evidence)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.evidence_label)
        lower_layout.addWidget(self.evidence_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 130])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.undated)
        layout.addWidget(splitter)
        self.annotator.editingFinished.connect(self._filters_changed)
        # Nothing is read until the panel is first shown.

    @property
    def loading(self) -> bool:
        """True while the data is being read in the background or its lanes drawn."""
        return self._loader is not None or (self.scene is not None and not self.scene.complete)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fill_filters()
        if self._vocabularies_stale:
            self._vocabularies_stale = False
            self._fill_event_types()
        if self._live is None and self._loader is None:
            self._start_loading()
        elif self._stale:
            self.refresh(tag_articles=self._tag_articles)

    def filters(self) -> TimelineFilters:
        """The filters as set."""
        channel = self.channel.currentData()
        event_type = self.event_type.currentData()
        return TimelineFilters(
            channel_ids=frozenset({channel}) if channel is not None else frozenset(),
            event_types=frozenset({event_type}) if event_type is not None else frozenset(),
            annotator=self.annotator.text().strip() or None,
            outlet=self.outlet.currentData(),
            all_events=self.all_events.isChecked(),
        )

    def refresh(
        self,
        articles: Collection[int] = (),
        tag_articles: Collection[int] | None = None,
        vocabularies: bool = False,
    ) -> None:
        """Bring the timeline up to date after a change.

        ``articles``: articles whose metadata changed; ``tag_articles``: the articles whose
        tags changed, when known (then only their tags are read); ``vocabularies``: the
        event types or statuses changed (the filter offers them). While the panel is
        hidden this only notes what to catch up on; while its data is being read, the
        change is applied once it is in. Shown, it redraws just the lanes whose tags
        changed; the whole scene is laid out again only when the range or the lanes
        changed.
        """
        self._edited_articles.update(articles)
        if not tag_articles:
            self._tag_articles = None
        elif self._tag_articles is not None:
            self._tag_articles.update(tag_articles)
        if vocabularies:
            self._vocabularies_stale = True
        if not self.isVisible():
            self._stale = True
            return
        if self._vocabularies_stale:
            self._vocabularies_stale = False
            self._fill_event_types()
        if self._loader is not None:
            return  # applied when the data is in
        self._stale = False
        if self._live is None or self._live.filters != self.filters():
            self._start_loading()
            return
        self._catch_up()

    def _catch_up(self) -> None:
        """Apply to the data in hand the changes noted since it was read or drawn."""
        assert self._live is not None
        edited, self._edited_articles = self._edited_articles, set()
        touched, self._tag_articles = self._tag_articles, set()
        update = self._live.refresh(edited, touched)
        if update.everything or self.scene is None:
            self._lay_out()
            return
        if update.lanes:
            self.scene.replace_lanes(self._live.data, update.lanes)
        if update.marks:
            self.scene.replace_marks(self._live.data)

    def reload(self) -> None:
        """Read everything again (after a restored backup or another database)."""
        self._live = None
        self.refresh()

    def current_scene(self) -> TimelineScene:
        """The scene, up to date even if the panel was never shown (for export; read
        here, on the caller's thread, when no data is in hand)."""
        self._fill_filters()
        if self._loader is not None:
            self._loader[1].done.wait()  # the read under way: take its result
            self._take(self._loader[1])
        filters = self.filters()
        if self._live is None or self._live.filters != filters:
            self._live = LiveTimeline(self._corpus.coding, filters)
            self.builds += 1
            self._edited_articles, self._tag_articles = set(), set()
            self._lay_out()
        elif self._stale or not self.isVisible():
            edited, self._edited_articles = self._edited_articles, set()
            touched, self._tag_articles = self._tag_articles, set()
            update = self._live.refresh(edited, touched)
            if update.any or self.scene is None:
                self._lay_out()
        assert self.scene is not None
        if not self.scene.complete:
            self.scene.draw_more()  # a picture is of every lane
            self.loaded.emit()
        return self.scene

    def stop_loading(self) -> None:
        """Stop a read under way and wait for its thread (the window is closing); what
        was set aside from the garbage collector is handed back to it."""
        if self._loader is not None:
            thread, loader = self._loader
            self._loader = None
            loader.stopped = True
            loader.done.wait()
            thread.quit()
            thread.wait()
            if self._gc_was_enabled:
                gc.enable()
            self.loading_label.setVisible(False)
        if self._froze:
            self._froze = False
            gc.unfreeze()

    def _start_loading(self) -> None:
        """Read the data for the filters as set in a thread; say so meanwhile."""
        self.stop_loading()  # a read under way is for other filters
        self.builds += 1
        # What changes from now on is applied to what the thread reads.
        self._edited_articles, self._tag_articles = set(), set()
        self._stale = False
        thread = QThread(self)
        loader = TimelineLoader(self._corpus, self.filters())
        loader.moveToThread(thread)
        thread.started.connect(loader.run)
        loader.finished.connect(self._take)
        thread.finished.connect(loader.deleteLater)
        thread.finished.connect(thread.deleteLater)
        self._loader = (thread, loader)
        # A full pass of the cyclic garbage collector, set off by the objects the read
        # makes, scans every object of the process while holding the interpreter: such
        # passes froze the window for 100-200 ms at 100,000 tags. None runs during the
        # read; after it, what stays (the window's and the timeline's data) is set aside
        # as long-lived (gc.freeze), so later passes do not scan it either.
        self._gc_was_enabled = gc.isenabled()
        gc.disable()
        self.loading_label.setText(LOADING_TEXT)
        self.loading_label.setVisible(True)
        thread.start()

    def _resume_gc(self) -> None:
        """The garbage collector as it was before the read, with what stays set aside."""
        gc.freeze()
        self._froze = True
        if self._gc_was_enabled:
            gc.enable()

    @Slot(object)
    def _take(self, loader: TimelineLoader) -> None:
        """Draw what ``loader`` read (if it is the read under way), with the changes
        made while it read."""
        if self._loader is None or self._loader[1] is not loader:
            return  # an earlier read, or taken already
        thread = self._loader[0]
        self._loader = None
        thread.quit()
        thread.wait()
        self._resume_gc()
        if loader.result is None:
            self.loading_label.setText(loader.message)
            self.loading_label.setVisible(bool(loader.message))
            return
        self.loading_label.setVisible(False)
        if loader.result.filters != self.filters():
            self._start_loading()  # the filters changed while it read
            return
        self._live = loader.result
        self._stale = False  # what changed while it read is applied now
        if self._edited_articles or self._tag_articles is None or self._tag_articles:
            edited, self._edited_articles = self._edited_articles, set()
            touched, self._tag_articles = self._tag_articles, set()
            self._live.refresh(edited, touched)
        if not self._fitted:  # the first time it is seen, show the whole range
            self._fitted = True
            self._fit_scale()
        self._lay_out()

    def _filters_changed(self) -> None:
        if self._live is not None and self._live.filters != self.filters():
            self.refresh()

    def _lay_out(self) -> None:
        """Draw the scene from the data in hand (no database read): at once when it is
        small, else the axis, legend and events at once and the lanes ``LAYOUT_STEP``
        segments at a time, one turn of the event loop each."""
        assert self._live is not None
        data = self._live.data
        center = self.view.mapToScene(self.view.viewport().rect().center())
        many = sum(len(lane.segments) for lane in data.lanes) > LAYOUT_STEP
        self.scene = TimelineScene(
            data,
            self.pixels_per_day,
            deferred=many,
            label_width=label_width_for(self.view.viewport().width()),
            legend_width=self.view.viewport().width(),
        )
        notes = undated_notes(data)
        self.undated.setText("; ".join(notes) + (" — not drawn." if notes else ""))
        self.undated.setVisible(bool(notes))
        self.view.setScene(self.scene)
        self.view.centerOn(center)
        self.view.pin_labels()
        self._draw_more(self.scene)

    def _draw_more(self, scene: TimelineScene) -> None:
        """Draw the next lanes of ``scene`` (if it is still the one shown); once all are
        drawn, say so."""
        if scene is not self.scene:
            return  # laid out anew since
        if scene.complete or scene.draw_more(LAYOUT_STEP):
            self.loaded.emit()
        else:
            QTimer.singleShot(0, self, lambda: self._draw_more(scene))

    def zoom(self, factor: float) -> None:
        """Change the scale, keeping the centre of the view in place."""
        scale = min(MAX_PIXELS_PER_DAY, max(MIN_PIXELS_PER_DAY, self.pixels_per_day * factor))
        if scale == self.pixels_per_day or self.scene is None:
            return
        center = self.view.mapToScene(self.view.viewport().rect().center())
        label_width = self.scene.label_width
        day_offset = (center.x() - label_width) / self.pixels_per_day
        self.pixels_per_day = scale
        self.scene.set_scale(scale)  # the same data at another scale: nothing is read again
        self.view.centerOn(label_width + day_offset * scale, center.y())
        self.view.pin_labels()

    def fit(self) -> None:
        """Scale so the whole range fits the view's width, lane names included (the
        names' column is made narrower first if the view has become narrow or wide)."""
        if self._live is None or self.scene is None:
            return
        self._fit_scale()
        if self.scene.label_width != label_width_for(self.view.viewport().width()):
            self._lay_out()  # the names' column changes: the data in hand drawn anew
        else:
            self.scene.set_scale(self.pixels_per_day)
        self._to_left_edge()
        # The view settles its scroll range after the scene's size changed: again then.
        QTimer.singleShot(0, self, self._to_left_edge)

    def _to_left_edge(self) -> None:
        bar = self.view.horizontalScrollBar()
        bar.setValue(bar.minimum())
        self.view.pin_labels()

    def _fit_scale(self) -> None:
        assert self._live is not None
        data = self._live.data
        days = max(1, (data.last - data.first).days)
        viewport = self.view.viewport().width()
        width = max(100, viewport - label_width_for(viewport) - 20)
        self.pixels_per_day = min(MAX_PIXELS_PER_DAY, max(MIN_PIXELS_PER_DAY, width / days))

    def show_evidence(self, tag_ids: tuple[int, ...], label: str) -> None:
        """List the tags behind the clicked item; one alone opens at once."""
        rows = timeline_evidence(self._corpus.coding, tag_ids)
        self.evidence_model.set_rows(rows)
        self.evidence_label.setText(f"{label} — {len(rows)} piece(s) of evidence")
        if len(rows) == 1:
            self.evidence_requested.emit(rows[0].article_id, rows[0].start, rows[0].end)

    def _fill_event_types(self) -> None:
        """The event-type filter from the analyst's vocabulary (keeping the choice; a type
        removed since falls back to all)."""
        values = self._corpus.vocabularies.values(Vocabulary.EVENT_TYPE, counted=False)
        wanted = [("All event types", None)] + [(v.label, EventType(v.key)) for v in values]
        shown = [
            (self.event_type.itemText(i), self.event_type.itemData(i))
            for i in range(self.event_type.count())
        ]
        if shown == wanted:
            return
        chosen = self.event_type.currentData()
        blocked = self.event_type.blockSignals(True)
        self.event_type.clear()
        for label, key in wanted:
            self.event_type.addItem(label, key)
        self.event_type.setCurrentIndex(max(0, self.event_type.findData(chosen)))
        self.event_type.blockSignals(blocked)
        if self.event_type.currentData() != chosen:
            self._filters_changed()

    def _open_evidence(self, index: QModelIndex) -> None:
        evidence: Evidence = self.evidence_model.rows[index.row()]
        self.evidence_requested.emit(evidence.article_id, evidence.start, evidence.end)

    def _fill_filters(self) -> None:
        """The choices of the filters, read once (when first shown)."""
        if self._filled:
            return
        self._filled = True
        for combo in (self.channel, self.event_type, self.outlet):
            combo.blockSignals(True)
        self.channel.addItem("All channels", None)
        for channel_id, name in channel_choices(self._corpus.coding):
            self.channel.addItem(name, channel_id)
        self._fill_event_types()
        self.outlet.addItem("All outlets", None)
        for outlet in self._corpus.outlets():
            self.outlet.addItem(outlet, outlet)
        for combo in (self.channel, self.event_type, self.outlet):
            combo.blockSignals(False)
            # Connected once filled: filling must not draw the timeline three more times.
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
