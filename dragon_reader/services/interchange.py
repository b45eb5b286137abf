"""Export tags, the codebook and entity mentions (CSV, doccano JSONL, brat), and import a
JSONL export back.

CSV columns are stable snake_case names, documented in the README; ``TAG_COLUMNS`` is the
single source of their order.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, update
from sqlalchemy.exc import CompileError
from sqlalchemy.orm import aliased

from dragon_reader.domain.actors import ActorId
from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.coding import (
    FuzzyDate,
    TagKind,
    current_status,
)
from dragon_reader.domain.coding import Tag as TagView
from dragon_reader.domain.curation import coder_of
from dragon_reader.domain.date_phrases import SentenceFinder
from dragon_reader.domain.publication import month_or_day
from dragon_reader.domain.slots import SlotFiller
from dragon_reader.domain.text import normalize_newlines
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.io.annotations import LeftOut
from dragon_reader.io.brat import (
    CONF_NAME,
    STATUS_VALUES,
    BratFiller,
    BratSpan,
    BratTag,
    annotation_conf,
    annotation_lines,
    export_folder,
)
from dragon_reader.io.brat_reader import read_brat
from dragon_reader.io.doccano import read_doccano
from dragon_reader.io.jsonl import (
    ArticleRecord,
    CodebookRecord,
    JsonlDocument,
    SlotRecord,
    TagRecord,
    parse_document,
)
from dragon_reader.io.readers import (
    TEXT_SUFFIXES,
    ImportedText,
    ImportProblem,
    decode_text,
    expand_paths,
    read_regular_file,
)
from dragon_reader.io.writers import (
    CSV_LINE_END,
    FORMULA_FIRST_CHARACTERS,
    csv_cell,
    write_csv,
    write_csv_lines,
    write_jsonl,
    write_text,
)
from dragon_reader.services.annotation_import import (
    ANN_SUFFIX,
    AnnotationStore,
    add_notes,
    brat_pairs,
    entry_for,
    is_ann,
    jsonl_documents,
    stopped_outcome,
)
from dragon_reader.services.coding import CodingError
from dragon_reader.services.corpus import Corpus, FileOutcome, ImportReport
from dragon_reader.services.corpus import ProgressCallback as ImportProgress
from dragon_reader.store.database import scattered_reads
from dragon_reader.store.mentions import article_mentions
from dragon_reader.store.models import Article, CodebookChannel, CodebookEvent, Tag, TagSlot

ProgressCallback = Callable[[int, int], None]

TAG_COLUMNS = [
    "tag_id",
    "article_id",
    "article_title",
    "outlet",
    "published",
    "source_file",
    "article_status",
    "kind",
    "codebook_name",
    "event_type",
    "channel_level",
    "channel_status",
    "date",
    "date_precision",
    "date_end",
    "start",
    "end",
    "text",
    "sentence",
    "note",
    "confidence",
    "annotator",
    "session",
    "created",
    "updated",
    "actor",
    "recipient",
    "place",
    "parties",
    "published_source",
    "published_certainty",
]
# The ``kind``, ``codebook_name``, ``event_type`` and ``channel_level`` cells of an entry.
_EntryCells = tuple[str, str | None, str | None, str | None]
SLOT_COLUMNS = {"actor": "actor", "recipient": "recipient", "place": "place", "party": "parties"}
CODEBOOK_COLUMNS = [
    "kind",
    "id",
    "name",
    "event_type",
    "channel_level",
    "date",
    "date_precision",
    "place",
    "participants",
    "party_a",
    "party_b",
    "description",
    "tag_count",
    "current_status",
    "current_status_date",
]
CODEBOOK_TEXT_COLUMNS = ["name", "place", "participants", "party_a", "party_b", "description"]
ENTITY_COLUMNS = [
    "article_id",
    "article_title",
    "source_file",
    "start",
    "end",
    "text",
    "label",
    "canonical",
    "origin",
]
ENTITY_TEXT_COLUMNS = ["article_title", "source_file", "text", "canonical"]


@dataclass(frozen=True, slots=True)
class ExportFilters:
    """Which tags to export; ``None`` means no restriction. Every format applies them the
    same way (``Interchange.exported_tag_ids``).

    ``article_status`` keeps the tags of articles with one of these statuses (JSONL and
    brat then also leave the other articles out); ``date_from``/``date_to`` keep tags whose
    referred-to date overlaps the range (tags without a date are left out when a range is
    given).

    Which coders' tags: by default an article that has a curated set (``services.curation``)
    exports its curated tags only, and any other article its tags as coded; ``annotator``
    exports that one coder's own tags (never curated ones); ``all_coders`` every tag.
    """

    article_status: frozenset[ArticleStatus] | None = None
    kind: TagKind | None = None
    entry_name: str | None = None
    annotator: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    all_coders: bool = False


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """CSV details: a BOM for spreadsheets, and the formula guard (off for statistics)."""

    bom: bool = True
    guard_formulas: bool = True


@dataclass(slots=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    rows: int
    files: list[Path] = field(default_factory=list)


class Interchange:
    """Exports and imports for one corpus."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.database = corpus.database

    # -- CSV --------------------------------------------------------------------------------

    def export_tags_csv(
        self,
        target: Path,
        filters: ExportFilters = ExportFilters(),
        options: ExportOptions = ExportOptions(),
        progress: ProgressCallback | None = None,
    ) -> ExportResult:
        """One row per tag (``TAG_COLUMNS``); the database is only read."""
        # Counted only for a progress bar: the count is a query of its own.
        total = self.count_tags(filters) if progress is not None else 0
        count = write_csv_lines(
            Path(target),
            TAG_COLUMNS,
            self._tag_lines(filters, guard_formulas=options.guard_formulas),
            bom=options.bom,
            total=total,
            progress=progress,
        )
        return ExportResult(Path(target), count)

    def export_codebook_csv(
        self,
        target: Path,
        options: ExportOptions = ExportOptions(),
    ) -> ExportResult:
        """One row per event and per channel, with tag counts and a channel's current status."""
        coding = self.corpus.coding
        rows: list[list[Any]] = []
        for event in coding.events():
            rows.append(
                [
                    "event",
                    event.id,
                    event.name,
                    event.type.value,
                    None,
                    _date_start(event.when),
                    event.when.precision.value if event.when else None,
                    event.place,
                    "; ".join(event.participants),
                    None,
                    None,
                    event.description,
                    event.tag_count,
                    None,
                    None,
                ]
            )
        for channel in coding.channels():
            status = current_status(coding.tags_for_channel(channel.id))
            rows.append(
                [
                    "channel",
                    channel.id,
                    channel.name,
                    None,
                    channel.level.value,
                    None,
                    None,
                    None,
                    None,
                    channel.party_a,
                    channel.party_b,
                    channel.description,
                    channel.tag_count,
                    status.status.value if status else None,
                    str(status.when) if status and status.when else None,
                ]
            )
        count = write_csv(
            Path(target),
            CODEBOOK_COLUMNS,
            rows,
            bom=options.bom,
            guard_formulas=options.guard_formulas,
            text_columns=CODEBOOK_TEXT_COLUMNS,
        )
        return ExportResult(Path(target), count)

    def export_entities_csv(
        self,
        target: Path,
        options: ExportOptions = ExportOptions(),
        progress: ProgressCallback | None = None,
    ) -> ExportResult:
        """One row per entity mention, by article and position; ``progress(articles done,
        articles)`` after each batch of articles."""
        with self.database.session() as session:
            articles = session.execute(
                select(Article.id, Article.title, Article.source_file).order_by(Article.id)
            ).all()

            def rows() -> Iterator[tuple[Any, ...]]:
                for start in range(0, len(articles), 500):
                    chunk = articles[start : start + 500]
                    mentions = article_mentions(session, [article.id for article in chunk])
                    for article in chunk:
                        for m in mentions[article.id]:
                            yield (
                                article.id,
                                article.title,
                                article.source_file,
                                m.start,
                                m.end,
                                m.text,
                                m.label.value,
                                m.canonical,
                                m.origin.value,
                            )
                    if progress is not None:
                        progress(start + len(chunk), len(articles))

            count = write_csv(
                Path(target),
                ENTITY_COLUMNS,
                rows(),
                bom=options.bom,
                guard_formulas=options.guard_formulas,
                text_columns=ENTITY_TEXT_COLUMNS,
            )
        return ExportResult(Path(target), count)

    def count_tags(self, filters: ExportFilters = ExportFilters()) -> int:
        """How many tags pass ``filters``."""
        if filters.date_from is None and filters.date_to is None:
            with self.database.session() as session:
                query = self._tag_query(filters).order_by(None)
                return session.scalar(select(func.count()).select_from(query.subquery())) or 0
        return len(self.exported_tag_ids(filters))

    def exported_tag_ids(self, filters: ExportFilters = ExportFilters()) -> set[int]:
        """The ids of the tags that pass ``filters``: the one rule every export format
        follows (the SQL conditions of ``_tag_query``, then ``_date_passes``)."""
        with self.database.session() as session:
            query = self._tag_query(filters).with_only_columns(Tag.id, Tag.when, Tag.event_id)
            event_dates = _event_dates(session)
            return {
                row.id
                for row in session.execute(query)
                if _date_passes(
                    row.when if row.when is not None else event_dates.get(row.event_id), filters
                )
            }

    def exported_article_ids(self, filters: ExportFilters = ExportFilters()) -> list[ArticleId]:
        """The articles a JSONL or brat export writes, by id: all of them, or those whose
        status ``filters.article_status`` names."""
        query = select(Article.id).order_by(Article.id)
        if filters.article_status:
            query = query.where(_status_clause(filters))
        with self.database.session() as session:
            return [ArticleId(article_id) for article_id in session.scalars(query)]

    def publications(
        self, article_ids: Iterable[int]
    ) -> dict[int, tuple[str | None, str | None, str | None]]:
        """Each article's ``(published, published_source, published_certainty)``, as the
        CSV export writes them (``_published_cells``: the stored date, else the one read
        from the text, as far as it is known), for every export that names the date."""
        wanted = sorted(set(article_ids))
        found: dict[int, tuple[str | None, str | None, str | None]] = {}
        with self.database.session() as session:
            for first in range(0, len(wanted), 500):
                rows = session.execute(
                    select(
                        Article.id,
                        Article.published,
                        Article.inferred_published,
                        Article.inferred_certainty,
                    ).where(Article.id.in_(wanted[first : first + 500]))
                )
                for article_id, given, inferred, certainty in rows:
                    found[article_id] = _published_cells(given, inferred, certainty)
        return found

    def _exported_tags(self, filters: ExportFilters) -> list[TagView]:
        passing = self.exported_tag_ids(filters)
        return [tag for tag in self.corpus.coding.all_tags() if tag.id in passing]

    # -- JSONL (doccano) --------------------------------------------------------------------

    def export_jsonl(
        self,
        target: Path,
        filters: ExportFilters = ExportFilters(),
        progress: ProgressCallback | None = None,
    ) -> ExportResult:
        """One article per line in doccano's layout, with everything needed to import back.

        Keys: ``id``, ``text``, ``label`` (``[start, end, "KIND:entry"]`` lists, doccano's
        sequence-labelling form), ``entities`` and ``relations`` (its relation-mode form:
        objects with ``id``, ``label``, ``start_offset``, ``end_offset``) and
        ``dragon_reader`` (full tags, codebook entries and article metadata).
        ``progress(articles written, articles)`` before each article and once all are
        written, before the file is in place: an exception it raises leaves ``target`` as
        it was.
        """
        tags_by_article: dict[int, list[dict[str, Any]]] = {}
        exported = self._exported_tags(filters)
        slots = self.corpus.slots.slots_for_tags([tag.id for tag in exported])
        for tag in exported:
            record = _tag_record(tag)
            record["slots"] = [_slot_record(filler) for filler in slots.get(tag.id, ())]
            tags_by_article.setdefault(tag.article_id, []).append(record)
        events = {e.id: e for e in self.corpus.coding.events()}
        channels = {c.id: c for c in self.corpus.coding.channels()}

        article_ids = self.exported_article_ids(filters)
        publications = self.publications(article_ids)

        def documents() -> Iterator[dict[str, Any]]:
            for done, article_id in enumerate(article_ids):
                if progress is not None:
                    progress(done, len(article_ids))
                article = self.corpus.article(article_id)
                if article is None:  # deleted while exporting
                    continue
                tags = tags_by_article.get(int(article_id), [])
                mentions = self.corpus.entities.mentions(article_id)
                entities = [  # doccano numbers entities within a document
                    {
                        "id": number,
                        "label": m.label.value,
                        "start_offset": m.start,
                        "end_offset": m.end,
                    }
                    for number, m in enumerate(mentions, start=1)
                ]
                entities, relations = _with_slot_relations(entities, tags)
                yield {
                    "id": int(article_id),
                    "text": article.text,
                    "label": [[t["start"], t["end"], f"{t['kind']}:{t['entry']}"] for t in tags],
                    "entities": entities,
                    "relations": relations,
                    "dragon_reader": {
                        "title": article.title,
                        "outlet": article.outlet,
                        "byline": article.byline,
                        "published": article.published.isoformat() if article.published else None,
                        "publication": _publication_record(publications.get(int(article_id))),
                        "source_file": article.source_file,
                        "status": article.status.value,
                        "tags": tags,
                        "codebook": _entries_for(tags, events, channels),
                        "labels": {
                            vocabulary.value: keys
                            for vocabulary, keys in self.corpus.vocabularies.article_labels(
                                int(article_id)
                            ).items()
                        },
                    },
                }
            if progress is not None:  # still before the file is in place
                progress(len(article_ids), len(article_ids))

        count = write_jsonl(Path(target), documents())
        return ExportResult(Path(target), count)

    # -- brat -------------------------------------------------------------------------------

    def export_brat(
        self,
        folder: Path,
        filters: ExportFilters = ExportFilters(),
        progress: ProgressCallback | None = None,
    ) -> ExportResult:
        """For each article ``NAME.txt`` (stored text) and ``NAME.ann`` (its entity mentions,
        and its tags as ``E`` events with their slots as roles, statuses and notes: the
        layout ``io.brat`` describes, which ``import_brat`` reads back), plus
        ``annotation.conf``, so that brat opens the folder.

        Names come from the source files and are unique (case-insensitively): a name taken
        by another article gets the article id. The export is written in a fresh folder that
        replaces ``folder`` only once complete (``io.brat.export_folder``): a failure leaves
        the old export whole, and raises ``ExportError``. ``progress(articles written,
        articles)`` after each article; an exception it raises leaves ``folder`` whole too.
        """
        folder = Path(folder)
        written: list[Path] = []
        used: set[str] = set()
        tags = self._exported_tags(filters)
        by_article: dict[int, list[Any]] = {}
        slots = self.corpus.slots.slots_for_tags([tag.id for tag in tags])

        names: dict[int, str | None] = {}

        def actor_name(actor_id: int | None) -> str | None:
            if actor_id is None:
                return None
            if actor_id not in names:
                found = self.corpus.actors.actor(ActorId(actor_id))
                names[actor_id] = found.name if found else None
            return names[actor_id]

        for tag in tags:
            by_article.setdefault(tag.article_id, []).append(tag)
        article_ids = self.exported_article_ids(filters)
        with export_folder(folder) as fresh:
            for done, article_id in enumerate(article_ids):
                if progress is not None:
                    progress(done, len(article_ids))
                article = self.corpus.article(article_id)
                if article is None:  # deleted while exporting
                    continue
                name = _brat_name(article.source_file, int(article_id), used)
                spans = [
                    BratSpan(m.label.value, m.start, m.end)
                    for m in self.corpus.entities.mentions(article_id)
                ]
                brat_tags = [
                    BratTag(
                        tag.kind.value,
                        tag.start,
                        tag.end,
                        tag.entry_name,
                        tag.status.value if tag.status else None,
                        str(tag.when) if tag.when else None,
                        tag.confidence,
                        tag.note or "",
                        tuple(
                            BratFiller(
                                f.role, f.text, f.start, f.end, f.actor_id, actor_name(f.actor_id)
                            )
                            for f in slots.get(tag.id, ())
                        ),
                    )
                    for tag in by_article.get(int(article_id), [])
                ]
                write_text(fresh / f"{name}.txt", article.text)
                lines = annotation_lines(article.text, spans, brat_tags)
                write_text(fresh / f"{name}.ann", "".join(line + "\n" for line in lines))
                written += [folder / f"{name}.txt", folder / f"{name}.ann"]
            statuses = [
                value.key
                for value in self.corpus.vocabularies.values(
                    Vocabulary.CHANNEL_STATUS, include_retired=True, counted=False
                )
            ]
            write_text(fresh / CONF_NAME, annotation_conf(statuses or STATUS_VALUES))
            written.append(folder / CONF_NAME)
            if progress is not None:
                progress(len(article_ids), len(article_ids))
        return ExportResult(folder, len(tags), written)

    # -- import ------------------------------------------------------------------------------

    def import_paths(
        self, paths: Sequence[Path], progress: ImportProgress | None = None
    ) -> ImportReport:
        """Import files and folders as articles (``Corpus.import_paths``), JSONL files
        (``import_jsonl``: this app's exports and doccano's) and brat standoff
        (``import_brat``: a ``NAME.ann`` named, or found beside its ``NAME.txt`` in a
        folder), one report for all and one undo step: what the window and the CLI both
        do. ``progress(done, total)`` counts files; when it returns ``False`` the files not
        reached are reported as stopped."""
        report = ImportReport()
        files = list(
            expand_paths(
                paths,
                lambda path, reason: report.outcomes.append(
                    FileOutcome(str(path), "failed", reason)
                ),
                # A folder's JSONL (this app's exports, doccano's) and brat files are
                # imported as if named one by one; every other file is listed as skipped.
                suffixes={*TEXT_SUFFIXES, ".jsonl", ANN_SUFFIX},
                passed_over=lambda path, reason: report.outcomes.append(
                    FileOutcome(str(path), "skipped", reason)
                ),
            )
        )
        jsonl = [p for p in files if p.suffix.lower() == ".jsonl" and p.is_file()]
        brat = brat_pairs(files)
        paired = {txt for _ann, txt in brat}
        plain = [p for p in files if p not in jsonl and p not in paired and not is_ann(p)]
        total = len(plain) + len(jsonl) + len(brat)
        stopped = False

        def step(done: int) -> bool:
            nonlocal stopped
            stopped = stopped or (progress is not None and progress(done, total) is False)
            return not stopped

        with self.corpus.journal.operation("import", transaction=False) as op:
            if plain:
                found = self.corpus.import_paths(
                    plain, None if progress is None else lambda done, _total: step(done)
                )
                report.outcomes.extend(found.outcomes)
                report.notes.extend(found.notes)
                report.problem = found.problem
                stopped = stopped or found.stopped > 0
            done = len(plain)
            for path in jsonl:
                if stopped:
                    report.outcomes.append(stopped_outcome(path))
                    continue
                found = self.import_jsonl(path)
                report.outcomes.extend(found.outcomes)
                report.notes.extend(found.notes)
                done += 1
                step(done)
            for ann, txt in brat:
                if stopped:
                    report.outcomes.append(stopped_outcome(ann))
                    continue
                found = self.import_brat(ann, txt)
                report.outcomes.extend(found.outcomes)
                report.notes.extend(found.notes)
                done += 1
                step(done)
            op.description = f"import of {report.imported} article(s)"
        return report

    # -- import of brat standoff ----------------------------------------------------------------

    def import_brat(self, ann: Path, txt: Path | None = None) -> ImportReport:
        """Import one brat document: ``txt`` (default: ``NAME.txt`` beside ``NAME.ann``)
        and its annotations (``io.brat_reader``), in one transaction: the article (a text
        already stored is reused), its entity marks, and its tags with their slots,
        statuses and notes — all, or nothing when any part is wrong (the report names
        the line). What the file holds that the app has no place for is in the report's
        notes. One undo step (joining an open import)."""
        ann = Path(ann)
        txt = Path(txt) if txt is not None else ann.with_suffix(".txt")
        report = ImportReport()
        where = str(ann)
        with self.corpus.journal.operation("import", transaction=False) as op:
            if not txt.exists():
                reason = f"no {txt.name} beside it (brat keeps the text in NAME.txt)"
                report.outcomes.append(FileOutcome(where, "failed", reason))
                return report
            try:
                raw, encoding = decode_text(read_regular_file(txt))
            except ImportProblem as exc:
                report.outcomes.append(FileOutcome(where, "failed", f"{txt.name}: {exc}"))
                return report
            try:
                data = read_regular_file(ann)
                # brat writes an empty .ann for a document without annotations.
                content = decode_text(data)[0] if data.strip() else ""
                annotated = read_brat(raw, content)
            except ImportProblem as exc:
                report.outcomes.append(FileOutcome(where, "failed", str(exc)))
                return report
            item = ImportedText(annotated.text, txt.name, "txt", encoding)
            outcome = AnnotationStore(self.corpus).store_file(item, annotated, where)
            report.outcomes.append(outcome)
            if outcome.outcome != "failed":  # a failed file stored nothing: no counts then
                add_notes(report, where, annotated.left_out)
            op.description = f"import of {report.imported} article(s)"
        return report

    # -- import of a JSONL export -------------------------------------------------------------

    def import_jsonl(self, source: Path) -> ImportReport:
        """Import articles and their annotations from a JSONL file: this app's export, or
        doccano's (told apart by line: only this app writes a ``dragon_reader`` object).

        Each line is first checked against the schema (``io.jsonl.parse_line``: types,
        offsets, nesting, and the same text checks as a file), then stored in one
        transaction: its article, new codebook entries and tags all, or nothing. A failed
        line is reported with the reason and the rest goes on. Articles whose text is
        already stored are reused (their tags are added once); codebook entries are matched
        by name or created. A new article keeps the exported title, outlet, byline, date and
        status, and each tag its annotator and times. A doccano line's annotations are read
        by ``io.doccano`` (entity marks, ``KIND:entry`` tags, relations filling slots); the
        labels it has no place for are counted over the file, in the report's notes. A file
        that is one JSON document or array written over several lines (as doccano's
        examples are) is read as such. The whole import is one undo step.
        """
        with self.corpus.journal.operation("import", transaction=False) as op:
            report = self._import_jsonl(source)
            op.description = f"import of {report.imported} article(s)"
        return report

    def _import_jsonl(self, source: Path) -> ImportReport:
        report = ImportReport()
        try:
            content = Path(source).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            report.outcomes.append(FileOutcome(str(source), "failed", f"cannot read: {exc}"))
            return report
        left_out = LeftOut()
        for where, document in jsonl_documents(content, str(source)):
            op = self.corpus.journal.current
            mark = len(op.rows) if op is not None else 0
            try:
                if isinstance(document, ImportProblem):
                    raise document
                outcome = self._store_document(parse_document(document), where, left_out)
            except ImportProblem as exc:
                if op is not None:  # rolled back: not part of the import's undo step
                    op.forget_since(mark)
                report.outcomes.append(FileOutcome(where, "failed", str(exc)))
                continue
            report.outcomes.append(outcome)
        add_notes(report, str(source), left_out)
        return report

    def _store_document(
        self, document: JsonlDocument, where: str, left_out: LeftOut
    ) -> FileOutcome:
        """Store one checked line in one transaction; ``ImportProblem`` when any part of it
        cannot be stored (then nothing of it is). A doccano line's labels that have no
        place here are added to ``left_out``."""
        if not document.is_ours:
            annotated = read_doccano(document)
            item = ImportedText(annotated.text, where, "jsonl", "utf-8")
            outcome = AnnotationStore(self.corpus).store(item, annotated, where)
            left_out.merge(annotated.left_out)
            return outcome
        coding = self.corpus.coding
        extra = document.dragon_reader or ArticleRecord()
        item = ImportedText(
            normalize_newlines(document.text),
            extra.source_file or where,
            "jsonl",
            "utf-8",
            title=" ".join((extra.title or "").split()) or None,
            outlet=extra.outlet or None,
            byline=extra.byline or None,
            published=extra.published,
        )
        with self.database.transaction() as session:
            outcome = self.corpus.store_batch([(where, item)])[0]
            article_id = outcome.article_id
            if article_id is None:
                raise ImportProblem(outcome.reason or "could not be stored")
            if outcome.outcome == "imported" and extra.status is not None:
                self.corpus.set_status(article_id, extra.status)
            # Each coder's tag is kept (double coding agrees on exactly these spans); only a
            # tag the article already holds from the same coder is left out, one for one,
            # so that importing a file twice adds nothing and a coder's two tags stay two.
            existing = Counter(
                _same_tag_key(t.start, t.end, t.kind.value, t.entry_name, coder_of(t), t.curated)
                for t in coding.tags_for_article(article_id)
            )
            read = present = 0
            for number, record in enumerate(document.tags(), start=1):
                key = _same_tag_key(
                    record.start,
                    record.end,
                    record.kind,
                    record.entry,
                    record.annotator or coding.annotator,
                    record.curated,
                )
                if existing[key] > 0:
                    existing[key] -= 1
                    present += 1
                    continue
                try:
                    tag = coding.create_tag(
                        article_id,
                        record.start,
                        record.end,
                        TagKind(record.kind),
                        self._entry_for(record, extra.codebook),
                        record.status,
                        FuzzyDate.parse(record.date) if record.date else None,
                        record.confidence,
                        record.note or "",
                        curated=record.curated,
                    )
                except (CodingError, ValueError) as exc:
                    msg = f"tag {number}: {exc}"
                    raise ImportProblem(msg) from exc
                provenance: dict[str, Any] = {}
                if record.annotator is not None:
                    provenance["annotator"] = record.annotator
                if record.created is not None:
                    provenance["created_at"] = _utc_naive(record.created)
                if record.updated is not None:
                    provenance["updated_at"] = _utc_naive(record.updated)
                if provenance:
                    session.execute(update(Tag).where(Tag.id == tag.id).values(**provenance))
                fillers = [self._filler_from(slot) for slot in record.slots]
                if fillers:
                    self.corpus.slots.set_slots(tag.id, fillers)
                read += 1
            try:
                self._import_labels(article_id, extra.labels)
            except ValueError as exc:
                msg = f"bad labels: {exc}"
                raise ImportProblem(msg) from exc
        return FileOutcome(
            where, outcome.outcome, outcome.reason, article_id, tags=read, tags_present=present
        )

    # -- internals --------------------------------------------------------------------------

    def _import_labels(self, article_id: int, labels: dict[str, list[str]]) -> None:
        """Give the article the document labels of an export (keys this database lacks
        are added to the vocabulary first)."""
        vocabularies = self.corpus.vocabularies
        for name, keys in labels.items():
            vocabulary = Vocabulary(name)
            for key in keys:
                if vocabularies.value(vocabulary, key) is None:
                    vocabularies.add(vocabulary, key, key)
                vocabularies.set_article_label(article_id, vocabulary, key)

    def _filler_from(self, slot: SlotRecord) -> SlotFiller:
        """A slot filler read from an export: its span as written; its actor found again
        by name in this database's dictionary (ids differ between databases)."""
        found = self.corpus.actors.find(slot.text) if slot.actor_id is not None else []
        return SlotFiller(
            slot.role, slot.text, slot.start, slot.end, found[0].id if len(found) == 1 else None
        )

    def _entry_for(self, record: TagRecord, codebook: list[CodebookRecord]) -> int:
        """The id of the codebook entry ``record`` names: found by name (ignoring case), or
        created from the line's description of it."""
        described = next(
            (e for e in codebook if e.name == record.entry and e.kind == record.kind), None
        )
        return entry_for(self.corpus.coding, TagKind(record.kind), record.entry, described)

    def _tag_query(self, filters: ExportFilters) -> Select[*tuple[Any, ...]]:
        """Tag columns only (articles and entries are small and looked up in memory), in
        article and position order, which the (article_id, start) index gives unsorted."""
        query: Select[*tuple[Any, ...]] = select(
            Tag.id,
            Tag.article_id,
            Tag.event_id,
            Tag.channel_id,
            Tag.status,
            Tag.when,
            Tag.start,
            Tag.end,
            Tag.text,
            Tag.note,
            Tag.confidence,
            Tag.annotator,
            Tag.session_id,
            Tag.created_at,
            Tag.updated_at,
            Tag.sentence_start,
            Tag.sentence_end,
        ).order_by(Tag.article_id, Tag.start, Tag.id)
        if filters.article_status:
            query = query.where(
                Tag.article_id.in_(select(Article.id).where(_status_clause(filters)))
            )
        if filters.kind == TagKind.EVENT:
            query = query.where(Tag.event_id.is_not(None))
        elif filters.kind == TagKind.CHANNEL:
            query = query.where(Tag.channel_id.is_not(None))
        if filters.entry_name:
            query = query.where(
                Tag.event_id.in_(
                    select(CodebookEvent.id).where(CodebookEvent.name == filters.entry_name)
                )
                | Tag.channel_id.in_(
                    select(CodebookChannel.id).where(CodebookChannel.name == filters.entry_name)
                )
            )
        if filters.annotator:
            query = query.where(Tag.annotator == filters.annotator, Tag.curated.is_(False))
        elif not filters.all_coders:
            curated = aliased(Tag)
            query = query.where(
                Tag.curated.is_(True)
                | Tag.article_id.not_in(select(curated.article_id).where(curated.curated.is_(True)))
            )
        return query

    def _tag_lines(self, filters: ExportFilters, guard_formulas: bool = False) -> Iterator[str]:
        """The CSV rows (``TAG_COLUMNS``), written (``io.writers.write_csv_lines``), streamed
        from one query of the tags (in article order) beside one query of the articles they
        sit in (in the same order, read as the tags reach them): no statement per article,
        and articles without tags never read.

        With ``guard_formulas`` every text cell that starts like a formula is neutralised
        (``io.writers.neutralize_formula``). Cells shared by many rows (an article's, an
        entry's, a date's, a sentence, the slots) are made, guarded and written once."""
        filter_dates = filters.date_from is not None or filters.date_to is not None
        triggers = FORMULA_FIRST_CHARACTERS if guard_formulas else frozenset()

        def guarded(value: str | None) -> str | None:
            return "'" + value if value and value[0] in triggers else value

        with self.database.session() as session, contextlib.ExitStack() as stack:
            # The cells a row takes from its entry: written once per entry.
            entry_cells: dict[tuple[str, int], str] = {
                ("event", row[0]): _csv_cells("event", guarded(row[1]), row[2], None)
                for row in session.execute(
                    select(CodebookEvent.id, CodebookEvent.name, CodebookEvent.type)
                )
            }
            entry_cells.update(
                (("channel", row[0]), _csv_cells("channel", guarded(row[1]), None, row[2]))
                for row in session.execute(
                    select(CodebookChannel.id, CodebookChannel.name, CodebookChannel.level)
                )
            )
            event_dates = _event_dates(session)
            slot_cells: dict[int, dict[str, list[str]]] = {}
            for slot_tag, role, slot_text in session.execute(
                select(TagSlot.tag_id, TagSlot.role, TagSlot.text).order_by(
                    TagSlot.tag_id, TagSlot.position
                )
            ):
                slot_cells.setdefault(slot_tag, {}).setdefault(role, []).append(slot_text)
            # The slot columns' cells of each tag with slots, written once.
            slot_rows = {
                tag_id: _csv_cells(
                    *(guarded("; ".join(cells[r])) if r in cells else None for r in SLOT_COLUMNS)
                )
                for tag_id, cells in slot_cells.items()
            }
            # Core execution: plain rows, without the ORM's per-row bookkeeping. Both
            # cursors stay open on the session's one connection (one snapshot).
            connection = session.connection()
            tag_query = self._tag_query(filters)
            stack.enter_context(scattered_reads(connection))
            articles = _TaggedArticles(connection, _tagged_articles(filters, tag_query), guarded)
            result = _plain_rows(connection, tag_query)
            # Both cursors are closed however the rows end (all read, a stop, an error):
            # PostgreSQL's server-side cursors are not left to the garbage collector.
            with contextlib.closing(articles), contextlib.closing(result):
                yield from _tag_lines(
                    result,
                    articles,
                    filters if filter_dates else None,
                    triggers,
                    entry_cells,
                    slot_rows,
                    event_dates,
                )


def _csv_cells(*cells: Any) -> str:
    """``cells`` written as consecutive cells of a CSV row (``io.writers.csv_cell``)."""
    return ",".join(map(csv_cell, cells))


def _tag_lines(
    result: Iterable[Sequence[Any]],
    articles: _TaggedArticles,
    date_filters: ExportFilters | None,
    triggers: frozenset[str],
    entry_cells: dict[tuple[str, int], str],
    slot_rows: dict[int, str],
    event_dates: dict[int, str],
) -> Iterator[str]:
    """One CSV line of ``TAG_COLUMNS`` per row of ``result`` (``_tag_query``'s columns),
    in one pass: a row's own text cells (text, note, annotator) are guarded here with a
    test of their first character (``triggers``), the rest were guarded when made. An
    event tag without a date of its own has its event's (``event_dates``). Cells that
    repeat (a date's, a status, a confidence, an annotator, a session) are written once."""
    cell = csv_cell
    end_of_line = CSV_LINE_END
    # The cells of a date, a status, a confidence, an annotator, a session: written once.
    date_cells = _CellsByValue(lambda when: _csv_cells(*_date_cells(when)))
    status_cells = _CellsByValue(cell)
    confidence_cells = _CellsByValue(cell)
    annotator_cells = _CellsByValue(lambda name: cell("'" + name if name[:1] in triggers else name))
    session_cells = _CellsByValue(cell)
    no_slots = _csv_cells(*(None for _ in SLOT_COLUMNS))
    current_article: int | None = None
    text = head = tail = ""
    sentences: SentenceFinder | None = None
    # Each sentence of the current article, cleaned, guarded and written once, by its bounds.
    written_sentences: dict[tuple[int, int], str] = {}
    for (
        tag_id,
        article_id,
        event_id,
        channel_id,
        tag_status,
        own_when,
        start,
        end,
        tag_text,
        note,
        confidence,
        annotator,
        session_id,
        created_at,
        updated_at,
        sentence_start,
        sentence_end,
    ) in result:
        when_text = event_dates.get(event_id) if own_when is None else own_when
        if date_filters is not None and not _date_passes(when_text, date_filters):
            continue
        if article_id != current_article:
            current_article = article_id
            text, head, tail = articles.of(article_id)
            sentences = None
            written_sentences.clear()
        # Stored when the tag was made; a tag without them (one the upgrade could not
        # reach) has its sentence found now.
        if sentence_start is not None:
            bounds = (sentence_start, sentence_end)
        else:
            if sentences is None:
                sentences = SentenceFinder(text)
            bounds = sentences.bounds(start, end)
        sentence = written_sentences.get(bounds)
        if sentence is None:
            sentence = written_sentences[bounds] = cell(
                _clean_sentence(text[bounds[0] : bounds[1]], triggers)
            )
        # ISO 8601 to the second: from SQLite's stored text (a tag never edited has its
        # creation time twice), or from the datetime another engine gives.
        created: str | None
        updated: str | None
        if created_at.__class__ is str:
            created = created_at[:19].replace(" ", "T")
            updated = created if updated_at == created_at else updated_at[:19].replace(" ", "T")
        else:
            created, updated = _iso(created_at), _iso(updated_at)
        entry = (
            entry_cells["event", event_id]
            if event_id is not None
            else entry_cells["channel", channel_id]
        )
        text_cell = cell("'" + tag_text if tag_text[:1] in triggers else tag_text)
        note_cell = cell("'" + note if note[:1] in triggers else note) if note else ""
        yield (
            f"{tag_id},{head},{entry},{status_cells[tag_status]},{date_cells[when_text]},"
            f"{start},{end},{text_cell},{sentence},{note_cell},{confidence_cells[confidence]},"
            f"{annotator_cells[annotator]},{session_cells[session_id]},{cell(created)},"
            f"{cell(updated)},{slot_rows.get(tag_id, no_slots)},{tail}{end_of_line}"
        )


class _CellsByValue(dict[Any, str]):
    """The written cell of each value (``make(value)``), made when first asked for."""

    def __init__(self, make: Callable[[Any], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, value: Any) -> str:
        written = self[value] = self._make(value)
        return written


def _clean_sentence(sentence: str, triggers: frozenset[str]) -> str:
    """``sentence`` with every run of whitespace made one space and none at either end
    (``" ".join(sentence.split())``), guarded when it starts with one of ``triggers``."""
    # A printable text holds no whitespace but the ASCII space: one already clean is
    # recognised without splitting it.
    if not (
        sentence.isprintable()
        and "  " not in sentence
        and sentence[:1] != " "
        and sentence[-1:] != " "
    ):
        sentence = " ".join(sentence.split())
    if sentence[:1] in triggers:
        sentence = "'" + sentence
    return sentence


def _plain_rows(connection: Any, statement: Select[*tuple[Any, ...]], batch: int = 2000) -> Any:
    """The rows of ``statement`` on ``connection``'s transaction, streamed, as plainly as
    the driver gives them: an iterable of rows with ``close()`` (which the caller calls).
    On SQLite straight from the driver's cursor, the statement's values written into it
    (Core's per-row work was a third of a large export's time; the values are typed
    filters, rendered by SQLAlchemy's own literal quoting); on other engines Core's rows
    through a server-side cursor."""
    if connection.dialect.name == "sqlite":
        try:
            sql = str(
                statement.compile(
                    dialect=connection.dialect,
                    compile_kwargs={"literal_binds": True, "render_postcompile": True},
                )
            )
        except (NotImplementedError, CompileError):  # a value without a literal form
            sql = None
        if sql is not None:
            cursor = connection.connection.driver_connection.cursor()
            try:
                cursor.execute(sql)
            except BaseException:
                cursor.close()
                raise
            return cursor
    return connection.execute(statement.execution_options(yield_per=batch))


def _tagged_articles(
    filters: ExportFilters, tag_query: Select[*tuple[Any, ...]]
) -> Select[*tuple[Any, ...]]:
    """The ids of the articles that ``tag_query``'s tags sit in (or a few more).

    Filtered by coder alone (the curated set where there is one, else the tags as coded;
    or every coder), every article with a tag has a tag exported: the ids are then read
    from the (article, start) index alone instead of running ``tag_query`` a second time."""
    if (
        filters.annotator is None
        and filters.kind is None
        and not filters.entry_name
        and not filters.article_status
    ):
        return select(Tag.article_id)
    return tag_query.with_only_columns(Tag.article_id).order_by(None)


class _TaggedArticles:
    """The texts and cells of the articles ``tagged`` names, read in one query in article
    id order, as the tags (also in article id order) reach each article. The cells are
    those of ``TAG_COLUMNS`` from ``article_id`` to ``article_status`` (the head) and the
    two ``published_*`` columns (the tail), their text passed through ``guarded``, written
    as CSV cells once per article."""

    def __init__(
        self,
        connection: Any,
        tagged: Select[*tuple[Any, ...]],
        guarded: Callable[[str | None], str | None],
    ) -> None:
        self._result = _plain_rows(
            connection,
            select(
                Article.id,
                Article.text,
                Article.title,
                Article.outlet,
                Article.published,
                Article.source_file,
                Article.status,
                Article.inferred_published,
                Article.inferred_certainty,
            )
            .where(Article.id.in_(tagged.scalar_subquery()))
            .order_by(Article.id),
            batch=200,
        )
        self._rows = iter(self._result)
        self._guarded = guarded
        self._at: int | None = None
        self._text = ""
        self._head = self._tail = ""

    def close(self) -> None:
        """Close the query's cursor (unread rows are dropped)."""
        self._result.close()

    def of(self, article_id: int) -> tuple[str, str, str]:
        """The text, head cells and tail cells of ``article_id``; ids must come in
        ascending order (an absent article has "" and empty cells)."""
        guarded = self._guarded
        while self._at is None or self._at < article_id:
            row = next(self._rows, None)
            if row is None:  # no more articles: this one is absent, as any later one
                self._at, self._text = article_id, ""
                self._head, self._tail = _absent_head(article_id), _ABSENT_TAIL
                break
            self._at, self._text = row[0], row[1] or ""
            published, source, certainty = _published_cells(row[4], row[7], row[8])
            self._head = _csv_cells(
                row[0], guarded(row[2]), guarded(row[3]), published, guarded(row[5]), row[6]
            )
            self._tail = _csv_cells(source, certainty)
        if self._at == article_id:
            return self._text, self._head, self._tail
        return "", _absent_head(article_id), _ABSENT_TAIL


def _status_clause(filters: ExportFilters) -> ColumnElement[bool]:
    """Articles whose status ``filters.article_status`` names."""
    return Article.status.in_([s.value for s in filters.article_status or ()])


def _event_dates(session: Any) -> dict[int, str]:
    """The stored date of every dated codebook event, by id: the date of an event tag that
    has none of its own (in the CSV and in every export's date filter)."""
    return dict(
        session.execute(
            select(CodebookEvent.id, CodebookEvent.when).where(CodebookEvent.when.is_not(None))
        ).all()
    )


def _absent_head(article_id: int) -> str:
    """The head cells of an article that is not there (``_TaggedArticles.of``): its id."""
    return _csv_cells(article_id, None, None, None, None, None)


# The tail cells of an article that is not there.
_ABSENT_TAIL = _csv_cells(None, None)


def _published_cells(
    given: date | str | None, inferred: date | str | None, certainty: str | None
) -> tuple[str | None, str | None, str | None]:
    """The ``published``, ``published_source`` and ``published_certainty`` cells: the
    stored date (``given``), else the one read from the text (``inferred``, written as far
    as ``certainty`` knows it: ``2023-12`` for a month), else empty. The dates come as
    SQLite's stored text or as dates."""
    if given is not None:
        return (given.isoformat() if isinstance(given, date) else given), "given", None
    if inferred is None:
        return None, None, None
    day = inferred if isinstance(inferred, date) else date.fromisoformat(inferred)
    return month_or_day(day, certainty), "inferred", certainty


def _publication_record(
    cells: tuple[str | None, str | None, str | None] | None,
) -> dict[str, str | None]:
    """The ``publication`` object of a JSONL line: the date the CSV's ``published`` cells
    give (given, or inferred from the text with its certainty)."""
    published, source, certainty = cells or (None, None, None)
    return {"date": published, "source": source, "certainty": certainty}


def _date_passes(when: str | None, filters: ExportFilters) -> bool:
    if filters.date_from is None and filters.date_to is None:
        return True
    if not when:
        return False
    parsed = _parse_date(when)
    if filters.date_from is not None and parsed.last_day < filters.date_from:
        return False
    return not (filters.date_to is not None and parsed.first_day > filters.date_to)


@lru_cache(maxsize=4096)
def _parse_date(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


@lru_cache(maxsize=4096)
def _date_cells(text: str | None) -> tuple[str | None, str | None, str | None]:
    """The ``date``, ``date_precision`` and ``date_end`` cells of a stored tag date."""
    if not text:
        return None, None, None
    when = _parse_date(text)
    return (
        when.start.isoformat(),
        when.precision.value,
        when.end.isoformat() if when.end else None,
    )


def _date_start(when: FuzzyDate | None) -> str | None:
    return str(when) if when else None


def _utc_naive(value: datetime) -> datetime:
    """``value`` as stored: UTC without a time zone (a naive value is taken as UTC)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def _iso(value: datetime | str | None) -> str | None:
    """ISO 8601 to the second, from a datetime or SQLite's stored text."""
    if not value:
        return None
    if isinstance(value, str):
        return value[:19].replace(" ", "T")
    return value.isoformat(timespec="seconds")


def _tag_record(tag: Any) -> dict[str, Any]:
    return {
        "start": tag.start,
        "end": tag.end,
        "text": tag.text,
        "kind": tag.kind.value,
        "entry": tag.entry_name,
        "status": tag.status.value if tag.status else None,
        "date": str(tag.when) if tag.when else None,
        "confidence": tag.confidence,
        "note": tag.note,
        "annotator": tag.annotator,
        "curated": tag.curated,
        "created": _iso(tag.created_at),
        "updated": _iso(tag.updated_at),
    }


def _same_tag_key(
    start: int, end: int, kind: str, entry: str, coder: str, curated: bool
) -> tuple[int, int, str, str, str, bool]:
    """What makes an imported tag the same as one already stored: its span, kind, entry
    (ignoring case), coder and whether it is curated; note, date and slots may differ."""
    return (start, end, kind, entry.casefold(), coder, curated)


def _slot_record(filler: SlotFiller) -> dict[str, Any]:
    return {
        "role": filler.role.value,
        "text": filler.text,
        "start": filler.start,
        "end": filler.end,
        "actor_id": filler.actor_id,
    }


def _with_slot_relations(
    entities: list[dict[str, Any]], tags: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """doccano's relation mode for the tags' slots: each tag with slots that point at text
    becomes an entity labelled ``KIND:entry`` and each such filler a relation from it, typed
    by the slot (``actor``, ``recipient``, ``place``, ``party``), to the entity at the
    filler's span (added when no mention is there)."""
    entities = list(entities)
    by_span = {(e["start_offset"], e["end_offset"]): e["id"] for e in entities}
    relations: list[dict[str, Any]] = []

    def entity_at(start: int, end: int, label: str) -> int:
        found = by_span.get((start, end))
        if found is None or not label.startswith(("event:", "channel:")):
            found = len(entities) + 1
            entities.append({"id": found, "label": label, "start_offset": start, "end_offset": end})
            by_span.setdefault((start, end), found)
        return found

    for tag in tags:
        spans = [s for s in tag.get("slots", ()) if s["start"] is not None]
        if not spans:
            continue
        tag_entity = entity_at(tag["start"], tag["end"], f"{tag['kind']}:{tag['entry']}")
        for filler in spans:
            target = by_span.get((filler["start"], filler["end"]))
            if target is None:
                target = entity_at(filler["start"], filler["end"], filler["role"].upper())
            relations.append(
                {
                    "id": len(relations) + 1,
                    "from_id": tag_entity,
                    "to_id": target,
                    "type": filler["role"],
                }
            )
    return entities, relations


def _entries_for(
    tags: list[dict[str, Any]], events: dict[Any, Any], channels: dict[Any, Any]
) -> list[dict[str, Any]]:
    wanted = {(t["kind"], t["entry"]) for t in tags}
    entries: list[dict[str, Any]] = []
    for event in events.values():
        if ("event", event.name) in wanted:
            entries.append(
                {
                    "kind": "event",
                    "name": event.name,
                    "event_type": event.type.value,
                    "date": str(event.when) if event.when else None,
                    "place": event.place,
                    "participants": list(event.participants),
                    "description": event.description,
                }
            )
    for channel in channels.values():
        if ("channel", channel.name) in wanted:
            entries.append(
                {
                    "kind": "channel",
                    "name": channel.name,
                    "channel_level": channel.level.value,
                    "party_a": channel.party_a,
                    "party_b": channel.party_b,
                    "description": channel.description,
                }
            )
    return entries


BRAT_STEM_CHARS = 120  # file names stay well under every file system's limit


def _brat_name(source_file: str | None, article_id: int, used: set[str]) -> str:
    """A file stem for the article, unique among ``used`` (compared case-insensitively, as
    on macOS and Windows), which it joins: the source file's stem made safe, with the
    article id added when another article has it (and a counter if even that is taken)."""
    stem = Path(source_file).stem if source_file else f"article_{article_id}"
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._")[:BRAT_STEM_CHARS] or f"article_{article_id}"
    name = stem
    extra = 1
    while name.casefold() in used:
        name = f"{stem}_{article_id}" if extra == 1 else f"{stem}_{article_id}_{extra}"
        extra += 1
    used.add(name.casefold())
    return name
