"""Optional: use an installed spaCy pipeline as the recognizer (extra ``[spacy]``).

Off by default. The app never downloads a model: the named pipeline must already be
installed (``pip install 'dragon-reader[spacy]'`` plus a model package of your choice).
Labels outside PERSON ORG GPE LOC DATE NORP are dropped; a leading "the" and a trailing
possessive are trimmed to follow the annotation guidelines.
"""

from __future__ import annotations

from typing import Any

from dragon_reader.domain.entities import EntityLabel, EntitySpan, TaughtRules

_LABELS = {label.value for label in EntityLabel}


class SpacyRecognizer:
    """Wraps ``spacy.load(model)``; raises ``ImportError``/``OSError`` if unavailable."""

    def __init__(self, model: str) -> None:
        import spacy

        self._model = model
        self._nlp: Any = spacy.load(model)

    @property
    def version(self) -> str:
        """spaCy model name and version."""
        meta = getattr(self._nlp, "meta", {}) or {}
        return f"spacy:{self._model}:{meta.get('version', '?')}"

    def recognize(self, text: str, taught: TaughtRules | None = None) -> list[EntitySpan]:
        """Entities found by the pipeline, trimmed and filtered to the six labels."""
        rejects = taught.rejects if taught else frozenset()
        spans = []
        for ent in self._nlp(text).ents:
            if ent.label_ not in _LABELS:
                continue
            start, end = ent.start_char, ent.end_char
            if text.startswith(("the ", "The "), start) and ent.label_ != "DATE":
                start += 4
            for suffix in ("’s", "'s"):
                if text.endswith(suffix, start, end):
                    end -= len(suffix)
            surface = text[start:end]
            if end > start and surface not in rejects:
                spans.append(EntitySpan(start, end, EntityLabel(ent.label_), surface, surface))
        return spans
