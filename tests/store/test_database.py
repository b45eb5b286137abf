from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from dragon_reader.domain.articles import ArticleId
from dragon_reader.store.database import (
    BUSY_TIMEOUT_MS,
    DatabaseError,
    SchemaTooNewError,
    alembic_config,
    database_url,
    is_postgresql_url,
    open_database,
    schema_state,
    sqlite_file_named,
)
from tests.engines import PostgresServer
from tests.store.old_schema import database_at


def test_every_connection_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    database = open_database(tmp_path / "db.sqlite3")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
    database.close()


@pytest.fixture
def blank_db_url(db_engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it, not even the app's schema, of this test's engine."""
    if db_engine == "sqlite":
        yield str(tmp_path / "db.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    url = server.create()
    yield url
    server.drop(url)


def test_a_new_database_is_migrated_to_head(blank_db_url: str) -> None:
    database = open_database(blank_db_url)
    state = schema_state(database.engine)
    assert state.current == state.head
    assert {"article", "mention", "alembic_version"} <= set(database.table_names())
    database.close()


def test_every_migration_goes_down_and_up_again(blank_db_url: str) -> None:
    """The same migrations, on both engines, from nothing to head, back to nothing and up."""
    database = open_database(blank_db_url)
    config = alembic_config(database.engine)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(database.table_names()) <= {"alembic_version"}
    database.close()
    database = open_database(blank_db_url)
    assert schema_state(database.engine).current == schema_state(database.engine).head
    database.close()


def test_postgresql_urls_use_psycopg_3() -> None:
    assert (
        database_url("postgresql://ana@localhost/lab") == "postgresql+psycopg://ana@localhost/lab"
    )
    assert database_url("postgres://ana@db/lab") == "postgresql+psycopg://ana@db/lab"
    assert is_postgresql_url("postgresql+psycopg:///lab")
    assert not is_postgresql_url("lab.sqlite3")
    with pytest.raises(DatabaseError, match=r"postgresql\+psycopg://ana@db/lab"):
        open_database("postgresql+pg8000://ana@db/lab")


def test_models_and_migrations_do_not_drift(empty_db_url: str) -> None:
    """``alembic check`` fails when a model changed without a migration (on both engines:
    PostgreSQL compares types more strictly)."""
    database = open_database(empty_db_url)
    config = alembic_config(database.engine)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.check(config)
    database.close()


def test_a_database_from_a_newer_app_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of Dragon Reader"):
        open_database(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "9999_from_the_future",
        )
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        open_database(path)
    assert path.read_text().startswith("these are my notes")


def test_deleting_an_article_deletes_its_mentions(empty_db_url: str) -> None:
    database = open_database(empty_db_url)
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO article (id, title, text, content_hash, word_count, status, "
                "source_format, imported_at) VALUES (1, 't', 'Xi met Biden', 'h', 3, 'new', 'txt', "
                "'2024-01-01')"
            )
        )
        connection.execute(
            text(
                'INSERT INTO mention (article_id, start, "end", label, text, canonical, origin) '
                "VALUES (1, 0, 2, 'PERSON', 'Xi', 'Xi', 'recognizer')"
            )
        )
        connection.execute(
            text("INSERT INTO entity (id, canonical, label) VALUES (1, 'Xi', 'PERSON')")
        )
        connection.execute(
            text("INSERT INTO recognized_mentions VALUES (1, :blob)"), {"blob": b"\0"}
        )
        connection.execute(text("INSERT INTO recognized_entity VALUES (1, 0, 1, 1)"))
        connection.execute(text("DELETE FROM article WHERE id = 1"))
        for table in ("mention", "recognized_mentions", "recognized_entity"):
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    database.close()


def test_upgrading_to_packed_mentions_keeps_the_analysts_and_recognises_again(
    tmp_path: Path,
) -> None:
    from dragon_reader.services.corpus import Corpus

    path = database_at(
        tmp_path / "old.sqlite3",
        "0005",
        [
            "INSERT INTO article (id, title, text, content_hash, word_count, status, "
            "source_format, imported_at, entities_version) VALUES (1, 't', "
            "'Xi Jinping met Joe Biden in Woodside.', 'h', 7, 'new', 'txt', '2024-01-01', "
            "'rules-0')",
            'INSERT INTO mention (article_id, start, "end", label, text, canonical, origin) '
            "VALUES (1, 0, 10, 'PERSON', 'Xi Jinping', 'Xi Jinping', 'recognizer'), "
            "(1, 29, 37, 'GPE', 'Woodside', 'Woodside', 'analyst')",
        ],
    )
    corpus = Corpus.open(path)
    assert corpus.entities.stale_article_ids() == [1]
    assert [(m.text, m.origin.value) for m in corpus.entities.mentions(ArticleId(1))] == [
        ("Woodside", "analyst")
    ]
    corpus.entities.recognize(corpus.entities.stale_article_ids())
    assert [(m.text, m.origin.value) for m in corpus.entities.mentions(ArticleId(1))] == [
        ("Xi Jinping", "recognizer"),
        ("Joe Biden", "recognizer"),
        ("Woodside", "analyst"),
    ]
    corpus.close()


def test_upgrading_adds_the_source_url_and_keeps_the_articles(tmp_path: Path) -> None:
    from dragon_reader.services.corpus import Corpus

    path = database_at(
        tmp_path / "old.sqlite3",
        "0011",
        [
            "INSERT INTO article (id, title, text, content_hash, word_count, status, "
            "source_format, imported_at, published) VALUES (1, 't', 'Talks on Tuesday.', 'h', "
            "3, 'new', 'txt', '2024-01-01', '2024-03-15')"
        ],
    )
    corpus = Corpus.open(path)
    article = corpus.article(1)  # type: ignore[arg-type]
    assert article is not None
    assert (article.source_url, str(article.published)) == (None, "2024-03-15")
    changed = corpus.edit_metadata(article.id, source_url="https://example.org/talks")
    assert changed.source_url == "https://example.org/talks"
    corpus.close()


def test_sessions_inside_a_transaction_commit_together_or_not_at_all(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(path)

    def states(key: str) -> int:
        other = sqlite3.connect(path)  # another connection sees only what was committed
        try:
            row = other.execute("SELECT count(*) FROM app_state WHERE key = ?", (key,)).fetchone()
        finally:
            other.close()
        return int(row[0])

    def add(key: str) -> None:
        with database.session() as session:
            session.execute(text("INSERT INTO app_state (key, value) VALUES (:k, 'v')"), {"k": key})

    with pytest.raises(RuntimeError), database.transaction():
        add("first")
        add("second")
        raise RuntimeError("the second part of the line is bad")
    with database.transaction():
        add("kept")
        with database.transaction():  # nested: the same transaction
            add("kept too")
        assert states("kept") == 0  # not committed before the outer block ends
    assert [states(k) for k in ("first", "second", "kept", "kept too")] == [0, 0, 1, 1]
    database.close()


@pytest.mark.parametrize("kind", ["notes", "truncated"])
def test_a_damaged_or_foreign_file_gets_a_plain_message(tmp_path: Path, kind: str) -> None:
    """The message names the file and SQLite's reason, without the library's internals."""
    path = tmp_path / "dr.sqlite3"
    if kind == "notes":
        path.write_text("these are my notes, not a database\n" * 100)
    else:
        open_database(path).engine.dispose()
        path.write_bytes(path.read_bytes()[:30000])
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert str(path) in message
    assert "damaged or is not a Dragon Reader database" in message
    assert "sqlalche" not in message
    assert "sqlite3." not in message


def test_every_way_of_naming_one_sqlite_file_gives_one_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    real = folder / "lab.sqlite3"
    (tmp_path / "link").symlink_to(folder)
    monkeypatch.chdir(tmp_path)
    names = [
        str(real),
        "data/lab.sqlite3",
        "./data/../data/lab.sqlite3",
        str(tmp_path / "link" / "lab.sqlite3"),
        f"sqlite:///{real}",  # sqlite:////abs
        "sqlite:///data/lab.sqlite3",  # relative to the working folder
        "sqlite:///link/lab.sqlite3?timeout=5",
        f"sqlite+pysqlite:///{real}?check_same_thread=false",
        f"sqlite:///file:{real}?mode=rwc&uri=true",
    ]
    assert {name: sqlite_file_named(name) for name in names} == dict.fromkeys(names, real)


def test_servers_and_memory_name_no_file() -> None:
    assert sqlite_file_named("postgresql://ana@server/lab") is None
    assert sqlite_file_named("sqlite://") is None
    assert sqlite_file_named("sqlite:///:memory:") is None
