"""A second launch on the same database hands its files to the running window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from dragon_reader.services.corpus import Corpus

pytestmark = pytest.mark.slow


def launch(db: Path, *files: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "dragon_reader", "--db", str(db), *map(str, files)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_launch_passes_files_to_the_first(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    # As context managers, the launches close their pipes and are reaped when done.
    with launch(db) as first:
        try:
            deadline = time.monotonic() + 30
            while not db.with_name(db.name + ".lock").exists() and time.monotonic() < deadline:
                time.sleep(0.2)
            # The second launch is made while the first may still be starting: it waits for
            # the answer, as a quick second double-click would.
            article = tmp_path / "new.txt"
            article.write_text("Wang Yi met Jake Sullivan in Malta.", encoding="utf-8")
            with launch(db, article) as second:
                output = second.communicate(timeout=30)
            assert second.returncode == 0, output
            assert "already open" in output[1] and "1 file(s) handed to it" in output[1]
            assert first.poll() is None  # the first copy is still the one writer
            assert count_when_settled(db, 6) == 6
        finally:
            first.terminate()
            first.communicate(timeout=20)


def count_when_settled(db: Path, expected: int) -> int:
    """The number of articles in ``db`` once it is ``expected`` (or after 20 s)."""
    deadline = time.monotonic() + 20
    count = 0
    while time.monotonic() < deadline:
        corpus = Corpus.open(db)
        count = corpus.count()
        corpus.close()
        if count == expected:
            break
        time.sleep(0.3)
    return count


def test_a_held_lock_without_an_answer_is_refused_clearly(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    db = tmp_path / "busy.sqlite3"
    lock = QLockFile(str(db.with_name(db.name + ".lock")))
    assert lock.tryLock(100)  # this test process "is" the other copy, and never answers
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QMessageBox\n"
        "QMessageBox.critical = lambda *a: print('MESSAGE:', a[2])\n"
        "from dragon_reader.app import main\n"
        f"sys.exit(main(['--db', {str(db)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lock.unlock()
    assert done.returncode == 1
    assert "is in use by process" in done.stdout
    assert not db.exists()  # nothing was opened or created


@pytest.mark.parametrize(
    "named",
    [
        lambda db: f"sqlite:///{db}",  # sqlite:////abs
        lambda db: "sqlite:///busy.sqlite3",  # relative to the working folder
        lambda db: f"sqlite:///{db.parent.parent / 'data-link' / db.name}?timeout=5",
    ],
    ids=["absolute-url", "relative-url", "symlinked-url-with-query"],
)
def test_a_database_named_by_url_is_guarded_like_its_path(
    tmp_path: Path, named: Callable[[Path], str]
) -> None:
    """A second window on a database open elsewhere is refused however ``--db`` names it."""
    from PySide6.QtCore import QLockFile

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "busy.sqlite3"
    Corpus.open(db).close()
    (tmp_path / "data-link").symlink_to(folder)
    lock = QLockFile(str(db.with_name(db.name + ".lock")))
    assert lock.tryLock(100)  # this test process "is" the other copy, and never answers
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "app = QApplication(sys.argv)\n"
        "ticks = QTimer(interval=5000)  # a window (or dialog) that did open closes again\n"
        "ticks.timeout.connect(app.quit)\n"
        "ticks.start()\n"
        "QMessageBox.critical = lambda *a: print('MESSAGE:', a[2])\n"
        "from dragon_reader.app import main\n"
        f"sys.exit(main(['--db', {named(db)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
        cwd=folder,
    )
    lock.unlock()
    assert done.returncode == 1, done.stderr
    assert "is in use by process" in done.stdout
