"""brat standoff lines checked against the format's specification."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dragon_reader.domain.slots import SlotRole
from dragon_reader.io import brat
from dragon_reader.io.brat import (
    BratFiller,
    BratSpan,
    BratTag,
    annotation_conf,
    annotation_lines,
    escape_value,
    export_folder,
    fragments,
    split_note,
)
from dragon_reader.io.writers import ExportError

T_LINE = re.compile(r"^T(\d+)\t([A-Za-z_][\w-]*) (\d+ \d+(?:;\d+ \d+)*)\t([^\t\n]*)$")
E_LINE = re.compile(r"^E(\d+)\t(Event|Channel):T(\d+)((?: [A-Z][a-z]+\d*:T\d+)*)$")
A_LINE = re.compile(r"^A(\d+)\t(\w+) ([TE]\d+)(?: (\S+))?$")
N_LINE = re.compile(r"^N(\d+)\tReference (T\d+) (\w+):(\S+)\t([^\t\n]*)$")
NOTE_LINE = re.compile(r"^#(\d+)\tAnnotatorNotes ([TE]\d+)\t([^\t\n]*)$")
ROLE = re.compile(r"^(Actor|Recipient|Place|Party)(\d*)$")


def check_ann(text: str, lines: list[str], conf: str | None = None) -> None:
    """Every line is a T, E, A, N or # line as brat's standoff format gives them; ids are
    unique and defined before use; offsets cover the quoted text; an event's trigger type
    and roles are declared in ``conf`` (default: ours), a role repeated is numbered."""
    conf = conf or annotation_conf()
    events = dict(re.findall(r"^(Event|Channel)\t(.*)$", conf, re.MULTILINE))
    seen: set[str] = set()
    types: dict[str, str] = {}
    for line in lines:
        if match := T_LINE.match(line):
            ident = "T" + match.group(1)
            pieces = [tuple(map(int, p.split())) for p in match.group(3).split(";")]
            assert all(0 <= a < b <= len(text) for a, b in pieces)
            assert " ".join(text[a:b] for a, b in pieces) == match.group(4)
            types[ident] = match.group(2)
        elif match := E_LINE.match(line):
            ident = "E" + match.group(1)
            assert types["T" + match.group(3)] == match.group(2)
            roles = [arg.split(":") for arg in match.group(4).split()]
            counts: dict[str, int] = {}
            for role, target in roles:
                name, number = ROLE.match(role).groups()  # type: ignore[union-attr]
                counts[name] = counts.get(name, 0) + 1
                assert number == ("" if counts[name] == 1 else str(counts[name]))
                assert f"{name}*:" in events[match.group(2)]
                assert types[target] in events[match.group(2)].split(f"{name}*:")[1].split(",")[0]
            types[ident] = match.group(2)
        elif match := A_LINE.match(line):
            ident = "A" + match.group(1)
            assert match.group(3) in types
        elif match := N_LINE.match(line):
            ident = "N" + match.group(1)
            assert match.group(2) in types
        elif match := NOTE_LINE.match(line):
            ident = "#" + match.group(1)
            assert match.group(2) in types
        else:
            raise AssertionError(f"not a brat standoff line: {line!r}")
        assert ident not in seen
        seen.add(ident)


def test_lines_follow_the_standoff_format() -> None:
    text = "Xi met Biden.\n\nThe hotline\nwas restored in 2023."
    spans = [BratSpan("PERSON", 0, 2), BratSpan("PERSON", 7, 12), BratSpan("DATE", 43, 47)]
    tags = [
        BratTag(
            "channel",
            15,
            35,
            "Crisis hotline; the old one",
            "resumed",
            "2023",
            0.8,
            "first line\nsecond line",
            (
                BratFiller(SlotRole.PARTY, "Xi", 0, 2, actor_id=7, actor_name="Xi Jinping"),
                BratFiller(SlotRole.PARTY, "Biden", 7, 12),
                BratFiller(SlotRole.PLACE, "Beijing"),
                BratFiller(SlotRole.ACTOR, "hotline", 19, 26),
            ),
        ),
        BratTag("event", 3, 6, "Meeting", fillers=(BratFiller(SlotRole.RECIPIENT, "Xi", 0, 2),)),
    ]
    lines = annotation_lines(text, spans, tags)
    check_ann(text, lines)
    assert lines[3:] == [
        "T4\tFiller 0 2\tXi",
        "N1\tReference T4 DragonReaderActors:7\tXi Jinping",
        "T5\tFiller 19 26\thotline",
        "T6\tChannel 15 26;27 35\tThe hotline was rest",
        "E1\tChannel:T6 Party:T4 Party2:T2 Actor:T5",
        "A1\tStatus E1 resumed",
        "#1\tAnnotatorNotes E1\tentry: Crisis hotline\\; the old one; date: 2023; "
        "confidence: 0.8; place: Beijing; note: first line\\nsecond line",
        "T7\tEvent 3 6\tmet",
        "E2\tEvent:T7 Recipient:T1",
        "#2\tAnnotatorNotes E2\tentry: Meeting",
    ]


def test_note_fields_round_trip() -> None:
    value = "a; b\\c\nd\te\r"
    assert split_note(f"entry: {escape_value(value)}; note: x") == [f"entry: {value}", "note: x"]


def test_fragments_skip_blank_lines_and_edges() -> None:
    text = "ab\n\n  cd  \nef"
    assert fragments(text, 0, len(text)) == [(0, 2), (6, 8), (11, 13)]


def test_conf_declares_every_type_event_role_and_the_status_attribute() -> None:
    conf = annotation_conf()
    sections = re.findall(r"^\[(\w+)\]$", conf, re.MULTILINE)
    assert sections == ["entities", "relations", "events", "attributes"]
    entities = conf.split("[entities]\n")[1].split("\n\n")[0].splitlines()
    assert entities == ["PERSON", "ORG", "GPE", "LOC", "DATE", "NORP", "Filler"]
    types = "PERSON|ORG|GPE|LOC|DATE|NORP|Filler"
    assert f"Event\tActor*:{types}, Recipient*:{types}, Place*:{types}\n" in conf
    assert f"Channel\tActor*:{types}, Recipient*:{types}, Place*:{types}, Party*:{types}\n" in conf
    assert "Status\tArg:Channel, Value:active|proposed|suspended|severed|refused|resumed" in conf
    # Tags overlap entities and each other; brat must not refuse to show them.
    assert "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>" in conf


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
