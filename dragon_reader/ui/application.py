"""Start the Qt application: open the corpus, show errors as dialogs, run the window."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from dragon_reader import __version__
from dragon_reader.services.corpus import open_corpus
from dragon_reader.services.locations import DATA_DIR_ENV, data_dir
from dragon_reader.ui.main_window import MainWindow

ORGANIZATION = "dragon-reader"
APPLICATION = "dragon-reader"
DESKTOP_FILE_NAME = "io.github.dragon_reader.DragonReader"


def make_settings() -> QSettings:
    """Return the UI settings store; beside the data when ``$DRAGON_READER_DATA_DIR`` is set."""
    if os.environ.get(DATA_DIR_ENV):
        return QSettings(str(data_dir() / "ui-settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def run_application(db: str | None, argv: list[str]) -> int:
    """Create the application and the main window; return the exit status."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Dragon Reader")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    try:
        corpus = open_corpus(db)
    except Exception as exc:
        QMessageBox.critical(None, "Dragon Reader", f"Cannot open the database.\n\n{exc}")
        return 1
    window = MainWindow(corpus, make_settings())
    window.show()
    window.start_background_recognition()
    try:
        return app.exec()
    finally:
        corpus.close()
