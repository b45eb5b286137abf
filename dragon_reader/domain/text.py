"""The rule that makes stored offsets equal file offsets: only a BOM and line ends change."""

from __future__ import annotations

import hashlib

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
    # The word before it, read from the last few dozen characters (a whole article's
    # prefix only when the word may start before them): linear in the text, not quadratic.
    low = max(0, period - 48)
    parts = text[low:period].rsplit(None, 1)
    if low and len(parts) < 2:
        parts = text[:period].rsplit(None, 1)
    word = parts[-1].lower().strip('("“') if parts else ""
    return not (word in SENTENCE_ABBREVIATIONS or len(word) == 1)


def normalize_newlines(text: str) -> str:
    """Remove one leading BOM and turn CRLF and lone CR into LF; change nothing else.

    Offsets into the result are offsets into the file's text once its line ends are LF,
    which is what brat and other standoff tools expect.
    """
    if text.startswith(BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_hash(text: str) -> str:
    """Return the SHA-256 hex digest of the stored text; equal texts are duplicates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
