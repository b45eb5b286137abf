"""The Sessions view: past annotation sessions with what they produced; export to CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.services.sessions import SessionService, SessionSummary
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.widgets import RowsModel, make_table


def format_duration(seconds: float) -> str:
    """``H:MM:SS`` for a duration in seconds."""
    total = int(seconds)
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


class SessionsDialog(QDialog):
    """Lists sessions newest first; "Export CSV…" writes them out."""

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

    def export_to(self, target: Path) -> int:
        """Write the sessions to ``target`` as CSV; return the row count."""
        count = self._sessions.export_csv(target)
        self.info.setText(f"Wrote {count} session(s) to {target}")
        return count

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export sessions", str(Path.home() / "sessions.csv"), "CSV (*.csv)"
        )
        if name:
            self.export_to(Path(name))
