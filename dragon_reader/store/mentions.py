"""Entity mentions in the database: the recognizer's packed a row per article, the
analyst's a row each (see ``models``).

Every function works in the caller's session, so it is part of the caller's transaction:
an article's mentions commit with it or not at all.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from dragon_reader.domain.entities import (
    EntityKey,
    EntityLabel,
    Mention,
    MentionOrigin,
    PackedMentions,
    SpanTuple,
    overlaps_any,
    unpack_spans,
)
from dragon_reader.store.models import Article, Entity, RecognizedEntity, RecognizedMentions
from dragon_reader.store.models import Mention as MentionRow

_CHUNK = 500  # ids per IN (...) clause, well inside every engine's limit on parameters


def entity_ids(session: Session, keys: Iterable[EntityKey]) -> dict[EntityKey, int]:
    """The id of each ``(canonical, label)``, storing the entities not stored yet."""
    wanted = set(keys)
    found: dict[EntityKey, int] = {}
    canonicals = sorted({canonical for canonical, _ in wanted})
    for chunk in _chunks(canonicals):
        rows = session.execute(
            select(Entity.id, Entity.canonical, Entity.label).where(Entity.canonical.in_(chunk))
        )
        for entity_id, canonical, label in rows:
            if (canonical, label) in wanted:
                found[(canonical, label)] = entity_id
    missing = sorted(wanted - found.keys())
    if missing:
        rows = session.execute(
            insert(Entity).returning(
                Entity.id, Entity.canonical, Entity.label, sort_by_parameter_order=True
            ),
            [{"canonical": canonical, "label": label} for canonical, label in missing],
        )
        for entity_id, canonical, label in rows:
            found[(canonical, label)] = entity_id
    return found


def store_recognized(
    session: Session, article_ids: Sequence[int], packed: Sequence[PackedMentions]
) -> None:
    """Store the recognizer's mentions of articles that have none stored yet
    (``packed[i]`` belongs to ``article_ids[i]``)."""
    if not article_ids:
        return
    ids = entity_ids(session, (key for mentions in packed for key in mentions.entities))
    _insert_rows(
        session,
        "recognized_mentions",
        ("article_id", "spans"),
        [
            (article_id, mentions.spans)
            for article_id, mentions in zip(article_ids, packed, strict=True)
        ],
    )
    _insert_rows(
        session,
        "recognized_entity",
        ("article_id", "slot", "entity_id", "mentions"),
        [
            (article_id, slot, ids[key], count)
            for article_id, mentions in zip(article_ids, packed, strict=True)
            for slot, (key, count) in enumerate(
                zip(mentions.entities, mentions.counts, strict=True)
            )
        ],
    )


def replace_recognized(
    session: Session, article_ids: Sequence[int], packed: Sequence[PackedMentions]
) -> None:
    """Replace the recognizer's mentions of articles (``packed[i]`` for ``article_ids[i]``)."""
    for chunk in _chunks(article_ids):
        session.execute(delete(RecognizedEntity).where(RecognizedEntity.article_id.in_(chunk)))
        session.execute(delete(RecognizedMentions).where(RecognizedMentions.article_id.in_(chunk)))
    store_recognized(session, article_ids, packed)


def recognized_spans(session: Session, article_ids: Sequence[int]) -> dict[int, list[SpanTuple]]:
    """The recognizer's mentions of each article (none: absent), as ``(start, end, label,
    canonical)`` sorted by start."""
    result: dict[int, list[SpanTuple]] = {}
    for chunk in _chunks(article_ids):
        blobs = dict(
            session.execute(
                select(RecognizedMentions.article_id, RecognizedMentions.spans).where(
                    RecognizedMentions.article_id.in_(chunk)
                )
            ).all()
        )
        slots: dict[int, dict[int, tuple[str, str]]] = {}
        rows = session.execute(
            select(
                RecognizedEntity.article_id,
                RecognizedEntity.slot,
                Entity.label,
                Entity.canonical,
            )
            .join(Entity, Entity.id == RecognizedEntity.entity_id)
            .where(RecognizedEntity.article_id.in_(chunk))
        )
        for article_id, slot, label, canonical in rows:
            slots.setdefault(article_id, {})[slot] = (label, canonical)
        for article_id, blob in blobs.items():
            names = slots.get(article_id, {})
            result[article_id] = [
                (start, end, *names[slot]) for start, end, slot in unpack_spans(blob)
            ]
    return result


def analyst_rows(session: Session, article_ids: Sequence[int]) -> dict[int, list[MentionRow]]:
    """The analyst's mentions of each article (none: absent), sorted by start, with the
    spans rejected in that article alone (origin ``rejected``)."""
    result: dict[int, list[MentionRow]] = {}
    for chunk in _chunks(article_ids):
        rows = session.scalars(
            select(MentionRow)
            .where(MentionRow.article_id.in_(chunk))
            .order_by(MentionRow.article_id, MentionRow.start)
        )
        for row in rows:
            result.setdefault(row.article_id, []).append(row)
    return result


def article_mentions(session: Session, article_ids: Sequence[int]) -> dict[int, list[Mention]]:
    """Every mention of each article (every id present), sorted by start: the analyst's,
    and the recognizer's that no analyst mention (or rejection) overlaps."""
    texts: dict[int, str] = {}
    for chunk in _chunks(article_ids):
        texts.update(
            session.execute(select(Article.id, Article.text).where(Article.id.in_(chunk))).all()
        )
    recognized = recognized_spans(session, article_ids)
    analyst = analyst_rows(session, article_ids)
    result: dict[int, list[Mention]] = {}
    for article_id in article_ids:
        text = texts.get(article_id, "")
        marked = [_mention(row) for row in analyst.get(article_id, [])]
        found = recognized.get(article_id, [])
        if marked:
            taken = [(m.start, m.end) for m in marked]
            found = [span for span in found if not overlaps_any(span[0], span[1], taken)]
        recognizer = MentionOrigin.RECOGNIZER
        # Positional, with the labels looked up once, and the cycle collector paused (it
        # ran every 700 new objects, and these hold no cycles): a 12 MB article's 260,000
        # mentions are made in half the time of keyword arguments and an enum call each.
        with _no_cycle_collection():
            mentions = [
                Mention(
                    article_id, start, end, _LABELS[label], text[start:end], canonical, recognizer
                )
                for start, end, label, canonical in found
            ]
        if marked:  # the recognizer's come sorted by start, and never overlap
            mentions += [m for m in marked if m.origin != MentionOrigin.REJECTED]
            mentions.sort(key=lambda mention: (mention.start, mention.end))
        result[article_id] = mentions
    return result


_LABELS = {label.value: label for label in EntityLabel}


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while many small objects without cycles are made."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _mention(row: MentionRow) -> Mention:
    return Mention(
        article_id=row.article_id,
        start=row.start,
        end=row.end,
        label=EntityLabel(row.label),
        text=row.text,
        canonical=row.canonical,
        origin=MentionOrigin(row.origin),
    )


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for index in range(0, len(values), _CHUNK):
        yield values[index : index + _CHUNK]


def _insert_rows(
    session: Session, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Insert many rows as fast as the engine allows: on SQLite straight through the
    driver's executemany (an import writes tens of rows per article), elsewhere through
    SQLAlchemy Core."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
        return
    model = {"recognized_mentions": RecognizedMentions, "recognized_entity": RecognizedEntity}
    connection.execute(insert(model[table]), [dict(zip(columns, row, strict=True)) for row in rows])
