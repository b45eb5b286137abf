"""Operations: one user action, one transaction, one undo step, one ``Changes`` value.

Every change a user can make goes through ``Journal.operation``: the service composes its
writes in the operation's session (nested service calls join it instead of committing on
their own), the session commits once, and the rows it wrote are recorded as one undo step
that reverts and reapplies them, again in one transaction each. Rows the ORM writes are
recorded by themselves (a flush listener); rows written with bulk statements are recorded
by the caller (``Operation.record``) or are derived data that ``follow_up`` rebuilds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dragon_reader.domain.changes import Changes
from dragon_reader.domain.entities import MentionOrigin
from dragon_reader.services.history import Change, UndoHistory
from dragon_reader.store.database import Database
from dragon_reader.store.models import (
    Article,
    ArticleLabel,
    CodebookChannel,
    CodebookEvent,
    EntityRule,
    Mention,
    Tag,
)

Snapshot = dict[str, Any]
RowChange = tuple[type[Any], Snapshot | None, Snapshot | None]  # model, before, after
FollowUp = Callable[[], object]
VERSION = "version"  # the column of rows that count their changes (tags)
NOTHING = Changes()  # an operation that says nothing more than its rows
_PARENTS = (Article, CodebookEvent, CodebookChannel, EntityRule)  # inserted first, deleted last
# Columns that derived data rewrites outside any step (recognition, dates read from the
# text): a row of a step that differs only in them is still as the step left it.
_DERIVED: dict[type[Any], frozenset[str]] = {
    Article: frozenset(
        {
            "entities_version",
            "inferred_published",
            "inferred_certainty",
            "inferred_evidence",
            "inferred_by",
        }
    )
}


class UndoError(ValueError):
    """An undo or redo that cannot be done (the data it depends on changed since)."""


class RowConflict(UndoError):
    """An undo or redo refused because a row it would write was changed since by someone
    else (a versioned row at another version than this journal wrote, or a row gone);
    nothing of the step was written."""


@dataclass
class Operation:
    """The operation under way: its session, the rows it wrote and what it changed."""

    description: str
    changes: Changes
    session: Session | None = None
    rows: list[RowChange] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    steps: list[tuple[FollowUp, FollowUp]] = field(default_factory=list)
    undoable: bool = True
    _flushed: dict[tuple[type[Any], Any], int] = field(default_factory=dict)

    @property
    def db(self) -> Session:
        """The operation's session; raises ``RuntimeError`` outside its transaction."""
        if self.session is None:
            msg = "this operation has no open transaction"
            raise RuntimeError(msg)
        return self.session

    def touch(self, changes: Changes) -> None:
        """Add to what the operation changed."""
        self.changes = self.changes | changes.described("")

    def record(self, model: type[Any], before: Snapshot | None, after: Snapshot | None) -> None:
        """Record a row written without the ORM (``before``/``after``: ``None`` = absent)."""
        self.rows.append((model, before, after))

    def record_flushed(
        self, model: type[Any], before: Snapshot | None, after: Snapshot | None
    ) -> None:
        """Record a row a flush wrote; a row written twice in the operation (an autoflush,
        then the final one) stays one entry, from its first state to its last."""
        values = after if after is not None else before
        if values is None:
            return
        key = (model, _identity(model, values))
        index = self._flushed.get(key)
        if index is None:
            self._flushed[key] = len(self.rows)
            self.rows.append((model, before, after))
        else:
            self.rows[index] = (model, self.rows[index][1], after)

    def forget_since(self, mark: int) -> None:
        """Forget the rows recorded after the first ``mark`` (a ``len(rows)``): a part of
        the operation whose transaction was rolled back (a failed import line)."""
        del self.rows[mark:]
        self._flushed = {key: index for key, index in self._flushed.items() if index < mark}

    def undo_with(self, revert: FollowUp, reapply: FollowUp) -> None:
        """Undo and redo a part of the operation that recorded no rows (written in a
        session of its own, with snapshots taken by the caller) by running ``revert`` or
        ``reapply``, each its own transaction, after the recorded rows."""
        self.steps.append((revert, reapply))

    def after_undo(self, follow_up: FollowUp) -> None:
        """Run ``follow_up`` after each undo and redo (rebuild derived data)."""
        self.follow_ups.append(follow_up)


@dataclass
class Collected:
    """What the operations of a ``Journal.collect`` block changed, and how many ran."""

    changes: Changes = field(default_factory=Changes)
    count: int = 0


class Journal:
    """Runs operations on one database and keeps their undo history (one per app)."""

    def __init__(self, database: Database, history: UndoHistory | None = None) -> None:
        self.database = database
        self.history = history if history is not None else UndoHistory()
        self._local = threading.local()
        # The version this journal last wrote of each versioned row (tags): an undo or redo
        # writes a row only while it is still at that version.
        self.written: dict[tuple[type[Any], Any], int] = {}

    @property
    def current(self) -> Operation | None:
        """The operation open in this thread, if any."""
        op: Operation | None = getattr(self._local, "op", None)
        return op

    @contextmanager
    def operation(
        self, description: str, changes: Changes = NOTHING, *, transaction: bool = True
    ) -> Iterator[Operation]:
        """Open an operation (one undo step) and, unless ``transaction=False``, its one
        transaction; inside an open operation, join it instead (nested service calls).

        On success the transaction commits and the step is recorded; on error nothing of
        it is kept and nothing is recorded.
        """
        outer = self.current
        if outer is not None:
            outer.touch(changes)
            if transaction and outer.session is None:
                with self._transaction(outer):
                    yield outer
            else:
                yield outer
            return
        op = Operation(description, changes.described(description))
        self._local.op = op
        try:
            if transaction:
                with self._transaction(op):
                    yield op
            else:
                yield op
        finally:
            self._local.op = None
        op.changes = op.changes.described(op.description)
        if op.undoable and (op.rows or op.follow_ups or op.steps):
            self.history.record(self._change(op))
        box: Collected | None = getattr(self._local, "box", None)
        if box is not None:
            box.changes = box.changes | op.changes
            box.count += 1

    @contextmanager
    def collect(self) -> Iterator[Collected]:
        """Gather what the operations run inside (in this thread) changed: how a caller
        that runs a service call learns its ``Changes`` (the UI's bus does)."""
        outer: Collected | None = getattr(self._local, "box", None)
        box = Collected()
        self._local.box = box
        try:
            yield box
        finally:
            self._local.box = outer
            if outer is not None:
                outer.changes = outer.changes | box.changes
                outer.count += box.count

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A transaction inside the open operation (for operations that commit in
        batches); outside one, a transaction of its own operation."""
        op = self.current
        if op is None:
            with self.operation("change") as own:
                yield own.db
            return
        if op.session is not None:
            yield op.session
            return
        with self._transaction(op):
            yield op.db

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session to read with: the open operation's (so that it sees its own writes),
        or a short one of its own."""
        op = self.current
        if op is not None and op.session is not None:
            yield op.session
            return
        with self.database.session() as session:
            yield session

    def undo(self) -> Changes | None:
        """Revert the latest step; return what it changed (described), or ``None``."""
        try:
            change = self.history.undo()
        except IntegrityError as exc:
            msg = "cannot undo: the data it depends on has changed since"
            raise UndoError(msg) from exc
        return change.changes.described(change.description) if change else None

    def redo(self) -> Changes | None:
        """Reapply the latest undone step; return what it changed, or ``None``."""
        try:
            change = self.history.redo()
        except IntegrityError as exc:
            msg = "cannot redo: the data it depends on has changed since"
            raise UndoError(msg) from exc
        return change.changes.described(change.description) if change else None

    # -- internals ----------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, op: Operation) -> Iterator[None]:
        with self.database.session() as session:
            op.session = session
            listener = _Recorder(op, self.written)
            event.listen(session, "after_flush", listener)
            try:
                yield
                session.flush()
            finally:
                event.remove(session, "after_flush", listener)
                op.session = None

    def _change(self, op: Operation) -> Change:
        rows = list(op.rows)
        follow_ups = list(op.follow_ups)
        steps = list(op.steps)

        written = self.written

        def apply(forward: bool) -> None:
            if not forward:  # undo: the parts in the reverse order of their writes
                for revert, _reapply in reversed(steps):
                    revert()
            with self.database.session() as session:
                for model, before, after in rows if forward else reversed(rows):
                    source, target = (before, after) if forward else (after, before)
                    _put(session, model, source, target, written)
            if forward:
                for _revert, reapply in steps:
                    reapply()
            for follow_up in follow_ups:
                follow_up()

        return Change(
            op.description, lambda: apply(False), lambda: apply(True), op.changes.described("")
        )


class _Recorder:
    """Records the rows each flush of an operation's session inserts, updates, deletes."""

    def __init__(self, op: Operation, written: dict[tuple[type[Any], Any], int]) -> None:
        self.op = op
        self.written = written

    def __call__(self, session: Session, _context: Any) -> None:
        for obj in sorted(session.new, key=_rank):
            self._note(obj, None, snapshot(obj))
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self._note(obj, _before(obj), snapshot(obj))
        for obj in sorted(session.deleted, key=_rank, reverse=True):
            self.op.record_flushed(type(obj), snapshot(obj), None)

    def _note(self, obj: Any, before: Snapshot | None, after: Snapshot) -> None:
        self.op.record_flushed(type(obj), before, after)
        if VERSION in after:
            self.written[(type(obj), _identity(type(obj), after))] = after[VERSION]


def _rank(row: Any) -> int:
    return 0 if isinstance(row, _PARENTS) else 1


def snapshot(row: Any) -> Snapshot:
    """The row's column values by attribute name."""
    return {attr.key: getattr(row, attr.key) for attr in inspect(type(row)).column_attrs}


def _before(row: Any) -> Snapshot:
    state = inspect(row)
    values: Snapshot = {}
    for attr in inspect(type(row)).column_attrs:
        history = state.attrs[attr.key].history
        values[attr.key] = history.deleted[0] if history.deleted else getattr(row, attr.key)
    return values


def _identity(model: type[Any], values: Snapshot) -> Any:
    keys = [column.key for column in inspect(model).primary_key]
    identity = tuple(values[key] for key in keys)
    return identity[0] if len(identity) == 1 else identity


def _put(
    session: Session,
    model: type[Any],
    source: Snapshot | None,
    target: Snapshot | None,
    written: dict[tuple[type[Any], Any], int],
) -> None:
    """Bring one row from ``source`` to ``target`` (``None``: absent), flushed at once so
    the order of the steps is the order of the writes. Raises ``RowConflict`` when the row
    is not as the step left it: gone, at another version (versioned rows), with other
    values (rows without a version: an article's title, status, …), or (an article to
    delete) with tags or entity marks the step does not hold."""
    values = target if target is not None else source
    if values is None:
        return
    identity = _identity(model, values)
    row = session.get(model, identity, with_for_update=True)
    if source is not None and target is not None and row is None:
        msg = "the changed item no longer exists (another coder may have deleted it)"
        raise RowConflict(msg)
    if row is not None and source is not None:
        _refuse_if_changed(session, model, row, source, target, written)
    if target is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(model(**target))
    else:
        for key, value in target.items():
            if key != VERSION:
                setattr(row, key, value)
        if VERSION in target:
            setattr(row, VERSION, getattr(row, VERSION) + 1)  # every change raises it
    session.flush()
    if target is not None and VERSION in target:
        current = session.get(model, identity)
        written[(model, identity)] = getattr(current, VERSION)


def _refuse_if_changed(
    session: Session,
    model: type[Any],
    row: Any,
    source: Snapshot,
    target: Snapshot | None,
    written: dict[tuple[type[Any], Any], int],
) -> None:
    """Raise ``RowConflict`` when ``row`` is not as the step left it (``source``)."""
    if VERSION in source:
        expected = written.get((model, _identity(model, source)), source[VERSION])
        if getattr(row, VERSION) != expected:
            raise RowConflict(_changed_by(row))
    else:
        changed = _changed_columns(model, row, source)
        if changed:
            raise RowConflict(_changed_since(row, changed))
    if target is None and isinstance(row, Article):
        _refuse_if_worked_on(session, row)


def _changed_columns(model: type[Any], row: Any, source: Snapshot) -> list[str]:
    """The columns of ``row`` (without a version) whose values are not ``source``'s,
    derived data aside."""
    derived = _DERIVED.get(model, frozenset())
    return [
        key for key, value in source.items() if key not in derived and getattr(row, key) != value
    ]


def _changed_since(row: Any, columns: list[str]) -> str:
    what = f"Article {row.id} “{row.title[:40]}”" if isinstance(row, Article) else "This item"
    fields = ", ".join(column.replace("_", " ") for column in columns)
    return (
        f"{what} was changed since ({fields}), in another window or from the command "
        "line; undo and redo leave that change alone. Nothing was written."
    )


def _refuse_if_worked_on(session: Session, article: Article) -> None:
    """Raise ``RowConflict`` when an article that a step would delete holds tags, entity
    marks or document labels that the step did not delete first (made since, by another
    window or coder): deleting the article would take them along unseen. On PostgreSQL
    a connection that codes blind cannot see the other coders' tags (the cascade would
    take them all the same): there only curators delete articles, as in
    ``services.deletion``."""
    if session.get_bind().dialect.name == "postgresql" and session.scalar(
        text("SELECT dragon_reader_codes_blind()")
    ):
        msg = (
            f"Article {article.id} “{article.title[:40]}” would be deleted, and on this "
            "server only a curator may delete articles (the other coders' tags, which you "
            "cannot see, would go with it). Nothing was written."
        )
        raise RowConflict(msg)
    counts = {
        "tag(s)": select(func.count()).where(Tag.article_id == article.id),
        "entity mark(s)": select(func.count()).where(
            Mention.article_id == article.id,
            Mention.origin != MentionOrigin.RECOGNIZER.value,
        ),
        "label(s)": select(func.count()).where(ArticleLabel.article_id == article.id),
    }
    found = [(session.scalar(count) or 0, noun) for noun, count in counts.items()]
    work = " and ".join(f"{number} {noun}" for number, noun in found if number)
    if work:
        msg = (
            f"Article {article.id} “{article.title[:40]}” has {work} made since, in another "
            "window or by another coder; undo and redo leave that work alone. Nothing was "
            "written."
        )
        raise RowConflict(msg)


def _changed_by(row: Any) -> str:
    by = f" by {row.annotator}" if getattr(row, "annotator", None) else ""
    at = getattr(row, "updated_at", None)
    when = f" at {at:%H:%M:%S}" if at else ""
    return (
        f"This was changed{by}{when} since; undo and redo leave another coder's change "
        "alone. Nothing was written."
    )
