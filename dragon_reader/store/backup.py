"""SQLite file safety: verified backups, integrity checks, and moving a damaged database
aside. SQLite-only by nature; other engines have their own tools.

A backup is a full copy (SQLite's backup API, ``NAME-STAMP-REASON.sqlite3``) or the pages
changed since a full copy (``NAME-STAMP-REASON.changes``, ``store.changed_pages``); both
are listed, checked and restored alike, and a full copy is kept while a kept changes
backup needs it.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from dragon_reader.store.changed_pages import (
    CHANGES_SUFFIX,
    ChangesError,
    changes_sound,
    digests_path,
    make_changes,
    read_digests,
    read_footer,
    rebuild,
    write_digests,
)

BACKUP_PATTERN = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[\w-]+))?\.(?:sqlite3|changes)$"
)
KEEP_BACKUPS = 14
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file with when it was made, why, and how many tags it holds."""

    path: Path
    made_at: datetime
    reason: str
    tag_count: int | None
    base: Path | None = None  # the full backup a changes backup needs; None for a full one

    @property
    def base_made_at(self) -> datetime | None:
        """When the full backup a changes backup needs was made (``None`` for a full one)."""
        match = BACKUP_PATTERN.match(self.base.name) if self.base else None
        return datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S") if match else None

    @property
    def size(self) -> int:
        """The bytes it takes on disk (0 once it is gone)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


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


def make_backup(
    database: Path, reason: str = "daily", keep: int = KEEP_BACKUPS, budget: int | None = None
) -> BackupInfo:
    """Copy ``database`` with SQLite's online backup API, verify the copy, rotate old ones.

    Raises ``OSError`` or ``sqlite3.Error`` when the copy cannot be made or is not sound
    (the failed copy is removed; the database is never touched).
    """
    target = _new_backup_path(database, reason, ".sqlite3")
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
    try:  # what later changes backups compare against; the copy stands without it
        write_digests(target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("no page digests for %s: %s", target, exc)
    rotate(database, keep, budget)
    return describe(target)


def make_changes_backup(
    database: Path, reason: str = "daily", keep: int = KEEP_BACKUPS, budget: int | None = None
) -> BackupInfo | None:
    """Back up the pages of ``database`` that changed since its newest full backup, from a
    snapshot that passed ``PRAGMA integrity_check``; rotate old backups (``rotate``).

    ``None`` (nothing written) when a full copy is the better backup: no full backup with
    page digests, or more than half the pages changed, or no snapshot could be had.
    Raises ``OSError`` or ``sqlite3.Error`` as ``make_backup`` does.
    """
    base = next(
        (b.path for b in list_backups(database) if b.base is None and read_digests(b.path)),
        None,
    )
    if base is None:
        return None
    target = _new_backup_path(database, reason, CHANGES_SUFFIX)
    _remove_stale_partials(target.parent)
    if make_changes(database, base, target) is None:
        return None
    rotate(database, keep, budget)
    return describe(target)


def _new_backup_path(database: Path, reason: str, suffix: str) -> Path:
    """A name in the backup folder (made if needed) that no backup has yet."""
    folder = backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.stem}-{stamp}-{reason}{suffix}"
    counter = 1
    while any(target.with_suffix(other).exists() for other in (".sqlite3", CHANGES_SUFFIX)):
        target = folder / f"{database.stem}-{stamp}-{reason}{counter}{suffix}"
        counter += 1
    return target


# A half-written backup file older than this was left by a process that was killed.
STALE_PARTIAL_SECONDS = 3600


def _remove_stale_partials(folder: Path) -> None:
    """Delete what killed backups left half-written (a backup being written now is younger)."""
    now = datetime.now(UTC).timestamp()
    for leftover in folder.glob("*.partial"):
        try:
            if now - leftover.stat().st_mtime > STALE_PARTIAL_SECONDS:
                leftover.unlink()
        except OSError:
            continue


# Kept whatever the budget: so many of the newest backups.
KEEP_AT_LEAST = 3


def rotate(database: Path, keep: int = KEEP_BACKUPS, budget: int | None = None) -> list[Path]:
    """Keep the ``keep`` newest backups (while they fit in ``budget`` bytes, counting the
    full backups they need; the budget never cuts them below ``KEEP_AT_LEAST``) and the
    full backups that kept changes backups need; delete the rest. Return the deleted
    paths."""
    backups = list_backups(database)
    kept: list[BackupInfo] = []
    counted: set[Path] = set()
    used = 0
    for info in backups:
        needs = [p for p in dict.fromkeys((info.path, info.base)) if p and p not in counted]
        cost = sum(_size(p) for p in needs)
        over_budget = budget is not None and used + cost > budget
        if len(kept) >= keep or (over_budget and len(kept) >= KEEP_AT_LEAST):
            break
        kept.append(info)
        counted.update(needs)
        used += cost
    removed = [info.path for info in backups if info.path not in counted]
    for path in removed:
        path.unlink(missing_ok=True)
        digests_path(path).unlink(missing_ok=True)
    return removed


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database``, newest first."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    found = [
        describe(p)
        for p in folder.glob(f"{database.stem}-*")
        if BACKUP_PATTERN.match(p.name) and p.name.startswith(f"{database.stem}-")
    ]
    # Made within the same second (the names' stamps): the one written last first.
    return sorted(found, key=lambda info: (info.made_at, _written_at(info.path)), reverse=True)


def _written_at(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def describe(path: Path) -> BackupInfo:
    """Read a backup's date and reason from its name and count its tags."""
    match = BACKUP_PATTERN.match(path.name)
    made_at = (
        datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S")
        if match
        else datetime.fromtimestamp(path.stat().st_mtime)
    )
    reason = (match.group("reason") or "") if match else ""
    if path.suffix == CHANGES_SUFFIX:
        try:
            footer = read_footer(path)
        except ChangesError:
            return BackupInfo(path, made_at, reason, None, path)  # its base is unknown
        return BackupInfo(path, made_at, reason, footer.tag_count, path.with_name(footer.base))
    tags: int | None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            tags = con.execute("SELECT count(*) FROM tag").fetchone()[0]
    except sqlite3.Error:
        tags = None
    return BackupInfo(path, made_at, reason, tags)


def backup_sound(backup: Path) -> bool:
    """True when ``backup`` would restore a sound database: a full copy passes its
    integrity check; a changes backup rebuilds what it saved from a sound full copy."""
    return _sound(backup, integrity_ok)


def sound_backups(database: Path) -> Iterator[BackupInfo]:
    """The backups of ``database`` that would restore a sound database (``backup_sound``),
    newest first; a full copy that several changes backups need is checked once."""
    checked: dict[Path, bool] = {}

    def full_copy_ok(path: Path) -> bool:
        if path not in checked:
            checked[path] = integrity_ok(path)
        return checked[path]

    for info in list_backups(database):
        if _sound(info.path, full_copy_ok):
            yield info


def _sound(backup: Path, full_copy_ok: Callable[[Path], bool]) -> bool:
    if backup.suffix != CHANGES_SUFFIX:
        return full_copy_ok(backup)
    try:
        base = backup.with_name(read_footer(backup).base)
    except ChangesError:
        return False
    return full_copy_ok(base) and changes_sound(backup)


def copy_backup(backup: Path, target: Path) -> None:
    """Write the database ``backup`` holds to the new self-contained file ``target``: a
    copy of a full backup, or a changes backup rebuilt (and verified) from its full one.
    Raises ``sqlite3.DatabaseError`` (``target`` not left behind) when it cannot be."""
    if backup.suffix != CHANGES_SUFFIX:
        copy_database(backup, target)
        return
    try:
        rebuild(backup, target)
    except ChangesError as exc:
        msg = f"the backup {backup.name} cannot be used: {exc}"
        raise sqlite3.DatabaseError(msg) from exc


def restore_backup(backup: Path, database: Path) -> Path:
    """Replace ``database`` with ``backup`` (after verifying it); the current file is kept
    beside it as ``…-before-restore-STAMP.sqlite3``. Return that kept file's path.

    The caller must have closed every connection to ``database``.
    """
    if backup.suffix == CHANGES_SUFFIX:
        staged = database.with_name(f".{database.stem}-rebuilt{database.suffix}")
        staged.unlink(missing_ok=True)
        copy_backup(backup, staged)
        try:
            return restore_backup(staged, database)
        finally:
            staged.unlink(missing_ok=True)
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
