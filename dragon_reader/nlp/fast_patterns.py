"""Regular expressions written so that Python's ``re`` can search them fast.

``re`` skips ahead quickly only when a pattern *begins* with a literal character or a
character set; a pattern that begins with a look-behind or a word boundary is tried at
every position of the text, which made each scan of an article cost as much as all the
recognizer's real work. The helpers here move such a guard behind the first character,
where it checks the same thing: "``[A-Z]`` not preceded by ``[\\w.-]``" becomes
``[A-Z](?<![\\w.-][A-Z])``. The match (its start included) is the same.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

# A guard for "at the start of a line" (``^`` under re.MULTILINE): ``.`` never matches a
# line break, so "not preceded by a character other than a line break" is a line start.
LINE_START = "."


def guarded_branches(words: Iterable[str], not_after: str | None, then: str = "") -> list[str]:
    """Alternatives matching any of ``words`` (tried in the order given), each followed by
    the pattern ``then``, when the character before the match is not matched by the class
    ``not_after`` (``None``: no guard). Join them with ``|`` into one group.

    Each alternative begins with a literal character, so a search skips quickly to the
    positions where one of the words could start.
    """
    tails_by_first: dict[str, list[str]] = {}
    for word in words:
        if not word:
            msg = "an alternation of words cannot hold an empty word"
            raise ValueError(msg)
        tails_by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, tails in tails_by_first.items():
        literal = re.escape(first)
        guard = f"(?<!{not_after}{literal})" if not_after else ""
        branches.append(f"{literal}{guard}(?:{'|'.join(re.escape(t) for t in tails)}){then}")
    return branches


def guarded_alternation(words: Iterable[str], not_after: str | None) -> str:
    """A non-capturing group of ``guarded_branches(words, not_after)``."""
    return f"(?:{'|'.join(guarded_branches(words, not_after))})"


def guarded_class(char_class: str, not_after: str) -> str:
    """``char_class`` (such as ``[A-Z]``) when the character before is not matched by
    ``not_after``: the class first, then the guard, so that a search skips fast."""
    return f"{char_class}(?<!{not_after}{char_class})"


def word_trie(words: Iterable[str]) -> str:
    """A non-capturing group matching any of ``words``, built as a trie: at each position
    ``re`` follows one path of letters instead of trying every word in turn.

    Where several words match at the same position (one a prefix of another), the longer
    is tried first, as in an alternation of the words sorted longest first.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            msg = "a trie of words cannot hold an empty word"
            raise ValueError(msg)
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "|".join(branches)
    optional = "?" if "" in node else ""
    if len(branches) == 1 and not optional and len(branches[0]) == 1:
        return body
    return f"(?:{body}){optional}"


# Characters of English news text, commonest first (counted on the bundled and test articles).
COMMON_CHARACTERS = (
    " eaintorsdhlcufpgymw.b,\nvkSACTMPINBDGORLEUFHWKJ-'’\"“”()0123456789jxzqYVZXQ;:—%$"
    "/–‘…!?&*+=[]@#_<>éáíóúñçüöäèàâêôãõøåß"
)


def order_for_news(automaton: Any, inert: object) -> None:
    """Make the first characters of ``automaton`` (an empty ``ahocorasick.Automaton``)
    the characters of news text, commonest first, each as a key ``char + "\\0"`` whose value
    is ``inert`` (a value its users pass over; such a key matches only where a NUL follows).

    The automaton looks each character of a text up among the current state's followers
    one by one, in the order they were added; from the start state, where most characters
    are looked up, a common character is then found (or a state left) after a few steps
    instead of after every key's first character: a pass over news text takes a third
    less time for the gazetteer's automaton.
    """
    for char in COMMON_CHARACTERS:
        automaton.add_word(char + "\0", inert)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, trying ``pattern`` only at ``starts`` (in any
    order, repeats allowed), which must hold every place where a match of ``pattern`` can
    begin (a pass of an Aho–Corasick automaton over the words matches begin with finds
    them for several patterns at once); ``pattern`` must not match the empty string.
    """
    end = 0
    for start in sorted(set(starts)):
        if start < end:
            continue  # inside the match before, as ``finditer`` goes on after it
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


# Stands in a set of first characters for "any decimal digit" (``\d``: not only 0-9).
DIGIT = "\\d"


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters that a match of ``pattern`` can begin with (``DIGIT`` for any
    decimal digit), or ``None`` when that is not a small known set (a class such as ``\\w``
    or ``.``, a pattern that may match the empty string, or a Python whose parser of regular
    expressions this does not know). A superset: look-arounds are passed over as if absent.
    Used to try at a position only the alternatives of a long alternation that can match
    there.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        parsed = parser.parse(pattern)
        chars, may_be_empty = _first_of_sequence(
            list(parsed), ignore_case=bool(parsed.state.flags & re.IGNORECASE)
        )
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    return None if may_be_empty or chars is None else frozenset(chars)


def _first_of_sequence(items: list[Any], *, ignore_case: bool) -> tuple[set[str] | None, bool]:
    """The first characters of a parsed sequence (``None``: any) and whether it may match
    the empty string."""
    found: set[str] = set()
    for op, value in items:
        chars, may_be_empty = _first_of_item(str(op), value, ignore_case=ignore_case)
        if chars is None:
            return None, False
        found |= chars
        if not may_be_empty:
            return found, False
    return found, True


def _cased(chars: set[str], *, ignore_case: bool) -> set[str]:
    if not ignore_case:
        return chars
    return {form for char in chars for form in (char, char.lower(), char.upper(), char.casefold())}


def _class_characters(items: list[Any]) -> set[str] | None:
    """The characters of a parsed class ``[…]``; ``None`` unless a few literals and ranges."""
    chars: set[str] = set()
    for kind, item in items:
        if str(kind) == "LITERAL":
            chars.add(chr(item))
        elif str(kind) == "RANGE" and item[1] - item[0] < 0x400:
            chars.update(map(chr, range(item[0], item[1] + 1)))
        elif str(kind) == "CATEGORY" and str(item) == "CATEGORY_DIGIT":
            chars.add(DIGIT)
        else:  # NEGATE, another category, a wide range
            return None
    return chars


def _first_of_item(op: str, value: Any, *, ignore_case: bool) -> tuple[set[str] | None, bool]:
    if op == "LITERAL":
        return _cased({chr(value)}, ignore_case=ignore_case), False
    if op == "IN":
        chars = _class_characters(value)
        return None if chars is None else _cased(chars, ignore_case=ignore_case), False
    if op in ("ASSERT", "ASSERT_NOT", "AT"):
        return set(), True  # zero width: what follows decides
    if op == "SUBPATTERN":
        _group, add_flags, del_flags, items = value
        case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _first_of_sequence(list(items), ignore_case=case)
    if op == "BRANCH":
        found: set[str] = set()
        any_empty = False
        for branch in value[1]:
            chars, may_be_empty = _first_of_sequence(list(branch), ignore_case=ignore_case)
            if chars is None:
                return None, False
            found |= chars
            any_empty = any_empty or may_be_empty
        return found, any_empty
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, items = value
        chars, may_be_empty = _first_of_sequence(list(items), ignore_case=ignore_case)
        return chars, may_be_empty or low == 0
    return None, False  # ANY, NOT_LITERAL, group references, atomic groups, …
