"""The recognizer interface: text in, non-overlapping entity spans out."""

from __future__ import annotations

from typing import Protocol

from dragon_reader.domain.entities import EntitySpan, TaughtRules


class Recognizer(Protocol):
    """Finds entities in a text.

    ``recognize`` returns spans sorted by start, never overlapping, each with
    ``text == article[start:end]``. ``version`` changes whenever the output for the same
    input could change; stored mentions from another version are recomputed.
    """

    @property
    def version(self) -> str:
        """Identifies the recognizer and its data."""
        ...

    def recognize(self, text: str, taught: TaughtRules | None = None) -> list[EntitySpan]:
        """Return the entities of ``text``, applying what the analyst ``taught``."""
        ...
