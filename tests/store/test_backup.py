from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus, open_corpus
from dragon_reader.services.safety import check_before_open, daily_backup, restore_into
from dragon_reader.store.backup import (
    integrity_ok,
    list_backups,
    make_backup,
    rotate,
)
from dragon_reader.store.database import StorageError, open_database
from tests.store.old_schema import database_at

# Backups, restores and a full disk are about SQLite files; a server keeps its own.
pytestmark = pytest.mark.engines("sqlite")


def test_backup_is_verified_listed_with_tag_counts_and_rotated(
    corpus: Corpus, db_path: Path
) -> None:
    corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, corpus.coding.events()[0].id)
    info = make_backup(db_path, "manual")
    assert integrity_ok(info.path)
    # A backup is one self-contained file: nothing beside it but its pages' digests (what
    # later changes backups compare against), even after reading it.
    assert sorted(p.name for p in info.path.parent.iterdir()) == [
        info.path.name,
        info.path.name + ".pages",
    ]
    with closing(sqlite3.connect(info.path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert info.tag_count == 1
    assert info.reason == "manual"
    for _ in range(4):
        make_backup(db_path, "manual")
    removed = rotate(db_path, keep=2)
    assert len(removed) == 3
    assert len(list_backups(db_path)) == 2


def test_daily_backup_once_a_day(corpus: Corpus, db_path: Path) -> None:
    assert daily_backup(db_path) is not None
    assert daily_backup(db_path) is None
    assert len(list_backups(db_path)) == 1


def test_restore_brings_back_the_backup_and_keeps_the_current_file(
    corpus: Corpus, db_path: Path
) -> None:
    backup = make_backup(db_path, "manual")
    corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, corpus.coding.events()[0].id)
    assert len(corpus.coding.all_tags()) == 1
    kept = restore_into(corpus.database, backup.path)
    assert corpus.coding.all_tags() == []  # the engine reconnected to the restored file
    with sqlite3.connect(kept) as raw:
        assert raw.execute("SELECT count(*) FROM tag").fetchone() == (1,)


def test_a_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    path = database_at(tmp_path / "old.sqlite3", "0002")
    open_database(path).close()
    (backup,) = list_backups(path)
    assert backup.reason.startswith("before-")
    with sqlite3.connect(backup.path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)


def test_unclean_shutdown_with_a_sound_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    corpus = open_corpus(path)
    keep_open = sqlite3.connect(path)  # holds the WAL open as a crashed process would
    keep_open.execute("INSERT INTO app_state VALUES ('x', 'y')")
    keep_open.commit()
    check = check_before_open(path)
    assert check.unclean_shutdown
    assert not check.damaged
    assert path.is_file()
    keep_open.close()
    corpus.close()


def test_a_damaged_database_is_moved_aside_and_backups_offered(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_corpus(path).close()
    make_backup(path, "daily")
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xde\xad" * 4096  # scribble over pages
    path.write_bytes(bytes(data))
    path.with_name(path.name + "-wal").write_bytes(b"leftover")
    check = check_before_open(path)
    assert check.damaged
    assert check.moved_to is not None and check.moved_to.is_file()
    assert not path.exists()
    assert check.moved_to.with_name(check.moved_to.name + "-wal").is_file()
    assert len(check.good_backups) == 1
    assert "moved aside" in check.message


def test_a_read_only_folder_is_refused_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    from dragon_reader.store.database import DatabaseError

    monkeypatch.setattr(os, "access", lambda *_a: False)
    folder = tmp_path / "ro"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="read-only"):
        open_database(folder / "db.sqlite3")
    assert list(folder.iterdir()) == []


def test_a_full_disk_during_a_change_is_a_storage_error(corpus: Corpus) -> None:
    from sqlalchemy import event

    def refuse(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    engine = corpus.database.engine
    event.listen(engine, "before_cursor_execute", refuse)
    try:
        with pytest.raises(StorageError, match="Nothing of it was written"):
            corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, 1)
    finally:
        event.remove(engine, "before_cursor_execute", refuse)
    assert corpus.coding.all_tags() == []
