"""Entity mentions: recognise at import, re-recognise on a new recognizer, and learn from
the analyst's corrections.

Recognizer mentions (stored packed, a row per article) are replaced whenever an article is
recognised again; analyst mentions (origin ``analyst``, a row each) are kept and win any
overlap. What the analyst teaches is stored as
rules (``EntityRule``): a marked surface string is an entity in every article, a rejected
one is never suggested again. Forgetting a rule recognises the affected articles again.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import get_context
from typing import Any

from sqlalchemy import func, literal, select, union_all, update
from sqlalchemy.orm import Session

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.entities import (
    EntityLabel,
    EntitySpan,
    Mention,
    MentionOrigin,
    PackedMentions,
    RejectScope,
    TaughtRules,
    drop_overlapping,
    pack_mentions,
)
from dragon_reader.nlp.base import Recognizer
from dragon_reader.nlp.recognizer import RuleRecognizer, recognize_chunk
from dragon_reader.services.journal import Journal, Operation
from dragon_reader.store.database import Database
from dragon_reader.store.mentions import (
    analyst_rows,
    article_mentions,
    replace_recognized,
    store_recognized,
)
from dragon_reader.store.models import Article, Entity, EntityRule, RecognizedEntity
from dragon_reader.store.models import Mention as MentionRow

ProgressCallback = Callable[[int, int], bool | None]
_MENTIONS = Changes(mentions=True)
PARALLEL_MIN_TEXTS = 64  # below this, starting workers costs more than it saves
RECOGNIZE_BATCH = 100  # articles recognised again per transaction
MAX_WORKERS = 4


def exit_with_parent() -> None:
    """Worker initializer: end this worker process as soon as the process that started it
    is gone, however it ended (a SIGKILLed app must not leave its workers, and through
    them multiprocessing's resource tracker, running and holding its output pipes).

    It watches the pipe multiprocessing keeps open to the parent: end of file there means
    the parent died."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


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


def count_entities(mentions: Iterable[Mention]) -> list[EntityCount]:
    """The entities of one article's ``mentions`` by canonical name and label, most
    mentioned first (then by name and label): what the Entities panel lists, worked out
    from mentions already read."""
    counts: dict[tuple[str, EntityLabel], int] = {}
    for mention in mentions:
        key = (mention.canonical, mention.label)
        counts[key] = counts.get(key, 0) + 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], item[0][1]))
    return [EntityCount(canonical, label, n) for (canonical, label), n in ordered]


@dataclass(frozen=True, slots=True)
class TaughtRule:
    """A rule the analyst taught, for the "what was taught" list."""

    id: int
    surface: str
    action: str  # "mark" or "reject"
    label: EntityLabel | None
    created_at: datetime


class EntityService:
    """Entity mentions of one database.

    A correction (mark, relabel, reject, forget) is one operation of the ``Journal``: the
    taught rule and the analyst's mentions change in one transaction and one undo step,
    which also marks the articles holding the surface as needing recognition; those are
    then recognised again in batches. Stopped or crashed half-way, the rest stay marked and
    are recognised at the next start, so the data is never left half-taught.
    """

    def __init__(
        self,
        database: Database,
        recognizer: Recognizer | None = None,
        journal: Journal | None = None,
    ) -> None:
        self.database = database
        self._recognizer = recognizer
        self._pool: ProcessPoolExecutor | None = None
        self.journal = journal if journal is not None else Journal(database)

    @property
    def recognizer(self) -> Recognizer:
        """The recognizer in use (the rule-based one unless another was given)."""
        if self._recognizer is None:
            self._recognizer = RuleRecognizer()
        return self._recognizer

    # -- recognition ------------------------------------------------------------------------

    def store_new(
        self,
        session: Session,
        article_ids: Sequence[ArticleId],
        found: Sequence[PackedMentions],
    ) -> None:
        """Store the entities of new articles inside the caller's transaction (imports):
        their mentions commit with them or not at all. ``found[i]`` belongs to
        ``article_ids[i]``; the caller stores the articles with ``recognizer.version``."""
        store_recognized(session, article_ids, found)

    def recognize_packed(
        self, texts: list[str], taught: TaughtRules | None = None
    ) -> list[PackedMentions]:
        """Entities of each text, packed; with the rule recognizer, large batches run in
        parallel worker processes (one per core)."""
        return self.recognize_later(texts, taught)()

    def recognize_later(
        self, texts: list[str], taught: TaughtRules | None = None
    ) -> Callable[[], list[PackedMentions]]:
        """Start recognising ``texts`` in the worker processes and return a function that
        waits for the result (so that storing one batch overlaps recognising the next).

        ``taught`` defaults to what the analyst taught, read now."""
        if taught is None:
            with self.database.session() as session:
                taught = self._taught(session)
        recognizer = self.recognizer
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        if (
            workers < 2
            or not isinstance(recognizer, RuleRecognizer)
            or len(texts) < PARALLEL_MIN_TEXTS
        ):
            rules = taught
            return lambda: [_packed(recognizer, text, rules) for text in texts]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                workers, mp_context=get_context("spawn"), initializer=exit_with_parent
            )
        size = max(1, -(-len(texts) // workers))
        futures = [
            self._pool.submit(recognize_chunk, texts[i : i + size], taught)
            for i in range(0, len(texts), size)
        ]
        return lambda: [packed for future in futures for packed in future.result()]

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
        """Recognise articles again, in batches of ``RECOGNIZE_BATCH`` (one transaction
        each, the next batch recognised in the worker processes meanwhile); return how
        many were done. Analyst mentions are kept and hide what they overlap.

        ``progress(done, total)`` is called after each batch and may return ``False`` to
        stop (the batches done so far stay committed).
        """
        ids = list(article_ids)
        with self.database.session() as session:
            taught = self._taught(session)
        batches = [ids[i : i + RECOGNIZE_BATCH] for i in range(0, len(ids), RECOGNIZE_BATCH)]
        queue: deque[tuple[int, list[ArticleId], Callable[[], list[PackedMentions]]]]
        queue = deque()
        done = 0

        def store_next() -> bool:
            nonlocal done
            size, present, found = queue.popleft()
            self._store_recognized_again(present, found())
            done += size
            return progress is None or progress(done, len(ids)) is not False

        for batch in batches:
            queue.append((len(batch), *self._start_recognizing(batch, taught)))
            if len(queue) > 1 and not store_next():  # one batch recognising ahead
                return done
        while queue:
            if not store_next():
                return done
        return done

    def _start_recognizing(
        self, batch: list[ArticleId], taught: TaughtRules
    ) -> tuple[list[ArticleId], Callable[[], list[PackedMentions]]]:
        with self.database.session() as session:
            texts = dict(
                session.execute(select(Article.id, Article.text).where(Article.id.in_(batch))).all()
            )
        present = [article_id for article_id in batch if article_id in texts]
        return present, self.recognize_later([texts[i] for i in present], taught)

    def _store_recognized_again(
        self, article_ids: list[ArticleId], found: list[PackedMentions]
    ) -> None:
        if not article_ids:
            return
        with self.database.session() as session:
            self._replace_recognized(session, article_ids, found)

    def _replace_recognized(
        self, session: Session, article_ids: list[ArticleId], found: list[PackedMentions]
    ) -> None:
        """Store the recognizer's mentions ``found[i]`` of ``article_ids[i]`` in ``session``,
        leaving out what the articles' analyst rows (marks and rejections) overlap: the
        stored mentions are a function of the text, the taught rules and those rows."""
        marked = analyst_rows(session, article_ids)
        kept = [
            drop_overlapping(packed, [(m.start, m.end) for m in marked.get(article_id, [])])
            for article_id, packed in zip(article_ids, found, strict=True)
        ]
        replace_recognized(session, article_ids, kept)
        session.execute(
            update(Article)
            .where(Article.id.in_(article_ids))
            .values(entities_version=self.recognizer.version)
        )

    def _follow_analyst_rows(self, op: Operation, article_ids: frozenset[ArticleId]) -> None:
        """Inside an operation that changed the analyst rows of ``article_ids`` alone (no
        rule taught): recognise those articles again in the operation's transaction, and
        again after each undo and redo, so that a recognizer mention a rejection hid comes
        back when the rejection is undone (even if a recognition ran in between)."""
        ids = sorted(article_ids)
        session = op.db
        session.flush()
        texts = dict(
            session.execute(select(Article.id, Article.text).where(Article.id.in_(ids))).all()
        )
        present = [ArticleId(i) for i in ids if i in texts]
        taught = self._taught(session)
        found = [_packed(self.recognizer, texts[i], taught) for i in present]
        self._replace_recognized(session, present, found)
        op.after_undo(lambda: self.recognize(ids))

    # -- reading ----------------------------------------------------------------------------

    def mentions(self, article_id: ArticleId) -> list[Mention]:
        """The article's mentions, sorted by start (recognizer and analyst together)."""
        with self.database.session() as session:
            return article_mentions(session, [article_id])[article_id]

    def entity_counts(self, article_id: ArticleId) -> list[EntityCount]:
        """The article's entities by canonical name and label, most mentioned first."""
        return count_entities(self.mentions(article_id))

    def articles_mentioning(
        self, canonical: str, label: EntityLabel, exclude: ArticleId | None = None
    ) -> list[ArticleMentionCount]:
        """Articles that mention the entity, most mentions first."""
        recognized = (
            select(
                RecognizedEntity.article_id.label("article_id"),
                RecognizedEntity.mentions.label("mentions"),
            )
            .join(Entity, Entity.id == RecognizedEntity.entity_id)
            .where(Entity.canonical == canonical, Entity.label == label.value)
        )
        marked = select(
            MentionRow.article_id.label("article_id"), literal(1).label("mentions")
        ).where(
            MentionRow.canonical == canonical,
            MentionRow.label == label.value,
            MentionRow.origin != MentionOrigin.REJECTED.value,
        )
        counts = union_all(recognized, marked).subquery()
        total = func.sum(counts.c.mentions)
        query = (
            select(Article.id, Article.title, total)
            .join(counts, counts.c.article_id == Article.id)
            .group_by(Article.id, Article.title)
            .order_by(total.desc(), Article.id)
        )
        if exclude is not None:
            query = query.where(Article.id != exclude)
        with self.database.session() as session:
            return [
                ArticleMentionCount(ArticleId(i), title, int(n))
                for i, title, n in session.execute(query)
            ]

    def mention_at(self, article_id: ArticleId, offset: int) -> Mention | None:
        """The mention covering stored offset ``offset``, if any."""
        for mention in self.mentions(article_id):
            if mention.start <= offset < mention.end:
                return mention
        return None

    # -- the analyst's corrections ----------------------------------------------------------

    def mark(
        self,
        article_id: ArticleId,
        start: int,
        end: int,
        label: EntityLabel,
        progress: ProgressCallback | None = None,
    ) -> Mention:
        """Mark ``text[start:end]`` as an entity everywhere it occurs, in every article.

        Overlapping mentions in this article are replaced. Raises ``EntityError`` for an
        empty, blank or out-of-range span. ``progress(done, total)`` follows the articles
        recognised again (as in every correction below) and may return ``False`` to stop:
        the correction stays, the articles not reached are recognised at the next start.
        """
        with self.journal.operation("mark", _MENTIONS) as op:
            session = op.db
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
            if op.description == "mark":
                op.description = f"mark “{_short(surface)}” as {label.value}"
            self._delete_rows(
                session,
                (MentionRow.article_id == article_id)
                & (MentionRow.start < end)
                & (MentionRow.end > start),
            )
            row = _row(
                article_id,
                EntitySpan(start, end, label, surface, surface),
                MentionOrigin.ANALYST,
                None,
            )
            session.add(row)
            # The surface is taught with this label everywhere: the analyst's own marks of
            # it elsewhere (an earlier relabel) take it too, row by row for the undo step.
            for other in session.scalars(
                select(MentionRow).where(
                    MentionRow.text == surface,
                    MentionRow.origin == MentionOrigin.ANALYST.value,
                    MentionRow.label != label.value,
                )
            ):
                other.label = label.value
            self._set_rule(session, surface, "mark", label)
            self._teach(op, surface)
        self._recognize_containing(surface, progress)
        return Mention(article_id, start, end, label, surface, surface, MentionOrigin.ANALYST)

    def relabel(
        self, mention: Mention, label: EntityLabel, progress: ProgressCallback | None = None
    ) -> Mention:
        """Give a mention another label; the surface is taught with that label everywhere."""
        article_id = ArticleId(mention.article_id)
        description = f"relabel “{_short(mention.text)}” as {label.value}"
        with self.journal.operation(description, _MENTIONS, transaction=False):
            return self.mark(article_id, mention.start, mention.end, label, progress)

    def reject(
        self,
        mention: Mention,
        progress: ProgressCallback | None = None,
        scope: RejectScope = RejectScope.EVERYWHERE,
    ) -> str:
        """Say a mention is no entity, and return its surface string.

        ``scope``: ``MENTION`` hides this mention only, ``ARTICLE`` every mention of the
        string in this article, ``EVERYWHERE`` never suggests the string again in any
        article (a taught rule). Raises ``EntityError`` when the article is gone.
        """
        article_id = ArticleId(mention.article_id)
        where = {
            RejectScope.MENTION: "here",
            RejectScope.ARTICLE: "in this article",
            RejectScope.EVERYWHERE: "everywhere",
        }[scope]
        with self.journal.operation("reject", _MENTIONS) as op:
            session = op.db
            text = session.scalar(select(Article.text).where(Article.id == article_id))
            if text is None:
                msg = "that entity no longer exists"
                raise EntityError(msg)
            surface = text[mention.start : mention.end]
            op.description = f"not an entity {where}: “{_short(surface)}”"
            if scope == RejectScope.EVERYWHERE:
                self._delete_rows(session, MentionRow.text == surface)
                self._set_rule(session, surface, "reject", None)
                self._teach(op, surface)
            else:
                spans = (
                    [(mention.start, mention.end)]
                    if scope == RejectScope.MENTION
                    else _occurrences(text, surface)
                )
                for start, end in spans:
                    self._delete_rows(
                        session,
                        (MentionRow.article_id == article_id)
                        & (MentionRow.start < end)
                        & (MentionRow.end > start),
                    )
                    span = EntitySpan(start, end, mention.label, surface, surface)
                    session.add(_row(article_id, span, MentionOrigin.REJECTED, None))
                op.touch(Changes(article_ids=frozenset({article_id})))
                self._follow_analyst_rows(op, frozenset({article_id}))
        if scope == RejectScope.EVERYWHERE:
            self._recognize_containing(surface, progress)
        return surface

    def mark_in_article(
        self, article_id: ArticleId, spans: Sequence[tuple[int, int, EntityLabel]]
    ) -> int:
        """Mark spans of one article as entities, there only (no rule is taught): what an
        import of another tool's annotations stores. One operation; return how many marks
        were stored.

        A span that the article's mentions already hold with the same label is left as it
        is; the analyst's mentions and rejections a span overlaps are replaced (the spans
        given must not overlap one another). Raises ``EntityError`` for a span outside the
        article, blank, with spaces at its edges or across a line break; nothing is stored
        then.
        """
        changes = _MENTIONS | Changes(article_ids=frozenset({article_id}))
        with self.journal.operation("mark entities", changes) as op:
            session = op.db
            text = session.scalar(select(Article.text).where(Article.id == article_id))
            if text is None:
                msg = f"article {article_id} does not exist"
                raise EntityError(msg)
            present = {
                (m.start, m.end, m.label)
                for m in article_mentions(session, [article_id])[article_id]
            }
            stored = 0
            for start, end, label in spans:
                if not 0 <= start < end <= len(text):
                    msg = f"span ({start}, {end}) is outside the article (0–{len(text)})"
                    raise EntityError(msg)
                surface = text[start:end]
                if surface != surface.strip() or "\n" in surface:
                    msg = f"“{_short(surface)}” has spaces at its edges or a line break"
                    raise EntityError(msg)
                if (start, end, label) in present:
                    continue
                self._delete_rows(
                    session,
                    (MentionRow.article_id == article_id)
                    & (MentionRow.start < end)
                    & (MentionRow.end > start),
                )
                span = EntitySpan(start, end, label, surface, surface)
                session.add(_row(article_id, span, MentionOrigin.ANALYST, None))
                stored += 1
            if op.description == "mark entities":
                op.description = f"mark {stored} entities"
            if stored:
                self._follow_analyst_rows(op, frozenset({article_id}))
        return stored

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

    def forget(self, rule_id: int, progress: ProgressCallback | None = None) -> None:
        """Undo a taught rule: its analyst mentions go and affected articles are recognised."""
        with self.journal.operation("forget", _MENTIONS) as op:
            session = op.db
            rule = session.get(EntityRule, rule_id)
            if rule is None:
                return
            surface = rule.surface
            op.description = f"forget “{_short(surface)}”"
            if rule.action == "mark":
                self._delete_rows(
                    session,
                    (MentionRow.text == surface)
                    & (MentionRow.origin == MentionOrigin.ANALYST.value),
                )
            session.delete(rule)
            self._teach(op, surface)
        self._recognize_containing(surface, progress)

    # -- internals --------------------------------------------------------------------------

    def _teach(self, op: Operation, surface: str) -> None:
        """Inside a correction: mark the articles holding ``surface`` as needing
        recognition (so a stopped recognition is finished later), and after its undo or
        redo recognise them again."""
        op.db.execute(
            update(Article)
            .where(Article.text.contains(surface, autoescape=True))
            .values(entities_version=None)
        )
        op.after_undo(lambda: self._recognize_containing(surface, None, stale=True))

    def _recognize_containing(
        self, surface: str, progress: ProgressCallback | None, stale: bool = False
    ) -> int:
        """Recognise again every article whose text holds ``surface`` (marking them as
        needing it first when ``stale``); ``progress`` may return ``False`` to stop, the
        rest staying marked as needing recognition."""
        with self.database.session() as session:
            query = select(Article.id).where(Article.text.contains(surface, autoescape=True))
            if stale:
                session.execute(
                    update(Article)
                    .where(Article.text.contains(surface, autoescape=True))
                    .values(entities_version=None)
                )
            ids = session.scalars(query.order_by(Article.id)).all()
        return self.recognize([ArticleId(i) for i in ids], progress)

    @staticmethod
    def _delete_rows(session: Session, condition: Any) -> None:
        """Delete analyst mention rows one by one, so that the undo step records them."""
        for row in session.scalars(select(MentionRow).where(condition)):
            session.delete(row)

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


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` of ``surface`` in ``text``, left to right, not overlapping."""
    spans, at = [], text.find(surface)
    while surface and at >= 0:
        spans.append((at, at + len(surface)))
        at = text.find(surface, at + len(surface))
    return spans


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


def _packed(recognizer: Recognizer, text: str, taught: TaughtRules) -> PackedMentions:
    """``text``'s entities packed, by any recognizer."""
    if isinstance(recognizer, RuleRecognizer):
        return recognizer.recognize_packed(text, taught)
    return pack_mentions(
        (span.start, span.end, span.label.value, span.canonical)
        for span in recognizer.recognize(text, taught)
    )
