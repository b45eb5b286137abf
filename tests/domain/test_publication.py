from __future__ import annotations

from datetime import date

import pytest

from dragon_reader.domain.publication import Certainty, KnownEvent, infer_publication


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\nWASHINGTON, March 3, 2024 (AP) — The Pentagon", "2024-03-03"),
        ("TOKYO, 5 March 2024 - Japan's", "2024-03-05"),
        ("Title\nPublished: 12 December 2023\nText", "2023-12-12"),
        ("Title\n2024-02-01 09:15\nText", "2024-02-01"),
        ("Talks\n\nBeijing, 2023-11-15 — China and the US held talks.", "2023-11-15"),
        ("Talks\nNEW DELHI, 2024-03-05 (PTI) - India said", "2024-03-05"),
        ("# Hotline restored\n\n*Published 2024-01-12* by **Jane Doe**\n\nThe", "2024-01-12"),
        ("# Hotline restored\n\n_Published: January 12, 2024_\n\nThe", "2024-01-12"),
        ("Hotline restored\n**Updated on 2024-01-13**\nThe", "2024-01-13"),
    ],
)
def test_a_dated_dateline_is_exact(text: str, expected: str) -> None:
    guess = infer_publication(text)
    assert guess is not None
    assert (guess.published.isoformat(), guess.certainty) == (expected, Certainty.EXACT)


def test_a_dateline_without_a_year_says_the_year_is_guessed() -> None:
    # The day and month are written; the year is read from the years the text names, so
    # the guess is not called exact.
    guess = infer_publication("Title\n\nBEIJING, Dec 12 (Reuters) - China said in 2023 that")
    assert guess is not None
    assert (guess.published, guess.certainty) == (date(2023, 12, 12), Certainty.YEAR_GUESSED)
    assert guess.value == "2023-12-12"


def test_a_weekday_with_a_date_fixes_the_year() -> None:
    text = "Talks ended in Washington on Tuesday, Jan. 9 after the August 2022 freeze."
    guess = infer_publication(text)
    assert guess is not None
    assert (guess.published, guess.certainty) == (date(2024, 1, 9), Certainty.WEEK)


SUMMIT = KnownEvent(
    "Biden-Xi summit",
    date(2023, 11, 15),
    date(2023, 11, 15),
    ("Biden", "Xi"),
    ("California",),
    "summit",
)
BALLOON = KnownEvent(
    "Balloon", date(2023, 2, 4), date(2023, 2, 4), (), ("South", "Carolina"), "incident"
)


def test_a_relative_phrase_at_a_known_event_gives_the_month() -> None:
    text = "Biden and Xi agreed last month at a California summit to resume contacts."
    guess = infer_publication(text, [SUMMIT, BALLOON])
    assert guess is not None
    assert guess.certainty == Certainty.MONTH
    # Only the month is known: shown as the month, never as a made-up first day.
    assert guess.value == "2023-12"
    assert (guess.published.year, guess.published.month) == (2023, 12)
    assert guess.published.day != 1
    assert "Biden-Xi summit" in guess.evidence


def test_common_words_alone_are_no_evidence() -> None:
    text = "The United States and China met on Tuesday for talks."
    assert infer_publication(text, [SUMMIT, BALLOON]) is None
    assert infer_publication("No dates here at all.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the article names August 2022 as past: it was not written in May 2022
            "SINGAPORE, May 31 (Reuters) - The two defense chiefs met. Military talks, "
            "severed after Pelosi visited Taiwan in August 2022, resumed in November.",
            "2023-05-31",
        ),
        ("BEIJING, Dec 12 (Reuters) - Talks severed on 5 August 2022 resumed.", "2022-12-12"),
        ("HANOI, Jan 30 (Reuters) - A visit in 2023 and one in March 2022.", "2023-01-30"),
    ],
)
def test_a_dateline_without_a_year_is_not_before_a_month_the_text_names(
    text: str, expected: str
) -> None:
    guess = infer_publication(text)
    assert guess is not None
    assert guess.published.isoformat() == expected


def test_evidence_quotes_whole_words_around_the_phrase_that_dates_the_article() -> None:
    from dragon_reader.domain.publication import quote_around

    sentence = (
        "U.S. President Joe Biden and Chinese leader Xi Jinping agreed last month at a "
        "closely watched California summit to resume such contacts, which were severed "
        "after then-House Speaker Nancy Pelosi visited Taiwan in August 2022."
    )
    quoted = quote_around(sentence, "last month")
    assert "agreed last month at a closely watched California summit" in quoted
    assert quoted.startswith("…") and quoted.endswith("…") and len(quoted) <= 162
    inner = quoted.strip("…")
    assert inner in sentence
    at = sentence.index(inner)
    end = at + len(inner)
    assert sentence[at - 1] == " " and sentence[end] == " "  # cut between words only
    assert quote_around("Met on Monday.", "Monday") == "Met on Monday."


def test_a_datelines_evidence_names_the_agency_whole() -> None:
    from dragon_reader.domain.publication import infer_publication

    found = infer_publication("SINGAPORE, May 31 (Reuters) - Talks resumed, after 2023.")
    assert found is not None and found.evidence == "SINGAPORE, May 31 (Reuters)"
    found = infer_publication("BEIJING, March 3, 2024 (AP) — China said.")
    assert found is not None and found.evidence == "BEIJING, March 3, 2024 (AP)"
