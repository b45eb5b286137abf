"""SQLite file safety: verified backups through SQLite's backup API, integrity checks, and
moving a damaged database aside. SQLite-only by nature; other engines have their own tools.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

BACKUP_PATTERN = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[\w-]+))?\.sqlite3$"
)
KEEP_BACKUPS = 14


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file with when it was made, why, and how many tags it holds."""

    path: Path
    made_at: datetime
    reason: str
    tag_count: int | None


def backup_dir(database: Path) -> Path:
    """Where the backups of ``database`` live: a ``backups`` folder beside it."""
    return database.parent / "backups"


def integrity_ok(database: Path) -> bool:
    """True when ``PRAGMA integrity_check`` says ``ok`` (False if it cannot even open)."""
    try:
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)) as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            return rows == [("ok",)]
    except sqlite3.DatabaseError:
        return False


def has_leftover_wal(database: Path) -> bool:
    """True when a non-empty ``-wal`` file sits beside the database (an unclean shutdown,
    or another copy of the app running)."""
    wal = database.with_name(database.name + "-wal")
    return wal.is_file() and wal.stat().st_size > 0


def unchanged_since(database: Path, backup: Path) -> bool:
    """True when ``database`` (and a non-empty ``-wal``) were last written before ``backup``
    was made (opening a WAL database creates an empty ``-wal``, which holds nothing)."""
    made = backup.stat().st_mtime_ns
    files = (
        [database, database.with_name(database.name + "-wal")]
        if has_leftover_wal(database)
        else [database]
    )
    return all(f.stat().st_mtime_ns <= made for f in files)


def make_backup(database: Path, reason: str = "daily", keep: int = KEEP_BACKUPS) -> BackupInfo:
    """Copy ``database`` with SQLite's online backup API, verify the copy, rotate old ones.

    Raises ``OSError`` or ``sqlite3.Error`` when the copy cannot be made or is not sound
    (the failed copy is removed; the database is never touched).
    """
    folder = backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        target = folder / f"{database.stem}-{stamp}-{reason}{counter}.sqlite3"
        counter += 1
    try:
        with (
            closing(sqlite3.connect(database, timeout=10)) as source,
            closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
            # One self-contained file (the copy would keep the WAL mode of the original,
            # and reading it would leave -wal and -shm files beside it).
            copy.execute("PRAGMA journal_mode=DELETE")
        if not integrity_ok(target):
            msg = f"the backup {target.name} failed its integrity check"
            raise sqlite3.DatabaseError(msg)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    rotate(database, keep)
    return describe(target)


def rotate(database: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the ``keep`` newest backups; return the deleted paths."""
    backups = list_backups(database)
    removed = [info.path for info in backups[keep:]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database``, newest first."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    found = [
        describe(p)
        for p in folder.glob(f"{database.stem}-*.sqlite3")
        if BACKUP_PATTERN.match(p.name)
    ]
    return sorted(found, key=lambda info: info.made_at, reverse=True)


def describe(path: Path) -> BackupInfo:
    """Read a backup's date and reason from its name and count its tags."""
    match = BACKUP_PATTERN.match(path.name)
    made_at = (
        datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S")
        if match
        else datetime.fromtimestamp(path.stat().st_mtime)
    )
    reason = (match.group("reason") or "") if match else ""
    tags: int | None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            tags = con.execute("SELECT count(*) FROM tag").fetchone()[0]
    except sqlite3.Error:
        tags = None
    return BackupInfo(path, made_at, reason, tags)


def restore_backup(backup: Path, database: Path) -> Path:
    """Replace ``database`` with ``backup`` (after verifying it); the current file is kept
    beside it as ``…-before-restore-STAMP.sqlite3``. Return that kept file's path.

    The caller must have closed every connection to ``database``.
    """
    if not integrity_ok(backup):
        msg = f"the backup {backup.name} is damaged; choose another"
        raise sqlite3.DatabaseError(msg)
    kept = move_aside(database, "before-restore") if database.exists() else database
    with closing(sqlite3.connect(backup)) as source, closing(sqlite3.connect(database)) as dest:
        source.backup(dest)
    return kept


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` to a new self-contained file ``target`` with SQLite's backup API."""
    with closing(sqlite3.connect(source)) as original, closing(sqlite3.connect(target)) as copy:
        original.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")


def move_aside(database: Path, label: str) -> Path:
    """Rename the database and its ``-wal``/``-shm`` files to ``NAME-LABEL-STAMP…``, under
    a name no earlier move used (two moves within a second keep both files)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.stem}-{label}-{stamp}{database.suffix}")
    counter = 1
    while any(target.with_name(target.name + suffix).exists() for suffix in ("", "-wal", "-shm")):
        target = database.with_name(f"{database.stem}-{label}-{stamp}-{counter}{database.suffix}")
        counter += 1
    shutil.move(database, target)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            shutil.move(side, target.with_name(target.name + suffix))
    return target
