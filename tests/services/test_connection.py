"""Choosing the database the window opens: what is accepted, what is refused with a
reason, that a choice is opened once before it is remembered, and that a password goes
to libpq's password file (owner-only), never into the remembered target."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from dragon_reader.services.connection import (
    DatabaseChoice,
    DatabaseChoiceError,
    check_choice,
    parse_choice,
    remember_password,
)


def test_a_file_path_and_a_server_url_are_read_and_a_password_kept_apart(tmp_path: Path) -> None:
    assert parse_choice("  ") is None  # the default database
    assert parse_choice(str(tmp_path / "lab.sqlite3")) == DatabaseChoice(
        str(tmp_path / "lab.sqlite3")
    )
    assert parse_choice(f"sqlite:///{tmp_path}/lab.sqlite3") == DatabaseChoice(
        str(tmp_path / "lab.sqlite3")
    )
    choice = parse_choice("postgresql://ana:s3cret@db.example.org:5433/lab")
    assert choice is not None and choice.is_server
    assert choice.target == "postgresql+psycopg://ana@db.example.org:5433/lab"
    assert "s3cret" not in choice.target and choice.password == "s3cret"
    assert choice.url == "postgresql+psycopg://ana:s3cret@db.example.org:5433/lab"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("mysql://ana@server/lab", "not mysql"),
        ("postgresql://ana@server", "names no database"),
        ("postgresql://ana@server:notaport/lab", "not a database URL"),
        ("/no/such/folder/lab.sqlite3", "does not exist"),
    ],
)
def test_what_cannot_be_a_database_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(DatabaseChoiceError, match=reason):
        parse_choice(text)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseChoiceError, match="is a folder"):
        parse_choice(str(tmp_path))


def test_a_choice_is_opened_once_before_it_is_remembered(db_path: Path, tmp_path: Path) -> None:
    assert check_choice(DatabaseChoice(str(db_path))) == "an SQLite file with 5 article(s)"
    new = tmp_path / "new.sqlite3"
    assert check_choice(DatabaseChoice(str(new))) == "an SQLite file with 0 article(s)"
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"junk" * 1000)
    with pytest.raises(DatabaseChoiceError):
        check_choice(DatabaseChoice(str(junk)))


def test_a_server_that_cannot_be_reached_is_named_without_its_password() -> None:
    choice = parse_choice("postgresql://ana:s3cret@127.0.0.1:1/lab")
    assert choice is not None
    with pytest.raises(DatabaseChoiceError) as caught:
        check_choice(choice)
    message = str(caught.value)
    assert "127.0.0.1" in message and "s3cret" not in message


def test_the_password_goes_to_libpqs_password_file_readable_by_its_owner(tmp_path: Path) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("other:5432:x:y:keep\n", encoding="utf-8")
    choice = parse_choice("postgresql://ana:first@db.example.org/lab")
    assert choice is not None
    remember_password(choice, pgpass)
    again = parse_choice("postgresql://ana:pa:ss@db.example.org/lab")
    assert again is not None
    remember_password(again, pgpass)
    assert pgpass.read_text(encoding="utf-8").splitlines() == [
        "other:5432:x:y:keep",
        "db.example.org:5432:lab:ana:pa\\:ss",
    ]
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    with pytest.raises(DatabaseChoiceError):
        remember_password(DatabaseChoice(str(tmp_path / "a.sqlite3")), pgpass)
