"""The JSONL line schema: every malformed shape becomes a one-line reason, never a traceback."""

from __future__ import annotations

import json

import pytest

from dragon_reader.io.jsonl import parse_line
from dragon_reader.io.readers import ImportProblem

TEXT = "The talks resumed in Vienna."
DEEP = 100_000

MALFORMED = {
    "offset too large for a float": (
        '{"text": "' + TEXT + '", "label": [[1e400, 5, "event:Talks"]]}',
        "“label” item 1",
    ),
    "label not a list": (json.dumps({"text": TEXT, "label": "notalist"}), "label"),
    "dragon_reader not an object": (
        json.dumps({"text": TEXT, "dragon_reader": ["x"]}),
        "dragon_reader",
    ),
    "codebook not a list": (
        json.dumps({"text": TEXT, "dragon_reader": {"codebook": "x"}}),
        "dragon_reader.codebook",
    ),
    "source_file not a string": (
        json.dumps({"text": TEXT, "dragon_reader": {"source_file": 5}}),
        "dragon_reader.source_file",
    ),
    "nested 100,000 deep": (
        '{"text": "' + TEXT + '", "dragon_reader": ' + "[" * DEEP + "]" * DEEP + "}",
        "nested too deeply",
    ),
    "tag offset a float": (
        json.dumps(
            {
                "text": TEXT,
                "dragon_reader": {
                    "tags": [{"start": 1.5, "end": 3, "kind": "event", "entry": "x"}]
                },
            }
        ),
        "dragon_reader.tags.0.start",
    ),
    "confidence not a number": (
        json.dumps(
            {
                "text": TEXT,
                "dragon_reader": {
                    "tags": [
                        {"start": 1, "end": 3, "kind": "event", "entry": "x", "confidence": "high"}
                    ]
                },
            }
        ),
        "confidence",
    ),
    "text not a string": (json.dumps({"text": ["a"]}), "text"),
    "no text": (json.dumps({"label": []}), "text"),
    "not an object": ("[1, 2]", "not an object"),
    "not JSON": ("{nope", "not JSON"),
    "NUL in the text": (json.dumps({"text": "a\x00b"}), "NUL"),
    "mostly control characters": (json.dumps({"text": "\x01\x02\x03\x04a"}), "control"),
    "blank text": (json.dumps({"text": "  \n "}), "whitespace"),
    "unpaired surrogate in the text": ('{"text": "\\ud800 talks resumed"}', "unpaired surrogate"),
    "unpaired surrogate elsewhere": (
        '{"text": "Talks resumed.", "dragon_reader": {"title": "x\\udc00"}}',
        "unpaired surrogate",
    ),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_lines_get_a_reason(name: str) -> None:
    line, expected = MALFORMED[name]
    with pytest.raises(ImportProblem) as caught:
        parse_line(line)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and len(message) < 400


def test_a_dragon_reader_line_and_a_doccano_line() -> None:
    ours = parse_line(
        json.dumps(
            {
                "text": TEXT,
                "label": [[4, 9, "event:Vienna talks"]],
                "dragon_reader": {
                    "title": "Talks",
                    "published": "2023-05-11",
                    "status": "done",
                    "tags": [
                        {
                            "start": 4,
                            "end": 9,
                            "kind": "event",
                            "entry": "Vienna talks",
                            "annotator": "ana",
                            "created": "2024-01-02T03:04:05",
                            "future_key": "ignored",
                        }
                    ],
                },
            }
        )
    )
    assert ours.dragon_reader is not None and ours.dragon_reader.status == "done"
    assert [(t.start, t.end, t.annotator) for t in ours.tags()] == [(4, 9, "ana")]
    doccano = parse_line(
        json.dumps(
            {
                "id": 3,
                "text": TEXT,
                "label": [[4, 9, "event:Vienna talks"], [0, 3, "ORG"], "positive"],
            }
        )
    )
    assert ours.is_ours and not doccano.is_ours
    assert doccano.tags() == []  # doccano's labels are read by io.doccano
    assert doccano.label[0] == (4, 9, "event:Vienna talks")


DOCCANO_SCHEMA = {
    "a span without its label": (
        {"text": TEXT, "label": [[0, 6]]},
        '“label” item 1: expected a span [start, end, "LABEL"] (two whole numbers, then the '
        "label in quotes) or a document label in quotes, found [0, 6]",
    ),
    "offsets in quotes": (
        {"text": TEXT, "label": [[0, 6, "ORG"], ["0", "5", "PERSON"]]},
        '“label” item 2: expected a span [start, end, "LABEL"] (two whole numbers, then the '
        'label in quotes) or a document label in quotes, found ["0", "5", "PERSON"]',
    ),
    "an entity without its end": (
        {"text": TEXT, "entities": [{"id": 1, "start_offset": 0, "label": "PERSON"}]},
        "“entities” item 1: “end_offset” is missing: expected a whole number: where the span "
        "ends in the text",
    ),
    "label not a list": (
        {"text": TEXT, "label": "PERSON"},
        '“label”: expected a list of spans [start, end, "LABEL"], found "PERSON"',
    ),
    "no text": ({"label": []}, "“text” is missing: expected the article's text, in quotes"),
    "a relation without its type": (
        {"text": TEXT, "relations": [{"from_id": 1, "to_id": 2}]},
        "“relations” item 1: “type” is missing: expected the relation's type in quotes",
    ),
}


@pytest.mark.parametrize("name", list(DOCCANO_SCHEMA))
def test_a_doccano_line_of_the_wrong_shape_says_what_was_expected(name: str) -> None:
    data, expected = DOCCANO_SCHEMA[name]
    with pytest.raises(ImportProblem) as caught:
        parse_line(json.dumps(data))
    message = str(caught.value)
    assert message.startswith("not a doccano or Dragon Reader JSONL line: ")
    assert expected in message
    for technical in ("tuple[", "constrained-int", "Input should", "Field required"):
        assert technical not in message
