"""Date expressions as OntoNotes DATE spans: "Jan. 9", "May 19-21", "late last year", ….

Extents follow the annotation guidelines: "the" only in "the summer of 2022"; joined
dates ("Tuesday, Jan. 9") are separate spans; a range in one expression is one span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dragon_reader.nlp.fast_patterns import word_trie

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
_MONTH = rf"(?:{_MONTH_ABBR}|{_MONTH_FULL})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# Words that may open a sentence match with a capital too ("Last week", "Two days").
_NUMBER = (
    r"(?:\d+|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a few|a couple of|several|many))"
)
_UNIT = r"(?:day|week|month|year|decade)s?"
_MODIFIER = r"(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]arlier|[Ll]ater)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_RELATIVE_NOUN = rf"(?:week|weekend|month|year|decade|{_SEASON}|{_MONTH_FULL}|{_WEEKDAY})"

# "May" and "March" alone are dates only after one of these words ("in May").
_MONTH_WORD_BEFORE = "in In since Since until by of from"

_PATTERNS = [
    # the summer of 2022, (early) spring 2024
    rf"the (?:{_MODIFIER}[- ])?{_SEASON} of {_YEAR}",
    rf"(?:{_MODIFIER}[- ])?{_SEASON} {_YEAR}",
    # late May, early January 2023, Jan. 9, May 19-21, March 3, 2024, 9 January 2024
    rf"(?:{_MODIFIER}[- ])?{_MONTH} {_DAY}(?:\s?[-–]\s?{_DAY})?(?:, {_YEAR})?",
    rf"{_DAY} {_MONTH}(?: {_YEAR})?",
    # Reuters datelines write abbreviations without a period: "Oct 31", "Sept 12"
    rf"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) {_DAY}(?:, {_YEAR})?",
    rf"(?:{_MODIFIER}[- ]){_MONTH}(?:,? {_YEAR})?",
    rf"{_MONTH},? {_YEAR}",
    # last month, this week, late last year, earlier this year, next Tuesday
    rf"(?:{_MODIFIER} )?(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming) {_RELATIVE_NOUN}",
    # a few weeks ago, two days, three years
    rf"{_NUMBER} {_UNIT} ago",
    rf"(?:the )?(?:past|last|next|coming) {_NUMBER} {_UNIT}",
    rf"(?<!the ){_NUMBER} {_UNIT}(?= (?:of|later|earlier|before|after)\b)",
    r"(?:two|three|four|five|six|seven|\d+) days",
    r"recent (?:days|weeks|months|years)",
    rf"the {_YEAR}s|{_YEAR}s",
    rf"(?:{_MODIFIER}[- ]){_YEAR}",
    rf"{_YEAR}",
    _WEEKDAY,
    r"(?:today|yesterday|tomorrow|Today|Yesterday|Tomorrow)",
    # A bare month name: not "May" or "March" as words, which need a day, year or modifier.
    r"(?:January|February|April|June|July|August|September|October|November|December)",
    "(?:"
    + "|".join(f"(?<={word} )" for word in _MONTH_WORD_BEFORE.split())
    + r")(?:May|March)(?! \d)",
]
DATE_RE = re.compile(
    "|".join(f"(?:{pattern})" for pattern in _PATTERNS).join((r"(?<![\w.-])(?:", r")(?![\w])"))
)


# Every date expression starts with one of these words or a digit; the full pattern is
# tried only there, which is much cheaper than trying it at every character.
_FIRST_WORDS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday today yesterday tomorrow early mid late earlier later last this next past "
    "coming recent spring summer fall autumn winter the a one two three four five six seven "
    "eight nine ten eleven twelve several many"
).split()
# A first word (or digit) right after a character that is not part of a word: the search
# skips to such characters fast and follows one path of a trie from there. The commonest
# words open a date only before certain words, so only there are they anchors: "the"
# before a modifier, season, "past" … or year; "a" before a unit, "few" or "couple" (as
# in the patterns above); "The" never ("the" is lower case in every pattern).
_COMMON_WORDS = {"the", "The", "a", "A"}
_ANCHOR = re.compile(
    r"\W(?:"
    + word_trie({*_FIRST_WORDS, *(w.capitalize() for w in _FIRST_WORDS)} - _COMMON_WORDS)
    + r"\b|\d|the(?= [EeMmLlsfawpnc12])"
    + r"|[aA](?= (?:day|week|month|year|decade|(?i:few|couple) )))"
)


def find_dates(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of date expressions, left to right, never overlapping (the
    same spans as ``DATE_RE.finditer``, found faster)."""
    match = DATE_RE.match
    taken_until = 0
    # One space before the text lets the first word be an anchor; an anchor's start in
    # the padded text is the offset of its first word in ``text``.
    for anchor in _ANCHOR.finditer(" " + text):
        start = anchor.start()
        if start < taken_until:
            continue
        found = match(text, start)
        if found is not None and found.end() > start:
            taken_until = found.end()
            yield start, taken_until
