"""Backups of the pages that changed: a day's backup of a big database that changed little
is the pages it changed since a full backup (its *base*), not another full copy.

A full backup gets a digest of each of its pages beside it (``NAME.sqlite3.pages``). A
changes backup (``NAME.changes``) holds every page of the database that differs from its
base's, and a footer naming the base and the digest of the whole database as it was; it
is made from one read snapshot of the live file, checked with ``PRAGMA integrity_check``
in that same snapshot. Rebuilding it (the base, its changed pages written over) is
verified against that digest before anything is restored from it.

The snapshot: a truncating checkpoint empties the WAL, then a read transaction that starts
while the WAL is still empty reads the main file alone (SQLite's read mark 0), and no
checkpoint may write into the file while it lasts. Writers go on appending to the WAL.
The file is read through a descriptor kept open for the life of the process: closing a
descriptor of a database file releases every POSIX lock the process holds on it,
SQLite's own included ("How To Corrupt An SQLite Database File", 2.2).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

CHANGES_SUFFIX = ".changes"
DIGESTS_SUFFIX = ".pages"
# A changes backup is made only while it is at most this share of the database's pages;
# past it the day's backup is a full copy, which becomes the next base.
MOST_CHANGED = 0.5
_CHANGES_MAGIC = b"DRAGON-READER-CHANGED-PAGES 1\n"
_DIGESTS_MAGIC = b"DRAGON-READER-PAGE-DIGESTS 1\n"
_DIGEST_BYTES = 16
_NUMBER_BYTES = 4
_FOOTER_LENGTH_BYTES = 4
# Tries at a snapshot with an empty WAL (a writer may append between the checkpoint and
# it, a reader may hold old pages), a pause between them, and how long the checkpoint waits
# for readers: it holds the writer's lock meanwhile, so the window's next save may wait that
# long once.
_SNAPSHOT_TRIES = 5
_SNAPSHOT_PAUSE = 0.5
_CHECKPOINT_WAIT_MS = 50


class ChangesError(Exception):
    """A changes backup that cannot be made or rebuilt; the message says why."""


@dataclass(frozen=True, slots=True)
class PageDigests:
    """The digest of each page of a database image, and of the image as a whole."""

    page_size: int
    digests: list[bytes]

    @property
    def image(self) -> str:
        """The image's digest: one digest over its pages' digests, in order."""
        return _image_digest(self.page_size, self.digests)


@dataclass(frozen=True, slots=True)
class ChangesFooter:
    """What a changes backup says of itself."""

    base: str  # the base's file name, in the same folder
    base_image: str
    page_size: int
    page_count: int
    image: str
    pages: int  # how many pages it holds
    tag_count: int | None


def digests_path(backup: Path) -> Path:
    """Where the page digests of the full backup ``backup`` are kept."""
    return backup.with_name(backup.name + DIGESTS_SUFFIX)


def write_digests(backup: Path) -> PageDigests:
    """Digest each page of the (closed, self-contained) full backup ``backup`` and keep the
    digests beside it, so that later backups can tell which pages changed."""
    page_size = _page_size_of(backup)
    with backup.open("rb") as file:
        digests = [_digest(page) for page in _pages(file, page_size)]
    found = PageDigests(page_size, digests)
    header = json.dumps({"page_size": page_size, "image": found.image}).encode() + b"\n"
    _write_atomically(digests_path(backup), [_DIGESTS_MAGIC, header, b"".join(digests)])
    return found


def read_digests(backup: Path) -> PageDigests | None:
    """The page digests kept beside ``backup``; ``None`` if absent or unreadable."""
    try:
        data = digests_path(backup).read_bytes()
        if not data.startswith(_DIGESTS_MAGIC):
            return None
        header_end = data.index(b"\n", len(_DIGESTS_MAGIC)) + 1
        header = json.loads(data[len(_DIGESTS_MAGIC) : header_end])
        body = data[header_end:]
        digests = [body[i : i + _DIGEST_BYTES] for i in range(0, len(body), _DIGEST_BYTES)]
        found = PageDigests(int(header["page_size"]), digests)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if found.image == header["image"] else None


def make_changes(database: Path, base: Path, target: Path) -> ChangesFooter | None:
    """Write to ``target`` the pages of ``database`` that differ from the full backup
    ``base`` (its digests read beside it), from one verified snapshot.

    ``None`` (nothing written) when a full copy is the better backup: ``base`` has no
    digests or another page size, more than ``MOST_CHANGED`` of the pages changed, or no
    snapshot with an empty WAL could be had (another connection keeps reading old pages).
    Raises ``sqlite3.DatabaseError`` when the snapshot fails its integrity check and
    ``OSError`` when ``target`` cannot be written (``target`` is then not left behind).
    """
    base_digests = read_digests(base)
    if base_digests is None:
        return None
    with _snapshot(database) as snapshot:
        if snapshot is None:
            return None
        connection, page_size, page_count = snapshot
        if page_size != base_digests.page_size:
            return None
        try:
            with _atomic_file(target) as out:
                footer = _write_changed_pages(
                    database, base, base_digests, page_size, page_count, out
                )
                if footer is None:
                    raise _FullCopyBetter
                rows = connection.execute("PRAGMA integrity_check").fetchall()
                if rows != [("ok",)]:
                    msg = f"the database failed its integrity check: {rows[:3]}"
                    raise sqlite3.DatabaseError(msg)
                footer = _with_tag_count(footer, connection)
                data = json.dumps(_footer_fields(footer)).encode()
                out.write(data + len(data).to_bytes(_FOOTER_LENGTH_BYTES, "big"))
        except _FullCopyBetter:
            return None
    return footer


def read_footer(changes: Path) -> ChangesFooter:
    """The footer of the changes backup ``changes``; ``ChangesError`` when it is not one."""
    try:
        with changes.open("rb") as file:
            if file.read(len(_CHANGES_MAGIC)) != _CHANGES_MAGIC:
                msg = f"{changes.name} is not a changes backup"
                raise ChangesError(msg)
            file.seek(-_FOOTER_LENGTH_BYTES, os.SEEK_END)
            length = int.from_bytes(file.read(_FOOTER_LENGTH_BYTES), "big")
            file.seek(-_FOOTER_LENGTH_BYTES - length, os.SEEK_END)
            fields = json.loads(file.read(length))
        return ChangesFooter(**fields)
    except (OSError, ValueError, TypeError) as exc:
        msg = f"{changes.name} cannot be read: {exc}"
        raise ChangesError(msg) from exc


def rebuild(changes: Path, target: Path) -> ChangesFooter:
    """Write to ``target`` (a new self-contained SQLite file) the database as the changes
    backup ``changes`` saw it: its base with the changed pages written over, verified
    against the digest taken then. Raises ``ChangesError`` (``target`` not left behind)
    when the base is missing or differs, or the result is not that database."""
    footer = read_footer(changes)
    base = changes.with_name(footer.base)
    size = footer.page_size
    try:
        with (
            base.open("rb") as source,
            target.open("wb") as out,
            changes.open("rb") as pages,
        ):
            base_digests = [_digest(page) for page in _copy_pages(source, out, size)]
            if _image_digest(size, base_digests) != footer.base_image:
                msg = f"its full backup {footer.base} is not the one it was made against"
                raise ChangesError(msg)
            pages.seek(len(_CHANGES_MAGIC))
            for _ in range(footer.pages):
                number = int.from_bytes(pages.read(_NUMBER_BYTES), "big")
                page = pages.read(size)
                if len(page) != size or not 1 <= number <= footer.page_count:
                    msg = f"{changes.name} is cut short or damaged"
                    raise ChangesError(msg)
                out.seek((number - 1) * size)
                out.write(page)
            out.truncate(footer.page_count * size)
        with target.open("rb") as result:
            rebuilt = [_digest(page) for page in _pages(result, size)]
        if _image_digest(size, rebuilt) != footer.image:
            msg = f"{changes.name} does not rebuild the database it saved"
            raise ChangesError(msg)
        # The snapshot's header says WAL: make the file self-contained, as full backups are.
        with closing(sqlite3.connect(target)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")
    except FileNotFoundError as exc:
        target.unlink(missing_ok=True)
        msg = f"its full backup {footer.base} is missing"
        raise ChangesError(msg) from exc
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        msg = f"{changes.name} cannot be rebuilt: {exc}"
        raise ChangesError(msg) from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return footer


def changes_sound(changes: Path) -> bool:
    """True when ``changes`` rebuilds the database it saved (checked without writing it:
    its base's pages and its own are digested as they are read)."""
    try:
        footer = read_footer(changes)
        size = footer.page_size
        changed: dict[int, bytes] = {}
        with changes.open("rb") as pages:
            pages.seek(len(_CHANGES_MAGIC))
            for _ in range(footer.pages):
                number = int.from_bytes(pages.read(_NUMBER_BYTES), "big")
                changed[number] = _digest(pages.read(size))
        with changes.with_name(footer.base).open("rb") as source:
            base = [_digest(page) for page in _pages(source, size)]
    except (ChangesError, OSError):
        return False
    if _image_digest(size, base) != footer.base_image:
        return False
    image: list[bytes] = []
    for number in range(1, footer.page_count + 1):
        digest = changed.get(number)
        if digest is None:
            if number > len(base):
                return False
            digest = base[number - 1]
        image.append(digest)
    return _image_digest(size, image) == footer.image


def _write_changed_pages(
    database: Path,
    base: Path,
    base_digests: PageDigests,
    page_size: int,
    page_count: int,
    out: IO[bytes],
) -> ChangesFooter | None:
    """Write the magic and every page that differs from the base's to ``out``; ``None``
    as soon as more than ``MOST_CHANGED`` of the pages differ."""
    out.write(_CHANGES_MAGIC)
    most = int(page_count * MOST_CHANGED)
    known = base_digests.digests
    digests: list[bytes] = []
    written = 0
    descriptor = _kept_descriptor(database)
    for number in range(1, page_count + 1):
        page = os.pread(descriptor, page_size, (number - 1) * page_size)
        if len(page) != page_size:
            msg = f"{database.name} is shorter than its page count says"
            raise sqlite3.DatabaseError(msg)
        digest = _digest(page)
        digests.append(digest)
        if number > len(known) or known[number - 1] != digest:
            written += 1
            if written > most:
                return None
            out.write(number.to_bytes(_NUMBER_BYTES, "big"))
            out.write(page)
    return ChangesFooter(
        base=base.name,
        base_image=base_digests.image,
        page_size=page_size,
        page_count=page_count,
        image=_image_digest(page_size, digests),
        pages=written,
        tag_count=None,
    )


@contextmanager
def _snapshot(database: Path) -> Iterator[tuple[sqlite3.Connection, int, int] | None]:
    """A connection in a read transaction that sees ``database``'s main file alone (the
    WAL emptied first), with its page size and count; ``None`` when none could be had."""
    with closing(sqlite3.connect(database, isolation_level=None)) as connection:
        connection.execute(f"PRAGMA busy_timeout={_CHECKPOINT_WAIT_MS}")
        wal = database.with_name(database.name + "-wal")
        for attempt in range(_SNAPSHOT_TRIES):
            if attempt:
                time.sleep(_SNAPSHOT_PAUSE)
            try:
                busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.OperationalError:  # locked past the wait
                continue
            connection.execute("BEGIN")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            # Empty now, after the transaction began: it began with nothing in the WAL.
            if not busy and (not wal.exists() or wal.stat().st_size == 0):
                break
            connection.execute("ROLLBACK")
        else:
            yield None
            return
        try:
            page_size = connection.execute("PRAGMA page_size").fetchone()[0]
            page_count = connection.execute("PRAGMA page_count").fetchone()[0]
            yield connection, page_size, page_count
        finally:
            connection.execute("ROLLBACK")


_descriptors: dict[tuple[int, int], int] = {}
_descriptors_lock = threading.Lock()


def _kept_descriptor(database: Path) -> int:
    """A read-only descriptor of ``database``'s file, opened once per file for the life of
    the process and never closed (see the module's note on POSIX locks)."""
    status = database.stat()
    key = (status.st_dev, status.st_ino)
    with _descriptors_lock:
        descriptor = _descriptors.get(key)
        if descriptor is None:
            descriptor = _descriptors[key] = os.open(database, os.O_RDONLY)
        return descriptor


def _with_tag_count(footer: ChangesFooter, connection: sqlite3.Connection) -> ChangesFooter:
    try:
        count = connection.execute("SELECT count(*) FROM tag").fetchone()[0]
    except sqlite3.Error:
        count = None
    return ChangesFooter(**{**_footer_fields(footer), "tag_count": count})


def _footer_fields(footer: ChangesFooter) -> dict[str, Any]:
    return {name: getattr(footer, name) for name in ChangesFooter.__slots__}


def _page_size_of(database: Path) -> int:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        size: int = connection.execute("PRAGMA page_size").fetchone()[0]
    return size


def _pages(file: IO[bytes], size: int) -> Iterator[bytes]:
    while page := file.read(size):
        yield page


def _copy_pages(source: IO[bytes], out: IO[bytes], size: int) -> Iterator[bytes]:
    for page in _pages(source, size):
        out.write(page)
        yield page


def _digest(page: bytes) -> bytes:
    return hashlib.blake2b(page, digest_size=_DIGEST_BYTES).digest()


def _image_digest(page_size: int, digests: list[bytes]) -> str:
    whole = hashlib.blake2b(page_size.to_bytes(4, "big"), digest_size=32)
    for digest in digests:
        whole.update(digest)
    return whole.hexdigest()


def _write_atomically(target: Path, parts: list[bytes]) -> None:
    with _atomic_file(target) as out:
        for part in parts:
            out.write(part)


@contextmanager
def _atomic_file(target: Path) -> Iterator[IO[bytes]]:
    """A new binary file that becomes ``target`` (synced) only if the block completes;
    otherwise nothing is left behind."""
    # A name of its own (two processes backing up in the same second never share one).
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    partial = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class _FullCopyBetter(Exception):
    """Raised inside a changes backup being written: too many pages changed."""
