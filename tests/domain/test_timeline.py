from __future__ import annotations

from datetime import date, datetime

from dragon_reader.domain.coding import (
    ChannelStatus,
    DatePrecision,
    Event,
    EventId,
    EventType,
    FuzzyDate,
    Tag,
    TagId,
    TagKind,
)
from dragon_reader.domain.timeline import channel_segments, event_marks

S = ChannelStatus


def tag(
    tag_id: int,
    status: ChannelStatus | None,
    when: str | None,
    kind: TagKind = TagKind.CHANNEL,
    entry: int = 1,
) -> Tag:
    return Tag(
        TagId(tag_id),
        1,
        0,
        4,
        "text",
        kind,
        entry,
        "c",
        status,
        FuzzyDate.parse(when) if when else None,
        created_at=datetime(2024, 1, 1),
    )


def test_statuses_hold_until_the_next_report_and_the_last_is_open_ended() -> None:
    segments, undated = channel_segments(
        [
            tag(1, S.RESUMED, "2023-11-15"),
            tag(2, S.SEVERED, "2022-08-05"),
            tag(3, S.REFUSED, "2023-06-18"),
            tag(4, S.PROPOSED, None),
        ]
    )
    assert [(s.start, s.end, s.status) for s in segments] == [
        (date(2022, 8, 5), date(2023, 6, 18), S.SEVERED),
        (date(2023, 6, 18), date(2023, 11, 15), S.REFUSED),
        (date(2023, 11, 15), None, S.RESUMED),
    ]
    assert undated == 1


def test_conflicting_reports_for_one_date_make_a_conflict_segment() -> None:
    segments, _ = channel_segments(
        [tag(1, S.ACTIVE, "2023-06"), tag(2, S.REFUSED, "2023-06"), tag(3, S.RESUMED, "2023-11")]
    )
    assert segments[0].conflict
    assert segments[0].status is None
    assert set(segments[0].statuses) == {S.ACTIVE, S.REFUSED}
    assert set(segments[0].evidence) == {1, 2}
    assert segments[1].status is S.RESUMED


def test_month_precision_is_uncertain_over_its_month() -> None:
    (month,), _ = channel_segments([tag(1, S.SEVERED, "2022-08")])
    assert (month.start, month.certain_from, month.precision) == (
        date(2022, 8, 1),
        date(2022, 9, 1),
        DatePrecision.MONTH,
    )
    (day,), _ = channel_segments([tag(1, S.SEVERED, "2022-08-05")])
    assert day.certain_from == day.start


def test_the_same_status_reported_again_extends_one_segment() -> None:
    segments, _ = channel_segments([tag(1, S.ACTIVE, "2024-01-08"), tag(2, S.ACTIVE, "2024-02")])
    assert len(segments) == 1
    assert segments[0].evidence == (1, 2)


def test_events_are_marked_over_their_whole_date() -> None:
    events = [
        Event(
            EventId(1), "Vienna talks", EventType.TALKS, FuzzyDate.parse("2023-05-10/2023-05-11")
        ),
        Event(EventId(2), "Undated", EventType.OTHER),
        Event(EventId(3), "Li removed", EventType.OTHER, FuzzyDate.parse("2023-10")),
    ]
    tags = [tag(9, None, None, TagKind.EVENT, entry=1)]
    marks = event_marks(events, tags, include_unused=True)
    assert [(m.name, m.start, m.end) for m in marks] == [
        ("Vienna talks", date(2023, 5, 10), date(2023, 5, 11)),
        ("Li removed", date(2023, 10, 1), date(2023, 10, 31)),
    ]
    assert marks[0].evidence == (9,)
    talks = event_marks(events, [], frozenset({EventType.TALKS}), include_unused=True)
    assert talks[0].name == "Vienna talks"


def test_codebook_events_without_tags_are_hidden_unless_asked() -> None:
    events = [
        Event(EventId(1), "Vienna talks", EventType.TALKS, FuzzyDate.parse("2023-05-10")),
        Event(EventId(3), "Li removed", EventType.OTHER, FuzzyDate.parse("2023-10")),
    ]
    marks = event_marks(events, [tag(9, None, None, TagKind.EVENT, entry=1)])
    assert [m.name for m in marks] == ["Vienna talks"]


def test_a_report_resting_on_an_uncertain_date_makes_an_uncertain_segment() -> None:
    tags = [
        tag(1, ChannelStatus.SEVERED, "2022-08"),
        tag(2, ChannelStatus.RESUMED, "2023-11-15"),
    ]
    segments, _ = channel_segments(tags, frozenset({TagId(2)}))
    assert [s.uncertain for s in segments] == [False, True]
