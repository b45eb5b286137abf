"""The Sessions view: past annotation sessions with what they produced; export to CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.services.exports import ExportRequest, ExportWhat
from dragon_reader.services.interchange import ExportResult
from dragon_reader.services.sessions import SessionService, SessionSummary
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.widgets import RowsModel, make_table


def format_duration(seconds: float) -> str:
    """``H:MM:SS`` for a duration in seconds."""
    total = int(seconds)
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


class SessionsDialog(QDialog):
    """Lists sessions newest first; "Export CSV…" has them written out.

    Signals:
        export_requested(object): an ``ExportRequest`` of the sessions, for the work thread.
    """

    export_requested = Signal(object)

    def __init__(self, sessions: SessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Annotation sessions")
        self.resize(640, 380)
        self._sessions = sessions
        self.model = RowsModel(
            [
                ("Started", lambda s: s.started.strftime("%Y-%m-%d %H:%M")),
                ("Annotator", lambda s: s.annotator),
                (
                    "Duration",
                    lambda s: (
                        format_duration(s.duration().total_seconds())
                        + ("" if s.ended else " (running)")
                    ),
                ),
                ("Articles", lambda s: s.articles_touched),
                ("Tags", lambda s: s.tags_made),
            ],
            self,
        )
        self.view = make_table(self.model, self)
        export = QPushButton("Export CSV…", self)
        export.clicked.connect(self._export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.info = plain_label("", self)  # shows a path
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.info)
        layout.addWidget(export)
        layout.addWidget(buttons)
        rows: list[SessionSummary] = sessions.all_sessions()
        self.model.set_rows(rows)

    def export_to(self, target: Path) -> None:
        """Ask for the sessions to be written to ``target`` as CSV in the work thread
        (``export_requested``); ``exported`` says how it went."""
        self.info.setText(f"Writing the sessions to {target}…")
        self.export_requested.emit(ExportRequest(target, ExportWhat.SESSIONS))

    def exported(self, outcome: ExportResult | str | None) -> None:
        """Say how the export went: sessions written, a failure's reason, or stopped."""
        if isinstance(outcome, ExportResult):
            self.info.setText(f"Wrote {outcome.rows} session(s) to {outcome.path}")
        elif isinstance(outcome, str):
            self.info.setText(outcome)
        else:
            self.info.setText("The export was stopped; nothing was written.")

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export sessions", str(Path.home() / "sessions.csv"), "CSV (*.csv)"
        )
        if name:
            self.export_to(Path(name))
