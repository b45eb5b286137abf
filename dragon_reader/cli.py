"""The command line: the same services as the window, without one.

Every sub-command returns an exit status: 0 for success, 1 when some input failed, 2 for
usage errors (argparse's own).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from dragon_reader import __version__
from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.corpus import Corpus, open_corpus
from dragon_reader.services.locations import default_database_path


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for ``dragon-reader [--db PATH] [COMMAND ...]``."""
    parser = argparse.ArgumentParser(
        prog="dragon-reader",
        description="Read and code news about US–China relations. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"dragon-reader {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file or SQLAlchemy URL (default: {default_database_path()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="list the articles: id, title, outlet, words")
    importer = commands.add_parser("import", help="import .txt and .md files and folders")
    importer.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    entities = commands.add_parser("entities", help="print each article's entities")
    entities.add_argument("--json", action="store_true", help="one JSON array on stdout")
    entities.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
    return parser


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the sub-command in ``args``; return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    from dragon_reader.store.database import DatabaseError

    try:
        corpus = open_corpus(args.db)
    except DatabaseError as exc:
        print(f"dragon-reader: {exc}", file=err)
        return 1
    try:
        if args.command == "list":
            return _list(corpus, out)
        if args.command == "import":
            return _import(corpus, args.paths, out, err)
        if args.command == "entities":
            return _entities(corpus, args.article_ids, args.json, out, err)
    finally:
        corpus.close()
    print(f"dragon-reader: unknown command {args.command!r}", file=err)
    return 2


def _list(corpus: Corpus, out: TextIO) -> int:
    rows = corpus.list_articles("id")
    width = max((len(str(row.id)) for row in rows), default=2)
    for row in rows:
        title = row.title if len(row.title) <= 70 else row.title[:69] + "…"
        print(
            f"{row.id:>{width}}  {title:<70}  {row.outlet or '-':<16}  {row.word_count:>6}",
            file=out,
        )
    print(f"{len(rows)} article(s)", file=out)
    return 0


def _import(corpus: Corpus, paths: Sequence[Path], out: TextIO, err: TextIO) -> int:
    report = corpus.import_paths(paths)
    for item in report.outcomes:
        if item.outcome == "failed":
            print(f"error: {item.source}: {item.reason}", file=err)
        elif item.outcome == "duplicate":
            print(f"skipped: {item.source}: {item.reason}", file=out)
        else:
            print(f"imported: {item.source} as article {item.article_id}", file=out)
    print(report.summary(), file=out)
    return 1 if report.failed or not report.outcomes else 0


def _entities(
    corpus: Corpus, article_ids: Sequence[int], as_json: bool, out: TextIO, err: TextIO
) -> int:
    ids = [ArticleId(i) for i in article_ids] or corpus.article_ids()
    stale = set(corpus.entities.stale_article_ids())
    corpus.entities.recognize([i for i in ids if i in stale])
    documents = []
    status = 0
    for article_id in ids:
        article = corpus.article(article_id)
        if article is None:
            print(f"error: no article with id {article_id}", file=err)
            status = 1
            continue
        mentions = corpus.entities.mentions(article_id)
        documents.append(
            {
                "article_id": int(article_id),
                "source_file": article.source_file,
                "text": article.text,
                "entities": [
                    {"start": m.start, "end": m.end, "text": m.text, "label": m.label.value}
                    for m in mentions
                ],
            }
        )
        if not as_json:
            print(f"# {article_id}  {article.title}", file=out)
            for m in mentions:
                print(f"{m.start:>6} {m.end:>6}  {m.label.value:<6}  {m.text}", file=out)
    if as_json:
        json.dump(documents, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return status
