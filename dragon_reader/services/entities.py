"""Entity mentions: recognise at import, re-recognise on a new recognizer, and learn from
the analyst's corrections.

Recognizer mentions are replaced whenever an article is recognised again; analyst mentions
(origin ``analyst``) are kept and win any overlap. What the analyst teaches is stored as
rules (``EntityRule``): a marked surface string is an entity in every article, a rejected
one is never suggested again. Forgetting a rule recognises the affected articles again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import get_context
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.entities import (
    EntityLabel,
    EntitySpan,
    Mention,
    MentionOrigin,
    TaughtRules,
)
from dragon_reader.nlp.base import Recognizer
from dragon_reader.nlp.recognizer import (
    RuleRecognizer,
    SpanTuple,
    recognize_chunk,
    spans_from_tuples,
)
from dragon_reader.store.database import Database
from dragon_reader.store.models import Article, EntityRule
from dragon_reader.store.models import Mention as MentionRow

ProgressCallback = Callable[[int, int], bool | None]
PARALLEL_MIN_TEXTS = 64  # below this, starting workers costs more than it saves
MAX_WORKERS = 4


class EntityError(ValueError):
    """An entity action that cannot be done; the message is for the user."""


@dataclass(frozen=True, slots=True)
class EntityCount:
    """One entity of an article with how often it is mentioned there."""

    canonical: str
    label: EntityLabel
    count: int


@dataclass(frozen=True, slots=True)
class ArticleMentionCount:
    """An article that mentions a given entity, with how often."""

    article_id: ArticleId
    title: str
    count: int


@dataclass(frozen=True, slots=True)
class TaughtRule:
    """A rule the analyst taught, for the "what was taught" list."""

    id: int
    surface: str
    action: str  # "mark" or "reject"
    label: EntityLabel | None
    created_at: datetime


class EntityService:
    """Entity mentions of one database; every method is one committed action."""

    def __init__(self, database: Database, recognizer: Recognizer | None = None) -> None:
        self.database = database
        self._recognizer = recognizer
        self._pool: ProcessPoolExecutor | None = None

    @property
    def recognizer(self) -> Recognizer:
        """The recognizer in use (the rule-based one unless another was given)."""
        if self._recognizer is None:
            self._recognizer = RuleRecognizer()
        return self._recognizer

    # -- recognition ------------------------------------------------------------------------

    def recognize_in_session(
        self,
        session: Session,
        article_ids: Sequence[ArticleId],
        found: Sequence[list[SpanTuple]] | None = None,
    ) -> None:
        """Store the entities of new articles inside the caller's transaction (imports):
        their mentions commit with them or not at all.

        ``found`` gives entities already recognised as ``(start, end, label, canonical)``
        tuples, in the order of ``article_ids``; otherwise they are recognised here.
        """
        if not article_ids:
            return
        by_id = dict(
            session.execute(
                select(Article.id, Article.text).where(Article.id.in_(list(article_ids)))
            ).all()
        )
        texts = [by_id[article_id] for article_id in article_ids]
        if found is None:
            taught = self._taught(session)
            found = [
                [(e.start, e.end, e.label.value, e.canonical) for e in spans]
                for spans in self.recognize_texts(texts, taught)
            ]
        version = self.recognizer.version
        origin = MentionOrigin.RECOGNIZER.value
        rows = [
            (article_id, start, end, label, text[start:end], canonical, origin, version)
            for article_id, text, spans in zip(article_ids, texts, found, strict=True)
            for start, end, label, canonical in spans
        ]
        _insert_mentions(session, rows)
        session.execute(
            update(Article)
            .where(Article.id.in_(list(article_ids)))
            .values(entities_version=version)
        )

    def recognize_texts(
        self, texts: list[str], taught: TaughtRules | None = None
    ) -> list[list[EntitySpan]]:
        """Entities of each text; with the rule recognizer, large batches run in parallel
        worker processes (one per core)."""
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        if (
            len(texts) < PARALLEL_MIN_TEXTS
            or workers < 2
            or not isinstance(self.recognizer, RuleRecognizer)
        ):
            return [self.recognizer.recognize(text, taught) for text in texts]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
        size = max(1, len(texts) // (workers * 2))
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        tuples = [
            spans
            for part in self._pool.map(recognize_chunk, chunks, [taught] * len(chunks))
            for spans in part
        ]
        return [spans_from_tuples(text, found) for text, found in zip(texts, tuples, strict=True)]

    def recognize_later(self, texts: list[str]) -> Callable[[], list[list[SpanTuple]]]:
        """Start recognising ``texts`` in the worker processes and return a function that
        waits for the result (so that storing one batch overlaps recognising the next)."""
        with self.database.session() as session:
            taught = self._taught(session)
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        if (
            workers < 2
            or not isinstance(self.recognizer, RuleRecognizer)
            or len(texts) < PARALLEL_MIN_TEXTS
        ):
            return lambda: [
                [
                    (e.start, e.end, e.label.value, e.canonical)
                    for e in self.recognizer.recognize(text, taught)
                ]
                for text in texts
            ]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
        size = max(1, -(-len(texts) // workers))
        futures = [
            self._pool.submit(recognize_chunk, texts[i : i + size], taught)
            for i in range(0, len(texts), size)
        ]

        return lambda: [spans for future in futures for spans in future.result()]

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def stale_article_ids(self) -> list[ArticleId]:
        """Articles whose stored mentions come from another recognizer version (or none)."""
        version = self.recognizer.version
        with self.database.session() as session:
            rows = session.scalars(
                select(Article.id)
                .where((Article.entities_version != version) | Article.entities_version.is_(None))
                .order_by(Article.id)
            )
            return [ArticleId(value) for value in rows]

    def recognize(
        self, article_ids: Iterable[ArticleId], progress: ProgressCallback | None = None
    ) -> int:
        """Recognise each article again in its own transaction; return how many were done.

        ``progress(done, total)`` may return ``False`` to stop early (the work done so far
        stays committed).
        """
        ids = list(article_ids)
        with self.database.session() as session:
            taught = self._taught(session)
        done = 0
        for article_id in ids:
            with self.database.session() as session:
                self._recognize_one(session, article_id, taught)
            done += 1
            if progress is not None and progress(done, len(ids)) is False:
                break
        return done

    def _recognize_one(self, session: Session, article_id: ArticleId, taught: TaughtRules) -> None:
        article = session.get(Article, article_id)
        if article is None:
            return
        analyst = session.scalars(
            select(MentionRow).where(
                MentionRow.article_id == article_id,
                MentionRow.origin == MentionOrigin.ANALYST.value,
            )
        ).all()
        session.execute(
            delete(MentionRow).where(
                MentionRow.article_id == article_id,
                MentionRow.origin == MentionOrigin.RECOGNIZER.value,
            )
        )
        version = self.recognizer.version
        found = self.recognizer.recognize(article.text, taught)
        rows = [
            _row(article_id, span, MentionOrigin.RECOGNIZER, version)
            for span in found
            if not any(span.start < m.end and m.start < span.end for m in analyst)
        ]
        session.add_all(rows)
        article.entities_version = version

    # -- reading ----------------------------------------------------------------------------

    def mentions(self, article_id: ArticleId) -> list[Mention]:
        """The article's mentions, sorted by start (recognizer and analyst together)."""
        with self.database.session() as session:
            rows = session.scalars(
                select(MentionRow)
                .where(MentionRow.article_id == article_id)
                .order_by(MentionRow.start, MentionRow.end)
            )
            return [_mention(row) for row in rows]

    def entity_counts(self, article_id: ArticleId) -> list[EntityCount]:
        """The article's entities by canonical name and label, most mentioned first."""
        with self.database.session() as session:
            rows = session.execute(
                select(MentionRow.canonical, MentionRow.label, func.count())
                .where(MentionRow.article_id == article_id)
                .group_by(MentionRow.canonical, MentionRow.label)
                .order_by(func.count().desc(), MentionRow.canonical)
            )
            return [EntityCount(c, EntityLabel(label), n) for c, label, n in rows]

    def articles_mentioning(
        self, canonical: str, label: EntityLabel, exclude: ArticleId | None = None
    ) -> list[ArticleMentionCount]:
        """Articles that mention the entity, most mentions first."""
        with self.database.session() as session:
            query = (
                select(Article.id, Article.title, func.count(MentionRow.id))
                .join(MentionRow, MentionRow.article_id == Article.id)
                .where(MentionRow.canonical == canonical, MentionRow.label == label.value)
                .group_by(Article.id, Article.title)
                .order_by(func.count(MentionRow.id).desc(), Article.id)
            )
            if exclude is not None:
                query = query.where(Article.id != exclude)
            return [
                ArticleMentionCount(ArticleId(i), title, n)
                for i, title, n in session.execute(query)
            ]

    def mention_at(self, article_id: ArticleId, offset: int) -> Mention | None:
        """The mention covering stored offset ``offset``, if any."""
        with self.database.session() as session:
            row = session.scalars(
                select(MentionRow).where(
                    MentionRow.article_id == article_id,
                    MentionRow.start <= offset,
                    MentionRow.end > offset,
                )
            ).first()
            return _mention(row) if row is not None else None

    # -- the analyst's corrections ----------------------------------------------------------

    def mark(self, article_id: ArticleId, start: int, end: int, label: EntityLabel) -> Mention:
        """Mark ``text[start:end]`` as an entity everywhere it occurs, in every article.

        Overlapping mentions in this article are replaced. Raises ``EntityError`` for an
        empty, blank or out-of-range span.
        """
        with self.database.session() as session:
            article = session.get(Article, article_id)
            if article is None:
                msg = f"article {article_id} does not exist"
                raise EntityError(msg)
            if not 0 <= start < end <= len(article.text):
                msg = f"span ({start}, {end}) is outside the article"
                raise EntityError(msg)
            surface = article.text[start:end]
            if surface != surface.strip() or not surface.strip():
                msg = "select the name without leading or trailing spaces"
                raise EntityError(msg)
            if "\n" in surface:
                msg = "an entity cannot span a line break"
                raise EntityError(msg)
            session.execute(
                delete(MentionRow).where(
                    MentionRow.article_id == article_id,
                    MentionRow.start < end,
                    MentionRow.end > start,
                )
            )
            row = _row(
                article_id,
                EntitySpan(start, end, label, surface, surface),
                MentionOrigin.ANALYST,
                None,
            )
            session.add(row)
            self._set_rule(session, surface, "mark", label)
            session.flush()
            mention = _mention(row)
        self._recognize_containing(surface)
        return mention

    def relabel(self, mention_id: int, label: EntityLabel) -> Mention:
        """Give a mention another label; the surface is taught with that label everywhere."""
        with self.database.session() as session:
            row = session.get(MentionRow, mention_id)
            if row is None:
                msg = "that entity no longer exists"
                raise EntityError(msg)
            article_id, start, end = ArticleId(row.article_id), row.start, row.end
        return self.mark(article_id, start, end, label)

    def reject(self, mention_id: int) -> str:
        """Remove a mention and never suggest its surface string again; return the string."""
        with self.database.session() as session:
            row = session.get(MentionRow, mention_id)
            if row is None:
                msg = "that entity no longer exists"
                raise EntityError(msg)
            surface = row.text
            session.execute(delete(MentionRow).where(MentionRow.text == surface))
            self._set_rule(session, surface, "reject", None)
        self._recognize_containing(surface)
        return surface

    def taught_rules(self) -> list[TaughtRule]:
        """Everything the analyst taught, newest first."""
        with self.database.session() as session:
            rows = session.scalars(
                select(EntityRule).order_by(EntityRule.created_at.desc(), EntityRule.id.desc())
            )
            return [
                TaughtRule(
                    r.id,
                    r.surface,
                    r.action,
                    EntityLabel(r.label) if r.label else None,
                    r.created_at,
                )
                for r in rows
            ]

    def forget(self, rule_id: int) -> None:
        """Undo a taught rule: its analyst mentions go and affected articles are recognised."""
        with self.database.session() as session:
            rule = session.get(EntityRule, rule_id)
            if rule is None:
                return
            surface = rule.surface
            if rule.action == "mark":
                session.execute(
                    delete(MentionRow).where(
                        MentionRow.text == surface,
                        MentionRow.origin == MentionOrigin.ANALYST.value,
                    )
                )
            session.delete(rule)
        self._recognize_containing(surface)

    # -- internals --------------------------------------------------------------------------

    def _recognize_containing(self, surface: str) -> None:
        with self.database.session() as session:
            ids = session.scalars(
                select(Article.id).where(Article.text.contains(surface, autoescape=True))
            ).all()
        self.recognize([ArticleId(i) for i in ids])

    def _taught(self, session: Session) -> TaughtRules:
        rules = session.scalars(select(EntityRule)).all()
        return TaughtRules(
            marks=tuple(
                (r.surface, EntityLabel(r.label)) for r in rules if r.action == "mark" and r.label
            ),
            rejects=frozenset(r.surface for r in rules if r.action == "reject"),
        )

    @staticmethod
    def _set_rule(session: Session, surface: str, action: str, label: EntityLabel | None) -> None:
        existing = session.scalars(select(EntityRule).where(EntityRule.surface == surface)).first()
        now = datetime.now(UTC).replace(tzinfo=None)
        if existing is None:
            session.add(
                EntityRule(
                    surface=surface,
                    action=action,
                    label=label.value if label else None,
                    created_at=now,
                )
            )
        else:
            existing.action = action
            existing.label = label.value if label else None
            existing.created_at = now

    def invalidate_all(self) -> None:
        """Mark every article as needing recognition (e.g. after a recognizer change)."""
        with self.database.session() as session:
            session.execute(update(Article).values(entities_version=None))


def _row(
    article_id: ArticleId, span: EntitySpan, origin: MentionOrigin, version: str | None
) -> MentionRow:
    return MentionRow(
        article_id=article_id,
        start=span.start,
        end=span.end,
        label=span.label.value,
        text=span.text,
        canonical=span.canonical,
        origin=origin.value,
        recognizer_version=version,
    )


def _mention(row: MentionRow) -> Mention:
    return Mention(
        id=row.id,
        article_id=row.article_id,
        start=row.start,
        end=row.end,
        label=EntityLabel(row.label),
        text=row.text,
        canonical=row.canonical,
        origin=MentionOrigin(row.origin),
    )


_MENTION_COLUMNS = (
    "article_id",
    "start",
    "end",
    "label",
    "text",
    "canonical",
    "origin",
    "recognizer_version",
)


def _insert_mentions(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """Insert mention rows (tuples in ``_MENTION_COLUMNS`` order) as fast as the engine
    allows: on SQLite straight through the driver's executemany (imports write about a
    hundred mentions per article), elsewhere through SQLAlchemy Core."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        columns = ", ".join(f'"{name}"' for name in _MENTION_COLUMNS)
        marks = ", ".join("?" for _ in _MENTION_COLUMNS)
        connection.exec_driver_sql(f"INSERT INTO mention ({columns}) VALUES ({marks})", rows)
        return
    connection.execute(
        insert(MentionRow), [dict(zip(_MENTION_COLUMNS, row, strict=True)) for row in rows]
    )
