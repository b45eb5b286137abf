"""What every controller of the window shares: the corpus, the bus, the shown article."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.actions import MainAction
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.current_article import CurrentArticle


@dataclass(frozen=True, slots=True)
class Desk:
    """The shared parts a controller is built with (never another controller)."""

    corpus: Corpus
    bus: ChangeBus
    settings: QSettings
    window: QMainWindow
    actions: dict[MainAction, QAction]
    current: CurrentArticle

    def say(self, message: str, milliseconds: int = 6000) -> None:
        """Show ``message`` in the status bar for a while."""
        self.window.statusBar().showMessage(message, milliseconds)

    def undo_mark(self) -> object | None:
        """What undo would revert now; give it to ``undo_hint`` after an operation."""
        return self.corpus.journal.history.latest

    def undo_hint(self, before: object | None) -> str:
        """ " — Ctrl+Z undoes." when an undo step was recorded since ``before`` (an
        ``undo_mark``), else "." (an import of nothing leaves nothing to undo)."""
        latest = self.corpus.journal.history.latest
        return " — Ctrl+Z undoes." if latest is not None and latest is not before else "."
