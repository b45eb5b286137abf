"""What an operation changed: the one value every change returns and every view reads.

Modelled on Anki's ``OpChanges``: an operation (tag a span, mark an entity, import files,
undo, ...) returns a ``Changes`` whose flags name the kinds of data it touched; each view
refreshes only when a flag that concerns it is set. ``article_ids`` narrows the change to
some articles (empty: any article may be concerned).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Changes:
    """The kinds of data an operation changed, and which articles it concerned.

    ``articles``: articles added, removed or their metadata edited (the list's rows);
    ``tags``: tags made, edited or deleted (and so the codebook's tag counts);
    ``codebook``: events or channels themselves;
    ``mentions``: entity mentions or taught rules; ``statuses``: article statuses;
    ``sessions``: annotation sessions; ``labels``: articles' document labels (relevance
    and the analyst's own); ``vocabularies``: the values of the analyst's vocabularies
    (event types, statuses, labels: what pickers, filters and panels offer). A tag's slots
    are part of the tag (``tags``). ``description`` says what was done, for the user.
    """

    articles: bool = False
    tags: bool = False
    codebook: bool = False
    mentions: bool = False
    statuses: bool = False
    sessions: bool = False
    labels: bool = False
    vocabularies: bool = False
    article_ids: frozenset[int] = field(default_factory=frozenset)
    description: str = ""

    def __or__(self, other: Changes) -> Changes:
        """Both changes together (the descriptions joined, the article ids united)."""
        flags = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name not in ("article_ids", "description")
        }
        description = "; ".join(d for d in (self.description, other.description) if d)
        return Changes(
            **flags,
            article_ids=self.article_ids | other.article_ids,
            description=description,
        )

    @property
    def any(self) -> bool:
        """True when something changed."""
        return any(
            getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("article_ids", "description")
        )

    def concerns(self, article_id: int | None) -> bool:
        """True when the change may concern ``article_id`` (any article if none named)."""
        return article_id is not None and (not self.article_ids or article_id in self.article_ids)

    def described(self, description: str) -> Changes:
        """The same change with another description."""
        return replace(self, description=description)

    @property
    def whole(self) -> bool:
        """True for ``everything``: every kind of data, no article named (a view reads all
        of it again rather than work out what changed)."""
        return not self.article_ids and self == Changes.everything(self.description)

    @classmethod
    def everything(cls, description: str = "") -> Changes:
        """Every kind of data may have changed (a restored backup, another database)."""
        flags: dict[str, Any] = {
            f.name: True for f in fields(cls) if f.name not in ("article_ids", "description")
        }
        return cls(**flags, description=description)
