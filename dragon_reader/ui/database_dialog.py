"""File ▸ Database…: choose the database the window opens (an SQLite file or a team's
PostgreSQL server), checked before it is remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.services.connection import (
    DatabaseChoiceError,
    check_choice,
    parse_choice,
    pgpass_path,
    remember_password,
)
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.widgets import add_save_cancel

SETTINGS_DATABASE = "database/target"


def remembered_database(settings: QSettings) -> str | None:
    """The database chosen in File ▸ Database… (``None``: the default one)."""
    value = settings.value(SETTINGS_DATABASE, "")
    return str(value) if value else None


class DatabaseDialog(QDialog):
    """Type a file path or a ``postgresql://`` URL (or browse for a file); Save checks
    that it opens, keeps a typed password only in libpq's password file when asked (never
    in the settings), and remembers the choice for the next start.

    Signals:
        chosen(str): the database remembered ("" for the default), once saved.
    """

    chosen = Signal(str)

    def __init__(self, settings: QSettings, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("database_dialog")
        self.setWindowTitle("Database")
        self.resize(620, 240)
        self.settings = settings
        self.target = QLineEdit(remembered_database(settings) or "", self)
        self.target.setObjectName("database_target")
        self.target.setPlaceholderText(
            "empty: the default file · /path/to/lab.sqlite3 · postgresql://ana@server/lab"
        )
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self.browse)
        self.keep_password = QCheckBox(
            f"Keep the password in {pgpass_path()} (readable by you only)", self
        )
        self.keep_password.setObjectName("keep_password")
        self.keep_password.setChecked(True)
        self.found = plain_label("", self)
        self.found.setObjectName("database_found")
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(f"Open now: {current}", self))
        layout.addWidget(QLabel("Database to open from the next start:", self))
        layout.addLayout(row)
        layout.addWidget(self.keep_password)
        layout.addWidget(
            plain_label(
                "A password typed in a URL is never kept in Dragon Reader's settings.", self
            )
        )
        layout.addWidget(self.found)
        self.error = add_save_cancel(self, layout, self.save)

    def browse(self) -> None:
        """Choose an SQLite file (a new name makes a new database)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Database file",
            self.target.text(),
            "Dragon Reader databases (*.sqlite3 *.sqlite *.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.target.setText(name)

    def save(self) -> None:
        """Check the database, remember it and close; or say why not and stay open."""
        try:
            choice = parse_choice(self.target.text())
            if choice is not None:
                self.found.setText(f"Found {check_choice(choice)}.")
                if choice.password is not None and self.keep_password.isChecked():
                    remember_password(choice)
        except DatabaseChoiceError as exc:
            self.error.setText(str(exc))
            return
        except OSError as exc:
            self.error.setText(f"cannot write the password file: {exc.strerror or exc}")
            return
        remembered = choice.target if choice is not None else ""
        if remembered:
            self.settings.setValue(SETTINGS_DATABASE, remembered)
        else:
            self.settings.remove(SETTINGS_DATABASE)
        self.settings.sync()
        self.chosen.emit(remembered)
        self.accept()
