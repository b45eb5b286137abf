"""Annotation sessions: start, stop, resume, and the status-bar clock with its tag count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from dragon_reader.domain.changes import Changes
from dragon_reader.ui.actions import MainAction
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.exporting import start_export
from dragon_reader.ui.plain_text import make_plain
from dragon_reader.ui.sessions_dialog import SessionsDialog, format_duration


class SessionsController(QObject):
    """The running session: tags record it; the label shows its time and tag count and
    refreshes every second and whenever tags or sessions change."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.setObjectName("sessions_controller")
        self.desk = desk
        self.label = make_plain(QLabel(desk.window))
        self.label.setObjectName("session_label")
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_label)
        desk.bus.changed.connect(self._on_changed)

    def handlers(self) -> dict[MainAction, Callable[[], object]]:
        """The actions this controller carries out."""
        return {
            MainAction.START_SESSION: self.start_session,
            MainAction.STOP_SESSION: self.stop_session,
            MainAction.SESSIONS: self.show_sessions,
        }

    @property
    def annotator(self) -> str:
        """Who is annotating (recorded on every tag)."""
        return self.desk.corpus.coding.annotator

    def set_annotator(self, name: str) -> None:
        """Record ``name`` on the tags from now on."""
        self.desk.corpus.coding.annotator = name

    def resume_or_idle(self) -> None:
        """Resume the session left open (after a restart or a crash), if there is one."""
        corpus = self.desk.corpus
        open_session = corpus.sessions.open_session()
        if open_session is not None:
            corpus.coding.session_id = open_session.id
            self.timer.start()
            self.desk.say("Resumed the annotation session left open.", 6000)
        self.update_label()

    def start_session(self) -> None:
        """Start an annotation session: tags record it; the status bar shows time and tags."""
        corpus = self.desk.corpus
        started = self.desk.bus.run(lambda: corpus.sessions.start(self.annotator))
        if started is not None:
            corpus.coding.session_id = started.id
            self.timer.start()
            self.update_label()

    def stop_session(self) -> None:
        """End the running session."""
        corpus = self.desk.corpus
        session_id = corpus.coding.session_id
        if session_id is None:
            return
        ended = self.desk.bus.run(lambda: corpus.sessions.stop(session_id))
        corpus.coding.session_id = None
        self.timer.stop()
        self.update_label()
        if ended is not None:
            self.desk.say(
                f"Session ended: {format_duration(ended.duration().total_seconds())}, "
                f"{ended.tags_made} tag(s) in {ended.articles_touched} article(s).",
                8000,
            )

    def show_sessions(self) -> SessionsDialog:
        """Session ▸ Sessions…"""
        dialog = SessionsDialog(self.desk.corpus.sessions, self.desk.window)
        dialog.setObjectName("sessions_dialog")
        dialog.export_requested.connect(
            lambda request: start_export(self.desk, request, dialog.exported)
        )
        dialog.open()
        return dialog

    def update_label(self) -> None:
        """Show the running session's time and tags (or "No session")."""
        corpus = self.desk.corpus
        session_id = corpus.coding.session_id
        running = session_id is not None
        self.desk.actions[MainAction.START_SESSION].setEnabled(not running)
        self.desk.actions[MainAction.STOP_SESSION].setEnabled(running)
        if session_id is None:
            self.label.setText("No session")
            return
        summary = corpus.sessions.summary(session_id)
        if summary is None:
            return
        self.label.setText(
            f"Session {format_duration(summary.duration().total_seconds())} · "
            f"{summary.tags_made} tag{'s' if summary.tags_made != 1 else ''}"
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.tags or changes.sessions:
            self.update_label()
