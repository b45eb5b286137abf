"""File ▸ Restore backup…: the verified backups with dates and tag counts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.services.corpus import Corpus
from dragon_reader.services.errors import DatabaseError
from dragon_reader.services.safety import BackupInfo, backup_now, backups_of
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.plain_text import plain, plain_label
from dragon_reader.ui.widgets import RowsModel, make_table


class BackupDialog(QDialog):
    """Lists backups newest first; restores one (every view reads again from the bus's
    ``Changes.everything()``), or makes one now."""

    def __init__(self, corpus: Corpus, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle("Backups")
        self.resize(620, 360)
        self._corpus = corpus
        self._bus = bus
        self.model = RowsModel(
            [
                ("Made", lambda b: b.made_at.strftime("%Y-%m-%d %H:%M:%S UTC")),
                ("Why", lambda b: b.reason),
                ("Tags", lambda b: "?" if b.tag_count is None else b.tag_count),
                ("Kind", _kind),
                ("Size", lambda b: _megabytes(b.size)),
            ],
            self,
        )
        self.view = make_table(self.model, self)
        self.info = plain_label(  # later shows paths
            "A verified backup is made on the first start of each day and before every "
            "database upgrade: a full copy, or on a day that changed little, the pages that "
            "changed since the newest full copy. Restoring keeps the current database "
            "beside it.",
            self,
        )
        self.info.setWordWrap(True)
        restore = QPushButton("&Restore the chosen backup…", self)
        restore.clicked.connect(self._ask_restore)
        make = QPushButton("&Back up now", self)
        make.clicked.connect(self.make_backup)
        row = QHBoxLayout()
        row.addWidget(restore)
        row.addWidget(make)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the backup list again."""
        rows: list[BackupInfo] = backups_of(self._corpus.database)
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def make_backup(self) -> BackupInfo:
        """Back up now and list it."""
        info = backup_now(self._corpus.database)
        self.reload()
        self.info.setText(f"Backed up {info.tag_count} tags to {info.path}")
        return info

    def restore(self, backup: BackupInfo) -> None:
        """Replace the database with ``backup`` (the current file is kept beside it)."""
        try:
            done = self._bus.run(lambda: self._corpus.restore(backup.path))
        except DatabaseError as exc:  # a damaged backup, or one this version cannot use
            self.info.setText(str(exc))
            QMessageBox.warning(self, "Restore backup", plain(str(exc)))
            return
        if done is None:
            return
        kept, changes = done
        self._bus.announce(changes)
        self.info.setText(f"Restored. The database as it was is kept at {kept}")

    def _ask_restore(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        backup: BackupInfo = self.model.rows[row]
        answer = QMessageBox.question(
            self,
            "Restore backup",
            f"Replace the database with the backup of {backup.made_at:%Y-%m-%d %H:%M} "
            f"({backup.tag_count} tags)? The current database is kept beside it.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(backup)


def _kind(backup: BackupInfo) -> str:
    """A full copy, or the pages changed since the full copy it needs."""
    if backup.base is None:
        return "full copy"
    since = backup.base_made_at
    return f"changes since {since:%Y-%m-%d %H:%M}" if since else "changes"


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} kB"
