"""The one change signal of the window: operations run here, views listen here."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from dragon_reader.domain.changes import Changes
from dragon_reader.services.coding import CodingError
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.entities import EntityError
from dragon_reader.services.errors import StorageError
from dragon_reader.services.journal import Journal, UndoError

T = TypeVar("T")
USER_ERRORS = (CodingError, EntityError, UndoError, StorageError, ValueError)
Progress = Callable[[int, int], bool]
PROGRESS_INTERVAL = 0.05  # seconds between two progress signals of long work


class _Worker(QObject):
    """Runs one long call in the work thread, collecting the ``Changes`` of its operations.

    Signals:
        progress(int, int): done, total, as the call reports them.
        finished(object, object, str): the call's value, its ``Changes``, and the message of
            a refused operation ("" when it succeeded).
    """

    progress = Signal(int, int)
    finished = Signal(object, object, str)

    def __init__(self, journal: Journal, call: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._journal = journal
        self._call = call
        self.stopped = False

    @Slot()
    def run(self) -> None:
        shown = 0.0

        def report(done: int, total: int) -> bool:
            nonlocal shown
            now = time.monotonic()
            if done in (0, total) or now - shown >= PROGRESS_INTERVAL:
                shown = now  # a few updates a second: the window's queue never floods
                self.progress.emit(done, total)
            return not self.stopped

        value: Any = None
        message = ""
        with self._journal.collect() as box:
            try:
                value = self._call(report)
            except USER_ERRORS as exc:
                message = str(exc)
        self.finished.emit(value, box.changes, message)


class ChangeBus(QObject):
    """Runs every operation of the window and announces what it changed.

    A controller never refreshes another view: it runs its service call through ``run``
    (short ones) or ``start`` (long ones, in the work thread), or announces a change made
    elsewhere; each view refreshes from the flags of ``Changes`` that concern it. Changes
    made by someone else (another coder, later) are announced here too. While long work
    runs, other operations wait for it (``run`` refuses them with a message).

    Signals:
        changed(object): a ``Changes`` value, after an operation, an undo or a redo.
        failed(str): an operation was refused or failed; the message is for the user
            (nothing of it was stored).
        work_progress(str, int, int): long work's description, done and total.
        work_finished(): long work ended (done, stopped or refused).
    """

    changed = Signal(object)
    failed = Signal(str)
    work_progress = Signal(str, int, int)
    work_finished = Signal()

    def __init__(self, corpus: Corpus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self._work: tuple[QThread, _Worker, str, Callable[[Any], None] | None] | None = None

    @property
    def busy(self) -> bool:
        """True while long work runs."""
        return self._work is not None

    def run(self, call: Callable[[], T]) -> T | None:
        """Run one service call; emit ``changed`` with what its operations changed, or
        ``failed`` with the message of a refused one (then return ``None``)."""
        if self._refuse_while_busy():
            return None
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
        if self.busy:
            msg = f"wait until {self._work[2] if self._work else 'the work'} has finished"
            raise ValueError(msg)
        with self.corpus.journal.collect() as box:
            value = call()
        self.announce(box.changes)
        return value

    def start(
        self,
        description: str,
        call: Callable[[Progress], T],
        done: Callable[[T], None] | None = None,
    ) -> bool:
        """Run ``call(progress)`` in the work thread; the window stays responsive and shows
        ``description`` ("… {done} of {total}") with Stop. When it ends, ``changed`` is
        emitted and ``done(value)`` called (or ``failed`` emitted). ``progress`` returns
        ``False`` once Stop was pressed. False when other work is still running."""
        if self._refuse_while_busy():
            return False
        thread = QThread(self)
        worker = _Worker(self.corpus.journal, call)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.finished.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        self._work = (thread, worker, description, done)
        self.work_progress.emit(description, 0, 0)
        thread.start()
        return True

    def stop(self) -> None:
        """Ask the long work to stop after the step under way (what is done stays)."""
        if self._work is not None:
            self._work[1].stopped = True

    def wait(self, milliseconds: int = 30_000) -> None:
        """Stop the long work and wait for its thread (when the window closes)."""
        if self._work is not None:
            thread = self._work[0]
            self.stop()
            thread.quit()
            thread.wait(milliseconds)

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

    # -- internals ----------------------------------------------------------------------------

    def _refuse_while_busy(self) -> bool:
        if self._work is None:
            return False
        self.failed.emit(f"Wait until {self._work[2].split('{')[0].strip(' …')} has finished.")
        return True

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self._work is not None:
            self.work_progress.emit(self._work[2], done, total)

    @Slot(object, object, str)
    def _finished(self, value: Any, changes: Changes, message: str) -> None:
        work, self._work = self._work, None
        if work is not None:
            work[0].wait(10_000)
        self.work_finished.emit()
        self.announce(changes)
        if message:
            self.failed.emit(message)
        elif work is not None and work[3] is not None:
            work[3](value)
