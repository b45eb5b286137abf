"""The fast-searching patterns find exactly what their plain formulations find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dragon_reader.nlp import recognizer
from dragon_reader.nlp.fast_patterns import (
    guarded_alternation,
    guarded_class,
    matches_at,
    word_trie,
)
from dragon_reader.nlp.gazetteer import load_gazetteer


@pytest.fixture(autouse=True, scope="module")
def _gazetteer_loaded() -> None:
    """Load the gazetteer once before the timed examples (asking the recognizer's version
    no longer loads it, so nothing else may have)."""
    load_gazetteer()
    recognizer.RuleRecognizer()._title_re  # noqa: B018 - compiled once, outside the deadline


_PIECES = [
    "Secretary of State",
    "Secretary",
    "spokesperson",
    "Defense Minister",
    "Antony Blinken",
    "Wang Yi",
    "Biden-Xi",
    "Biden-era",
    "Smith-Jones-era",
    "(Reporting by Jane Doe)",
    "Editing by",
    "editing by Joe Bloggs",
    "Additional reporting by Li Wei",
    "By Ann Lee",
    "WASHINGTON (Reuters)",
    "BEIJING, Nov 1 (Reuters) -",
    "(D-CA)",
    "R-Fla.,",
    "House Speaker",
    "the House",
    "White House",
    "Ministry of Foreign Affairs",
    "U.S.",
    "O'Brien",
    "Ursula von der Leyen",
    " de ",
    "el-Sissi",
    "al-",
    "Prévot",
    "ÉDOUARD",
    "Erdoğan",
    "Jr.",
    "CQ Brown",
    " in ",
    "near ",
    "Lower Juba",
    " regions",
    "town of ",
    "within",
    "J.D. Vance",
    "BEIJING:",
    "TAIPEI/WASHINGTON, Nov 14 (Reuters) - ",
    "KUALA LUMPUR —",
    "HANOI, Jan 30 (Reuters) - ",
    "By JANE DOE and ANN LEE",
    "x",
    "-",
    ".",
    ". ",
    "(",
    ")",
    ",",
    "’",
    "'",
    "\n",
    " ",
    " ",
    "9",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)

# The plain formulations, as first written: a guard (look-behind, ``^``) before the match.
_UP, _LO = recognizer._UPPER, recognizer._LOWER
_NAME_TOKEN = (
    rf"(?:[{_UP}][{_LO}]+(?:['’](?!(?:ll|ve|re)(?!\w))[{_LO}]{{2,}})?(?:[{_UP}][{_LO}]+)?"
    rf"(?:-[{_UP}{_LO}][{_LO}]+)*|[{_UP}]\.(?:[{_UP}]\.)*"
    rf"|[{_UP}]['’][{_UP}][{_LO}]+)"
)
_PARTICLE = "(?:" + "|".join(sorted(recognizer.PARTICLES, key=len, reverse=True)) + ")"
_PREFIXED = (
    rf"(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|bin|ibn)-[{_UP}][{_LO}]+"
    rf"(?:-[{_UP}{_LO}][{_LO}]+)*)"
)
_PART = rf"(?: (?:{_PARTICLE} )*(?:{_NAME_TOKEN}|{_PREFIXED}))"
PLAIN = {
    "_NAME_RUN": re.compile(rf"(?<![\w.’'-]){_NAME_TOKEN}{_PART}*(?![\w-])"),
    "_CAPITALISED_WORD": re.compile(
        rf"(?<![\w.-])([{_UP}][{_UP}{_LO}]*)(?:-[{_UP}][{_UP}{_LO}]*)*"
        rf"(?![{_UP}{_LO}0-9_]|-[{_LO}])"
    ),
    "_ORG_OF": re.compile(
        r"(?<![\w.’'-])(?:Ministry|Department|Office|Bureau|Institute|University|Council|"
        r"Commission|Committee|Academy|Bank|Court) (?:of|for|on) (?:the )?"
        rf"{_NAME_TOKEN}(?: (?:and )?{_NAME_TOKEN})*(?![\w-])"
    ),
    "_BYLINE": re.compile(r"^By ([A-Z][^\n]{2,80})$", re.MULTILINE),
    "_PARTY": re.compile(
        r"(?<=[(\s,])(D|R|I)-([A-Z]{2}|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z][a-z]?\.)(?=[),;])"
    ),
    "_PLACE_AFTER": re.compile(
        r"(?<=[a-z]) (?:regions?|provinces?|states?|districts?|governorates?|oblasts?|"
        r"prefectures?|counties|county|valley|sector|refugee camp|camp|area)(?![\w-])"
    ),
    "_HOUSE": re.compile(r"(?<![\w])House(?= Speaker\b)|(?<=the )House(?! of)(?! [A-Z])(?![\w-])"),
}
# Patterns searched in the text with one character put before it: compare their groups.
PLAIN_PADDED = {
    "_CREDIT": (
        "\n",
        re.compile(
            r"(?:\(|^|\. )(?:Reporting|Writing|Additional reporting|Editing|Edited|editing|"
            r"Compiled) by ([^)\n]+)",
            re.MULTILINE,
        ),
    ),
    "_DATELINE": (
        "\n",
        re.compile(
            rf"^([{recognizer._UPPER}][{recognizer._UPPER}.'-]+"
            rf"(?:[ /][{recognizer._UPPER}][{recognizer._UPPER}.'-]+)*)"
            r"(?=,? (?:[A-Za-z0-9., ]{1,30} )?\(|: | ?[—–]| -{1,2} |, [A-Z])",
            re.M,
        ),
    ),
}


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [
        tuple(match.span(group) for group in range(pattern.groups + 1))
        for match in pattern.finditer(text)
    ]


@pytest.mark.parametrize("name", sorted(PLAIN))
@given(text=texts)
def test_fast_pattern_matches_its_plain_form(name: str, text: str) -> None:
    assert _spans(getattr(recognizer, name), text) == _spans(PLAIN[name], text)


@pytest.mark.parametrize("name", sorted(PLAIN_PADDED))
@given(text=texts)
def test_padded_pattern_groups_match_the_plain_form(name: str, text: str) -> None:
    pad, plain = PLAIN_PADDED[name]
    fast = [
        (match.start(1) - len(pad), match.end(1) - len(pad))
        for match in getattr(recognizer, name).finditer(pad + text)
    ]
    assert fast == [match.span(1) for match in plain.finditer(text)]


@settings(deadline=None)  # the first example compiles the title pattern
@given(text=texts)
def test_title_pattern_finds_the_names_the_plain_form_finds(text: str) -> None:
    titles = load_gazetteer().titles
    alternation = "|".join(re.escape(title) for title in titles)
    plain = re.compile(
        rf"(?<![\w-])(?:(?:{alternation}) )+"
        rf"(?P<name>(?:[{_UP}]{{1,2}} )?{_NAME_TOKEN}{_PART}{{0,3}})(?![\w-])"
    )
    fast = recognizer.RuleRecognizer()._title_re
    assert [(m.start("name") - 1, m.end("name") - 1) for m in fast.finditer(" " + text)] == [
        m.span("name") for m in plain.finditer(text)
    ]


@given(text=texts)
def test_runs_of_two_words_are_the_runs_holding_a_space(text: str) -> None:
    runs = [m.span() for m in PLAIN["_NAME_RUN"].finditer(text) if " " in m.group()]
    assert [m.span() for m in recognizer._NAME_RUN_OF_TWO.finditer(text)] == runs


@given(text=texts)
def test_a_run_splits_at_spaces_into_its_name_tokens(text: str) -> None:
    for run in recognizer._NAME_RUN_OF_TWO.finditer(text):
        tokens = [m.group() for m in recognizer._TOKEN.finditer(run.group())]
        assert tokens == run.group().split(" ")


words = st.lists(st.text(alphabet="abAB.-", min_size=1, max_size=4), min_size=1, max_size=6)


@given(words=words, text=st.text(alphabet="abAB.- ", max_size=30))
def test_a_trie_matches_like_the_alternation_sorted_longest_first(
    words: list[str], text: str
) -> None:
    ordered = sorted(set(words), key=len, reverse=True)
    plain = re.compile("(?:" + "|".join(re.escape(w) for w in ordered) + r")(?: |$)")
    trie = re.compile(word_trie(ordered) + r"(?: |$)")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(words=words, text=st.text(alphabet="abAB.- ", max_size=30))
def test_a_guarded_alternation_matches_like_a_look_behind_before_it(
    words: list[str], text: str
) -> None:
    plain = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + ")")
    fast = re.compile(guarded_alternation(words, r"[\w.]"))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_guarded_class_checks_the_character_before() -> None:
    pattern = re.compile(guarded_class("[A-Z]", r"[\w-]") + "[a-z]+")
    assert [m.group() for m in pattern.finditer("Alpha beta-Gamma xDelta (Epsilon")] == [
        "Alpha",
        "Epsilon",
    ]


def test_empty_words_are_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        word_trie(["a", ""])
    with pytest.raises(ValueError, match="empty"):
        guarded_alternation(["", "b"], None)


@settings(deadline=None)  # the first example compiles the title pattern
@given(text=texts)
def test_titles_tried_where_the_gazetteer_saw_one_find_what_a_full_scan_finds(text: str) -> None:
    found = recognizer.RuleRecognizer()
    full_scan = []
    for match in found._title_re.finditer(" " + text):
        name = found._trim_name(text, match.start("name") - 1, match.end("name") - 1)
        if name is not None:
            full_scan.append(name)
    starts = found.gazetteer.scan(text).title_starts
    tried = found._titled_people(text, starts)
    assert [(c.start, c.end) for c in tried] == full_scan


_KEYED = {
    "_PLACE_AFTER": recognizer._PLACES_AFTER,
    "_PARTY": recognizer._PARTIES,
    "_ALL_CAPS": recognizer._CAPITALS,
    "_INITIALS_NAME": recognizer._CAPITALS,
    "_PLACE_BEFORE": recognizer._PLACES_BEFORE,
    "_ORG_OF": recognizer._ORGS_OF,
    "_MOVED_TO": recognizer._MOVES,
    "_JOINED_ORG": recognizer._JOINED_HEADS,
}
_MORE_PIECES = [
    *(" regions", " state", "refugee camp", "'s ", "’ ", "D-", "R-Fla.", "AT&T", "NATO"),
    *(" in ", " of ", "Boulkessi", "Émile", "Bank of ", "Office for ", "Ministry on "),
    *("Writing by ", "Compiled by ", "(Editing by", ". Reporting by "),
    *("fled to ", "flown in from ", "moved", " back into ", "Sing'oei", "ll"),
    *("Tehreek", "-e-", "Jamaat-ul-", "Hizb", "-ut-", "Islami", " Pakistan", "Liwa", " al-Quds"),
]
_RECOGNIZER = recognizer.RuleRecognizer()
keyed_texts = st.lists(st.sampled_from(_PIECES + _MORE_PIECES), max_size=25).map("".join)


@pytest.mark.parametrize("name", sorted(_KEYED))
@given(text=keyed_texts)
def test_a_pattern_tried_where_its_keys_begin_finds_what_a_full_scan_finds(
    name: str, text: str
) -> None:
    pattern = getattr(recognizer, name)
    starts = _RECOGNIZER._scan(text).starts[_KEYED[name]]
    assert [m.span() for m in matches_at(pattern, text, starts)] == [
        m.span() for m in pattern.finditer(text)
    ]


@given(text=keyed_texts)
def test_credits_tried_where_their_words_begin_are_the_credits_a_full_scan_finds(
    text: str,
) -> None:
    starts = _RECOGNIZER._scan(text).starts[recognizer._CREDITS]
    everywhere = list(range(len(text) + 2))
    assert list(_RECOGNIZER._credits(text, starts)) == list(_RECOGNIZER._credits(text, everywhere))


_PLACE_NAMES_BEFORE_PLAIN = re.compile(rf"(?<![\w.-]){recognizer._PLACE_LIST}$")


@given(
    text=st.lists(
        st.sampled_from([*_PIECES, " and ", ", ", "al-Qaim", "el-", "de la "]), max_size=25
    ).map("".join)
)
def test_names_before_a_place_word_are_found_as_the_plain_search_finds_them(text: str) -> None:
    for at in range(len(text) + 1):
        fast = recognizer._PLACE_NAMES_BEFORE.search(text, max(0, at - 80), at)
        plain = _PLACE_NAMES_BEFORE_PLAIN.search(text, max(0, at - 80), at)
        assert (fast and fast.span()) == (plain and plain.span())


@given(text=texts)
def test_possessive_marks_found_from_the_apostrophes_are_those_a_search_finds(text: str) -> None:
    found = [m.span() for m in recognizer._apostrophe_marks(text)]
    assert found == [m.span() for m in recognizer._POSSESSIVE_MARK.finditer(text)]


_GROUP_PIECES = [
    *(" movement", " party", " think tank", " militia", " bloc", " State", " Region", "Kurti's"),
    *(" Zavetno", "North ", " for ", "Islamic", " Karen", " of ", "Sadrist"),
    *(" H ", " B ", "John", "governor ", " Mansur", "Ahsan"),
]
grouped_texts = st.lists(st.sampled_from(_PIECES + _GROUP_PIECES), max_size=25).map("".join)


@given(text=grouped_texts)
def test_single_names_before_a_kind_tried_where_its_words_begin_are_all_there_are(
    text: str,
) -> None:
    starts = _RECOGNIZER._scan(text).starts[recognizer._KINDS_AFTER]
    everywhere = list(range(len(text) + 1))
    assert list(_RECOGNIZER._single_words_by_kind(text, starts)) == list(
        _RECOGNIZER._single_words_by_kind(text, everywhere)
    )


@given(text=grouped_texts)
def test_divisions_tried_where_their_words_begin_are_all_there_are(text: str) -> None:
    starts = _RECOGNIZER._scan(text).starts[recognizer._UNITS_AFTER]
    everywhere = list(range(len(text) + 1))
    assert list(_RECOGNIZER._named_divisions(text, starts)) == list(
        _RECOGNIZER._named_divisions(text, everywhere)
    )
