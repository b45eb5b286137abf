"""Restoring backups: every kept copy survives, and the window never runs on an old schema."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dragon_reader.domain.coding import TagKind
from dragon_reader.services import safety
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.errors import DatabaseError
from dragon_reader.services.safety import (
    daily_backup,
    last_change,
    restore_into,
    start_daily_backup,
)
from dragon_reader.store import backup as backup_module
from dragon_reader.store.backup import copy_database, list_backups, make_backup
from dragon_reader.store.database import schema_state
from tests.store.old_schema import database_at

pytestmark = pytest.mark.engines("sqlite")  # backups and restores are of SQLite files


def _tag(corpus: Corpus) -> None:
    corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, corpus.coding.events()[0].id)


def _tags(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        count: int = raw.execute("SELECT count(*) FROM tag").fetchone()[0]
    return count


class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz: object = None) -> _FrozenClock:
        return cls(2026, 12, 1, 12, 0, 0, tzinfo=UTC)


def test_two_restores_within_a_second_keep_both_copies(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = make_backup(db_path, "manual")
    monkeypatch.setattr(backup_module, "datetime", _FrozenClock)  # the same second for both
    for _ in range(3):
        _tag(corpus)
    first_kept = restore_into(corpus.database, empty.path)
    _tag(corpus)
    second_kept = restore_into(corpus.database, empty.path)
    assert first_kept != second_kept
    assert (_tags(first_kept), _tags(second_kept)) == (3, 1)


def test_a_backup_from_an_older_version_is_upgraded_on_restore(
    corpus: Corpus, tmp_path: Path
) -> None:
    old = database_at(
        tmp_path / "old-backup.sqlite3",
        "0005",
        [
            "INSERT INTO article (id, title, text, content_hash, word_count, status, "
            "source_format, imported_at) VALUES (1, 'From the old backup', 'Xi met Biden.', "
            "'h', 3, 'new', 'txt', '2024-01-01')"
        ],
    )
    restore_into(corpus.database, old)
    state = schema_state(corpus.database.engine)
    assert state.current == state.head
    assert [row.title for row in corpus.list_articles()] == ["From the old backup"]
    assert corpus.import_text("Talks resumed after the restore.").outcome == "imported"
    with sqlite3.connect(old) as raw:  # the chosen backup itself is left as it was
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(
    corpus: Corpus, db_path: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sqlite3"
    copy_database(db_path, newer)
    with sqlite3.connect(newer) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    _tag(corpus)
    with pytest.raises(DatabaseError, match="newer version of Dragon Reader"):
        restore_into(corpus.database, newer)
    assert len(corpus.coding.all_tags()) == 1
    assert sorted(p.name for p in db_path.parent.glob("*restoring*")) == []


def _age_backups(db_path: Path, days: int) -> None:
    """Rename the backups as if made ``days`` ago (their date is in their name)."""
    for info in list_backups(db_path):
        earlier = info.made_at.timestamp() - days * 86400
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(earlier))
        aged = info.path.with_name(f"{db_path.stem}-{stamp}-daily{info.path.suffix}")
        info.path.rename(aged)
        digests = info.path.with_name(info.path.name + ".pages")
        if digests.exists():
            digests.rename(aged.with_name(aged.name + ".pages"))


def test_no_daily_backup_when_nothing_changed_since_the_last(corpus: Corpus, db_path: Path) -> None:
    corpus.close()
    assert daily_backup(db_path) is not None
    _age_backups(db_path, 1)  # yesterday's backup, the database untouched since
    old = time.time() - 3 * 86400
    os.utime(db_path, (old, old))
    assert daily_backup(db_path, last_change(db_path)) is None
    assert len(list_backups(db_path)) == 1


def test_a_daily_backup_after_a_change(corpus: Corpus, db_path: Path) -> None:
    assert daily_backup(db_path) is not None
    _age_backups(db_path, 1)
    corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, corpus.coding.events()[0].id)
    day = daily_backup(db_path)
    assert day is not None
    assert len(list_backups(db_path)) == 2
    assert day.path.suffix == ".changes"  # the pages that changed, not another full copy


def test_retention_follows_the_size(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Full copies of a database big for its budget: the newest three are kept."""
    first = make_backup(db_path, "daily")
    for days in range(1, 6):  # five older daily backups
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(time.time() - days * 86400))
        shutil.copyfile(first.path, first.path.with_name(f"{db_path.stem}-{stamp}-daily.sqlite3"))
    first.path.unlink()
    corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, corpus.coding.events()[0].id)
    # A budget of two copies (of a 1 GB database: 2 GB), and no changes backups.
    monkeypatch.setattr(safety, "BACKUP_BUDGET", 2 * db_path.stat().st_size)
    monkeypatch.setattr(safety, "make_changes_backup", lambda *args: None)
    assert daily_backup(db_path) is not None
    assert len(list_backups(db_path)) == 3
    monkeypatch.setattr(safety, "BACKUP_BUDGET", 20 * db_path.stat().st_size)
    _age_backups(db_path, 10)  # all before the window of days they were spaced in
    corpus.coding.create_tag(1, 3, 5, TagKind.EVENT, corpus.coding.events()[0].id)
    assert daily_backup(db_path) is not None
    assert len(list_backups(db_path)) == 4  # the budget holds them all


def test_the_daily_backup_runs_in_its_own_thread(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real = make_backup

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(safety, "make_backup", spy)
    thread = start_daily_backup(db_path)
    thread.join(30)
    assert seen == ["daily-backup"]
    assert len(list_backups(db_path)) == 1
