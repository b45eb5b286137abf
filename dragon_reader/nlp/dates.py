"""Date expressions as OntoNotes DATE spans: "Jan. 9", "May 19-21", "late last year", ….

Extents follow the annotation guidelines: "the" only in "the summer of 2022"; joined
dates ("Tuesday, Jan. 9") are separate spans; a range in one expression is one span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import ahocorasick

from dragon_reader.nlp.fast_patterns import DIGIT, first_characters, order_for_news, word_trie

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
# Reuters and others write abbreviations without a period: "Oct 31", "Sept 12"
_MONTH_BARE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?= \d)"
_MONTH = rf"(?:{_MONTH_ABBR}|{_MONTH_FULL}|{_MONTH_BARE})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY_ORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_YEAR_AFTER_DAY = rf"(?:,\s?| ){_YEAR}"
# Words that may open a sentence match with a capital too ("Last week", "Two days").
_NUMBER_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred"
)
_NUMBER = (
    rf"(?:\d+(?:\.\d+)?|(?i:(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?|an?|a few|"
    r"a couple of|a couple|several|many|a half|a dozen|dozens of|hundreds of|"
    r"(?:one|two|three|a) and a half))"
)
_UNIT = r"(?:day|week|month|year|decade|century)s?"
# "more than two years", "nearly a decade": quantity modifiers stay inside a date.
_QUANTITY_WORDS = (
    "more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|"
    "at least|at most|some|over|under|just over|just under|up to|upwards of|close to"
)
_QUANTITY = (
    "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _QUANTITY_WORDS.split("|")) + ")"
)
_MODIFIER = r"(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]arlier|[Ll]ater)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_RELATIVE_NOUN = rf"(?:week|weekend|month|year|decade|{_SEASON}|{_MONTH_FULL}|{_WEEKDAY})"
_PART = r"(?:end|beginning|start|middle|turn|close)"
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|hundredth|\d+(?:st|nd|rd|th))"
)
_RANGE_JOIN = r"(?:\s?[-–]\s?| to | through )"
_MONTH_DAY = rf"{_MONTH} {_DAY}"
_RELATIVE_YEAR = r"(?:last|this|next|the (?:previous|following|same|current)) year"
# fiscal 2025, fiscal year 2025, FY2025, FY25, FY2024-25
_FISCAL_YEAR = rf"(?:[Ff]iscal (?:[Yy]ear )?{_YEAR}|FY ?(?:{_YEAR}|\d\d)(?:[-/]\d\d)?)"
_PERIOD = (
    rf"(?:{_MONTH}(?: {_YEAR}| of {_RELATIVE_YEAR})?|{_FISCAL_YEAR}|{_YEAR}|{_RELATIVE_YEAR}|"
    rf"(?:last|this|next) (?:month|week|decade)|the (?:year|month|week|decade|century)|"
    rf"the {_SEASON}|the {_ORDINAL} (?:half|quarter)(?: of {_YEAR})?)"
)

# "May" and "March" alone are dates only after one of these words ("in May").
_MONTH_WORD_BEFORE = "in In since Since until by of from for before after through"

_PATTERNS = [
    # the summer of 2022, (early) spring 2024
    rf"the (?:{_MODIFIER}[- ])?{_SEASON} of (?:{_YEAR}|{_RELATIVE_YEAR})",
    rf"(?:{_MODIFIER}[- ])?{_SEASON} (?:of )?{_YEAR}",
    # the end of October, the beginning of last year, the first half of 2023,
    # the last quarter of 2022, the third anniversary, the first day (of a meeting)
    rf"[Tt]he {_PART} of {_PERIOD}",
    rf"[Tt]he (?:{_ORDINAL}|last|final) (?:half|quarter) of {_PERIOD}",
    # the first seven months of the year, the last three quarters of 2023
    rf"[Tt]he (?:first|last|final) {_NUMBER} (?:{_UNIT}|quarters) of {_PERIOD}",
    # this fiscal year, the current fiscal year, fiscal 2025, FY2025, Q3 2024, Q3
    r"(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]he (?:current|previous|next|last|coming|following)) "
    r"fiscal(?: year)?(?![\w-])",
    _FISCAL_YEAR,
    rf"Q[1-4](?:,? {_YEAR}| FY ?(?:{_YEAR}|\d\d))?(?![\w-])",
    rf"(?:H[12]|[12]H)(?:,? {_YEAR})?(?![\w-])",
    rf"(?:[Tt]he )?(?i:{_ORDINAL})[ -](?:half|quarter)(?![\w-])",
    rf"(?:[Tt]he )?{_ORDINAL} anniversary",
    # the first week of June, the last day of 2023, the 20th of May, on the 20th (not "the
    # year to March": the gold marks "[March 2026]" alone there)
    rf"[Tt]he (?:first|second|third|fourth|last|final) (?:week|weekend|day|few days) of "
    rf"(?:{_MONTH}(?: {_YEAR}| of {_RELATIVE_YEAR})?|{_YEAR}|{_RELATIVE_YEAR}|"
    r"(?:last|this|next) month|the (?:year|month))(?![\w-])",
    rf"[Tt]he {_DAY_ORD} of {_MONTH}(?:,? {_YEAR})?",
    rf"(?<=[Oo]n )the {_DAY_ORD}(?=[.,;:)]|\s+(?:and|to|at|in|when|after|before|but)\b|$)",
    rf"[Tt]he (?:{_ORDINAL}|last|final|opening|closing) day(?= of)",
    # Nov 17,2023, March 3, 2024, May 19-21, November 18 to 20, Oct. 30-Nov. 1
    rf"(?:{_MODIFIER}[- ])?{_MONTH_DAY}{_RANGE_JOIN}{_MONTH_DAY}(?:{_YEAR_AFTER_DAY})?",
    rf"(?:{_MODIFIER}[- ])?{_MONTH_DAY}(?:{_RANGE_JOIN}{_DAY}(?!\d))?(?:{_YEAR_AFTER_DAY})?",
    rf"{_DAY}(?:\s?[-–]\s?{_DAY})? {_MONTH}(?:,? {_YEAR})?",
    rf"{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])",
    # December of last year, March 2023, late May, early January 2023
    rf"(?:{_MODIFIER}[- ])?{_MONTH} of {_RELATIVE_YEAR}",
    rf"(?:{_MODIFIER}[- ]){_MONTH}(?:,? {_YEAR})?",
    # Reuters' end-March, end-2024, start-June
    rf"(?:[Ee]nd|[Ss]tart)-(?:{_MONTH_FULL}|{_MONTH_ABBR}|{_YEAR})(?:,? {_YEAR})?(?![\w-])",
    # the week of May 6
    rf"[Tt]he week of {_MONTH_DAY}(?:{_YEAR_AFTER_DAY})?",
    rf"{_MONTH},? {_YEAR}",
    # Monday through Wednesday
    rf"{_WEEKDAY}(?: to | through | until |\s?[-–]\s?){_WEEKDAY}",
    # last month, this week, late last year, earlier this year, next Tuesday, the past week
    rf"(?:{_MODIFIER} )?(?:[Ll]ast|[Tt]his(?: past)?|[Nn]ext|[Pp]ast|[Cc]oming) {_RELATIVE_NOUN}",
    rf"[Tt]he (?:past|last|next|coming|previous|following|preceding|same) "
    rf"(?:{_NUMBER} |few |couple of |several )?{_UNIT}",
    rf"(?:[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming) {_NUMBER} {_UNIT}",
    # a few weeks ago, two days, 25 years, more than a year, weeks, a 34-year-old, three-day
    rf"(?:{_QUANTITY} )?{_NUMBER} (?:consecutive|straight|successive|full) {_UNIT}(?![\w-])",
    # a year earlier, two days later, 70 years old
    rf"(?:{_QUANTITY} )?{_NUMBER}[- ]{_UNIT}(?:-old)?(?: ago| earlier| later| old)?(?![\w-])",
    # that day, later that month
    r"(?:(?:[Ee]arlier|[Ll]ater) )?[Tt]hat (?:day|week|weekend|month|year)(?![\w-])",
    rf"{_NUMBER} {_UNIT} (?:and a half|or (?:so|more))(?![\w-])",
    # the September quarter, another month (week-long: below)
    r"[Tt]he (?:March|June|September|December) quarter",
    rf"[Aa]nother (?:{_NUMBER} )?{_UNIT}(?![\w-])",
    # two quarters, several quarters (not "a quarter", a share); a third straight year
    rf"(?:{_QUANTITY} )?(?:\d+|(?i:two|three|four|five|six|seven|eight|several|many)) quarters",
    rf"(?:[Aa]|[Tt]he) {_ORDINAL} (?:straight|consecutive|successive|full) "
    r"(?:day|week|month|quarter|year)(?![\w-])",
    r"(?:[Ee]very|[Ee]ach) (?:other )?(?:(?:\d+|two|three|four|five|ten) )?"
    r"(?:day|week|month|year|decade)s?",
    r"(?:[Rr]ecent|[Cc]oming) (?:days|weeks|months|years|decades)",
    r"[Tt]hese days",
    r"[Tt]he (?:near|foreseeable|distant|not-too-distant|immediate) future",
    r"[Tt]he (?:days|weeks|months|years|decades) (?:ahead|to come)",
    r"[Tt]he weekend",
    # year-end, year's end, month-end (the end of the current period)
    r"(?:[Yy]ear|[Mm]onth)[- ]end(?![\w-])|[Yy]ear['’]s end",
    r"(?:day|week|month|year|decade)-?long(?![\w-])",
    # Bare plurals ("for weeks"), but not a stray one-word sentence ("Months.").
    r"(?:days|weeks|months|years|decades)(?![\w-])|(?:Days|Weeks|Months|Years|Decades)(?![\w.-])",
    rf"(?:[Tt]he )?{_MODIFIER}[- ]{_YEAR}s|the {_YEAR}s|{_YEAR}s",
    # from March to May (one expression, one date, as "Monday through Wednesday"; years
    # stay two: "from [2020] to [2022]")
    rf"(?:{_MONTH_FULL})(?: {_YEAR})?(?: to | through | until |[-–])(?:{_MONTH_FULL})(?: {_YEAR})?"
    r"(?![\w-])",
    rf"{_YEAR}\s?[-–]\s?(?:{_YEAR}|\d\d)(?!\d)",
    rf"(?:{_MODIFIER}[- ]){_YEAR}",
    rf"{_YEAR}",
    _WEEKDAY,
    r"(?:today|yesterday|tomorrow|Today|Yesterday|Tomorrow)",
    # Fixed-date holidays: Christmas Day, New Year's Eve
    r"Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Boxing Day",
    # A bare month name: not "May" or "March" as words, which need a day, year or modifier.
    r"(?:January|February|April|June|July|August|September|October|November|December)",
    "(?:"
    + "|".join(f"(?<={word} )" for word in _MONTH_WORD_BEFORE.split())
    + r")(?:May|March)(?! \d)",
]


def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile(
        "|".join(f"(?:{pattern})" for pattern in patterns).join((r"(?<![\w.-])(?:", r")(?![\w])"))
    )


DATE_RE = _alternation(_PATTERNS)
# What each pattern can begin with (None: not known).
_FIRST_CHARACTERS = [first_characters(pattern) for pattern in _PATTERNS]


@cache
def _date_re_at(char: str) -> re.Pattern[str]:
    """``DATE_RE`` with only the patterns that can begin with ``char``, in their order: at a
    position where ``char`` stands, the same match, found without trying the forty others
    (a tenth of the time)."""
    if not char.isascii():
        return DATE_RE
    return _alternation_of(
        tuple(
            pattern
            for pattern, first in zip(_PATTERNS, _FIRST_CHARACTERS, strict=True)
            if first is None or char in first or (DIGIT in first and char.isdecimal())
        )
    )


@cache
def _alternation_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return _alternation(patterns or ("(?!)",))


# Every date expression starts with one of these words or a digit; the full pattern is
# tried only there, which is much cheaper than trying it at every character.
_FIRST_WORDS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Christmas New Boxing today yesterday tomorrow "
    "early mid late earlier later last this next past "
    "coming recent spring summer fall autumn winter several many days weeks months years "
    "decades another Another fiscal"
).split()
# A first word (or digit) right after a character that is not part of a word: the search
# skips to such characters fast and follows one path of a trie from there. Common words
# open a date only before certain words, so only there are they anchors (a superset of
# what the patterns above accept after them): "the" before a modifier, season, "past",
# "end", an ordinal … or a digit; "a" before a unit, "few" or "couple"; a number word
# before a unit; "about", "more" … before a number.
_UNIT_START = r"(?:day|week|month|year|decade|centur|quarters)"
# The words that may follow "the" in a date (or a digit), and "a" or "an".
_THE_NEXT_WORDS = (
    "Earl earl Mid mid Late late spring summer fall autumn winter past last next coming "
    "near foreseeable distant not-too immediate days weeks months years decades weekend "
    "previous following preceding same end beginning start middle turn close first second "
    "third fourth fifth sixth seventh eighth ninth tenth final opening closing current"
).split()
_THE_NEXT = rf"(?:{'|'.join(_THE_NEXT_WORDS)}|\d|(?:March|June|September|December) quarter)"
_A_NEXT_WORDS = "day week month year decade centur quarters eight eleven".split()
_NUMBER_WORDS = _NUMBER_WORD.split("|")
_NUMBER_ANCHOR = (
    word_trie({*_NUMBER_WORDS, *(w.capitalize() for w in _NUMBER_WORDS)})
    + rf"(?=(?:[- ](?i:{_NUMBER_WORD}))?(?: and a half)?[- ]"
    + rf"(?:(?:consecutive|straight|successive|full) )?{_UNIT_START})"
)
_QUANTITY_FIRST = {w.split()[0] for w in _QUANTITY_WORDS.split("|")}
_QUANTITY_ANCHOR = (
    word_trie({*_QUANTITY_FIRST, *(w.capitalize() for w in _QUANTITY_FIRST)})
    + r"(?= (?:(?:than|least|most|to|of|over|under) )?(?:\d|(?i:an?|one|two|three|four|"
    + r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    + r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    + r"hundred|several|many|dozens|hundreds)\b))"
)
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth twentieth thirtieth "
    "fortieth fiftieth hundredth"
).split()
_ANCHOR = re.compile(
    r"\W(?:"
    + word_trie({*_FIRST_WORDS, *(w.capitalize() for w in _FIRST_WORDS)})
    + r"\b|\d"
    + rf"|[Tt]h(?:e(?= (?:{_THE_NEXT}|week of))|ese(?= days)"
    + r"|at(?= (?:day|week|weekend|month|year)\b))"
    + rf"|[aA]n?(?=[- ](?:{'|'.join(_A_NEXT_WORDS)}|(?i:few|couple|half|dozen)\b))"
    + rf"|[aA](?= {_ORDINAL} (?:straight|consecutive|successive|full) )"
    + rf"|{_NUMBER_ANCHOR}|{_QUANTITY_ANCHOR}"
    + rf"|(?:[Ee]very|[Ee]ach)(?= (?:other )?(?:\w+ )?{_UNIT_START})"
    + r"|(?=[FQHEeSs])(?:FY(?= ?\d)|[QH][1-4]\b|(?:[Ee]nd|[Ss]tart)(?=-[A-Z\d]))"
    + r"|(?:day|week|month|[Mm]onth|[Yy]ear|decade)(?=-long|[- ]end|['’]s end)"
    + rf"|(?:[Dd]ozens|[Hh]undreds)(?= of {_UNIT_START})"
    + "|(?:"
    + word_trie({*_ORDINALS, *(w.capitalize() for w in _ORDINALS)})
    + r")(?=[ -](?:half|quarter)| anniversary))"
)


# An amount right before "over"/"under" makes it a preposition ("$4 billion over five years").
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:billion|million|trillion|percent|per cent|points?|%))\s$", re.IGNORECASE
)


# Every decimal digit (``\d``) lies below U+20000 (Unicode 16; a test checks this Python's).
DIGITS_END = 0x20000


def anchor_keys() -> Iterator[str]:
    """The words anchors begin with, each with what the anchor requires after it where it
    requires something ("the past", "a day", "at "), and every decimal digit: where one
    begins after a character that is not part of a word is a superset of where ``_ANCHOR``
    matches (``tests/nlp/test_dates.py`` checks the two agree). Common words ("the", "a")
    go with the word after them, so that the pass finds few places to try."""
    digits = "".join(filter(str.isdecimal, map(chr, range(DIGITS_END))))
    # "(?i:few|couple|half|dozen)" after "a": their first letters, in either case.
    a_next = [*_A_NEXT_WORDS, *"fFcChHdD"]
    for words, tails in (
        (_FIRST_WORDS, ("",)),
        (["the"], [f" {word}" for word in [*_THE_NEXT_WORDS, *digits, "March", "June"]]),
        (["the"], [" September", " December", " week of"]),
        (["that"], [" day", " week", " month", " year"]),
        (["FY", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "end-", "start-"], ("",)),
        (["a", "an"], [f"{gap}{word}" for gap in " -" for word in a_next]),
        (["a"], [f" {word}" for word in [*_ORDINALS, *digits]]),
        (["every", "each"], (" ",)),
        (_NUMBER_WORDS, (" ", "-")),
        (_QUANTITY_FIRST, (" ",)),
        (_ORDINALS, (" ", "-")),
        (["these days", "dozens of", "hundreds of"], ("",)),
        (
            ["day", "week", "month", "year", "decade"],
            ("-long", "-end", " end", "'s end", "’s end"),
        ),
    ):
        for word in words:
            for form in (word, word.capitalize()):
                yield from (form + tail for tail in tails)
    yield from digits


@cache
def _anchor_automaton() -> ahocorasick.Automaton:
    """The anchors' keys, each with its length (built once, on first use: about 50 ms)."""
    automaton = ahocorasick.Automaton()
    # A length of 1 for the placeholder keys: the character before a NUL is tried as an
    # anchor's word, which ``_ANCHOR`` refuses.
    order_for_news(automaton, 1)
    for key in anchor_keys():
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def key_starts(text: str) -> Iterator[int]:
    """Where a key of ``anchor_keys()`` begins in ``text`` (some places more than once)."""
    for last, size in _anchor_automaton().iter(text):
        yield last - size + 1


def _anchor_starts(text: str, keys_at: Iterable[int] | None = None) -> list[int]:
    """Where ``_ANCHOR`` matches in ``" " + text``, as offsets of the anchors' first words in
    ``text`` (the same as ``_ANCHOR.finditer``, in order): one pass of an Aho–Corasick
    automaton finds where an anchor's word can begin (``keys_at``, or ``key_starts``), and
    ``_ANCHOR`` is tried only there, not after every space and punctuation mark."""
    padded = " " + text
    match = _ANCHOR.match
    starts = set()
    tried = set()
    for start in key_starts(text) if keys_at is None else keys_at:
        if start in tried:
            continue
        tried.add(start)
        before = padded[start]
        if not (before.isalnum() or before == "_") and match(padded, start) is not None:
            starts.add(start)
    return sorted(starts)


def find_dates(text: str, keys_at: Iterable[int] | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of date expressions, left to right, never overlapping (the
    same spans as ``DATE_RE.finditer``, found faster).

    ``keys_at``: every offset where a key of ``anchor_keys()`` begins in ``text``, from a
    pass the caller makes anyway with those keys among its own (the recognizer's); without
    it, this function makes that pass itself.
    """
    date_re_at = _date_re_at
    taken_until = 0
    for start in _anchor_starts(text, keys_at):
        if start < taken_until:
            continue
        found = date_re_at(text[start]).match(text, start)
        if found is not None and found.end() > start:
            taken_until = found.end()
            begins = start
            if text.startswith(("over ", "under "), start) and _AMOUNT_BEFORE.search(
                text, max(0, start - 24), start
            ):
                # "C$4.5 billion over five years": a span of time, not "more than"
                begins = text.index(" ", start) + 1
            yield begins, taken_until
