"""Read a title, outlet and byline from an article's own text.

These are guesses the analyst can edit later; they never change the stored text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from dragon_reader.domain.text import SENTENCE_ABBREVIATIONS as _ABBREVIATIONS
from dragon_reader.domain.text import without_invisible_controls

TITLE_MAX_CHARS = 90
_HEADLINE_MAX_WORDS = 25

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
# "BEIJING (Reuters) -", with a date or not ("SINGAPORE, May 31, 2024 (AP) —"), or the
# agency between slashes ("TOKYO, March 5 /Kyodo/ -").
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z0-9 .,'’-]{1,60}?\s*(?:\((?P<outlet>[A-Z][A-Za-z&.' ]{1,40})\)"
    r"|/(?P<slashed>[A-Z][A-Za-z&.' ]{1,40})/)\s*[–—-]"
)
# "At a line start" is written as a look-behind after the first letter, "not after a
# character other than a line break" (``.`` never matches one): the same matches as a
# leading ``^``, but ``re`` can skip ahead to that letter instead of trying every position.
_FOLLOW = re.compile(
    r"F(?<!.F)ollow (?P<outlet>[A-Z][\w&. ]+?)(?:['’]s (?P<byline>[A-Z][\w.' -]+?))? on "
    r"(?:Twitter|X|Facebook|Instagram|Truth Social)"
)
_REPORTING_BY = re.compile(r"\(\s*Reporting by (?P<byline>[^;)]+)")
_BY_LINE = re.compile(
    r"B(?<!.B)y (?P<byline>[A-Z][\w.'’ -]+(?: and [A-Z][\w.'’ -]+)?)\s*$", re.MULTILINE
)


# A Markdown heading line ("# Title", "## Title ##"): the title is its text.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<title>.+?)(?:[ \t]+#+)?$")
# How far into the text a title is looked for (a long article's first lines are enough).
_TITLE_REACH = 20_000


def _shown(line: str) -> str:
    """A line as a title shows it: without invisible controls or the U+FFFD that stand
    for undecodable bytes and bidirectional controls (nothing to read there)."""
    return without_invisible_controls(line).replace("\ufffd", "").strip()


@dataclass(frozen=True, slots=True)
class ArticleMetadata:
    """What an article says about itself, each part ``None`` when it does not say."""

    title: str
    outlet: str | None
    byline: str | None


def derive_metadata(text: str, fallback_title: str = "Untitled") -> ArticleMetadata:
    """Return a title, outlet and byline read from ``text``.

    The title is a headline line when the article opens with one (short, no closing
    period, more text after it); otherwise its first sentence, shortened at a word
    boundary to at most ``TITLE_MAX_CHARS`` characters.
    """
    return ArticleMetadata(
        title=_title(text) or fallback_title,
        outlet=_outlet(text),
        byline=_byline(text),
    )


def _title(text: str) -> str | None:
    # Only the first two lines with something shown are looked at: made clean lazily.
    shown = (_shown(line) for line in text[:_TITLE_REACH].split("\n"))
    non_blank = list(itertools.islice(filter(None, shown), 2))
    if not non_blank:
        return None
    heading = _MARKDOWN_HEADING.match(non_blank[0])
    first = heading["title"] if heading else non_blank[0]
    if (
        len(non_blank) > 1
        and len(first.split()) <= _HEADLINE_MAX_WORDS
        and not re.search(r"[.!?:;,]$", first)
    ):
        return shorten(first, TITLE_MAX_CHARS * 2)
    sentence = shorten(first_sentence(first), TITLE_MAX_CHARS)
    return sentence if any(char.isalnum() for char in sentence) else None


def first_sentence(paragraph: str) -> str:
    """Return the first sentence of ``paragraph``, not fooled by "Jan." or "U.S."."""
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[: match.start()].rsplit(None, 1)
        word = before[-1].lower().strip('("“') if before else ""  # "." opening a paragraph
        if match.group().startswith(".") and (word in _ABBREVIATIONS or len(word) == 1):
            continue
        return paragraph[: match.end()].strip()
    return paragraph.strip()


def shorten(text: str, limit: int) -> str:
    """Return ``text`` cut at the last word boundary before ``limit`` with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def _outlet(text: str) -> str | None:
    for line in text.split("\n")[:6]:
        match = _DATELINE.match(line.strip())
        if match:
            return (match.group("outlet") or match.group("slashed")).strip()
    follow = _FOLLOW.search(text)
    if follow:
        return follow.group("outlet").strip()
    return None


def _byline(text: str) -> str | None:
    for pattern in (_REPORTING_BY, _FOLLOW, _BY_LINE):
        match = pattern.search(text)
        if match and match.group("byline"):
            return " ".join(match.group("byline").split()).rstrip(".")
    return None
