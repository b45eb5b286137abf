"""The analyst's vocabularies (event types, channel levels and statuses, event modes,
document labels) kept in the database, and the document-level labels of articles.

Every change is one operation of the shared journal (one transaction, one undo step, and a
``Changes`` naming the vocabulary and the data using it). A value in use
is never deleted from under its data: removing it maps its uses to another value of the same
vocabulary in the same transaction (and undo maps them back).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from dragon_reader.domain.changes import Changes
from dragon_reader.domain.vocabularies import (
    PloverMapping,
    Vocabulary,
    VocabularyValue,
    VocabularyValueId,
    color_problem,
    key_for,
    key_problem,
)
from dragon_reader.resources import resource
from dragon_reader.services.journal import Journal
from dragon_reader.store.database import Database
from dragon_reader.store.models import (
    AppState,
    Article,
    ArticleLabel,
    CodebookChannel,
    CodebookEvent,
)
from dragon_reader.store.models import Tag as TagRow
from dragon_reader.store.models import VocabularyValue as ValueRow

STARTER_VOCABULARIES_KEY = "starter_vocabularies_loaded"
Snapshot = dict[str, Any]


class VocabularyError(ValueError):
    """A vocabulary change that cannot be done; the message is for the user."""


@dataclass(frozen=True, slots=True)
class ValueEdit:
    """Fields of a value to change; ``None`` leaves a field as it is. The key never
    changes (the data stores it); rename changes the label."""

    label: str | None = None
    description: str | None = None
    color: str | None = None
    shortcut: str | None = None
    plover: PloverMapping | None = None
    is_open: bool | None = None


def _uses(vocabulary: Vocabulary) -> tuple[Any, Any] | None:
    """The column that stores keys of ``vocabulary``, with its table's id column."""
    if vocabulary == Vocabulary.EVENT_TYPE:
        return CodebookEvent.type, CodebookEvent.id
    if vocabulary == Vocabulary.CHANNEL_LEVEL:
        return CodebookChannel.level, CodebookChannel.id
    if vocabulary == Vocabulary.CHANNEL_STATUS:
        return TagRow.status, TagRow.id
    return None


class VocabularyService:
    """The vocabularies of one database."""

    def __init__(self, database: Database, journal: Journal | None = None) -> None:
        self.database = database
        self.journal = journal if journal is not None else Journal(database)

    # -- starter ----------------------------------------------------------------------------

    def load_starter_once(self) -> bool:
        """Load ``resources/vocabularies.json`` into a database that never had it; True if
        loaded. Keys the database has already are left alone. Not undoable."""
        with self.database.session() as session:
            if session.get(AppState, STARTER_VOCABULARIES_KEY) is not None:
                return False
            data = json.loads(resource("vocabularies.json").read_text(encoding="utf-8"))
            for name, items in data["vocabularies"].items():
                vocabulary = Vocabulary(name)
                have = set(
                    session.scalars(
                        select(ValueRow.key).where(ValueRow.vocabulary == vocabulary.value)
                    )
                )
                for position, item in enumerate(items):
                    if item["key"] in have:
                        continue
                    plover = item.get("plover", {})
                    mapping = PloverMapping(
                        plover.get("category", ""),
                        plover.get("mode", ""),
                        tuple(plover.get("context", ())),
                    )
                    problems = mapping.problems()
                    if problems:
                        msg = f"starter {name} {item['key']!r}: {'; '.join(problems)}"
                        raise VocabularyError(msg)
                    session.add(
                        ValueRow(
                            vocabulary=vocabulary.value,
                            key=item["key"],
                            label=item.get("label", item["key"]),
                            description=item.get("description", ""),
                            color=item.get("color", ""),
                            position=position,
                            shortcut=item.get("shortcut", ""),
                            plover_category=mapping.category,
                            plover_mode=mapping.mode,
                            plover_context=" ".join(mapping.context),
                            is_open=bool(item.get("open", False)),
                            retired=False,
                        )
                    )
            session.add(AppState(key=STARTER_VOCABULARIES_KEY, value="1"))
        return True

    # -- reading ----------------------------------------------------------------------------

    def values(
        self, vocabulary: Vocabulary, include_retired: bool = False, counted: bool = True
    ) -> list[VocabularyValue]:
        """The vocabulary's values in the analyst's order, each with how often it is used
        (``counted=False``: without counting, ``use_count`` 0 — for views that only need
        labels and colours)."""
        with self.database.session() as session:
            query = select(ValueRow).where(ValueRow.vocabulary == vocabulary.value)
            if not include_retired:
                query = query.where(ValueRow.retired.is_(False))
            rows = session.scalars(query.order_by(ValueRow.position, ValueRow.id)).all()
            counts = self._counts(session, vocabulary) if counted else {}
            return [_value(row, counts.get(row.key, 0)) for row in rows]

    def value(self, vocabulary: Vocabulary, key: str) -> VocabularyValue | None:
        """One value by key (retired ones too), or ``None``."""
        return next(
            (v for v in self.values(vocabulary, include_retired=True) if v.key == key), None
        )

    # -- changes ----------------------------------------------------------------------------

    def add(
        self,
        vocabulary: Vocabulary,
        label: str,
        key: str | None = None,
        edit: ValueEdit | None = None,
    ) -> VocabularyValue:
        """Add a value at the end of the vocabulary; the key defaults to one made from the
        label. Refuses a key or label the vocabulary has, and invalid fields."""
        label = _label(label)
        key = key.strip() if key is not None else key_for(label)
        problem = key_problem(key)
        if problem:
            raise VocabularyError(problem)
        with self._change(vocabulary, f"add “{label}” to {vocabulary.heading.lower()}") as session:
            rows = self._rows(session, vocabulary)
            if any(r.key == key for r in rows):
                msg = f"{vocabulary.heading} already have the key “{key}”"
                raise VocabularyError(msg)
            self._refuse_label(rows, label, None)
            row = ValueRow(
                vocabulary=vocabulary.value,
                key=key,
                label=label,
                description="",
                color="",
                position=max((r.position for r in rows), default=-1) + 1,
                shortcut="",
                plover_category="",
                plover_mode="",
                plover_context="",
                is_open=False,
                retired=False,
            )
            session.add(row)
            self._apply(rows, row, edit or ValueEdit())
        result = self.value(vocabulary, key)
        assert result is not None
        return result

    def update(self, vocabulary: Vocabulary, key: str, edit: ValueEdit) -> VocabularyValue:
        """Rename, describe, recolour, give a shortcut, remap to PLOVER, or mark open."""
        with self._change(vocabulary, f"edit “{key}” of {vocabulary.heading.lower()}") as session:
            rows = self._rows(session, vocabulary)
            self._apply(rows, self._find(rows, key), edit)
        result = self.value(vocabulary, key)
        assert result is not None
        return result

    def move(self, vocabulary: Vocabulary, key: str, position: int) -> list[VocabularyValue]:
        """Put a value at ``position`` (0 first; clamped) among the vocabulary's values."""
        with self._change(vocabulary, f"move “{key}” in {vocabulary.heading.lower()}") as session:
            rows = self._rows(session, vocabulary)
            row = self._find(rows, key)
            rows.remove(row)
            rows.insert(max(0, min(position, len(rows))), row)
            for index, each in enumerate(rows):
                each.position = index
        return self.values(vocabulary, include_retired=True)

    def retire(self, vocabulary: Vocabulary, key: str, retired: bool = True) -> VocabularyValue:
        """Stop offering a value (data that has it keeps it), or offer it again."""
        verb = "retire" if retired else "bring back"
        with self._change(vocabulary, f"{verb} “{key}”") as session:
            self._find(self._rows(session, vocabulary), key).retired = retired
        result = self.value(vocabulary, key)
        assert result is not None
        return result

    def remove(self, vocabulary: Vocabulary, key: str, replacement: str | None = None) -> int:
        """Delete a value; its uses move to ``replacement`` (required when it is used).
        Returns how many uses moved. One transaction, one undo step."""
        if replacement == key:
            msg = "choose another value to move its uses to"
            raise VocabularyError(msg)
        moved = 0
        description = f"remove “{key}” from {vocabulary.heading.lower()}"
        with self._change(vocabulary, description) as session:
            rows = self._rows(session, vocabulary)
            row = self._find(rows, key)
            used = self._counts(session, vocabulary).get(key, 0)
            if used and replacement is None:
                msg = f"“{row.label}” is used {used} time(s): choose the value its uses move to"
                raise VocabularyError(msg)
            if replacement is not None:
                self._find(rows, replacement)
                moved = self._move_uses(session, vocabulary, key, replacement)
            session.delete(row)
        return moved

    # -- document labels --------------------------------------------------------------------

    def article_labels(self, article_id: int) -> dict[Vocabulary, list[str]]:
        """The article's relevance and own labels (keys), in vocabulary order."""
        with self.database.session() as session:
            keys = session.execute(
                select(ArticleLabel.vocabulary, ArticleLabel.key)
                .join(
                    ValueRow,
                    (ValueRow.vocabulary == ArticleLabel.vocabulary)
                    & (ValueRow.key == ArticleLabel.key),
                )
                .where(ArticleLabel.article_id == article_id)
                .order_by(ValueRow.position)
            ).all()
        result: dict[Vocabulary, list[str]] = {}
        for vocabulary, key in keys:
            result.setdefault(Vocabulary(vocabulary), []).append(key)
        return result

    def set_article_label(
        self, article_id: int, vocabulary: Vocabulary, key: str, on: bool = True
    ) -> dict[Vocabulary, list[str]]:
        """Give an article a document label (or take it away). Relevance holds one value:
        setting one replaces the other. One operation: ``Changes(labels=True)`` for the
        article."""
        if vocabulary not in (Vocabulary.RELEVANCE, Vocabulary.DOCUMENT_LABEL):
            msg = f"{vocabulary.heading} are not document labels"
            raise VocabularyError(msg)
        verb = "label" if on else "unlabel"
        changes = Changes(labels=True, article_ids=frozenset({article_id}))
        with self.journal.operation(f"{verb} article {article_id} “{key}”", changes) as op:
            session = op.db
            if session.get(Article, article_id) is None:
                msg = f"article {article_id} does not exist"
                raise VocabularyError(msg)
            self._find(self._rows(session, vocabulary), key)
            where = (ArticleLabel.article_id == article_id) & (
                ArticleLabel.vocabulary == vocabulary.value
            )
            before = list(session.scalars(select(ArticleLabel.key).where(where)))
            after = [k for k in before if k != key and not vocabulary.exclusive]
            if on:
                after.append(key)
            if after != before:
                _set_labels(session, article_id, vocabulary, after)
        return self.article_labels(article_id)

    def articles_labelled(self, vocabulary: Vocabulary, key: str) -> list[int]:
        """Ids of the articles that carry a document label, in id order."""
        with self.database.session() as session:
            return list(
                session.scalars(
                    select(ArticleLabel.article_id)
                    .where(ArticleLabel.vocabulary == vocabulary.value, ArticleLabel.key == key)
                    .order_by(ArticleLabel.article_id)
                )
            )

    # -- helpers ----------------------------------------------------------------------------

    @contextmanager
    def _change(self, vocabulary: Vocabulary, description: str) -> Iterator[Session]:
        """One operation changing ``vocabulary``: the block writes in the session yielded;
        undo and redo put back snapshots of the vocabulary's values and of the data using
        them, taken before and after the block, in one transaction each."""
        changes = vocabulary_changes(vocabulary)
        with (
            self.journal.operation(description, changes, transaction=False) as op,
            self.database.session() as session,
        ):
            before = _state(session, vocabulary)
            yield session
            session.flush()
            after = _state(session, vocabulary)
            op.undo_with(
                lambda: self._put(vocabulary, before), lambda: self._put(vocabulary, after)
            )

    def _put(self, vocabulary: Vocabulary, state: Snapshot) -> None:
        with self.database.session() as session:
            _restore(session, vocabulary, state)

    @staticmethod
    def _rows(session: Session, vocabulary: Vocabulary) -> list[ValueRow]:
        return list(
            session.scalars(
                select(ValueRow)
                .where(ValueRow.vocabulary == vocabulary.value)
                .order_by(ValueRow.position, ValueRow.id)
            )
        )

    @staticmethod
    def _find(rows: Iterable[ValueRow], key: str) -> ValueRow:
        row = next((r for r in rows if r.key == key), None)
        if row is None:
            msg = f"there is no value “{key}”"
            raise VocabularyError(msg)
        return row

    @staticmethod
    def _refuse_label(rows: Iterable[ValueRow], label: str, own: ValueRow | None) -> None:
        taken = next(
            (r for r in rows if r is not own and r.label.casefold() == label.casefold()), None
        )
        if taken is not None:
            msg = f"“{label}” is taken (key “{taken.key}”)"
            raise VocabularyError(msg)

    def _apply(self, rows: list[ValueRow], row: ValueRow, edit: ValueEdit) -> None:
        if edit.label is not None:
            label = _label(edit.label)
            self._refuse_label(rows, label, row)
            row.label = label
        if edit.description is not None:
            row.description = edit.description.strip()
        if edit.color is not None:
            problem = color_problem(edit.color.strip())
            if problem:
                raise VocabularyError(problem)
            row.color = edit.color.strip().lower()
        if edit.shortcut is not None:
            shortcut = edit.shortcut.strip().lower()
            if len(shortcut) > 1:
                msg = "a shortcut is one key"
                raise VocabularyError(msg)
            clash = next(
                (r for r in rows if r is not row and shortcut and r.shortcut == shortcut), None
            )
            if clash is not None:
                msg = f"the key “{shortcut}” already chooses “{clash.label}”"
                raise VocabularyError(msg)
            row.shortcut = shortcut
        if edit.plover is not None:
            problems = edit.plover.problems()
            if problems:
                raise VocabularyError("; ".join(problems))
            row.plover_category = edit.plover.category
            row.plover_mode = edit.plover.mode
            row.plover_context = " ".join(edit.plover.context)
        if edit.is_open is not None:
            row.is_open = edit.is_open

    @staticmethod
    def _counts(session: Session, vocabulary: Vocabulary) -> dict[str, int]:
        uses = _uses(vocabulary)
        if uses is not None:
            column = uses[0]
            query = select(column, func.count()).where(column.is_not(None)).group_by(column)
        elif vocabulary in (Vocabulary.RELEVANCE, Vocabulary.DOCUMENT_LABEL):
            query = (
                select(ArticleLabel.key, func.count())
                .where(ArticleLabel.vocabulary == vocabulary.value)
                .group_by(ArticleLabel.key)
            )
        else:
            return {}
        return {str(key): int(count) for key, count in session.execute(query).all()}

    @staticmethod
    def _move_uses(session: Session, vocabulary: Vocabulary, key: str, replacement: str) -> int:
        uses = _uses(vocabulary)
        if uses is not None:
            column, id_column = uses
            ids = list(session.scalars(select(id_column).where(column == key)))
            session.execute(
                update(column.class_).where(column == key).values({column.key: replacement})
            )
            return len(ids)
        if vocabulary in (Vocabulary.RELEVANCE, Vocabulary.DOCUMENT_LABEL):
            pairs = list(
                session.scalars(
                    select(ArticleLabel.article_id).where(
                        ArticleLabel.vocabulary == vocabulary.value, ArticleLabel.key == key
                    )
                )
            )
            for article_id in pairs:
                keys = [
                    k
                    for k in session.scalars(
                        select(ArticleLabel.key).where(
                            ArticleLabel.article_id == article_id,
                            ArticleLabel.vocabulary == vocabulary.value,
                        )
                    )
                    if k != key
                ]
                _set_labels(session, article_id, vocabulary, [*keys, replacement])
            return len(pairs)
        return 0


def vocabulary_changes(vocabulary: Vocabulary) -> Changes:
    """What a change of ``vocabulary`` touches: its values, and the data showing them
    (codebook entries and tags for the coding vocabularies, articles' labels for labels)."""
    if vocabulary in (Vocabulary.RELEVANCE, Vocabulary.DOCUMENT_LABEL):
        return Changes(vocabularies=True, labels=True)
    return Changes(vocabularies=True, codebook=True, tags=True)


def _state(session: Session, vocabulary: Vocabulary) -> Snapshot:
    values = [
        {column.key: getattr(row, column.key) for column in ValueRow.__table__.columns}
        for row in session.scalars(select(ValueRow).where(ValueRow.vocabulary == vocabulary.value))
    ]
    uses: list[tuple[int, str | None]] = []
    labels: list[tuple[int, str]] = []
    found = _uses(vocabulary)
    if found is not None:
        column, id_column = found
        uses = [(i, k) for i, k in session.execute(select(id_column, column)).all()]
    elif vocabulary in (Vocabulary.RELEVANCE, Vocabulary.DOCUMENT_LABEL):
        labels = [
            (a, k)
            for a, k in session.execute(
                select(ArticleLabel.article_id, ArticleLabel.key).where(
                    ArticleLabel.vocabulary == vocabulary.value
                )
            ).all()
        ]
    return {"values": values, "uses": uses, "labels": labels}


def _restore(session: Session, vocabulary: Vocabulary, state: Snapshot) -> None:
    session.execute(delete(ValueRow).where(ValueRow.vocabulary == vocabulary.value))
    session.flush()
    session.add_all(ValueRow(**values) for values in state["values"])
    found = _uses(vocabulary)
    if found is not None:
        column, id_column = found
        current: dict[int, str | None] = dict(session.execute(select(id_column, column)).all())
        for row_id, key in state["uses"]:
            if row_id in current and current[row_id] != key:
                session.execute(
                    update(column.class_).where(id_column == row_id).values({column.key: key})
                )
    elif vocabulary in (Vocabulary.RELEVANCE, Vocabulary.DOCUMENT_LABEL):
        session.execute(delete(ArticleLabel).where(ArticleLabel.vocabulary == vocabulary.value))
        session.add_all(
            ArticleLabel(article_id=a, vocabulary=vocabulary.value, key=k)
            for a, k in state["labels"]
        )


def _set_labels(session: Session, article_id: int, vocabulary: Vocabulary, keys: list[str]) -> None:
    """Give the article exactly ``keys`` of ``vocabulary``, row by row through the ORM (so
    that an operation's journal records each row for undo)."""
    wanted = dict.fromkeys(keys)
    for row in session.scalars(
        select(ArticleLabel).where(
            ArticleLabel.article_id == article_id, ArticleLabel.vocabulary == vocabulary.value
        )
    ):
        if row.key in wanted:
            del wanted[row.key]
        else:
            session.delete(row)
    session.flush()
    session.add_all(
        ArticleLabel(article_id=article_id, vocabulary=vocabulary.value, key=k) for k in wanted
    )


def _value(row: ValueRow, count: int) -> VocabularyValue:
    return VocabularyValue(
        id=VocabularyValueId(row.id),
        vocabulary=Vocabulary(row.vocabulary),
        key=row.key,
        label=row.label,
        description=row.description,
        color=row.color,
        position=row.position,
        shortcut=row.shortcut,
        plover=PloverMapping(
            row.plover_category, row.plover_mode, tuple(row.plover_context.split())
        ),
        is_open=row.is_open,
        retired=row.retired,
        use_count=count,
    )


def _label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        msg = "a value needs a name"
        raise VocabularyError(msg)
    return label
