"""What a search typed by the user means, word by word: the one rule that the full-text
index (``store.search``) and the reader's highlighting of the matched words share.

Every word must occur; the last word typed also matches the words it begins once it has
``PREFIX_FROM`` letters ("Tai" finds "Taiwan"), while one or two letters match whole
words only ("Li", "Xi"). Case and accents are ignored, as the index's tokenizer
(``unicode61 remove_diacritics 2``) ignores them. A word written with hyphens, an
apostrophe or inner periods ("military-to-military", "Xi's", "U.S.") is a phrase: its
pieces must follow each other in the text, as the index splits them ("to" elsewhere and
the S of "U.S." do not count).
"""

from __future__ import annotations

import re
import unicodedata

# A word of the query as typed; hyphens, apostrophes and periods inside it keep it one (a
# phrase: "military-to-military", "Xi's", "U.S.").
WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
# Letters and digits: the index splits words at anything else, underscores included.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
PREFIX_FROM = 3


def search_words(user_text: str) -> list[str]:
    """The words of a search, in the order typed."""
    return WORD.findall(user_text)


def pieces(word: str) -> list[str]:
    """The index's words in one word of a search ("Xi's" → "Xi", "s"): a phrase."""
    return _TOKEN.findall(word)


def last_is_prefix(words: list[str]) -> bool:
    """True when the last word (the last piece of a phrase) is also matched as the
    beginning of longer words."""
    last = pieces(words[-1]) if words else []
    return bool(last) and len(last[-1]) >= PREFIX_FROM


def fold(word: str) -> str:
    """``word`` compared as the index compares it: without accents, case-folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def matched_spans(text: str, user_text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets in ``text`` of every word the search ``user_text``
    matches (as the index matches it: a whole word, or the beginning of a word for the
    last word typed from its third letter; the pieces of a phrase only where they follow
    each other), in text order; empty for an empty search."""
    words = search_words(user_text)
    if not words:
        return []
    phrases = [[fold(piece) for piece in pieces(word)] for word in words]
    phrases = [phrase for phrase in phrases if phrase]
    if not phrases:
        return []
    prefix_last = last_is_prefix(words)
    tokens = list(_TOKEN.finditer(text))
    folded = [t.group().lower() if t.group().isascii() else fold(t.group()) for t in tokens]
    found: set[tuple[int, int]] = set()
    for number, phrase in enumerate(phrases):
        prefix = prefix_last and number == len(phrases) - 1
        size = len(phrase)
        for at in range(len(tokens) - size + 1):
            if folded[at : at + size - 1] != phrase[:-1]:
                continue
            last = folded[at + size - 1]
            if last == phrase[-1] or (prefix and last.startswith(phrase[-1])):
                found.update((t.start(), t.end()) for t in tokens[at : at + size])
    return sorted(found)
