"""doccano's JSONL read into ``Annotated``: its sequence-labelling lines
(``{"text", "label": [[0, 6, "ORG"], …]}``) and relation-mode lines (``entities`` with
``id``, ``start_offset``, ``end_offset`` and ``label``; ``relations`` with ``from_id``,
``to_id`` and ``type``).

Labels of the six entity kinds become entity marks; ``KIND:entry`` labels
(``event:Biden-Xi summit``, ``channel:military hotline``) become tags; a relation from a tag
to an entity fills that tag's slot of the same name (``actor``, ``recipient``, ``place``,
``party``). Every other label — spans, classification labels, relations between other
entities, doccano's older ``annotations`` with label ids — is counted for the report.
"""

from __future__ import annotations

from dataclasses import dataclass

from dragon_reader.domain.slots import SlotRole
from dragon_reader.io.annotations import (
    Annotated,
    AnnotationProblem,
    EntityMark,
    Filler,
    LeftOut,
    TagMark,
    check_span,
    entity_label,
    slot_role,
    stored_offsets,
    tag_label,
)
from dragon_reader.io.jsonl import JsonlDocument

OUTSIDE = "annotations with labels outside the codebook"


def read_doccano(document: JsonlDocument) -> Annotated:
    """The annotations of a doccano line, with offsets into the text to store (BOM removed,
    line ends LF). Raises ``AnnotationProblem`` for offsets outside the text, an entity id
    used twice, a relation naming an entity the line lacks, and a relation from a tag whose
    type is no slot."""
    text, to_stored = stored_offsets(document.text)
    result = Annotated(text)
    problems: list[str] = []
    spans, by_id = _spans(document, result.left_out, problems)
    fillers, used = _fillers(document, spans, by_id, result.left_out, problems)
    if problems:
        raise AnnotationProblem(problems)
    for index, span in enumerate(spans):
        start, end = to_stored(span.start), to_stored(span.end)
        entity, tag = entity_label(span.label), tag_label(span.label)
        if entity is not None:
            result.entities.append(EntityMark(start, end, entity, span.where))
        elif tag is not None:
            slot_fillers = []
            for role, target in fillers.get(index, []):
                a, b = to_stored(spans[target].start), to_stored(spans[target].end)
                slot_fillers.append(Filler(role, text[a:b], a, b))
            result.tags.append(
                TagMark(start, end, tag[0], tag[1], span.where, fillers=tuple(slot_fillers))
            )
        elif index not in used:
            result.left_out.add(OUTSIDE, span.label)
    return result


@dataclass(frozen=True, slots=True)
class _Span:
    where: str
    start: int
    end: int
    label: str


def _spans(
    document: JsonlDocument, left_out: LeftOut, problems: list[str]
) -> tuple[list[_Span], dict[str, int]]:
    """Every labelled span of the line (``label`` lists, then ``entities``), checked
    against the text, and the index of each entity by its id; classification labels and
    older annotations counted."""
    spans: list[_Span] = []
    by_id: dict[str, int] = {}
    for number, item in enumerate(document.label, start=1):
        if isinstance(item, str):
            left_out.add("labels of the whole document, not imported", item)
        else:
            spans.append(_Span(f"label {number}", *item))
    for number, entity in enumerate(document.entities, start=1):
        key = str(entity.id)
        if key in by_id:
            problems.append(f"entities {number}: the id {key} is used twice")
            continue
        by_id[key] = len(spans)
        spans.append(_Span(f"entity {key}", entity.start_offset, entity.end_offset, entity.label))
    for annotation in document.annotations:
        left_out.add(
            "annotations in doccano's older form (label ids), not imported",
            str(annotation.get("label", "")),
        )
    for span in spans:
        problem = check_span(document.text, span.start, span.end)
        if problem is not None:
            problems.append(f"{span.where}: {problem}")
    return spans, by_id


def _fillers(
    document: JsonlDocument,
    spans: list[_Span],
    by_id: dict[str, int],
    left_out: LeftOut,
    problems: list[str],
) -> tuple[dict[int, list[tuple[SlotRole, int]]], set[int]]:
    """The slot fillers of each tag span (by index: ``(role, filler's index)``) that the
    relations give, and the indexes of the spans that fill a slot; relations between other
    entities are counted."""
    fillers: dict[int, list[tuple[SlotRole, int]]] = {}
    used: set[int] = set()
    for number, relation in enumerate(document.relations, start=1):
        where = f"relation {number}"
        source, target = by_id.get(str(relation.from_id)), by_id.get(str(relation.to_id))
        if source is None or target is None:
            missing = relation.from_id if source is None else relation.to_id
            problems.append(f"{where}: no entity has the id {missing}")
            continue
        tag = tag_label(spans[source].label)
        role = slot_role(relation.type)
        if tag is None:
            left_out.add("relations outside the codebook, not imported", relation.type)
        elif role is None:
            problems.append(
                f"{where}: unknown role “{relation.type}” for a tag "
                "(actor, recipient, place, party)"
            )
        elif not role.allowed_for(tag[0]):
            problems.append(f"{where}: only channel tags have the role {relation.type}")
        else:
            fillers.setdefault(source, []).append((role, target))
            used.add(target)
    return fillers, used
