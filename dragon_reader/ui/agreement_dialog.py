"""Tag ▸ Agreement report…: how far the coders agree, per kind, label, slot and article,
with the units behind each figure, and its export to CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.services.agreement import AgreementReport, agreement_report, write_csv
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.errors import ExportError
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.widgets import RowsModel, make_table


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{round(value, 2) or 0.0:.2f}"  # never "-0.00"


COLUMNS: list[tuple[str, Any]] = [
    ("What", lambda r: f"{r['kind']} {r['scope']} {r['name']}".strip()),
    ("alpha_u", lambda r: _figure(r["alpha_u"])),
    ("kappa", lambda r: _figure(r["kappa"])),
    ("alpha", lambda r: _figure(r["alpha"])),
    ("units", lambda r: str(r["units"])),
]


class AgreementDialog(QDialog):
    """The agreement report of every coder with tags (curated tags left out); "Export
    CSV…" writes it with the columns of ``dragon-reader agreement --csv``."""

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_dialog")
        self.setWindowTitle("Agreement report")
        self.resize(760, 560)
        self.report: AgreementReport | None = None
        self.summary = plain_label("", self)
        self.summary.setObjectName("agreement_summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel(COLUMNS, self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("agreement_table")
        self.export_button = QPushButton("Export CSV…", self)
        self.export_button.setObjectName("agreement_export")
        self.export_button.clicked.connect(self.ask_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        try:
            self.report = agreement_report(corpus)
        except ValueError as exc:
            self.summary.setText(f"No report: {exc}.")
            self.export_button.setEnabled(False)
            return
        rows = [row for row in self.report.rows() if row["scope"] != "article"]
        self.model.set_rows(rows)
        self.summary.setText(
            f"Coders: {', '.join(self.report.coders)} ({self.report.kappa_name}'s kappa). "
            "alpha_u: which characters each coder tagged with which entry; kappa and "
            "alpha: on the matched tags; units: how many each figure rests on. The CSV "
            "also has every article."
        )

    def ask_export(self) -> None:
        """Choose a file and write the report to it."""
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the agreement report", "", "CSV (*.csv)"
        )
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> int:
        """Write the report (every row, articles included) as CSV; return the row count."""
        if self.report is None:
            return 0
        try:
            count = write_csv(self.report, path)
        except OSError as exc:
            self.summary.setText(f"Cannot write {path}: {exc.strerror or exc}")
            return 0
        except ExportError as exc:
            self.summary.setText(str(exc))
            return 0
        self.summary.setText(f"Wrote {count} row(s) to {path}.")
        return count
