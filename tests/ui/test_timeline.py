from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QTableView,
    QTabWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from dragon_reader.app import main
from dragon_reader.domain.coding import ChannelStatus, FuzzyDate, TagId, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.timeline import TimelineFilters
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.timeline import LiveTimeline, build_timeline
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.timeline_panel import TimelinePanel
from dragon_reader.ui.timeline_scene import (
    AXIS_HEIGHT,
    EVIDENCE_ROLE,
    LEGEND_ROLE,
    ROW_HEIGHT,
    TimelineScene,
    render_png,
)
from tests.ui.find import bus, child, reader


def tag_channel(
    corpus: Corpus,
    article_id: int,
    words: str,
    status: ChannelStatus,
    when: str,
    channel: str = "Defense Policy Coordination Talks",
) -> int:
    text = corpus.article(article_id).text  # type: ignore[union-attr, arg-type]
    start = text.index(words)
    entry = next(c for c in corpus.coding.channels() if c.name == channel)
    return corpus.coding.create_tag(
        article_id,
        start,
        start + len(words),
        TagKind.CHANNEL,
        entry.id,
        status,
        FuzzyDate.parse(when),
    ).id


def test_timeline_data_follows_tags_and_filters(corpus: Corpus) -> None:
    tag_channel(corpus, 4, "severed by Beijing", ChannelStatus.SEVERED, "2022-08")
    corpus.coding.annotator = "bo"
    tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    data = build_timeline(corpus.coding)
    lane = next(lane for lane in data.lanes if lane.name == "Defense Policy Coordination Talks")
    assert [s.status for s in lane.segments] == [ChannelStatus.SEVERED, ChannelStatus.RESUMED]
    assert data.marks == []  # no event is tagged: the codebook's events are not drawn
    assert len(build_timeline(corpus.coding, TimelineFilters(all_events=True)).marks) == 17
    only_bo = build_timeline(corpus.coding, TimelineFilters(annotator="bo"))
    lane = next(lane for lane in only_bo.lanes if lane.name == "Defense Policy Coordination Talks")
    assert [s.status for s in lane.segments] == [ChannelStatus.RESUMED]


def show_timeline(qtbot: QtBot, window: MainWindow) -> TimelinePanel:
    """Bring the Timeline tab forward and wait until its data, read in the background,
    is drawn."""
    panel = child(window, TimelinePanel, "timeline_panel")
    child(window, QTabWidget, "center_tabs").setCurrentWidget(panel)
    qtbot.waitUntil(lambda: not panel.loading and panel.scene is not None)
    return panel


@pytest.fixture
def timeline(qtbot: QtBot, window: MainWindow) -> TimelinePanel:
    """The Timeline tab, brought forward (it is read only when shown) and drawn."""
    return show_timeline(qtbot, window)


# What the timeline's reads of tags look like (its lane fingerprints, its lean rows).
TIMELINE_READS = ("sum(tag.id)", "SELECT tag.id, tag.article_id, tag.event_id, tag.channel_id")


def count_queries(corpus: Corpus) -> list[str]:
    """A list that collects every SQL statement run on the corpus from now on."""
    statements: list[str] = []
    event.listen(
        corpus.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: statements.append(statement),
    )
    return statements


def test_clicking_a_segment_jumps_to_the_evidence(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    tag_id = bus(window).run(
        lambda: tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    )
    panel = child(window, TimelinePanel, "timeline_panel")
    assert panel.scene is not None  # refreshed from the bus when the tag was made
    item = next(i for i in panel.scene.items() if i.data(EVIDENCE_ROLE) == (tag_id,))
    panel.view.centerOn(item)
    point = panel.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))
    assert window.current_article_id == 4
    span = reader(window).selected_span()
    assert span is not None
    assert span.text_of(reader(window).article.text) == "17th round"  # type: ignore[union-attr]
    assert "resumed" in panel.evidence_label.text()


def test_timeline_is_not_read_while_hidden_and_catches_up_when_shown(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    panel = child(window, TimelinePanel, "timeline_panel")
    assert (panel.builds, panel.scene) == (0, None)  # the Article tab is in front
    statements = count_queries(corpus)
    tag_id = bus(window).run(
        lambda: tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    )
    bus(window).undo()
    bus(window).redo()
    assert statements, "nothing was read at all: the statements are not seen"
    assert not any(read in s for s in statements for read in TIMELINE_READS)
    assert (panel.scene, panel.builds) == (None, 0)
    show_timeline(qtbot, window)
    assert panel.builds == 1
    assert panel.scene is not None
    assert any(i.data(EVIDENCE_ROLE) == (tag_id,) for i in panel.scene.items())


def test_the_timeline_is_read_in_the_background_and_shows_a_tag_made_meanwhile(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtWidgets import QLabel

    from dragon_reader.ui import timeline_panel

    read, go_on = threading.Event(), threading.Event()

    class HeldTimeline(LiveTimeline):
        """Holds the read, once done, until the test lets it go."""

        def reload(self) -> None:
            super().reload()
            read.set()
            go_on.wait(10)

    monkeypatch.setattr(timeline_panel, "LiveTimeline", HeldTimeline)
    panel = child(window, TimelinePanel, "timeline_panel")
    child(window, QTabWidget, "center_tabs").setCurrentWidget(panel)
    assert read.wait(10)  # every tag read, in the reading thread
    loading = child(panel, QLabel, "timeline_loading")
    assert panel.loading and loading.isVisible() and "Reading" in loading.text()
    # The window goes on: a tag is made and shown in the reader while the timeline reads.
    tag_id = bus(window).run(
        lambda: tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    )
    assert tag_id is not None
    assert panel.loading and panel.builds == 1
    go_on.set()
    qtbot.waitUntil(lambda: not panel.loading)
    assert not loading.isVisible()
    assert panel.scene is not None and panel.builds == 1
    assert any(i.data(EVIDENCE_ROLE) == (tag_id,) for i in panel.scene.items())


def test_closing_the_window_stops_the_reading(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from dragon_reader.ui import timeline_panel

    started = threading.Event()

    class SlowTimeline(LiveTimeline):
        """Reads until told to stop."""

        def reload(self) -> None:
            started.set()
            while True:
                self._check_stopped()
                threading.Event().wait(0.01)

    monkeypatch.setattr(timeline_panel, "LiveTimeline", SlowTimeline)
    panel = child(window, TimelinePanel, "timeline_panel")
    child(window, QTabWidget, "center_tabs").setCurrentWidget(panel)
    assert started.wait(10)
    window.close()  # does not hang, and leaves no thread reading a closed database
    assert not panel.loading


def test_a_tag_redraws_only_its_lane(
    window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    bus(window).run(
        lambda: tag_channel(corpus, 4, "severed by Beijing", ChannelStatus.SEVERED, "2022-08")
    )
    resumed = bus(window).run(
        lambda: tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2023-01-09")
    )
    scene = timeline.scene
    assert scene is not None
    rows = {lane.name: row for row, lane in enumerate(scene.data.lanes)}
    row = rows["Defense Policy Coordination Talks"]
    before = {r: scene.lane_items(r) for r in rows.values()}
    (resumed_bar,) = [i for i in before[row] if i.data(EVIDENCE_ROLE) == (resumed,)]
    # A report inside the drawn range (only tagged events are drawn, so the tags set it).
    tag_id = bus(window).run(
        lambda: tag_channel(corpus, 4, "17th round", ChannelStatus.PROPOSED, "2022-11")
    )
    assert timeline.scene is scene  # not laid out again
    assert timeline.builds == 1
    for other in rows.values():
        if other != row:
            assert scene.lane_items(other) == before[other]
    assert scene.lane_items(row) != before[row]
    assert any(i.data(EVIDENCE_ROLE) == (tag_id,) for i in scene.lane_items(row))
    assert resumed_bar in scene.lane_items(row)  # its segment did not change: kept as drawn

    def legend() -> list[str]:
        return [i.text() for i in scene.items() if i.data(LEGEND_ROLE) and hasattr(i, "text")]

    assert any(t.endswith("— 1 source article") for t in legend())
    bus(window).run(
        lambda: tag_channel(
            corpus, 2, "Vienna", ChannelStatus.ACTIVE, "2022-12-01", channel="Crisis hotline"
        )
    )
    assert timeline.scene is scene
    assert any(t.endswith("— 2 source articles") for t in legend())  # the legend follows
    bus(window).undo()
    assert any(t.endswith("— 1 source article") for t in legend())
    bus(window).undo()
    assert not any(i.data(EVIDENCE_ROLE) == (tag_id,) for i in scene.items())
    for other in rows.values():
        if other != row:
            assert scene.lane_items(other) == before[other]


def test_zoom_reads_nothing_from_the_database(
    window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    statements = count_queries(corpus)
    timeline.zoom(1.25)
    timeline.zoom(1 / 1.25)
    timeline.fit()
    assert timeline.scene is not None
    assert statements == []


def drawing(scene: TimelineScene) -> list[tuple[object, ...]]:
    """What a scene shows: each item's kind, place, size and text or evidence."""
    shown = []
    for item in scene.items():
        rect = item.sceneBoundingRect()
        words = item.text() if hasattr(item, "text") else ""
        shown.append(
            (
                type(item).__name__,
                round(rect.x(), 3),
                round(rect.y(), 3),
                round(rect.width(), 3),
                round(rect.height(), 3),
                words,
                item.data(EVIDENCE_ROLE),
                item.toolTip(),
            )
        )
    return sorted(shown, key=repr)


def test_a_zoomed_scene_moves_its_items_and_draws_what_a_new_one_draws(
    window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    bus(window).run(
        lambda: tag_channel(corpus, 4, "severed by Beijing", ChannelStatus.SEVERED, "2022-08")
    )
    bus(window).run(
        lambda: tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    )
    scene = timeline.scene
    assert scene is not None

    def bars() -> set[object]:  # the segments' bars (the event marks are drawn above them)
        return {i for i in scene.items() if i.data(EVIDENCE_ROLE) and i.zValue() != 2}

    before = bars()
    assert before
    for factor in (1.25, 1.25, 0.8, 1 / 1.25**3):
        timeline.zoom(factor)
        assert timeline.scene is scene  # moved, not drawn anew
        assert bars() == before
        fresh = TimelineScene(
            scene.data,
            timeline.pixels_per_day,
            label_width=scene.label_width,
            legend_width=scene.legend_width,
        )
        fresh.pin_labels(scene.pinned_left)  # its names where the view keeps them
        assert drawing(scene) == drawing(fresh)
        assert scene.sceneRect() == fresh.sceneRect()


def test_zoom_keeps_within_limits(qtbot: QtBot, timeline: TimelinePanel) -> None:
    panel = timeline
    before = panel.pixels_per_day
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert panel.pixels_per_day == pytest.approx(before * 1.25)
    for _ in range(100):
        panel.zoom(0.5)
    assert panel.pixels_per_day == pytest.approx(0.05)


def test_cli_writes_valid_svg_and_png(
    db_path: Path, tmp_path: Path, corpus: Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    corpus.close()
    svg, png = tmp_path / "t.svg", tmp_path / "t.png"
    assert main(["--db", str(db_path), "timeline", str(svg)]) == 0
    assert main(["--db", str(db_path), "timeline", str(png)]) == 0
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Defense Policy Coordination Talks" in svg.read_text(encoding="utf-8")
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 2000
    assert "wrote the timeline (10 channel lanes, 0 events, 1 source articles)" in (
        capsys.readouterr().out
    )
    text = svg.read_text(encoding="utf-8")
    assert "US–China channels and events — 1 source article" in text  # the legend
    for words in ("severed", "resumed", "conflicting reports", "uncertain date"):
        assert words in text
    assert main(["--db", str(db_path), "timeline", "--all-events", str(svg)]) == 0
    assert "17 events" in capsys.readouterr().out
    assert main(["--db", str(db_path), "timeline", str(tmp_path / "t.pdf")]) == 2


def test_undated_tags_are_listed_and_uncertain_dates_drawn_so(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtWidgets import QCheckBox, QLabel

    # Seed 004 has no stored publication date: a date read from it is uncertain.
    tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    for words in ("severed by Beijing", "two days"):
        text = corpus.article(4).text  # type: ignore[union-attr, arg-type]
        start = text.index(words)
        entry = next(c for c in corpus.coding.channels() if c.name == "Crisis hotline")
        corpus.coding.create_tag(
            4, start, start + len(words), TagKind.CHANNEL, entry.id, ChannelStatus.SEVERED, None
        )
    data = build_timeline(corpus.coding)
    assert data.undated_channel_tags == 2
    lane = next(lane for lane in data.lanes if lane.name == "Defense Policy Coordination Talks")
    assert [s.uncertain for s in lane.segments] == [True]
    panel = show_timeline(qtbot, window)  # drawn when shown
    undated = panel.findChild(QLabel, "undated_tags")
    assert undated is not None
    assert undated.text() == "2 channel tags have no date — not drawn."
    unused = panel.findChild(QCheckBox, "show_unused_events")
    assert unused is not None and not unused.isChecked()
    assert panel.scene is not None and panel.scene.data.marks == []
    unused.setChecked(True)  # other filters: read again in the background
    qtbot.waitUntil(lambda: not panel.loading)
    assert panel.scene is not None and len(panel.scene.data.marks) == 17
    # Once the publication date is confirmed, the same report is certain.
    article = corpus.article(4)  # type: ignore[arg-type]
    assert article is not None
    live = LiveTimeline(corpus.coding)
    corpus.edit_metadata(article.id, published=date(2024, 1, 10))
    update = live.refresh(articles={article.id})  # no tag changed: the lane is read again
    lane = next(
        lane for lane in live.data.lanes if lane.name == "Defense Policy Coordination Talks"
    )
    assert [s.uncertain for s in lane.segments] == [False]
    assert update.any
    lane = next(
        lane
        for lane in build_timeline(corpus.coding).lanes
        if lane.name == "Defense Policy Coordination Talks"
    )
    assert [s.uncertain for s in lane.segments] == [False]


def test_the_axis_shows_months_when_zoomed_in_and_its_last_label_fits(corpus: Corpus) -> None:
    from dragon_reader.ui.timeline_scene import TimelineScene

    tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    data = build_timeline(corpus.coding, today=date(2024, 3, 1))
    zoomed_out, zoomed_in = TimelineScene(data, 0.2), TimelineScene(data, 2.0)
    assert (zoomed_out.months_shown(), zoomed_in.months_shown()) == (12, 1)
    labels = [i for i in zoomed_in.items() if hasattr(i, "text") and i.text() in {"Feb", "Mar"}]
    assert labels
    right = max(i.sceneBoundingRect().right() for i in zoomed_in.items())
    assert right <= zoomed_in.sceneRect().right()


def test_file_export_timeline_replaces_the_file_only_when_drawn(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.ui.find import action

    target = tmp_path / "timeline.svg"
    target.write_text("an older picture")
    chosen = [str(target)]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (chosen[0], ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    action(window, "export_timeline").trigger()
    assert ET.parse(target).getroot().tag.endswith("svg")
    assert "Timeline written" in window.statusBar().currentMessage()

    chosen[0] = str(tmp_path / "no such folder" / "timeline.svg")
    action(window, "export_timeline").trigger()
    assert shown and "was left as it was" in shown[0]
    assert [p.name for p in tmp_path.iterdir() if "timeline" in p.name] == ["timeline.svg"]


def _drawn(data: object) -> list[object]:
    lanes = data.lanes  # type: ignore[attr-defined]
    marks = data.marks  # type: ignore[attr-defined]
    sources = data.sources  # type: ignore[attr-defined]
    return [[(lane.channel_id, lane.segments, lane.undated) for lane in lanes], marks, sources]


def test_a_refresh_told_the_articles_reads_only_their_tags_and_equals_a_new_build(
    corpus: Corpus,
) -> None:
    live = LiveTimeline(corpus.coding)
    first = tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    tag_channel(corpus, 2, "Vienna", ChannelStatus.ACTIVE, "2023-05", channel="Crisis hotline")
    statements = count_queries(corpus)
    live.refresh((), {4, 2})
    of_tags = [s for s in statements if "FROM tag" in s]
    assert of_tags and all("tag.article_id IN" in s for s in of_tags), "other tags were read"
    assert not any("GROUP BY" in s for s in statements), "every channel's tags were counted"
    assert _drawn(live.data) == _drawn(build_timeline(corpus.coding))
    other = next(c for c in corpus.coding.channels() if c.name == "Crisis hotline")
    corpus.coding.update_tag(TagId(first), entry_id=other.id)  # moved to another lane
    live.refresh((), {4})
    assert _drawn(live.data) == _drawn(build_timeline(corpus.coding))
    corpus.coding.undo()
    corpus.coding.delete_tag(TagId(first))
    live.refresh((), {4})
    assert _drawn(live.data) == _drawn(build_timeline(corpus.coding))


def test_a_lane_read_again_reads_the_text_of_new_tags_only(corpus: Corpus) -> None:
    tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    live = LiveTimeline(corpus.coding)
    tag_channel(corpus, 2, "Vienna", ChannelStatus.ACTIVE, "2023-05")  # the same lane
    statements = count_queries(corpus)
    live.refresh((), {2})
    texts = [s for s in statements if "article.text" in s]
    assert len(texts) == 1 and texts[0].count("?") == 1, "the first tag's article read again"
    assert _drawn(live.data) == _drawn(build_timeline(corpus.coding))


def test_the_evidence_list_shows_who_did_it(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    first = tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    second = tag_channel(corpus, 4, "severed by Beijing", ChannelStatus.SEVERED, "2022-08")
    corpus.slots.set_slots(
        first,
        [
            SlotFiller(SlotRole.ACTOR, "Michael Chase"),
            SlotFiller(SlotRole.RECIPIENT, "Song Yanchao"),
            SlotFiller(SlotRole.PARTY, "US"),
            SlotFiller(SlotRole.PARTY, "China"),
        ],
    )
    timeline.show_evidence((first, second), "two reports")
    model = child(window, QTableView, "timeline_evidence").model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    who = [model.data(model.index(row, headers.index("Slots"))) for row in range(2)]
    assert who == [
        "Actor: Michael Chase · Recipient: Song Yanchao · Parties: US; China",
        "",
    ]


def test_the_filters_show_their_text_in_the_tab_at_1280_by_800(
    qtbot: QtBot, window: MainWindow, timeline: TimelinePanel
) -> None:
    from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QSplitter

    window.showNormal()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()  # the window's own first split, then the user's
    child(window, QSplitter, "main_splitter").setSizes([515, 355])  # the narrowest reader
    QApplication.processEvents()
    assert timeline.width() < 450  # the tab is the window's middle third: the test means it
    for name in ("timeline_channel", "timeline_event_type", "timeline_outlet"):
        combo = child(timeline, QComboBox, name)
        text = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() >= text + 24, f"{name}: {combo.currentText()!r} is cut"
    annotator = child(timeline, QLineEdit, "timeline_annotator")
    placeholder = annotator.fontMetrics().horizontalAdvance(annotator.placeholderText())
    assert annotator.width() >= placeholder + 8
    unused = child(timeline, QCheckBox, "show_unused_events")
    assert unused.width() >= unused.sizeHint().width()
    assert timeline.minimumSizeHint().width() <= timeline.width()


def test_a_narrow_timeline_tab_shows_its_bars_beside_shortened_lane_names(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QSplitter

    window.showNormal()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()  # the window's own first split, then the user's
    child(window, QSplitter, "main_splitter").setSizes([515, 355])  # the narrowest reader
    QApplication.processEvents()
    tag_id = bus(window).run(
        lambda: tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01")
    )
    timeline.fit()
    qtbot.waitUntil(lambda: timeline.scene is not None and timeline.scene.complete)
    scene = timeline.scene
    assert scene is not None
    viewport = timeline.view.viewport().rect()
    assert viewport.width() < 450  # the tab is narrow: the test means it
    bar = next(i for i in scene.items() if i.data(EVIDENCE_ROLE) == (tag_id,))
    shown = timeline.view.mapFromScene(bar.sceneBoundingRect()).boundingRect()
    assert viewport.contains(shown), "the tagged month is drawn out of sight"
    names = [
        i
        for i in scene.items()
        if isinstance(i, QGraphicsSimpleTextItem) and i.toolTip() and i.scenePos().x() == 8
    ]
    assert names, "no lane name drawn"
    assert all(i.sceneBoundingRect().right() <= scene.label_width for i in names)
    assert any(i.text().endswith("…") for i in names)  # long names shortened to the column


def test_the_legend_wraps_inside_the_view_and_follows_its_width(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    bus(window).run(
        lambda: tag_channel(corpus, 4, "severed by Beijing", ChannelStatus.SEVERED, "2022-08")
    )
    timeline.fit()
    scene = timeline.scene
    assert scene is not None

    def legend_right_edge() -> float:
        boxes = [i.sceneBoundingRect() for i in scene.items() if i.data(LEGEND_ROLE)]
        return max(box.right() for box in boxes)

    for width in (420, 900):
        timeline.view.resize(width, timeline.view.height())
        viewport = timeline.view.viewport().width()
        qtbot.waitUntil(lambda v=viewport: scene.legend_width == v)  # type: ignore[misc]
        # Every swatch and its words within the view: nothing to scroll right for.
        assert legend_right_edge() <= viewport
    labels = [i.text() for i in scene.items() if i.data(LEGEND_ROLE) and hasattr(i, "text")]
    assert "conflicting reports" in labels and "severed" in labels


def test_a_date_confirmed_outside_the_window_is_certain_after_refresh(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    panel = show_timeline(qtbot, window)

    def uncertain() -> list[bool]:
        assert panel.scene is not None
        lane = next(
            lane
            for lane in panel.scene.data.lanes
            if lane.name == "Defense Policy Coordination Talks"
        )
        return [s.uncertain for s in lane.segments]

    assert uncertain() == [True]  # seed 004's date is only read from its text
    # Confirmed from the command line (another process: the window is not told) ...
    corpus.edit_metadata(4, published=date(2024, 1, 10))  # type: ignore[arg-type]
    # ... then View ▸ Refresh: the report is drawn as certain.
    window.navigation.refresh()
    qtbot.waitUntil(lambda: not panel.loading and uncertain() == [False])


def _lane_names(scene: TimelineScene) -> list[QGraphicsSimpleTextItem]:
    return [i for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.toolTip()]


def zoom_in_and_pan(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel, share: float
) -> None:
    """Two reports of one channel, the timeline fitted, zoomed in six steps (once they are
    done) and panned ``share`` of the way to its right end."""
    bus(window).run(
        lambda: tag_channel(corpus, 4, "severed by Beijing", ChannelStatus.SEVERED, "2022-08")
    )
    bus(window).run(
        lambda: tag_channel(corpus, 4, "17th round", ChannelStatus.RESUMED, "2024-01-09")
    )
    timeline.fit()
    qtbot.waitUntil(lambda: timeline.scene is not None and timeline.scene.complete)
    for _ in range(6):
        timeline.zoom(2.0)
    qtbot.wait(300)  # what the zooms left to do is done
    scroll = timeline.view.horizontalScrollBar()
    assert scroll.maximum() > 500  # zoomed in: there is far to pan
    scroll.setValue(int(scroll.maximum() * share))
    assert scroll.value() > 300


def test_lane_names_stay_at_the_left_edge_when_zoomed_and_panned_and_fit_brings_all_back(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    """A frozen column: scrolled to the right of a zoomed timeline, every lane's name is
    still at the view's left edge (over the bars, which pass under it); Fit scrolls back
    to the start. Every scroll paints the whole view again (a copy of the pixels across,
    or a minimal update after a zoom, left fragments of the moved names and bars)."""
    zoom_in_and_pan(qtbot, window, corpus, timeline, 0.5)
    view = timeline.view
    scroll = view.horizontalScrollBar()
    QApplication.processEvents()
    assert scroll.value() > 300  # still panned: the names below are checked away from 0
    scene = timeline.scene
    assert scene is not None
    names = _lane_names(scene)
    assert names
    viewport = view.viewport().rect()
    for name in names:
        shown = view.mapFromScene(name.sceneBoundingRect()).boundingRect()
        assert viewport.contains(shown), (name.text(), shown)
        assert shown.left() <= 12  # at the left edge
    assert view.viewportUpdateMode() == QGraphicsView.ViewportUpdateMode.FullViewportUpdate
    timeline.fit()
    QApplication.processEvents()
    assert scroll.value() == scroll.minimum()
    assert timeline.scene is not None
    assert all(name.scenePos().x() == 8 for name in _lane_names(timeline.scene))


def test_an_exported_image_has_the_lane_names_at_its_left_edge_wherever_the_view_is(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel, tmp_path: Path
) -> None:
    zoom_in_and_pan(qtbot, window, corpus, timeline, 1.0)
    QApplication.processEvents()
    scene = timeline.scene
    assert scene is not None and scene.pinned_left > 0
    seen: list[float] = []
    original = scene.render

    def render(*args: object, **kwargs: object) -> None:
        seen.extend(name.scenePos().x() for name in _lane_names(scene))
        original(*args, **kwargs)  # type: ignore[arg-type]

    scene.render = render  # type: ignore[method-assign]
    render_png(scene, str(tmp_path / "timeline.png"))
    assert seen and all(x == 8 for x in seen)
    assert scene.pinned_left > 0  # the view's names are back at its edge


def test_the_legend_stays_in_sight_when_the_timeline_is_panned(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel
) -> None:
    zoom_in_and_pan(qtbot, window, corpus, timeline, 0.5)
    view = timeline.view
    scene = timeline.scene
    assert scene is not None
    legend = [i for i in scene.items() if i.data(LEGEND_ROLE)]
    assert legend
    lefts = [view.mapFromScene(i.sceneBoundingRect()).boundingRect().left() for i in legend]
    assert min(lefts) >= -1  # nothing scrolled out of sight on the left
    assert min(lefts) <= 12  # the title at the view's left edge


def _year_labels(scene: TimelineScene) -> list[QGraphicsSimpleTextItem]:
    return [
        i
        for i in scene.items()
        if isinstance(i, QGraphicsSimpleTextItem) and i.text().isdigit() and len(i.text()) == 4
    ]


def _many_lanes(qtbot: QtBot, corpus: Corpus, timeline: TimelinePanel, lanes: int) -> None:
    """``lanes`` more channels, each with one dated report, drawn on the timeline."""
    for number in range(lanes):
        channel = corpus.coding.create_channel(f"Working group {number + 1}")
        corpus.coding.create_tag(
            4,
            10 * number,
            10 * number + 5,
            TagKind.CHANNEL,
            channel.id,
            ChannelStatus.ACTIVE,
            FuzzyDate.parse(f"{2022 + number % 3}-{1 + number % 9:02d}"),
        )
    timeline.reload()
    qtbot.waitUntil(lambda: timeline.scene is not None and len(timeline.scene.data.lanes) > lanes)
    qtbot.waitUntil(lambda: timeline.scene is not None and timeline.scene.complete)


def _axis_at_the_top(timeline: TimelinePanel) -> None:
    """Every year on the axis is in the view's top band, over the lanes scrolled under it."""
    view, scene = timeline.view, timeline.scene
    assert scene is not None
    years = _year_labels(scene)
    assert years, "no year on the axis"
    for year in years:
        shown = view.mapFromScene(year.sceneBoundingRect()).boundingRect()
        assert shown.top() >= 0 and shown.bottom() <= AXIS_HEIGHT, (year.text(), shown)
    band = QRect(0, 0, view.viewport().width(), int(AXIS_HEIGHT))
    under = [i for i in view.items(band) if i in _lane_names(scene)]
    assert under, "no lane scrolled under the axis: the test means nothing"
    assert all(i.zValue() < years[0].zValue() for i in under)  # the axis is drawn over them


def test_the_time_axis_stays_at_the_top_while_many_lanes_scroll_under_it(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, timeline: TimelinePanel, tmp_path: Path
) -> None:
    """A frozen header row, as the lane names are a frozen column: scrolled down through
    many lanes (zoomed in and panned too, and after Fit), the years stay at the view's top;
    an image of the whole timeline has its axis at the top wherever the view is."""
    _many_lanes(qtbot, corpus, timeline, 40)
    timeline.fit()
    QApplication.processEvents()
    view = timeline.view
    down = view.verticalScrollBar()
    assert down.maximum() > 3 * ROW_HEIGHT  # more lanes than the view shows
    down.setValue(down.maximum() // 2)
    QApplication.processEvents()
    _axis_at_the_top(timeline)
    for _ in range(4):
        timeline.zoom(2.0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    down.setValue(down.maximum())
    QApplication.processEvents()
    assert view.horizontalScrollBar().value() > 0 and down.value() > 0
    _axis_at_the_top(timeline)
    timeline.fit()
    qtbot.wait(50)  # Fit scrolls back to the left edge once the view has settled
    assert view.horizontalScrollBar().value() == 0
    _axis_at_the_top(timeline)
    scene = timeline.scene
    assert scene is not None and scene.pinned_top > 0
    seen: list[float] = []
    original = scene.render

    def render(*args: object, **kwargs: object) -> None:
        seen.extend(year.scenePos().y() for year in _year_labels(scene))
        original(*args, **kwargs)  # type: ignore[arg-type]

    scene.render = render  # type: ignore[method-assign]
    render_png(scene, str(tmp_path / "timeline.png"))
    assert seen and all(y < AXIS_HEIGHT for y in seen)  # the image's axis at its top
    assert scene.pinned_top > 0  # the view's axis is back at its top
