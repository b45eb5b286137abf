"""Open a database by SQLAlchemy URL, set SQLite up safely, and migrate it to this app's schema.

Two engines run the same app: SQLite (one coder, a file) and PostgreSQL through psycopg 3
(a team sharing a server, ``postgresql+psycopg://user@host/db``). Everything
engine-specific (pragmas, WAL, migration locks) lives here and in ``search.py``.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """The database cannot be used; the message says why in words for the user."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer Dragon Reader; it is refused, never downgraded."""


class MigrationError(DatabaseError):
    """Bringing the database to this app's schema failed. The upgrade ran in one
    transaction, so the database is left as it was; ``backup`` is the copy made before the
    upgrade (``None`` for a new database or a server)."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class DamagedDatabaseError(DatabaseError):
    """SQLite reported that the file is damaged ("malformed", "not a database"); the
    message says so, the caller checks the file and offers a backup."""


class StorageError(DatabaseError):
    """A change could not be written (disk full, read-only, locked); nothing of it was
    saved and everything saved before is intact."""


_STORAGE_PROBLEMS = (
    "disk is full",
    "database or disk is full",
    "readonly",
    "read-only",
    "unable to open",
    "disk i/o error",
    "database is locked",
)
# What SQLite says when the file itself is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
_DAMAGE_SIGNS = ("malformed", "not a database", "file is encrypted")


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` (or what it wraps) is SQLite reporting a damaged file."""
    text = str(exc.orig if isinstance(exc, DBAPIError) else exc).lower()
    return any(sign in text for sign in _DAMAGE_SIGNS)


# Any key will do as long as every Dragon Reader uses the same one: it serialises schema
# upgrades of one PostgreSQL database when several coders start the app at once.
_MIGRATION_LOCK_KEY = 0x44524D49  # "DRMI"


def database_url(path_or_url: str | Path) -> str:
    """Return an SQLAlchemy URL for a file path, or the argument itself if it is a URL.

    ``postgresql://`` and ``postgres://`` URLs are driven by psycopg 3 (the driver this
    app installs), as if written ``postgresql+psycopg://``.
    """
    text = str(path_or_url)
    if "://" in text:
        for plain in ("postgresql://", "postgres://"):
            if text.startswith(plain):
                return "postgresql+psycopg://" + text[len(plain) :]
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file_named(path_or_url: str | Path) -> Path | None:
    """The SQLite file that a path or an ``sqlite://`` URL names, written one way for
    every way of naming it: absolute, with ``~``, symlinks, ``.`` and ``..`` resolved,
    any query string (``?timeout=5``) left out, relative names (``sqlite:///rel.db``,
    ``./rel.db``) read from the working folder, ``file:`` URIs (``?uri=true``) read as
    their path. ``None`` for a server's URL, an in-memory database, or what does not
    parse as a URL."""
    try:
        parsed = make_url(database_url(path_or_url))
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    name = parsed.database
    if name.startswith("file:"):  # an SQLite URI filename: file:PATH?mode=…
        uri = urlsplit(name)
        if dict(parse_qsl(uri.query)).get("mode") == "memory":
            return None
        name = unquote(uri.path)
    if not name or name == ":memory:":
        return None
    return Path(name).expanduser().resolve()


def is_postgresql_url(path_or_url: str | Path) -> bool:
    """True when ``path_or_url`` names a PostgreSQL database rather than a file."""
    return make_url(database_url(path_or_url)).get_backend_name() == "postgresql"


READ_ONLY_REFUSAL = (
    "This database is open read-only (its file or folder cannot be written), so nothing "
    "can be changed; reading and export work. To change it, make the file and its folder "
    "writable, or open a writable copy."
)


def read_only_reason(path_or_url: str | Path) -> str | None:
    """Why an existing SQLite database file cannot be written by this process — its file or
    its folder is read-only (permissions, a read-only mount) — or ``None`` when it can be
    (or it is not an existing SQLite file: a new file is made, a server decides itself)."""
    try:
        parsed = make_url(database_url(path_or_url))
    except ArgumentError:
        return None  # not a URL: opening it says so
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    path = Path(parsed.database)
    if parsed.database == ":memory:" or not path.is_file():
        return None
    if not os.access(path, os.W_OK):
        return f"the file {path} is read-only"
    if not os.access(path.parent, os.W_OK):
        return f"its folder {path.parent} is read-only"
    return None


def _read_only_connection(path: str) -> Any:
    """A connection that can only read ``path``: SQLite's read-only mode, or, where that
    cannot open the file (a WAL database in a read-only folder, whose shared-memory file
    cannot be made), ``immutable``, which reads the file as it is without locking."""
    uri = Path(path).resolve().as_uri()
    try:
        connection = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection = sqlite3.connect(
            f"{uri}?immutable=1", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    return connection


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA query_only=ON")  # and SQLite refuses any write besides
    finally:
        cursor.close()


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


# How much of an SQLite file ``scattered_reads`` maps (a larger file is mapped this far).
SCATTERED_READ_MAP_BYTES = 1 << 30


@contextmanager
def scattered_reads(connection: Connection) -> Iterator[None]:
    """On SQLite, read ``connection``'s file through a memory map while the block runs,
    then as before; on other engines nothing changes.

    For one long read that visits the rows of a table in an index's order, scattered
    over the file (an export in article order): through SQLite's 2 MiB page cache every
    row costs a page read and a copy, through the map neither (a fifth of such a read's
    time). Only for the length of a read: an I/O error on a mapped page cannot be
    reported as an error but stops the process."""
    if connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.driver_connection
    assert driver is not None  # a live connection of the session
    (before,) = driver.execute("PRAGMA mmap_size").fetchone()
    driver.execute(f"PRAGMA mmap_size={SCATTERED_READ_MAP_BYTES}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA mmap_size={int(before)}")


def create_app_engine(url: str) -> Engine:
    """Create an engine; SQLite connections get WAL, foreign keys and a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername != "postgresql+psycopg":
            msg = f"PostgreSQL is reached through psycopg 3: write the URL as {_psycopg_hint(url)}"
            raise DatabaseError(msg)
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": 10, "application_name": "dragon-reader"},
        )
    return create_engine(url, pool_pre_ping=True)


def _psycopg_hint(url: str) -> str:
    rest = url.split("://", 1)[1] if "://" in url else url
    return f"postgresql+psycopg://{rest}"


def alembic_config(engine: Engine | None = None) -> Config:
    """Return an Alembic config built in code; the migrations live inside the package."""
    config = Config()
    config.set_main_option("script_location", "dragon_reader.store:migrations")
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


@dataclass(frozen=True, slots=True)
class SchemaState:
    """Where a database's schema stands relative to this app's migrations."""

    current: str | None
    head: str
    known: bool

    @property
    def needs_upgrade(self) -> bool:
        """True when the database is older than this app (or empty)."""
        return self.current != self.head


def schema_state(engine: Engine) -> SchemaState:
    """Read the database's migration revision and compare it with this app's."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    known = current is None or _revision_known(script, current)
    return SchemaState(current=current, head=head, known=known)


def _revision_known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


def migrate(engine: Engine, backup: bool = True) -> SchemaState:
    """Bring the database to this app's schema, all of the upgrade or none of it.

    On SQLite the whole upgrade (or a new database's creation) runs in one transaction, DDL
    included, so a crash or a kill during it leaves the previous version intact.

    An existing SQLite file is backed up first unless ``backup`` is False (a scratch copy).
    Raises ``SchemaTooNewError`` when the database carries a revision this app does not
    know (written by a newer version), and ``MigrationError`` when the upgrade fails;
    nothing is changed in either case.
    """
    state = schema_state(engine)
    if not state.known:
        msg = (
            f"This database was written by a newer version of Dragon Reader (schema "
            f"{state.current}; this version knows up to {state.head}). Please update "
            f"Dragon Reader; the database has not been changed."
        )
        raise SchemaTooNewError(msg)
    if state.needs_upgrade:
        copy = _backup_before_migration(engine, state) if backup else None
        try:
            _upgrade_to_head(engine)
        except Exception as exc:
            kept = f" A copy made before the upgrade is at {copy}." if copy else ""
            msg = (
                f"The database could not be upgraded to this version's schema ({exc}). "
                f"It has been left as it was.{kept}"
            )
            raise MigrationError(msg, copy) from exc
    return schema_state(engine)


def _upgrade_to_head(engine: Engine) -> None:
    """Run ``alembic upgrade head`` in one transaction (a transaction of its own on SQLite)."""
    migration_engine = _transactional_ddl_engine(engine)
    config = alembic_config(engine)
    try:
        with migration_engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                # Coders starting at once: one upgrades, the others wait and find it done.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_KEY})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        if migration_engine is not engine:
            migration_engine.dispose()


def _transactional_ddl_engine(engine: Engine) -> Engine:
    """An engine whose transactions cover DDL too, following SQLAlchemy's recipe for pysqlite.

    pysqlite opens a transaction only before INSERT/UPDATE/DELETE, so Alembic's
    ``CREATE TABLE`` and ``CREATE INDEX`` would each commit on their own and a kill
    half-way would leave a half-upgraded file ("table … already exists" on every later
    start). Here pysqlite's own handling is switched off and ``BEGIN IMMEDIATE`` is emitted
    when SQLAlchemy begins a transaction. Other engines already have transactional DDL.
    """
    if engine.dialect.name != "sqlite":
        return engine
    migration_engine = create_engine(
        engine.url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )

    def connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN/COMMIT by pysqlite
        _set_sqlite_pragmas(dbapi_connection, record)
        # Batch migrations copy a table, drop the old one and rename the copy; with foreign
        # keys on, the drop would cascade to the rows that reference it (Alembic's batch
        # documentation says to switch them off). The pragma only takes effect outside a
        # transaction, hence here, before BEGIN.
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    def begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(migration_engine, "connect", connect)
    event.listen(migration_engine, "begin", begin)
    return migration_engine


def _backup_before_migration(engine: Engine, state: SchemaState) -> Path | None:
    """Back up an existing SQLite database before its schema changes (not a new one).

    One backup per target schema is enough while the database has not changed since: a
    launch that fails to upgrade again reuses it instead of writing another full copy.
    """
    name = engine.url.database
    if state.current is None or engine.dialect.name != "sqlite" or not name:
        return None
    path = Path(name)
    if name == ":memory:" or not path.is_file():
        return None
    from dragon_reader.store.backup import list_backups, make_backup, unchanged_since

    reason = f"before-{state.head}"
    for info in list_backups(path):
        if info.reason == reason and unchanged_since(path, info.path):
            return info.path
    return make_backup(path, reason).path


class Database:
    """An opened, migrated database: an engine and a factory of short-lived sessions.

    On PostgreSQL every connection carries this instance's ``origin`` (the
    ``dragon_reader.origin`` setting), which the server's change notices repeat, so the
    app can tell its own changes from other coders'.
    """

    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only  # opened for reading only: every write is refused
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.origin: str | None = None
        if engine.dialect.name == "postgresql":
            self.origin = uuid.uuid4().hex
            event.listen(engine, "connect", _origin_setter(self.origin))
            engine.dispose()  # the connections made before (migrating) lack the setting
        self._joined: ContextVar[Session | None] = ContextVar(
            f"transaction_{id(self)}", default=None
        )

    @property
    def url(self) -> str:
        """The URL this database was opened with (password hidden)."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        """True for SQLite, where FTS5 and pragmas apply."""
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        """True for a PostgreSQL server (a team's shared database)."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session for one user action; commit on success, roll back on error.

        Raises ``StorageError`` (with a message for the user) when the disk is full, the
        file or folder is read-only, or another program holds the database too long, and
        ``DamagedDatabaseError`` when SQLite finds the file damaged.
        Inside ``transaction()`` it is that transaction's session, committed only there.
        """
        joined = self._joined.get()
        if joined is not None:
            yield joined
            return
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            if is_damage(exc):
                msg = (
                    f"The database file is damaged (SQLite says: {exc.orig}). The last "
                    "change was not saved."
                )
                raise DamagedDatabaseError(msg) from exc
            if not isinstance(exc, OperationalError):
                raise
            text = str(exc.orig).lower()
            if self.read_only and "readonly" in text:
                raise StorageError(READ_ONLY_REFUSAL) from exc
            if any(problem in text for problem in _STORAGE_PROBLEMS):
                msg = (
                    f"The change could not be saved ({exc.orig}). Nothing of it was written; "
                    "everything saved before is safe. Free some disk space or check that "
                    "the database folder is writable, then try again."
                )
                raise StorageError(msg) from exc
            raise

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction for several service calls (one import line, one user action):
        every ``session()`` opened in the block, in this thread, joins it; it commits once
        when the block ends and rolls everything back when the block raises."""
        joined = self._joined.get()
        if joined is not None:
            yield joined
            return
        with self.session() as session:
            token = self._joined.set(session)
            try:
                yield session
            finally:
                self._joined.reset(token)

    def file_signature(self) -> tuple[int, ...] | None:
        """For an SQLite file, what its file and write-ahead log look like now (sizes and
        modification times): a commit by any connection, this app's or another process's
        (the command line, a second window), changes it. ``None`` on a server."""
        if not self.is_sqlite or not self.engine.url.database:
            return None
        path = Path(self.engine.url.database)
        signature: list[int] = []
        for file in (path, path.with_name(path.name + "-wal")):
            try:
                found = file.stat()
            except OSError:
                signature += [-1, -1]
            else:
                signature += [found.st_size, found.st_mtime_ns]
        return tuple(signature)

    def table_names(self) -> list[str]:
        """Return the tables present (for diagnostics and tests)."""
        return sorted(inspect(self.engine).get_table_names())

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def _origin_setter(origin: str) -> Any:
    """A connect listener that marks each new PostgreSQL connection with ``origin``."""

    def mark(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT set_config('dragon_reader.origin', %s, false)", (origin,))
        finally:
            cursor.close()
        dbapi_connection.commit()  # a setting made in a rolled-back transaction is undone

    return mark


def _check_writable(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return
    path = Path(parsed.database)
    if parsed.database == ":memory:":
        return
    if path.exists() and not path.is_file():
        msg = (
            f"{path} is not a database file (it is a folder, a device or a pipe); choose a "
            "file with --db."
        )
        raise DatabaseError(msg)
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        msg = (
            f"The folder {folder} is read-only. Dragon Reader keeps its database there and "
            f"needs to write to it; choose another place with --db."
        )
        raise DatabaseError(msg)
    if path.is_file() and not os.access(path, os.W_OK):
        msg = f"The database {path} is read-only; make it writable or open a copy with --db."
        raise DatabaseError(msg)


def open_read_only(path_or_url: str | Path) -> Database:
    """Open an existing SQLite database file for reading only: nothing is written to it or
    beside it (no migration, no WAL set-up; SQLite refuses every write, and a session's
    write raises ``StorageError`` saying the database is read-only).

    Raises ``DatabaseError`` when there is no such file, it is not a database, or its
    schema is older than this app's (upgrading it would need to write), and
    ``SchemaTooNewError`` for a database from a newer app.
    """
    url = database_url(path_or_url)
    parsed = make_url(url)
    path = Path(parsed.database or "")
    if parsed.get_backend_name() != "sqlite" or not path.is_file():
        msg = f"{path_or_url} is not an SQLite database file; only such a file opens read-only."
        raise DatabaseError(msg)
    engine = create_engine(url, creator=lambda: _read_only_connection(str(path)))
    event.listen(engine, "connect", _set_read_only_pragmas)
    try:
        state = schema_state(engine)
    except Exception as exc:
        engine.dispose()
        raise _cannot_open(path_or_url, exc) from exc
    if not state.known:
        engine.dispose()
        msg = (
            f"This database was written by a newer version of Dragon Reader (schema "
            f"{state.current}; this version knows up to {state.head}). Please update "
            f"Dragon Reader; the database has not been changed."
        )
        raise SchemaTooNewError(msg)
    if state.needs_upgrade:
        engine.dispose()
        msg = (
            f"The database {path_or_url} is read-only and was written by an older version "
            "of Dragon Reader: its schema must be upgraded, which means writing to it. Open "
            "a writable copy instead (the copy is upgraded, the file stays as it is)."
        )
        raise DatabaseError(msg)
    return Database(engine, read_only=True)


def _cannot_open(path_or_url: str | Path, exc: Exception) -> DatabaseError:
    """The error to raise when reading or migrating a database failed with ``exc``:
    ``DamagedDatabaseError`` when SQLite says the file is damaged or no database."""
    reason = exc.orig if isinstance(exc, DBAPIError) else exc
    if is_damage(exc):
        msg = (
            f"Cannot open the database {path_or_url}: the file is damaged or is not a "
            f"Dragon Reader database (SQLite says: {reason})."
        )
        return DamagedDatabaseError(msg)
    return DatabaseError(f"Cannot open the database {path_or_url}: {reason}")


def open_database(path_or_url: str | Path) -> Database:
    """Open (creating if needed) and migrate the database at a path or URL.

    Raises ``SchemaTooNewError`` for a database from a newer app, and ``DatabaseError``
    when the file is not a database or cannot be opened, the URL cannot be parsed, its
    driver is not installed, or the folder cannot be made (a read-only file or folder is
    refused here: ``open_read_only`` opens such a file for reading).
    """
    url = database_url(path_or_url)
    try:
        _check_writable(url)
        engine = create_app_engine(url)
    except ArgumentError as exc:
        msg = f"{path_or_url} is neither a database file nor a database URL ({exc})."
        raise DatabaseError(msg) from exc
    except (ImportError, NoSuchModuleError) as exc:
        shown = make_url(url).render_as_string(hide_password=True)
        msg = (
            f"Cannot open {shown}: the Python driver for this kind of database is not "
            f"installed ({exc}). Install it beside Dragon Reader, or use an SQLite file."
        )
        raise DatabaseError(msg) from exc
    except OSError as exc:
        msg = (
            f"Cannot make the folder for the database {path_or_url}: "
            f"{exc.strerror or exc}. Choose another place with --db (or "
            "DRAGON_READER_DATA_DIR)."
        )
        raise DatabaseError(msg) from exc
    try:
        migrate(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise _cannot_open(path_or_url, exc) from exc
    return Database(engine)
