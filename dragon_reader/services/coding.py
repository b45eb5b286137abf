"""Coding: the codebook of events and channels, and tags on article spans, with undo.

Every public method that changes something is one operation of the ``Journal``: one
transaction, one undo step (joining the caller's operation when one is open, so composed
actions stay one step). Undo and redo restore exact row snapshots (same ids), so a redo
after an undo gives back the very tag the analyst saw. The business rule "tagging a new
article moves it to in progress" lives here, so the window, the CLI and imports obey it.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dragon_reader.domain.articles import ArticleStatus
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import (
    Channel,
    ChannelId,
    ChannelLevel,
    ChannelStatus,
    Event,
    EventId,
    EventType,
    FuzzyDate,
    StatusPoint,
    Tag,
    TagId,
    TagKind,
    VocabularyKey,
    status_history,
    validate_span,
)
from dragon_reader.domain.date_phrases import SentenceFinder
from dragon_reader.domain.slots import SlotFiller
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.resources import resource
from dragon_reader.services.history import UndoHistory
from dragon_reader.services.journal import Journal, RowConflict, UndoError
from dragon_reader.services.slots import fill_new_tag, replace_slots
from dragon_reader.store.database import Database
from dragon_reader.store.models import AppState, Article, CodebookChannel, CodebookEvent, TagSlot
from dragon_reader.store.models import Tag as TagRow
from dragon_reader.store.models import VocabularyValue as ValueRow

STARTER_CODEBOOK_KEY = "starter_codebook_loaded"
_Entry = TypeVar("_Entry", CodebookEvent, CodebookChannel)
_CODEBOOK = Changes(codebook=True)
Snapshot = dict[str, Any]


class CodingError(ValueError):
    """A coding action that cannot be done; the message is for the user."""


class TagConflict(CodingError):
    """The tag was changed (by another coder, or another window) since the copy being
    edited was read; nothing was written. The message says who changed it and when."""


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A codebook entry to create while tagging (its name, and an event's type)."""

    name: str
    event_type: EventType = EventType.OTHER


def default_annotator() -> str:
    """The login name, used until the analyst gives a name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


class CodingService:
    """The codebook and the tags of one database; changes go through ``journal``."""

    def __init__(
        self, database: Database, annotator: str | None = None, journal: Journal | None = None
    ) -> None:
        self.database = database
        self.annotator = annotator or default_annotator()
        self.session_id: int | None = None
        self.journal = journal if journal is not None else Journal(database)
        self._coder: str | None = None  # see _database_coder

    @property
    def history(self) -> UndoHistory:
        """The undo history (shared with every service of the same journal)."""
        return self.journal.history

    # -- codebook: reading ------------------------------------------------------------------

    def events(self, counted: bool = True) -> list[Event]:
        """Every event with its tag count, by date then name (``counted=False``: without
        counting every tag, ``tag_count`` 0 — for readers that need the events alone)."""
        with self.journal.reading() as session:
            counts = (
                dict(
                    session.execute(
                        select(TagRow.event_id, func.count())
                        .where(TagRow.event_id.is_not(None))
                        .group_by(TagRow.event_id)
                    ).all()
                )
                if counted
                else {}
            )
            rows = session.scalars(select(CodebookEvent)).all()
            events = [_event(row, counts.get(row.id, 0)) for row in rows]
        return sorted(
            events,
            key=lambda e: (e.when is None, e.when or FuzzyDate.parse("1900"), e.name.lower()),
        )

    def channels(self) -> list[Channel]:
        """Every channel with its tag count, by name."""
        with self.journal.reading() as session:
            counts = dict(
                session.execute(
                    select(TagRow.channel_id, func.count())
                    .where(TagRow.channel_id.is_not(None))
                    .group_by(TagRow.channel_id)
                ).all()
            )
            rows = session.scalars(select(CodebookChannel).order_by(CodebookChannel.name)).all()
            return [_channel(row, counts.get(row.id, 0)) for row in rows]

    def tag_counts(self) -> tuple[dict[EventId, int], dict[ChannelId, int]]:
        """How many tags each event and each channel has (entries without tags absent):
        what the codebook's counts need after a tag changes, read from the indexes alone."""
        with self.journal.reading() as session:
            events = session.execute(
                select(TagRow.event_id, func.count())
                .where(TagRow.event_id.is_not(None))
                .group_by(TagRow.event_id)
            ).all()
            channels = session.execute(
                select(TagRow.channel_id, func.count())
                .where(TagRow.channel_id.is_not(None))
                .group_by(TagRow.channel_id)
            ).all()
        return (
            {EventId(row[0]): int(row[1]) for row in events if row[0] is not None},
            {ChannelId(row[0]): int(row[1]) for row in channels if row[0] is not None},
        )

    def channel_fingerprint(self, channel_id: ChannelId) -> tuple[Any, ...]:
        """The channel's tag count, id sum and latest update: equal before and after a
        change exactly when none of its tags was made, edited, deleted or moved."""
        with self.journal.reading() as session:
            row = session.execute(
                select(
                    func.count(), func.coalesce(func.sum(TagRow.id), 0), func.max(TagRow.updated_at)
                ).where(TagRow.channel_id == channel_id)
            ).one()
        return tuple(row)

    def event(self, event_id: EventId) -> Event | None:
        """One event, or ``None``."""
        return next((e for e in self.events() if e.id == event_id), None)

    def channel(self, channel_id: ChannelId) -> Channel | None:
        """One channel, or ``None``."""
        return next((c for c in self.channels() if c.id == channel_id), None)

    # -- codebook: changes --------------------------------------------------------------------

    def create_event(
        self,
        name: str,
        type: str = EventType.OTHER,  # an event-type key
        when: FuzzyDate | None = None,
        place: str = "",
        participants: Iterable[str] = (),
        description: str = "",
    ) -> Event:
        """Add an event; names are unique (case-insensitively)."""
        name = self._check_name(CodebookEvent, name)
        row = CodebookEvent(
            name=name,
            type=self._check_key(Vocabulary.EVENT_TYPE, type),
            when=str(when) if when else None,
            place=place.strip(),
            participants="\n".join(p.strip() for p in participants if p.strip()),
            description=description.strip(),
        )
        with self.journal.operation(f"add event “{name}”", _CODEBOOK) as op:
            op.db.add(row)
            op.db.flush()
            new_id = EventId(row.id)
        return self._require_event(new_id)

    def create_channel(
        self,
        name: str,
        level: str = ChannelLevel.WORKING,  # a channel-level key
        party_a: str = "",
        party_b: str = "",
        description: str = "",
    ) -> Channel:
        """Add a channel; names are unique (case-insensitively)."""
        name = self._check_name(CodebookChannel, name)
        row = CodebookChannel(
            name=name,
            level=self._check_key(Vocabulary.CHANNEL_LEVEL, level),
            party_a=party_a.strip(),
            party_b=party_b.strip(),
            description=description.strip(),
        )
        with self.journal.operation(f"add channel “{name}”", _CODEBOOK) as op:
            op.db.add(row)
            op.db.flush()
            new_id = ChannelId(row.id)
        return self._require_channel(new_id)

    def update_event(self, event_id: EventId, **changes: Any) -> Event:
        """Change an event's fields (``name``, ``type``, ``when``, ``place``, ...)."""
        values = self._event_values(event_id, changes)
        self._update(CodebookEvent, event_id, values, "edit event")
        return self._require_event(event_id)

    def update_channel(self, channel_id: ChannelId, **changes: Any) -> Channel:
        """Change a channel's fields (``name``, ``level``, ``party_a``, ...)."""
        values: Snapshot = {}
        for key, value in changes.items():
            if key == "name":
                values["name"] = self._check_name(CodebookChannel, value, channel_id)
            elif key == "level":
                values["level"] = self._check_key(Vocabulary.CHANNEL_LEVEL, value)
            elif key in ("party_a", "party_b", "description"):
                values[key] = str(value).strip()
            else:
                msg = f"unknown channel field {key!r}"
                raise CodingError(msg)
        self._update(CodebookChannel, channel_id, values, "edit channel")
        return self._require_channel(channel_id)

    def delete_event(self, event_id: EventId) -> None:
        """Delete an event that no tag uses (merge it into another to keep its tags)."""
        self._delete_entry(CodebookEvent, event_id, TagRow.event_id, "event")

    def delete_channel(self, channel_id: ChannelId) -> None:
        """Delete a channel that no tag uses (merge it into another to keep its tags)."""
        self._delete_entry(CodebookChannel, channel_id, TagRow.channel_id, "channel")

    def merge_events(self, source: EventId, target: EventId) -> int:
        """Move every tag of ``source`` to ``target`` and delete ``source``; return the count."""
        return self._merge(CodebookEvent, "event_id", source, target, "events")

    def merge_channels(self, source: ChannelId, target: ChannelId) -> int:
        """Move every tag of ``source`` to ``target`` and delete ``source``; return the count."""
        return self._merge(CodebookChannel, "channel_id", source, target, "channels")

    def load_starter_codebook_once(self) -> bool:
        """Load ``resources/codebook.json`` on a database's first start; True if loaded.

        Entries whose names already exist are left alone. Not undoable.
        """
        with self.journal.reading() as session:
            if session.get(AppState, STARTER_CODEBOOK_KEY) is not None:
                return False
            data = json.loads(resource("codebook.json").read_text(encoding="utf-8"))
            events = {n.lower() for n in session.scalars(select(CodebookEvent.name))}
            channels = {n.lower() for n in session.scalars(select(CodebookChannel.name))}
            for item in data["events"]:
                if item["name"].lower() in events:
                    continue
                session.add(
                    CodebookEvent(
                        name=item["name"],
                        type=EventType(item["type"]).value,
                        when=str(FuzzyDate.parse(item["when"])) if item.get("when") else None,
                        place=item.get("place", ""),
                        participants="\n".join(item["participants"]),
                        description=item.get("description", ""),
                    )
                )
            for item in data["channels"]:
                if item["name"].lower() in channels:
                    continue
                session.add(
                    CodebookChannel(
                        name=item["name"],
                        level=ChannelLevel(item["level"]).value,
                        party_a=item.get("party_a", ""),
                        party_b=item.get("party_b", ""),
                        description=item.get("description", ""),
                    )
                )
            session.add(AppState(key=STARTER_CODEBOOK_KEY, value=_now().isoformat()))
        return True

    # -- tags -------------------------------------------------------------------------------

    def create_tag(
        self,
        article_id: int,
        start: int,
        end: int,
        kind: TagKind,
        entry_id: int,
        status: str | None = None,  # a channel-status key
        when: FuzzyDate | None = None,
        confidence: float | None = None,
        note: str = "",
        *,
        curated: bool = False,
    ) -> Tag:
        """Tag ``article.text[start:end]`` with an event or a channel; committed at once
        (``curated``: a tag of the article's curated set, see ``services.curation``).

        Raises ``CodingError`` for a span outside the article or blank, an unknown entry, a
        status on an event tag, or a confidence outside 0–1. Spans may overlap other tags.
        """
        now = _now()
        changes = Changes(tags=True, article_ids=frozenset({article_id}))
        with self.journal.operation("tag", changes) as op:
            session = op.db
            article = session.get(Article, article_id)
            if article is None:
                msg = f"article {article_id} does not exist"
                raise CodingError(msg)
            try:
                validate_span(article.text, start, end)
            except ValueError as exc:
                raise CodingError(str(exc)) from exc
            sentence_start, sentence_end = SentenceFinder(article.text).bounds(start, end)
            row = TagRow(
                article_id=article_id,
                start=start,
                end=end,
                text=article.text[start:end],
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                note=note,
                annotator=self.annotator,
                session_id=self.session_id,
                created_at=now,
                updated_at=now,
                coder=self._database_coder(session),
                curated=curated,
            )
            self._apply_tag_fields(
                session,
                row,
                kind=kind,
                entry_id=entry_id,
                status=status,
                when=when,
                confidence=confidence,
            )
            session.add(row)
            if article.status == ArticleStatus.NEW.value:  # the rule: tagging starts work
                article.status = ArticleStatus.IN_PROGRESS.value
                op.touch(Changes(statuses=True))
            session.flush()
            if op.description == "tag":
                op.description = f"tag “{_short(row.text)}”"
            new_id = TagId(row.id)
        return self._require_tag(new_id)

    def tag_span(
        self,
        article_id: int,
        start: int,
        end: int,
        kind: TagKind,
        entry: int | NewEntry,
        status: str | None = None,  # a channel-status key
        when: FuzzyDate | None = None,
        slots: Sequence[SlotFiller] = (),
    ) -> Tag:
        """Tag a span with a codebook entry, or with a new one (``NewEntry``) made in the
        same operation, and fill its ``slots``: one transaction, one undo step. A channel
        tag keeps ``when`` and ``status``; a new event takes ``when`` as its date."""
        with self.journal.operation("tag") as op:
            if isinstance(entry, NewEntry) and kind == TagKind.EVENT:
                entry_id: int = self.create_event(entry.name, entry.event_type, when).id
            elif isinstance(entry, NewEntry):
                entry_id = self.create_channel(entry.name).id
            else:
                entry_id = entry
            tag = self.create_tag(
                article_id,
                start,
                end,
                kind,
                entry_id,
                status,
                when if kind == TagKind.CHANNEL else None,
            )
            if slots:
                fill_new_tag(op.db, tag.id, slots)
            return tag

    def update_tag(self, tag_id: TagId, expected_version: int | None = None, **changes: Any) -> Tag:
        """Change a tag: ``kind``/``entry_id``, ``status``, ``when``, ``confidence``, ``note``,
        its span (``start``, ``end``), or its ``slots`` (a sequence of ``SlotFiller``, all
        of them: they replace the tag's fillers in the same operation).

        With ``expected_version`` (the ``version`` of the copy an editor shows), raises
        ``TagConflict`` and writes nothing when the tag changed since that copy was read.
        """
        with self.journal.operation("edit tag", Changes(tags=True)) as op:
            session = op.db
            row = session.get(TagRow, tag_id, with_for_update=True)
            if row is None:
                msg = "that tag no longer exists (another coder may have deleted it)"
                raise CodingError(msg)
            _check_version(row, expected_version)
            op.touch(Changes(article_ids=frozenset({row.article_id})))
            if "start" in changes or "end" in changes:
                article = session.get(Article, row.article_id)
                if article is None:
                    msg = "the tag's article no longer exists"
                    raise CodingError(msg)
                start = changes.pop("start", row.start)
                end = changes.pop("end", row.end)
                try:
                    validate_span(article.text, start, end)
                except ValueError as exc:
                    raise CodingError(str(exc)) from exc
                row.start, row.end, row.text = start, end, article.text[start:end]
            if "note" in changes:
                row.note = str(changes.pop("note"))
            if "slots" in changes:
                replace_slots(session, row.id, changes.pop("slots"))
            fields: dict[str, Any] = {
                "kind": TagKind.EVENT if row.event_id is not None else TagKind.CHANNEL,
                "entry_id": row.event_id if row.event_id is not None else row.channel_id,
                "status": ChannelStatus(row.status) if row.status else None,
                "when": FuzzyDate.parse(row.when) if row.when else None,
                "confidence": row.confidence,
            }
            unknown = set(changes) - set(fields)
            if unknown:
                msg = f"unknown tag field(s): {', '.join(sorted(unknown))}"
                raise CodingError(msg)
            fields.update(changes)
            if changes.get("kind") == TagKind.EVENT and "status" not in changes:
                fields["status"] = None
            self._apply_tag_fields(session, row, **fields)
            row.updated_at = _now()
            row.annotator = self.annotator
            row.version += 1
            if op.description == "edit tag":
                op.description = f"edit tag “{_short(row.text)}”"
        return self._require_tag(tag_id)

    def delete_tag(self, tag_id: TagId, expected_version: int | None = None) -> Tag:
        """Delete a tag; return it as it was. With ``expected_version``, raises
        ``TagConflict`` (deleting nothing) when the tag changed since that version."""
        tag = self.tag(tag_id)
        if tag is None:
            msg = "that tag no longer exists"
            raise CodingError(msg)
        changes = Changes(tags=True, article_ids=frozenset({tag.article_id}))
        with self.journal.operation(f"delete tag “{_short(tag.text)}”", changes) as op:
            row = op.db.get(TagRow, tag_id, with_for_update=True)
            if row is None:
                msg = "that tag no longer exists (another coder may have deleted it)"
                raise CodingError(msg)
            _check_version(row, expected_version)
            for slot in op.db.scalars(select(TagSlot).where(TagSlot.tag_id == tag_id)):
                op.db.delete(slot)
            op.db.flush()  # its slots first, so that undo puts the tag back before them
            op.db.delete(row)
        return tag

    def tag(self, tag_id: TagId) -> Tag | None:
        """One tag, or ``None``."""
        tags = self._tags(TagRow.id == tag_id)
        return tags[0] if tags else None

    def tags_for_article(self, article_id: int) -> list[Tag]:
        """The article's tags by position."""
        return self._tags(TagRow.article_id == article_id)

    def tags_for_event(self, event_id: EventId) -> list[Tag]:
        """Every tag of an event, oldest first."""
        return self._tags(TagRow.event_id == event_id, by_creation=True)

    def tags_for_channel(self, channel_id: ChannelId) -> list[Tag]:
        """Every tag of a channel, oldest first."""
        return self._tags(TagRow.channel_id == channel_id, by_creation=True)

    def all_tags(self) -> list[Tag]:
        """Every tag of the database, by article and position."""
        return self._tags(None)

    def channel_history(self, channel_id: ChannelId) -> list[StatusPoint]:
        """The channel's status history, ordered by the date each tag refers to."""
        return status_history(self.tags_for_channel(channel_id))

    # -- undo -------------------------------------------------------------------------------

    def undo(self) -> str | None:
        """Revert the latest change of this session; return what was undone."""
        try:
            done = self.journal.undo()
        except RowConflict as exc:
            raise TagConflict(str(exc)) from exc
        except UndoError as exc:
            raise CodingError(str(exc)) from exc
        return done.description if done is not None else None

    def redo(self) -> str | None:
        """Reapply the latest undone change; return what was redone."""
        try:
            done = self.journal.redo()
        except RowConflict as exc:
            raise TagConflict(str(exc)) from exc
        except UndoError as exc:
            raise CodingError(str(exc)) from exc
        return done.description if done is not None else None

    # -- internals --------------------------------------------------------------------------

    def _apply_tag_fields(
        self,
        session: Session,
        row: TagRow,
        kind: TagKind,
        entry_id: int | None,
        status: str | None,
        when: FuzzyDate | None,
        confidence: float | None,
    ) -> None:
        kind = TagKind(kind)
        model = CodebookEvent if kind == TagKind.EVENT else CodebookChannel
        if entry_id is None or session.get(model, entry_id) is None:
            msg = f"no such {kind.value} in the codebook"
            raise CodingError(msg)
        if kind == TagKind.EVENT and status is not None:
            msg = "only channel tags carry a status"
            raise CodingError(msg)
        if confidence is not None and not 0.0 <= float(confidence) <= 1.0:
            msg = "confidence must be between 0 and 1"
            raise CodingError(msg)
        row.event_id = entry_id if kind == TagKind.EVENT else None
        row.channel_id = entry_id if kind == TagKind.CHANNEL else None
        row.status = (
            self._check_key(Vocabulary.CHANNEL_STATUS, status, session)
            if status is not None
            else None
        )
        row.when = str(when) if when is not None else None
        row.confidence = float(confidence) if confidence is not None else None

    def _tags(self, condition: Any, by_creation: bool = False) -> list[Tag]:
        with self.journal.reading() as session:
            query = (
                select(TagRow, CodebookEvent.name, CodebookChannel.name)
                .outerjoin(CodebookEvent, TagRow.event_id == CodebookEvent.id)
                .outerjoin(CodebookChannel, TagRow.channel_id == CodebookChannel.id)
            )
            if condition is not None:
                query = query.where(condition)
            order = (
                (TagRow.created_at, TagRow.id)
                if by_creation
                else (TagRow.article_id, TagRow.start, TagRow.end, TagRow.id)
            )
            rows = session.execute(query.order_by(*order)).all()
            return [_tag(row, event_name, channel_name) for row, event_name, channel_name in rows]

    def _require_tag(self, tag_id: TagId) -> Tag:
        tag = self.tag(tag_id)
        if tag is None:
            msg = "that tag no longer exists"
            raise CodingError(msg)
        return tag

    def _require_event(self, event_id: EventId) -> Event:
        event = self.event(event_id)
        if event is None:
            msg = "that event no longer exists"
            raise CodingError(msg)
        return event

    def _require_channel(self, channel_id: ChannelId) -> Channel:
        channel = self.channel(channel_id)
        if channel is None:
            msg = "that channel no longer exists"
            raise CodingError(msg)
        return channel

    def _check_key(self, vocabulary: Vocabulary, key: str, session: Session | None = None) -> str:
        """``key`` as stored, when it is a value of ``vocabulary`` in the database (retired
        values too: data keeps them). A database whose vocabulary has no values yet (never
        loaded the starter vocabularies) takes any well-formed key. Raises ``CodingError``."""
        try:
            text = VocabularyKey(str(key)).value
        except ValueError as exc:
            raise CodingError(str(exc)) from exc
        if session is None:
            with self.journal.reading() as reading:
                return self._check_key(vocabulary, text, reading)
        keys = set(
            session.scalars(select(ValueRow.key).where(ValueRow.vocabulary == vocabulary.value))
        )
        if keys and text not in keys:
            msg = (
                f"“{text}” is not one of the {vocabulary.heading.lower()}: add it under "
                "Tag ▸ Vocabularies… first"
            )
            raise CodingError(msg)
        return text

    def _check_name(
        self,
        model: type[CodebookEvent] | type[CodebookChannel],
        name: str,
        own_id: int | None = None,
    ) -> str:
        name = " ".join(str(name).split())
        if not name:
            msg = "a codebook entry needs a name"
            raise CodingError(msg)
        with self.journal.reading() as session:
            clash = session.scalars(
                select(model.id).where(func.lower(model.name) == name.lower())
            ).first()
        if clash is not None and clash != own_id:
            msg = f"the codebook already has an entry named “{name}”"
            raise CodingError(msg)
        return name

    def _event_values(self, event_id: EventId, changes: dict[str, Any]) -> Snapshot:
        values: Snapshot = {}
        for key, value in changes.items():
            if key == "name":
                values["name"] = self._check_name(CodebookEvent, value, event_id)
            elif key == "type":
                values["type"] = self._check_key(Vocabulary.EVENT_TYPE, value)
            elif key == "when":
                values["when"] = str(value) if value else None
            elif key == "participants":
                values["participants"] = "\n".join(p.strip() for p in value if p.strip())
            elif key in ("place", "description"):
                values[key] = str(value).strip()
            else:
                msg = f"unknown event field {key!r}"
                raise CodingError(msg)
        return values

    def _update(self, model: type[_Entry], row_id: int, values: Snapshot, verb: str) -> None:
        with self.journal.operation(verb, Changes(codebook=True, tags=True)) as op:
            row = op.db.get(model, row_id)
            if row is None:
                msg = "that codebook entry no longer exists"
                raise CodingError(msg)
            for key, value in values.items():
                setattr(row, key, value)
            if op.description == verb:
                op.description = f"{verb} “{row.name}”"

    def _delete_entry(self, model: type[_Entry], row_id: int, column: Any, noun: str) -> None:
        with self.journal.operation(f"delete {noun}", _CODEBOOK) as op:
            row = op.db.get(model, row_id)
            if row is None:
                return
            used = op.db.scalar(select(func.count()).where(column == row_id)) or 0
            if used:
                msg = (
                    f"the {noun} “{row.name}” has {used} tag(s); merge it into another "
                    f"{noun} or delete its tags first"
                )
                raise CodingError(msg)
            if op.description == f"delete {noun}":
                op.description = f"delete {noun} “{row.name}”"
            op.db.delete(row)
            _flush_or_hidden_tags(op.db, noun, row.name)

    def _merge(
        self, model: type[_Entry], column_name: str, source: int, target: int, noun: str
    ) -> int:
        if source == target:
            msg = f"choose two different {noun} to merge"
            raise CodingError(msg)
        column = getattr(TagRow, column_name)
        with self.journal.operation(f"merge {noun}", Changes(codebook=True, tags=True)) as op:
            session = op.db
            source_row, target_row = session.get(model, source), session.get(model, target)
            if source_row is None or target_row is None:
                msg = f"both {noun} must exist to merge them"
                raise CodingError(msg)
            if op.description == f"merge {noun}":
                op.description = f"merge “{source_row.name}” into “{target_row.name}”"
            moved = list(session.scalars(select(TagRow).where(column == source)))
            for tag in moved:  # row by row, so that the step records each tag it moves
                setattr(tag, column_name, target)
                tag.version += 1
            session.flush()
            session.delete(source_row)
            _flush_or_hidden_tags(session, noun.rstrip("s"), source_row.name)
        return len(moved)

    def _database_coder(self, session: Session) -> str | None:
        """The role this service is connected as on PostgreSQL (a tag's ``coder``, which
        the server's row-level security checks); ``None`` on SQLite."""
        if not self.database.is_postgresql:
            return None
        if self._coder is None:
            self._coder = str(session.scalar(text("SELECT current_user")))
        return self._coder


def _flush_or_hidden_tags(session: Session, noun: str, name: str) -> None:
    """Write the pending deletion of a codebook entry; raise ``CodingError`` with a message
    for the user when tags still use it that this connection cannot see (a coder who
    codes blind on a server sees only their own tags, but the database keeps every tag's
    entry)."""
    try:
        session.flush()
    except IntegrityError as exc:
        msg = (
            f"other coders' tags, which you cannot see, still use the {noun} “{name}”; "
            "it was not changed. A curator can merge or delete it."
        )
        raise CodingError(msg) from exc


def _check_version(row: TagRow, expected: int | None) -> None:
    """Raise ``TagConflict`` when ``row`` is no longer at the ``expected`` version."""
    if expected is None or row.version == expected:
        return
    by = f" by {row.annotator}" if row.annotator else ""
    when = f" at {row.updated_at:%H:%M:%S}" if row.updated_at else ""
    msg = (
        f"This tag was changed{by}{when} since you opened it; your change was not saved. "
        "Open it again to see the new version."
    )
    raise TagConflict(msg)


def _event(row: CodebookEvent, count: int) -> Event:
    return Event(
        id=EventId(row.id),
        name=row.name,
        type=EventType(row.type),
        when=FuzzyDate.parse(row.when) if row.when else None,
        place=row.place,
        participants=tuple(p for p in row.participants.split("\n") if p),
        description=row.description,
        tag_count=count,
    )


def _channel(row: CodebookChannel, count: int) -> Channel:
    return Channel(
        id=ChannelId(row.id),
        name=row.name,
        level=ChannelLevel(row.level),
        party_a=row.party_a,
        party_b=row.party_b,
        description=row.description,
        tag_count=count,
    )


def _tag(row: TagRow, event_name: str | None, channel_name: str | None) -> Tag:
    kind = TagKind.EVENT if row.event_id is not None else TagKind.CHANNEL
    entry_id = row.event_id if row.event_id is not None else row.channel_id
    assert entry_id is not None
    return Tag(
        id=TagId(row.id),
        article_id=row.article_id,
        start=row.start,
        end=row.end,
        text=row.text,
        kind=kind,
        entry_id=entry_id,
        entry_name=(event_name if kind == TagKind.EVENT else channel_name) or "",
        status=ChannelStatus(row.status) if row.status else None,
        when=FuzzyDate.parse(row.when) if row.when else None,
        confidence=row.confidence,
        note=row.note,
        annotator=row.annotator,
        session_id=row.session_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        coder=row.coder,
        curated=row.curated,
    )


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
