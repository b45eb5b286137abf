from __future__ import annotations

from dragon_reader.domain.date_phrases import sentence_bounds


def test_sentence_bounds_ignore_abbreviation_periods() -> None:
    text = "First one. Talks ended on Tuesday, Jan. 9 in the U.S. capital. Next one."
    start = text.index("ended")
    left, right = sentence_bounds(text, start, start + 5)
    assert text[left:right] == "Talks ended on Tuesday, Jan. 9 in the U.S. capital."
