from __future__ import annotations

import pytest

from dragon_reader.domain.date_phrases import interpret_date, latest_year, sentence_bounds


@pytest.mark.parametrize(
    ("phrase", "hint", "expected"),
    [
        ("August 2022", None, "2022-08"),
        ("Jan. 9", 2024, "2024-01-09"),
        ("Jan. 9", None, None),
        ("May 19-21", 2023, "2023-05-19/2023-05-21"),
        ("late May", 2023, "2023-05"),
        ("the summer of 2022", None, "2022"),
        ("March 3, 2024", None, "2024-03-03"),
        ("9 January 2024", None, "2024-01-09"),
        ("last month", 2023, None),
        ("Tuesday", 2023, None),
        ("February 30", 2023, None),
    ],
)
def test_interpret_date(phrase: str, hint: int | None, expected: str | None) -> None:
    found = interpret_date(phrase, hint)
    assert (str(found) if found else None) == expected


def test_sentence_bounds_ignore_abbreviation_periods() -> None:
    text = "First one. Talks ended on Tuesday, Jan. 9 in the U.S. capital. Next one."
    start = text.index("ended")
    left, right = sentence_bounds(text, start, start + 5)
    assert text[left:right] == "Talks ended on Tuesday, Jan. 9 in the U.S. capital."


def test_latest_year() -> None:
    assert latest_year("in 2019 and again in 2023, not 3000") == 2023
    assert latest_year("no years") is None
