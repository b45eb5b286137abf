from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dragon_reader.domain.text import (
    SENTENCE_ABBREVIATIONS,
    content_hash,
    ends_sentence,
    normalize_newlines,
)


def test_removes_bom_and_normalises_line_ends_only() -> None:
    assert normalize_newlines("\ufeffa\r\nb\rc\n“d”  😀") == "a\nb\nc\n“d”  😀"


def test_keeps_a_bom_that_is_not_leading() -> None:
    assert normalize_newlines("a\ufeffb") == "a\ufeffb"


@given(st.text())
def test_result_has_no_carriage_returns_and_is_stable(text: str) -> None:
    once = normalize_newlines(text)
    assert "\r" not in once
    assert normalize_newlines(once) == once or once.startswith("\ufeff")


def test_equal_texts_share_a_hash_and_different_texts_do_not() -> None:
    assert content_hash("abc") == content_hash("abc")
    assert content_hash("abc") != content_hash("abd")


def _ends_sentence_by_reading_the_word(text: str, period: int) -> bool:
    """``ends_sentence`` as first written: read the word before the period, always."""
    if text[period] != ".":
        return True
    before = text[max(0, period - 24) : period]
    word = before.rsplit(None, 1)[-1].lower().strip('("“') if before.strip() else ""
    return not (word in SENTENCE_ABBREVIATIONS or len(word) == 1)


_PIECES = st.sampled_from(
    [" ", "\n", "\t", "\u00a0", ".", "(", '"', "“", "”", "a", "B", "İ", "7", "-", "'"]
    + sorted(SENTENCE_ABBREVIATIONS)
    + [word.upper() for word in SENTENCE_ABBREVIATIONS]
    + ["summit", "talks", "Calif"]
)


@given(st.lists(_PIECES, max_size=40))
def test_a_sentence_ends_where_reading_the_word_before_says_it_does(pieces: list[str]) -> None:
    """The shortcut for long words gives what reading the word gives, at every period."""
    text = "".join(pieces)
    for at, char in enumerate(text):
        if char == ".":
            assert ends_sentence(text, at) == _ends_sentence_by_reading_the_word(text, at)


def test_plain_title_leaves_out_invisible_controls_and_collapses_spaces() -> None:
    from dragon_reader.domain.text import plain_title

    assert (
        plain_title(" Talks\u202e in \u2066Vienna\u2069\u200b\n resume ")
        == "Talks in Vienna resume"
    )
