"""Merge another coder's database (an SQLite file from a laptop) into this one.

What is brought in, in ONE operation of the ``Journal`` (one transaction, one undo step):
- articles, matched by the hash of their text: an article already here is the same
  article; a new one is added with its title, outlet, dates, status and source (its
  entities are recognised after the merge);
- codebook events and channels, matched by name (case and spacing aside); a new entry
  is added, and listed for review when its name is close to one already here
  (``MergeReport.near_duplicates``: merge them in the Codebook panel if they are one);
- tags, kept per coder (annotator and database role as they were), with their status,
  date, confidence, note, slots (actors matched by dictionary key, else by name and kind)
  and curated mark; a tag already here (same article, span, entry, annotator and creation
  time) is not added again, so merging the same file twice changes nothing;
- document labels of the articles (an exclusive vocabulary keeps the label already here).

``OTHER`` is read from a scratch copy, upgraded to this version's schema when older;
a file that is damaged, is not a Dragon Reader database or was written by a newer
version is refused with a message and nothing is changed. Annotation sessions are not
brought in (the tags' ``session_id`` is left empty).
"""

from __future__ import annotations

import difflib
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.store.backup import copy_database, integrity_ok
from dragon_reader.store.database import (
    DatabaseError,
    SchemaTooNewError,
    create_app_engine,
    database_url,
    migrate,
    schema_state,
)
from dragon_reader.store.models import (
    Actor,
    Article,
    ArticleLabel,
    CodebookChannel,
    CodebookEvent,
    Tag,
    TagSlot,
    VocabularyValue,
)

Progress = Callable[[int, int], bool]
CHUNK = 500
NEAR = 0.8  # name similarity (difflib's ratio) from which two entries are listed for review
_ARTICLE_FIELDS = (
    "title",
    "outlet",
    "byline",
    "published",
    "source_file",
    "source_url",
    "source_format",
    "text",
    "content_hash",
    "word_count",
    "status",
    "imported_at",
)
_TAG_FIELDS = (
    "start",
    "end",
    "text",
    "status",
    "when",
    "confidence",
    "note",
    "annotator",
    "created_at",
    "updated_at",
    "version",
    "coder",
    "curated",
    "sentence_start",  # the same text here (articles are matched by their content)
    "sentence_end",
)


class MergeError(ValueError):
    """A merge that cannot be done; nothing was changed. The message is for the user."""


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """A codebook entry the merge added whose name is close to one already here."""

    kind: str  # "event" or "channel"
    added: str
    existing: str


@dataclass(slots=True)
class MergeReport:
    """What a merge brought in, and what needs a look."""

    source: str
    articles_added: int = 0
    articles_matched: int = 0
    entries_added: list[str] = field(default_factory=list)
    entries_matched: int = 0
    near_duplicates: list[NearDuplicate] = field(default_factory=list)
    tags_added: int = 0
    tags_present: int = 0
    slots_added: int = 0
    labels_added: int = 0
    labels_skipped: int = 0  # unknown here, or an exclusive one (relevance) already set
    coders: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when the merge wrote anything."""
        return bool(
            self.articles_added or self.entries_added or self.tags_added or self.labels_added
        )

    def summary(self) -> str:
        """Two or three lines for the user."""
        lines = [
            f"Merged {self.source}: {self.articles_added} new article(s) "
            f"({self.articles_matched} already here), {len(self.entries_added)} new codebook "
            f"entr(ies) ({self.entries_matched} matched by name), {self.tags_added} new tag(s) "
            f"with {self.slots_added} slot filler(s) ({self.tags_present} already here), "
            f"{self.labels_added} document label(s)"
            + (f" ({self.labels_skipped} left out)." if self.labels_skipped else ".")
        ]
        if self.coders:
            lines.append(f"Coders in {self.source}: {', '.join(self.coders)}.")
        if self.near_duplicates:
            lines.append(
                "Review these new codebook entries, close to ones already here: "
                + "; ".join(f"{d.kind} “{d.added}” ~ “{d.existing}”" for d in self.near_duplicates)
                + "."
            )
        return "\n".join(lines)


@dataclass(slots=True)
class _Other:
    """What is read from the other database: plain rows by its own ids."""

    articles: dict[int, dict[str, Any]]
    events: dict[int, dict[str, Any]]
    channels: dict[int, dict[str, Any]]
    tags: list[dict[str, Any]]
    slots: dict[int, list[dict[str, Any]]]
    labels: list[dict[str, Any]]
    actors: dict[int, dict[str, Any]]


def merge_database(corpus: Corpus, other: Path, progress: Progress | None = None) -> MergeReport:
    """Bring the database file ``other`` into ``corpus`` (SQLite or PostgreSQL): one
    transaction and one undo step; return what was brought in. Raises ``MergeError``
    (nothing changed) for a missing, damaged, foreign or newer-schema file, when stopped
    through ``progress``, or when the server's row-level security refuses the tags (a
    coder who codes blind cannot write other coders' tags; a curator merges)."""
    other = Path(other)
    if not other.is_file():
        msg = f"there is no database file {other}; nothing was changed"
        raise MergeError(msg)
    data = _read_other(other)
    report = MergeReport(other.name)
    report.coders = sorted({row["annotator"] or row["coder"] or "" for row in data.tags} - {""})
    total = len(data.articles) + len(data.tags)
    tick = _ticker(progress, total)
    changes = Changes(articles=True, tags=True, codebook=True, statuses=True, mentions=True)
    try:
        with corpus.journal.operation(f"merge {other.name}", changes) as op:
            session = op.db
            articles, new_ids = _merge_articles(session, data, report, tick)
            events = _merge_entries(session, CodebookEvent, data.events, "event", report)
            channels = _merge_entries(session, CodebookChannel, data.channels, "channel", report)
            _merge_tags(session, data, articles, events, channels, report, tick)
            _merge_labels(session, data, articles, report)
            if new_ids:
                op.after_undo(lambda: _recognize_if_present(corpus, new_ids))
    except ProgrammingError as exc:
        if "row-level security" not in str(exc):
            raise
        msg = (
            "this server lets you write only your own tags; a curator (or the database's "
            "owner) merges other coders' databases. Nothing was changed."
        )
        raise MergeError(msg) from exc
    if new_ids:
        corpus.entities.recognize(new_ids)
    return report


# -- reading the other database -------------------------------------------------------------


def _read_other(path: Path) -> _Other:
    """Read ``path`` from a scratch copy brought to this version's schema."""
    name = path.name
    if not integrity_ok(path):
        msg = (
            f"{name} is damaged or not an SQLite database (its integrity check failed); "
            "nothing was changed"
        )
        raise MergeError(msg)
    with tempfile.TemporaryDirectory(prefix="dragon-reader-merge-") as folder:
        staged = Path(folder) / "other.sqlite3"
        try:
            copy_database(path, staged)
            engine = create_app_engine(database_url(staged))
            try:
                if schema_state(engine).current is None:
                    msg = f"{name} is not a Dragon Reader database; nothing was changed"
                    raise MergeError(msg)
                migrate(engine, backup=False)
                return _read(engine)
            finally:
                engine.dispose()
        except SchemaTooNewError as exc:
            msg = (
                f"{name} was written by a newer version of Dragon Reader; update this one "
                f"to merge it. Nothing was changed. ({exc})"
            )
            raise MergeError(msg) from exc
        except (DatabaseError, sqlite3.Error, OSError) as exc:
            msg = f"{name} cannot be read: {exc}. Nothing was changed."
            raise MergeError(msg) from exc


def _read(engine: Engine) -> _Other:
    with Session(engine) as session:

        def rows(model: type[Any]) -> Iterator[dict[str, Any]]:
            columns = [attr.key for attr in inspect(model).column_attrs]
            for row in session.scalars(select(model)):
                yield {key: getattr(row, key) for key in columns}

        slots: dict[int, list[dict[str, Any]]] = {}
        for slot in rows(TagSlot):
            slots.setdefault(slot["tag_id"], []).append(slot)
        return _Other(
            articles={row["id"]: row for row in rows(Article)},
            events={row["id"]: row for row in rows(CodebookEvent)},
            channels={row["id"]: row for row in rows(CodebookChannel)},
            tags=sorted(rows(Tag), key=lambda r: r["id"]),
            slots=slots,
            labels=list(rows(ArticleLabel)),
            actors={row["id"]: row for row in rows(Actor)},
        )


# -- writing into this one ---------------------------------------------------------------------


def _merge_articles(
    session: Session, data: _Other, report: MergeReport, tick: Callable[[int], None]
) -> tuple[dict[int, int], list[ArticleId]]:
    """Map the other's article ids to ours, adding the articles not here."""
    by_hash = {row["content_hash"]: other_id for other_id, row in data.articles.items()}
    here: dict[str, int] = {}
    for chunk in _chunks(list(by_hash)):
        query = select(Article.content_hash, Article.id).where(Article.content_hash.in_(chunk))
        here.update((digest, article_id) for digest, article_id in session.execute(query))
    mapping: dict[int, int] = {}
    added: list[tuple[int, Article]] = []
    for other_id, row in data.articles.items():
        found = here.get(row["content_hash"])
        if found is not None:
            mapping[other_id] = found
            report.articles_matched += 1
            continue
        article = Article(**{key: row[key] for key in _ARTICLE_FIELDS}, entities_version=None)
        session.add(article)
        added.append((other_id, article))
    session.flush()
    for other_id, article in added:
        mapping[other_id] = article.id
    report.articles_added = len(added)
    tick(len(data.articles))
    return mapping, [ArticleId(article.id) for _, article in added]


def _merge_entries(
    session: Session,
    model: type[CodebookEvent] | type[CodebookChannel],
    entries: dict[int, dict[str, Any]],
    kind: str,
    report: MergeReport,
) -> dict[int, int]:
    """Map the other's codebook entries to ours by name, adding the missing ones."""
    rows = session.execute(select(model.id, model.name)).all()
    here = {_same_name(name): entry_id for entry_id, name in rows}
    names_here = {_near_key(name): name for _, name in rows}
    mapping: dict[int, int] = {}
    for other_id, row in sorted(entries.items()):
        key = _same_name(row["name"])
        if key in here:
            mapping[other_id] = here[key]
            report.entries_matched += 1
            continue
        entry = model(**{k: v for k, v in row.items() if k != "id"})
        session.add(entry)
        session.flush()
        mapping[other_id] = here[key] = entry.id
        report.entries_added.append(f"{kind} “{row['name']}”")
        near = difflib.get_close_matches(_near_key(row["name"]), list(names_here), 2, NEAR)
        for close in near:
            report.near_duplicates.append(NearDuplicate(kind, row["name"], names_here[close]))
    return mapping


def _merge_tags(
    session: Session,
    data: _Other,
    articles: dict[int, int],
    events: dict[int, int],
    channels: dict[int, int],
    report: MergeReport,
    tick: Callable[[int], None],
) -> None:
    """Add the other's tags not already here, with their slots."""
    present: set[tuple[Any, ...]] = set()
    for chunk in _chunks(sorted(set(articles.values()))):
        for existing in session.execute(
            select(
                Tag.article_id,
                Tag.start,
                Tag.end,
                Tag.event_id,
                Tag.channel_id,
                Tag.annotator,
                Tag.created_at,
                Tag.curated,
            ).where(Tag.article_id.in_(chunk))
        ):
            present.add(tuple(existing))
    actors = _actor_map(session, data.actors)
    added: list[tuple[int, Tag]] = []
    for done, row in enumerate(data.tags, start=1):
        mapped = Tag(
            article_id=articles[row["article_id"]],
            event_id=events[row["event_id"]] if row["event_id"] is not None else None,
            channel_id=channels[row["channel_id"]] if row["channel_id"] is not None else None,
            session_id=None,
            **{key: row[key] for key in _TAG_FIELDS},
        )
        key = (
            mapped.article_id,
            mapped.start,
            mapped.end,
            mapped.event_id,
            mapped.channel_id,
            mapped.annotator,
            mapped.created_at,
            mapped.curated,
        )
        if key in present:
            report.tags_present += 1
        else:
            present.add(key)
            session.add(mapped)
            added.append((row["id"], mapped))
        if done % CHUNK == 0:
            session.flush()
            tick(CHUNK)
    session.flush()  # the tags first, so that an undo takes their slots away before them
    tick(len(data.tags) % CHUNK)
    for other_id, tag in added:
        for slot in data.slots.get(other_id, []):
            actor = slot["actor_id"]
            session.add(
                TagSlot(
                    tag_id=tag.id,
                    role=slot["role"],
                    position=slot["position"],
                    text=slot["text"],
                    start=slot["start"],
                    end=slot["end"],
                    actor_id=actors.get(actor) if actor is not None else None,
                )
            )
            report.slots_added += 1
    session.flush()
    report.tags_added = len(added)


def _merge_labels(
    session: Session, data: _Other, articles: dict[int, int], report: MergeReport
) -> None:
    """Add the other's document labels that this database knows and lacks."""
    known = set(session.execute(select(VocabularyValue.vocabulary, VocabularyValue.key)))
    carried: dict[int, set[tuple[str, str]]] = {}
    for chunk in _chunks(sorted(set(articles.values()))):
        for article_id, vocabulary, key in session.execute(
            select(ArticleLabel.article_id, ArticleLabel.vocabulary, ArticleLabel.key).where(
                ArticleLabel.article_id.in_(chunk)
            )
        ):
            carried.setdefault(article_id, set()).add((vocabulary, key))
    for row in data.labels:
        article_id = articles[row["article_id"]]
        label = (row["vocabulary"], row["key"])
        has = carried.setdefault(article_id, set())
        if label in has:
            continue
        exclusive_taken = row["vocabulary"] == Vocabulary.RELEVANCE.value and any(
            vocabulary == Vocabulary.RELEVANCE.value for vocabulary, _ in has
        )
        if label not in known or exclusive_taken:
            report.labels_skipped += 1
            continue
        session.add(ArticleLabel(article_id=article_id, vocabulary=label[0], key=label[1]))
        has.add(label)
        report.labels_added += 1
    session.flush()


def _actor_map(session: Session, actors: dict[int, dict[str, Any]]) -> dict[int, int]:
    """The other's actors mapped to ours: by dictionary key, else by name and kind."""
    by_key: dict[str, int] = {}
    by_name: dict[tuple[str, str], int] = {}
    for actor_id, key, name, kind in session.execute(
        select(Actor.id, Actor.key, Actor.name, Actor.kind)
    ):
        if key:
            by_key[key] = actor_id
        by_name.setdefault((name.lower(), kind), actor_id)
    mapping: dict[int, int] = {}
    for other_id, row in actors.items():
        found = by_key.get(row["key"]) if row["key"] else None
        found = found or by_name.get((row["name"].lower(), row["kind"]))
        if found is not None:
            mapping[other_id] = found
    return mapping


def _recognize_if_present(corpus: Corpus, article_ids: list[ArticleId]) -> None:
    """After a redo: recognise the merged articles again (an undo leaves none)."""
    stale = set(corpus.entities.stale_article_ids())
    corpus.entities.recognize([i for i in article_ids if i in stale])


def _same_name(name: str) -> str:
    """A codebook name as the codebook compares it: without case or repeated spaces."""
    return " ".join(name.lower().split())


def _near_key(name: str) -> str:
    """A codebook name for the near-duplicate review: without punctuation as well."""
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())


def _chunks(values: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None]:
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and not progress(min(done, total), total):
            msg = "the merge was stopped; nothing was changed"
            raise MergeError(msg)

    return tick
