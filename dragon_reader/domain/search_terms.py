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
# A letter or digit outside ASCII: a text without any is searched by ``_matched_in_ascii``.
_NON_ASCII_LETTER = re.compile(r"[^\W\x00-\x7f]")
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
    if _NON_ASCII_LETTER.search(text) is None:
        return _matched_in_ascii(text, phrases, prefix_last)
    tokens = list(_TOKEN.finditer(text))
    folded = [t.group().lower() if t.group().isascii() else fold(t.group()) for t in tokens]
    found: set[tuple[int, int]] = set()
    for number, phrase in enumerate(phrases):
        prefix = prefix_last and number == len(phrases) - 1
        size = len(phrase)
        first, last_piece = phrase[0], phrase[-1]
        # Where the phrase's first word stands (one pass, no slicing), then the rest checked.
        if size == 1 and prefix:
            starts = [at for at, word in enumerate(folded) if word.startswith(first)]
        else:
            starts = [at for at, word in enumerate(folded) if word == first]
        for at in starts:
            if at + size > len(tokens) or folded[at + 1 : at + size - 1] != phrase[1:-1]:
                continue
            last = folded[at + size - 1]
            if last == last_piece or (prefix and last.startswith(last_piece)):
                found.update((t.start(), t.end()) for t in tokens[at : at + size])
    return sorted(found)


def _matched_in_ascii(
    text: str, phrases: list[list[str]], prefix_last: bool
) -> list[tuple[int, int]]:
    """``matched_spans`` for a text whose letters and digits are all ASCII, where folding
    is lower-casing: one regular expression per phrase, so a text of millions of words
    costs a scan rather than a Python step per word."""
    found: set[tuple[int, int]] = set()
    for number, phrase in enumerate(phrases):
        prefix = prefix_last and number == len(phrases) - 1
        groups = [f"({re.escape(piece)})" for piece in phrase[:-1]]
        last = re.escape(phrase[-1])
        groups.append(f"({last}[^\\W_]*)" if prefix else f"({last})(?![^\\W_])")
        # A lookahead finds overlapping phrases too ("a-b-a-b" holds "a-b" twice).
        pattern = re.compile(r"(?<![^\W_])(?=" + r"[\W_]+".join(groups) + ")", re.IGNORECASE)
        for match in pattern.finditer(text):
            found.update(match.span(group) for group in range(1, len(phrase) + 1))
    return sorted(found)


# How much of a long text is searched at a time for its first matched word, and how much
# of each piece is searched again with the next (a phrase may cross the cut).
_CHUNK, _OVERLAP = 65_536, 512


def first_match(text: str, user_text: str) -> tuple[int, int] | None:
    """The ``(start, end)`` of the first word in ``text`` that the search matches (as
    ``matched_spans`` matches), or None. Reads the text a piece at a time from its start,
    so finding a match near the start of a very long text costs what a short text does."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):  # cut between words
            space = text.rfind(" ", start + _OVERLAP * 2, end)
            end = space if space > 0 else end
        found = matched_spans(text[start:end], user_text)
        if found:
            return found[0][0] + start, found[0][1] + start
        if end >= len(text):
            return None
        # The next piece starts a little before the cut, at the start of a word.
        back = text.rfind(" ", start, end - _OVERLAP)
        start = back + 1 if back > start else end
    return None


def snippet_spans(
    text: str, user_text: str, before: int = 5, after: int = 9
) -> tuple[int, int, list[tuple[int, int]]]:
    """Where a snippet of ``text`` for the search ``user_text`` lies, ``(start, end,
    matched)``: ``before`` words before the first matched word to ``after`` words after it
    (the text's first words when nothing matches, say when only the title does), and the
    matched words inside it (offsets in ``text``). Only the neighbourhood of the first match
    is read, so its cost does not grow with the text's length past that match."""
    found = first_match(text, user_text)
    at = found[0] if found is not None else 0
    head = list(_TOKEN.finditer(text, max(0, at - 40 * (before + 1)), at))
    start = head[-before].start() if len(head) >= before else (head[0].start() if head else at)
    tail_words = after + (1 if found is not None else before)
    end = at
    for number, token in enumerate(_TOKEN.finditer(text, at, at + 40 * (tail_words + 1))):
        end = token.end()
        if number + 1 >= tail_words:
            break
    if found is None:
        return start, end, []
    matched = [(s + start, e + start) for s, e in matched_spans(text[start:end], user_text)]
    return start, end, matched
