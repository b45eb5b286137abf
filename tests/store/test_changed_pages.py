"""Changes backups: a day's backup of a database that changed little is the pages it changed,
and restoring it gives back exactly the database as it was then."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.errors import DatabaseError
from dragon_reader.services.safety import check_damage, daily_backup, restore_into
from dragon_reader.store import changed_pages
from dragon_reader.store.backup import (
    backup_sound,
    list_backups,
    make_backup,
    make_changes_backup,
    rotate,
)
from dragon_reader.store.changed_pages import digests_path, read_footer

pytestmark = pytest.mark.engines("sqlite")  # backups are of SQLite files


def _tag(corpus: Corpus, start: int = 0) -> None:
    corpus.coding.create_tag(1, start, start + 2, TagKind.EVENT, corpus.coding.events()[0].id)


def _rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        return raw.execute('SELECT id, article_id, start, "end" FROM tag ORDER BY id').fetchall()


def _age(path: Path, days: int) -> Path:
    """Rename a backup as if it were made ``days`` ago (its date is in its name)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(time.time() - days * 86400))
    name = path.name.split("-")[0]
    aged = path.with_name(f"{name}-{stamp}-daily{path.suffix}")
    path.rename(aged)
    if digests_path(path).exists():
        digests_path(path).rename(digests_path(aged))
    return aged


def test_a_day_with_one_new_tag_is_backed_up_as_the_few_pages_it_changed(
    corpus: Corpus, db_path: Path
) -> None:
    base = daily_backup(db_path)
    assert base is not None and base.base is None  # the first one is a full copy
    _age(base.path, 1)
    _tag(corpus)
    day = daily_backup(db_path)
    assert day is not None and day.path.suffix == ".changes"
    assert day.tag_count == 1
    assert day.base is not None and day.base.exists()
    # A few pages (the tag's row, its indexes, the change log), not another copy.
    assert read_footer(day.path).pages <= 20
    assert day.size < db_path.stat().st_size / 5
    assert backup_sound(day.path)
    # Listed with the full copies, newest first.
    assert next(b.path for b in list_backups(db_path)) == day.path


def test_restoring_a_changes_backup_gives_back_the_database_as_it_was(
    corpus: Corpus, db_path: Path
) -> None:
    base = make_backup(db_path, "manual")
    _tag(corpus, 0)
    _tag(corpus, 10)
    day = make_changes_backup(db_path)
    assert day is not None
    then = _rows(db_path)
    _tag(corpus, 20)  # after the backup: gone once it is restored
    kept = restore_into(corpus.database, day.path)
    assert _rows(db_path) == then
    assert len(corpus.coding.all_tags()) == 2  # the engine reads the restored file
    assert len(_rows(kept)) == 3  # the database as it was is kept beside it
    assert base.path.exists()


def test_a_write_made_while_the_pages_are_read_is_not_in_the_backup(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages come from one snapshot: another connection's write and checkpoint in the
    middle of the read change neither the backup nor its verification."""
    make_backup(db_path, "manual")
    _tag(corpus, 0)
    before = _rows(db_path)
    real = changed_pages._write_changed_pages

    def write_meanwhile(*args: object) -> object:
        _tag(corpus, 30)
        with closing(sqlite3.connect(db_path)) as other:
            other.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(changed_pages, "_write_changed_pages", write_meanwhile)
    day = make_changes_backup(db_path)
    assert day is not None and day.tag_count == 1
    restore_into(corpus.database, day.path)
    assert _rows(db_path) == before


def test_a_damaged_changes_backup_is_refused_and_nothing_changes(
    corpus: Corpus, db_path: Path
) -> None:
    make_backup(db_path, "manual")
    _tag(corpus)
    day = make_changes_backup(db_path)
    assert day is not None
    data = bytearray(day.path.read_bytes())
    data[200] ^= 0xFF  # inside the first saved page
    day.path.write_bytes(bytes(data))
    assert not backup_sound(day.path)
    with pytest.raises(DatabaseError, match="damaged"):
        restore_into(corpus.database, day.path)
    assert len(corpus.coding.all_tags()) == 1


def test_a_changes_backup_without_its_full_backup_is_not_offered(
    corpus: Corpus, db_path: Path
) -> None:
    base = make_backup(db_path, "manual")
    _tag(corpus)
    day = make_changes_backup(db_path)
    assert day is not None
    base.path.unlink()
    assert not backup_sound(day.path)
    corpus.close()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)  # damaged
    check = check_damage(db_path, "test")
    assert check.damaged and check.good_backups == []


def test_rotation_keeps_the_full_backup_that_kept_changes_need(
    corpus: Corpus, db_path: Path
) -> None:
    base = _age(make_backup(db_path, "manual").path, 6)
    days = []
    for n in range(5):
        _tag(corpus, n * 3)
        made = make_changes_backup(db_path, keep=99)
        assert made is not None
        days.append(_age(made.path, 5 - n))
    removed = rotate(db_path, keep=3)
    assert set(removed) == set(days[:2])
    assert base.exists() and digests_path(base).exists()
    assert {b.path for b in list_backups(db_path)} == {base, *days[2:]}


def test_a_budget_in_bytes_keeps_more_changes_than_full_copies(
    corpus: Corpus, db_path: Path
) -> None:
    """Fourteen restore points fit in a budget of two and a half copies of the database,
    where full copies alone would keep three."""
    size = db_path.stat().st_size
    make_backup(db_path, "manual")
    for n in range(13):
        _tag(corpus, n * 3)
        assert make_changes_backup(db_path, keep=99) is not None
    rotate(db_path, keep=14, budget=int(size * 2.5))
    assert len(list_backups(db_path)) == 14


def test_when_most_pages_changed_the_day_gets_a_full_copy(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup(db_path, "manual")
    _tag(corpus)
    monkeypatch.setattr(changed_pages, "MOST_CHANGED", 0.0)
    assert make_changes_backup(db_path) is None
    assert not list(db_path.parent.glob("backups/*.changes*"))


def test_a_reader_holding_old_pages_makes_the_day_a_full_copy(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No snapshot of the file alone while another connection reads pages from the WAL:
    the daily backup is then a full copy, made as before."""
    monkeypatch.setattr(changed_pages, "_SNAPSHOT_PAUSE", 0.0)
    base = daily_backup(db_path)
    assert base is not None
    _age(base.path, 1)
    _tag(corpus)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM tag").fetchone()  # pins the WAL's frames
        day = daily_backup(db_path)
        reader.execute("ROLLBACK")
    assert day is not None and day.path.suffix == ".sqlite3"
    assert day.tag_count == 1


def test_reading_the_pages_keeps_the_locks_sqlite_holds_in_this_process(
    corpus: Corpus, db_path: Path
) -> None:
    """Closing any descriptor of a database file drops every POSIX lock the process holds
    on it. After a changes backup, another process still cannot take the file from under
    this one's open connection (here: switch it out of WAL, which needs it alone)."""
    make_backup(db_path, "manual")
    _tag(corpus)
    with closing(sqlite3.connect(db_path)) as mine:
        mine.execute("SELECT count(*) FROM tag").fetchone()
        assert make_changes_backup(db_path) is not None
        script = (
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], timeout=0)\n"
            "try: print(c.execute('PRAGMA journal_mode=DELETE').fetchone()[0])\n"
            "except sqlite3.OperationalError as e: print(e)\n"
        )
        mode = subprocess.run(
            [sys.executable, "-c", script, str(db_path)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        assert mode == "database is locked"


def test_the_footer_names_its_base_and_the_database_it_saved(corpus: Corpus, db_path: Path) -> None:
    base = make_backup(db_path, "manual")
    _tag(corpus)
    day = make_changes_backup(db_path)
    assert day is not None
    footer = read_footer(day.path)
    assert footer.base == base.path.name
    with closing(sqlite3.connect(db_path)) as raw:
        assert footer.page_count == raw.execute("PRAGMA page_count").fetchone()[0]
    assert 1 <= footer.pages < footer.page_count


def test_a_half_written_changes_backup_from_a_killed_process_is_cleared_away(
    corpus: Corpus, db_path: Path
) -> None:
    base = make_backup(db_path, "manual")
    left = base.path.with_name("dragon-20261101-120000-daily.changes.partial")
    left.write_bytes(b"DRAGON-READER-CHANGED-PAGES 1\n" + b"\x00" * 100)
    hour_ago = time.time() - 2 * 3600
    os.utime(left, (hour_ago, hour_ago))
    _tag(corpus)
    assert make_changes_backup(db_path) is not None
    assert not left.exists()
    assert len(list_backups(db_path)) == 2


def test_the_damage_check_checks_a_full_copy_once_however_many_changes_need_it(
    corpus: Corpus, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dragon_reader.store import backup as backup_module
    from dragon_reader.store.backup import sound_backups

    base = make_backup(db_path, "manual")
    for n in range(3):
        _tag(corpus, n * 3)
        assert make_changes_backup(db_path, keep=99) is not None
    checked: list[Path] = []
    real = backup_module.integrity_ok

    def counting(path: Path) -> bool:
        checked.append(path)
        return real(path)

    monkeypatch.setattr(backup_module, "integrity_ok", counting)
    assert len(list(sound_backups(db_path))) == 4
    assert checked == [base.path]
