"""Kill a process that keeps tagging, 50 times at random moments: nothing shown as saved is
lost, nothing is half-written, and the database passes its integrity check every time."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dragon_reader.services.corpus import open_corpus
from dragon_reader.store.backup import integrity_ok

pytestmark = pytest.mark.slow
KILLS = 50

TAGGER = """
import sys
from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.services.corpus import Corpus
corpus = Corpus.open(sys.argv[1])
coding = corpus.coding
channel = coding.channels()[0].id
text = corpus.article(1).text
n = int(sys.argv[2])
while True:
    start = n % 300
    tag = coding.create_tag(1, start, start + 12, TagKind.CHANNEL, channel,
                            ChannelStatus.ACTIVE, note=f"note {n}")
    print(tag.id, flush=True)  # printed only after the commit returned
    n += 1
"""


def test_sigkill_loses_nothing_that_was_committed(tmp_path: Path) -> None:
    db = tmp_path / "kill.sqlite3"
    open_corpus(db).close()
    script = tmp_path / "tagger.py"
    script.write_text(TAGGER)
    rng = random.Random(1234)
    confirmed: set[int] = set()
    for round_number in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(db), str(round_number * 1000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # tagging has begun
        assert first.strip().isdigit(), child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        confirmed.update(int(line) for line in (first + out).split() if line.isdigit())
        assert integrity_ok(db), f"integrity check failed after kill {round_number + 1}"
        with sqlite3.connect(db) as raw:
            rows = raw.execute('SELECT id, start, "end", text, note FROM tag').fetchall()
            article = raw.execute("SELECT text FROM article WHERE id = 1").fetchone()[0]
        stored = {row[0] for row in rows}
        missing = confirmed - stored
        assert not missing, f"kill {round_number + 1}: committed tags lost: {sorted(missing)[:5]}"
        for tag_id, start, end, text, note in rows:
            assert text == article[start:end], f"half-written tag {tag_id}"
            assert note.startswith("note ")
    print(
        f"\n{KILLS} kills: {len(confirmed)} tags confirmed by the tagger, "
        f"{len(stored)} stored, {len(stored) - len(confirmed)} committed but not yet "
        f"printed when killed, 0 lost, integrity ok after every kill"
    )
