"""brat standoff lines checked against the format's specification."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dragon_reader.io import brat
from dragon_reader.io.brat import (
    BratSpan,
    annotation_conf,
    annotation_lines,
    export_folder,
    fragments,
)
from dragon_reader.io.writers import ExportError

T_LINE = re.compile(r"^T(\d+)\t([A-Za-z_][\w-]*) (\d+ \d+(?:;\d+ \d+)*)\t([^\t\n]*)$")
A_LINE = re.compile(r"^A(\d+)\t(\w+) T(\d+)(?: (\S+))?$")
NOTE_LINE = re.compile(r"^#(\d+)\tAnnotatorNotes T(\d+)\t([^\n]*)$")


def check_ann(text: str, lines: list[str]) -> None:
    """Every line is a T, A or # line; ids are unique; offsets cover the quoted text."""
    seen: set[str] = set()
    t_ids: set[str] = set()
    for line in lines:
        if match := T_LINE.match(line):
            ident = "T" + match.group(1)
            pieces = [tuple(map(int, p.split())) for p in match.group(3).split(";")]
            assert all(0 <= a < b <= len(text) for a, b in pieces)
            assert " ".join(text[a:b] for a, b in pieces) == match.group(4)
            t_ids.add(ident)
        elif match := A_LINE.match(line):
            ident = "A" + match.group(1)
            assert "T" + match.group(3) in t_ids
        elif match := NOTE_LINE.match(line):
            ident = "#" + match.group(1)
            assert "T" + match.group(2) in t_ids
        else:
            raise AssertionError(f"not a brat standoff line: {line!r}")
        assert ident not in seen
        seen.add(ident)


def test_lines_follow_the_standoff_format() -> None:
    text = "Xi met Biden.\n\nThe hotline\nwas restored in 2023."
    spans = [
        BratSpan("PERSON", 0, 2),
        BratSpan("PERSON", 7, 12),
        BratSpan("Channel", 15, 35, "resumed", "channel: Crisis hotline\nsecond line"),
        BratSpan("DATE", 49, 53),
    ]
    lines = annotation_lines(text, spans)
    check_ann(text, lines)
    assert lines[2] == "T3\tChannel 15 26;27 35\tThe hotline was rest"
    assert lines[3] == "A1\tStatus T3 resumed"
    assert lines[4] == "#1\tAnnotatorNotes T3\tchannel: Crisis hotline second line"


def test_fragments_skip_blank_lines_and_edges() -> None:
    text = "ab\n\n  cd  \nef"
    assert fragments(text, 0, len(text)) == [(0, 2), (6, 8), (11, 13)]


def test_conf_declares_every_type_and_the_status_attribute() -> None:
    conf = annotation_conf()
    sections = re.findall(r"^\[(\w+)\]$", conf, re.MULTILINE)
    assert sections == ["entities", "relations", "events", "attributes"]
    for name in ["PERSON", "ORG", "GPE", "LOC", "DATE", "NORP", "Event", "Channel"]:
        assert re.search(rf"^{name}$", conf, re.MULTILINE)
    assert "Status\tArg:Channel, Value:active|proposed|suspended|severed|refused|resumed" in conf


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def write_export(folder: Path, files: dict[str, str]) -> None:
    with export_folder(folder) as fresh:
        for name, text in files.items():
            (fresh / name).write_text(text, encoding="utf-8")
        (fresh / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")


@pytest.mark.parametrize("atomic_exchange", [True, False])
def test_export_folder_replaces_the_old_export_only_when_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, atomic_exchange: bool
) -> None:
    if not atomic_exchange:  # as on macOS and Windows: rename aside, then into place
        monkeypatch.setattr(brat, "_exchange", lambda _a, _b: False)
    target = tmp_path / "export"
    write_export(target, {"a.txt": "old", "a.ann": "", "b.txt": "old b", "b.ann": ""})
    before = snapshot(target)
    with pytest.raises(ExportError, match="No space"), export_folder(target) as fresh:
        (fresh / "a.txt").write_text("new", encoding="utf-8")
        raise ExportError("No space left on device")  # as a full disk reports it
    assert snapshot(target) == before
    write_export(target, {"c.txt": "new c", "c.ann": ""})
    assert sorted(snapshot(target)) == ["annotation.conf", "c.ann", "c.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export"]  # nothing left beside


def test_export_folder_cleans_up_after_a_killed_export(tmp_path: Path) -> None:
    target = tmp_path / "export"
    leftover = tmp_path / ".export.k1ll3d.partial"
    leftover.mkdir()
    (leftover / "half.txt").write_text("half", encoding="utf-8")
    write_export(target, {"a.txt": "a", "a.ann": ""})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export"]


def test_export_folder_never_replaces_other_files(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "thesis.odt").write_text("years of work", encoding="utf-8")
    with pytest.raises(ExportError, match="not an earlier brat export"):
        write_export(documents, {"a.txt": "a"})
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "mine.txt").write_text("my notes", encoding="utf-8")  # .txt, but not ours
    with pytest.raises(ExportError, match="not an earlier brat export"):
        write_export(notes, {"a.txt": "a"})
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not a folder"):
        write_export(a_file, {"a.txt": "a"})
    assert (documents / "thesis.odt").read_text(encoding="utf-8") == "years of work"
    assert [p.name for p in notes.iterdir()] == ["mine.txt"]
    assert a_file.read_text(encoding="utf-8") == "x"
    empty = tmp_path / "empty"
    empty.mkdir()
    write_export(empty, {"a.txt": "a"})
    assert (empty / "a.txt").read_text(encoding="utf-8") == "a"
