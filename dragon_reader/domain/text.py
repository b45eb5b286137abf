"""The rule that makes stored offsets equal file offsets: only a BOM and line ends change
(and bidirectional controls become U+FFFD, one character for one); and clean titles."""

from __future__ import annotations

import hashlib
import re

BOM = "\ufeff"

# Abbreviations whose period does not end a sentence ("Jan. 9", "U.S. officials").
SENTENCE_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen lt col maj sgt capt "
    "adm sen rep gov pres prof st jr sr no vs etc inc corp co ltd dept u.s u.k u.n".split()
)


def ends_sentence(text: str, period: int) -> bool:
    """True when the ``.``, ``!`` or ``?`` at ``period`` ends a sentence (not "Jan.")."""
    if text[period] != ".":
        return True
    # Five letters, digits or marks right before it: a word no abbreviation is (every one is
    # at most four characters; quotes and brackets are stripped from the word). Most
    # sentences end so, and this check is a fifth of the cost of reading the word.
    if period >= _LONGER and _LONG_WORD_END.match(text, period - _LONGER, period):
        return True
    # The word before the period; a few characters back suffice (abbreviations are short),
    # which keeps this fast however long the text.
    before = text[max(0, period - _WORD_REACH) : period]
    word = before.rsplit(None, 1)[-1].lower().strip('("“') if before.strip() else ""
    return not (word in SENTENCE_ABBREVIATIONS or len(word) == 1)


_WORD_REACH = 24
_LONGER = 1 + max(map(len, SENTENCE_ABBREVIATIONS))
_LONG_WORD_END = re.compile(rf'[^\s("“]{{{_LONGER}}}')


def normalize_newlines(text: str) -> str:
    """Remove one leading BOM and turn CRLF and lone CR into LF; change nothing else.

    Offsets into the result are offsets into the file's text once its line ends are LF,
    which is what brat and other standoff tools expect.
    """
    if text.startswith(BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Characters that change how the text around them is laid out without showing anything:
# bidirectional embeddings, overrides and isolates (which can show a title or a line
# reversed, the "Trojan Source" trick), the Arabic letter mark, zero-width spaces and a BOM
# inside the text. Kept as they are in stored text (offsets), left out of titles.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
INVISIBLE_CONTROLS = BIDI_CONTROLS | frozenset("\u061c\u200b\u2060\ufeff")
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CONTROLS))
_BIDI_SHOWN = dict.fromkeys(map(ord, BIDI_CONTROLS), "\ufffd")


def without_invisible_controls(text: str) -> str:
    """``text`` without the characters of ``INVISIBLE_CONTROLS`` (its offsets change:
    for titles and other text that no span points into)."""
    return text.translate(_INVISIBLE)


def with_bidi_controls_shown(text: str) -> tuple[str, int]:
    """``text`` with each bidirectional control (``BIDI_CONTROLS``) replaced by U+FFFD,
    one character for one, so that offsets into it stay offsets into ``text``; and how
    many were replaced."""
    shown = text.translate(_BIDI_SHOWN)
    if shown == text:
        return text, 0
    return shown, sum(1 for a, b in zip(text, shown, strict=True) if a != b)


def plain_title(title: str) -> str:
    """A title as stored and shown: one line, spaces collapsed, without invisible
    controls (a right-to-left override would show it reversed in every list)."""
    return " ".join(without_invisible_controls(title).split())


def content_hash(text: str) -> str:
    """Return the SHA-256 hex digest of the stored text; equal texts are duplicates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
