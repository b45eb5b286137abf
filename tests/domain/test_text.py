from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dragon_reader.domain.text import content_hash, normalize_newlines


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
