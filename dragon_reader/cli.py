"""The command line: the same services as the window, without one.

Every sub-command returns an exit status: 0 for success, 1 when some input failed, 2 for
usage errors (argparse's own).
"""

from __future__ import annotations

import argparse
import json
import math
import sqlite3
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from dragon_reader import __version__
from dragon_reader.domain.articles import ArticleFilters, ArticleId, ArticleStatus
from dragon_reader.domain.coding import FuzzyDate, TagKind, parse_day
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.coding import CodingError
from dragon_reader.services.corpus import SNIPPET_MARKS, Corpus, open_corpus
from dragon_reader.services.errors import ExportError
from dragon_reader.services.exports import ExportFormat, ExportRequest, ExportWhat, run_export
from dragon_reader.services.interchange import ExportFilters, ExportOptions, Interchange
from dragon_reader.services.locations import default_database_path

MAX_PIXELS_PER_DAY = 200.0


def printable(text: str) -> str:
    """``text`` safe for one terminal line: control characters (escape sequences, line
    breaks, DEL, C1 controls) are shown as Python-style escapes instead of acting."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) == "Cc" else ch
        for ch in text
    )


def pixels_per_day(text: str) -> float:
    """argparse type for ``--pixels-per-day``: a finite number in (0, 200]."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= MAX_PIXELS_PER_DAY):
        msg = f"{text!r} is not a number above 0 and at most {MAX_PIXELS_PER_DAY:g}"
        raise argparse.ArgumentTypeError(msg)
    return value


def positive_count(text: str) -> int:
    """argparse type for ``--limit``: a whole number above 0 (0 or less would find
    nothing and say nothing)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        msg = f"{text!r} is not a whole number above 0"
        raise argparse.ArgumentTypeError(msg)
    return value


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: 2 for a wide (CJK) character, 0 for a
    combining mark, 1 otherwise."""
    return sum(
        0
        if unicodedata.combining(ch)
        else 2
        if unicodedata.east_asian_width(ch) in ("W", "F")
        else 1
        for ch in text
    )


def fit(text: str, width: int) -> str:
    """``text`` cut (with "…") and padded to exactly ``width`` terminal columns, so that
    the columns after it line up after a CJK title too."""
    if display_width(text) > width:
        kept, used = [], 0
        for ch in text:
            used += display_width(ch)
            if used > width - 1:
                break
            kept.append(ch)
        text = "".join(kept) + "…"
    return text + " " * (width - display_width(text))


class _Parser(argparse.ArgumentParser):
    """argparse's parser; its error for a search query starting with "-" (read as an
    option) says to put the query after ``--``."""

    _given: list[str]

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._given = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> Any:
        given = getattr(self, "_given", [])
        if self.prog.endswith(" search"):
            after = given
        elif "search" in given:
            after = given[given.index("search") + 1 :]
        else:
            after = []
        if "--" not in after:
            values = {n + 1 for n, a in enumerate(after) if a == "--limit"}  # "--limit -5"
            dashed = [
                a
                for n, a in enumerate(after)
                if a.startswith("-")
                and n not in values
                and a.partition("=")[0] not in _SEARCH_OPTIONS
            ]
            if dashed:
                message += f"; a query that starts with '-' goes after '--': search -- {dashed[0]}"
        super().error(message)


_SEARCH_OPTIONS = frozenset({"-h", "--help", "--json", "--limit"})


COMMANDS = (
    "list",
    "import",
    "export",
    "entities",
    "timeline",
    "assign",
    "agreement",
    "merge",
    "dates",
    "suggest",
    "edit",
    "delete",
    "search",
    "vocabulary",
)


def _add_vocabulary_parser(commands: Any) -> Any:
    """Add the ``vocabulary`` sub-command to ``commands`` (returned)."""
    vocabulary = commands.add_parser(
        "vocabulary",
        help="list or change the vocabularies: event types, channel levels and statuses, ...",
        description="Without an action, lists the values (key, label, PLOVER mapping, uses) "
        "of one vocabulary or of all. The window's Tag ▸ Vocabularies… does the same.",
    )
    vocabulary.add_argument(
        "vocabulary", nargs="?", choices=[v.value for v in Vocabulary], metavar="VOCABULARY"
    )
    vocabulary.add_argument("--json", action="store_true", help="list as JSON")
    actions = vocabulary.add_mutually_exclusive_group()
    actions.add_argument("--add", metavar="LABEL", help="add a value with this label")
    actions.add_argument("--retire", metavar="KEY", help="no longer offer a value")
    actions.add_argument("--remove", metavar="KEY", help="delete a value (see --to)")
    vocabulary.add_argument("--to", metavar="KEY", help="with --remove: where its uses move")
    vocabulary.add_argument("--key", help="with --add: the stored key (default: from the label)")
    vocabulary.add_argument("--description", help="with --add: what the value means")
    vocabulary.add_argument("--color", metavar="#RRGGBB", help="with --add: its colour")
    vocabulary.add_argument("--shortcut", metavar="KEY", help="with --add: its key in the picker")
    vocabulary.add_argument(
        "--plover", metavar="CATEGORY[/MODE]", help="with --add: its PLOVER event and mode"
    )
    return commands


def calendar_day(text: str) -> date:
    """``text`` as a calendar day (``YYYY-MM-DD``); argparse reports anything else in words."""
    try:
        return parse_day(text)
    except ValueError:
        msg = f"“{text}” is not a calendar day: write YYYY-MM-DD, e.g. 2023-11-15"
        raise argparse.ArgumentTypeError(msg) from None


def first_day(text: str) -> date:
    """The first day of ``2023``, ``2023-05`` or ``2023-05-10`` (for ``--from``)."""
    try:
        return FuzzyDate.parse(text).first_day
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def last_day(text: str) -> date:
    """The last day of ``2023``, ``2023-05`` or ``2023-05-10`` (for ``--to``)."""
    try:
        return FuzzyDate.parse(text).last_day
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


PROGRAM = "dragon-reader"


def program_name(argv0: str, executable: str) -> str:
    """How the user started the program, for usage lines: ``dragon-reader`` or
    ``dragon-reader-cli`` for the launchers (``.exe`` and Windows launcher suffixes dropped),
    ``python -m dragon_reader`` (the interpreter named as typed) when run as a module, and
    ``dragon-reader`` when ``argv0`` says nothing (an embedded interpreter, ``-c``)."""
    started = Path(argv0)
    if started.name == "__main__.py" and started.parent.name:
        return f"{_launcher_name(Path(executable).name) or 'python'} -m {started.parent.name}"
    return _launcher_name(started.name) or PROGRAM


def _launcher_name(file_name: str) -> str:
    """``file_name`` without what Windows launchers add (``.exe``, ``-script.py``)."""
    for suffix in (".exe", "-script.pyw", "-script.py"):
        if file_name.lower().endswith(suffix):
            return file_name[: -len(suffix)]
    return "" if file_name in ("-c", "-") else file_name


def build_parser(prog: str = PROGRAM) -> argparse.ArgumentParser:
    """Return the parser for ``dragon-reader [--db PATH] [COMMAND ...]``; every usage line
    (the sub-commands' too) names the program ``prog``."""
    parser = _Parser(
        prog=prog,
        description="Read and code news about US–China relations. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"dragon-reader {__version__}")
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Dragon Reader to this user's application menu (launcher and icon)",
    )
    parser.add_argument(
        "--uninstall-desktop", action="store_true", help="remove the launcher and icon again"
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file or SQLAlchemy URL (default: {default_database_path()})",
    )
    commands = _add_vocabulary_parser(parser.add_subparsers(dest="command", metavar="COMMAND"))
    lister = commands.add_parser("list", help="list the articles: id, title, outlet, words")
    lister.add_argument(
        "--mine", action="store_true", help="only my queue: the articles assigned to me"
    )
    assigner = commands.add_parser(
        "assign",
        help="assign articles to coders (a curator's task on a team server)",
        description="Put articles in coders' queues; an article may have several coders. "
        "On PostgreSQL a coder is a database login (role) and only curators may assign.",
    )
    assigner.add_argument("articles", nargs="+", type=int, metavar="ARTICLE")
    _add_agreement(commands)
    assigner.add_argument(
        "--coder", action="append", required=True, metavar="NAME", help="repeat for N coders"
    )
    _add_merge(commands)
    importer = commands.add_parser(
        "import",
        help="import articles (.txt, .md, .html), JSONL (this app's or doccano's) and brat "
        "standoff (NAME.ann beside NAME.txt), files or folders",
    )
    importer.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    exporter = commands.add_parser(
        "export",
        help="export tags (or the codebook, or entities) to CSV, JSONL, brat or PLOVER",
        description="Write tags to CSV (default), doccano JSONL (.jsonl), a brat folder "
        "(--format brat) or PLOVER event records, one JSON object a line (--format "
        "plover). CSV is UTF-8 with a BOM, RFC 4180, with formula-like cells neutralised by a "
        "leading apostrophe.",
    )
    exporter.add_argument("output", type=Path, metavar="OUT")
    exporter.add_argument("--what", choices=[what.value for what in ExportWhat], default="tags")
    exporter.add_argument(
        "--format",
        choices=["csv", "jsonl", "brat", "plover"],
        default=None,
        help="default: from the file name (.jsonl: jsonl, else csv)",
    )
    exporter.add_argument("--no-bom", action="store_true", help="UTF-8 without a BOM")
    exporter.add_argument(
        "--keep-formulas",
        action="store_true",
        help="do not neutralise cells starting with = + - @ (for R, pandas)",
    )
    exporter.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in ArticleStatus],
        help="only articles with this status (repeatable)",
    )
    exporter.add_argument("--kind", choices=[k.value for k in TagKind])
    exporter.add_argument("--entry", metavar="NAME", help="only tags of this codebook entry")
    _add_coder_choice(exporter)
    exporter.add_argument(
        "--from",
        dest="date_from",
        type=first_day,
        metavar="DATE",
        help="tags whose date ends on or after this (2023, 2023-05 or 2023-05-10)",
    )
    exporter.add_argument(
        "--to",
        dest="date_to",
        type=last_day,
        metavar="DATE",
        help="tags whose date starts on or before this (2023, 2023-05 or 2023-05-10)",
    )
    timeline = commands.add_parser(
        "timeline", help="draw the channels' status and the events over time to SVG or PNG"
    )
    timeline.add_argument("output", type=Path, metavar="OUT.svg|OUT.png")
    timeline.add_argument(
        "--pixels-per-day",
        type=pixels_per_day,
        default=1.0,
        metavar="N",
        help=f"horizontal scale (default 1, at most {MAX_PIXELS_PER_DAY:g})",
    )
    timeline.add_argument(
        "--all-events",
        action="store_true",
        help="also draw codebook events that no tag refers to",
    )
    _add_search(commands)
    entities = commands.add_parser("entities", help="print each article's entities")
    entities.add_argument("--json", action="store_true", help="one JSON array on stdout")
    entities.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
    dates = commands.add_parser(
        "dates",
        help="print each article's dates with their values (against its publication date)",
    )
    dates.add_argument("--json", action="store_true", help="one JSON array on stdout")
    dates.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
    suggest = commands.add_parser(
        "suggest",
        help="what the tag picker would suggest for selections read as JSON lines on stdin",
        description='Reads lines {"article_id": N, "start": S, "end": E, "kind": '
        '"event"|"channel"} and prints one JSON line each: entry, status, status_cue, date, '
        "date_text, alternatives. Nothing is saved.",
    )
    suggest.add_argument("--json", action="store_true", help="JSON lines (the only format)")
    edit = commands.add_parser(
        "edit",
        help="set an article's publication date, title, outlet or source URL",
        description="Fields not given stay as they are. --published inferred confirms the "
        "date inferred from the text (see `dragon-reader dates`).",
    )
    edit.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    edit.add_argument("--published", metavar="YYYY-MM-DD|inferred")
    edit.add_argument("--title", metavar="TITLE")
    edit.add_argument("--outlet", metavar="OUTLET")
    edit.add_argument("--url", metavar="URL", help="the article's web address ('' clears it)")
    _add_delete(commands)
    return parser


def _add_delete(commands: Any) -> None:
    deleter = commands.add_parser(
        "delete",
        help="delete articles with their tags and entity marks",
        description="Deletes the articles with everything that points into them: tags "
        "(with slots, curated ones too), entity marks, labels, assignments. Articles "
        "with tags or entity marks are deleted only with --yes, after a backup of an "
        "SQLite database (the command line has no undo; File > Restore backup in the "
        "window brings it back). On a team's server only curators may delete.",
    )
    deleter.add_argument("article_ids", nargs="+", type=int, metavar="ARTICLE_ID")
    deleter.add_argument(
        "--yes", action="store_true", help="delete even when tags or entity marks go with them"
    )


def _add_coder_choice(exporter: argparse.ArgumentParser) -> None:
    """Whose tags an export takes: by default an article's curated set once it has one."""
    exporter.add_argument(
        "--annotator",
        metavar="NAME",
        help="only this coder's own tags (default: an article's curated set once it has "
        "one, else its tags as coded)",
    )
    exporter.add_argument(
        "--all-coders",
        action="store_true",
        help="every coder's tags and the curated ones, whether or not an article is curated",
    )


def _add_agreement(commands: Any) -> None:
    agreement = commands.add_parser(
        "agreement",
        help="inter-coder agreement per kind, label, slot and article",
        description="Alpha for unitizing (which characters each coder tagged, with which "
        "entry), Cohen's kappa (two coders) or Fleiss' kappa (more) and nominal alpha on "
        "matched tags, with the number of units behind each figure.",
    )
    agreement.add_argument("--json", action="store_true", help="print JSON")
    agreement.add_argument("--kind", choices=[kind.value for kind in TagKind])
    agreement.add_argument(
        "--annotator",
        action="append",
        default=[],
        metavar="NAME",
        help="a coder to compare (repeat; default: every coder with tags)",
    )
    agreement.add_argument("--csv", type=Path, metavar="OUT", help="also write the report as CSV")


def _add_merge(commands: Any) -> None:
    merger = commands.add_parser(
        "merge",
        help="bring another coder's database (an SQLite file) into this one",
        description="Articles are matched by their text, codebook entries by name (new "
        "ones close to an existing name are listed for review), tags are kept per coder "
        "with their slots and notes. One transaction; merging the same file again "
        "changes nothing.",
    )
    merger.add_argument("other", type=Path, metavar="OTHER.sqlite3")


def _add_search(commands: Any) -> None:
    searcher = commands.add_parser(
        "search", help="full-text search: ranked hits with snippets, as in the window"
    )
    searcher.add_argument("query", nargs="+", metavar="QUERY")
    searcher.add_argument("--json", action="store_true", help="one JSON array on stdout")
    searcher.add_argument(
        "--limit",
        type=positive_count,
        default=20,
        metavar="N",
        help="at most N hits (default 20); a query starting with '-' goes after '--'",
    )


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the sub-command in ``args``; return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    from dragon_reader.services.errors import DatabaseError

    try:
        corpus = open_corpus(args.db)
    except DatabaseError as exc:
        print(f"dragon-reader: {exc}", file=err)
        return 1
    try:
        commands: dict[str, Callable[[], int]] = {
            "list": lambda: _list(corpus, out, mine=args.mine),
            "agreement": lambda: _agreement(corpus, args, out, err),
            "assign": lambda: _assign(corpus, args.articles, args.coder, out, err),
            "merge": lambda: _merge(corpus, args.other, out, err),
            "import": lambda: _import(corpus, args.paths, out, err),
            "export": lambda: _export(corpus, args, out, err),
            "entities": lambda: _entities(corpus, args.article_ids, args.json, out, err),
            "search": lambda: _search(corpus, " ".join(args.query), args.limit, args.json, out),
            "dates": lambda: _dates(corpus, args.article_ids, args.json, out, err),
            "suggest": lambda: _suggest(corpus, sys.stdin, out, err),
            "edit": lambda: _edit(corpus, args, out, err),
            "delete": lambda: _delete(corpus, args.article_ids, args.yes, out, err),
            "vocabulary": lambda: _vocabulary(corpus, args, out, err),
        }
        command = commands.get(args.command)
        if command is not None:
            return command()
    except DatabaseError as exc:  # a full disk, a damaged file, a lock held too long
        print(f"dragon-reader: {exc}", file=err)
        return 1
    finally:
        corpus.close()
    print(f"dragon-reader: unknown command {args.command!r}", file=err)
    return 2


def _agreement(corpus: Corpus, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from dragon_reader.services.agreement import agreement_report, write_csv

    kinds = [TagKind(args.kind)] if args.kind else list(TagKind)
    try:
        report = agreement_report(corpus, args.annotator, kinds)
    except ValueError as exc:
        print(f"agreement: {exc}", file=err)
        return 1
    if args.csv is not None:
        try:
            rows = write_csv(report, args.csv)
        except (OSError, ExportError) as exc:
            print(f"agreement: cannot write {args.csv}: {exc}", file=err)
            return 1
        print(f"wrote {rows} row(s) to {args.csv}", file=err if args.json else out)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), file=out)
        return 0
    print(f"coders: {', '.join(report.coders)} ({report.kappa_name}'s kappa)", file=out)
    for row in report.rows():
        if row["scope"] == "article":
            continue
        name = f"{row['kind']} {row['scope']} {row['name']}".strip()
        print(
            f"{name[:60]:<60}  alpha_u {_figure(row['alpha_u'])}  kappa "
            f"{_figure(row['kappa'])}  alpha {_figure(row['alpha'])}  units {row['units']:>5}",
            file=out,
        )
    return 0


def _merge(corpus: Corpus, other: Path, out: TextIO, err: TextIO) -> int:
    from dragon_reader.services.merge import MergeError, merge_database

    try:
        report = merge_database(corpus, other)
    except MergeError as exc:
        print(f"merge: {exc}", file=err)
        return 1
    for line in report.summary().splitlines():
        print(printable(line), file=out)
    return 0


def _figure(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.2f}"


def _search(corpus: Corpus, query: str, limit: int, as_json: bool, out: TextIO) -> int:
    """Print the best ``limit`` hits: id, title and snippet (matched words in ``**``);
    with ``--json`` an array of ``article_id``, ``title``, ``snippet`` (plain) and
    ``matches`` (``[start, end]`` of each matched word in the snippet)."""
    hits = corpus.search(query, limit=limit)
    start_mark, end_mark = SNIPPET_MARKS
    if as_json:
        records = []
        for hit in hits:
            plain, matches = _unmark(hit.snippet, start_mark, end_mark)
            records.append(
                {
                    "article_id": int(hit.article_id),
                    "title": hit.title,
                    "snippet": plain,
                    "matches": matches,
                }
            )
        json.dump(records, out, ensure_ascii=False, indent=1)
        print(file=out)
        return 0
    for hit in hits:
        snippet = " ".join(hit.snippet.split()).replace(start_mark, "**").replace(end_mark, "**")
        print(f"{hit.article_id:>6}  {printable(hit.title)}", file=out)
        print(f"        {printable(snippet)}", file=out)
    print(f"{len(hits)} hit(s)", file=out)
    return 0


def _unmark(snippet: str, start_mark: str, end_mark: str) -> tuple[str, list[list[int]]]:
    """The snippet without hit marks, and where the marked words are in it."""
    plain: list[str] = []
    matches: list[list[int]] = []
    length = 0
    opened = 0
    for char in snippet:
        if char == start_mark:
            opened = length
        elif char == end_mark:
            matches.append([opened, length])
        else:
            plain.append(char)
            length += 1
    return "".join(plain), matches


def _assign(
    corpus: Corpus, articles: Sequence[int], coders: Sequence[str], out: TextIO, err: TextIO
) -> int:
    try:
        added = corpus.team.assign(articles, coders)
    except CodingError as exc:
        print(f"assign failed: {exc}", file=err)
        return 1
    print(f"{added} new assignment(s)", file=out)
    return 0


def _list(corpus: Corpus, out: TextIO, mine: bool = False) -> int:
    if mine:
        queue = ArticleFilters(queue=corpus.team.current_coder())
        ids = corpus.article_ids(filters=queue)
        found = corpus.summaries(ids)
        rows = [found[i] for i in ids if i in found]
    else:
        rows = corpus.list_articles("id")
    width = max((len(str(row.id)) for row in rows), default=2)
    for row in rows:  # columns by display width: a CJK character takes two
        title = fit(printable(row.title), 70)
        outlet = printable(row.outlet or "-")
        outlet = outlet + " " * (16 - display_width(outlet))
        print(f"{row.id:>{width}}  {title}  {outlet}  {row.word_count:>6}", file=out)
    print(f"{len(rows)} article(s)", file=out)
    return 0


def _import(corpus: Corpus, paths: Sequence[Path], out: TextIO, err: TextIO) -> int:
    report = Interchange(corpus).import_paths(list(paths))
    for item in report.outcomes:
        source, reason = printable(item.source), printable(item.reason or "")
        read = item.annotations_read()
        if item.outcome == "failed":
            print(f"error: {source}: {reason}", file=err)
        elif item.outcome == "duplicate" and (item.tags or item.marks):
            print(f"annotated: {source}: {reason}: {read}", file=out)
        elif item.outcome == "duplicate" and read:
            print(f"skipped: {source}: {reason}: {read}", file=out)
        elif item.outcome in ("duplicate", "stopped", "skipped"):
            print(f"skipped: {source}: {reason}", file=out)
        else:
            note = (
                f" (decoded as {item.encoding})"
                if item.encoding not in (None, "utf-8", "utf-8-sig")
                else ""
            )
            with_read = f" ({read})" if read else ""
            print(f"imported: {source} as article {item.article_id}{with_read}{note}", file=out)
    for left_out in report.notes:
        print(f"note: {printable(left_out.source)}: {printable(left_out.text)}", file=out)
    if report.problem:
        print(f"dragon-reader: the import ended early: {report.problem}", file=err)
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


def _dates(
    corpus: Corpus, article_ids: Sequence[int], as_json: bool, out: TextIO, err: TextIO
) -> int:
    from dragon_reader.services.dates import DateService

    ids = [ArticleId(i) for i in article_ids] or corpus.article_ids()
    stale = set(corpus.entities.stale_article_ids())
    corpus.entities.recognize([i for i in ids if i in stale])
    service = DateService(corpus.entities, corpus.coding)
    documents = []
    status = 0
    for article_id in ids:
        article = corpus.article(article_id)
        if article is None:
            print(f"error: no article with id {article_id}", file=err)
            status = 1
            continue
        found = service.article_dates(article_id, article.text, article.published)
        publication = found.publication
        published = publication.value
        documents.append(
            {
                "article_id": int(article_id),
                "source_file": article.source_file,
                "published": published,
                "published_source": publication.source,
                "published_evidence": publication.evidence,
                "published_certainty": publication.certainty,
                "dates": [
                    {
                        "start": d.start,
                        "end": d.end,
                        "text": d.phrase,
                        "value": d.value.value,
                        "class": d.value.date_class.value,
                        "qualifier": d.value.qualifier,
                        "ambiguous": d.value.ambiguous,
                        "alternatives": list(d.value.alternatives),
                        "reading": d.value.reading,
                    }
                    for d in found.dates
                ],
            }
        )
        if not as_json:
            source = f" ({publication.source}"
            source += (
                f", {publication.certainty}: {publication.evidence})"
                if publication.evidence
                else ")"
            )
            print(f"# {article_id}  {article.title}", file=out)
            print(f"published {published or 'unknown'}{source if published else ''}", file=out)
            for d in found.dates:
                value = d.value.value or "?"
                extra = f" +{d.value.qualifier}" if d.value.qualifier else ""
                if d.value.ambiguous:
                    extra += f" (or {', '.join(d.value.alternatives)})"
                kind = d.value.date_class.value
                print(
                    f"{d.start:>6} {d.end:>6}  {kind:<8} {value:<22}{extra}  {d.phrase}", file=out
                )
    if as_json:
        json.dump(documents, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return status


def _vocabulary(corpus: Corpus, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """List a vocabulary (or all), or add, retire or remove one value."""
    from dragon_reader.domain.vocabularies import PloverMapping
    from dragon_reader.services.vocabularies import ValueEdit

    service = corpus.vocabularies
    chosen = Vocabulary(args.vocabulary) if args.vocabulary else None
    try:
        if args.add or args.retire or args.remove:
            if chosen is None:
                print("vocabulary: name the vocabulary to change", file=err)
                return 2
            if args.add:
                category, _, mode = (args.plover or "").partition("/")
                added = service.add(
                    chosen,
                    args.add,
                    args.key,
                    ValueEdit(
                        description=args.description,
                        color=args.color,
                        shortcut=args.shortcut,
                        plover=PloverMapping(category.upper(), mode) if args.plover else None,
                    ),
                )
                print(f"added “{added.label}” (key “{added.key}”) to {chosen.value}", file=out)
            elif args.retire:
                service.retire(chosen, args.retire)
                print(f"retired “{args.retire}” in {chosen.value}", file=out)
            else:
                moved = service.remove(chosen, args.remove, args.to)
                print(
                    f"removed “{args.remove}” from {chosen.value}; {moved} use(s) moved", file=out
                )
            return 0
    except ValueError as exc:
        print(f"vocabulary: {exc}", file=err)
        return 1
    listed = {
        v.value: service.values(v, include_retired=True)
        for v in ([chosen] if chosen else list(Vocabulary))
    }
    if args.json:
        document = {
            name: [
                {
                    "key": v.key,
                    "label": v.label,
                    "description": v.description,
                    "color": v.color or None,
                    "shortcut": v.shortcut or None,
                    "plover": {
                        "category": v.plover.category or None,
                        "mode": v.plover.mode or None,
                        "context": list(v.plover.context),
                    },
                    "open": v.is_open,
                    "retired": v.retired,
                    "uses": v.use_count,
                }
                for v in values
            ]
            for name, values in listed.items()
        }
        print(json.dumps(document, ensure_ascii=False, indent=2), file=out)
        return 0
    for name, values in listed.items():
        print(f"{name}:", file=out)
        for v in values:
            plover = "/".join(p for p in (v.plover.category, v.plover.mode) if p) or "-"
            state = " (retired)" if v.retired else ""
            print(
                f"  {v.key:<24} {v.label[:30]:<30} {plover:<24} uses {v.use_count}{state}", file=out
            )
    return 0


def _edit(corpus: Corpus, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    article_id = ArticleId(args.article_id)
    article = corpus.article(article_id)
    if article is None:
        print(f"error: no article with id {article_id}", file=err)
        return 1
    published: date | None = None
    try:
        if args.published == "inferred":
            found = corpus.dates.article_dates(article_id, article.text, None)
            published = found.publication.published
            if published is None:
                print("error: the text gives no publication date to confirm", file=err)
                return 1
            if not found.publication.day_known:
                print(
                    f"error: the text gives only the month ({found.publication.value}); "
                    "give the day with --published YYYY-MM-DD",
                    file=err,
                )
                return 1
        elif args.published is not None:
            published = parse_day(args.published)
        changed = corpus.edit_metadata(
            article_id,
            title=args.title,
            outlet=args.outlet,
            published=published,
            source_url=args.url,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return 1
    when = changed.published.isoformat() if changed.published else "unknown"
    print(
        f"article {article_id}: {changed.title} | outlet {changed.outlet or '-'} | "
        f"published {when} | url {changed.source_url or '-'}",
        file=out,
    )
    return 0


def _delete(corpus: Corpus, article_ids: Sequence[int], yes: bool, out: TextIO, err: TextIO) -> int:
    preview = corpus.deletion_preview(article_ids)
    if preview.missing:
        missing = ", ".join(map(str, preview.missing))
        print(f"error: no article with id {missing}; nothing was deleted", file=err)
        return 1
    what = printable(preview.describe())
    if preview.loses_work and not yes:
        print(
            f"error: not deleted: {what} would go with it. Run again with --yes to delete "
            "them (the command line has no undo).",
            file=err,
        )
        return 1
    if preview.loses_work:  # the command line has no undo: a backup to go back to
        from dragon_reader.services.safety import backup_before

        try:
            backup = backup_before(corpus.database, "before-delete")
        except (OSError, sqlite3.Error) as exc:
            print(f"error: no backup could be made first ({exc}); nothing was deleted", file=err)
            return 1
        if backup is not None:
            print(f"backed up first: {backup.path}", file=out)
    try:
        corpus.delete_articles(article_ids)
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return 1
    print(f"deleted: {what}", file=out)
    return 0


def _suggest(corpus: Corpus, lines: TextIO, out: TextIO, err: TextIO) -> int:
    """One JSON line out per selection in; a bad line gets an ``error`` object, exit 1."""
    status = 0
    stale = set(corpus.entities.stale_article_ids())
    if stale:
        corpus.entities.recognize(sorted(stale))
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            kind = TagKind(request.get("kind", "channel"))
            found = corpus.suggestions.suggest(
                ArticleId(int(request["article_id"])),
                int(request["start"]),
                int(request["end"]),
                kind,
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            print(json.dumps({"line": number, "error": f"bad request: {exc}"}), file=out)
            status = 1
            continue
        if found is None:
            print(json.dumps({"line": number, "error": "no such article or span"}), file=out)
            status = 1
            continue
        chosen = found.date
        other_readings = (
            [
                {"value": value, "text": chosen.text, "reading": "the other reading"}
                for value in chosen.alternatives
            ]
            if chosen is not None
            else []
        )
        answer = {
            "article_id": int(request["article_id"]),
            "start": int(request["start"]),
            "end": int(request["end"]),
            "kind": kind.value,
            "entry": found.entry,
            "status": found.status.value if found.status else None,
            "status_cue": found.status_cue,
            "date": chosen.value if chosen else None,
            "date_text": chosen.text if chosen else None,
            "date_reading": chosen.reading if chosen else None,
            "alternatives": [
                *other_readings,
                *(
                    {"value": o.value, "text": o.text, "reading": o.reading}
                    for o in found.dates[1:]
                ),
            ],
        }
        print(json.dumps(answer, ensure_ascii=False), file=out)
    return status


def _export(corpus: Corpus, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    output: Path = args.output
    request = ExportRequest(
        output,
        ExportWhat(args.what),
        ExportFormat(args.format or ("jsonl" if output.suffix.lower() == ".jsonl" else "csv")),
        ExportFilters(
            article_status=frozenset(ArticleStatus(s) for s in args.status)
            if args.status
            else None,
            kind=TagKind(args.kind) if args.kind else None,
            entry_name=args.entry,
            annotator=args.annotator,
            all_coders=args.all_coders,
            date_from=args.date_from,
            date_to=args.date_to,
        ),
        ExportOptions(bom=not args.no_bom, guard_formulas=not args.keep_formulas),
    )
    if request.what == ExportWhat.TAGS:
        # The window reads them in the background; here the articles not read yet are
        # read now, so that ``published`` holds the dates their texts give.
        corpus.infer_publications()
    try:
        result = run_export(corpus, request)
    except (ExportError, ValueError) as exc:  # ValueError: no report (fewer than 2 coders)
        print(f"dragon-reader: export failed: {exc}; nothing was changed", file=err)
        return 1
    print(f"wrote {result.rows} {request.unit} to {result.path}", file=out)
    return 0


def desktop_integration(install: bool, out: TextIO | None = None) -> int:
    """``--install-desktop`` / ``--uninstall-desktop``: print what was written or removed."""
    from dragon_reader.services.desktop import install_desktop, uninstall_desktop

    out = out or sys.stdout
    paths = install_desktop() if install else uninstall_desktop()
    verb = "installed" if install else "removed"
    for path in paths:
        print(f"{verb}: {path}", file=out)
    if not paths:
        print("nothing to remove", file=out)
    return 0
