"""Vocabularies the analyst defines: event types, channel levels, channel statuses, event
modes and document labels, each value mapped to PLOVER.

PLOVER (Political Language Ontology for Verifiable Event Records, the Open Event Data
Alliance's successor to CAMEO) codes an event as *event* (one of 16 categories), *mode* (how,
from a list per category) and *context* (why, from a general list). The tables below follow
its manual (PLOVER_MANUAL.tex of github.com/openeventdata/PLOVER) word for word.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import NewType

VocabularyValueId = NewType("VocabularyValueId", int)


class Vocabulary(enum.StrEnum):
    """The lists of values the analyst can edit."""

    EVENT_TYPE = "event_type"
    CHANNEL_LEVEL = "channel_level"
    CHANNEL_STATUS = "channel_status"
    EVENT_MODE = "event_mode"
    RELEVANCE = "relevance"
    DOCUMENT_LABEL = "document_label"

    @property
    def heading(self) -> str:
        """The vocabulary's name for menus and dialogs."""
        return _TITLES[self]

    @property
    def exclusive(self) -> bool:
        """True when an article carries at most one value of it (relevance)."""
        return self == Vocabulary.RELEVANCE


_TITLES = {
    Vocabulary.EVENT_TYPE: "Event types",
    Vocabulary.CHANNEL_LEVEL: "Channel levels",
    Vocabulary.CHANNEL_STATUS: "Channel statuses",
    Vocabulary.EVENT_MODE: "Event modes",
    Vocabulary.RELEVANCE: "Relevance",
    Vocabulary.DOCUMENT_LABEL: "Document labels",
}


class QuadClass(enum.StrEnum):
    """PLOVER's four quad categories."""

    VERBAL_COOPERATION = "VERBAL COOPERATION"
    MATERIAL_COOPERATION = "MATERIAL COOPERATION"
    VERBAL_CONFLICT = "VERBAL CONFLICT"
    MATERIAL_CONFLICT = "MATERIAL CONFLICT"


@dataclass(frozen=True, slots=True)
class PloverCategory:
    """A PLOVER event category with its quad class, whether it requires a recipient, and
    its modes (some categories have none)."""

    name: str
    quad: QuadClass
    requires_recipient: bool
    modes: tuple[str, ...] = ()


_VC, _MC = QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION
_VX, _MX = QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT
_REQUEST_MODES = ("assist", "change", "yield", "meet")  # shared by REQUEST and REJECT

PLOVER_CATEGORIES: dict[str, PloverCategory] = {
    c.name: c
    for c in (
        PloverCategory("AGREE", _VC, False),
        PloverCategory("CONSULT", _VC, False, ("visit", "third-party", "multilateral", "phone")),
        PloverCategory("SUPPORT", _VC, False),
        PloverCategory("CONCEDE", _VC, False),
        PloverCategory("COOPERATE", _MC, True),
        PloverCategory("AID", _MC, True),
        PloverCategory(
            "RETREAT",
            _MC,
            False,
            ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
        ),
        PloverCategory("REQUEST", _VX, False, _REQUEST_MODES),
        PloverCategory("ACCUSE", _VX, False, ("disapprove", "investigate", "allege")),
        PloverCategory("REJECT", _VX, False, _REQUEST_MODES),
        PloverCategory(
            "THREATEN",
            _VX,
            False,
            ("restrict", "arrest", "relations", "expel", "territory", "violence"),
        ),
        PloverCategory(
            "PROTEST",
            _MX,
            False,
            ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
        ),
        PloverCategory("SANCTION", _MX, True, ("convict", "expel", "withdraw", "discontinue")),
        PloverCategory("MOBILIZE", _MX, False, ("troops", "weapons", "police", "militia")),
        PloverCategory(
            "COERCE",
            _MX,
            False,
            (
                "seize",
                "restrict",
                "censor",
                "curfew",
                "martial-law",
                "arrest",
                "deport",
                "withhold",
                "misinformation",
                "cyber",
            ),
        ),
        PloverCategory(
            "ASSAULT",
            _MX,
            False,
            (
                "abduct",
                "beat",
                "torture",
                "sexual",
                "targeted",
                "destroy",
                "primitive",
                "firearms",
                "explosives",
                "suicide-attack",
                "aerial",
                "drone",
                "heavy-weapons",
                "crowd-control",
                "unconventional",
            ),
        ),
    )
}

PLOVER_CONTEXTS: tuple[str, ...] = tuple(
    """military intelligence executive legislative election political_institutions
    pro_democracy pro_autocracy economic legal reparations human_rights rights_freedoms
    repression human_security gender lgbt religion_ethnicity inequality diplomatic territory
    peacekeeping health asylum migration disasters natural_resource environment technology
    terrorism cbrn cyber misinformation crime corruption illegal_drugs trafficking""".split()
)


@dataclass(frozen=True, slots=True)
class PloverMapping:
    """What a value means in PLOVER: an event category, a mode of it, and contexts.

    Every part may be empty (PLOVER dropped CAMEO's "make public statement", so a statement
    has no category).
    """

    category: str = ""
    mode: str = ""
    context: tuple[str, ...] = ()

    def problems(self) -> list[str]:
        """What is wrong with the mapping by PLOVER's manual ([] when it is valid)."""
        found = []
        category = PLOVER_CATEGORIES.get(self.category)
        if self.category and category is None:
            found.append(f"{self.category!r} is not a PLOVER event category")
        if self.mode:
            if not self.category:
                found.append("a PLOVER mode needs its event category")
            elif category is not None and self.mode not in category.modes:
                allowed = ", ".join(category.modes) or "none"
                found.append(
                    f"{self.mode!r} is not a mode of {self.category} (its modes: {allowed})"
                )
        found += [
            f"{context!r} is not a PLOVER context"
            for context in self.context
            if context not in PLOVER_CONTEXTS
        ]
        return found

    @property
    def quad(self) -> QuadClass | None:
        """The category's quad class, if it has a category."""
        category = PLOVER_CATEGORIES.get(self.category)
        return category.quad if category else None


@dataclass(frozen=True, slots=True)
class VocabularyValue:
    """One value of a vocabulary.

    ``key`` is what data stores (a tag's status, an event's type) and never changes;
    ``label`` is what the analyst reads and may rename. ``shortcut`` is one key typed in the
    picker; ``retired`` values stay on the data that has them but are no longer offered.
    ``is_open`` (channel statuses) says the two sides can talk through the channel.
    """

    id: VocabularyValueId
    vocabulary: Vocabulary
    key: str
    label: str
    description: str = ""
    color: str = ""
    position: int = 0
    shortcut: str = ""
    plover: PloverMapping = PloverMapping()
    is_open: bool = False
    retired: bool = False
    use_count: int = 0


_KEY = re.compile(r"^[a-z0-9][a-z0-9 _-]{0,31}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def key_problem(key: str) -> str | None:
    """Why ``key`` cannot be a value's key (lower-case letters, digits, space, ``_``, ``-``;
    at most 32), or ``None``."""
    if _KEY.match(key):
        return None
    return f"{key!r} cannot be a key: use lower-case letters, digits, spaces, _ or - (≤ 32)"


def color_problem(color: str) -> str | None:
    """Why ``color`` is not ``""`` or ``#rrggbb``, or ``None``."""
    if not color or _COLOR.match(color):
        return None
    return f"{color!r} is not a colour: write #rrggbb"


def key_for(label: str) -> str:
    """A key made from a label: lower case, runs of other characters as one ``-``."""
    return re.sub(r"[^a-z0-9 _-]+", "-", label.strip().lower()).strip("- ")[:32] or "value"
