"""Shared fixtures: an isolated data folder, fresh databases, offscreen Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dragon_reader.services.corpus import Corpus, open_corpus
from dragon_reader.services.locations import DATA_DIR_ENV

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"


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
def corpus(db_path: Path) -> Iterator[Corpus]:
    """A corpus over a fresh seeded database."""
    opened = Corpus.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def empty_corpus(tmp_path: Path) -> Iterator[Corpus]:
    """A corpus over a fresh migrated database with no articles."""
    opened = Corpus.open(tmp_path / "empty.sqlite3")
    yield opened
    opened.close()
