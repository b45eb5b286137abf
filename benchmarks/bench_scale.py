"""The window at 100,000 articles and 100,000 tags: start, list, search, tagging, timeline.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_scale.py

Uses the generated corpus of ``scale_corpus.py`` (made once, cached in the temporary
folder), works on a copy that it deletes, and prints each figure next to a baseline
measured in the same run, with the machine's load average (it shares two cores):
  start to first paint at 100,000 articles vs an empty database (goal ≤ 2×)
  list first paint at 100,000 vs an empty database (goal ≤ 2×)
  tag / edit / undo until the views show it, timeline shown and hidden (goal ≤ 50 ms),
    vs the service call alone
  the timeline's first showing: read in a thread of its own while the window goes on (the
    longest stall of the window's event loop meanwhile, goal ≤ 100 ms), then laid out; a
    zoom step vs laying the same scene out anew
  search as you type: the first 50 hits with snippets on screen, p95 over 50 pauses
    (goal ≤ 100 ms) vs the bare ranked top-20 query; statements per pause
  timeline pan at 100,000 tags: median and max repaint (goal ≤ 8 ms, ≤ 16 ms) vs an
    empty scene of the same size
  the daily backup at 100,000 articles: SQLite's backup API vs VACUUM INTO, and the check
    that skips it when nothing changed
  peak memory with the window open (a process of its own; goal ≤ 400 MB) vs Qt with an
    empty window (another process of its own)
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DRAGON_READER_ANNOTATOR", "bench")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale_corpus import ensure, working_copy

SEARCHES = (
    "Taiwan",
    "Blinken Beijing",
    "Pentagon",
    "Sullivan",
    "Wang Yi",
    "Vienna",
    "Dong Jun",
    "Singapore",
    "Xi Jinping",
    "talks",
    "officials Manila",
    "Reuters",
    "Pelosi",
    "Austin Li",
    "Hawaii",
)


PROFILE = os.environ.get("DRAGON_READER_BENCH_PROFILE") == "1"  # where the time goes


def profile_tagging(label: str, tag: Any, bus: Any, timed: Any) -> None:
    """Print the functions that took the most time over a tag, an edit-free undo and a
    redo (``DRAGON_READER_BENCH_PROFILE=1``)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    timed(tag)
    timed(bus.undo)
    profiler.disable()
    print(f"  -- profile of a tag and its undo, timeline {label} --")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def widget(window: Any, name: str) -> Any:
    """The window's child widget named ``name`` (list, tabs, timeline, filter bar)."""
    from PySide6.QtWidgets import QWidget

    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def load() -> str:
    """The load average over the last minute."""
    return f"{os.getloadavg()[0]:.1f}"


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB: the kernel's high-water mark of
    this process image (``VmHWM``). Not ``ru_maxrss``: on Linux it carries the parent's
    peak over fork and exec, so a child started by a big parent reports the parent's."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


class PaintWatch:
    """Notes when a widget first paints (an event filter)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and outer.painted_at is None:
                    outer.painted_at = time.perf_counter()
                return False

        self.painted_at: float | None = None
        self.filter = Filter()


def show_timeline(app: Any, window: Any) -> tuple[float, float, float, float]:
    """Bring the Timeline tab forward and wait until its data, read in a thread, is drawn:
    seconds until the tab (saying it is loading) is back to the user, seconds until the
    lanes are drawn, the longest turn of the window's event loop while the data was read
    (a stall the user would feel), and the last turn (the lay-out on the window's thread)."""
    panel = widget(window, "timeline_panel")
    start = time.perf_counter()
    widget(window, "center_tabs").setCurrentWidget(panel)
    app.processEvents()
    responsive = time.perf_counter() - start
    longest, last = 0.0, 0.0
    while panel.loading:
        begin = time.perf_counter()
        app.processEvents()
        last = time.perf_counter() - begin
        if panel.loading:
            longest = max(longest, last)
        else:
            break
    settle(app)
    return responsive, time.perf_counter() - start, longest, last


def start_window(path: Path, folder: Path, with_open: bool) -> tuple[float, Any, Any]:
    """Open the corpus and the window; seconds until the list first paints."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dragon_reader.services.corpus import Corpus
    from dragon_reader.ui.main_window import MainWindow

    app = QApplication.instance()
    start = time.perf_counter()
    corpus = Corpus.open(path)
    opened = time.perf_counter()
    window = MainWindow(
        corpus, QSettings(str(folder / f"ui-{time.time()}.ini"), QSettings.Format.IniFormat)
    )
    watch = PaintWatch()
    widget(window, "article_list").viewport().installEventFilter(watch.filter)
    window.show()
    while watch.painted_at is None:
        app.processEvents()  # type: ignore[union-attr]
    elapsed = watch.painted_at - (start if with_open else opened)
    return elapsed, corpus, window


def close_window(app: Any, corpus: Any, window: Any) -> None:
    window.close()
    window.deleteLater()
    settle(app)
    corpus.close()


def memory_empty() -> None:
    """In a process of its own: Qt with an empty window (the baseline), peak RSS printed."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from dragon_reader.ui.main_window import MainWindow  # the same modules imported

    assert MainWindow is not None
    app = QApplication.instance() or QApplication([])
    empty = QMainWindow()
    empty.show()
    settle(app)
    print(f"{rss_mb():.0f}")
    empty.close()


def memory_only(path: Path) -> None:
    """In a process of its own: the window open on the corpus, peak RSS printed."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dragon_reader.services.corpus import Corpus
    from dragon_reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    try:
        corpus = Corpus.open(path)
        window = MainWindow(corpus, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
        window.show()
        settle(app)
        show_timeline(app, window)  # 100,000 tags read and drawn
        widget(window, "filter_bar").search.setText("Taiwan")
        widget(window, "filter_bar").flush()
        settle(app)
        for _ in range(20):
            widget(window, "article_list").verticalScrollBar().setValue(
                widget(window, "article_list").verticalScrollBar().maximum()
            )
            settle(app)
        print(f"{rss_mb():.0f}")
        window.close()
        corpus.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench_start(app: Any, path: Path, folder: Path) -> None:
    empty = folder / "empty.sqlite3"
    warm = start_window(folder / "warm.sqlite3", folder, True)  # imports, Qt, fonts
    close_window(app, *warm[1:])
    starts_empty, starts_full, lists_empty, lists_full = [], [], [], []
    for _ in range(3):
        seconds, corpus, window = start_window(empty, folder, True)
        starts_empty.append(seconds)
        close_window(app, corpus, window)
        seconds, corpus, window = start_window(path, folder, True)
        starts_full.append(seconds)
        close_window(app, corpus, window)
        seconds, corpus, window = start_window(empty, folder, False)
        lists_empty.append(seconds)
        close_window(app, corpus, window)
        seconds, corpus, window = start_window(path, folder, False)
        lists_full.append(seconds)
        close_window(app, corpus, window)
    empty_start, full_start = min(starts_empty), min(starts_full)
    print(
        f"  start to first paint (best of 3): empty database {ms(empty_start)} (baseline), "
        f"100,000 articles {ms(full_start)} = {full_start / empty_start:.2f}× "
        f"(goal ≤ 2×; load {load()})"
    )
    empty_list, full_list = min(lists_empty), min(lists_full)
    print(
        f"  list first paint (best of 3): empty database {ms(empty_list)} (baseline), "
        f"100,000 articles {ms(full_list)} = {full_list / empty_list:.2f}× "
        f"(goal ≤ 2×; load {load()})"
    )


def bench_tagging(app: Any, corpus: Any, window: Any) -> None:
    from sqlalchemy import text

    from dragon_reader.domain.coding import ChannelStatus, FuzzyDate, TagKind

    coding = corpus.coding
    with corpus.database.session() as session:
        article_id = session.execute(
            text("SELECT article_id FROM tag GROUP BY article_id ORDER BY count(*) DESC")
        ).scalar()
    window.open_article(article_id)
    settle(app)
    channel = next(c for c in coding.channels() if c.name.startswith("Generated"))
    body = corpus.article(article_id).text

    def tag_once(offset: int) -> Any:
        return coding.create_tag(
            article_id,
            offset,
            offset + 8,
            TagKind.CHANNEL,
            channel.id,
            ChannelStatus.ACTIVE,
            FuzzyDate.parse("2019-05-04"),
        )

    panel = widget(window, "timeline_panel")

    def timed(action: Any) -> float:
        start = time.perf_counter()
        action()
        settle(app)
        while panel.loading:  # a timeline laid out anew a few lanes at a time: all of it
            app.processEvents()
        window.repaint()
        return time.perf_counter() - start

    service = []
    for number in range(5):  # the service call alone, no view told (baseline)
        start = time.perf_counter()
        tag_once(10 + number)
        service.append(time.perf_counter() - start)
        coding.undo()
    bus = window.bus  # as the window's actions do: the call, then every view told
    rows: dict[str, dict[str, list[float]]] = {}
    for shown in ("hidden", "shown"):
        if shown == "shown":
            first_show = show_timeline(app, window)
        figures: dict[str, list[float]] = {"tag": [], "edit": [], "undo": []}
        for number in range(8):
            made: list[Any] = []
            figures["tag"].append(
                timed(lambda n=number, m=made: m.append(bus.run(lambda: tag_once(40 + n))))
            )
            figures["edit"].append(
                timed(
                    lambda m=made: bus.run(
                        lambda: coding.update_tag(m[0].id, status=ChannelStatus.SUSPENDED)
                    )
                )
            )
            figures["undo"].append(timed(bus.undo))
            bus.undo()
            settle(app)
        rows[shown] = figures
        if PROFILE:
            profile_tagging(shown, lambda: bus.run(lambda: tag_once(90)), bus, timed)
    assert len(body) > 60
    for shown, figures in rows.items():
        parts = ", ".join(
            f"{name} median {ms(statistics.median(v)).strip()} max {ms(max(v)).strip()}"
            for name, v in figures.items()
        )
        print(f"  timeline {shown}: {parts} (goal ≤ 50 ms; load {load()})")
    base = statistics.median(service)
    ratios = ", ".join(
        f"{shown} {'/'.join(f'{statistics.median(v) / base:.1f}' for v in figures.values())}×"
        for shown, figures in rows.items()
    )
    print(
        f"    the service call alone (baseline): median {ms(base)}; tag/edit/undo medians "
        f"against it: {ratios} (load {load()})"
    )
    responsive, drawn, longest, last = first_show
    print(
        f"  timeline's first showing (100,000 tags read in a thread): the tab back to the user"
        f" after {ms(responsive).strip()}, lanes drawn after {drawn:.2f} s; the window's "
        f"longest stall meanwhile {ms(longest).strip()} (goal ≤ 100 ms; "
        f"{longest / 0.1:.2f}× the goal), the lay-out on its thread {ms(last).strip()} "
        f"(load {load()})"
    )
    panel = widget(window, "timeline_panel")
    zooms = []
    for factor in (1.25, 1.25, 0.8, 0.8, 1.25, 0.8):
        start = time.perf_counter()
        panel.zoom(factor)
        settle(app)
        zooms.append(time.perf_counter() - start)
    from dragon_reader.ui.timeline_scene import TimelineScene

    layouts = []
    for _ in range(3):  # the baseline: the same data laid out anew at the same scale
        start = time.perf_counter()
        TimelineScene(panel.scene.data, panel.pixels_per_day, label_width=panel.scene.label_width)
        layouts.append(time.perf_counter() - start)
    zoom, layout = statistics.median(zooms), statistics.median(layouts)
    print(
        f"  timeline zoom step (reads nothing): median {ms(zoom)}, {len(panel.scene.items()):,}"
        f" items; laying the scene out anew (baseline) median {ms(layout)} = "
        f"{zoom / layout:.2f}× (load {load()})"
    )


def bench_pan(app: Any, corpus: Any, window: Any) -> None:
    from PySide6.QtWidgets import QGraphicsScene

    panel = widget(window, "timeline_panel")
    view = panel.view

    def pan_times() -> list[float]:
        settle(app)
        times = []
        bar = view.horizontalScrollBar()
        for step in range(40):
            bar.setValue(step * max(1, bar.maximum() // 40))
            begin = time.perf_counter()
            view.viewport().repaint()
            times.append(time.perf_counter() - begin)
        return times

    panel.zoom(1.25**6)  # zoomed in, so that there is something to pan over
    scene = view.scene()
    full = pan_times()
    blank = QGraphicsScene()
    blank.setSceneRect(scene.sceneRect())
    view.setScene(blank)
    baseline_pan = pan_times()
    view.setScene(scene)
    tags = corpus.coding.history  # noqa: F841 - keep the corpus alive
    median, blank_median = statistics.median(full), statistics.median(baseline_pan)
    print(
        f"  timeline pan at 100,000 tags: median {ms(median)}, max "
        f"{ms(max(full))} (goal ≤ 8 / ≤ 16 ms); empty scene median "
        f"{ms(blank_median)} (baseline) = {median / blank_median:.1f}× (load {load()})"
    )


def bench_search(app: Any, corpus: Any, window: Any) -> None:
    from sqlalchemy import event, text

    widget(window, "center_tabs").setCurrentIndex(0)
    statements: list[str] = []
    event.listen(
        corpus.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, sql, *_a: statements.append(sql) if "MATCH" in sql else None,
    )
    rng = random.Random(3)
    pauses = [rng.choice(SEARCHES) for _ in range(50)]
    typed, per_pause = [], []
    for query in pauses:
        widget(window, "filter_bar").search.clear()
        widget(window, "filter_bar").flush()
        settle(app)
        statements.clear()
        for length in range(1, len(query) + 1):  # keystrokes inside the debounce
            widget(window, "filter_bar").search.setText(query[:length])
        start = time.perf_counter()
        widget(window, "filter_bar").flush()  # the pause
        widget(window, "article_list").viewport().repaint()
        typed.append(time.perf_counter() - start)
        per_pause.append(len(statements))
    if PROFILE:
        import cProfile
        import pstats

        widget(window, "filter_bar").search.setText("Xi Jinping")
        profiler = cProfile.Profile()
        profiler.enable()
        widget(window, "filter_bar").flush()
        widget(window, "article_list").viewport().repaint()
        profiler.disable()
        print("  -- profile of a search pause --")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    slowest = sorted(zip(typed, pauses, strict=True), reverse=True)[:3]
    print("  slowest pauses: " + ", ".join(f"{q!r} {ms(t).strip()}" for t, q in slowest))
    raw = []
    with corpus.database.session() as session:
        for query in pauses:
            words = " ".join(f'"{w}"' for w in query.split())
            start = time.perf_counter()
            session.execute(
                text(
                    "SELECT rowid FROM article_fts WHERE article_fts MATCH :q "
                    "ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT 20"
                ),
                {"q": words},
            ).all()
            raw.append(time.perf_counter() - start)
    from dragon_reader.domain.articles import ArticleFilters

    ratio = percentile(typed, 0.95) / percentile(raw, 0.95)
    served = []  # the service's page of 50 with snippets and the count, no window
    for query in pauses:
        start = time.perf_counter()
        corpus.search_page(ArticleFilters(query=query), 0, 50, count=True)
        served.append(time.perf_counter() - start)
    print(
        f"  search as you type, first 50 hits with snippets shown: median "
        f"{ms(statistics.median(typed))}, p95 {ms(percentile(typed, 0.95))} (goal ≤ 100 ms)"
        f"; bare ranked top-20 query (baseline) median {ms(statistics.median(raw))}, p95 "
        f"{ms(percentile(raw, 0.95))}; p95 ratio {ratio:.1f}×"
        f"; statements per pause: {max(per_pause)} (load {load()})"
    )
    print(
        f"    of which the search service (page of 50, snippets, count; one statement): "
        f"median {ms(statistics.median(served))}, p95 {ms(percentile(served, 0.95))}"
    )


def bench_backup(path: Path, folder: Path) -> None:
    """The daily backup's two kinds on the big database: a full copy (backup API plus
    integrity check, and its page digests), and the day after one tag was made, the pages
    that changed (one snapshot read, digested, checked); ``VACUUM INTO`` as a baseline."""
    from dragon_reader.domain.coding import TagKind
    from dragon_reader.services.corpus import open_corpus
    from dragon_reader.services.safety import last_change
    from dragon_reader.store.backup import make_backup, make_changes_backup

    start = time.perf_counter()
    info = make_backup(path, "daily", keep=99)
    full = time.perf_counter() - start
    size = info.path.stat().st_size
    corpus = open_corpus(path)
    tag = corpus.coding.create_tag(
        corpus.article_ids()[0], 0, 5, TagKind.EVENT, corpus.coding.events()[0].id
    )
    corpus.close()
    start = time.perf_counter()
    changes = make_changes_backup(path, "daily", keep=99)
    incremental = time.perf_counter() - start
    changes_size = changes.path.stat().st_size if changes is not None else 0
    vacuumed = folder / "vacuum.sqlite3"
    start = time.perf_counter()
    with closing(sqlite3.connect(path)) as con:
        con.execute("VACUUM INTO ?", (str(vacuumed),))
    vacuum = time.perf_counter() - start
    vacuumed.unlink()
    start = time.perf_counter()
    last_change(path)
    check = time.perf_counter() - start
    print(
        f"  daily backup of {path.stat().st_size / 1e6:.0f} MB: full copy (backup API, "
        f"integrity check, page digests) {full:5.1f} s, {size / 1e6:.0f} MB; the day after "
        f"one new tag, the pages that changed {incremental:5.1f} s, "
        f"{changes_size / 1e6:.2f} MB ({changes_size / size:.4f} of a full copy); "
        f"VACUUM INTO (baseline, unchecked) {vacuum:5.1f} s; skipped when unchanged: the "
        f"check takes {check * 1e6:.0f} µs (load {load()})"
    )
    corpus = open_corpus(path)
    corpus.coding.delete_tag(tag.id)
    corpus.close()
    shutil.rmtree(path.parent / "backups", ignore_errors=True)


def bench_memory(path: Path) -> None:
    def peak(*arguments: str) -> float:
        """The peak printed by this script run in a process of its own."""
        out = subprocess.run(
            [sys.executable, __file__, *arguments], check=True, capture_output=True, text=True
        ).stdout.split()
        return float(out[-1])

    qt_only = peak("--memory-empty")
    window = peak("--memory", str(path))
    print(
        f"  peak RSS with the window open (timeline shown, a search scrolled): {window:.0f} MB"
        f" (goal ≤ 400 MB); Qt with an empty window {qt_only:.0f} MB (baseline, a process of"
        f" its own) = {window / qt_only:.2f}× (load {load()})"
    )


SECTIONS = ("start", "window", "backup", "memory")


def main() -> None:
    """Run the sections named on the command line (all by default)."""
    if len(sys.argv) > 2 and sys.argv[1] == "--memory":
        memory_only(Path(sys.argv[2]))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--memory-empty":
        memory_empty()
        return
    from PySide6.QtWidgets import QApplication

    wanted = [a for a in sys.argv[1:] if a in SECTIONS] or list(SECTIONS)
    # Stopped from outside (SIGTERM, e.g. a timeout): still delete the working copy.
    signal.signal(signal.SIGTERM, lambda *_a: sys.exit(1))
    app = QApplication.instance() or QApplication([])
    source = ensure()
    folder = Path(tempfile.mkdtemp(prefix="dragon-reader-bench-"))
    try:
        path = working_copy(source, folder)
        print(f"corpus: {source.name} ({source.stat().st_size / 1e6:.0f} MB); load {load()}")
        if "start" in wanted:
            bench_start(app, path, folder)
        if "window" in wanted:
            _, corpus, window = start_window(path, folder, True)
            bench_tagging(app, corpus, window)
            bench_pan(app, corpus, window)
            bench_search(app, corpus, window)
            close_window(app, corpus, window)
        if "backup" in wanted:
            bench_backup(path, folder)
        if "memory" in wanted:
            bench_memory(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
