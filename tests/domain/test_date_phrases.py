from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from dragon_reader.domain.date_phrases import SentenceFinder, SentenceIndex, sentence_bounds
from tests.conftest import SEEDS_DIR


def test_sentence_bounds_ignore_abbreviation_periods() -> None:
    text = "First one. Talks ended on Tuesday, Jan. 9 in the U.S. capital. Next one."
    start = text.index("ended")
    left, right = sentence_bounds(text, start, start + 5)
    assert text[left:right] == "Talks ended on Tuesday, Jan. 9 in the U.S. capital."


# Pieces that make every kind of candidate sentence end: abbreviations, one letter before a
# period, closing quotes, runs of spaces and tabs, line breaks, long words, long gaps.
_PIECES = [
    "Jan.",
    "U.S.",
    " a.",
    "Talks",
    "ended",
    "Washington.",
    "no.",
    ".",
    "!",
    "?",
    '"',
    "”",
    "’",
    "'",
    ")",
    "]",
    "(",
    "“",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    " " * 300,
    "x" * 40 + ".",
    "Mr.",
    "etc.",
    "9.",
]


def _assert_same(text: str, spans: list[tuple[int, int]]) -> None:
    index = SentenceIndex(text)
    finder = SentenceFinder(text)  # reused: its remembered sentence must never mislead
    for start, end in spans:
        expected = index.bounds(start, end)
        assert SentenceFinder(text).bounds(start, end) == expected, (text, start, end)
        assert finder.bounds(start, end) == expected, (text, start, end)
        assert sentence_bounds(text, start, end) == expected


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.lists(st.tuples(st.integers(0, 1200), st.integers(0, 80)), max_size=12),
    st.booleans(),
)
def test_finder_gives_the_index_bounds_on_generated_text(
    text: str, spans: list[tuple[int, int]], in_order: bool
) -> None:
    """Looking near a span finds the very sentence the whole text's index finds, for spans
    asked about in any order, in or past the text."""
    pairs = [(start, start + length) for start, length in spans]
    _assert_same(text, sorted(pairs) if in_order else pairs)


def test_finder_gives_the_index_bounds_on_the_seed_articles() -> None:
    rng = random.Random(15)
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = [(s, s + rng.randint(0, 300)) for s in rng.sample(range(len(text)), 400)]
        # Every offset a sentence can start or end at, each alone and with the next.
        edges = [m for m in range(len(text)) if text[m] in '.!?\n"” \t']
        spans += [(m, m + 1) for m in edges] + [(m, m) for m in edges]
        spans += [(m + 1, m + 2) for m in edges]
        _assert_same(text, sorted(spans))
        _assert_same(text, spans)
