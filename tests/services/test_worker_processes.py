"""Recognizer worker processes end with the process that started them, even a SIGKILLed
one, and so does multiprocessing's resource tracker: no orphans hold the app's pipes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PARENT = """
import sys, time
from multiprocessing import resource_tracker
from dragon_reader.services.corpus import Corpus
if __name__ == "__main__":
    corpus = Corpus.open(sys.argv[1])
    corpus.entities.recognize_packed(["Xi Jinping met Joe Biden in Woodside."] * 200)
    pool = corpus.entities._pool
    assert pool is not None, "no worker processes were started"
    pids = [*pool._processes, resource_tracker._resource_tracker._pid]
    print(" ".join(str(pid) for pid in pids), flush=True)
    time.sleep(600)
"""


def _running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="workers start on 2 cores or more")
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_and_resource_tracker_end_when_the_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "db.sqlite3")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert parent.stdout is not None
    pids = [int(pid) for pid in parent.stdout.readline().split()]
    try:
        assert len(pids) >= 3, "two workers and the resource tracker"
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        orphans = [pid for pid in pids if _running(pid)]
        assert not orphans, f"still running 10 s after the parent was killed: {orphans}"
        # Nobody holds the parent's output pipe any more.
        assert parent.stdout.read() == ""
    finally:
        for pid in pids:
            if _running(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()
            parent.wait(timeout=30)
        parent.stdout.close()
