"""Derived data made in a background thread, reporting progress: recognised mentions,
publication dates read from the texts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.entities import EntityService

log = logging.getLogger(__name__)
Progress = Callable[[int, int], bool]


class BackgroundPass(QObject):
    """Runs ``call(progress)`` once, in its own ``QThread``; ``progress`` returns False
    once ``cancel`` was called, and the call stops after the step under way (each step
    commits its own work).

    Signals:
        progress(int, int): done, in all.
        finished(object): what the call returned, or ``None`` when it failed (the error
            is logged: derived data is made again on the next pass).
    """

    progress = Signal(int, int)
    finished = Signal(object)

    def __init__(self, call: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._call = call
        self._cancelled = False

    def cancel(self) -> None:
        """Stop after the step under way (its work is committed)."""
        self._cancelled = True

    @Slot()
    def run(self) -> None:
        def report(done: int, total: int) -> bool:
            self.progress.emit(done, total)
            return not self._cancelled

        value: Any = None
        try:
            value = self._call(report)
        except Exception:  # a pass in the background must not take the window down
            log.exception("background pass failed")
        self.finished.emit(value)


def start_pass(call: Callable[[Progress], Any], parent: QObject) -> tuple[QThread, BackgroundPass]:
    """Start ``call`` in a thread of its own; the caller connects to the pass's signals."""
    thread = QThread(parent)
    worker = BackgroundPass(call)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread, worker


def start_recognition(
    entities: EntityService, article_ids: list[ArticleId], parent: QObject
) -> tuple[QThread, BackgroundPass]:
    """Recognise ``article_ids`` (one transaction each); ``finished`` gives how many."""
    return start_pass(lambda report: entities.recognize(article_ids, report), parent)


def start_publication_inference(corpus: Corpus, parent: QObject) -> tuple[QThread, BackgroundPass]:
    """Read and store the publication dates of undated articles not inferred yet
    (``Corpus.infer_publications``); ``finished`` gives the ids whose date changed."""
    return start_pass(corpus.infer_publications, parent)
