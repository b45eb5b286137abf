"""How entity labels look: one colour per label, readable on light and dark palettes."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor, QIcon, QPixmap

from dragon_reader.domain.entities import EntityLabel, Mention
from dragon_reader.ui.reader import Highlight

# Hue per label; drawn translucent so the text stays readable in either palette.
LABEL_RGB: dict[EntityLabel, tuple[int, int, int]] = {
    EntityLabel.PERSON: (66, 133, 244),
    EntityLabel.ORG: (245, 140, 0),
    EntityLabel.GPE: (52, 168, 83),
    EntityLabel.LOC: (0, 160, 170),
    EntityLabel.DATE: (171, 71, 188),
    EntityLabel.NORP: (219, 68, 55),
}
HIGHLIGHT_ALPHA = 80


def label_color(label: EntityLabel, alpha: int = HIGHLIGHT_ALPHA) -> QColor:
    """The highlight colour of ``label``."""
    red, green, blue = LABEL_RGB[label]
    return QColor(red, green, blue, alpha)


def label_icon(label: EntityLabel, size: int = 12) -> QIcon:
    """A small solid swatch of the label's colour, for legends and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(label_color(label, 255))
    return QIcon(pixmap)


def mention_highlight(
    mention: Mention, actor_lines: Mapping[tuple[str, EntityLabel], str] | None = None
) -> Highlight:
    """The highlight of one mention, with label and name as tooltip, and the actor's role
    on the article's date when ``actor_lines`` has one for its ``(canonical, label)``."""
    tip = f"{mention.label.value} — {mention.label.description}: {mention.canonical}"
    if mention.origin.value == "analyst":
        tip += " (marked by you)"
    line = (actor_lines or {}).get((mention.canonical, mention.label))
    if line:
        tip += f"\n{line}"
    return Highlight(mention.start, mention.end, label_color(mention.label), tip)


def mention_highlights(
    mentions: list[Mention],
    visible: set[EntityLabel],
    actor_lines: Mapping[tuple[str, EntityLabel], str] | None = None,
) -> list[Highlight]:
    """Highlights (``mention_highlight``) for the mentions whose label is visible."""
    return [mention_highlight(m, actor_lines) for m in mentions if m.label in visible]
