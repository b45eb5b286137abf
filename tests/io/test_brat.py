"""brat standoff lines checked against the format's specification."""

from __future__ import annotations

import re

from dragon_reader.io.brat import BratSpan, annotation_conf, annotation_lines, fragments

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
