"""Load the gazetteers shipped in ``resources/gazetteer`` and match them fast.

Matching uses Aho–Corasick automata (pyahocorasick): one pass over the text finds every
listed name, whatever the size of the lists.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import ahocorasick

from dragon_reader.domain.entities import EntityLabel
from dragon_reader.nlp.fast_patterns import order_for_news
from dragon_reader.resources import resource

GAZETTEER_FILES = (
    "people.tsv",
    "organizations.tsv",
    "nationalities.tsv",
    "demonyms.tsv",
    "regions.tsv",
    "places.tsv",
    "subdivisions.tsv",
    "given_names.txt",
    "given_names_world.txt",
    "chinese_surnames.txt",
    "titles.txt",
    "stop_names.txt",
)
# Multi-word organisation names this long also match in lower case.
CASELESS_MIN_WORDS = 3
ACRONYM_AS_WORD_MIN = 4
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, so that offsets stay the same."""
    return text.translate(_ASCII_LOWER)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer name: its label and canonical form."""

    label: EntityLabel
    canonical: str
    kind: str  # "person", "org", "norp", "place", "city" (a city may be a surname too)


@dataclass
class Gazetteer:
    """Every list the rule-based recognizer uses, plus automata over the names."""

    entries: dict[str, Entry] = field(default_factory=dict)
    caseless: dict[str, Entry] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    # Given names of regions where a person is called by the given name alone ("Anwar").
    world_given_names: frozenset[str] = frozenset()
    chinese_surnames: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    stop_names: frozenset[str] = frozenset()
    digest: str = ""
    # What users of the lists build from them once and keep with them (the recognizer's
    # automaton), by the user's name for it.
    derived: dict[str, object] = field(default_factory=dict)
    _automaton: object = None

    def build(self) -> Gazetteer:
        """Ready the lists for ``scan``; call once after filling them (the automaton itself
        is compiled on the first ``scan``: the recognizer compiles its own, with more keys).
        """
        self._automaton = None
        return self

    def automaton_keys(self) -> dict[str, tuple[Entry | None, bool]]:
        """What ``scan`` looks for: each surface with its entry (``None`` for a title only)
        and whether it is a title.

        Long organisation names are also matched written all in lower case
        ("central military commission"), through their lower-case form as a key. Titles
        are keys too, so that one pass over a text finds both.
        """
        keys: dict[str, tuple[Entry | None, bool]] = dict.fromkeys(self.titles, (None, True))
        for surface, entry in (*self.caseless.items(), *self.entries.items()):
            keys[surface] = (entry, surface in keys and keys[surface][1])
        return keys

    def matches(self, text: str) -> list[tuple[int, int, Entry]]:
        """Every listed name at word boundaries, as ``(start, end, entry)``."""
        return self.scan(text).names

    def scan(self, text: str) -> Scan:
        """Listed names at word boundaries and where titles start, in one pass."""
        if self._automaton is None:
            self._automaton = _automaton(self.automaton_keys())
        return _scan(self._automaton, text)

    def label_of(self, surface: str) -> EntityLabel | None:
        """Return the label of a listed name, or ``None``."""
        entry = self.entries.get(surface)
        return entry.label if entry else None


class Scan(NamedTuple):
    """What one pass of the automaton over a text found."""

    names: list[tuple[int, int, Entry]]  # (start, end, entry), listed names
    title_starts: list[int]  # where a listed title begins (and is a whole word)


def _automaton(keys: dict[str, tuple[Entry | None, bool]]) -> object:
    automaton = ahocorasick.Automaton()
    if keys:
        order_for_news(automaton, (2, None, False))  # neither a name nor a title
    for surface, (entry, is_title) in keys.items():
        automaton.add_word(surface, (len(surface), entry, is_title))
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _scan(automaton: object, text: str) -> Scan:
    found = Scan([], [])
    if not len(automaton):  # type: ignore[arg-type]
        return found
    length = len(text)
    for last, (size, entry, is_title) in automaton.iter(text):  # type: ignore[attr-defined]
        start, end = last - size + 1, last + 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        if end < length and (text[end].isalnum() or text[end] == "_"):
            continue
        if entry is not None:
            found.names.append((start, end, entry))
        if is_title:
            found.title_starts.append(start)
    return found


def _lines(name: str) -> Iterator[list[str]]:
    text = resource(f"gazetteer/{name}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@cache
def gazetteer_digest() -> str:
    """A digest of the gazetteer files' contents (part of the recognizer's version),
    computed without reading the lists into memory: a few milliseconds."""
    return _digest()


def _digest() -> str:
    hasher = hashlib.sha256()
    for name in GAZETTEER_FILES:
        hasher.update(resource(f"gazetteer/{name}").read_bytes())
    return hasher.hexdigest()[:12]


def _other_spelling(demonym: str) -> str:
    """The other spelling of a demonym in "-ean" / "-ian" ("Ecuadorean", "Ecuadorian"), as the
    news writes either; the demonym itself when it has none."""
    for written, other in (("ean", "ian"), ("ian", "ean"), ("eans", "ians"), ("ians", "eans")):
        if demonym.endswith(written) and len(demonym) > len(written) + 3:
            return demonym[: -len(written)] + other
    return demonym


def _add_other_spellings(entries: dict[str, Entry]) -> None:
    """Each nationality's other spelling (``_other_spelling``) unless it names something."""
    for name in ("demonyms.tsv", "nationalities.tsv"):
        for surface, canonical in _lines(name):
            entries.setdefault(_other_spelling(surface), Entry(EntityLabel.NORP, canonical, "norp"))


@cache
def load_gazetteer() -> Gazetteer:
    """Read every gazetteer file once per process and compile it."""
    gazetteer = Gazetteer()
    entries = gazetteer.entries
    for surface, label, canonical, kind_name in _lines("subdivisions.tsv"):
        entries[surface] = Entry(EntityLabel(label), canonical, kind_name)
    for surface, label, canonical, *kind in _lines("places.tsv"):
        if len(surface) >= 3:
            entries[surface] = Entry(EntityLabel(label), canonical, kind[0] if kind else "place")
    for surface, label, canonical in _lines("regions.tsv"):
        entries[surface] = Entry(EntityLabel(label), canonical, "place")
    for name in ("demonyms.tsv", "nationalities.tsv"):
        for surface, canonical in _lines(name):
            entries[surface] = Entry(EntityLabel.NORP, canonical, "norp")
    _add_other_spellings(entries)  # "Ecuadorian" for "Ecuadorean"
    for surface, canonical in _lines("organizations.tsv"):
        entry = Entry(EntityLabel.ORG, canonical, "org")
        entries[surface] = entry
        if len(surface.split()) >= CASELESS_MIN_WORDS:
            gazetteer.caseless[ascii_lower(surface)] = entry
    for surface, canonical in _lines("people.tsv"):
        entries[surface] = Entry(EntityLabel.PERSON, canonical, "person")
    gazetteer.world_given_names = frozenset(row[0] for row in _lines("given_names_world.txt"))
    gazetteer.given_names = (
        frozenset(row[0] for row in _lines("given_names.txt")) | gazetteer.world_given_names
    )
    # Acronyms of four letters or more are also written as words ("Nato", "Asean"), unless
    # that word is a given name ("Sana").
    for surface, entry in list(entries.items()):
        if entry.kind == "org" and len(surface) >= ACRONYM_AS_WORD_MIN and surface.isupper():
            word = surface.capitalize()
            if surface.isalpha() and word not in entries and word not in gazetteer.given_names:
                entries[word] = entry
    gazetteer.chinese_surnames = frozenset(row[0] for row in _lines("chinese_surnames.txt"))
    gazetteer.titles = tuple(
        sorted({row[0] for row in _lines("titles.txt")}, key=len, reverse=True)
    )
    gazetteer.stop_names = frozenset(row[0] for row in _lines("stop_names.txt"))
    gazetteer.digest = gazetteer_digest()
    return gazetteer.build()
