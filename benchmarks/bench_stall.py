"""How long the window's event loop stalls while a correction is applied to 10,000 articles
(or ARTICLES: the issue's figure is at 50,000), and while their entity mentions are exported.

    python benchmarks/bench_stall.py [ARTICLES]

Builds a corpus of synthetic articles (seed sentences reshuffled; "Pentagon" is in most of
them), opens the window offscreen, marks "Pentagon" as a place from the Entities menu's
action, and measures the longest gap between ticks of a 5 ms timer until the correction
(the rule, then every article holding the word recognised again, in the work thread) has
finished; then exports every entity mention to CSV from File ▸ Export's call, measured the
same way. Target: ≤ 100 ms. Baseline: the longest gap of the same timer over two seconds
with nothing running (the machine's own jitter), with the load average. Not a unit test:
timings depend on the machine and its load.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import LoopGaps, synthetic_article

TARGET_MS = 100.0


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from dragon_reader.io.readers import ImportedText
    from dragon_reader.services.corpus import Corpus
    from dragon_reader.services.exports import ExportRequest, ExportWhat
    from dragon_reader.ui.bus import ChangeBus
    from dragon_reader.ui.controllers.files import FilesController
    from dragon_reader.ui.main_window import MainWindow
    from dragon_reader.ui.reader import ArticleReader

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    # Stopped from outside (SIGTERM, e.g. a timeout): still delete the folder.
    signal.signal(signal.SIGTERM, lambda *_a: sys.exit(1))
    folder = Path(tempfile.mkdtemp())
    try:
        corpus = Corpus.open(folder / "stall.sqlite3")
        texts = [synthetic_article(600, rng) for _ in range(count)]
        items = [
            (f"a{i}.txt", ImportedText(t, f"a{i}.txt", "txt", "utf-8")) for i, t in enumerate(texts)
        ]
        corpus.store_many(items)
        holding = sum("Pentagon" in t for t in texts)

        window = MainWindow(corpus, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
        window.show()
        while window.opening:  # the last article opens once the list has painted
            app.processEvents()
        reader = window.findChild(ArticleReader, "reader")
        bus = window.findChild(ChangeBus, "bus")
        mark = window.findChild(QAction, "mark_loc")
        assert reader is not None and bus is not None and mark is not None
        article = reader.article
        assert article is not None
        opened = next(i for i, t in enumerate(texts) if "Pentagon" in t)
        window.open_article(corpus.article_ids()[opened])
        text = reader.article.text  # type: ignore[union-attr]
        start = text.index("Pentagon")
        reader.select_span(start, start + len("Pentagon"))

        idle = _idle_gap(app)
        print(
            f"{count:,} articles; event loop idle for 2 s (baseline): longest gap {idle:.0f} ms "
            f"(load {os.getloadavg()[0]:.1f})"
        )
        took, longest = _stalls(app, bus, mark.trigger)
        print(
            f"correction on {count:,} articles ({holding:,} hold the word): {took:.1f} s in the "
            f"work thread; longest event-loop stall {longest:.0f} ms (target ≤ {TARGET_MS:.0f} ms"
            f"; {longest / idle:.1f}× idle; load {os.getloadavg()[0]:.1f})"
        )
        files = window.findChild(FilesController, "files_controller")
        assert files is not None
        target = folder / "entities.csv"
        took, longest = _stalls(
            app, bus, lambda: files.export(ExportRequest(target, ExportWhat.ENTITIES))
        )
        rows = sum(1 for _ in target.open(encoding="utf-8-sig")) - 1
        print(
            f"export of {rows:,} entity mentions to CSV: {took:.1f} s in the work thread; longest "
            f"event-loop stall {longest:.0f} ms (target ≤ {TARGET_MS:.0f} ms; "
            f"{longest / idle:.1f}× idle; load {os.getloadavg()[0]:.1f})"
        )
        window.close()
        corpus.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # nothing left behind


def _idle_gap(app: Any, seconds: float = 2.0) -> float:
    """The longest gap, in ms, between ticks of a 5 ms timer while nothing runs."""
    began = time.perf_counter()
    _, gap = _turn_while(app, lambda: time.perf_counter() - began < seconds)
    return max(gap, 1.0)


def _stalls(app: Any, bus: Any, start: Callable[[], object]) -> tuple[float, float]:
    """Start long work and turn the event loop until it ends; return the seconds it took
    and the longest gap, in ms, between ticks of a 5 ms timer meanwhile."""
    return _turn_while(app, lambda: bus.busy, start)


def _turn_while(
    app: Any, going: Callable[[], bool], start: Callable[[], object] = lambda: None
) -> tuple[float, float]:
    """Run ``start``, then turn the event loop while ``going()``; return the seconds it
    took and the longest gap, in ms, between ticks of a 5 ms timer meanwhile."""
    gaps = LoopGaps()
    gaps.start()
    began = time.perf_counter()
    start()
    while going():
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - began
    return took, gaps.stop()


if __name__ == "__main__":
    main()
