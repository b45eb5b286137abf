"""Who did what to whom: the slots of a tag (actor, recipient, place, and a channel's
parties), each filled with entity mentions of the tag's article or dictionary actors."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from dragon_reader.domain.coding import TagKind


class SlotRole(enum.StrEnum):
    """A slot of an event or channel tag."""

    ACTOR = "actor"
    RECIPIENT = "recipient"
    PLACE = "place"
    PARTY = "party"

    @property
    def description(self) -> str:
        """A few words for the picker and the panels."""
        return _DESCRIPTIONS[self]

    def allowed_for(self, kind: TagKind) -> bool:
        """Parties belong to channels; the other slots to every tag."""
        return self != SlotRole.PARTY or kind == TagKind.CHANNEL


_DESCRIPTIONS = {
    SlotRole.ACTOR: "who acts or initiates",
    SlotRole.RECIPIENT: "the other side",
    SlotRole.PLACE: "where",
    SlotRole.PARTY: "a side of the channel",
}


@dataclass(frozen=True, slots=True)
class SlotFiller:
    """One filler of a slot: an entity mention (``start``/``end`` in the tag's article),
    a dictionary actor (``actor_id``), or both (a mention linked to its actor). ``text`` is
    the mention's text or the actor's name; a typed filler has neither span nor actor."""

    role: SlotRole
    text: str
    start: int | None = None
    end: int | None = None
    actor_id: int | None = None

    @property
    def is_mention(self) -> bool:
        """True when the filler points at a span of the article."""
        return self.start is not None and self.end is not None


def slot_summary(fillers: tuple[SlotFiller, ...] | list[SlotFiller]) -> dict[SlotRole, str]:
    """Each filled slot's texts joined with ``; `` (the form of CSV cells and tooltips)."""
    joined: dict[SlotRole, list[str]] = {}
    for filler in fillers:
        joined.setdefault(filler.role, []).append(filler.text)
    return {role: "; ".join(texts) for role, texts in joined.items()}


ROLE_HEADINGS = {
    SlotRole.ACTOR: "Actor",
    SlotRole.RECIPIENT: "Recipient",
    SlotRole.PLACE: "Place",
    SlotRole.PARTY: "Parties",
}


def slot_line(fillers: list[SlotFiller] | tuple[SlotFiller, ...]) -> str:
    """The filled slots on one line, in slot order: "Actor: Joe Biden · Recipient: Xi
    Jinping" ("" when none is filled)."""
    summary = slot_summary(fillers)
    return " · ".join(
        f"{ROLE_HEADINGS[role]}: {summary[role]}" for role in SlotRole if role in summary
    )
