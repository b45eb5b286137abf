"""What a search typed by the user means, word by word: the one rule that the full-text
index (``store.search``) and the reader's highlighting of the matched words share.

Every word must occur; the last word typed also matches the words it begins once it has
``PREFIX_FROM`` letters ("Tai" finds "Taiwan"), while one or two letters match whole
words only ("Li", "Xi"). Case and accents are ignored, as the index's tokenizer
(``unicode61 remove_diacritics 2``) ignores them.
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+", re.UNICODE)  # a word of the query as typed
# Letters and digits: the index splits words at anything else, underscores included.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
PREFIX_FROM = 3


def search_words(user_text: str) -> list[str]:
    """The words of a search, in the order typed."""
    return WORD.findall(user_text)


def last_is_prefix(words: list[str]) -> bool:
    """True when the last word is also matched as the beginning of longer words."""
    return bool(words) and len(words[-1]) >= PREFIX_FROM


def fold(word: str) -> str:
    """``word`` compared as the index compares it: without accents, case-folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def matched_spans(text: str, user_text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets in ``text`` of every word the search ``user_text``
    matches (as the index matches it: a whole word, or the beginning of a word for the
    last word typed from its third letter), in text order; empty for an empty search."""
    words = search_words(user_text)
    if not words:
        return []
    pieces = [fold(piece) for word in words for piece in _TOKEN.findall(word)]
    whole = set(pieces)
    prefix = pieces[-1] if pieces and last_is_prefix(words) else None
    spans = []
    for token in _TOKEN.finditer(text):
        word = token.group()
        folded = word.lower() if word.isascii() else fold(word)
        if folded in whole or (prefix is not None and folded.startswith(prefix)):
            spans.append((token.start(), token.end()))
    return spans
