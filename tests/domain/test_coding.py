from __future__ import annotations

from datetime import date, datetime

import pytest

from dragon_reader.domain.coding import (
    ChannelStatus,
    DatePrecision,
    FuzzyDate,
    Tag,
    TagId,
    TagKind,
    current_status,
    status_history,
    validate_span,
)


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("2023-11-15", DatePrecision.DAY, date(2023, 11, 15), date(2023, 11, 15)),
        ("2023-11", DatePrecision.MONTH, date(2023, 11, 1), date(2023, 11, 30)),
        ("2024-02", DatePrecision.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
        ("2022", DatePrecision.YEAR, date(2022, 1, 1), date(2022, 12, 31)),
        ("2023-05-10/2023-05-11", DatePrecision.DAY, date(2023, 5, 10), date(2023, 5, 11)),
    ],
)
def test_fuzzy_dates_parse_print_and_bound(
    text: str, precision: DatePrecision, first: date, last: date
) -> None:
    parsed = FuzzyDate.parse(text)
    assert parsed.precision is precision
    assert (parsed.first_day, parsed.last_day) == (first, last)
    assert str(parsed) == text


@pytest.mark.parametrize("text", ["", "Nov 2023", "2023-13", "2023-02-30", "2023-05-11/2023-05-10"])
def test_bad_dates_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        FuzzyDate.parse(text)


def tag(tag_id: int, status: ChannelStatus | None, when: str | None) -> Tag:
    return Tag(
        TagId(tag_id),
        1,
        0,
        4,
        "text",
        TagKind.CHANNEL,
        1,
        "c",
        status,
        FuzzyDate.parse(when) if when else None,
        created_at=datetime(2024, 1, tag_id),
    )


def test_status_history_orders_by_the_date_referred_to() -> None:
    tags = [
        tag(1, ChannelStatus.RESUMED, "2023-11-15"),
        tag(2, ChannelStatus.SEVERED, "2022-08"),
        tag(3, None, "2023-01"),
        tag(4, ChannelStatus.REFUSED, "2023-06-18"),
        tag(5, ChannelStatus.PROPOSED, None),
        tag(6, ChannelStatus.SUSPENDED, "2022-08-05"),
    ]
    history = status_history(tags)
    assert [p.tag_id for p in history] == [2, 6, 4, 1, 5]
    current = current_status(tags)
    assert current is not None
    assert current.status is ChannelStatus.RESUMED


def test_conflicting_reports_on_one_date_stay_side_by_side() -> None:
    tags = [tag(1, ChannelStatus.ACTIVE, "2023-06"), tag(2, ChannelStatus.REFUSED, "2023-06")]
    assert [p.status for p in status_history(tags)] == [ChannelStatus.ACTIVE, ChannelStatus.REFUSED]


def test_spans_must_be_inside_and_not_blank() -> None:
    validate_span("abc def", 0, 3)
    for start, end in [(0, 0), (3, 2), (0, 99), (3, 4)]:
        with pytest.raises(ValueError, match=r"span|spaces"):
            validate_span("abc def", start, end)
