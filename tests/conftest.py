"""Shared fixtures: an isolated data folder, fresh databases, offscreen Qt.

The ``corpus``, ``empty_corpus`` and ``db_url`` fixtures run on SQLite and, for the tests of
the store, the services and the export (``ENGINE_FOLDERS``), on PostgreSQL too: such a test
is collected once per engine (``test_x[sqlite]``, ``test_x[postgresql]``). PostgreSQL tests
are skipped when no local server is given (see ``tests.engines``); ``db_path`` is always an
SQLite file, for the tests of SQLite itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dragon_reader.services.corpus import Corpus, open_corpus
from dragon_reader.services.locations import DATA_DIR_ENV
from tests.engines import (
    PostgresServer,
    postgres_server,
    postgresql_required,
    postgresql_unavailable,
)

# No timing in a unit test: Hypothesis's per-example deadline fails at random on a loaded
# machine (a first call that loads a module took 0.3 s while others took 10 ms).
settings.register_profile("project", deadline=None)
settings.load_profile("project")

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
TESTS_DIR = Path(__file__).resolve().parent
ENGINES = ("sqlite", "postgresql")
ENGINE_FOLDERS = {"store", "services", "io"}  # their tests run on every engine
# unless marked otherwise: @pytest.mark.engines("sqlite") for what only SQLite has (files).


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the database tests of ``ENGINE_FOLDERS`` once per engine."""
    if "db_engine" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).resolve().relative_to(TESTS_DIR).parts[0]
    if folder in ENGINE_FOLDERS:
        marker = metafunc.definition.get_closest_marker("engines")
        metafunc.parametrize("db_engine", marker.args if marker else ENGINES, indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's database: ``sqlite`` unless parametrised."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The local PostgreSQL server of this run (skips, or fails where it is required,
    when there is none)."""
    reason = postgresql_unavailable()
    if reason is not None:
        if postgresql_required():
            pytest.fail(f"PostgreSQL is required here: {reason}")
        pytest.skip(reason)
    with postgres_server() as server:
        yield server


@pytest.fixture(scope="session")
def pg_templates(pg_server: PostgresServer) -> dict[str, str]:
    """Template databases on the server, built once: ``seeded`` (as ``seeded_template``)
    and ``empty`` (migrated, no articles)."""
    seeded = pg_server.create()
    open_corpus(seeded).close()
    empty = pg_server.create()
    Corpus.open(empty).close()
    return {"seeded": seeded.rsplit("/", 1)[1], "empty": empty.rsplit("/", 1)[1]}


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's user data folder at a temporary one for every test."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.setenv("DRAGON_READER_ANNOTATOR", "tester")  # never block on the first-run prompt
    return folder


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the seeds imported, built once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    corpus = open_corpus(path)
    with corpus.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    corpus.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, seeded_template: Path) -> Path:
    """A fresh copy of the seeded database, as a file path."""
    path = tmp_path / "dragon.sqlite3"
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture
def read_only_db(tmp_path: Path, seeded_template: Path) -> Iterator[Path]:
    """A copy of the seeded database in a folder that this process truly cannot write:
    the file and folder made read-only, or, for root (whom permissions do not stop), the
    folder bind-mounted read-only; skipped where neither can be done."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    path = folder / "archive.sqlite3"
    shutil.copyfile(seeded_template, path)
    if os.geteuid() != 0:
        path.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield path
        finally:
            folder.chmod(0o755)
            path.chmod(0o644)
        return
    mounted = tmp_path / "mounted"
    mounted.mkdir()
    mount = shutil.which("mount")
    umount = shutil.which("umount")
    if mount is None or umount is None:
        pytest.skip("no mount command to make a read-only folder for root")
    made = subprocess.run(
        [mount, "--bind", str(folder), str(mounted)], check=False, capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("cannot bind-mount a folder read-only here")
    try:
        again = subprocess.run(
            [mount, "-o", "remount,bind,ro", str(mounted)], check=False, capture_output=True
        )
        if again.returncode != 0:
            pytest.skip("cannot remount a folder read-only here")
        yield mounted / path.name
    finally:
        subprocess.run([umount, "-l", str(mounted)], capture_output=True, check=False)


def _postgresql_copy(request: pytest.FixtureRequest, template: str) -> Iterator[str]:
    server: PostgresServer = request.getfixturevalue("pg_server")
    templates: dict[str, str] = request.getfixturevalue("pg_templates")
    url = server.create(templates[template])
    yield url
    server.drop(url)


@pytest.fixture
def db_url(db_engine: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh seeded database of this test's engine, as what ``--db`` takes: an SQLite
    file's path (``db_path``) or a PostgreSQL URL (a database of its own)."""
    if db_engine == "sqlite":
        yield str(request.getfixturevalue("db_path"))
        return
    yield from _postgresql_copy(request, "seeded")


@pytest.fixture
def empty_db_url(db_engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh migrated database with no articles, of this test's engine."""
    if db_engine == "sqlite":
        yield str(tmp_path / "empty.sqlite3")
        return
    yield from _postgresql_copy(request, "empty")


@pytest.fixture
def corpus(db_url: str) -> Iterator[Corpus]:
    """A corpus over a fresh seeded database."""
    opened = Corpus.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def empty_corpus(empty_db_url: str) -> Iterator[Corpus]:
    """A corpus over a fresh migrated database with no articles."""
    opened = Corpus.open(empty_db_url)
    yield opened
    opened.close()
