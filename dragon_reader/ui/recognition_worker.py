"""Recognise stale articles in a background thread, reporting progress."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.entities import EntityService


class RecognitionWorker(QObject):
    """Runs ``EntityService.recognize`` over ids; lives in its own ``QThread``.

    Signals:
        progress(int, int): articles done, articles in all.
        finished(int): how many articles were recognised.
    """

    progress = Signal(int, int)
    finished = Signal(int)

    def __init__(self, entities: EntityService, article_ids: list[ArticleId]) -> None:
        super().__init__()
        self._entities = entities
        self._ids = article_ids
        self._cancelled = False

    def cancel(self) -> None:
        """Stop after the article being recognised (its work is committed)."""
        self._cancelled = True

    @Slot()
    def run(self) -> None:
        """Recognise every id, one transaction each."""

        def report(done: int, total: int) -> bool:
            self.progress.emit(done, total)
            return not self._cancelled

        done = self._entities.recognize(self._ids, report)
        self.finished.emit(done)


def start_recognition(
    entities: EntityService, article_ids: list[ArticleId], parent: QObject
) -> tuple[QThread, RecognitionWorker]:
    """Start a worker thread over ``article_ids``; the caller connects to its signals."""
    thread = QThread(parent)
    worker = RecognitionWorker(entities, article_ids)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread, worker
