"""The import report (every file with its outcome) and Article ▸ Properties."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.articles import ArticleView
from dragon_reader.services.corpus import Corpus, FileOutcome, ImportReport
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.widgets import RowsModel, add_save_cancel, make_table


def _detail(item: FileOutcome) -> str:
    if item.outcome == "failed":
        return item.reason or ""
    if item.outcome in ("duplicate", "stopped"):
        return item.reason or "already stored"
    return f"article {item.article_id}, read as {item.encoding}"


class ImportReportDialog(QDialog):
    """Every file of an import with its outcome, reason or encoding."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.resize(720, 420)
        self.model = RowsModel(
            [
                ("File", lambda o: Path(o.source).name if o.source else "(pasted text)"),
                ("Outcome", lambda o: o.outcome),
                ("Details", _detail),
            ],
            self,
        )
        self.model.set_rows(report.outcomes)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(report.summary(), self))
        layout.addWidget(make_table(self.model, self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PropertiesDialog(QDialog):
    """Edit the shown article's title, outlet, byline and date."""

    def __init__(
        self, corpus: Corpus, bus: ChangeBus, article: ArticleView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article properties")
        self.resize(560, 220)
        self._corpus = corpus
        self._bus = bus
        self.article = article
        self.title = QLineEdit(article.title, self)
        self.outlet = QLineEdit(article.outlet or "", self)
        self.byline = QLineEdit(article.byline or "", self)
        self.published = QLineEdit(article.published.isoformat() if article.published else "", self)
        self.published.setPlaceholderText("YYYY-MM-DD")
        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("&Outlet", self.outlet)
        form.addRow("&Byline", self.byline)
        form.addRow("&Published", self.published)
        form.addRow("Source file", plain_label(article.source_file or "(pasted)", self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.error = add_save_cancel(self, layout, self.save)

    def save(self) -> None:
        """Store the edits (committed at once), or say what is wrong."""
        try:
            text = self.published.text().strip()
            published = date.fromisoformat(text) if text else None
            self._bus.apply(
                lambda: self._corpus.update_metadata(
                    self.article.id,
                    self.title.text(),
                    self.outlet.text(),
                    self.byline.text(),
                    published,
                )
            )
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
