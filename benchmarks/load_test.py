"""Load test: several coder processes tagging one shared database at once.

    python benchmarks/load_test.py --db postgresql+psycopg:///lab --coders 8 --seconds 60
    python benchmarks/load_test.py --db /tmp/load.sqlite3 --coders 2 --seconds 60

Each coder process opens the app's services on the database and makes tags as fast as it
can (through ``CodingService.create_tag``, one transaction each), writing the id of every
tag the service confirmed. Afterwards every confirmed tag must be in the database, with no
tag lost or stored twice; the figures are tags per second and the 95th percentile of the
time a tag took. Not part of the test suite (it runs for a minute); a PostgreSQL URL must
name a server on this machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus, open_corpus
from dragon_reader.store.database import database_url
from dragon_reader.store.models import Tag

LOOPBACK = {"", "localhost", "127.0.0.1", "::1"}


def coder(db: str, name: str, seconds: float, out: str) -> None:
    """One coder: tag for ``seconds``, writing ``id latency`` per confirmed tag to ``out``."""
    corpus = Corpus.open(db)
    corpus.coding.annotator = name
    articles = corpus.article_ids()
    event = corpus.coding.events()[0].id
    words = {
        a: [m.span() for m in re.finditer(r"\w+", corpus.article(a).text)]  # type: ignore[union-attr]
        for a in articles
    }
    deadline = time.monotonic() + seconds
    made = 0
    with Path(out).open("w", encoding="utf-8") as confirmed:
        while time.monotonic() < deadline:
            article = articles[made % len(articles)]
            start, end = words[article][made % len(words[article])]
            began = time.perf_counter()
            tag = corpus.coding.create_tag(article, start, end, TagKind.EVENT, event)
            took = time.perf_counter() - began
            confirmed.write(f"{tag.id} {took:.6f}\n")
            confirmed.flush()
            made += 1
    corpus.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a PostgreSQL URL or an SQLite file")
    parser.add_argument("--coders", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    url = make_url(database_url(args.db))
    host = url.host or os.environ.get("PGHOST", "")
    if url.get_backend_name() == "postgresql" and host not in LOOPBACK and not host.startswith("/"):
        parser.error("the load test only runs against a server on this machine")
    seeded = open_corpus(args.db)  # migrate and seed once, before the coders start
    if seeded.coding.all_tags():
        parser.error("give a fresh database: the check counts every tag in it")
    seeded.close()
    with tempfile.TemporaryDirectory() as folder:
        outs = [str(Path(folder) / f"coder{i}.txt") for i in range(args.coders)]
        context = multiprocessing.get_context("spawn")
        processes = [
            context.Process(target=coder, args=(args.db, f"coder{i}", args.seconds, out))
            for i, out in enumerate(outs)
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join()
        failed = [p.exitcode for p in processes if p.exitcode != 0]
        confirmed: list[int] = []
        latencies: list[float] = []
        for out in outs:
            for line in Path(out).read_text(encoding="utf-8").splitlines():
                tag_id, took = line.split()
                confirmed.append(int(tag_id))
                latencies.append(float(took))
    corpus = Corpus.open(args.db)
    with corpus.database.session() as session:
        stored = set(session.scalars(select(Tag.id)))
        rows = session.scalar(select(func.count(Tag.id))) or 0
    corpus.close()
    lost = sorted(set(confirmed) - stored)
    # A fresh database has no tags before: a row more than the confirmed tags is a tag
    # stored twice (or never confirmed); the same id confirmed twice is one too.
    duplicated = (len(confirmed) - len(set(confirmed))) + max(0, rows - len(confirmed))
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) >= 20 else max(latencies)
    figures = {
        "engine": url.get_backend_name(),
        "coders": args.coders,
        "seconds": args.seconds,
        "confirmed_tags": len(confirmed),
        "tags_per_second": round(len(confirmed) / args.seconds, 1),
        "p95_latency_ms": round(p95 * 1000, 1),
        "lost": len(lost),
        "duplicated": duplicated,
        "rows_in_database": rows,
        "failed_processes": len(failed),
    }
    print(json.dumps(figures))
    if lost or duplicated or failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
