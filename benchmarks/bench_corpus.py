"""A 10,000-article corpus: import with recognition, list paint, search, open, memory.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_corpus.py [ARTICLES] [--import]

(``--import``: the import's rounds only, without the window's figures.)

Builds ~800-word articles from the seeds' sentences, shuffled, and prints each figure next
to a baseline measured in the same run:
  import incl. entity recognition vs a bare bulk insert of the same texts (goal ≥ 1/3 rate),
    best of three rounds each (the machine's timings are noisy)
  recognising every article again (after a recognizer change) vs that import
  first paint of the article list at 10,000 articles vs at an empty database
  full-text search, median and p95 over 50 queries (goal p95 ≤ 50 ms) vs a LIKE scan
  opening an article with its highlights (goal ≤ 50 ms) vs the same text without
  peak memory with the window open (goal ≤ 400 MB RSS) vs Qt with an empty window
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
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DRAGON_READER_ANNOTATOR", "bench")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from typing import TYPE_CHECKING, Any

from benchmarks.common import synthetic_article

if TYPE_CHECKING:
    from dragon_reader.services.corpus import Corpus

# Qt, SQLAlchemy and the app are imported inside the functions: the import's recognition
# workers are spawned processes that import this script first, and the app's own workers
# (``python -m dragon_reader``) import nothing of the kind.

ROUNDS = 3  # baseline and import measured this many times each, the best counting

QUERIES = (
    "balloon",
    "Pentagon",
    "Sullivan Wang",
    "military communication",
    "Taiwan",
    "Vienna",
    "summit",
    "Blinken Beijing",
    "sanctions",
    "Austin",
    "Dong Jun",
    "crisis",
    "channels",
    "Pelosi visit",
    "South China Sea",
    "defense policy",
    "Xi Jinping",
    "talks resumed",
    "Reuters",
    "conflict",
    "Indo-Pacific",
    "Brown Liu",
    "hotline",
    "trust",
    "Singapore",
)


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def paint_watch() -> Any:
    """An event filter that notes when a widget first paints."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted_at: float | None = None

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.painted_at is None:
                self.painted_at = time.perf_counter()
            return False

    return PaintWatch()


def first_paint(corpus: Corpus, folder: Path) -> float:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTableView

    from dragon_reader.ui.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    start = time.perf_counter()
    window = MainWindow(
        corpus, QSettings(str(folder / f"ui-{time.time()}.ini"), QSettings.Format.IniFormat)
    )
    watch = paint_watch()
    article_list = window.findChild(QTableView, "article_list")
    assert article_list is not None
    article_list.viewport().installEventFilter(watch)
    window.show()
    while watch.painted_at is None:
        app.processEvents()
    elapsed = float(watch.painted_at - start)
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow
    from sqlalchemy import insert, select, text

    from dragon_reader.domain.text import content_hash
    from dragon_reader.io.readers import ImportedText
    from dragon_reader.services.corpus import Corpus
    from dragon_reader.store.database import open_database
    from dragon_reader.store.models import Article

    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    count = int(numbers[0]) if numbers else 10_000
    import_only = "--import" in sys.argv[1:]
    app = QApplication.instance() or QApplication([])
    empty_window = QMainWindow()
    empty_window.show()
    app.processEvents()
    baseline_rss = rss_mb()
    rng = random.Random(11)
    texts = [synthetic_article(800, rng) for _ in range(count)]
    words = sum(len(t.split()) for t in texts)
    # Stopped from outside (SIGTERM, e.g. a timeout): still delete the folder.
    signal.signal(signal.SIGTERM, lambda *_a: sys.exit(1))
    folder = Path(tempfile.mkdtemp())
    try:
        now = datetime(2024, 1, 1)
        rows = [
            {
                "title": t[:80],
                "text": t,
                "content_hash": content_hash(t),
                "word_count": len(t.split()),
                "status": "new",
                "source_format": "txt",
                "imported_at": now,
            }
            for t in texts
        ]
        items = [
            (f"a{i}.txt", ImportedText(t, f"a{i}.txt", "txt", "utf-8")) for i, t in enumerate(texts)
        ]
        # Timings here are noisy (a shared machine): each round measures the baseline and the
        # import one after the other into fresh databases, and the best round of each counts.
        bare_times, import_times = [], []
        corpus: Corpus | None = None
        for round_number in range(ROUNDS):
            bare = open_database(folder / f"bare-{round_number}.sqlite3")
            start = time.perf_counter()
            with bare.session() as session:
                session.execute(insert(Article), rows)
            bare_times.append(time.perf_counter() - start)
            bare.close()
            _remove_database(folder / f"bare-{round_number}.sqlite3")
            if corpus is not None:
                corpus.close()
                _remove_database(folder / f"corpus-{round_number - 1}.sqlite3")
            corpus = Corpus.open(folder / f"corpus-{round_number}.sqlite3")
            start = time.perf_counter()
            corpus.store_many(items)
            import_times.append(time.perf_counter() - start)
        assert corpus is not None
        mentions = corpus.database.engine.connect().execute(
            text("SELECT coalesce(sum(mentions), 0) FROM recognized_entity")
        )
        mention_count = int(mentions.scalar() or 0)
        load = os.getloadavg()[0]
        if import_only:
            _print_import(count, words, mention_count, bare_times, import_times, load)
            corpus.close()
            return

        corpus.entities.invalidate_all()  # as after a new recognizer or gazetteer
        start = time.perf_counter()
        corpus.entities.recognize(corpus.entities.stale_article_ids())
        again_seconds = time.perf_counter() - start

        empty = Corpus.open(folder / "empty.sqlite3")
        empty_paint = first_paint(empty, folder)
        full_paint = first_paint(corpus, folder)

        fts_times, like_times = [], []
        queries = [rng.choice(QUERIES) for _ in range(50)]
        for query in queries:
            start = time.perf_counter()
            corpus.search(query, limit=20)
            fts_times.append(time.perf_counter() - start)
        for query in queries[:10]:
            word = query.split()[0]
            start = time.perf_counter()
            with corpus.database.session() as session:
                session.execute(
                    select(Article.id).where(Article.text.like(f"%{word}%")).limit(20)
                ).all()
            like_times.append(time.perf_counter() - start)

        from dragon_reader.ui.main_window import MainWindow
        from dragon_reader.ui.reader import ArticleReader

        window = MainWindow(corpus, QSettings(str(folder / "open.ini"), QSettings.Format.IniFormat))
        reader = window.findChild(ArticleReader, "reader")
        assert reader is not None
        window.show()
        while window.opening:  # the last article opens once the list has painted
            app.processEvents()
        ids = rng.sample(corpus.article_ids(), 20)
        open_times, plain_times = [], []
        for article_id in ids:
            start = time.perf_counter()
            window.open_article(article_id)
            reader.viewport().repaint()
            open_times.append(time.perf_counter() - start)
            article = corpus.article(article_id)
            start = time.perf_counter()
            reader.show_article(article)
            reader.viewport().repaint()
            plain_times.append(time.perf_counter() - start)
        peak = rss_mb()

        _print_import(count, words, mention_count, bare_times, import_times, load)
        print(
            f"  recognise every article again (new recognizer) {again_seconds:5.2f} s  "
            f"{count / again_seconds:9,.0f} articles/s; the import above (baseline) "
            f"{min(import_times):.2f} s"
        )
        print(
            f"  list first paint: empty DB {empty_paint * 1000:6.1f} ms (baseline), "
            f"{count:,} articles {full_paint * 1000:6.1f} ms"
        )
        print(
            f"  search (FTS5, top 20): median {statistics.median(fts_times) * 1000:5.1f} ms, "
            f"p95 {percentile(fts_times, 0.95) * 1000:5.1f} ms (goal p95 ≤ 50 ms); LIKE scan "
            f"baseline median {statistics.median(like_times) * 1000:6.1f} ms"
        )
        print(
            f"  open article with highlights: median {statistics.median(open_times) * 1000:5.1f}"
            f" ms, max {max(open_times) * 1000:5.1f} ms (goal ≤ 50 ms); text alone "
            f"{statistics.median(plain_times) * 1000:5.1f} ms"
        )
        print(
            f"  peak RSS with the window open: {peak:6.0f} MB (goal ≤ 400 MB); Qt with an "
            f"empty window {baseline_rss:6.0f} MB"
        )
        corpus.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # nothing left behind


def _print_import(
    count: int,
    words: int,
    mentions: int,
    bare_times: list[float],
    import_times: list[float],
    load: float,
) -> None:
    """The import's figures: the best of the rounds of each, their ratio, every round."""
    bare_seconds, import_seconds = min(bare_times), min(import_times)
    print(
        f"corpus: {count:,} articles, {words:,} words, {mentions:,} entity mentions "
        f"(load {load:.1f} after the import)"
    )
    bare_rate, import_rate = count / bare_seconds, count / import_seconds
    print(
        f"  bulk insert, no recognition (baseline)   {bare_seconds:7.2f} s  "
        f"{bare_rate:9,.0f} articles/s  (best of {ROUNDS} rounds)"
    )
    ratio = import_rate / bare_rate
    print(
        f"  import with recognition                  {import_seconds:7.2f} s  "
        f"{import_rate:9,.0f} articles/s  = {ratio:.2f} of baseline "
        f"(goal ≥ 0.33: {'met' if ratio >= 1 / 3 else 'NOT met'}; best of {ROUNDS} rounds)"
    )
    rounds = ", ".join(
        f"{b / i:.2f} ({b:.2f} s / {i:.2f} s)"
        for b, i in zip(bare_times, import_times, strict=True)
    )
    print(f"    each round, baseline time / import time: {rounds}")


def _remove_database(path: Path) -> None:
    """Delete a database file with its WAL and shared-memory files (a round done)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
