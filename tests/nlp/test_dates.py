from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dragon_reader.nlp import dates as dates_module
from dragon_reader.nlp.dates import find_dates


def dates(text: str) -> list[str]:
    return [text[s:e] for s, e in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday, Jan. 9 marking", ["Tuesday", "Jan. 9"]),
        ("in Japan from May 19-21 that", ["May 19-21"]),
        ("a jet in late May over the sea", ["late May"]),
        ("agreed late last year to", ["late last year"]),
        ("visit in the summer of 2022.", ["the summer of 2022"]),
        ("took place a few weeks ago.", ["a few weeks ago"]),
        ("wrapped up two days of talks", ["two days"]),
        ("earlier this year, in February.", ["earlier this year", "February"]),
        ("Pelosi’s 2022 visit", ["2022"]),
        ("polls this weekend.", ["this weekend"]),
        ("removal in March 2023 did", ["March 2023"]),
        ("met on Wednesday and Thursday", ["Wednesday", "Thursday"]),
        ("summit last November was", ["last November"]),
        # durations, ages and hyphenated durations are whole dates
        ("disputed for 25 years now", ["25 years"]),
        ("lasted a year and", ["a year"]),
        ("for more than two years,", ["more than two years"]),
        ("frozen for weeks.", ["weeks"]),
        ("a 34-year-old man", ["34-year-old"]),
        ("a three-day visit", ["three-day"]),
        ("for nearly a decade", ["nearly a decade"]),
        ("in the coming weeks.", ["the coming weeks"]),
        ("over the past week", ["the past week"]),
        # ranges and one-period phrases in one piece
        ("met November 18 to 20 in", ["November 18 to 20"]),
        ("met Monday through Wednesday in", ["Monday through Wednesday"]),
        ("on Nov 17,2023 in", ["Nov 17,2023"]),
        ("in December of last year", ["December of last year"]),
        ("by the end of October", ["the end of October"]),
        ("marks the third anniversary of", ["the third anniversary"]),
        ("in the last quarter of 2022", ["the last quarter of 2022"]),
        ("on the first day of the summit", ["the first day"]),
        ("held every year since 2019", ["every year", "2019"]),
        ("Oct. 30-Nov. 2, 2023 tour", ["Oct. 30-Nov. 2, 2023"]),
    ],
)
def test_date_phrases(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May we go on?",
        "the 17th round of talks",
        "two countries met",
        "nothing to announce at this time",
        "upcoming visit. Months.",
        "March on the capital",
        "the eight-hour talks",
        "about the talks, over the sea",
        "the meeting ended. Months.",
        "one of the two sides",
        "each of them",
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text) == []


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "May",
                "19-21",
                "the",
                "summer",
                "of",
                "2022",
                "Jan.",
                "9",
                "Last",
                "week",
                "a",
                "few",
                "weeks",
                "ago",
                "two",
                "days",
                "in",
                "March",
                "late",
                "last",
                "year",
                "Oct",
                "31",
                ",",
                "Tuesday",
                "talks",
                "1990s",
                "Early",
                "2024",
                "today",
                ".",
                "mid-2023",
                "x9",
                "The",
                "A",
                "COUPLE",
                "couple",
                "Few",
                "past",
                "next",
                "coming",
                "2020s",
                "spring",
                "Mid",
                "month",
                "decades",
                "later",
                "more",
                "than",
                "end",
                "of",
                "October",
                "three-day",
                "34-year-old",
                "through",
                "Monday",
                "to",
                "20",
                "weeks",
                "Nearly",
                "every",
                "third",
                "anniversary",
                "quarter",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_anchored_search_finds_what_a_full_scan_finds(text: str) -> None:
    from dragon_reader.nlp.dates import DATE_RE

    full_scan = [m.span() for m in DATE_RE.finditer(text) if m.end() > m.start()]
    assert list(find_dates(text)) == full_scan


@pytest.mark.parametrize(
    "text",
    [
        "in the coming two weeks",
        "over the past three years",
        "during the last two months",
        "in the next two days",
        "in the summer of 2022",
        "in the late spring of 2023",
        "in the Early summer of 2021",
        "through the 2020s",
        "A few weeks ago",
        "a couple of days ago",
        "A COUPLE OF days ago",
        "a year later",
        "The summer was long",
    ],
)
def test_anchors_for_common_words_find_what_a_full_scan_finds(text: str) -> None:
    from dragon_reader.nlp.dates import DATE_RE

    full_scan = [m.span() for m in DATE_RE.finditer(text) if m.end() > m.start()]
    assert list(find_dates(text)) == full_scan
    assert full_scan or text.startswith("The")


def test_quarters_and_straight_years_are_dates_but_a_quarter_as_a_share_is_not() -> None:
    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in find_dates(text)]

    assert spans("Prices rose for two quarters.") == ["two quarters"]
    assert spans("Sales fell for a third straight year.") == ["a third straight year"]
    assert spans("A quarter of voters stayed home.") == []


def test_fiscal_quarters_another_and_long_periods_are_dates() -> None:
    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in find_dates(text)]

    assert spans("Sales slowed in the September quarter.") == ["the September quarter"]
    assert spans("The truce holds for another month.") == ["another month"]
    assert spans("He began a week-long tour.") == ["week-long"]


def test_the_end_of_an_ordinal_quarter_is_one_date() -> None:
    text = "The deal closes by the end of the first quarter."
    assert [text[a:b] for a, b in find_dates(text)] == ["the end of the first quarter"]


def test_fiscal_years_and_q_quarters_are_one_date_each() -> None:
    text = "Spending rises this fiscal year, in fiscal 2026 and in FY2024-25; Q3 2024 and Q1 fell."
    assert dates(text) == ["this fiscal year", "fiscal 2026", "FY2024-25", "Q3 2024", "Q1"]
    text = "Profit fell in the fourth quarter of fiscal 2025."
    assert dates(text) == ["the fourth quarter of fiscal 2025"]


def test_the_first_months_of_a_year_and_a_range_of_months_are_one_date() -> None:
    text = "Exports fell in the first seven months of the year and from March to May 2024."
    assert dates(text) == ["the first seven months of the year", "March to May 2024"]
    # Years joined by "to" stay two dates, as the gold marks them.
    assert dates("fought from 2020 to 2022.") == ["2020", "2022"]


def test_a_modified_decade_keeps_its_modifier() -> None:
    assert dates("talks in the late 1990s.") == ["the late 1990s"]


def test_over_after_an_amount_is_a_preposition_not_a_quantity() -> None:
    assert dates("It will invest C$4.5 billion over five years.") == ["five years"]
    assert dates("Prices rose 5% over two years.") == ["two years"]
    assert dates("The talks lasted for over five years.") == ["over five years"]


def test_a_shift_an_age_in_years_and_that_day_are_one_date_each() -> None:
    assert dates("Exports rose from a year earlier.") == ["a year earlier"]
    assert dates("Two days later, talks collapsed.") == ["Two days later"]
    assert dates("He was 70 years old.") == ["70 years old"]
    assert dates("Later that month, the envoy returned.") == ["Later that month"]
    assert dates("He said that year-on-year growth slowed.") == []


def test_written_halves_end_of_a_month_ranges_of_months_and_the_week_of() -> None:
    text = "Output is due by end-March; growth slowed in H1 2024 and 2H 2023."
    assert dates(text) == ["end-March", "H1 2024", "2H 2023"]
    assert dates("The report covers January-March.") == ["January-March"]
    assert dates("They met in the week of May 6.") == ["the week of May 6"]
    assert dates("The end-of-year review helped start-ups.") == []


# Every anchor word, what may follow it, digits of other scripts, and words around them.
_ANCHOR_PIECES = sorted(
    {
        *(key.strip() for key in dates_module.anchor_keys() if not key.isdecimal()),
        *"the a an at an-hour a-day (a “the ‘a day-long years-long weeks ago 12 ٣ ५ 7th".split(),
        *"past near same end first half quarter straight least most than few couple".split(),
        *"dozen eight eleven days weeks ahead to come of Jinping talks -".split(),
    }
)


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_ANCHOR_PIECES), st.sampled_from([" ", "-", "(", "\n", ", ", "x"])
        ),
        max_size=20,
    ).map(lambda pairs: "".join(word + gap for word, gap in pairs))
)
def test_the_anchor_automaton_finds_where_the_anchor_pattern_matches(text: str) -> None:
    expected = [match.start() for match in dates_module._ANCHOR.finditer(" " + text)]
    assert dates_module._anchor_starts(text) == expected
    full_scan = [m.span() for m in dates_module.DATE_RE.finditer(text) if m.end() > m.start()]
    assert list(find_dates(text)) == full_scan


def test_every_decimal_digit_is_among_the_anchor_keys() -> None:
    assert not any(chr(code).isdecimal() for code in range(dates_module.DIGITS_END, 0x110000))


def test_the_anchor_automaton_agrees_after_every_anchor_word() -> None:
    # Every word of the anchor pattern and of the keys, after every such word.
    keys = [key for key in dates_module.anchor_keys() if not key.isdecimal()]
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*", dates_module._ANCHOR.pattern))
    words |= {part for key in keys for part in key.replace("-", " ").split(" ")}
    words |= {"9", "٣", "7th", "FEW", "Couple", "news"}
    hyphenated = {key.split("-")[0] for key in keys if "-" in key}
    for first in sorted(words):
        for gap in (" ", "-") if first in hyphenated else (" ",):
            text = "".join(f"({first}{gap}{word} quarter straight days, " for word in sorted(words))
            expected = [match.start() for match in dates_module._ANCHOR.finditer(" " + text)]
            assert dates_module._anchor_starts(text) == expected, first
