"""The agreement report over 100 articles coded by 3 coders (about 20 tags each per
article, overlapping and disagreeing as real coders do).

    python benchmarks/bench_agreement.py

Goal: the whole report (reading the tags, alpha for unitizing per kind, label and article,
kappa and alpha per slot) in under 5 s.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from benchmarks.common import synthetic_article
from dragon_reader.services.agreement import agreement_report
from dragon_reader.services.corpus import Corpus
from dragon_reader.store.models import Tag

ARTICLES, CODERS, TAGS_PER_CODER = 100, 3, 20
GOAL_SECONDS = 5.0


def main() -> None:
    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Corpus.open(Path(folder) / "bench.sqlite3")
        corpus.coding.load_starter_codebook_once()
        events = [e.id for e in corpus.coding.events()]
        channels = [c.id for c in corpus.coding.channels()]
        ids = [corpus.import_text(synthetic_article(700, rng)).article_id for _ in range(ARTICLES)]
        texts = {i: corpus.article(i).text for i in ids if i is not None}  # type: ignore[union-attr]
        now = datetime(2024, 1, 1)
        rows = []
        for article_id, text in texts.items():
            truth = []
            for _ in range(TAGS_PER_CODER):
                start = rng.randrange(0, len(text) - 80)
                is_event = rng.random() < 0.5
                entry = rng.choice(events[:4]) if is_event else rng.choice(channels[:3])
                truth.append((start, start + rng.randint(5, 80), is_event, entry))
            for coder in range(CODERS):
                for start, end, is_event, agreed in truth:
                    if rng.random() < 0.15:
                        continue  # this coder missed it
                    shift = rng.randint(-5, 5) if rng.random() < 0.3 else 0
                    s, e = max(0, start + shift), min(len(text), end + shift)
                    entry = agreed
                    if rng.random() < 0.2:  # this coder chose another entry
                        entry = rng.choice(events[:4]) if is_event else rng.choice(channels[:3])
                    rows.append(
                        {
                            "article_id": article_id,
                            "start": s,
                            "end": e,
                            "text": text[s:e],
                            "event_id": entry if is_event else None,
                            "channel_id": None if is_event else entry,
                            "status": None if is_event else "active",
                            "note": "",
                            "annotator": f"coder{coder}",
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
        with corpus.database.session() as session:
            session.execute(insert(Tag), rows)
        started = time.perf_counter()
        report = agreement_report(corpus)
        took = time.perf_counter() - started
        corpus.close()
    overall = report.kinds["event"].overall
    print(
        f"agreement report: {ARTICLES} articles x {CODERS} coders, {len(rows)} tags: "
        f"{took:.2f} s (goal < {GOAL_SECONDS:.0f} s); event alpha_u {overall.alpha_u:.3f}, "
        f"fleiss kappa {overall.kappa:.3f} on {overall.units} units"
    )


if __name__ == "__main__":
    main()
