"""How tags look in the reader: underlines (entities use backgrounds, so both show)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from dragon_reader.domain.coding import Tag, TagKind
from dragon_reader.ui.reader import Highlight

EVENT_COLOR = QColor(200, 30, 60)
CHANNEL_COLOR = QColor(25, 90, 220)
_TRANSPARENT = QColor(0, 0, 0, 0)


def tag_tooltip(tag: Tag) -> str:
    """One line per fact of the tag, for hovering."""
    lines = [f"{tag.kind.value.capitalize()}: {tag.entry_name}"]
    if tag.status is not None:
        lines.append(f"Status: {tag.status.value}" + (f" ({tag.when})" if tag.when else ""))
    elif tag.when is not None:
        lines.append(f"Date: {tag.when}")
    if tag.confidence is not None:
        lines.append(f"Confidence: {tag.confidence:.0%}")
    if tag.note:
        lines.append(f"Note: {tag.note[:120]}")
    if tag.annotator:
        lines.append(f"By {tag.annotator}")
    return "\n".join(lines)


def tag_highlights(tags: list[Tag]) -> list[Highlight]:
    """Underlines for tags: solid red for events, wavy blue for channels, text in bold."""
    return [
        Highlight(
            tag.start,
            tag.end,
            _TRANSPARENT,
            tag_tooltip(tag),
            underline=EVENT_COLOR if tag.kind == TagKind.EVENT else CHANNEL_COLOR,
            bold=True,
            wavy=tag.kind == TagKind.CHANNEL,
        )
        for tag in tags
    ]
