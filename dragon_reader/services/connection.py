"""Which database the window opens: another SQLite file or a team's PostgreSQL server,
checked before it is remembered, and its password kept out of the app's settings.

The window remembers the choice (``DatabaseChoice.target``: a file path, or a URL with no
password) and opens it at the next start when no ``--db`` is given. A password typed in
a URL is never part of the target; ``remember_password`` can put it in libpq's own
password file (``~/.pgpass``, or ``$PGPASSFILE``; readable by its owner only), where
psycopg finds it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, func, make_url, select
from sqlalchemy.exc import ArgumentError

from dragon_reader.store.database import DatabaseError, database_url, open_database
from dragon_reader.store.models import Article

SERVER_BACKENDS = ("postgresql",)


class DatabaseChoiceError(ValueError):
    """A database the window cannot switch to; the message is for the user."""


@dataclass(frozen=True, slots=True)
class DatabaseChoice:
    """A database to open: ``target`` is what is remembered (a file's absolute path, or a
    URL without its password); ``password`` is the one typed in the URL, if any."""

    target: str
    password: str | None = None

    @property
    def is_server(self) -> bool:
        """True for a database server (a URL), False for an SQLite file."""
        return "://" in self.target

    @property
    def url(self) -> str:
        """The SQLAlchemy URL to connect with (the password put back)."""
        url = database_url(self.target)
        if self.password is None:
            return url
        return make_url(url).set(password=self.password).render_as_string(hide_password=False)

    def shown(self) -> str:
        """The target as shown to the user (never a password)."""
        return self.target


def parse_choice(text: str) -> DatabaseChoice | None:
    """Read what the user typed: an SQLite file's path or a ``postgresql://`` URL;
    ``None`` for nothing (the default database). Raises ``DatabaseChoiceError`` for a URL
    that does not parse, another kind of server, a server URL without a database name, a
    folder, or a file in a folder that does not exist."""
    text = text.strip()
    if not text:
        return None
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        if path.is_dir():
            msg = f"{path} is a folder; give the database file's name (e.g. {path}/lab.sqlite3)"
            raise DatabaseChoiceError(msg)
        if not path.parent.is_dir():
            msg = f"the folder {path.parent} does not exist"
            raise DatabaseChoiceError(msg)
        return DatabaseChoice(str(path))
    try:
        url: URL = make_url(database_url(text))
    except (ArgumentError, ValueError) as exc:  # a port that is not a number: ValueError
        msg = f"this is not a database URL ({exc}); write e.g. postgresql://ana@server/lab"
        raise DatabaseChoiceError(msg) from exc
    if url.get_backend_name() == "sqlite":
        if not url.database:
            msg = "an sqlite:/// URL needs a file name"
            raise DatabaseChoiceError(msg)
        return parse_choice(url.database)
    if url.get_backend_name() not in SERVER_BACKENDS:
        msg = f"Dragon Reader runs on SQLite files and PostgreSQL, not {url.get_backend_name()}"
        raise DatabaseChoiceError(msg)
    if not url.database:
        msg = (
            "the URL names no database: add it after the server, as in postgresql://ana@server/lab"
        )
        raise DatabaseChoiceError(msg)
    password = None if url.password is None else str(url.password)
    bare = url._replace(password=None).render_as_string(hide_password=False)  # set() keeps it
    return DatabaseChoice(bare, password)


def check_choice(choice: DatabaseChoice) -> str:
    """Open the database once (creating and migrating it if new, as a start would) and
    say what it is: "an SQLite file with 5 articles", "a PostgreSQL database with …".
    Raises ``DatabaseChoiceError`` with the reason, the password never in it."""
    try:
        database = open_database(choice.url)
    except DatabaseError as exc:
        raise DatabaseChoiceError(_without_password(_plain(str(exc)), choice)) from exc
    except Exception as exc:  # a driver's own error (server down, wrong password, …)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        msg = f"cannot connect to {choice.shown()}: {_without_password(first, choice)}"
        raise DatabaseChoiceError(msg) from exc
    try:
        with database.session() as session:
            count = session.scalar(select(func.count()).select_from(Article)) or 0
    finally:
        database.close()
    kind = "a PostgreSQL database" if choice.is_server else "an SQLite file"
    return f"{kind} with {count} article(s)"


def pgpass_path() -> Path:
    """libpq's password file: ``$PGPASSFILE``, else ``~/.pgpass`` (``%APPDATA%`` on
    Windows)."""
    override = os.environ.get("PGPASSFILE")
    if override:
        return Path(override).expanduser()
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "~")).expanduser() / "postgresql" / "pgpass.conf"
    return Path("~/.pgpass").expanduser()


def remember_password(choice: DatabaseChoice, path: Path | None = None) -> Path:
    """Put the choice's password in libpq's password file (one line per server,
    database and user, replacing an earlier one), readable and writable by its owner
    only; return the file. Raises ``DatabaseChoiceError`` for a choice with no password."""
    if not choice.is_server or choice.password is None:
        msg = "there is no password to keep"
        raise DatabaseChoiceError(msg)
    url = make_url(choice.target)
    fields = [
        url.host or "localhost",
        str(url.port or 5432),
        url.database or "*",
        url.username or os.environ.get("PGUSER", "") or "*",
    ]
    key = ":".join(_escape(field) for field in fields) + ":"
    target = path or pgpass_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = target.read_text(encoding="utf-8").splitlines() if target.exists() else []
    kept = [line for line in lines if not line.startswith(key)]
    kept.append(key + _escape(choice.password))
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join(kept) + "\n")
    target.chmod(0o600)  # libpq ignores a password file others can read
    return target


def _plain(message: str) -> str:
    """A driver's message without SQLAlchemy's closing link to its documentation."""
    lines = [line for line in message.splitlines() if not line.startswith("(Background on")]
    return "\n".join(lines).strip()


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _without_password(message: str, choice: DatabaseChoice) -> str:
    if choice.password:
        message = message.replace(choice.password, "***")
    return message
