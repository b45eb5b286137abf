"""Reads for the window done in threads of their own, their values handed back to it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Read(QObject):
    """Runs one read in its thread (as ``TimelineLoader`` does the timeline's).

    Signals:
        finished(object): this read, once ``value`` is set (``failed`` says whether the
            call raised; the error is logged).
    """

    finished = Signal(object)

    def __init__(self, kind: str, generation: int, call: Callable[[], Any]) -> None:
        super().__init__()
        self.kind = kind
        self.generation = generation
        self._call = call
        self.value: Any = None
        self.failed = False

    @Slot()
    def run(self) -> None:
        try:
            self.value = self._call()
        except Exception:  # the view keeps what it showed; the next change reads again
            log.exception("reading %s in the background failed", self.kind)
            self.failed = True
        self.finished.emit(self)


class BackgroundReads(QObject):
    """Reads that a view needs but need not wait for (counts, lists of choices), each in a
    thread of its own with its own database connection, so that the window's thread goes
    on (paints, answers keys) meanwhile.

    ``start(kind, call, done)`` runs ``call()`` (a service read that changes nothing) off
    the window's thread and calls ``done(value)`` on it. Only the latest read of a kind
    counts: one started after a change supersedes those started before it, whose values
    are dropped, so a view never shows a value older than the last change it was told of.
    A read that raises is logged and hands nothing back.

    Signals:
        settled(): no read is under way any more.
    """

    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: dict[str, int] = {}
        self._done: dict[str, Callable[[Any], None]] = {}
        self._running: dict[_Read, QThread] = {}

    @property
    def busy(self) -> bool:
        """True while a read is under way."""
        return bool(self._running)

    def pending(self, kind: str) -> bool:
        """True while the latest read of ``kind`` has not handed its value back."""
        return kind in self._done

    def start(self, kind: str, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Read ``call()`` in a thread; ``done(value)`` on this object's thread after."""
        generation = self._latest.get(kind, 0) + 1
        self._latest[kind] = generation
        self._done[kind] = done
        thread = QThread(self)
        read = _Read(kind, generation, call)
        read.moveToThread(thread)
        thread.started.connect(read.run)
        read.finished.connect(self._take)
        thread.finished.connect(read.deleteLater)
        thread.finished.connect(thread.deleteLater)
        self._running[read] = thread
        thread.start()

    def stop(self, milliseconds: int = 30_000) -> None:
        """Drop every value still to come and wait for the threads (the window closes)."""
        self._done.clear()
        for read, thread in list(self._running.items()):
            thread.quit()
            thread.wait(milliseconds)
            self._running.pop(read, None)

    @Slot(object)
    def _take(self, read: _Read) -> None:
        thread = self._running.pop(read, None)
        if thread is not None:
            thread.quit()
            thread.wait()
        if read.generation == self._latest.get(read.kind):
            done = self._done.pop(read.kind, None)
            if done is not None and not read.failed:
                done(read.value)
        if not self._running:
            self.settled.emit()
