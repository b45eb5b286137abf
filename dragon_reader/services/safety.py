"""Keeping the analyst's work safe: checks before opening, daily and pre-migration backups,
restoring a backup. Only for SQLite files (a server database has its own backups)."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dragon_reader.store.backup import (
    BackupInfo,  # re-exported: the window lists backups
    copy_database,
    has_leftover_wal,
    integrity_ok,
    list_backups,
    make_backup,
    move_aside,
    restore_backup,
)
from dragon_reader.store.database import (
    Database,
    DatabaseError,
    create_app_engine,
    database_url,
    migrate,
)

__all__ = [
    "BackupInfo",
    "StartupCheck",
    "backup_now",
    "backups_of",
    "check_before_open",
    "daily_backup",
    "restore_file",
    "restore_into",
    "sqlite_file",
]
log = logging.getLogger(__name__)


@dataclass
class StartupCheck:
    """What the check before opening found and did."""

    unclean_shutdown: bool = False
    damaged: bool = False
    moved_to: Path | None = None
    good_backups: list[BackupInfo] = field(default_factory=list)

    @property
    def message(self) -> str:
        """A few sentences for the user, empty when all is well."""
        if self.damaged:
            return (
                f"The database was damaged (found after an unclean shutdown) and has been "
                f"moved aside to {self.moved_to}. "
                + (
                    "The newest good backup can be restored now."
                    if self.good_backups
                    else "No backup was found; a new database is started."
                )
            )
        return ""


def check_before_open(database: Path) -> StartupCheck:
    """After an unclean shutdown (a leftover WAL), run an integrity check; move a damaged
    database (with its WAL) aside and list the backups that pass their own check."""
    check = StartupCheck()
    if not database.is_file() or not has_leftover_wal(database):
        return check
    check.unclean_shutdown = True
    if integrity_ok(database):
        log.info("leftover WAL beside %s; integrity check ok", database)
        return check
    log.error("integrity check failed for %s; moving it aside", database)
    check.damaged = True
    check.moved_to = move_aside(database, "damaged")
    check.good_backups = [b for b in list_backups(database) if integrity_ok(b.path)]
    return check


def daily_backup(database: Path) -> BackupInfo | None:
    """Make today's backup unless one exists; ``None`` when there was nothing to do."""
    if not database.is_file():
        return None
    today = datetime.now(UTC).date()
    if any(b.made_at.date() == today for b in list_backups(database)):
        return None
    try:
        info = make_backup(database, "daily")
    except (OSError, sqlite3.Error) as exc:
        log.warning("daily backup of %s failed: %s", database, exc)
        return None
    log.info("daily backup written: %s", info.path)
    return info


def sqlite_file(database: Database) -> Path | None:
    """The file behind an opened SQLite database, or ``None`` for other engines."""
    name = database.engine.url.database
    if database.is_sqlite and name and name != ":memory:":
        return Path(name)
    return None


def restore_into(database: Database, backup: Path) -> Path:
    """Replace the open database's file with ``backup``; return where the old file went.

    A backup from an older version is upgraded to this version's schema on a scratch copy
    before anything is replaced, so the window never runs on an old schema. Raises
    ``DatabaseError`` (nothing replaced) when the backup is damaged, is from a newer
    version, or cannot be upgraded. Connections are closed first; the engine reconnects
    to the restored file on next use.
    """
    path = sqlite_file(database)
    if path is None:
        msg = "restoring a backup works on SQLite databases only"
        raise ValueError(msg)
    if not integrity_ok(backup):
        msg = f"The backup {backup.name} is damaged; choose another. Nothing was changed."
        raise DatabaseError(msg)
    staged = path.with_name(f".{path.stem}-restoring{path.suffix}")
    try:
        _remove_with_sidecars(staged)
        copy_database(backup, staged)
        engine = create_app_engine(database_url(staged))
        try:
            migrate(engine, backup=False)
        finally:
            engine.dispose()
    except DatabaseError as exc:
        _remove_with_sidecars(staged)
        msg = f"The backup {backup.name} cannot be restored: {exc} Nothing was changed."
        raise DatabaseError(msg) from exc
    except (OSError, sqlite3.Error) as exc:
        _remove_with_sidecars(staged)
        msg = f"The backup {backup.name} cannot be restored: {exc}. Nothing was changed."
        raise DatabaseError(msg) from exc
    database.engine.dispose()
    try:
        kept = restore_backup(staged, path)
    finally:
        _remove_with_sidecars(staged)
    log.info("restored %s from %s (previous file kept as %s)", path, backup, kept)
    return kept


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def restore_file(backup: Path, database: Path) -> Path:
    """Replace a closed database file with ``backup``; return where the old file went."""
    return restore_backup(backup, database)


def backups_of(database: Database) -> list[BackupInfo]:
    """The backups of an open SQLite database, newest first (none for other engines)."""
    path = sqlite_file(database)
    return list_backups(path) if path is not None else []


def backup_now(database: Database) -> BackupInfo:
    """Make a verified backup of an open SQLite database now."""
    path = sqlite_file(database)
    if path is None:
        msg = "backups are made for SQLite databases only"
        raise ValueError(msg)
    return make_backup(path, "manual")
