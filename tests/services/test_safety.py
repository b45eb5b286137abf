from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from dragon_reader.domain.coding import TagKind
from dragon_reader.services import safety
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.safety import (
    daily_backup,
    keep_for_size,
    last_change,
    start_daily_backup,
)
from dragon_reader.store.backup import list_backups, make_backup


def _age_backups(db_path: Path, days: int) -> None:
    """Rename the backups as if made ``days`` ago (their date is in their name)."""
    for info in list_backups(db_path):
        earlier = info.made_at.timestamp() - days * 86400
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(earlier))
        info.path.rename(info.path.with_name(f"{db_path.stem}-{stamp}-daily.sqlite3"))


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
    assert daily_backup(db_path) is not None
    assert len(list_backups(db_path)) == 2


def test_big_databases_keep_fewer_backups() -> None:
    assert keep_for_size(50 * 1024**2) == 14
    assert keep_for_size(1024**3) == 3
    assert keep_for_size(300 * 1024**2) == 6
    assert keep_for_size(20 * 1024**3) == 3


def test_retention_follows_the_size(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_backup(db_path, "daily")
    for days in range(1, 6):  # five older daily backups
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(time.time() - days * 86400))
        shutil.copyfile(first.path, first.path.with_name(f"{db_path.stem}-{stamp}-daily.sqlite3"))
    first.path.unlink()
    corpus.coding.create_tag(1, 0, 2, TagKind.EVENT, corpus.coding.events()[0].id)
    sizes: list[int] = []
    monkeypatch.setattr(safety, "keep_for_size", lambda size: sizes.append(size) or 3)
    assert daily_backup(db_path) is not None
    assert sizes == [db_path.stat().st_size]
    assert len(list_backups(db_path)) == 3


def test_the_daily_backup_runs_in_its_own_thread(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real = make_backup

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    from dragon_reader.services import safety

    safety.make_backup = spy  # type: ignore[assignment]
    try:
        thread = start_daily_backup(db_path)
        thread.join(30)
    finally:
        safety.make_backup = real
    assert seen == ["daily-backup"]
    assert len(list_backups(db_path)) == 1
