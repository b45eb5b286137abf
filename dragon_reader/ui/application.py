"""Start the Qt application: logging, one writer per database, safety checks, the window."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from dragon_reader import __version__
from dragon_reader.resources import resource
from dragon_reader.services.coding import default_annotator
from dragon_reader.services.corpus import Corpus, database_read_only_reason, open_corpus
from dragon_reader.services.errors import DamagedDatabaseError, DatabaseError, StorageError
from dragon_reader.services.locations import DATA_DIR_ENV, data_dir, default_database_path
from dragon_reader.services.logs import configure_logging
from dragon_reader.services.safety import (
    StartupCheck,
    check_before_open,
    check_damage,
    damage_advice,
    database_file,
    last_change,
    looks_like_ours,
    restore_file,
    sqlite_file,
    start_daily_backup,
)
from dragon_reader.ui.database_dialog import remembered_database
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.plain_text import plain
from dragon_reader.ui.single_instance import InstanceGuard

ORGANIZATION = "dragon-reader"
APPLICATION = "dragon-reader"
DESKTOP_FILE_NAME = "io.github.dragon_reader.DragonReader"
SETTINGS_ANNOTATOR = "annotator/name"
ANNOTATOR_ENV = "DRAGON_READER_ANNOTATOR"

log = logging.getLogger(__name__)
# Set once the database is open: what to tell the user when SQLite reports damage.
_damage_advice: list[Callable[[], str]] = []


def make_settings() -> QSettings:
    """Return the UI settings store; beside the data when ``$DRAGON_READER_DATA_DIR`` is set."""
    if os.environ.get(DATA_DIR_ENV):
        return QSettings(str(data_dir() / "ui-settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def app_icon() -> QIcon:
    """The application icon, from the bundled SVG and PNG sizes."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = resource(f"icons/dragon-reader-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def install_error_handlers(log_path: Path) -> None:
    """Unexpected errors are logged and shown in a dialog naming the log, never silent."""

    def show(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        if isinstance(error, KeyboardInterrupt):
            return
        app = QApplication.instance()
        if app is None:
            traceback.print_exception(kind, error, tb)
            return
        if isinstance(error, StorageError):
            QMessageBox.warning(None, "Dragon Reader could not save", plain(str(error)))
            return
        if isinstance(error, DamagedDatabaseError):
            advice = _damage_advice[0]() if _damage_advice else ""
            QMessageBox.critical(
                None, "Dragon Reader: damaged database", plain(f"{error}\n\n{advice}".strip())
            )
            return
        QMessageBox.critical(
            None,
            "Dragon Reader: unexpected error",
            plain(
                f"Something went wrong: {error}\n\nYour saved work is safe. The details are in "
                f"the log file:\n{log_path}"
            ),
        )

    sys.excepthook = show
    threading.excepthook = lambda args: show(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )

    def qt_messages(kind: QtMsgType, _context: object, message: str) -> None:
        level = logging.WARNING if kind == QtMsgType.QtWarningMsg else logging.INFO
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            level = logging.ERROR
        logging.getLogger("qt").log(level, message)

    qInstallMessageHandler(qt_messages)


def ask_annotator(settings: QSettings) -> str:
    """The annotator's name: asked once on the first run, then kept in the settings.

    ``$DRAGON_READER_ANNOTATOR`` answers without asking (scripts, tests).
    """
    from_env = os.environ.get(ANNOTATOR_ENV)
    if from_env:
        return from_env
    stored = settings.value(SETTINGS_ANNOTATOR)
    if isinstance(stored, str) and stored.strip():
        return stored
    name, ok = QInputDialog.getText(
        None,
        "Who is annotating?",
        "Your name or initials, recorded on every tag you make:",
        text=default_annotator(),
    )
    name = name.strip() if ok and name.strip() else default_annotator()
    settings.setValue(SETTINGS_ANNOTATOR, name)
    return name


def run_application(db: str | None, argv: list[str], files: list[str] | None = None) -> int:
    """Create the application and the main window; return the exit status."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Dragon Reader")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    log_path = configure_logging()
    install_error_handlers(log_path)
    log.info("Dragon Reader %s starting", __version__)
    files = [str(Path(f).resolve()) for f in files or []]

    settings = make_settings()
    target, remembered = startup_target(db, settings)
    # However the file is named (a URL, a symlink, a relative path): one lock per file.
    path = database_file(target)
    # A file that cannot be written opens read-only: nothing is written to it or beside it
    # (no lock file, no damage check moving it aside, no backup, no recognition stored).
    read_only = database_read_only_reason(target) is not None
    guard: InstanceGuard | None = None
    if path is not None and not read_only:
        guard = InstanceGuard(path)
        try:
            acquired = guard.acquire()
        except OSError as exc:
            log.error("cannot use %s: %s", path.parent, exc)
            QMessageBox.critical(
                None,
                "Dragon Reader",
                plain(
                    f"Cannot use the folder {path.parent} for the database: "
                    f"{exc.strerror or exc}. Choose another place with --db (or "
                    "DRAGON_READER_DATA_DIR)."
                ),
            )
            return 1
        if not acquired:
            if guard.send_to_running(files):
                log.info("handed %d file(s) to the running window", len(files))
                # Started from a terminal, say where the files went (a double-click shows
                # the running window instead).
                handed = f"{len(files)} file(s) handed to it" if files else "it was brought forward"
                print(
                    f"Dragon Reader is already open on {path}: {handed}.",
                    file=sys.stderr,
                )
                return 0
            QMessageBox.critical(
                None,
                "Dragon Reader",
                plain(
                    f"The database {path} is in use by {guard.holder()}, which does not answer. "
                    "Close the other Dragon Reader, or open another database with --db."
                ),
            )
            return 1
        guard.listen()
        if not _check_database(path):
            guard.release()
            return 1
    changed_at = last_change(path) if path is not None and not read_only else None

    corpus = _open(target, path, chosen_in_menu=remembered)
    if corpus is None:
        if guard is not None:
            guard.release()
        return 1
    _damage_advice[:] = [lambda: damage_advice(corpus.database)]
    file_path = sqlite_file(corpus.database) if not corpus.read_only else None
    window = MainWindow(corpus, settings)
    window.setWindowIcon(app.windowIcon())
    window.set_annotator(ask_annotator(settings))
    if guard is not None:
        guard.files_received.connect(lambda received: _bring_forward(window, received))
    window.show()
    # The daily backup runs once the window is up, in its own thread: a big database's
    # first start of the day is no slower than any other.
    backup = start_daily_backup(file_path, changed_at) if file_path is not None else None
    window.resume_or_idle()
    window.start_background_recognition()
    window.start_live_updates()
    if files:
        window.import_files([Path(f) for f in files])
    try:
        return app.exec()
    finally:
        if backup is not None:
            backup.join()
        _shutdown(corpus, guard)


def startup_target(db: str | None, settings: QSettings) -> tuple[str, bool]:
    """The database to open: ``--db``, else the one File ▸ Database… remembered, else the
    default file; and whether it is the remembered one."""
    if db:
        return db, False
    remembered = remembered_database(settings)
    if remembered:
        return remembered, True
    return str(default_database_path()), False


def _open(target: str, path: Path | None, chosen_in_menu: bool = False) -> Corpus | None:
    """Open the database, or say why not (``None``). When SQLite finds the file damaged
    (even without a leftover WAL) it is checked and its newest good backup offered.
    ``chosen_in_menu``: the target is the one File ▸ Database… remembered (the message
    then says how to open another)."""
    hint = (
        "\n\nThis database was chosen in File ▸ Database…. Start with --db PATH to open "
        "another, and choose again there."
        if chosen_in_menu
        else ""
    )
    try:
        return open_corpus(target)
    except DamagedDatabaseError as exc:
        log.error("cannot open %s: %s", target, exc)
        reopened = (
            _open_after_damage(path, target) if path is not None and looks_like_ours(path) else None
        )
        if reopened is None:
            QMessageBox.critical(
                None, "Dragon Reader", plain(f"Cannot open the database.\n\n{exc}{hint}")
            )
        return reopened
    except DatabaseError as exc:
        log.error("cannot open %s: %s", target, exc)
        QMessageBox.critical(
            None, "Dragon Reader", plain(f"Cannot open the database.\n\n{exc}{hint}")
        )
        return None


def _open_after_damage(path: Path, target: str) -> Corpus | None:
    """Check a file SQLite called damaged, offer its newest good backup, open again."""
    _offer_backup(check_damage(path, "when opening it"), path)
    try:
        return open_corpus(target)
    except DatabaseError as exc:
        log.error("cannot open %s after the damage check: %s", target, exc)
        return None


def _check_database(path: Path) -> bool:
    """Integrity check after an unclean shutdown; offer the newest good backup."""
    return _offer_backup(check_before_open(path), path)


def _offer_backup(check: StartupCheck, path: Path) -> bool:
    """Tell the user what the check found; restore the newest good backup if they agree."""
    if not check.damaged:
        return True
    if check.good_backups:
        newest = check.good_backups[0]
        answer = QMessageBox.question(
            None,
            "Dragon Reader: damaged database",
            plain(
                f"{check.message}\n\nRestore the backup of {newest.made_at:%Y-%m-%d %H:%M} "
                f"({newest.tag_count} tags)?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            restore_file(newest.path, path)
            return True
    else:
        QMessageBox.warning(None, "Dragon Reader: damaged database", plain(check.message))
    return True


def _bring_forward(window: MainWindow, files: list[str]) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if files:
        window.import_files([Path(f) for f in files])


def _shutdown(corpus: Corpus, guard: InstanceGuard | None) -> None:
    corpus.close()
    if guard is not None:
        guard.release()
    log.info("Dragon Reader stopped")
