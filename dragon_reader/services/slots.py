"""The slots of tags (actor, recipient, place, parties): reading, filling with one undo
step, the sentence's entities the picker offers, and a channel's default parties."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import TagKind
from dragon_reader.domain.date_phrases import sentence_bounds
from dragon_reader.domain.entities import EntityLabel, Mention
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.actors import ActorService
from dragon_reader.services.journal import Journal
from dragon_reader.store.database import Database
from dragon_reader.store.mentions import article_mentions
from dragon_reader.store.models import Actor as ActorRow
from dragon_reader.store.models import Article, CodebookChannel, TagSlot
from dragon_reader.store.models import Tag as TagRow

_SLOT_LABELS = {
    EntityLabel.PERSON,
    EntityLabel.ORG,
    EntityLabel.GPE,
    EntityLabel.LOC,
    EntityLabel.NORP,
}


class SlotError(ValueError):
    """Slots that cannot be filled so; the message is for the user."""


class SlotService:
    """Tag slots of one database; every change is one operation of ``journal``: one
    transaction, one undo step, and ``Changes(tags=True)`` for the tag's article."""

    def __init__(
        self,
        database: Database,
        journal: Journal | None = None,
        actors: ActorService | None = None,
    ) -> None:
        self.database = database
        self.journal = journal if journal is not None else Journal(database)
        self.actors = actors if actors is not None else ActorService(database)

    def slots(self, tag_id: int) -> tuple[SlotFiller, ...]:
        """The tag's fillers by slot (actor, recipient, place, party) and position."""
        return self.slots_for_tags([tag_id]).get(tag_id, ())

    def slots_for_tags(
        self, tag_ids: Iterable[int] | None = None
    ) -> dict[int, tuple[SlotFiller, ...]]:
        """The fillers of each tag (every tag when ``tag_ids`` is ``None``) that has any."""
        order = {role: index for index, role in enumerate(SlotRole)}
        with self.database.session() as session:
            query = select(TagSlot)
            if tag_ids is not None:
                query = query.where(TagSlot.tag_id.in_(list(tag_ids)))
            found: dict[int, list[TagSlot]] = {}
            for row in session.scalars(query):
                found.setdefault(row.tag_id, []).append(row)
        return {
            tag_id: tuple(
                _filler(row)
                for row in sorted(rows, key=lambda r: (order[SlotRole(r.role)], r.position))
            )
            for tag_id, rows in found.items()
        }

    def set_slots(self, tag_id: int, fillers: Sequence[SlotFiller]) -> tuple[SlotFiller, ...]:
        """Replace the tag's fillers with ``fillers`` (in their order per slot); one undo
        step. A mention filler must be a span of the tag's article (its text is taken from
        there); an actor filler must name a dictionary actor (its name is the text when none
        is given); parties only fill channel tags. Raises ``SlotError``; nothing changes
        then (and no undo step is recorded when the fillers are as they were)."""
        with self.journal.operation(f"fill the slots of tag {tag_id}") as op:
            session = op.db
            cleaned = _validated(session, tag_id, fillers)
            if _rows(session, tag_id) != cleaned:
                _write(session, tag_id, cleaned)
                tag = session.get(TagRow, tag_id)
                article_ids = frozenset({tag.article_id}) if tag is not None else frozenset()
                op.touch(Changes(tags=True, article_ids=article_ids))
        return self.slots(tag_id)

    def sentence_entities(self, article_id: int, start: int, end: int) -> list[Mention]:
        """The entity mentions (people, organisations, places, groups) of the sentence
        around ``[start, end)``, in text order, without repeats of the same name: what the
        picker numbers 1–9 for each slot."""
        with self.database.session() as session:
            article = session.get(Article, article_id)
            if article is None:
                return []
            left, right = sentence_bounds(article.text, start, end)
            mentions = article_mentions(session, [article_id]).get(article_id, [])
        seen: set[tuple[str, EntityLabel]] = set()
        result = []
        for mention in mentions:
            if mention.label not in _SLOT_LABELS or not left <= mention.start < right:
                continue
            if (mention.canonical, mention.label) in seen:
                continue
            seen.add((mention.canonical, mention.label))
            result.append(mention)
        return result

    def default_parties(self, channel_id: int) -> list[SlotFiller]:
        """The channel's two sides from the codebook, as party fillers (linked to the
        dictionary actor that name or alias names, when exactly one does): suggested into its
        new tags."""
        with self.database.session() as session:
            channel = session.get(CodebookChannel, channel_id)
            if channel is None:
                return []
            parties = [p.strip() for p in (channel.party_a, channel.party_b) if p.strip()]
        fillers = []
        for party in parties:
            found = self.actors.find(party)
            actor_id = int(found[0].id) if len(found) == 1 else None
            fillers.append(SlotFiller(SlotRole.PARTY, party, actor_id=actor_id))
        return fillers


def fill_new_tag(session: Session, tag_id: int, fillers: Sequence[SlotFiller]) -> None:
    """Give a tag made in the open operation of ``session`` its first fillers, in that
    operation (so tagging and filling are one transaction and one undo step). Raises
    ``SlotError`` as ``set_slots`` does."""
    session.flush()
    _add(session, tag_id, _validated(session, tag_id, fillers))


def _rows(session: Session, tag_id: int) -> list[SlotFiller]:
    order = {role: index for index, role in enumerate(SlotRole)}
    rows = session.scalars(select(TagSlot).where(TagSlot.tag_id == tag_id))
    return [
        _filler(row) for row in sorted(rows, key=lambda r: (order[SlotRole(r.role)], r.position))
    ]


def _validated(session: Session, tag_id: int, fillers: Sequence[SlotFiller]) -> list[SlotFiller]:
    tag = session.get(TagRow, tag_id)
    if tag is None:
        msg = "that tag no longer exists"
        raise SlotError(msg)
    kind = TagKind.EVENT if tag.event_id is not None else TagKind.CHANNEL
    article = session.get(Article, tag.article_id)
    text = article.text if article is not None else ""
    cleaned: list[SlotFiller] = []
    for filler in fillers:
        role = SlotRole(filler.role)
        if not role.allowed_for(kind):
            msg = f"only channel tags have parties; this is an {kind.value} tag"
            raise SlotError(msg)
        value = " ".join(filler.text.split())
        if (filler.start is None) != (filler.end is None):
            msg = "a mention filler needs both its start and its end"
            raise SlotError(msg)
        if filler.start is not None and filler.end is not None:
            if not 0 <= filler.start < filler.end <= len(text):
                msg = (
                    f"span ({filler.start}, {filler.end}) is not inside the article (0–{len(text)})"
                )
                raise SlotError(msg)
            value = text[filler.start : filler.end]
        if filler.actor_id is not None:
            actor = session.get(ActorRow, filler.actor_id)
            if actor is None:
                msg = f"there is no actor {filler.actor_id}"
                raise SlotError(msg)
            value = value or actor.name
        if not value:
            msg = f"the {role.value} slot needs a name, a mention or an actor"
            raise SlotError(msg)
        cleaned.append(SlotFiller(role, value, filler.start, filler.end, filler.actor_id))
    return cleaned


def _write(session: Session, tag_id: int, fillers: Sequence[SlotFiller]) -> None:
    """Replace the tag's slot rows, row by row through the ORM (so that the operation's
    journal records each one for undo)."""
    for row in session.scalars(select(TagSlot).where(TagSlot.tag_id == tag_id)):
        session.delete(row)
    session.flush()
    _add(session, tag_id, fillers)


def _add(session: Session, tag_id: int, fillers: Sequence[SlotFiller]) -> None:
    positions: dict[SlotRole, int] = {}
    for filler in fillers:
        position = positions.get(filler.role, 0)
        positions[filler.role] = position + 1
        session.add(
            TagSlot(
                tag_id=tag_id,
                role=filler.role.value,
                position=position,
                text=filler.text,
                start=filler.start,
                end=filler.end,
                actor_id=filler.actor_id,
            )
        )
    session.flush()


def _filler(row: TagSlot) -> SlotFiller:
    return SlotFiller(SlotRole(row.role), row.text, row.start, row.end, row.actor_id)
