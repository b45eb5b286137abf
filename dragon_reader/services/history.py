"""Undo and redo of the session's changes, without Qt.

Each change is recorded with two callables that each run their own committed transaction:
one puts the database back as it was before, the other as it was after. ``Journal``
(``services.journal``) builds them from the rows an operation wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dragon_reader.domain.changes import Changes


@dataclass(frozen=True, slots=True)
class Change:
    """One undoable change, how to revert and reapply it, and what it touches."""

    description: str
    revert: Callable[[], None]
    reapply: Callable[[], None]
    changes: Changes = field(default_factory=Changes)


@dataclass
class UndoHistory:
    """The session's changes: undo walks back, redo walks forward, a new change clears redo."""

    limit: int = 500
    _done: list[Change] = field(default_factory=list)
    _undone: list[Change] = field(default_factory=list)

    def record(self, change: Change) -> None:
        """Remember a change that has just been made."""
        self._done.append(change)
        del self._done[: -self.limit]
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        """True when there is a change to undo."""
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        """True when there is an undone change to redo."""
        return bool(self._undone)

    @property
    def latest(self) -> Change | None:
        """The change undo would revert (``None`` when nothing): compared before and after
        an operation, it tells whether the operation recorded a step."""
        return self._done[-1] if self._done else None

    @property
    def undo_text(self) -> str:
        """What undo would revert ("" when nothing)."""
        return self._done[-1].description if self._done else ""

    @property
    def redo_text(self) -> str:
        """What redo would reapply ("" when nothing)."""
        return self._undone[-1].description if self._undone else ""

    def undo(self) -> Change | None:
        """Revert the latest change and return it, or ``None`` if there is none.

        If reverting fails, the change stays on the undo stack and the error propagates.
        """
        if not self._done:
            return None
        change = self._done[-1]
        change.revert()
        self._done.pop()
        self._undone.append(change)
        return change

    def redo(self) -> Change | None:
        """Reapply the latest undone change and return it, or ``None`` if there is none."""
        if not self._undone:
            return None
        change = self._undone[-1]
        change.reapply()
        self._undone.pop()
        self._done.append(change)
        return change

    def clear(self) -> None:
        """Forget every change (e.g. after a restore or a bulk import)."""
        self._done.clear()
        self._undone.clear()
