from __future__ import annotations

import pytest

from dragon_reader.domain.metadata import derive_metadata, first_sentence, shorten
from dragon_reader.domain.text import normalize_newlines
from tests.conftest import SEEDS_DIR


def seed(name: str) -> str:
    path = next(SEEDS_DIR.glob(f"{name}_*.txt"))
    return normalize_newlines(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "title", "outlet", "byline"),
    [
        (
            "000",
            "US in touch with Beijing about arranging military communication -Pentagon",
            "Reuters",
            "Idrees Ali and Phil Stewart",
        ),
        (
            "001",
            "The United States and China are looking to move past the balloon incident to "
            "stabilize relations",
            "Reuters",
            "Susan Heavy",
        ),
        ("002", None, "Breitbart News", "Kristina Wong"),
        ("003", None, None, None),
        ("004", None, None, None),
    ],
)
def test_seed_metadata(
    name: str, title: str | None, outlet: str | None, byline: str | None
) -> None:
    meta = derive_metadata(seed(name))
    if title is not None:
        assert meta.title == title
    assert meta.outlet == outlet
    assert meta.byline == byline


def test_title_without_headline_is_first_sentence_shortened_at_a_word() -> None:
    meta = derive_metadata(seed("003"))
    assert meta.title.startswith("The United States and China wrapped up two days")
    assert meta.title.endswith("…")
    assert len(meta.title) <= 90
    assert meta.title[:-1] in seed("003")  # cut at a word boundary, nothing invented


def test_first_sentence_is_not_fooled_by_abbreviations() -> None:
    text = "Talks ended on Tuesday, Jan. 9 in Washington with U.S. officials. More followed."
    assert first_sentence(text) == (
        "Talks ended on Tuesday, Jan. 9 in Washington with U.S. officials."
    )


def test_shorten_leaves_short_text_alone() -> None:
    assert shorten("Short title", 90) == "Short title"


def test_blank_text_falls_back() -> None:
    assert derive_metadata("   \n", fallback_title="file").title == "file"


def test_a_paragraph_opening_with_a_full_stop_gets_a_title() -> None:
    assert first_sentence(". Then it began. More") == "."
    assert derive_metadata(". Then it began. More", "notes").title == "notes"
    assert derive_metadata("Talks. Then it began.\n\nMore", "notes").title == "Talks."


def test_credit_lines_are_read_only_at_a_line_start() -> None:
    text = "Talks resumed.\nFollow Breitbart News’s Jane Doe on Twitter\nBy Ann Lee\n"
    meta = derive_metadata(text)
    assert (meta.outlet, meta.byline) == ("Breitbart News", "Jane Doe")
    glued = derive_metadata("Talks resumed. Follow Reuters on Twitter and aBy Ann Lee\n")
    assert (glued.outlet, glued.byline) == (None, None)


def test_the_outlet_is_read_from_a_dateline_with_a_date_or_slashes() -> None:
    for line, outlet in [
        ("BEIJING, March 3, 2024 (Reuters) - China said", "Reuters"),
        ("SINGAPORE, May 31 (AP) — The talks", "AP"),
        ("TOKYO, March 5 /Kyodo/ - Japan", "Kyodo"),
        ("WASHINGTON (Reuters) - The U.S.", "Reuters"),
    ]:
        assert derive_metadata(f"A headline\n\n{line} went on.").outlet == outlet
    assert derive_metadata("A headline\n\nIn 2024 the talks (formal) - went on.").outlet is None


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("# Defense hotline restored", "Defense hotline restored"),
        ("## Defense hotline restored ##", "Defense hotline restored"),
        ("#Hashtag diplomacy is back", "#Hashtag diplomacy is back"),  # not a heading
    ],
)
def test_a_markdown_heading_gives_its_text_as_the_title(opening: str, title: str) -> None:
    assert derive_metadata(f"{opening}\n\nThe Pentagon said talks resumed.").title == title


def test_a_title_never_carries_bidirectional_controls_or_their_stand_ins() -> None:
    text = "\u202eevil title reversed\u202c Beijing\n\nBody text here."
    assert derive_metadata(text).title == "evil title reversed Beijing"
    shown = "\ufffdevil title reversed\ufffd Beijing\n\nBody text here."
    assert derive_metadata(shown).title == "evil title reversed Beijing"
