"""Actors: the people, organisations and states that events are about, with dated roles.

Plain data and rules: which role an actor holds on a day, how a role reads in a tooltip
("Dong Jun — PRC Minister of National Defense since 2023-12"), and how an entity mention's
name finds its actor (by name or alias, and a bare surname by the other people the same
article names).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NewType

from dragon_reader.domain.coding import FuzzyDate
from dragon_reader.domain.entities import EntityLabel

ActorId = NewType("ActorId", int)


class ActorKind(enum.StrEnum):
    """What kind of actor: who can act in an event."""

    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"


class ActorOrigin(enum.StrEnum):
    """Where an actor comes from: the bundled dictionary or the analyst."""

    BUNDLED = "bundled"
    ANALYST = "analyst"


# The entity label whose mentions may name an actor of each kind.
_KIND_OF_LABEL = {
    EntityLabel.PERSON: ActorKind.PERSON,
    EntityLabel.ORG: ActorKind.ORGANIZATION,
    EntityLabel.GPE: ActorKind.STATE,
}


def actor_kind_of(label: EntityLabel) -> ActorKind | None:
    """The actor kind a mention of ``label`` can name, or ``None`` (dates, places, groups)."""
    return _KIND_OF_LABEL.get(label)


@dataclass(frozen=True, slots=True)
class Role:
    """An office held from ``start`` to ``end`` (both inclusive, each known to a day, a
    month or a year; ``None``: not known, or for ``end`` still held)."""

    title: str
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    id: int | None = None

    def holds_on(self, day: date) -> bool:
        """True when the role may be held on ``day``: between the first day ``start`` may
        mean and the last day ``end`` may mean (so a role ending "2023-10" holds all
        October)."""
        if self.start is not None and day < self.start.first_day:
            return False
        return not (self.end is not None and day > self.end.last_day)

    @property
    def span(self) -> str:
        """The dates as a reader sees them: "since 2023-12", "2021-01-22 – 2025-01-20",
        "until 2024", or "" when neither is known."""
        if self.start is not None and self.end is not None:
            return f"{self.start} – {self.end}"
        if self.start is not None:
            return f"since {self.start}"
        if self.end is not None:
            return f"until {self.end}"
        return ""

    def describe(self) -> str:
        """Title and dates: "PRC Minister of National Defense since 2023-12"."""
        return f"{self.title} {self.span}".strip()


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or state, with its aliases and roles.

    ``key`` is the stable name of a bundled actor (``""`` for the analyst's own);
    ``country`` an ISO 3166 code or ``""`` (international bodies); ``external_id`` a
    verified Wikidata id or ``""``; ``surname`` the name a person is called by alone
    ("Xi" for Xi Jinping), ``""`` for the last word of the name.
    """

    id: ActorId
    name: str
    kind: ActorKind
    country: str = ""
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    surname: str = ""
    external_id: str = ""
    key: str = ""
    origin: ActorOrigin = ActorOrigin.BUNDLED

    @property
    def family_name(self) -> str:
        """The name a person is called by alone ("Austin", "Xi"); ``""`` for others."""
        if self.kind != ActorKind.PERSON:
            return ""
        if self.surname:
            return self.surname
        words = [w for w in self.name.split() if w.rstrip(".").lower() not in _SUFFIXES]
        return words[-1] if words else ""

    def roles_on(self, day: date) -> tuple[Role, ...]:
        """The roles held on ``day``, in dictionary order."""
        return tuple(role for role in self.roles if role.holds_on(day))

    def role_line(self, day: date | None) -> str:
        """The actor with the roles held on ``day``: "Dong Jun — PRC Minister of National
        Defense since 2023-12"; without a day, the latest-starting role; the bare name when
        no role applies."""
        if day is not None:
            roles = self.roles_on(day)
        else:
            dated = sorted(
                (r for r in self.roles if r.start is not None),
                key=lambda r: r.start.first_day if r.start else date.min,
            )
            roles = (dated[-1],) if dated else self.roles[:1]
        if not roles:
            return self.name
        return f"{self.name} — " + "; ".join(role.describe() for role in roles)


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_SPACES = re.compile(r"\s+")
_INITIALS = re.compile(r"(?<=\b\w) (?=\w\b)")  # "u s" -> "us", "h r" -> "hr"


def normalize_name(name: str) -> str:
    """The form names are compared in: case-folded, dots dropped, spaces collapsed, initials
    joined, and a leading "the " dropped ("The U.S. Navy" and "us navy" compare equal, so do
    "H. R. McMaster" and "H.R. McMaster")."""
    text = _SPACES.sub(" ", name.replace(".", " ").casefold()).strip()
    return _INITIALS.sub("", text).removeprefix("the ")


class ActorIndex:
    """Finds actors by name, alias or surname.

    Built once from a list of actors; lookups are dictionary reads.
    """

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: dict[ActorId, Actor] = {}
        self._names: dict[str, list[ActorId]] = {}
        self._surnames: dict[str, list[ActorId]] = {}
        for actor in actors:
            self.actors[actor.id] = actor
            for name in (actor.name, *actor.aliases):
                ids = self._names.setdefault(normalize_name(name), [])
                if actor.id not in ids:
                    ids.append(actor.id)
            if actor.family_name:
                self._surnames.setdefault(normalize_name(actor.family_name), []).append(actor.id)

    def by_name(self, name: str, kind: ActorKind | None = None) -> list[Actor]:
        """Actors whose name or an alias is ``name`` (compared normalised), of ``kind``."""
        found = (self.actors[i] for i in self._names.get(normalize_name(name), ()))
        return [a for a in found if kind is None or a.kind == kind]

    def by_surname(self, surname: str) -> list[Actor]:
        """People called ``surname`` alone."""
        return [self.actors[i] for i in self._surnames.get(normalize_name(surname), ())]

    def link(self, name: str, label: EntityLabel, context: Iterable[Actor] = ()) -> Actor | None:
        """The actor a mention named ``name`` (its canonical name) with ``label`` refers to.

        A name or alias that names one actor of the label's kind links to it. Failing that,
        a person's bare surname links to the one person of ``context`` (the actors the same
        article names in full) with that surname. Anything ambiguous links to nothing.
        """
        kind = actor_kind_of(label)
        if kind is None:
            return None
        named = self.by_name(name, kind)
        if len(named) == 1:
            return named[0]
        if named or kind != ActorKind.PERSON or " " in name.strip():
            return None
        key = normalize_name(name)
        candidates = {
            actor.id: actor
            for actor in context
            if actor.kind == ActorKind.PERSON and normalize_name(actor.family_name) == key
        }
        return next(iter(candidates.values())) if len(candidates) == 1 else None


def link_names(
    index: ActorIndex, names: Iterable[tuple[str, EntityLabel]]
) -> dict[tuple[str, EntityLabel], Actor]:
    """Link each ``(canonical name, label)`` of one article to its actor, if any.

    Full names are linked first; they are the context in which the article's bare
    surnames are read ("Austin" after "Lloyd Austin").
    """
    names = list(dict.fromkeys(names))
    linked: dict[tuple[str, EntityLabel], Actor] = {}
    for name, label in names:
        actor = index.link(name, label)
        if actor is not None:
            linked[name, label] = actor
    context = list(linked.values())
    for name, label in names:
        if (name, label) not in linked:
            actor = index.link(name, label, context)
            if actor is not None:
                linked[name, label] = actor
    return linked
