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
        raise ImportProblem(describe(exc)) from exc
    if len(document.text.encode("utf-8")) > MAX_FILE_BYTES:
        msg = f"text over {MAX_FILE_BYTES // (1024 * 1024)} MB"
        raise ImportProblem(msg)
    check_text(document.text)
    return document


def describe(error: ValidationError) -> str:
    """The first few problems of ``error``, as ``where: what`` for a user."""
    problems = []
    for item in error.errors(include_url=False, include_input=False)[:MAX_ERRORS_SHOWN]:
        where = ".".join(str(part) for part in item["loc"]) or "document"
        problems.append(f"{where}: {item['msg']}")
    more = error.error_count() - len(problems)
    if more > 0:
        problems.append(f"and {more} more")
    return "not a valid document: " + "; ".join(problems)
