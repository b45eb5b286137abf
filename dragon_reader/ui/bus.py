"""The one change signal of the window: operations run here, views listen here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from dragon_reader.domain.changes import Changes
from dragon_reader.services.coding import CodingError
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.entities import EntityError
from dragon_reader.services.errors import StorageError
from dragon_reader.services.journal import UndoError

T = TypeVar("T")
USER_ERRORS = (CodingError, EntityError, UndoError, StorageError, ValueError)


class ChangeBus(QObject):
    """Runs every operation of the window and announces what it changed.

    A controller never refreshes another view: it runs its service call through ``run``
    (or announces a change made elsewhere), and each view refreshes from the flags of
    ``Changes`` that concern it. Changes made by someone else (another coder, later) are
    announced here too.

    Signals:
        changed(object): a ``Changes`` value, after an operation, an undo or a redo.
        failed(str): an operation was refused or failed; the message is for the user
            (nothing of it was stored).
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, corpus: Corpus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus

    def run(self, call: Callable[[], T]) -> T | None:
        """Run one service call; emit ``changed`` with what its operations changed, or
        ``failed`` with the message of a refused one (then return ``None``)."""
        with self.corpus.journal.collect() as box:
            try:
                value = call()
            except USER_ERRORS as exc:
                self.failed.emit(str(exc))
                return None
        self.announce(box.changes)
        return value

    def apply(self, call: Callable[[], T]) -> T:
        """Like ``run``, but a refused operation raises its error to the caller (a dialog
        that shows the message beside its fields) instead of emitting ``failed``."""
        with self.corpus.journal.collect() as box:
            value = call()
        self.announce(box.changes)
        return value

    def undo(self) -> Changes | None:
        """Undo the latest change of any kind; return (and announce) what it changed."""
        done = self.run(self.corpus.undo)
        if done is not None:
            self.announce(done)
        return done

    def redo(self) -> Changes | None:
        """Redo the change undone last; return (and announce) what it changed."""
        done = self.run(self.corpus.redo)
        if done is not None:
            self.announce(done)
        return done

    def announce(self, changes: Changes) -> None:
        """Tell every view about ``changes`` (made by an operation or elsewhere)."""
        if changes.any:
            self.changed.emit(changes)
