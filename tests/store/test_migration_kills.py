"""A kill at any statement of an upgrade, or of a new database's creation, leaves a database
that the next start opens: the old version intact, or no schema at all, never half of one."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from dragon_reader.store.backup import integrity_ok, list_backups
from dragon_reader.store.database import MigrationError, open_database, schema_state
from tests.store.old_schema import database_at

pytestmark = pytest.mark.slow

OLDEST = "0001"
READS = ("SELECT", "PRAGMA")
ARTICLE = (
    "INSERT INTO article (id, title, text, content_hash, word_count, status, source_format, "
    "imported_at) VALUES (1, 'Talks resume', 'Xi met Biden.', 'h', 3, 'new', 'txt', "
    "'2024-01-01')"
)


def _open_in_child(path: Path, kill_at: int, count_file: Path) -> bool:
    """Open ``path`` in a forked child that SIGKILLs itself right after its writing statement
    number ``kill_at`` (0: never). Return True when the child was killed; the number of
    writing statements a full open took is written to ``count_file``."""
    pid = os.fork()
    if pid == 0:  # the child
        try:
            executed = 0

            def after(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
                nonlocal executed
                if statement.lstrip().upper().startswith(READS):
                    return  # a kill after a read is a kill after the write before it
                executed += 1
                if executed == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)

            event.listen(Engine, "after_cursor_execute", after)
            open_database(path).close()
            count_file.write_text(str(executed))
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _statements(path: Path, tmp_path: Path) -> int:
    count_file = tmp_path / "count"
    trial = tmp_path / "trial.sqlite3"
    if path.exists():
        shutil.copy(path, trial)
    assert not _open_in_child(trial, 0, count_file)
    return int(count_file.read_text())


def _kill_at_every_statement(
    pristine: Path | None, tmp_path: Path, *, check_tags: bool = False
) -> int:
    """Kill an open of a copy of ``pristine`` (a new file when None) at every statement;
    after each kill the next open must succeed (``check_tags``: with its two tags, their
    sentence bounds filled in). Return the number of kills."""
    tmp_path.mkdir(exist_ok=True)
    source = pristine if pristine is not None else tmp_path / "absent.sqlite3"
    total = _statements(source, tmp_path)
    assert total > (2 if check_tags else 10)
    for kill_at in range(1, total + 1):
        path = tmp_path / f"kill-{kill_at}.sqlite3"
        if pristine is not None:
            shutil.copy(pristine, path)
        assert _open_in_child(path, kill_at, tmp_path / "count"), f"not killed at {kill_at}"
        database = open_database(path)  # the next start
        state = schema_state(database.engine)
        assert state.current == state.head, f"kill at statement {kill_at}"
        database.close()
        assert integrity_ok(path), f"kill at statement {kill_at}"
        if pristine is not None:
            with sqlite3.connect(path) as raw:
                titles = raw.execute("SELECT title FROM article").fetchall()
            assert titles == [("Talks resume",)], f"kill at statement {kill_at}"
            if check_tags:
                with sqlite3.connect(path) as raw:
                    bounds = raw.execute(
                        "SELECT id, sentence_start, sentence_end FROM tag ORDER BY id"
                    ).fetchall()
                assert bounds == [(1, 0, 13), (2, 0, 13)], f"kill at statement {kill_at}"
        for side in path.parent.glob(f"{path.name}*"):
            side.unlink()
    return total


def test_a_kill_at_any_statement_of_an_upgrade_leaves_the_old_version_intact(
    tmp_path: Path,
) -> None:
    pristine = database_at(tmp_path / "old.sqlite3", OLDEST, [ARTICLE])
    kills = _kill_at_every_statement(pristine, tmp_path / "work")
    print(f"\nupgrade from {OLDEST}: killed at each of {kills} statements, reopened every time")


def test_a_kill_at_any_statement_of_the_sentence_backfill_leaves_the_tags_whole(
    tmp_path: Path,
) -> None:
    """From 0017 with tags: 0018 adds the sentence columns and fills them in; a kill at any
    statement leaves a database that opens, its tags all there and all filled in."""
    channel = (
        "INSERT INTO codebook_channel (id, name, level, party_a, party_b, description) "
        "VALUES (1, 'Defense hotline', 'military', 'US', 'PRC', '')"
    )
    tags = [
        'INSERT INTO tag (id, article_id, start, "end", text, channel_id, status, note, '
        f"annotator, created_at, updated_at) VALUES ({n}, 1, {start}, {end}, 'x', 1, "
        "'active', '', 'ab', '2024-01-02 00:00:00', '2024-01-02 00:00:00')"
        for n, (start, end) in enumerate([(0, 2), (7, 12)], start=1)
    ]
    pristine = database_at(tmp_path / "old.sqlite3", "0017", [ARTICLE, channel, *tags])
    kills = _kill_at_every_statement(pristine, tmp_path / "work", check_tags=True)
    print(f"\nupgrade from 0017 with tags: killed at each of {kills} statements")


def test_a_kill_at_any_statement_of_first_creation_leaves_a_database_that_opens(
    tmp_path: Path,
) -> None:
    kills = _kill_at_every_statement(None, tmp_path)
    print(f"\nfirst creation: killed at each of {kills} statements, reopened every time")


def test_an_upgrade_that_fails_names_its_backup_and_is_not_backed_up_again(
    tmp_path: Path,
) -> None:
    # A table in the way of revision 0006 makes every upgrade from 0005 fail.
    path = database_at(
        tmp_path / "db.sqlite3", "0005", [ARTICLE, "CREATE TABLE entity (id INTEGER)"]
    )
    for _launch in range(3):
        with pytest.raises(MigrationError, match="left as it was") as failure:
            open_database(path)
        assert failure.value.backup is not None
        assert str(failure.value.backup) in str(failure.value)
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["before-" + schema_head()]
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0005",)]
        assert raw.execute("SELECT title FROM article").fetchall() == [("Talks resume",)]


def schema_head() -> str:
    """This app's newest schema revision."""
    from alembic.script import ScriptDirectory

    from dragon_reader.store.database import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head
