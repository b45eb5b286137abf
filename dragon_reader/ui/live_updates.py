"""Live updates in the window: other coders' changes to a shared PostgreSQL database reach
it within a second or two, through the window's one change path (``apply_remote_changes``).

A Python thread waits for the server's notices (``services.live``); each batch crosses to
the window's thread as a queued Qt signal, so views are only touched there.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from dragon_reader.services.live import LiveUpdates, RemoteChanges


class LiveUpdatesBridge(QObject):
    """Runs a ``LiveUpdates`` listener in a thread of its own and re-emits its batches.

    Signals:
        changed(RemoteChanges): other coders committed these changes.
    """

    changed = Signal(object)

    def __init__(self, live: LiveUpdates, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = live
        self._thread = threading.Thread(
            target=live.run, args=(self._deliver,), name="live-updates", daemon=True
        )

    def start(self) -> None:
        """Start listening."""
        self._thread.start()

    def stop(self) -> None:
        """Stop listening (returns once the thread has ended, within about a second)."""
        self._live.stop()
        if self._thread.is_alive():
            self._thread.join(5.0)

    def _deliver(self, changes: RemoteChanges) -> None:
        self.changed.emit(changes)  # from the listener thread: queued to the window's
