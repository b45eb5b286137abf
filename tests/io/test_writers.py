from __future__ import annotations

import csv
import io
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dragon_reader.io.writers import (
    CSV_LINE_END,
    ExportError,
    csv_cell,
    neutralize_formula,
    write_csv,
    write_csv_lines,
    write_jsonl,
)

HOSTILE = [
    "=1+1",
    "+SUM(A1)",
    "-2+3",
    "@cmd",
    "\tTab",
    "\rCR",
    "\nLF",
    'He said "no", then left',
    "line one\nline two",
    "a,b,c",
    "مرحبا بالعالم",
    "😀 emoji",
    "plain",
]


def test_formulas_are_neutralised_as_owasp_recommends() -> None:
    assert [neutralize_formula(v) for v in ["=1+1", "@x", "ok", "-", ""]] == [
        "'=1+1",
        "'@x",
        "ok",
        "'-",
        "",
    ]


def test_csv_round_trips_hostile_text_through_the_csv_module(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    rows = [[i, value, -1.5] for i, value in enumerate(HOSTILE)]
    assert write_csv(target, ["n", "note", "score"], rows, text_columns=["note"]) == len(HOSTILE)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with target.open(encoding="utf-8-sig", newline="") as handle:
        parsed = list(csv.reader(handle))
    assert parsed[0] == ["n", "note", "score"]
    notes = [row[1] for row in parsed[1:]]
    expected = ["'" + v if v[0] in "=+-@\t\r\n" else v for v in HOSTILE]
    assert notes == expected
    assert {row[2] for row in parsed[1:]} == {"-1.5"}  # numbers are never altered


# Cells as exports hold them: text of any kind (quotes, commas, line breaks, spaces at
# either end, other scripts), whole numbers, decimals and empty cells.
CELLS = st.one_of(
    st.text(alphabet=st.sampled_from(",\"\r\n \t;'=ab\u00e9\u4e2d\U0001f600")),
    st.text(),
    st.integers(),
    st.floats(allow_nan=False),
    st.none(),
)


@given(st.lists(st.lists(CELLS, min_size=2, max_size=6), max_size=5))
def test_rows_written_as_lines_are_the_bytes_csv_writer_writes(rows: list[list[object]]) -> None:
    """``csv_cell`` writes each cell as the csv module does, so a row written as a line is
    the same CSV whichever way it was made (a spreadsheet reads the same cells)."""
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\r\n").writerows(rows)
    lines = "".join(",".join(map(csv_cell, row)) + CSV_LINE_END for row in rows)
    assert lines == expected.getvalue()


def test_a_file_of_lines_is_the_file_write_csv_writes(tmp_path: Path) -> None:
    rows = [[i, value, -1.5, None] for i, value in enumerate(HOSTILE)]
    columns = ["n", "note", "score", "empty, or not"]
    cells = write_csv(tmp_path / "cells.csv", columns, rows, guard_formulas=False)
    lines = (",".join(map(csv_cell, row)) + CSV_LINE_END for row in rows)
    written = write_csv_lines(tmp_path / "lines.csv", columns, lines)
    assert cells == written == len(HOSTILE)
    assert (tmp_path / "lines.csv").read_bytes() == (tmp_path / "cells.csv").read_bytes()


def test_guard_and_bom_can_be_turned_off(tmp_path: Path) -> None:
    target = tmp_path / "stats.csv"
    write_csv(target, ["note"], [["=1+1"]], bom=False, guard_formulas=False, text_columns=["note"])
    assert target.read_bytes() == b"note\r\n=1+1\r\n"


def test_an_interrupted_export_leaves_the_last_good_file(tmp_path: Path) -> None:
    target = tmp_path / "tags.csv"
    target.write_text("last good export\n")

    def rows() -> Iterator[list[str]]:
        yield ["a"]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_csv(target, ["x"], rows())
    assert target.read_text() == "last good export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["tags.csv"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_a_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="cannot write"):
            write_csv(folder / "x.csv", ["a"], [["b"]])
    finally:
        folder.chmod(0o700)


def test_an_unwritable_place_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(ExportError, match="cannot write"):
        write_csv(blocker / "x.csv", ["a"], [["b"]])


def test_a_full_disk_gives_a_clear_error_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    old = tmp_path / "tags.csv"
    old.write_text("previous")

    class Full(io.StringIO):
        def write(self, _text: str) -> int:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda *_a, **_k: Full())
    with pytest.raises(ExportError, match="No space left"):
        write_csv(old, ["a"], [["b"]])
    assert old.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["tags.csv"]


def test_jsonl_is_one_object_per_line(tmp_path: Path) -> None:
    import json

    target = tmp_path / "a.jsonl"
    assert write_jsonl(target, [{"text": "a\nb"}, {"text": "“c”"}]) == 2
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["a\nb", "“c”"]


def test_a_symlink_is_written_through_to_its_file(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "tags.csv"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "tags.csv"
    link.symlink_to(real)
    write_csv(link, ["a"], [["new"]], bom=False)
    assert link.is_symlink()
    assert real.read_bytes() == b"a\r\nnew\r\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_at_the_target_is_refused_and_kept(tmp_path: Path) -> None:
    fifo = tmp_path / "tags.csv"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        write_csv(fifo, ["a"], [["b"]])
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["tags.csv"]


def test_a_new_file_follows_the_umask_and_an_old_one_keeps_its_mode(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        write_csv(tmp_path / "new.csv", ["a"], [["b"]])
        kept = tmp_path / "kept.csv"
        kept.write_text("old")
        kept.chmod(0o640)
        write_csv(kept, ["a"], [["b"]])
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


@pytest.mark.skipif(sys.platform == "win32", reason="uses flock")
def test_leftovers_of_killed_exports_are_removed_but_not_one_being_written(
    tmp_path: Path,
) -> None:
    import fcntl

    abandoned = tmp_path / ".tags.csv.k1ll3d_x.partial"
    abandoned.write_text("half an export")
    other = tmp_path / ".entities.csv.abcdefgh.partial"
    other.write_text("half another export")
    busy = tmp_path / ".codebook.csv.wr1t1ng_.partial"
    busy.write_text("being written")
    mine = tmp_path / "notes.partial"  # not named like ours: never touched
    mine.write_text("the user's own file")
    held = os.open(busy, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a running export holds it
        write_csv(tmp_path / "tags.csv", ["a"], [["b"]])
    finally:
        os.close(held)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".codebook.csv.wr1t1ng_.partial",
        "notes.partial",
        "tags.csv",
    ]


def test_rows_are_written_in_chunks_letting_other_threads_run_between_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``csv.writer`` holds the GIL while it formats: between chunks a writer in a work
    thread sleeps(0), so that the window's thread keeps its event loop turning; a writer
    alone in its process (the command line) has no one to let run and does not."""
    from dragon_reader.io import writers

    monkeypatch.setattr(writers, "CSV_CHUNK", 3)
    events: list[str] = []
    monkeypatch.setattr("time.sleep", lambda seconds: events.append(f"sleep {seconds}"))
    rows = [(n, f"row {n}") for n in range(7)]

    def write() -> None:
        count = write_csv(
            tmp_path / "out.csv",
            ["n", "text"],
            iter(rows),
            progress=lambda done, total: events.append(f"{done}/{total}"),
            total=7,
        )
        assert count == 7

    worker = threading.Thread(target=write)
    worker.start()
    worker.join()
    assert events == ["0/7", "sleep 0", "3/7", "sleep 0", "6/7", "sleep 0", "7/7"]
    body = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert body.splitlines()[1:] == [f"{n},row {n}" for n in range(7)]

    events.clear()
    monkeypatch.setattr("threading.active_count", lambda: 1)  # alone in its process
    write()
    assert events == ["0/7", "3/7", "6/7", "7/7"]


def test_formulas_are_guarded_in_any_row_of_a_chunk_whatever_the_rows_are(
    tmp_path: Path,
) -> None:
    """Tuples or lists, a text column with numbers or NULs in it: every formula is caught."""
    rows: list[tuple[object, ...] | list[object]] = [
        ("plain", "fine"),
        ["=1+1", "ok"],
        ("x\x00=2", "-3"),
        (7, "@SUM(A1)"),
        (None, "\ttab"),
    ]
    write_csv(tmp_path / "out.csv", ["a", "b"], rows, text_columns=["a", "b"])
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))[1:]
    assert read == [
        ["plain", "fine"],
        ["'=1+1", "ok"],
        ["x\x00=2", "'-3"],
        ["7", "'@SUM(A1)"],
        ["", "'\ttab"],
    ]
