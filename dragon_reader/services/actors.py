"""The actor dictionary: bundled actors with dated roles, the analyst's additions, and the
link from an article's entity mentions to actors.

The bundled dictionary (``resources/actors.json``) is copied into the database once per
dictionary version; from then on the database holds the dictionary, and what the analyst
adds or changes there is kept. A newer bundled version adds the actors, aliases and roles
the database lacks and never overwrites what is there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dragon_reader.domain.actors import (
    Actor,
    ActorId,
    ActorIndex,
    ActorKind,
    ActorOrigin,
    Role,
    link_names,
)
from dragon_reader.domain.coding import FuzzyDate
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.resources import resource
from dragon_reader.store.database import Database
from dragon_reader.store.mentions import article_mentions
from dragon_reader.store.models import Actor as ActorRow
from dragon_reader.store.models import ActorAlias, ActorRole, AppState, Article

DICTIONARY_VERSION_KEY = "actor_dictionary_version"
_WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


class ActorError(ValueError):
    """An actor edit that cannot be done; the message is for the user."""


@dataclass(frozen=True, slots=True)
class ActorLink:
    """An entity of an article linked to its actor, with the roles held on the article's
    date (``line`` is the text for tooltips and the Entities panel)."""

    actor: Actor
    roles: tuple[Role, ...]
    line: str


@dataclass(frozen=True, slots=True)
class ActorEdit:
    """Fields of an actor to change; ``None`` leaves a field as it is."""

    name: str | None = None
    kind: ActorKind | None = None
    country: str | None = None
    surname: str | None = None
    external_id: str | None = None


class ActorService:
    """The actor dictionary of one database; every change is one committed transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._index: ActorIndex | None = None

    # -- the bundled dictionary -----------------------------------------------------------

    def load_bundled(self) -> int:
        """Bring the bundled dictionary into the database when its version is new there;
        return how many actors were added (0 when the version was loaded before).

        Actors are matched by their ``key``: one the database lacks is added whole; one it
        has gains only the aliases and roles it lacks. Nothing the analyst changed is
        overwritten, and nothing is removed. Raises ``ActorError`` for a malformed file.
        """
        data = json.loads(resource("actors.json").read_text(encoding="utf-8"))
        version = str(data.get("version", ""))
        added = 0
        with self.database.session() as session:
            state = session.get(AppState, DICTIONARY_VERSION_KEY)
            if state is not None and state.value == version:
                return 0
            existing = {
                row.key: row
                for row in session.scalars(
                    select(ActorRow)
                    .where(ActorRow.key.is_not(None))
                    .options(selectinload(ActorRow.aliases), selectinload(ActorRow.roles))
                )
            }
            for item in data["actors"]:
                entry = _bundled_entry(item)
                row = existing.get(entry.key)
                if row is None:
                    row = ActorRow(
                        key=entry.key,
                        name=entry.name,
                        kind=entry.kind.value,
                        country=entry.country,
                        surname=entry.surname,
                        external_id=entry.external_id,
                        origin=ActorOrigin.BUNDLED.value,
                    )
                    session.add(row)
                    added += 1
                aliases = {a.alias for a in row.aliases}
                row.aliases.extend(ActorAlias(alias=a) for a in entry.aliases if a not in aliases)
                roles = {(r.title, r.start, r.end) for r in row.roles}
                row.roles.extend(
                    ActorRole(title=r.title, start=_text(r.start), end=_text(r.end))
                    for r in entry.roles
                    if (r.title, _text(r.start), _text(r.end)) not in roles
                )
            session.merge(AppState(key=DICTIONARY_VERSION_KEY, value=version))
        self._index = None
        return added

    # -- reading ----------------------------------------------------------------------------

    def actors(self) -> list[Actor]:
        """Every actor, by name."""
        with self.database.session() as session:
            rows = session.scalars(
                select(ActorRow)
                .order_by(ActorRow.name, ActorRow.id)
                .options(selectinload(ActorRow.aliases), selectinload(ActorRow.roles))
            )
            return [_actor(row) for row in rows]

    def actor(self, actor_id: ActorId) -> Actor | None:
        """One actor, or ``None``."""
        with self.database.session() as session:
            row = session.get(ActorRow, actor_id)
            return _actor(row) if row is not None else None

    def index(self) -> ActorIndex:
        """The dictionary indexed by name, alias and surname (kept until the next edit)."""
        if self._index is None:
            self._index = ActorIndex(self.actors())
        return self._index

    def find(self, name: str, kind: ActorKind | None = None) -> list[Actor]:
        """Actors called ``name`` (name or alias, compared case- and dot-insensitively)."""
        return self.index().by_name(name, kind)

    def links(self, article_id: int) -> dict[tuple[str, EntityLabel], ActorLink]:
        """The article's entities (by canonical name and label) that name an actor, each
        with the roles the actor held on the article's publication date (all roles' latest
        when the article has no date)."""
        with self.database.session() as session:
            published = session.scalar(select(Article.published).where(Article.id == article_id))
            mentions = article_mentions(session, [article_id]).get(article_id, [])
        return self.links_for_names(((m.canonical, m.label) for m in mentions), published)

    def links_for_names(
        self, names: Iterable[tuple[str, EntityLabel]], day: date | None
    ) -> dict[tuple[str, EntityLabel], ActorLink]:
        """Link the ``(canonical name, label)`` pairs of one text dated ``day``."""
        linked = link_names(self.index(), names)
        return {
            key: ActorLink(
                actor, actor.roles_on(day) if day is not None else (), actor.role_line(day)
            )
            for key, actor in linked.items()
        }

    # -- the analyst's changes ----------------------------------------------------------------

    def add_actor(
        self,
        name: str,
        kind: ActorKind,
        country: str = "",
        aliases: Iterable[str] = (),
        surname: str = "",
        external_id: str = "",
    ) -> Actor:
        """Add an actor of the analyst's own. Refuses an empty name, a name (or alias) that
        already names an actor of the same kind, a country that is not an ISO 3166 code,
        and an external id that is not a Wikidata id (``Q42``)."""
        name = _clean(name, "an actor needs a name")
        names = [name, *(_clean(a, "an alias cannot be empty") for a in aliases)]
        for each in names:
            self._refuse_taken(each, kind, None)
        with self.database.session() as session:
            row = ActorRow(
                key=None,
                name=name,
                kind=kind.value,
                country=_country(country),
                surname=surname.strip(),
                external_id=_external_id(external_id),
                origin=ActorOrigin.ANALYST.value,
            )
            row.aliases.extend(ActorAlias(alias=a) for a in dict.fromkeys(names[1:]))
            session.add(row)
            session.flush()
            actor_id = ActorId(row.id)
        return self._changed(actor_id)

    def update_actor(self, actor_id: ActorId, edit: ActorEdit) -> Actor:
        """Change an actor's name, kind, country, surname or external id (validated as in
        ``add_actor``)."""
        with self.database.session() as session:
            row = self._row(session, actor_id)
            kind = edit.kind or ActorKind(row.kind)
            if edit.name is not None:
                name = _clean(edit.name, "an actor needs a name")
                self._refuse_taken(name, kind, actor_id)
                row.name = name
            row.kind = kind.value
            if edit.country is not None:
                row.country = _country(edit.country)
            if edit.surname is not None:
                row.surname = edit.surname.strip()
            if edit.external_id is not None:
                row.external_id = _external_id(edit.external_id)
        return self._changed(actor_id)

    def add_alias(self, actor_id: ActorId, alias: str) -> Actor:
        """Give an actor another name; refused when another actor of its kind has it."""
        alias = _clean(alias, "an alias cannot be empty")
        with self.database.session() as session:
            row = self._row(session, actor_id)
            self._refuse_taken(alias, ActorKind(row.kind), actor_id)
            if alias != row.name and alias not in {a.alias for a in row.aliases}:
                row.aliases.append(ActorAlias(alias=alias))
        return self._changed(actor_id)

    def remove_alias(self, actor_id: ActorId, alias: str) -> Actor:
        """Take an alias away from an actor (nothing happens when it has no such alias)."""
        with self.database.session() as session:
            row = self._row(session, actor_id)
            row.aliases[:] = [a for a in row.aliases if a.alias != alias]
        return self._changed(actor_id)

    def add_role(
        self,
        actor_id: ActorId,
        title: str,
        start: FuzzyDate | None = None,
        end: FuzzyDate | None = None,
    ) -> Actor:
        """Give an actor a role from ``start`` to ``end`` (either may be unknown); refuses
        an empty title and an end before the start."""
        title = _clean(title, "a role needs a title")
        if start is not None and end is not None and end.last_day < start.first_day:
            msg = f"the role ends ({end}) before it starts ({start})"
            raise ActorError(msg)
        with self.database.session() as session:
            row = self._row(session, actor_id)
            row.roles.append(ActorRole(title=title, start=_text(start), end=_text(end)))
        return self._changed(actor_id)

    def remove_role(self, actor_id: ActorId, role_id: int) -> Actor:
        """Take a role away from an actor."""
        with self.database.session() as session:
            row = self._row(session, actor_id)
            row.roles[:] = [r for r in row.roles if r.id != role_id]
        return self._changed(actor_id)

    def delete_actor(self, actor_id: ActorId) -> None:
        """Delete an actor with its aliases and roles."""
        with self.database.session() as session:
            row = session.get(ActorRow, actor_id)
            if row is not None:
                session.delete(row)
        self._index = None

    # -- helpers ------------------------------------------------------------------------------

    def _changed(self, actor_id: ActorId) -> Actor:
        self._index = None
        actor = self.actor(actor_id)
        if actor is None:  # pragma: no cover - just written in the same call
            msg = "that actor no longer exists"
            raise ActorError(msg)
        return actor

    def _refuse_taken(self, name: str, kind: ActorKind, own: ActorId | None) -> None:
        taken = [a for a in self.find(name, kind) if a.id != own]
        if taken:
            msg = f"“{name}” already names {taken[0].name} ({kind.value})"
            raise ActorError(msg)

    @staticmethod
    def _row(session: Session, actor_id: ActorId) -> ActorRow:
        row = session.get(ActorRow, actor_id)
        if row is None:
            msg = "that actor no longer exists"
            raise ActorError(msg)
        return row


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    name: str
    kind: ActorKind
    country: str
    surname: str
    external_id: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]


def _bundled_entry(item: dict[str, Any]) -> _Entry:
    try:
        return _Entry(
            key=str(item["key"]),
            name=str(item["name"]),
            kind=ActorKind(item["kind"]),
            country=_country(item.get("country", "")),
            surname=str(item.get("surname", "")),
            external_id=_external_id(item.get("wikidata", "")),
            aliases=tuple(str(a) for a in item.get("aliases", ())),
            roles=tuple(
                Role(
                    str(r["title"]),
                    FuzzyDate.parse(r["start"]) if r.get("start") else None,
                    FuzzyDate.parse(r["end"]) if r.get("end") else None,
                )
                for r in item.get("roles", ())
            ),
        )
    except (KeyError, ValueError, TypeError) as exc:
        msg = f"the bundled actor {item.get('key', '?')!r} is malformed: {exc}"
        raise ActorError(msg) from exc


def _actor(row: ActorRow) -> Actor:
    return Actor(
        id=ActorId(row.id),
        name=row.name,
        kind=ActorKind(row.kind),
        country=row.country,
        aliases=tuple(a.alias for a in row.aliases),
        roles=tuple(
            Role(
                r.title,
                FuzzyDate.parse(r.start) if r.start else None,
                FuzzyDate.parse(r.end) if r.end else None,
                r.id,
            )
            for r in row.roles
        ),
        surname=row.surname,
        external_id=row.external_id,
        key=row.key or "",
        origin=ActorOrigin(row.origin),
    )


def _text(value: FuzzyDate | None) -> str | None:
    return str(value) if value is not None else None


def _clean(text: str, empty: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise ActorError(empty)
    return text


def _country(code: str) -> str:
    code = code.strip().upper()
    if code and not _COUNTRY.match(code):
        msg = f"{code!r} is not a country code: use two letters (US, CN, TW)"
        raise ActorError(msg)
    return code


def _external_id(value: str) -> str:
    value = value.strip()
    if value and not _WIKIDATA_ID.match(value):
        msg = f"{value!r} is not a Wikidata id (Q followed by digits)"
        raise ActorError(msg)
    return value
