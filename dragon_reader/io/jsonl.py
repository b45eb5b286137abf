"""The schema of one JSONL line (a Dragon Reader export, or doccano's layout), checked before
anything is stored.

``parse_line`` turns a line into a ``JsonlDocument`` or raises ``ImportProblem`` with a short
message naming the first fields that are wrong ("dragon_reader.tags.0.start: not an
integer"), never a traceback: numbers too large for JSON floats (``1e400``), lists where
objects belong and the other way round, and nesting deeper than a document ever has are all
refused here.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
)

from dragon_reader.domain.articles import ArticleStatus
from dragon_reader.domain.coding import ChannelLevel, ChannelStatus, EventType
from dragon_reader.domain.slots import SlotRole
from dragon_reader.io.readers import MAX_FILE_BYTES, ImportProblem, check_text

MAX_OFFSET = MAX_FILE_BYTES  # no stored text is longer, so no offset is larger
MAX_ERRORS_SHOWN = 3

Offset = Annotated[StrictInt, Field(ge=0, le=MAX_OFFSET)]
ShortText = Annotated[StrictStr, Field(max_length=2_000)]
LongText = Annotated[StrictStr, Field(max_length=200_000)]
# Keys of the analyst's vocabularies: any well-formed key here; whether the database's
# vocabulary has it is checked when the line is stored.
StatusKey = Annotated[StrictStr, AfterValidator(ChannelStatus)]
EventTypeKey = Annotated[StrictStr, AfterValidator(EventType)]
LevelKey = Annotated[StrictStr, AfterValidator(ChannelLevel)]


class _Record(BaseModel):
    """Unknown keys are ignored (doccano and later versions may add some); known keys must
    have the right type."""

    model_config = ConfigDict(extra="ignore", allow_inf_nan=False, frozen=True)


class SlotRecord(_Record):
    """One filler of a tag's slot: its text, its span when it points at the article's text,
    and whether it named a dictionary actor (actors are found again by name: ids differ
    between databases)."""

    role: SlotRole
    text: Annotated[StrictStr, Field(min_length=1, max_length=2_000)]
    start: Offset | None = None
    end: Offset | None = None
    actor_id: StrictInt | None = None


class TagRecord(_Record):
    """One tag as ``export_jsonl`` writes it in ``dragon_reader.tags``."""

    start: Offset
    end: Offset
    kind: Literal["event", "channel"]
    entry: Annotated[StrictStr, Field(min_length=1, max_length=2_000)]
    status: StatusKey | None = None
    date: ShortText | None = None
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] | None = None
    note: LongText | None = ""
    annotator: ShortText | None = None
    curated: StrictBool = False
    created: datetime | None = None
    updated: datetime | None = None
    slots: list[SlotRecord] = Field(default_factory=list)


class CodebookRecord(_Record):
    """An event or a channel that the line's tags use, as ``export_jsonl`` describes it."""

    kind: Literal["event", "channel"]
    name: Annotated[StrictStr, Field(min_length=1, max_length=2_000)]
    event_type: EventTypeKey | None = None
    date: ShortText | None = None
    place: ShortText | None = None
    participants: list[ShortText] | None = None
    channel_level: LevelKey | None = None
    party_a: ShortText | None = None
    party_b: ShortText | None = None
    description: LongText | None = None


class ArticleRecord(_Record):
    """The ``dragon_reader`` object: the article's provenance, its tags and their entries."""

    title: ShortText | None = None
    outlet: ShortText | None = None
    byline: ShortText | None = None
    published: date | None = None
    source_file: ShortText | None = None
    status: ArticleStatus | None = None
    tags: list[TagRecord] | None = None
    codebook: list[CodebookRecord] = Field(default_factory=list)
    labels: dict[ShortText, list[ShortText]] = Field(default_factory=dict)


LabelSpan = tuple[Offset, Offset, StrictStr]
EntityId = StrictInt | StrictStr


class EntityRecord(_Record):
    """A span of doccano's relation mode: ``id``, offsets and a label."""

    id: EntityId
    start_offset: Offset
    end_offset: Offset
    label: StrictStr


class RelationRecord(_Record):
    """A relation of doccano's relation mode: from one entity to another, typed."""

    from_id: EntityId
    to_id: EntityId
    type: StrictStr


class JsonlDocument(_Record):
    """One line: ``text``, doccano's ``label`` spans (``[start, end, "LABEL"]``; a
    classification label is a bare string), its relation mode's ``entities`` and
    ``relations``, its older ``annotations`` (label ids, counted but not read), and our
    ``dragon_reader`` object, which marks a line written by this app."""

    text: StrictStr
    label: list[LabelSpan | StrictStr] = Field(default_factory=list)
    entities: list[EntityRecord] = Field(default_factory=list)
    relations: list[RelationRecord] = Field(default_factory=list)
    annotations: list[dict[StrictStr, Any]] = Field(default_factory=list)
    dragon_reader: ArticleRecord | None = None

    @property
    def is_ours(self) -> bool:
        """True for a line this app wrote (it has the ``dragon_reader`` object); any other
        is read as doccano's."""
        return self.dragon_reader is not None

    def tags(self) -> list[TagRecord]:
        """The tags of a line this app wrote (doccano's are read by ``io.doccano``)."""
        if self.dragon_reader is not None and self.dragon_reader.tags is not None:
            return list(self.dragon_reader.tags)
        return []


def parse_line(line: str) -> JsonlDocument:
    """The document on ``line``, checked; ``ImportProblem`` says what is wrong with it.

    Its text passes the same checks as a file's (``readers.check_text``: not blank, no NUL,
    not mostly control characters, not over the size limit).
    """
    return parse_document(load_json(line))


def load_json(text: str) -> Any:
    """``text`` parsed as JSON; ``ImportProblem`` when it is not, or when a string in it
    holds an unpaired surrogate (an escape such as ``\\ud800`` alone: not a character, and
    it could not be stored)."""
    try:
        value = json.loads(text)
    except RecursionError as exc:
        msg = "not a document: nested too deeply"
        raise ImportProblem(msg) from exc
    except ValueError as exc:
        msg = f"not JSON: {exc}"
        raise ImportProblem(msg) from exc
    if "\\u" in text:  # only an escape can bring a surrogate into a decoded line
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end].encode("unicode_escape").decode("ascii")
            msg = (
                f"not a document: it holds an unpaired surrogate ({bad}), which is not a character"
            )
            raise ImportProblem(msg) from exc
        except RecursionError as exc:
            msg = "not a document: nested too deeply"
            raise ImportProblem(msg) from exc
    return value


def parse_document(data: Any) -> JsonlDocument:
    """A parsed JSON value checked as a document (see ``parse_line``)."""
    if not isinstance(data, dict):
        msg = f"not a document: a JSON {type(data).__name__}, not an object"
        raise ImportProblem(msg)
    try:
        document = JsonlDocument.model_validate(data)
    except RecursionError as exc:
        msg = "not a document: nested too deeply"
        raise ImportProblem(msg) from exc
    except ValidationError as exc:
        raise ImportProblem(describe(exc, data)) from exc
    if len(document.text.encode("utf-8")) > MAX_FILE_BYTES:
        msg = f"text over {MAX_FILE_BYTES // (1024 * 1024)} MB"
        raise ImportProblem(msg)
    check_text(document.text)
    return document


# What each field of a line holds, for messages: keyed by its location, list indexes as "*".
_EXPECTED: dict[tuple[str, ...], str] = {
    ("text",): "the article's text, in quotes",
    ("label",): 'a list of spans [start, end, "LABEL"]',
    ("label", "*"): (
        'a span [start, end, "LABEL"] (two whole numbers, then the label in quotes) '
        "or a document label in quotes"
    ),
    ("entities",): 'a list of entities {"id", "start_offset", "end_offset", "label"}',
    ("entities", "*"): 'an entity {"id", "start_offset", "end_offset", "label"}',
    ("entities", "*", "id"): "a number or a name in quotes",
    ("entities", "*", "start_offset"): "a whole number: where the span starts in the text",
    ("entities", "*", "end_offset"): "a whole number: where the span ends in the text",
    ("entities", "*", "label"): "the label in quotes",
    ("relations",): 'a list of relations {"from_id", "to_id", "type"}',
    ("relations", "*"): 'a relation {"from_id", "to_id", "type"}',
    ("relations", "*", "from_id"): "the id of one of the line's entities",
    ("relations", "*", "to_id"): "the id of one of the line's entities",
    ("relations", "*", "type"): "the relation's type in quotes (actor, recipient, place, party)",
    ("annotations",): "a list of objects",
}
# pydantic's kinds of error, in words, for a field this table does not describe
_KINDS = {
    "missing": "a value",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "int_parsing": "a whole number",
    "string_type": "text in quotes",
    "list_type": "a list [...]",
    "tuple_type": "a list [...]",
    "dict_type": "an object {...}",
    "model_type": "an object {...}",
    "bool_type": "true or false",
    "float_type": "a number",
    "greater_than_equal": "a number of 0 or more",
    "less_than_equal": f"a number of at most {MAX_OFFSET:,}",
    "string_too_long": "a shorter text",
    "string_too_short": "a text that is not empty",
    "enum": "one of the values listed",
    "literal_error": "one of the values listed",
}
_SHOWN_INPUT = 40  # characters of the value found, at most


def describe(error: ValidationError, data: Any = None) -> str:
    """The first few problems of ``error`` (raised checking ``data``) in words a user can
    act on: where in the line ("“label” item 2", "“entities” item 1: “end_offset”",
    "dragon_reader.tags.0.start"), what belongs there and what was found ("expected a whole
    number: where the span ends in the text, found "7""). A field that takes several forms
    (a doccano ``label`` item: a span or a document label) gets one message naming every
    form and showing the whole value found, not one per form."""
    problems: dict[tuple[str | int, ...], str] = {}
    for item in error.errors(include_url=False):
        loc = _field_path(item["loc"])
        if loc in problems:
            continue  # one message per place: the alternatives of a union all failed there
        shape = tuple("*" if isinstance(part, int) else part for part in loc)
        expected = _EXPECTED.get(shape)
        kind, found = item["type"], item.get("input")
        if loc != tuple(item["loc"]):  # an alternative failed inside: show the whole value
            whole = _value_at(data, loc)
            if whole is not _ABSENT:
                kind, found = "union", whole
        if kind in {"enum", "literal_error", "value_error"} or expected is None:
            expected = expected or _KINDS.get(kind)
        where = _where(loc)
        if kind == "missing":
            text = f"{where} is missing" + (f": expected {expected}" if expected else "")
        elif expected is not None and kind not in {"enum", "literal_error", "value_error"}:
            text = f"{where}: expected {expected}, found {_found(found)}"
        else:  # the validator's own words say what is allowed
            message = str(item["msg"]).removeprefix("Value error, ")
            text = f"{where}: {message} (found {_found(found)})"
        problems[loc] = text
    shown = list(problems.values())[:MAX_ERRORS_SHOWN]
    more = len(problems) - len(shown)
    if more > 0:
        shown.append(f"and {more} more")
    return "not a doccano or Dragon Reader JSONL line: " + "; ".join(shown)


_ABSENT = object()


def _value_at(data: Any, loc: tuple[str | int, ...]) -> Any:
    """The value of ``data`` at ``loc`` (``_ABSENT`` when there is none)."""
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return _ABSENT
    return data


def _field_path(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """``loc`` without pydantic's names of a union's alternatives (``tuple[…]``, ``str``),
    and cut at the first of them: the place, not the alternative."""
    path: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and (
            "[" in part or part in {"str", "int", "constrained-int", "function-after"}
        ):
            break
        path.append(part)
    return tuple(path)


def _where(loc: tuple[str | int, ...]) -> str:
    """A place in a line for a user: doccano's fields by name and number ("label 2",
    "entity 1: end_offset"), this app's by their dotted path."""
    if not loc:
        return "the line"
    head = loc[0]
    if head in {"label", "entities", "relations", "annotations"} and len(loc) > 1:
        index = loc[1]
        place = f"“{head}” item {index + 1 if isinstance(index, int) else index}"
        rest = ".".join(str(part) for part in loc[2:])
        return f"{place}: “{rest}”" if rest else place
    if len(loc) == 1:
        return f"“{head}”"
    return ".".join(str(part) for part in loc)


def _found(value: Any) -> str:
    """The value found, as JSON, shortened."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) > _SHOWN_INPUT:
        text = text[: _SHOWN_INPUT - 1] + "…"
    return text
