"""Helpers shared by the benchmarks: synthetic corpora from the seeds, and timing."""

from __future__ import annotations

import random
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
_SENTENCE = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")


def seed_sentences() -> list[str]:
    """Every sentence of the seed articles."""
    sentences: list[str] = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            sentences.extend(s for s in _SENTENCE.split(paragraph.strip()) if s)
    return sentences


def synthetic_article(words: int, rng: random.Random) -> str:
    """An article of about ``words`` words: seed sentences shuffled into paragraphs."""
    sentences = seed_sentences()
    parts: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
        parts.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(parts)


def best_of(repeats: int, action: Callable[[], object]) -> float:
    """Median wall time of ``action`` over ``repeats`` runs, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class LoopGaps:
    """How long the window stalls: the gaps between ticks of a 5 ms timer while the event
    loop turns, from ``start()`` to ``stop()`` (which returns the longest, in ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return max(self.gaps, default=0.0) * 1000
