"""File ▸ Export…: choose what, the format, filters and CSV options, then write it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.articles import ArticleStatus
from dragon_reader.domain.coding import TagKind
from dragon_reader.io.writers import ExportError, require_folder
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.exports import ExportFormat, ExportRequest, ExportWhat
from dragon_reader.services.interchange import ExportFilters, ExportOptions

WHAT = {
    "Tags": ExportWhat.TAGS,
    "Codebook (events and channels)": ExportWhat.CODEBOOK,
    "Entity mentions": ExportWhat.ENTITIES,
}
FORMATS = {
    "CSV (spreadsheets, R, pandas)": ExportFormat.CSV,
    "JSONL (doccano)": ExportFormat.JSONL,
    "brat standoff folder": ExportFormat.BRAT,
    "PLOVER event records (JSONL)": ExportFormat.PLOVER,
}


class ExportDialog(QDialog):
    """Collects an export's settings; the export itself runs in the window's work thread.

    Signals:
        export_requested(object): the ``ExportRequest`` to run, when Export is pressed.
    """

    export_requested = Signal(object)

    def __init__(
        self, corpus: Corpus, parent: QWidget | None = None, last_target: Path | None = None
    ) -> None:
        """``last_target``: the previous export's file; this one starts in its folder."""
        super().__init__(parent)
        self.setWindowTitle("Export")
        self._corpus = corpus
        self.what = QComboBox(self)
        self.what.addItems(list(WHAT))
        self.format = QComboBox(self)
        self.format.addItems(list(FORMATS))
        self.bom = QCheckBox("UTF-8 with BOM (Excel, LibreOffice)", self)
        self.bom.setChecked(True)
        self.guard = QCheckBox("Neutralise formulas (=, +, -, @ at the start of a cell)", self)
        self.guard.setChecked(True)
        self.kind = QComboBox(self)
        self.kind.addItems(["events and channels", "events only", "channels only"])
        self.status = QComboBox(self)
        self.status.addItems(["any status"] + [s.value for s in ArticleStatus])
        self.entry = QComboBox(self)
        self.entry.addItem("any entry")
        for name in [e.name for e in corpus.coding.events()] + [
            c.name for c in corpus.coding.channels()
        ]:
            self.entry.addItem(name)
        self.annotator = QLineEdit(self)
        self.annotator.setPlaceholderText("the curated set where there is one, else every coder")
        self.all_coders = QCheckBox("every coder's tags and the curated ones", self)
        self.all_coders.setObjectName("export_all_coders")
        self.use_dates = QCheckBox("only tags dated between", self)
        self.date_from = QDateEdit(QDate(2022, 1, 1), self)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        folder = last_target.parent if last_target is not None else Path.home()
        self.path = QLineEdit(str(folder / "dragon-reader-tags.csv"), self)
        for name, widget in (
            ("export_what", self.what),
            ("export_format", self.format),
            ("export_status", self.status),
            ("export_kind", self.kind),
            ("export_entry", self.entry),
            ("export_annotator", self.annotator),
            ("export_path", self.path),
        ):
            widget.setObjectName(name)
        self.format.currentIndexChanged.connect(lambda _i: self._suffix_for_format())
        self.what.currentIndexChanged.connect(lambda _i: self._suffix_for_format())
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path)
        path_row.addWidget(browse)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("and"))
        dates.addWidget(self.date_to)
        form = QFormLayout()
        form.addRow("&Export", self.what)
        form.addRow("&Format", self.format)
        form.addRow("", self.bom)
        form.addRow("", self.guard)
        form.addRow("&Kind", self.kind)
        form.addRow("Article &status", self.status)
        form.addRow("Codebook &entry", self.entry)
        form.addRow("&Annotator", self.annotator)
        form.addRow("", self.all_coders)
        form.addRow("", QWidget())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(dates)
        layout.addWidget(QLabel("Write to:"))
        layout.addLayout(path_row)
        # Why the export cannot start (a folder that does not exist): the dialog stays open.
        self.problem = QLabel(self)
        self.problem.setObjectName("export_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        export = buttons.button(QDialogButtonBox.StandardButton.Ok)
        export.setText("Export")
        export.setObjectName("export_button")
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def filters(self) -> ExportFilters:
        """The filters chosen."""
        kind = {1: TagKind.EVENT, 2: TagKind.CHANNEL}.get(self.kind.currentIndex())
        status = self.status.currentText()
        entry = self.entry.currentText()
        return ExportFilters(
            article_status=frozenset({ArticleStatus(status)})
            if status in {s.value for s in ArticleStatus}
            else None,
            kind=kind,
            entry_name=entry if self.entry.currentIndex() > 0 else None,
            annotator=self.annotator.text().strip() or None,
            all_coders=self.all_coders.isChecked(),
            date_from=_date(self.date_from) if self.use_dates.isChecked() else None,
            date_to=_date(self.date_to) if self.use_dates.isChecked() else None,
        )

    def request(self) -> ExportRequest:
        """The export the fields describe."""
        return ExportRequest(
            Path(self.path.text()).expanduser(),
            WHAT[self.what.currentText()],
            FORMATS[self.format.currentText()],
            self.filters(),
            ExportOptions(bom=self.bom.isChecked(), guard_formulas=self.guard.isChecked()),
        )

    def run(self) -> None:
        """Export: close, and ask for the export (``export_requested``); it runs in the
        window's work thread with progress and Stop in the status bar. A target in a
        folder that does not exist is said in the dialog, which stays open (an export never
        makes folders)."""
        request = self.request()
        try:
            require_folder(request.target)
        except ExportError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.accept()
        self.export_requested.emit(request)

    def _suffix_for_format(self) -> None:
        """Give the target the chosen format's ending (.csv, .jsonl, none for a brat
        folder), unless the user wrote some other ending."""
        path = Path(self.path.text())
        if path.suffix.lower() not in ("", ".csv", ".jsonl") or not path.name:
            return
        fmt = FORMATS[self.format.currentText()]
        if WHAT[self.what.currentText()] != ExportWhat.TAGS:
            fmt = ExportFormat.CSV  # the codebook and entities are always CSV
        suffix = {ExportFormat.BRAT: "", ExportFormat.CSV: ".csv"}.get(fmt, ".jsonl")
        self.path.setText(str(path.with_suffix(suffix)))

    def _choose(self) -> None:
        fmt = FORMATS[self.format.currentText()]
        if fmt == ExportFormat.BRAT:
            folder = QFileDialog.getExistingDirectory(self, "Export to folder")
            if folder:
                self.path.setText(folder)
            return
        suffix = "*.jsonl" if fmt in (ExportFormat.JSONL, ExportFormat.PLOVER) else "*.csv"
        name, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text(), suffix)
        if name:
            self.path.setText(name)


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
