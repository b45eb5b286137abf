"""Keeping the analyst's work safe: checks before opening, daily and pre-migration backups,
restoring a backup. Only for SQLite files (a server database has its own backups)."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dragon_reader.store.backup import (
    KEEP_BACKUPS,
    BackupInfo,  # re-exported: the window lists backups
    backup_sound,
    copy_backup,
    has_leftover_wal,
    integrity_ok,
    list_backups,
    make_backup,
    make_changes_backup,
    move_aside,
    restore_backup,
    sound_backups,
)
from dragon_reader.store.database import (
    Database,
    DatabaseError,
    create_app_engine,
    database_url,
    migrate,
    sqlite_file_named,
)

__all__ = [
    "BackupInfo",
    "StartupCheck",
    "backup_now",
    "backups_of",
    "check_before_open",
    "check_damage",
    "daily_backup",
    "damage_advice",
    "last_change",
    "looks_like_ours",
    "restore_file",
    "restore_into",
    "sqlite_file",
    "start_daily_backup",
]
log = logging.getLogger(__name__)


@dataclass
class StartupCheck:
    """What the check before opening found and did."""

    unclean_shutdown: bool = False
    damaged: bool = False
    moved_to: Path | None = None
    good_backups: list[BackupInfo] = field(default_factory=list)
    cause: str = "after an unclean shutdown"

    @property
    def message(self) -> str:
        """A few sentences for the user, empty when all is well."""
        if self.damaged:
            return (
                f"The database was damaged (found {self.cause}) and has been "
                f"moved aside to {self.moved_to}. "
                + (
                    "The newest good backup can be restored now."
                    if self.good_backups
                    else "No backup was found; a new database is started."
                )
            )
        return ""


def check_before_open(database: Path) -> StartupCheck:
    """After an unclean shutdown (a leftover WAL), or when SQLite reported damage during the
    last session, run an integrity check; move a damaged database (with its WAL) aside and
    list the backups that pass their own check."""
    marker = _check_marker(database)
    if marker.exists() and database.is_file():
        check = check_damage(database, "after SQLite reported damage")
        marker.unlink(missing_ok=True)
        return check
    marker.unlink(missing_ok=True)
    if not database.is_file() or not has_leftover_wal(database):
        return StartupCheck()
    check = check_damage(database, "after an unclean shutdown")
    check.unclean_shutdown = True
    return check


def check_damage(database: Path, cause: str) -> StartupCheck:
    """Run an integrity check on a closed database; when it fails, move the file (with its
    WAL) aside and list the backups that pass their own check, newest first."""
    check = StartupCheck(cause=cause)
    if integrity_ok(database):
        log.info("integrity check ok for %s (%s)", database, cause)
        return check
    log.error("integrity check failed for %s (%s); moving it aside", database, cause)
    check.damaged = True
    check.moved_to = move_aside(database, "damaged")
    check.good_backups = list(sound_backups(database))
    return check


def looks_like_ours(database: Path) -> bool:
    """True when ``database`` is an SQLite file or has backups: damage there is handled by
    moving it aside (never a file of another kind named by mistake)."""
    try:
        with database.open("rb") as file:
            if file.read(16) == b"SQLite format 3\x00":
                return True
    except OSError:
        return False
    return bool(list_backups(database))


def damage_advice(database: Database) -> str:
    """What to tell the user when SQLite reports damage while the window runs: the file is
    checked on the next start and the newest good backup offered (named here)."""
    path = sqlite_file(database)
    if path is None:
        return "Ask the administrator of the database server to check it."
    _check_marker(path).touch()
    good = next(sound_backups(path), None)
    offer = (
        f"the newest good backup ({good.made_at:%Y-%m-%d %H:%M}, {good.tag_count} tags) "
        "will be offered"
        if good is not None
        else "no good backup was found"
    )
    return (
        "Please close Dragon Reader and start it again: the file will be checked, and if it "
        f"is damaged it is moved aside and {offer}. Changes shown as saved before this "
        "message are in the file or its backups; this one is not."
    )


def _check_marker(database: Path) -> Path:
    return database.with_name(database.name + "-check")


BACKUP_BUDGET = 2 * 1024**3  # bytes of daily backups kept, at most about this


def last_change(database: Path) -> float:
    """When ``database`` was last written (its file, or its WAL if that holds anything),
    as a POSIX time; 0 when it does not exist. Read before opening it: opening may write."""
    times = [database.stat().st_mtime] if database.is_file() else []
    wal = database.with_name(database.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        times.append(wal.stat().st_mtime)
    return max(times, default=0.0)


def daily_backup(database: Path, changed_at: float | None = None) -> BackupInfo | None:
    """Make today's backup unless one exists, or unless nothing was written since the
    newest backup (``changed_at``: ``last_change`` read before the database was opened;
    ``None`` reads it now). ``None`` when there was nothing to do.

    The backup is the pages changed since the newest full backup while they are at most
    half the database (``store.changed_pages``), else a full copy. Old backups are rotated
    by size: the newest 14 while they fit in ``BACKUP_BUDGET`` bytes, never under 3.
    """
    if not database.is_file():
        return None
    backups = list_backups(database)
    today = datetime.now(UTC).date()
    if any(b.made_at.date() == today for b in backups):
        return None
    changed = last_change(database) if changed_at is None else changed_at
    changed_utc = datetime.fromtimestamp(changed, UTC).replace(tzinfo=None)
    if backups and backups[0].made_at > changed_utc:
        log.info("no daily backup of %s: unchanged since %s", database, backups[0].path.name)
        return None
    try:
        info = make_changes_backup(database, "daily", KEEP_BACKUPS, BACKUP_BUDGET) or make_backup(
            database, "daily", KEEP_BACKUPS, BACKUP_BUDGET
        )
    except (OSError, sqlite3.Error) as exc:
        log.warning("daily backup of %s failed: %s", database, exc)
        return None
    log.info("daily backup written: %s", info.path)
    return info


def start_daily_backup(database: Path, changed_at: float | None = None) -> threading.Thread:
    """Run ``daily_backup`` in a thread of its own (started; join it before closing the
    app), so that the window never waits for a copy of a big database."""
    thread = threading.Thread(
        target=daily_backup, args=(database, changed_at), name="daily-backup", daemon=False
    )
    thread.start()
    return thread


def database_file(target: str | Path) -> Path | None:
    """The SQLite file a ``--db`` target names (a path or an ``sqlite://`` URL), one
    absolute path however it is written (what the one-window lock compares), or
    ``None`` for a server."""
    return sqlite_file_named(target)


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
    if not backup_sound(backup):
        msg = f"The backup {backup.name} is damaged; choose another. Nothing was changed."
        raise DatabaseError(msg)
    staged = path.with_name(f".{path.stem}-restoring{path.suffix}")
    try:
        _remove_with_sidecars(staged)
        copy_backup(backup, staged)
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


def backup_before(database: Database, why: str) -> BackupInfo | None:
    """A verified full backup of an SQLite database before a change that has no undo (the
    command line's deletions), named with ``why``; ``None`` for a server (backed up with
    its own tools). Raises ``OSError`` or ``sqlite3.Error`` when it cannot be made."""
    path = sqlite_file(database)
    return make_backup(path, why) if path is not None else None


def backup_now(database: Database) -> BackupInfo:
    """Make a verified backup of an open SQLite database now."""
    path = sqlite_file(database)
    if path is None:
        msg = "backups are made for SQLite databases only"
        raise ValueError(msg)
    return make_backup(path, "manual")
