"""The corpus: import articles, list them, open one, set its status."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy import Select, Table, bindparam, func, insert, literal_column, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dragon_reader.domain.articles import (
    ArticleFilters,
    ArticleId,
    ArticleStatus,
    ArticleSummary,
    ArticleView,
    count_words,
)
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.entities import PackedMentions
from dragon_reader.domain.metadata import derive_metadata
from dragon_reader.domain.publication import infer_publication
from dragon_reader.domain.text import content_hash, normalize_newlines, plain_title
from dragon_reader.io.readers import (
    ImportedText,
    ImportProblem,
    bidi_controls_shown,
    decode_text,
    expand_paths,
    read_article_file,
)
from dragon_reader.nlp.base import Recognizer
from dragon_reader.resources import seed_files
from dragon_reader.services.actors import ActorService
from dragon_reader.services.coding import CodingService
from dragon_reader.services.curation import CurationService
from dragon_reader.services.dates import (
    DateService,
    Publication,
    inference_keys,
    known_events,
    publication_of,
)
from dragon_reader.services.deletion import ArticleDeletion, DeletionPreview
from dragon_reader.services.entities import EntityService
from dragon_reader.services.journal import Journal
from dragon_reader.services.locations import default_database_path
from dragon_reader.services.sessions import SessionService
from dragon_reader.services.slots import SlotService
from dragon_reader.services.suggestions import SuggestionService
from dragon_reader.services.team import TeamService
from dragon_reader.services.vocabularies import VocabularyService
from dragon_reader.store.database import (
    Database,
    StorageError,
    open_database,
    open_read_only,
    read_only_reason,
)
from dragon_reader.store.models import (
    AppState,
    Article,
    ArticleLabel,
    Assignment,
    Entity,
    Mention,
    RecognizedEntity,
)
from dragon_reader.store.models import Tag as TagRow
from dragon_reader.store.search import HIT_END, HIT_START, count_matches, search
from dragon_reader.store.search import search_page as _search_page

SEEDS_IMPORTED_KEY = "seeds_imported"
# A batch of read files with the function that waits for their recognised entities.
_PendingBatch = tuple[list[tuple[str, "ImportedText"]], Callable[[], list[PackedMentions]]]
IMPORT_BATCH = 200  # files stored per transaction
BATCHES_AHEAD = 2  # batches being recognised while one is stored

Outcome = Literal["imported", "duplicate", "failed", "stopped", "skipped"]
SortKey = Literal["id", "title", "outlet", "published", "words", "status"]
# progress(done, total) after each file read; returning False stops the import there.
ProgressCallback = Callable[[int, int], bool | None]

_SORT_COLUMNS = {
    "id": Article.id,
    "title": func.lower(Article.title),
    "outlet": func.lower(Article.outlet),
    # A date read from the text sorts beside the stored ones (see ``infer_publications``).
    "published": func.coalesce(Article.published, Article.inferred_published),
    "words": Article.word_count,
    "status": Article.status,
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result: the article, its title, and a snippet whose matched words are
    wrapped in ``SNIPPET_MARKS``."""

    article_id: ArticleId
    title: str
    snippet: str


SNIPPET_MARKS = (HIT_START, HIT_END)


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of search hits, best first, each ``(article id, snippet)``; ``total`` is
    how many articles match in all when it was asked for, else ``None``."""

    hits: list[tuple[ArticleId, str]]
    total: int | None = None


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one file of an import. ``tags`` and ``marks`` count the tags and
    entity annotations taken from a file of annotations (brat, doccano, this app's JSONL;
    an entity the article's mentions already hold counts as taken); ``tags_present`` the
    tags left out because the article already held the same one (same span, entry and
    coder), which the report says rather than pass over."""

    source: str
    outcome: Outcome
    reason: str | None = None
    article_id: ArticleId | None = None
    encoding: str | None = None
    tags: int = 0
    marks: int = 0
    tags_present: int = 0

    def annotations_read(self) -> str:
        """What was read from a file of annotations, for a report: "2 tag(s) and 1 entity
        mark(s) read into it" (marks named when there are some), then "1 tag(s) the
        article already had left out" when some were; "" when it held none."""
        parts: list[str] = []
        if self.tags or self.marks:
            counts = [f"{self.tags} tag(s)"] + (
                [f"{self.marks} entity mark(s)"] if self.marks else []
            )
            parts.append(f"{' and '.join(counts)} read into it")
        if self.tags_present:
            parts.append(f"{self.tags_present} tag(s) the article already had left out")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class ImportNote:
    """What a file held that was not imported, said once per file and kind:
    "7 annotations with labels outside the codebook: MISC ×2, …" (``count`` of them)."""

    source: str
    text: str
    count: int = 0


@dataclass(slots=True)
class ImportReport:
    """Every file of an import with its outcome, in the order they were read, and the
    notes on what files held that was not imported."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    problem: str | None = None  # why the import ended early (the disk filled up), if it did
    notes: list[ImportNote] = field(default_factory=list)

    def _count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.outcomes if item.outcome == outcome)

    @property
    def imported(self) -> int:
        """Number of new articles."""
        return self._count("imported")

    @property
    def duplicates(self) -> int:
        """Number of files skipped because their text is already stored."""
        return self._count("duplicate")

    @property
    def failed(self) -> int:
        """Number of files that could not be imported."""
        return self._count("failed")

    @property
    def skipped(self) -> int:
        """Number of files of a folder left out: hidden, or not of a type this app imports."""
        return self._count("skipped")

    @property
    def stopped(self) -> int:
        """Number of files left out because the import was stopped before them."""
        return self._count("stopped")

    def summary(self) -> str:
        """One line for a status bar or the end of a CLI run."""
        annotated = sum(
            1 for item in self.outcomes if item.outcome == "duplicate" and (item.tags or item.marks)
        )
        line = (
            f"{self.imported} imported, {self.duplicates - annotated} duplicate(s) skipped, "
            f"{self.failed} failed"
        )
        if annotated:
            into = "it" if annotated == 1 else "them"
            line += f", {annotated} already stored with annotations read into {into}"
        if self.skipped:
            line += f", {self.skipped} other file(s) skipped (listed in the report)"
        if self.stopped:
            line += f", {self.stopped} left out (stopped)"
        tags = sum(item.tags for item in self.outcomes)
        marks = sum(item.marks for item in self.outcomes)
        if tags or marks:
            line += f"; {tags} tag(s) and {marks} entity mark(s) from annotations"
        present = sum(item.tags_present for item in self.outcomes)
        if present:
            line += f"; {present} tag(s) already there left out"
        left_out = sum(note.count for note in self.notes)
        if left_out:
            line += f"; {left_out} annotation(s) not imported, listed in the report"
        return line


class Corpus:
    """The articles of one database, and the actions on them.

    An imported article is stored with its entity mentions in one transaction: both or
    neither.
    """

    def __init__(self, database: Database, recognizer: Recognizer | None = None) -> None:
        self.database = database
        self.journal = Journal(database)
        self.entities = EntityService(database, recognizer, self.journal)
        self.coding = CodingService(database, journal=self.journal)
        self.sessions = SessionService(database, self.journal)
        self.team = TeamService(database, self.coding)
        self.actors = ActorService(database)
        self.vocabularies = VocabularyService(database, self.journal)
        self.slots = SlotService(database, self.journal, self.actors)
        self.curation = CurationService(self.coding, self.slots)
        self.dates = DateService(self.entities, self.coding)
        self.suggestions = SuggestionService(self.dates, self.article)
        self.deletion = ArticleDeletion(database, self.journal, self.entities)

    @property
    def read_only(self) -> bool:
        """True when the database was opened for reading only (see ``open_corpus``)."""
        return self.database.read_only

    @classmethod
    def open(cls, path_or_url: str | Path) -> Corpus:
        """Open (creating and migrating) the database at a path or SQLAlchemy URL."""
        return cls(open_database(path_or_url))

    def close(self) -> None:
        """Release the database (and stop recognition workers)."""
        self.entities.close()
        self.database.close()

    # -- import -------------------------------------------------------------------------

    def import_seeds_once(self) -> ImportReport | None:
        """Import the bundled seed articles on the database's first start.

        Returns ``None`` when the seeds were imported before (even if the user deleted
        some since); seeds already present by content are skipped as duplicates.
        """
        with self.database.session() as session:
            if session.get(AppState, SEEDS_IMPORTED_KEY) is not None:
                return None
        items = []
        for entry in seed_files():
            text, encoding = decode_text(entry.read_bytes())
            items.append(
                (entry.name, ImportedText(normalize_newlines(text), entry.name, "txt", encoding))
            )
        report = ImportReport(self.store_batch(items))
        with self.database.session() as session:
            session.merge(AppState(key=SEEDS_IMPORTED_KEY, value=_now().isoformat()))
        return report

    def import_paths(
        self, paths: Iterable[Path], progress: ProgressCallback | None = None
    ) -> ImportReport:
        """Import files and folders (recursively); a failing file never stops the rest.

        A file either becomes a whole article (with its derived data) or leaves nothing
        behind. ``progress(done, total)`` is called after each file is read; when it
        returns ``False`` the files read so far are stored and the rest are reported as
        ``stopped``.
        """
        with self.journal.operation("import", transaction=False) as op:
            report = self._import_paths(paths, progress)
            op.description = f"import of {report.imported} article(s)"
        return report

    def _import_paths(
        self, paths: Iterable[Path], progress: ProgressCallback | None = None
    ) -> ImportReport:
        report = ImportReport()
        files = list(
            expand_paths(
                paths,
                lambda path, reason: report.outcomes.append(
                    FileOutcome(str(path), "failed", reason)
                ),
            )
        )
        read_count = 0

        def read() -> Iterator[tuple[str, ImportedText]]:
            nonlocal read_count
            for path in files:
                read_count += 1
                try:
                    item = read_article_file(path)
                    if item.left_out:  # the page showed more than its article: say so
                        report.notes.append(ImportNote(str(path), item.left_out))
                    yield str(path), item
                except ImportProblem as problem:
                    report.outcomes.append(FileOutcome(str(path), "failed", str(problem)))
                if progress is not None and progress(read_count, len(files)) is False:
                    return

        stored: list[FileOutcome] = []
        try:
            self.store_many(read(), stored)
        except StorageError as exc:
            # The disk filled up (or the database became unwritable): what was stored
            # stays stored and is reported; every other file is reported as not stored.
            report.problem = str(exc)
            report.outcomes.extend(stored)
            done = {outcome.source for outcome in report.outcomes}
            report.outcomes.extend(
                FileOutcome(str(path), "failed", "not stored: the database could not be written")
                for path in files
                if str(path) not in done
            )
        else:
            report.outcomes.extend(stored)
            report.outcomes.extend(
                FileOutcome(str(path), "stopped", "the import was stopped before this file")
                for path in files[read_count:]
            )
        order = {str(path): index for index, path in enumerate(files)}
        report.outcomes.sort(key=lambda outcome: order.get(outcome.source, len(order)))
        return report

    def store_many(
        self,
        items: Iterable[tuple[str, ImportedText]],
        outcomes: list[FileOutcome] | None = None,
    ) -> list[FileOutcome]:
        """Store read files in batches of ``IMPORT_BATCH``; while one batch is written,
        the next ``BATCHES_AHEAD`` are recognised in worker processes (so that neither
        side waits for the other on a batch that takes longer).

        Outcomes are appended to ``outcomes`` (returned) as each batch commits, so that
        the caller still knows what was stored when ``StorageError`` ends the import."""
        outcomes = [] if outcomes is None else outcomes
        pending: deque[_PendingBatch] = deque()

        def store_ready(keep: int) -> None:
            while len(pending) > keep:
                ready, found = pending.popleft()
                outcomes.extend(self.store_batch(ready, found()))

        batch: list[tuple[str, ImportedText]] = []
        for item in items:  # read lazily: reading keeps pace with storing
            batch.append(item)
            if len(batch) >= IMPORT_BATCH:
                pending.append((batch, self.entities.recognize_later([i.text for _, i in batch])))
                batch = []
                store_ready(BATCHES_AHEAD)
        if batch:
            pending.append((batch, self.entities.recognize_later([i.text for _, i in batch])))
        store_ready(0)
        return outcomes

    def store_batch(
        self,
        items: Sequence[tuple[str, ImportedText]],
        found: Sequence[PackedMentions] | None = None,
    ) -> list[FileOutcome]:
        """Store read files as articles (with their entities) in one transaction.

        Texts already stored, or repeated within the batch, are reported as duplicates.
        ``found`` may carry each item's entities, recognised beforehand (otherwise they
        are recognised here, before the transaction). Should the batch fail as a whole,
        each file is stored on its own so that one bad file costs only itself; an article
        is never stored without its entities.
        """
        if not items:
            return []
        if found is None:
            found = self.entities.recognize_packed([item.text for _, item in items])
        try:
            return self._store_batch(items, found)
        except (IntegrityError, ValueError):
            if len(items) == 1:
                source, item = items[0]
                return [FileOutcome(source, "failed", "could not be stored", None, item.encoding)]
            outcomes: list[FileOutcome] = []
            for index, pair in enumerate(items):
                outcomes.extend(self.store_batch([pair], [found[index]]))
            return outcomes

    def _store_batch(
        self,
        items: Sequence[tuple[str, ImportedText]],
        found: Sequence[PackedMentions],
    ) -> list[FileOutcome]:
        digests = [content_hash(item.text) for _, item in items]
        now = _now()
        version = self.entities.recognizer.version
        outcomes: list[FileOutcome | None] = [None] * len(items)
        with self.database.session() as session:
            stored = dict(
                session.execute(
                    select(Article.content_hash, Article.id).where(
                        Article.content_hash.in_(set(digests))
                    )
                ).all()
            )
            rows, positions, seen = [], [], set(stored)
            for index, ((source, item), digest) in enumerate(zip(items, digests, strict=True)):
                if digest in seen:
                    existing = stored.get(digest)
                    reason = (
                        f"same text as article {existing}"
                        if existing
                        else "same text as another file of this import"
                    )
                    outcomes[index] = FileOutcome(
                        source,
                        "duplicate",
                        reason,
                        ArticleId(existing) if existing else None,
                        item.encoding,
                    )
                    continue
                seen.add(digest)
                fallback = Path(item.source_name).stem if item.source_name else "Untitled"
                meta = derive_metadata(item.text, fallback_title=fallback or "Untitled")
                rows.append(
                    {
                        "title": plain_title(item.title or "")
                        or plain_title(meta.title)
                        or fallback
                        or "Untitled",
                        "outlet": item.outlet or meta.outlet,
                        "byline": item.byline or meta.byline,
                        "published": item.published,
                        "source_url": item.source_url,
                        "source_file": item.source_name or None,
                        "source_format": item.source_format,
                        "text": item.text,
                        "content_hash": digest,
                        "word_count": count_words(item.text),
                        "status": ArticleStatus.NEW.value,
                        "imported_at": now,
                        "entities_version": version,
                    }
                )
                positions.append(index)
            if rows:
                # One plain executemany: no RETURNING (it makes SQLite insert row by row)
                # and NULLs written as NULLs (the ORM's bulk insert leaves None keys out,
                # splitting the rows into many small batches). The new ids are read back
                # by the texts' unique hashes.
                session.execute(insert(Article).execution_options(render_nulls=True), rows)
                new_hashes = [digests[index] for index in positions]
                ids_by_hash = dict(
                    session.execute(
                        select(Article.content_hash, Article.id).where(
                            Article.content_hash.in_(new_hashes)
                        )
                    ).all()
                )
                new_ids = [ids_by_hash[digest] for digest in new_hashes]
                article_ids = [ArticleId(i) for i in new_ids]
                self._record_new_articles(rows, new_ids)
                self.entities.store_new(session, article_ids, [found[i] for i in positions])
                for index, new_id in zip(positions, new_ids, strict=True):
                    source, item = items[index]
                    outcomes[index] = FileOutcome(
                        source, "imported", None, ArticleId(new_id), item.encoding
                    )
        return [outcome for outcome in outcomes if outcome is not None]

    def _record_new_articles(self, rows: list[dict[str, Any]], new_ids: list[int]) -> None:
        """Inside an import operation, record the new articles for its undo step; a redo
        stores them as needing recognition, which its follow-up then does."""
        op = self.journal.current
        if op is None:
            return
        for row, new_id in zip(rows, new_ids, strict=True):
            op.record(Article, None, {**row, "id": new_id, "entities_version": None})
        op.touch(Changes(articles=True, statuses=True, mentions=True))
        ids = [ArticleId(i) for i in new_ids]
        op.after_undo(lambda: self._recognize_if_present(ids))

    def _recognize_if_present(self, article_ids: list[ArticleId]) -> None:
        stale = set(self.entities.stale_article_ids())
        self.entities.recognize([i for i in article_ids if i in stale])

    def import_text(self, text: str, source_name: str | None = None) -> FileOutcome:
        """Store pasted text as a new article (after the same newline and bidirectional
        control rules as files)."""
        normalized = normalize_newlines(text)
        if not normalized.strip():
            return FileOutcome(source_name or "(pasted text)", "failed", "no text to import")
        shown, encoding = bidi_controls_shown(normalized, "utf-8")
        with self.journal.operation("paste an article", transaction=False):
            return self._store(ImportedText(shown, source_name or "", "txt", encoding))

    def _store(self, item: ImportedText) -> FileOutcome:
        """Store one text as an article (one transaction), through the batch path."""
        return self.store_batch([(item.source_name, item)])[0]

    # -- reading ------------------------------------------------------------------------

    def count(self) -> int:
        """Number of articles."""
        with self.database.session() as session:
            return session.scalar(select(func.count(Article.id))) or 0

    def count_by_status(self) -> dict[ArticleStatus, int]:
        """Number of articles in each status (every status present, zero included)."""
        counts = dict.fromkeys(ArticleStatus, 0)
        with self.database.session() as session:
            rows = session.execute(select(Article.status, func.count()).group_by(Article.status))
            for status, number in rows:
                counts[ArticleStatus(status)] = number
        return counts

    def article_ids(
        self,
        sort: SortKey = "id",
        descending: bool = False,
        filters: ArticleFilters | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[ArticleId]:
        """Article ids passing ``filters``, sorted by the database; of them, ``limit``
        (all when ``None``) from the ``offset``-th on (a list reads its first page, and
        the rest only when it is scrolled to).

        With a search ``query`` the order is by relevance (best first) instead of ``sort``.
        """
        filters = filters or ArticleFilters()
        column = _SORT_COLUMNS[sort]
        order = column.desc() if descending else column.asc()
        if sort == "published":  # undated articles last either way, on every engine
            order = order.nulls_last()
        statement = _filtered(filters)
        with self.database.session() as session:
            if filters.query.strip():
                hits = search(session, filters.query, within=_within(filters), snippets=False)
                return [ArticleId(hit.article_id) for hit in hits][offset:][:limit]
            statement = statement.order_by(order, Article.id)
            # Whole numbers written into the statement: it stays one without parameters
            # (read straight from the driver, see _plain_ids).
            if offset:
                statement = statement.offset(literal_column(str(int(offset))))
            if limit is not None:
                statement = statement.limit(literal_column(str(int(limit))))
            ids = _plain_ids(session, statement)
        return cast(list[ArticleId], ids)  # ArticleId is int at run time

    def search_page(
        self, filters: ArticleFilters, offset: int = 0, limit: int = 50, *, count: bool = False
    ) -> SearchPage:
        """One page of the articles matching ``filters.query`` (and the other filters),
        best first, each with its snippet: what the list shows while searching; with
        ``count`` also how many match in all. One statement per page, whatever the
        number of hits (the order: ``store.search.search_page``)."""
        with self.database.session() as session:
            page = _search_page(
                session,
                filters.query,
                limit,
                offset=offset,
                within=_within(filters),
                count=count,
            )
        return SearchPage(
            [(ArticleId(hit.article_id), hit.snippet) for hit in page.hits], page.total
        )

    def count_articles(self, filters: ArticleFilters | None = None) -> int:
        """How many articles pass ``filters`` (unranked: cheaper than listing them)."""
        filters = filters or ArticleFilters()
        statement = _filtered(filters)
        with self.database.session() as session:
            if filters.query.strip():
                return count_matches(session, filters.query, _within(filters))
            return session.scalar(select(func.count()).select_from(statement.subquery())) or 0

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The best ``limit`` articles for a full-text query, with highlighted snippets
        (the window's search, ``search_page``, with the titles)."""
        hits = self.search_page(ArticleFilters(query=query), 0, limit).hits
        with self.database.session() as session:
            titles = dict(
                session.execute(
                    select(Article.id, Article.title).where(
                        Article.id.in_([int(article_id) for article_id, _ in hits])
                    )
                ).all()
            )
        return [
            SearchHit(article_id, titles.get(article_id, ""), snippet)
            for article_id, snippet in hits
        ]

    def snippets(self, query: str, ids: Sequence[ArticleId]) -> dict[ArticleId, str]:
        """Search snippets for ``ids`` (those that match ``query``)."""
        within = select(Article.id).where(Article.id.in_([int(i) for i in ids]))
        with self.database.session() as session:
            return {
                ArticleId(hit.article_id): hit.snippet
                for hit in search(session, query, within=within)
            }

    def outlets(self) -> list[str]:
        """Every outlet named by some article, sorted."""
        with self.database.session() as session:
            rows = session.scalars(
                select(Article.outlet).where(Article.outlet.is_not(None)).distinct()
            )
            return sorted((row for row in rows if row), key=str.lower)

    def most_words(self) -> int:
        """The word count of the longest article (0 with none): how wide a list's Words
        column must be."""
        with self.database.session() as session:
            return session.scalar(select(func.max(Article.word_count))) or 0

    def summaries(self, ids: Sequence[ArticleId]) -> dict[ArticleId, ArticleSummary]:
        """Return list rows for ``ids`` (missing ids are absent from the result)."""
        if not ids:
            return {}
        with self.database.session() as session:
            rows = session.execute(
                select(
                    Article.id,
                    Article.title,
                    Article.outlet,
                    Article.published,
                    Article.word_count,
                    Article.status,
                    Article.source_file,
                ).where(Article.id.in_(list(ids)))
            )
            return {
                ArticleId(row.id): ArticleSummary(
                    id=ArticleId(row.id),
                    title=row.title,
                    outlet=row.outlet,
                    published=row.published,
                    word_count=row.word_count,
                    status=ArticleStatus(row.status),
                    source_file=row.source_file,
                )
                for row in rows
            }

    def inferred_publications(self, ids: Sequence[ArticleId]) -> dict[ArticleId, Publication]:
        """The publication dates the texts of ``ids`` give away, for the articles among
        them without a stored date (an article whose text gives none maps to a
        ``Publication`` without a date; articles with a stored date are absent). Reads
        what ``infer_publications`` stored; an article not inferred yet (or inferred under
        other rules or codebook dates) is inferred here and not stored: this is a read."""
        if not ids:
            return {}
        with self.database.session() as session:
            rows = session.execute(
                select(
                    Article.id,
                    Article.inferred_by,
                    Article.inferred_published,
                    Article.inferred_certainty,
                    Article.inferred_evidence,
                ).where(Article.id.in_(list(ids)), Article.published.is_(None))
            ).all()
        if not rows:
            return {}
        # The events alone: counting every tag for them cost more than the page itself.
        events = known_events(self.coding.events(counted=False))
        current = set(inference_keys(events))
        found = {
            ArticleId(row.id): _stored_publication(
                row.inferred_published, row.inferred_certainty, row.inferred_evidence
            )
            for row in rows
            if row.inferred_by in current
        }
        stale = [row.id for row in rows if row.inferred_by not in current]
        if stale:
            with self.database.session() as session:
                texts = session.execute(
                    select(Article.id, Article.text).where(Article.id.in_(stale))
                ).all()
            found.update(
                {ArticleId(row.id): publication_of(None, row.text, events) for row in texts}
            )
        return found

    def infer_publications(
        self, progress: Callable[[int, int], bool] | None = None, batch: int = 500
    ) -> list[ArticleId]:
        """Read the publication date from the text of every article without a stored one
        whose inference is missing or was made under other rules or other codebook event
        dates, and store it with its certainty and evidence (the Published filter, the
        date sort and the exports read it). Returns the ids whose inferred date changed.

        ``batch`` articles are one transaction; ``progress(done, total)`` returning
        ``False`` stops after the batch under way (what was stored stays right). Derived
        data, like recognised mentions: no undo step. Writes nothing on a read-only
        database (and returns no ids)."""
        if self.read_only:
            return []
        events = known_events(self.coding.events(counted=False))
        by_text, by_events = inference_keys(events)
        with self.database.session() as session:
            stale = list(
                session.scalars(
                    select(Article.id)
                    .where(
                        Article.published.is_(None),
                        Article.inferred_by.is_(None)
                        | Article.inferred_by.not_in([by_text, by_events]),
                    )
                    .order_by(Article.id)
                )
            )
        changed: list[ArticleId] = []
        for first in range(0, len(stale), batch):
            chunk = stale[first : first + batch]
            with self.database.session() as session:
                rows = session.execute(
                    select(
                        Article.id,
                        Article.text,
                        Article.inferred_published,
                        Article.inferred_certainty,
                    ).where(Article.id.in_(chunk), Article.published.is_(None))
                ).all()
                values = []
                for row in rows:
                    guess, key = infer_publication(row.text), by_text
                    if guess is None:
                        guess, key = infer_publication(row.text, events), by_events
                    value = {
                        "article_id": row.id,
                        "inferred_published": guess.published if guess else None,
                        "inferred_certainty": guess.certainty.value if guess else None,
                        "inferred_evidence": guess.evidence[:500] if guess else None,
                        "inferred_by": key,
                    }
                    if (row.inferred_published, row.inferred_certainty) != (
                        value["inferred_published"],
                        value["inferred_certainty"],
                    ):
                        changed.append(ArticleId(row.id))
                    values.append(value)
                if values:
                    table = cast(Table, Article.__table__)
                    session.execute(
                        update(table)
                        .where(table.c.id == bindparam("article_id"))
                        .values(
                            inferred_published=bindparam("inferred_published"),
                            inferred_certainty=bindparam("inferred_certainty"),
                            inferred_evidence=bindparam("inferred_evidence"),
                            inferred_by=bindparam("inferred_by"),
                        ),
                        values,
                    )
            done = min(first + batch, len(stale))
            if progress is not None and progress(done, len(stale)) is False:
                break
        return changed

    def list_articles(self, sort: SortKey = "id") -> list[ArticleSummary]:
        """Return every article's list row, sorted."""
        ids = self.article_ids(sort)
        rows = self.summaries(ids)
        return [rows[article_id] for article_id in ids if article_id in rows]

    def article(self, article_id: ArticleId) -> ArticleView | None:
        """Return the article with its stored text, or ``None`` if it does not exist."""
        with self.database.session() as session:
            row = session.get(Article, article_id)
            if row is None:
                return None
            return ArticleView(
                id=ArticleId(row.id),
                title=row.title,
                outlet=row.outlet,
                byline=row.byline,
                published=row.published,
                source_file=row.source_file,
                text=row.text,
                status=ArticleStatus(row.status),
                imported_at=row.imported_at,
                source_format=row.source_format,
                source_url=row.source_url,
            )

    def update_metadata(
        self,
        article_id: ArticleId,
        title: str,
        outlet: str | None,
        byline: str | None,
        published: date | None,
        *,
        source_url: str | None = None,
    ) -> None:
        """Edit an article's title, outlet, byline and date (the text never changes), and
        its source URL when given (``None``: unchanged, ``""``: cleared).

        Raises ``ValueError`` for an empty title or a URL that is not http(s).
        """
        extra = {} if source_url is None else {"source_url": _clean_url(source_url)}
        title = plain_title(title)
        if not title:
            msg = "an article needs a title"
            raise ValueError(msg)
        changes = Changes(articles=True, article_ids=frozenset({article_id}))
        with self.journal.operation(f"edit “{title[:40]}”", changes) as op:
            row = op.db.get(Article, article_id)
            if row is None:
                msg = f"article {article_id} does not exist"
                raise ValueError(msg)
            row.title = title
            row.outlet = (outlet or "").strip() or None
            row.byline = (byline or "").strip() or None
            row.published = published
            if "source_url" in extra:
                row.source_url = extra["source_url"]

    def edit_metadata(
        self,
        article_id: ArticleId,
        *,
        title: str | None = None,
        outlet: str | None = None,
        published: date | None = None,
        source_url: str | None = None,
        byline: str | None = None,
        clear_published: bool = False,
    ) -> ArticleView:
        """Change only the fields given (``None``: unchanged; an empty string clears the
        outlet, byline or URL; ``clear_published`` clears the date): one operation
        (undoable), so a change made elsewhere to another field is kept. Raises
        ``ValueError`` for no such article, an empty title or a URL that is not http(s)."""
        values: dict[str, object] = {}
        if title is not None:
            title = plain_title(title)
            if not title:
                msg = "an article needs a title"
                raise ValueError(msg)
            values["title"] = title
        if outlet is not None:
            values["outlet"] = outlet.strip() or None
        if byline is not None:
            values["byline"] = byline.strip() or None
        if published is not None or clear_published:
            values["published"] = published
        if source_url is not None:
            values["source_url"] = _clean_url(source_url)
        changes = Changes(articles=True, article_ids=frozenset({article_id}))
        with self.journal.operation(f"edit article {article_id}", changes) as op:
            row = op.db.get(Article, article_id)
            if row is None:
                msg = f"no article with id {article_id}"
                raise ValueError(msg)
            for name, value in values.items():
                setattr(row, name, value)
        article = self.article(article_id)
        assert article is not None
        return article

    def deletion_preview(self, article_ids: Iterable[int]) -> DeletionPreview:
        """What deleting ``article_ids`` would take with it: their tags by coder (curated
        ones counted), the analyst's entity marks (see ``services.deletion``)."""
        return self.deletion.preview(article_ids)

    def delete_articles(self, article_ids: Iterable[int]) -> Changes:
        """Delete articles with their tags, slots, entity marks, labels and assignments:
        one operation, one undo step that brings them back exactly; return what changed.
        Raises ``DeletionError`` (nothing deleted) for unknown ids, or for a coder who
        codes blind on a server (only curators delete there)."""
        return self.deletion.delete(article_ids)

    def set_status(self, article_id: ArticleId, status: ArticleStatus) -> Changes:
        """Set an article's status: one operation (undoable); return what changed.

        Raises ``ValueError`` when the article does not exist."""
        changes = Changes(statuses=True, article_ids=frozenset({article_id}))
        description = f"mark article {status.value.replace('-', ' ')}"
        with self.journal.operation(description, changes) as op:
            row = op.db.get(Article, article_id)
            if row is None:
                msg = f"article {article_id} does not exist"
                raise ValueError(msg)
            row.status = status.value
        return op.changes

    def restore(self, backup: Path) -> tuple[Path, Changes]:
        """Replace the database with ``backup`` (SQLite); return where the file as it was
        is kept, and ``Changes.everything()``. The undo history is cleared: its steps
        belong to the database replaced. Raises ``ValueError`` for another database."""
        from dragon_reader.services.safety import restore_into

        kept = restore_into(self.database, backup)
        self.journal.history.clear()
        return kept, Changes.everything(f"restored {backup.name}")

    def undo(self) -> Changes | None:
        """Undo the latest change (any kind); return what it changed, or ``None``.

        Raises ``UndoError`` when the data it depends on changed since."""
        return self.journal.undo()

    def redo(self) -> Changes | None:
        """Redo the change undone last; return what it changed, or ``None``."""
        return self.journal.redo()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def configured_recognizer() -> Recognizer | None:
    """The recognizer named by ``$DRAGON_READER_RECOGNIZER`` ("spacy:MODEL"), or the default.

    Falls back to the rule-based recognizer (``None``) when the named one cannot load.
    """
    import os

    name = os.environ.get("DRAGON_READER_RECOGNIZER", "")
    if name.startswith("spacy:"):
        from dragon_reader.nlp.spacy_adapter import SpacyRecognizer

        try:
            return SpacyRecognizer(name.removeprefix("spacy:"))
        except (ImportError, OSError):
            return None
    return None


def database_read_only_reason(db: str | Path | None) -> str | None:
    """Why the SQLite file ``db`` (default: the user data folder's) opens read-only — "the
    file … is read-only", "its folder … is read-only" — or ``None`` when it does not."""
    return read_only_reason(db or default_database_path())


def open_corpus(db: str | Path | None, read_only: bool | None = None) -> Corpus:
    """Open the database at ``db`` (default: the user data folder) and import seeds once.

    An existing SQLite file that cannot be written (``read_only_reason``: the file or its
    folder is read-only) is opened read-only (``Corpus.read_only``): it can be read and
    exported, every change is refused with ``StorageError``, and nothing is written to it
    (no migration, no seeds). ``read_only=True`` asks for that whatever the permissions;
    ``False`` refuses such a file as before.

    Raises ``DatabaseError`` (or its ``SchemaTooNewError``) when it cannot be used.
    """
    target = db or default_database_path()
    if read_only is None:
        read_only = read_only_reason(target) is not None
    if read_only:
        return Corpus(open_read_only(target), configured_recognizer())
    corpus = Corpus(open_database(target), configured_recognizer())
    try:
        corpus.import_seeds_once()
        corpus.coding.load_starter_codebook_once()
        corpus.actors.load_bundled()
        corpus.vocabularies.load_starter_once()
    except BaseException:
        corpus.close()
        raise
    return corpus


def _plain_ids(session: Session, statement: Select[Any]) -> list[int]:
    """The first column of ``statement``'s rows, read as plainly as the driver allows: at
    100,000 articles the per-row work of the ORM (and even of Core's result rows) was
    most of the window's start. A statement without parameters (the whole list, sorted)
    goes to the driver's cursor as it is; others through Core."""
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect)
    if compiled.params:
        return [row[0] for row in connection.execute(statement)]
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled))
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def _within(filters: ArticleFilters) -> Select[Any] | None:
    """``_filtered`` for a search, or ``None`` when only the query is set: a search over
    every article needs no list of them."""
    if replace(filters, query="") == ArticleFilters():
        return None
    return _filtered(filters)


def _filtered(filters: ArticleFilters) -> Select[Any]:
    """The ids of the articles passing every filter but the search query."""
    statement = select(Article.id)
    if filters.status is not None:
        statement = statement.where(Article.status == filters.status.value)
    if filters.outlet:
        statement = statement.where(Article.outlet == filters.outlet)
    if filters.has_tags is not None:
        tagged = select(TagRow.article_id).where(TagRow.article_id == Article.id).exists()
        statement = statement.where(tagged if filters.has_tags else ~tagged)
    if filters.entity.strip():
        pattern = f"%{filters.entity.strip()}%"
        named = select(Entity.id).where(Entity.canonical.ilike(pattern))
        recognized = select(RecognizedEntity.article_id).where(
            RecognizedEntity.entity_id.in_(named)
        )
        marked = select(Mention.article_id).where(Mention.canonical.ilike(pattern))
        statement = statement.where(Article.id.in_(recognized.union(marked)))
    if filters.published_from is not None or filters.published_to is not None:
        # The stored date, else the one read from the text (a month-only one stands on the
        # month's 15th, see ``domain.publication``).
        published = func.coalesce(Article.published, Article.inferred_published)
        if filters.published_from is not None:
            statement = statement.where(published >= filters.published_from)
        if filters.published_to is not None:
            statement = statement.where(published <= filters.published_to)
    if filters.queue is not None:
        assigned = select(Assignment.article_id).where(Assignment.coder == filters.queue)
        statement = statement.where(Article.id.in_(assigned))
    if filters.label:
        labelled = (
            select(ArticleLabel.article_id)
            .where(ArticleLabel.article_id == Article.id, ArticleLabel.key == filters.label)
            .exists()
        )
        statement = statement.where(labelled)
    return statement


def _stored_publication(
    published: date | None, certainty: str | None, evidence: str | None
) -> Publication:
    """A ``Publication`` from the inferred columns of an article (no date: none found)."""
    if published is None:
        return Publication(None, None)
    return Publication(published, "inferred", evidence, certainty)


def _clean_url(url: str) -> str | None:
    """A source URL as stored: stripped, ``None`` when empty; raises ``ValueError`` for
    anything but an http(s) address."""
    url = url.strip()
    if url and not url.startswith(("http://", "https://")):
        msg = f"{url!r} is not a web address (http:// or https://)"
        raise ValueError(msg)
    return url or None
