"""Reading brat standoff (``NAME.txt`` + ``NAME.ann``, from brat, INCEpTION or this app)
into ``Annotated``: entity marks of the six labels, event and channel tags with their roles,
statuses and notes, and a count of everything else.

The layout read is the one ``io.brat`` writes (see there). Offsets count characters of the
``.txt``; a file with CRLF line ends is read either way (CR counted, as INCEpTION and older
brat count, or not), whichever makes every quoted text match. Problems name their line:
a line that is not standoff, an id used twice, offsets outside the text, a quoted text
that differs from the text there, an argument or attribute pointing at nothing, a role
that tags do not have, a tag without a codebook entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dragon_reader.domain.coding import TagKind
from dragon_reader.domain.slots import SlotRole
from dragon_reader.domain.text import BOM
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
)
from dragon_reader.io.brat import (
    ACTOR_DATABASE,
    DICTIONARY,
    FILLER_TYPE,
    NOTES,
    ROLE_NAMES,
    STATUS_ATTRIBUTE,
    TAG_TYPES,
    split_note,
)

OUTSIDE = "annotations with labels outside the codebook"
_OFFSETS = re.compile(r"^\d+ \d+(?:;\d+ \d+)*$")
_KINDS = {name.lower(): TagKind(kind) for kind, name in TAG_TYPES.items()}
_ENTRY_KEYS = {"entry", "event", "channel"}  # "event: NAME" in exports before 0.x
_ROLE_KEYS = {role.value: role for role in SlotRole} | {"parties": SlotRole.PARTY}


@dataclass(slots=True)
class _TextBound:
    line: int
    type: str
    pieces: list[tuple[int, int]]
    quoted: str

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass(slots=True)
class _Event:
    line: int
    type: str
    trigger: str
    arguments: list[tuple[str, str]]


@dataclass(slots=True)
class _Other:
    """An attribute, note, normalization, relation or equivalence line."""

    line: int
    letter: str
    type: str
    target: str
    value: str


@dataclass(slots=True)
class _Parsed:
    text_bound: dict[str, _TextBound] = field(default_factory=dict)
    events: dict[str, _Event] = field(default_factory=dict)
    others: list[_Other] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_brat(raw_text: str, ann: str) -> Annotated:
    """The annotations of ``ann`` on ``raw_text`` (the ``.txt`` as decoded). The text of the
    result is the text to store (BOM removed, line ends LF) and every offset points into it.

    Raises ``AnnotationProblem`` naming each bad line; nothing is returned then.
    """
    parsed = _parse(ann)
    if parsed.problems:
        raise AnnotationProblem(parsed.problems)
    text, _ = stored_offsets(raw_text)
    raw = raw_text.removeprefix(BOM)
    readings: list[tuple[str, Callable[[int], int]]] = [(text, lambda offset: offset)]
    if "\r" in raw:  # offsets counted with the CRs (INCEpTION, older brat), or without
        _, from_unbommed = stored_offsets(raw)
        readings.insert(0, (raw, from_unbommed))
    failures: list[list[str]] = []
    for reading, to_stored in readings:
        problems = [
            f"line {t.line}: {ident}: {problem}"
            for ident, t in parsed.text_bound.items()
            for a, b in t.pieces
            if (problem := check_span(reading, a, b)) is not None
        ] + [
            f"line {t.line}: {ident}: {problem}"
            for ident, t in parsed.text_bound.items()
            if all(check_span(reading, a, b) is None for a, b in t.pieces)
            and (problem := _quote_problem(reading, t)) is not None
        ]
        if not problems:
            for t in parsed.text_bound.values():
                t.pieces = [(to_stored(a), to_stored(b)) for a, b in t.pieces]
            return _annotated(text, parsed)
        failures.append(problems)
    raise AnnotationProblem(min(failures, key=len))


def _quote_problem(text: str, t: _TextBound) -> str | None:
    """Why the quoted text of ``t`` differs from the text at its offsets, or ``None``
    (whitespace runs compare as one space: brat joins fragments with a space)."""
    covered = " ".join(text[a:b] for a, b in t.pieces)
    if " ".join(covered.split()) == " ".join(t.quoted.split()):
        return None
    return f"offsets {t.start}–{t.end} hold {_short(covered)}, not {_short(t.quoted)}"


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return "“" + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + "”"


def _parse(ann: str) -> _Parsed:
    parsed = _Parsed()
    seen: set[str] = set()
    for number, raw_line in enumerate(ann.split("\n"), start=1):
        line = raw_line.rstrip("\r")
        if not line.strip():
            continue
        ident, tab, rest = line.partition("\t")
        letter = ident[:1]
        problem: str | None = None
        if not tab or letter not in "TEARNM#*":
            problem = "not a brat standoff line (an id such as T1, a tab, then the annotation)"
        elif ident != "*" and ident in seen:
            problem = f"the id {ident} is used twice"
        else:
            seen.add(ident)
            problem = _parse_line(parsed, number, ident, letter, rest)
        if problem is not None:
            parsed.problems.append(f"line {number}: {problem}")
    return parsed


def _parse_line(parsed: _Parsed, number: int, ident: str, letter: str, rest: str) -> str | None:
    if letter == "T":
        return _parse_text_bound(parsed, number, ident, rest)
    if letter == "E":
        words = rest.split("\t", maxsplit=1)[0].split()
        pairs = [word.partition(":") for word in words]
        if not pairs or any(not colon or not role or not target for role, colon, target in pairs):
            return f"{ident}: not an event (TYPE:TRIGGER ROLE:ID …)"
        (type_, _, trigger), *arguments = pairs
        parsed.events[ident] = _Event(number, type_, trigger, [(r, t) for r, _, t in arguments])
        return None
    head, _, value = rest.partition("\t")
    words = head.split()
    shapes = {  # letter: (fits, what it should look like, the value kept)
        "A": (len(words) in (2, 3), "an attribute (NAME TARGET [VALUE])", " ".join(words[2:])),
        "M": (len(words) in (2, 3), "an attribute (NAME TARGET [VALUE])", " ".join(words[2:])),
        "#": (len(words) == 2, "a note (TYPE TARGET, a tab, the note)", value),
        "N": (
            len(words) == 3 and ":" in words[-1],
            "a normalization (TYPE TARGET DB:ID, a tab, the name)",
            f"{words[-1]}\t{value}" if words else "",
        ),
    }
    fits, shape, kept = shapes.get(letter, (bool(words), "a relation or equivalence", ""))
    if not fits:
        return f"{ident}: not {shape}"
    if letter in shapes:
        kind = "A" if letter == "M" else letter
        parsed.others.append(_Other(number, kind, words[0], words[1], kept))
    else:  # R relations and * equivalences: counted by type
        parsed.others.append(_Other(number, letter, words[0], "", ""))
    return None


def _parse_text_bound(parsed: _Parsed, number: int, ident: str, rest: str) -> str | None:
    head, tab, quoted = rest.partition("\t")
    type_, _, offsets = head.partition(" ")
    if not tab or not type_ or not _OFFSETS.match(offsets):
        return f"{ident}: not a text-bound annotation (TYPE START END, a tab, the text)"
    pieces = [(int(a), int(b)) for a, b in (p.split(" ") for p in offsets.split(";"))]
    if any(a >= b for a, b in pieces):
        return f"{ident}: a span ends before it starts ({offsets})"
    parsed.text_bound[ident] = _TextBound(number, type_, pieces, quoted)
    return None


@dataclass(slots=True)
class _Tag:
    """A tag being assembled from its trigger, event, attributes and notes."""

    kind: TagKind
    trigger: str
    line: int
    event: str | None = None
    fillers: list[tuple[SlotRole, str]] = field(default_factory=list)
    status: str | None = None
    notes: list[str] = field(default_factory=list)


def _annotated(text: str, parsed: _Parsed) -> Annotated:
    result = Annotated(text)
    problems: list[str] = []
    tags, triggers, fillers = _event_tags(parsed, result.left_out, problems)
    linked = _apply_others(parsed, tags, result.left_out, problems)
    for ident, t in parsed.text_bound.items():
        label = entity_label(t.type)
        if label is not None and len(t.pieces) == 1:
            result.entities.append(EntityMark(t.start, t.end, label, f"line {t.line}"))
        elif label is not None:
            result.left_out.add("entities in pieces (discontinuous), not imported", t.type)
        elif ident not in triggers and ident not in tags and ident not in fillers:
            unused = "spans used by no tag" if t.type == FILLER_TYPE else OUTSIDE
            result.left_out.add(unused, t.type)
    for ident, tag in tags.items():
        if ident == tag.trigger:  # each tag once (it is also known by its E id)
            made = _tag_mark(text, parsed, tag, linked, problems)
            if made is not None:
                result.tags.append(made)
    if problems:
        raise AnnotationProblem(problems)
    return result


def _event_tags(
    parsed: _Parsed, left_out: LeftOut, problems: list[str]
) -> tuple[dict[str, _Tag], set[str], set[str]]:
    """The tags of the ``Event`` and ``Channel`` events (by E id and by trigger id), and
    of ``Event`` and ``Channel`` spans that no event uses; the ids of every event's
    trigger, and of the tags' fillers."""
    tags: dict[str, _Tag] = {}
    triggers: set[str] = set()
    fillers: set[str] = set()
    for ident, event in parsed.events.items():
        triggers.add(event.trigger)
        kind = _KINDS.get(event.type.lower())
        where = f"line {event.line}: {ident}"
        if kind is None:
            left_out.add("events of other types", event.type)
            continue
        if event.trigger not in parsed.text_bound:
            problems.append(f"{where}: its trigger {event.trigger} is not a T line of this file")
            continue
        tag = tags[ident] = tags[event.trigger] = _Tag(kind, event.trigger, event.line, ident)
        for role_name, target in event.arguments:
            role = slot_role(role_name)
            if role is None:
                roles = ", ".join(ROLE_NAMES.values())
                problems.append(f"{where}: unknown role “{role_name}” (tags have {roles})")
            elif not role.allowed_for(kind):
                problems.append(f"{where}: only channel tags have the role {role_name}")
            elif target not in parsed.text_bound:
                problems.append(f"{where}: its {role_name} {target} is not a T line of this file")
            else:
                tag.fillers.append((role, target))
                fillers.add(target)
    for ident, t in parsed.text_bound.items():
        kind = _KINDS.get(t.type.lower())
        if kind is not None and ident not in triggers:  # a tag without roles
            tags[ident] = _Tag(kind, ident, t.line)
    return tags, triggers, fillers


_COUNTED = {
    "A": "attributes, not imported",
    "#": "notes on other annotations, not imported",
    "N": "normalizations, not imported",
    "R": "relations, not imported",
    "*": "equivalences, not imported",
}


def _apply_others(
    parsed: _Parsed, tags: dict[str, _Tag], left_out: LeftOut, problems: list[str]
) -> dict[str, str]:
    """Statuses and notes onto their tags; the T ids linked to dictionary actors, with
    the actors' names (returned); everything else counted."""
    linked: dict[str, str] = {}
    known = set(parsed.text_bound) | set(parsed.events)
    for other in parsed.others:
        where = f"line {other.line}"
        tag = tags.get(other.target)
        label = other.type
        if other.letter in "A#N" and other.target not in known:
            problems.append(f"{where}: it points at {other.target}, which this file lacks")
        elif other.letter == "A" and tag is not None and label.lower() == STATUS_ATTRIBUTE.lower():
            problem = _status_problem(tag, other)
            if problem is not None:
                problems.append(f"{where}: {problem}")
        elif other.letter == "#" and tag is not None and label == NOTES:
            tag.notes.append(other.value)
        elif other.letter == "N" and other.value.startswith(f"{ACTOR_DATABASE}:"):
            linked[other.target] = other.value.partition("\t")[2].strip()
        else:
            if other.letter == "N":
                label = other.value.partition(":")[0]
            left_out.add(_COUNTED[other.letter], label)
    return linked


def _status_problem(tag: _Tag, attribute: _Other) -> str | None:
    """Give ``tag`` the status ``attribute`` says; or say why it cannot have it."""
    if tag.kind != TagKind.CHANNEL:
        return "only channel tags have a status"
    if not attribute.value:
        return f"the status of {attribute.target} has no value"
    tag.status = attribute.value
    return None


def _tag_mark(
    text: str, parsed: _Parsed, tag: _Tag, linked: dict[str, str], problems: list[str]
) -> TagMark | None:
    trigger = parsed.text_bound[tag.trigger]
    where = f"line {tag.line}"
    ident = tag.event or tag.trigger
    fields = _note_fields(tag.notes)
    entry = next((value for key, value in fields if key in _ENTRY_KEYS and value), None)
    if entry is None:
        problems.append(f"{where}: {ident} names no codebook entry (add a note: “entry: NAME”)")
        return None
    fillers = [
        Filler(
            role,
            text[t.start : t.end],
            t.start,
            t.end,
            dictionary=target in linked,
            actor_name=linked.get(target) or None,
        )
        for role, target in tag.fillers
        for t in [parsed.text_bound[target]]
    ]
    read = _Fields()
    for key, value in fields:
        problem = read.take(key, value, tag.kind)
        if problem is not None:
            problems.append(f"{where}: {ident}: {problem}")
    return TagMark(
        trigger.start,
        trigger.end,
        tag.kind,
        entry,
        where,
        tag.status,
        read.date,
        read.confidence,
        "\n".join(read.notes),
        (*fillers, *read.fillers),
    )


@dataclass(slots=True)
class _Fields:
    """The fields of a tag's notes besides its entry."""

    date: str | None = None
    confidence: float | None = None
    notes: list[str] = field(default_factory=list)
    fillers: list[Filler] = field(default_factory=list)

    def take(self, key: str, value: str, kind: TagKind) -> str | None:
        """Keep one field; or say why it cannot be kept."""
        role = _ROLE_KEYS.get(key.removesuffix(DICTIONARY))
        if key == "date":
            self.date = value or None
        elif key == "confidence":
            try:
                self.confidence = float(value)
            except ValueError:
                return f"the confidence “{value}” is not a number"
        elif key == "note":
            self.notes.append(value)
        elif role is not None and value:
            if not role.allowed_for(kind):
                return f"only channel tags have the role {key}"
            self.fillers.append(Filler(role, value, dictionary=key.endswith(DICTIONARY)))
        elif key not in _ENTRY_KEYS:
            self.notes.append(f"{key}: {value}" if key else value)
        return None


def _note_fields(notes: list[str]) -> list[tuple[str, str]]:
    """``(key, value)`` of each field of the tag's notes; a note not written as fields
    (a brat or INCEpTION user's own) is one field with the empty key."""
    fields: list[tuple[str, str]] = []
    for note in notes:
        parts = split_note(note)
        keyed = [part.partition(":") for part in parts]
        first = keyed[0][0].strip().lower() if keyed else ""
        if (
            not keyed
            or not keyed[0][1]
            or first.removesuffix(DICTIONARY)
            not in (_ENTRY_KEYS | set(_ROLE_KEYS) | {"date", "confidence", "note"})
        ):
            fields.append(("", note))
            continue
        fields.extend((key.strip().lower(), value.strip(" ")) for key, _, value in keyed)
    return fields
