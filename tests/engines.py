"""The database engines the tests run on: SQLite files always, and PostgreSQL when a server
is given by the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD), as ``pg_virtualenv``
sets it up for ``make test``.

Every test on PostgreSQL gets its own database, copied from a template (``CREATE DATABASE
… TEMPLATE``) and dropped afterwards. Only a server on this machine is used: a PGHOST that
is not a loopback address or a socket folder is refused.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

# Set (to anything but 0) where PostgreSQL must be tested: then its absence fails the
# PostgreSQL tests instead of skipping them (make test sets it under pg_virtualenv).
REQUIRE_ENV = "DRAGON_READER_REQUIRE_POSTGRESQL"
_LOOPBACK = {"localhost", "127.0.0.1", "::1", ""}
_names = itertools.count(1)


def postgresql_unavailable() -> str | None:
    """Why the PostgreSQL tests cannot run here, or ``None`` when they can."""
    if not os.environ.get("PGHOST") and not os.environ.get("PGPORT"):
        return "no PostgreSQL server given (PGHOST/PGPORT unset; make test uses pg_virtualenv)"
    host = os.environ.get("PGHOST", "")
    if not host.startswith("/") and host not in _LOOPBACK:
        return f"PGHOST={host} is not this machine; the tests only use a local server"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]')"
    return None


def postgresql_required() -> bool:
    """True when a missing PostgreSQL must fail the tests rather than skip them."""
    return os.environ.get(REQUIRE_ENV, "0") not in ("", "0")


def url_for(name: str) -> str:
    """The app's URL of database ``name`` on the test server; host, port, user and password
    come from the libpq environment."""
    return f"postgresql+psycopg:///{name}"


class PostgresServer:
    """The test server: makes, copies and drops databases named ``dr_test_<pid>_<n>``."""

    def __init__(self) -> None:
        admin_db = os.environ.get("PGDATABASE", "postgres")
        self._admin: Engine = create_engine(url_for(admin_db), isolation_level="AUTOCOMMIT")
        self._prefix = f"dr_test_{os.getpid()}_"
        self._made: list[str] = []

    def new_name(self) -> str:
        """A database name not used before in this run."""
        return f"{self._prefix}{next(_names)}"

    def create(self, template: str | None = None) -> str:
        """Create an empty database, or a copy of ``template``; return its URL."""
        name = self.new_name()
        copy = f" TEMPLATE {template}" if template else " TEMPLATE template0"
        with self._admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}{copy}"))
        self._made.append(name)
        return url_for(name)

    def drop(self, url: str) -> None:
        """Drop a database made here (closing whatever is still connected to it)."""
        name = url.rsplit("/", 1)[1]
        with self._admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        if name in self._made:
            self._made.remove(name)

    def execute(self, statement: str) -> None:
        """Run one statement as the server's administrator (roles, grants)."""
        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def close(self) -> None:
        """Drop every database still left and let go of the server."""
        for name in list(self._made):
            self.drop(url_for(name))
        self._admin.dispose()


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """The test server for a whole run."""
    server = PostgresServer()
    try:
        yield server
    finally:
        server.close()
