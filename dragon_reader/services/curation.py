"""Curation: a curator adjudicates an article from its coders' tags into the curated set.

The curator compares two coders' tags of an article unit by unit (``domain.curation``),
then accepts one side into the curated set: a copy of that tag (span, entry, status,
date, confidence, note and slots) marked ``curated``, made by the curator. Accepting
replaces the unit's earlier curated tag; the curated tag can then be edited like any tag,
or removed. Each of these is one operation of the ``Journal``: one transaction, one undo
step, one ``Changes``. Exports take an article's curated set instead of its coders' tags
once it has one (``Interchange``); coders' own tags are never changed here.

A coder is a tag's annotator (the name the coder gives the app), else its database role,
as in the agreement report.
"""

from __future__ import annotations

from dataclasses import dataclass

from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import Tag, TagId
from dragon_reader.domain.curation import Unit, coder_of, differences, pair_units
from dragon_reader.domain.slots import SlotFiller
from dragon_reader.services.coding import CodingError, CodingService
from dragon_reader.services.slots import SlotService
from dragon_reader.store.models import TagSlot


class CurationError(CodingError):
    """A curation step that cannot be done; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """An article's units for two coders (``coder_a`` and ``coder_b`` may be equal when
    the article has one coder only), and every coder who tagged it."""

    article_id: int
    coders: tuple[str, ...]
    coder_a: str
    coder_b: str
    units: tuple[Unit, ...]


class CurationService:
    """Compares coders' tags of an article and keeps its curated set."""

    def __init__(self, coding: CodingService, slots: SlotService) -> None:
        self.coding = coding
        self.slots = slots

    def coders(self, article_id: int) -> list[str]:
        """Who tagged the article (curated tags aside), by name."""
        return sorted(
            {coder_of(t) for t in self.coding.tags_for_article(article_id) if not t.curated}
        )

    def compare(
        self, article_id: int, coder_a: str | None = None, coder_b: str | None = None
    ) -> Comparison:
        """The article's units for ``coder_a`` and ``coder_b`` (default: its first two
        coders by name) with the curated tag of each."""
        tags = self.coding.tags_for_article(article_id)
        coders = sorted({coder_of(t) for t in tags if not t.curated})
        a = coder_a if coder_a is not None else (coders[0] if coders else "")
        b = coder_b if coder_b is not None else next((c for c in coders if c != a), a)
        a_tags = [t for t in tags if not t.curated and coder_of(t) == a]
        b_tags = [t for t in tags if not t.curated and coder_of(t) == b] if b != a else []
        curated = [t for t in tags if t.curated]
        fillers = self.slots.slots_for_tags([t.id for t in tags])
        units = pair_units(a_tags, b_tags, curated, fillers)
        return Comparison(article_id, tuple(coders), a, b, tuple(units))

    def accept(self, tag_id: TagId, replacing: TagId | None = None) -> Tag:
        """Copy a coder's tag, with its slots, into the curated set of its article, in
        place of the curated tag ``replacing`` (if given); return the curated tag. One
        operation and one undo step. When ``replacing`` already equals the tag in every
        field, nothing is written and it is returned. Raises ``CurationError`` for a tag
        that is gone or itself curated, or a ``replacing`` that is not curated."""
        coding = self.coding
        source = coding.tag(tag_id)
        if source is None:
            msg = "that tag no longer exists (its coder may have deleted it)"
            raise CurationError(msg)
        if source.curated:
            msg = "that tag is already in the curated set"
            raise CurationError(msg)
        fillers = self.slots.slots(tag_id)
        old = coding.tag(replacing) if replacing is not None else None
        if replacing is not None and (old is None or not old.curated):
            msg = "the tag to replace is not in the curated set"
            raise CurationError(msg)
        if old is not None and not differences(source, old, fillers, self.slots.slots(old.id)):
            return old
        changes = Changes(tags=True, codebook=True, article_ids=frozenset({source.article_id}))
        who = coder_of(source)
        with coding.journal.operation(f"accept {who}'s tag “{_short(source.text)}”", changes) as op:
            if old is not None:
                coding.delete_tag(old.id, expected_version=old.version)
            made = coding.create_tag(
                source.article_id,
                source.start,
                source.end,
                source.kind,
                source.entry_id,
                source.status,
                source.when,
                source.confidence,
                source.note,
                curated=True,
            )
            for position, filler in enumerate(fillers):
                op.db.add(
                    TagSlot(
                        tag_id=made.id,
                        role=filler.role.value,
                        position=_position(fillers, position),
                        text=filler.text,
                        start=filler.start,
                        end=filler.end,
                        actor_id=filler.actor_id,
                    )
                )
            op.db.flush()
        return made

    def remove(self, tag_id: TagId) -> Tag:
        """Take a tag out of the curated set (delete it and its slots); one undo step.
        Raises ``CurationError`` for a tag that is not curated: a coder's tags are theirs."""
        tag = self.coding.tag(tag_id)
        if tag is None or not tag.curated:
            msg = "only tags of the curated set can be removed here"
            raise CurationError(msg)
        return self.coding.delete_tag(tag_id, expected_version=tag.version)


def _position(fillers: tuple[SlotFiller, ...], index: int) -> int:
    """The filler's position within its slot (its rank among fillers of the same role)."""
    return sum(1 for f in fillers[:index] if f.role == fillers[index].role)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
