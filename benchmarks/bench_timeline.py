"""Timeline with 500 events and 40 channels: lay out the scene, paint it, pan it.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_timeline.py

Baseline, same run: painting an empty scene of the same size in the same view. "Smooth"
here means a pan step repaints well inside a 16 ms frame.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from dragon_reader.domain.coding import (
    ChannelStatus,
    DatePrecision,
    EventType,
    TagId,
)
from dragon_reader.domain.timeline import EventMark, Lane, Segment
from dragon_reader.services.timeline import TimelineData
from dragon_reader.ui.timeline_scene import TimelineScene


def synthetic(rng: random.Random) -> TimelineData:
    first, last = date(2018, 1, 1), date(2024, 12, 31)
    span = (last - first).days
    lanes = []
    for channel in range(40):
        days = sorted(rng.sample(range(span), 12))
        segments = []
        for index, day in enumerate(days):
            start = first + timedelta(days=day)
            end = first + timedelta(days=days[index + 1]) if index + 1 < len(days) else None
            statuses: tuple[ChannelStatus, ...] = (rng.choice(list(ChannelStatus.STARTER)),)
            if rng.random() < 0.05:
                statuses = (ChannelStatus.ACTIVE, ChannelStatus.REFUSED)
            precision = rng.choice(list(DatePrecision))
            segments.append(
                Segment(
                    start,
                    end,
                    statuses,
                    (TagId(index),),
                    start + timedelta(days=30 if precision != "day" else 0),
                    precision,
                )
            )
        lanes.append(Lane(channel, f"Channel {channel}", segments))
    marks = []
    for number in range(500):
        start = first + timedelta(days=rng.randrange(span))
        precision = rng.choice(list(DatePrecision))
        end = start + timedelta(days=0 if precision == DatePrecision.DAY else 29)
        marks.append(
            EventMark(
                number,
                f"Event {number}",
                rng.choice(list(EventType.STARTER)),
                start,
                end,
                precision,
                (TagId(number),),
            )
        )
    return TimelineData(lanes, marks, first, last, {})


def main() -> None:
    app = QApplication.instance() or QApplication([])
    data = synthetic(random.Random(4))
    start = time.perf_counter()
    scene = TimelineScene(data, 1.0)
    layout = time.perf_counter() - start
    view = QGraphicsView()
    view.resize(1400, 900)
    view.show()
    app.processEvents()

    def paint_times(target: QGraphicsScene) -> list[float]:
        view.setScene(target)
        app.processEvents()
        times = []
        bar = view.horizontalScrollBar()
        for step in range(40):
            bar.setValue(step * max(1, bar.maximum() // 40))
            begin = time.perf_counter()
            view.viewport().repaint()
            times.append(time.perf_counter() - begin)
        return times

    empty = QGraphicsScene()
    empty.setSceneRect(scene.sceneRect())
    baseline = paint_times(empty)
    full = paint_times(scene)
    print(
        f"scene: 40 channel lanes ({sum(len(lane.segments) for lane in data.lanes)} "
        f"segments), 500 events, {len(scene.items()):,} items"
    )
    print(f"  lay out the scene                {layout * 1000:7.1f} ms")
    print(
        f"  paint a pan step: median {statistics.median(full) * 1000:5.1f} ms, max "
        f"{max(full) * 1000:5.1f} ms; empty scene of the same size (baseline) median "
        f"{statistics.median(baseline) * 1000:5.1f} ms"
    )
    print(
        f"  {'smooth' if max(full) < 0.016 else 'NOT smooth'}: every pan step repaints "
        f"{'within' if max(full) < 0.016 else 'outside'} a 16 ms frame"
    )


if __name__ == "__main__":
    main()
