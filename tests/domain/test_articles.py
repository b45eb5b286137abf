from __future__ import annotations

from datetime import date

import pytest

from dragon_reader.domain.articles import parse_published_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (None, None)),
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2023-11-15", (date(2023, 11, 15), date(2023, 11, 15))),
        ("2023-05/2023-11", (date(2023, 5, 1), date(2023, 11, 30))),
        (" 2023-06/ ", (date(2023, 6, 1), None)),
        ("/2022", (None, date(2022, 12, 31))),
        ("2023-05-10/2023-05-11", (date(2023, 5, 10), date(2023, 5, 11))),
    ],
)
def test_published_ranges(text: str, expected: tuple[date | None, date | None]) -> None:
    assert parse_published_range(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("May 2023", "not a date"),
        ("2023-13", "not a real date"),
        ("2023-11/2023-05", "end before it starts"),
        ("/", "at least one side"),
    ],
)
def test_unreadable_ranges_say_why(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_published_range(text)
