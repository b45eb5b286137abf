"""The import report (every file with its outcome) and Article ▸ Properties."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.articles import ArticleView
from dragon_reader.domain.coding import parse_day
from dragon_reader.services.corpus import Corpus, FileOutcome, ImportReport
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.plain_text import plain, plain_label
from dragon_reader.ui.widgets import RowsModel, add_save_cancel, make_table


def _outcome(item: FileOutcome) -> str:
    """The outcome as the report shows it: a text already stored that annotations were
    read into is "annotated", never a skipped duplicate (as the command line says)."""
    if item.outcome == "duplicate" and (item.tags or item.marks):
        return "annotated"
    return item.outcome


def _detail(item: FileOutcome) -> str:
    read = f"; {item.annotations_read()}" if item.annotations_read() else ""
    if item.outcome in ("failed", "skipped"):
        return item.reason or ""
    if item.outcome in ("duplicate", "stopped"):
        return (item.reason or "already stored") + read
    return f"article {item.article_id}, read as {item.encoding}{read}"


_LINE_OF_FILE = re.compile(r"^(?P<file>.+):(?P<line>\d+)$")


def _file_name(item: FileOutcome) -> str:
    """The file's name, and the line for a line of a JSONL file ("a.jsonl, line 2")."""
    if not item.source:
        return "(pasted text)"
    name = Path(item.source).name
    found = _LINE_OF_FILE.match(name)
    return f"{found['file']}, line {found['line']}" if found else name


class ReportRowsModel(RowsModel):
    """The report's rows; every cell's tooltip is its whole text (the File cell's the
    file's full path), as plain text."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            item: FileOutcome = self.rows[index.row()]
            text = item.source if index.column() == 0 else str(super().data(index) or "")
            return plain(text) if text else None
        return super().data(index, role)


class ImportReportDialog(QDialog):
    """Every file of an import with its outcome, reason or encoding, and below it what
    files held that was not imported (annotations outside the codebook)."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.resize(720, 420)
        self.model = ReportRowsModel(
            [
                ("File", _file_name),
                ("Outcome", _outcome),
                ("Details", _detail),
            ],
            self,
        )
        self.model.set_rows(report.outcomes)
        layout = QVBoxLayout(self)
        summary = plain_label(report.summary(), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        table = make_table(self.model, self)
        table.setObjectName("import_report_table")
        # A reason is a sentence (what a line of a file lacked, what was expected): the
        # Details column takes the width and wraps; each cell's whole text is its tooltip.
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, table.fontMetrics().averageCharWidth() * 28)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(table)
        self.notes = plain_label(
            "\n".join(f"{Path(n.source).name}: {n.text}" for n in report.notes), self
        )
        self.notes.setObjectName("import_notes")
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(report.notes))
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PropertiesDialog(QDialog):
    """Edit the shown article's title, outlet, byline, date and source URL.

    Without a stored date, the date inferred from the text is shown with its evidence and
    marked as inferred; "Confirm" copies it into the date field (saved with Save).
    """

    def __init__(
        self, corpus: Corpus, bus: ChangeBus, article: ArticleView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article properties")
        self.resize(560, 260)
        self._corpus = corpus
        self._bus = bus
        self.article = article
        self.title = QLineEdit(article.title, self)
        self.outlet = QLineEdit(article.outlet or "", self)
        self.byline = QLineEdit(article.byline or "", self)
        self.published = QLineEdit(article.published.isoformat() if article.published else "", self)
        self.published.setObjectName("published")
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.source_url = QLineEdit(article.source_url or "", self)
        self.source_url.setObjectName("source_url")
        self.source_url.setPlaceholderText("https://…")
        self.inferred = plain_label("", self)  # quotes the article's words
        self.inferred.setObjectName("published_inferred")
        self.inferred.setWordWrap(True)
        self.confirm_published = QPushButton("Confirm", self)
        self.confirm_published.setObjectName("confirm_published")
        self.confirm_published.hide()
        self._inferred_date: date | None = None
        if article.published is None:
            found = corpus.dates.article_dates(article.id, article.text, None).publication
            if found.published is not None and not found.day_known:
                # Only the month is known: nothing to confirm in one click without a day.
                self.inferred.setText(
                    f"Inferred {found.value} (month only) from: {found.evidence}. "
                    "Not confirmed: enter the day."
                )
                self.published.setPlaceholderText(f"{found.value}-DD")
            elif found.published is not None:
                self._inferred_date = found.published
                self.inferred.setText(
                    f"Inferred {found.value} ({found.certainty}) from: "
                    f"{found.evidence}. Not confirmed."
                )
                self.confirm_published.show()
                self.confirm_published.clicked.connect(self.confirm_inferred)
            else:
                self.inferred.setText("The text gives no publication date; enter it.")
        else:
            self.inferred.setText("Confirmed.")
        published_row = QHBoxLayout()
        published_row.addWidget(self.published)
        published_row.addWidget(self.confirm_published)
        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("&Outlet", self.outlet)
        form.addRow("&Byline", self.byline)
        # A row of a layout gets no buddy by itself: without one, "&Published" shows its "&".
        published_label = QLabel("&Published", self)
        published_label.setObjectName("published_label")
        published_label.setBuddy(self.published)
        form.addRow(published_label, published_row)
        form.addRow("", self.inferred)
        form.addRow("Source &URL", self.source_url)
        form.addRow("Source file", plain_label(article.source_file or "(pasted)", self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.error = add_save_cancel(self, layout, self.save)
        # Tall enough for every wrapped line of a long quoted evidence sentence.
        self.resize(560, max(260, self.heightForWidth(560)))

    def confirm_inferred(self) -> None:
        """Take the inferred date as the publication date (one click; Save stores it)."""
        if self._inferred_date is not None:
            self.published.setText(self._inferred_date.isoformat())
            self.error.clear()  # a message about the date typed before is out of date
            self.inferred.setText(f"Inferred {self._inferred_date.isoformat()}, confirmed.")
            self.confirm_published.hide()

    def save(self) -> None:
        """Store the edits (committed at once), or say what is wrong."""
        article = self.article
        try:
            text = self.published.text().strip()
            published = parse_day(text) if text else None
            # Only what was changed here is written: a title set meanwhile from the command
            # line (or by another coder) survives an edit of the outlet.
            changed: dict[str, str] = {
                name: field.text()
                for name, field, was in (
                    ("title", self.title, article.title),
                    ("outlet", self.outlet, article.outlet or ""),
                    ("byline", self.byline, article.byline or ""),
                    ("source_url", self.source_url, article.source_url or ""),
                )
                if field.text() != was
            }
            new_date = published != article.published
            if new_date or changed:
                self._bus.apply(
                    lambda: self._corpus.edit_metadata(
                        article.id,
                        published=published if new_date else None,
                        clear_published=new_date and published is None,
                        **changed,
                    )
                )
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
