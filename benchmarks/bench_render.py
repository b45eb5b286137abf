"""Reader rendering: highlights on a normal article, and opening and scrolling a huge one.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_render.py [WORDS]

1. The reader widget alone: a 5,000-word article with 600 highlights against the same
   text bare (goal: within 2× the bare time, both measured in this run).
2. The window (``MainWindow`` over a fresh SQLite file): a huge plain-text article of about
   WORDS words (default 1,900,000: about 12 MB and 250,000 entity mentions; seed sentences
   reshuffled into paragraphs, written to a file and imported through the app's import
   path with entity recognition) beside twenty 800-word articles, and one event tag near
   the huge article's end. Prints, each with its baseline from the same run:
   - opening an 800-word article with its highlights until painted (median of 20);
   - opening the huge article until its first screen is painted (median of 3) against
     ``QTextDocument.setPlainText`` of the same text (goal: ≤ 1 s or ≤ 3× that baseline,
     whichever is larger);
   - the longest event-loop stall (gap between ticks of a 5 ms timer) while the user pages
     down through it and drags the scroll bar to 20 places (goal ≤ 100 ms), against the
     idle loop's longest gap;
   - jumping from the Tags panel to the tag at its end, right after opening (Qt has not
     laid out the text before it yet) and again once the layout is done;
   - peak memory (RSS) against the process before the huge article was opened.
Not a unit test: timings depend on the machine and its load (printed with each figure).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DRAGON_READER_ANNOTATOR", "bench")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from benchmarks.common import LoopGaps, best_of, synthetic_article
from dragon_reader.domain.articles import ArticleId, ArticleStatus, ArticleView
from dragon_reader.domain.entities import MentionOrigin
from dragon_reader.nlp.recognizer import RuleRecognizer
from dragon_reader.ui.entity_style import mention_highlights
from dragon_reader.ui.reader import ArticleReader

GOAL_RATIO = 2.0
HUGE_WORDS = 1_900_000
FIRST_SCREEN_GOAL_S = 1.0  # or 3× the bare setPlainText, whichever is larger
STALL_GOAL_MS = 100.0


def main() -> None:
    app = QApplication.instance() or QApplication([])
    highlighted_reader(app)
    words = int(sys.argv[1]) if len(sys.argv) > 1 else HUGE_WORDS
    huge_article(app, words)


def highlighted_reader(app: Any) -> None:
    """The reader widget alone: 600 highlights on a 5,000-word article against none."""
    text = synthetic_article(5000, random.Random(3))
    from dragon_reader.domain.entities import EntityLabel, Mention

    spans = RuleRecognizer().recognize(text)[:600]
    mentions = [
        Mention(1, s.start, s.end, s.label, s.text, s.canonical, MentionOrigin.RECOGNIZER)
        for s in spans
    ]
    highlights = mention_highlights(mentions, set(EntityLabel))
    article = ArticleView(
        ArticleId(1), "bench", None, None, None, None, text, ArticleStatus.NEW, datetime(2024, 1, 1)
    )
    reader = ArticleReader()
    reader.resize(900, 700)
    reader.show()
    app.processEvents()

    def render(with_highlights: bool) -> None:
        reader.show_article(article, highlights if with_highlights else ())
        reader.viewport().repaint()

    render(True)
    bare = best_of(15, lambda: render(False))
    highlighted = best_of(15, lambda: render(True))
    ratio = highlighted / bare
    print(f"article: {len(text.split()):,} words, {len(highlights)} highlights")
    print(f"  plain text (baseline)   {bare * 1000:8.1f} ms")
    print(
        f"  with highlights         {highlighted * 1000:8.1f} ms   {ratio:.2f}× baseline "
        f"({'meets' if ratio <= GOAL_RATIO else 'MISSES'} the {GOAL_RATIO:.0f}× goal)"
    )
    reader.close()


def huge_article(app: Any, words: int) -> None:
    """Open, scroll and jump through a huge imported article in the real window."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextDocument

    from dragon_reader.domain.coding import TagKind
    from dragon_reader.services.corpus import Corpus
    from dragon_reader.ui.coding_panels import TagsPanel
    from dragon_reader.ui.main_window import MainWindow

    signal.signal(signal.SIGTERM, lambda *_a: sys.exit(1))  # still delete the folder
    folder = Path(tempfile.mkdtemp())
    try:
        files = folder / "articles"
        files.mkdir()
        rng = random.Random(5)
        huge_text = synthetic_article(words, rng)
        (files / "huge.txt").write_text(huge_text, encoding="utf-8")
        for number in range(20):
            text = synthetic_article(800, rng)
            (files / f"normal-{number:02}.txt").write_text(text, encoding="utf-8")
        corpus = Corpus.open(folder / "bench.sqlite3")
        began = time.perf_counter()
        report = corpus.import_paths([files])
        imported = time.perf_counter() - began
        corpus.infer_publications()  # as the window's background pass does after an import
        ids = {Path(o.source).name: o.article_id for o in report.outcomes if o.article_id}
        huge_id = ArticleId(ids.pop("huge.txt"))
        normal_ids = [ArticleId(i) for i in ids.values()]
        mention_count = len(corpus.entities.mentions(huge_id))
        corpus.coding.load_starter_codebook_once()  # as the first start does
        event = corpus.coding.events(counted=False)[0]
        at = huge_text.rindex("summit") if "summit" in huge_text else len(huge_text) - 20
        corpus.coding.create_tag(huge_id, at, at + 6, TagKind.EVENT, event.id)
        size_mb = len(huge_text.encode("utf-8")) / 1e6
        print(
            f"huge article: {size_mb:.1f} MB, {len(huge_text.split()):,} words, "
            f"{mention_count:,} entity mentions, one tag {len(huge_text) - at:,} characters "
            f"from its end; imported with 20 others in {imported:.1f} s "
            f"(load {os.getloadavg()[0]:.1f})"
        )

        window = MainWindow(corpus, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 800)
        window.show()
        while window.opening:
            app.processEvents()
        reader = window.findChild(ArticleReader, "reader")
        tags_panel = window.findChild(TagsPanel, "tags_panel")
        assert reader is not None and tags_panel is not None
        window.open_article(normal_ids[0])
        settle(app)

        def open_and_paint(article_id: ArticleId) -> float:
            start = time.perf_counter()
            window.open_article(article_id)
            reader.viewport().repaint()
            return time.perf_counter() - start

        normal = [open_and_paint(i) for i in normal_ids]
        print(
            f"  open an 800-word article with its highlights: median "
            f"{statistics.median(normal) * 1000:.1f} ms, max {max(normal) * 1000:.1f} ms "
            f"(20 articles; load {os.getloadavg()[0]:.1f})"
        )

        settle(app)
        idle_gap, _ = turn_while(app, seconds(1.0))  # an 800-word article shown

        def bare_document() -> None:
            QTextDocument().setPlainText(huge_text)

        baseline = statistics.median(timed(bare_document) for _ in range(3))
        rss_before = rss_mb()
        opens = []
        for _ in range(3):
            window.open_article(normal_ids[0])
            settle(app)
            opens.append(open_and_paint(huge_id))
        first_screen = statistics.median(opens)
        goal = max(FIRST_SCREEN_GOAL_S, 3 * baseline)
        print(
            f"  open the huge article, first screen painted: median {first_screen * 1000:.0f} ms "
            f"(runs {', '.join(f'{t * 1000:.0f}' for t in opens)} ms) = "
            f"{first_screen / baseline:.1f}× QTextDocument.setPlainText of its text "
            f"({baseline * 1000:.0f} ms, baseline); goal ≤ {goal * 1000:.0f} ms: "
            f"{'met' if first_screen <= goal else 'NOT met'} (load {os.getloadavg()[0]:.1f})"
        )

        # After the first screen Qt lays the rest of the text out in the background.
        window.open_article(normal_ids[0])
        settle(app)
        open_and_paint(huge_id)
        layout_took, layout_gap = turn_while(app, lambda: not layout_done(reader))
        jump_late = timed(lambda: jump_to_tag(tags_panel, reader))
        # Right after opening, a jump to the end lays out the text before the tag first.
        window.open_article(normal_ids[0])
        settle(app)
        open_and_paint(huge_id)
        jump_early = timed(lambda: jump_to_tag(tags_panel, reader))
        print(
            f"  after the first screen, Qt lays out the rest in the background: "
            f"{layout_took:.1f} s, longest event-loop stall meanwhile {layout_gap:.0f} ms "
            f"(idle loop's longest gap {idle_gap:.0f} ms, baseline)"
        )
        print(
            f"  jump from the Tags panel to the tag at the end: {jump_late * 1000:.1f} ms once "
            f"laid out; {jump_early * 1000:.0f} ms right after opening (Qt lays out the text "
            f"before it first) (load {os.getloadavg()[0]:.1f})"
        )
        reader.verticalScrollBar().setValue(0)
        settle(app)

        bar = reader.verticalScrollBar()
        pick = random.Random(9)
        jumps = [pick.randrange(bar.maximum()) for _ in range(20)]

        def page_down() -> None:
            bar.setValue(bar.value() + bar.pageStep())

        moves: list[Callable[[], None]] = [page_down] * 150
        moves += [partial(bar.setValue, value) for value in jumps]
        took, scroll_gap = scroll_through(app, moves)
        verdict = "met" if scroll_gap <= STALL_GOAL_MS else "NOT met"
        print(
            f"  scrolling: 150 pages down, then the scroll bar dragged to 20 places, "
            f"{took:.1f} s: longest event-loop stall {scroll_gap:.0f} ms (goal ≤ "
            f"{STALL_GOAL_MS:.0f} ms: {verdict}; idle loop's longest gap {idle_gap:.0f} ms, "
            f"baseline; load {os.getloadavg()[0]:.1f})"
        )
        print(f"  peak RSS {rss_mb():.0f} MB; before opening the huge article {rss_before:.0f} MB")
        window.close()
        corpus.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # nothing left behind


def jump_to_tag(tags_panel: Any, reader: ArticleReader) -> None:
    """Click the Tags panel's first row, as a user does, and paint what the reader shows."""
    tags_panel.view.clicked.emit(tags_panel.model.index(0, 0))
    reader.viewport().repaint()


def layout_done(reader: ArticleReader) -> bool:
    """Whether Qt has laid out the whole text: it goes in order, so the last paragraph has
    its lines (asking for its place instead would lay everything out at once)."""
    return bool(reader.document().lastBlock().layout().lineCount() > 0)


def seconds(duration: float) -> Callable[[], bool]:
    began = time.perf_counter()
    return lambda: time.perf_counter() - began < duration


def settle(app: Any) -> None:
    """Let the window finish what it queued (a quarter of a second of events)."""
    turn_while(app, seconds(0.25))


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def turn_while(app: Any, going: Callable[[], bool]) -> tuple[float, float]:
    """Turn the event loop while ``going()``; return the seconds it took and the longest
    gap, in ms, between ticks of a 5 ms timer meanwhile."""
    return scroll_through(app, [], going)


def scroll_through(
    app: Any, moves: list[Callable[[], None]], going: Callable[[], bool] | None = None
) -> tuple[float, float]:
    """Make ``moves`` one every 30 ms (as a user paging down, then dragging the scroll
    bar), turning the event loop; return the seconds it took and the longest gap, in ms,
    between ticks of a 5 ms timer meanwhile."""
    from PySide6.QtCore import QTimer

    pending = list(moves)

    def move() -> None:
        if pending:
            pending.pop(0)()

    gaps = LoopGaps()
    mover = QTimer()
    mover.setInterval(30)
    mover.timeout.connect(move)
    began = time.perf_counter()
    gaps.start()
    mover.start()
    while pending or (going is not None and going()):
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - began
    mover.stop()
    return took, gaps.stop()


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
