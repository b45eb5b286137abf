"""Tag ▸ Agreement report…: how far the coders agree, per kind, label, slot and article,
with the units behind each figure, and its export to CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.services.agreement import AgreementReport, agreement_report
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.exports import ExportRequest, ExportWhat
from dragon_reader.services.interchange import ExportResult
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
    CSV…" has it written with the columns of ``dragon-reader agreement --csv``.

    Signals:
        export_requested(object): an ``ExportRequest`` of the report, for the work thread.
    """

    export_requested = Signal(object)

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

    def export(self, path: Path) -> None:
        """Ask for the report (every row, articles included) to be written as CSV to
        ``path`` in the work thread (``export_requested``); ``exported`` says how it went."""
        if self.report is None:
            return
        self.summary.setText(f"Writing the report to {path}…")
        self.export_requested.emit(ExportRequest(path, ExportWhat.AGREEMENT))

    def exported(self, outcome: ExportResult | str | None) -> None:
        """Say how the export went: rows written, a failure's reason, or stopped."""
        if isinstance(outcome, ExportResult):
            self.summary.setText(f"Wrote {outcome.rows} row(s) to {outcome.path}.")
        elif isinstance(outcome, str):
            self.summary.setText(outcome)
        else:
            self.summary.setText("The export was stopped; nothing was written.")
