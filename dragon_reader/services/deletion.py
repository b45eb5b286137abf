"""Deleting articles: what goes with them, and the one undoable operation that deletes them.

An article takes along everything that points into its text: its tags (with their slots
and curated flags), the analyst's entity marks, its document labels, its assignments, and
its recognised entities. The operation deletes them row by row through the ``Journal``, so
that its one undo step puts every row back as it was (ids, versions, coders, sessions'
references); the recognised entities, derived data that no step records, are kept aside
and written back after an undo. The full-text index follows the article rows by itself
(FTS5 triggers on SQLite, a generated ``tsvector`` on PostgreSQL).

On a team's PostgreSQL server a coder who codes blind sees only their own tags, while the
database's cascade would take every coder's: only those who see every tag (curators, the
schema's owner) may delete articles, as only they may assign them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.entities import MentionOrigin
from dragon_reader.services.entities import EntityService
from dragon_reader.services.journal import Journal
from dragon_reader.store.database import Database
from dragon_reader.store.models import (
    Article,
    ArticleLabel,
    Assignment,
    Mention,
    RecognizedEntity,
    RecognizedMentions,
    Tag,
    TagSlot,
)

_TITLE_SHOWN = 60  # characters of a title quoted in a description


class DeletionError(ValueError):
    """Articles that cannot be deleted (none named, unknown ids, a coder coding blind on a
    server); the message is for the user and nothing was deleted."""


@dataclass(frozen=True, slots=True)
class CoderWork:
    """One coder's tags among those that would go: the coder's name (the annotator, else
    the database role) and how many."""

    coder: str
    tags: int


@dataclass(frozen=True, slots=True)
class DeletionPreview:
    """What deleting some articles would take with them: the articles (id, title), the
    ids that name no article, their tags (``curated`` of them in a curated set) by coder,
    and the analyst's entity marks."""

    articles: tuple[tuple[ArticleId, str], ...]
    missing: tuple[int, ...]
    tags: int
    curated: int
    coders: tuple[CoderWork, ...]
    marks: int

    @property
    def loses_work(self) -> bool:
        """True when tags or entity marks would go with the articles."""
        return bool(self.tags or self.marks)

    def describe(self) -> str:
        """One line for a report: "Article 3 “Talks resume” with 5 tag(s) (ana 3, bo 2;
        1 curated) and 2 entity mark(s)", "2 articles, with no tags and no entity marks"."""
        if len(self.articles) == 1:
            article_id, title = self.articles[0]
            what = f"Article {article_id} “{_short(title)}”"
        else:
            what = f"{len(self.articles)} articles"
        if not self.loses_work:
            return f"{what}, with no tags and no entity marks"
        return f"{what} with {self.work()}"

    def work(self) -> str:
        """The coded work that would go: "5 tag(s) (ana 3, bo 2; 1 curated) and 2 entity
        mark(s)" ("" for none)."""
        parts = []
        if self.tags:
            by = ", ".join(f"{work.coder} {work.tags}" for work in self.coders)
            curated = f"; {self.curated} curated" if self.curated else ""
            parts.append(f"{self.tags} tag(s) ({by}{curated})")
        if self.marks:
            parts.append(f"{self.marks} entity mark(s)")
        return " and ".join(parts)


class ArticleDeletion:
    """Previews and deletes articles of one database through its ``Journal``."""

    def __init__(self, database: Database, journal: Journal, entities: EntityService) -> None:
        self.database = database
        self.journal = journal
        self.entities = entities

    def preview(self, article_ids: Iterable[int]) -> DeletionPreview:
        """What deleting ``article_ids`` would take with it (nothing is changed)."""
        ids = sorted(set(article_ids))
        with self.journal.reading() as session:
            titles = dict(
                session.execute(
                    select(Article.id, Article.title)
                    .where(Article.id.in_(ids))
                    .order_by(Article.id)
                ).all()
            )
            by_coder: dict[str, int] = {}
            tags = curated = 0
            for annotator, coder, is_curated in session.execute(
                select(Tag.annotator, Tag.coder, Tag.curated).where(Tag.article_id.in_(ids))
            ):
                name = annotator or coder or "unnamed"
                by_coder[name] = by_coder.get(name, 0) + 1
                tags += 1
                curated += bool(is_curated)
            marks = (
                session.scalar(
                    select(func.count()).where(
                        Mention.article_id.in_(ids),
                        Mention.origin != MentionOrigin.RECOGNIZER.value,
                    )
                )
                or 0
            )
        return DeletionPreview(
            articles=tuple((ArticleId(i), titles[i]) for i in ids if i in titles),
            missing=tuple(i for i in ids if i not in titles),
            tags=tags,
            curated=curated,
            coders=tuple(
                CoderWork(name, count)
                for name, count in sorted(by_coder.items(), key=lambda item: (-item[1], item[0]))
            ),
            marks=marks,
        )

    def delete(self, article_ids: Iterable[int]) -> Changes:
        """Delete the articles and everything that points into them, in one transaction
        and one undo step that brings them back exactly; return what changed.

        Raises ``DeletionError`` (nothing deleted) for no ids, ids that name no article,
        or a coder who codes blind on a PostgreSQL server."""
        ids = sorted(set(article_ids))
        if not ids:
            msg = "choose the articles to delete"
            raise DeletionError(msg)
        changes = Changes(
            articles=True,
            tags=True,
            mentions=True,
            statuses=True,
            labels=True,
            article_ids=frozenset(ids),
        )
        with self.journal.operation("delete articles", changes) as op:
            session = op.db
            self._refuse_blind_coder(session)
            rows = list(session.scalars(select(Article).where(Article.id.in_(ids))))
            missing = sorted(set(ids) - {row.id for row in rows})
            if missing:
                msg = f"no article with id {', '.join(map(str, missing))}; nothing was deleted"
                raise DeletionError(msg)
            op.description = (
                f"delete article “{_short(rows[0].title, 40)}”"
                if len(rows) == 1
                else f"delete {len(rows)} articles"
            )
            # Row by row, children first, so that the step records each row it deletes
            # (the database's cascade would delete them unseen, and undo could not bring
            # them back).
            tag_ids = select(Tag.id).where(Tag.article_id.in_(ids))
            for children in (
                select(TagSlot).where(TagSlot.tag_id.in_(tag_ids)),
                select(Tag).where(Tag.article_id.in_(ids)),
                select(Mention).where(Mention.article_id.in_(ids)),
                select(ArticleLabel).where(ArticleLabel.article_id.in_(ids)),
                select(Assignment).where(Assignment.article_id.in_(ids)),
            ):
                for child in session.scalars(children):
                    session.delete(child)
                session.flush()
            recognized = _take_recognized(session, ids)
            for row in rows:
                session.delete(row)
            session.flush()
            op.after_undo(lambda: self._put_back_recognized(ids, recognized))
        return op.changes

    def _put_back_recognized(self, ids: list[int], recognized: _Recognized) -> None:
        """After an undo (the articles back, without their recognised entities): write
        the entities kept aside back; should that fail (an entity gone since), recognise
        the articles again. After a redo (the articles gone): nothing."""
        packed, entities = recognized
        with self.database.session() as session:
            present = set(session.scalars(select(Article.id).where(Article.id.in_(ids))))
            stored = set(
                session.scalars(
                    select(RecognizedMentions.article_id).where(
                        RecognizedMentions.article_id.in_(ids)
                    )
                )
            )
        wanted = present - stored
        if not wanted:
            return
        try:
            with self.database.session() as session:
                for model, values in ((RecognizedMentions, packed), (RecognizedEntity, entities)):
                    chosen = [row for row in values if row["article_id"] in wanted]
                    if chosen:
                        session.execute(insert(_table(model)), chosen)
        except IntegrityError:
            with self.database.session() as session:
                session.execute(
                    _table(Article)
                    .update()
                    .where(_table(Article).c.id.in_(wanted))
                    .values(entities_version=None)
                )
            self.entities.recognize([ArticleId(i) for i in sorted(wanted)])

    def _refuse_blind_coder(self, session: Any) -> None:
        """Raise ``DeletionError`` for a connection that codes blind (PostgreSQL)."""
        if not self.database.is_postgresql:
            return
        if session.scalar(text("SELECT dragon_reader_codes_blind()")):
            msg = (
                "only a curator may delete articles on this server: the other coders' tags, "
                "which you cannot see, would go with them"
            )
            raise DeletionError(msg)


_Recognized = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def _take_recognized(session: Any, ids: list[int]) -> _Recognized:
    """Delete the recognised entities of ``ids`` and return their rows (derived data: no
    step records them; the deletion puts them back after an undo)."""
    kept: list[list[dict[str, Any]]] = []
    for model in (RecognizedMentions, RecognizedEntity):
        table = _table(model)
        condition = table.c.article_id.in_(ids)
        kept.append(
            [dict(row) for row in session.execute(select(table).where(condition)).mappings()]
        )
        session.execute(delete(table).where(condition))
    return kept[0], kept[1]


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


def _short(title: str, limit: int = _TITLE_SHOWN) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
