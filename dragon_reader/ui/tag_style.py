"""How tags look in the reader: underlines (entities use backgrounds, so both show).

Tags may overlap (a span can be an event and a channel); each tag gets its own underline,
stacked below the ones it overlaps, and hovering anywhere lists every tag there. Tags
never change the font (no bold), so the paragraph does not reflow when one is made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtGui import QColor, QIcon, QPixmap

from dragon_reader.domain.coding import Tag, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole, slot_summary
from dragon_reader.ui.reader import Highlight, Underline

EVENT_COLOR = QColor(200, 30, 60)
CHANNEL_COLOR = QColor(25, 90, 220)
_TRANSPARENT = QColor(0, 0, 0, 0)


def kind_icon(kind: TagKind, size: int = 12) -> QIcon:
    """A small solid swatch of the kind's underline colour (event or channel)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(EVENT_COLOR if kind == TagKind.EVENT else CHANNEL_COLOR)
    return QIcon(pixmap)


def slot_lines(fillers: Sequence[SlotFiller]) -> list[str]:
    """One line per filled slot: "Actor: Joe Biden; Xi Jinping"."""
    summary = slot_summary(list(fillers))
    labels = {SlotRole.PARTY: "Parties"}
    return [
        f"{labels.get(role, role.value.capitalize())}: {summary[role]}"
        for role in SlotRole
        if role in summary
    ]


def tag_tooltip(
    tag: Tag, fillers: Sequence[SlotFiller] = (), status_labels: Mapping[str, str] | None = None
) -> str:
    """One line per fact of the tag (its slots included), for hovering; a status by its
    label in ``status_labels`` (its key when none)."""
    lines = [f"{tag.kind.value.capitalize()}: {tag.entry_name}", *slot_lines(fillers)]
    if tag.status is not None:
        status = (status_labels or {}).get(tag.status, tag.status)
        lines.append(f"Status: {status}" + (f" ({tag.when})" if tag.when else ""))
    elif tag.when is not None:
        lines.append(f"Date: {tag.when}")
    if tag.confidence is not None:
        lines.append(f"Confidence: {tag.confidence:.0%}")
    if tag.note:
        lines.append(f"Note: {tag.note[:120]}")
    if tag.annotator:
        lines.append(f"By {tag.annotator}")
    return "\n".join(lines)


def tag_highlights(
    tags: list[Tag],
    slots: Mapping[int, Sequence[SlotFiller]] | None = None,
    status_labels: Mapping[str, str] | None = None,
) -> list[Highlight]:
    """The tooltips of tagged text: each stretch lists every tag covering it, with the
    tag's slots (``slots`` by tag id) and its status's label."""
    slots = slots or {}
    bounds = sorted({tag.start for tag in tags} | {tag.end for tag in tags})
    highlights = []
    for start, end in pairwise(bounds):
        covering = [tag for tag in tags if tag.start <= start and end <= tag.end]
        if covering:
            tooltip = "\n\n".join(
                tag_tooltip(tag, slots.get(tag.id, ()), status_labels) for tag in covering
            )
            highlights.append(Highlight(start, end, _TRANSPARENT, tooltip))
    return highlights


def tag_underlines(tags: list[Tag]) -> list[Underline]:
    """One underline per tag: solid red for events, wavy blue for channels; a tag that
    overlaps others is drawn one step lower than they are."""
    placed: list[tuple[int, int, int]] = []  # start, end, level
    underlines = []
    for tag in sorted(tags, key=lambda t: (t.start, -t.end, t.id)):
        taken = {level for start, end, level in placed if start < tag.end and tag.start < end}
        level = next(n for n in range(len(taken) + 1) if n not in taken)
        placed.append((tag.start, tag.end, level))
        underlines.append(
            Underline(
                tag.start,
                tag.end,
                EVENT_COLOR if tag.kind == TagKind.EVENT else CHANNEL_COLOR,
                wavy=tag.kind == TagKind.CHANNEL,
                level=level,
            )
        )
    return underlines
