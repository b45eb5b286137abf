"""Named-entity labels and mentions (OntoNotes labels, as in the annotation guidelines)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class EntityLabel(enum.StrEnum):
    """The six entity labels the app highlights."""

    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    DATE = "DATE"
    NORP = "NORP"

    @property
    def description(self) -> str:
        """A few words for legends and menus."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    EntityLabel.PERSON: "Person",
    EntityLabel.ORG: "Organisation",
    EntityLabel.GPE: "Country, city, state",
    EntityLabel.LOC: "Other place",
    EntityLabel.DATE: "Date",
    EntityLabel.NORP: "Nationality, group",
}


class MentionOrigin(enum.StrEnum):
    """Who said this is an entity."""

    RECOGNIZER = "recognizer"
    ANALYST = "analyst"


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A recognised entity: ``text[start:end]`` with its label and canonical name."""

    start: int
    end: int
    label: EntityLabel
    text: str
    canonical: str

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Mention:
    """A stored entity mention of an article, as the reader and panels see it."""

    id: int
    article_id: int
    start: int
    end: int
    label: EntityLabel
    text: str
    canonical: str
    origin: MentionOrigin


@dataclass(frozen=True, slots=True)
class TaughtRules:
    """What the analyst taught: strings always marked (with a label) and strings rejected."""

    marks: tuple[tuple[str, EntityLabel], ...] = ()
    rejects: frozenset[str] = frozenset()
