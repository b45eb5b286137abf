"""Reader rendering: a 5,000-word article with 600 highlights against the same text bare.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_render.py

Goal: with highlights within 2× the time without (both measured in this run).
"""

from __future__ import annotations

import os
import random
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from benchmarks.common import best_of, synthetic_article
from dragon_reader.domain.articles import ArticleId, ArticleStatus, ArticleView
from dragon_reader.domain.entities import MentionOrigin
from dragon_reader.nlp.recognizer import RuleRecognizer
from dragon_reader.ui.entity_style import mention_highlights
from dragon_reader.ui.reader import ArticleReader

GOAL_RATIO = 2.0


def main() -> None:
    app = QApplication.instance() or QApplication([])
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


if __name__ == "__main__":
    main()
