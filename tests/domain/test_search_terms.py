"""What the words of a search match, for the reader's highlights (``domain/search_terms.py``)."""

from __future__ import annotations

import pytest

from dragon_reader.domain import search_terms
from dragon_reader.domain.search_terms import last_is_prefix, matched_spans, search_words


def _words(text: str, user_text: str) -> list[str]:
    return [text[start:end] for start, end in matched_spans(text, user_text)]


def test_every_word_of_the_search_is_found_whole_case_and_accents_aside() -> None:
    text = "Xi met Pélosi's aide; XI and pelosi talked. Xinhua reported."
    assert _words(text, "xi pelosi") == ["Xi", "Pélosi", "XI", "pelosi"]  # "Xinhua" is no "xi"


def test_the_last_word_also_finds_the_words_it_begins_from_its_third_letter() -> None:
    text = "Taiwan, Tai Chi and the Taipei talks; Li and Lin."
    assert _words(text, "tai") == ["Taiwan", "Tai", "Taipei"]
    assert _words(text, "Li") == ["Li"]  # two letters: whole words only
    assert _words(text, "tai talk") == ["Tai", "talks"]  # only the last is a prefix
    assert _words(text, "talk tai") == ["Taiwan", "Tai", "Taipei"]  # no whole "talk"


def test_words_are_split_as_the_index_splits_them() -> None:
    assert search_words("mil-mil, hot_line!") == ["mil-mil", "hot_line"]
    assert _words("the hot_line rang", "hot_line") == ["hot", "line"]
    assert matched_spans("anything", "  ?! ") == []
    assert last_is_prefix(["the", "sum"]) and not last_is_prefix(["Xi"])


def test_a_word_with_hyphens_or_an_apostrophe_is_a_phrase() -> None:
    text = (
        "The U.S. wants talks. Xi's envoy went to the military academy; "
        "military-to-military channels and Xi’s reply."
    )
    # The S of "U.S." is no "Xi's"; "to" and "military" apart are no "military-to-military".
    assert _words(text, "Xi's") == ["Xi", "s", "Xi", "s"]
    assert _words(text, "military-to-military") == ["military", "to", "military"]
    # Typed as far as "military-to-mil", the last piece is a prefix (search as you type).
    assert _words(text, "military-to-mil") == ["military", "to", "military"]
    assert not last_is_prefix(["Xi's"]) and last_is_prefix(["military-to-mil"])
    # "U.S." is the two letters in a row, not every lone "s" of a possessive.
    assert _words("China's envoy met U.S. officials.", "U.S.") == ["U", "S"]


def test_a_snippet_of_a_long_text_is_the_neighbourhood_of_its_first_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first match is found piece by piece (a phrase across a cut included), and the
    snippet quotes a few words around it with every matched word inside."""
    monkeypatch.setattr(search_terms, "_CHUNK", 2_000)
    monkeypatch.setattr(search_terms, "_OVERLAP", 100)
    filler = "Delegates met again. " * 400  # 8,400 characters without a match
    text = filler + "The military-to-military talks resumed in talks about talks. " + filler
    at = text.index("military-to")
    assert search_terms.first_match(text, "military-to-military") == (at, at + len("military"))
    start, end, matched = search_terms.snippet_spans(text, "talks")
    # Five words before the first "talks" (a phrase's pieces count) and nine after it.
    quoted = "again. The military-to-military talks resumed in talks about talks. Delegates met"
    assert text[start:end] == quoted + " again. Delegates"
    assert [text[s:e] for s, e in matched] == ["talks"] * 3
    # No match in the text (the title matched): its first words, nothing marked.
    start, end, matched = search_terms.snippet_spans(text, "summit")
    assert (start, matched) == (0, []) and text[start:end].startswith("Delegates met again.")


def test_a_text_of_ascii_words_is_matched_as_one_with_accented_words() -> None:
    """A text whose words are all ASCII is scanned by one expression per phrase (a text of
    millions of words took 8 s word by word); it matches exactly what the word-by-word
    reading of a text with accented words matches."""
    text = (
        "Tai talks: TAIWAN's military-to-military-to-military hot_line; Xi's Li, Lin "
        "and the U.S. talk-talks. "
    )
    for user_text in ("tai", "military-to-military", "Xi's li", "hot_line", "U.S. talk", "s"):
        assert matched_spans(text, user_text) == matched_spans(text + "é", user_text)
    assert _words(text, "military-to-military") == ["military", "to", "military", "to", "military"]
