"""SQLAlchemy 2.0 typed models. A change here needs an Alembic migration (a test checks)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """The declarative base of every table of the app."""


class Article(Base):
    """An imported article. ``text`` is the stored text that every span points into."""

    __tablename__ = "article"
    __table_args__ = (
        # Index-only reads of what would otherwise scan every article's text: the list's
        # id order and the outlets offered as filters.
        Index("ix_article_order", "id"),
        Index("ix_article_outlet", "outlet"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    outlet: Mapped[str | None] = mapped_column(String(200))
    byline: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[date | None] = mapped_column(Date)
    source_file: Mapped[str | None] = mapped_column(String(1000))
    # Where the article was published online, when the source or the analyst says.
    source_url: Mapped[str | None] = mapped_column(String(2000))
    source_format: Mapped[str] = mapped_column(String(16), default="txt")
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    # The recognizer version whose mentions are stored; NULL: not recognised yet.
    entities_version: Mapped[str | None] = mapped_column(String(64), index=True)
    # What the text gives away as its publication date when ``published`` is NULL (see
    # ``Corpus.infer_publications``); ``inferred_by`` names the rules it came from, NULL or
    # an older value meaning "infer again".
    inferred_published: Mapped[date | None] = mapped_column(Date)
    inferred_certainty: Mapped[str | None] = mapped_column(String(16))
    inferred_evidence: Mapped[str | None] = mapped_column(String(500))
    inferred_by: Mapped[str | None] = mapped_column(String(64))

    mentions: Mapped[list[Mention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class Mention(Base):
    """An entity mention the analyst marked: ``article.text[start:end]`` labelled PERSON,
    ORG, GPE, …; ``origin`` is ``analyst``. Kept across re-recognition, and it hides any
    recognised mention it overlaps.

    The recognizer's own mentions are stored packed (``RecognizedMentions``), a row per
    article rather than per mention: an import writes about a hundred per article.
    """

    __tablename__ = "mention"
    __table_args__ = (Index("ix_mention_article_start", "article_id", "start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(500))
    canonical: Mapped[str] = mapped_column(String(500), index=True)
    origin: Mapped[str] = mapped_column(String(16), default="recognizer")
    recognizer_version: Mapped[str | None] = mapped_column(String(64))

    article: Mapped[Article] = relationship(back_populates="mentions")


class Entity(Base):
    """A named thing: a canonical name with its label, stored once however often it is
    mentioned."""

    __tablename__ = "entity"
    __table_args__ = (UniqueConstraint("canonical", "label", name="uq_entity_canonical_label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical: Mapped[str] = mapped_column(String(500))
    label: Mapped[str] = mapped_column(String(16))


class RecognizedMentions(Base):
    """The recognizer's mentions of one article, packed: ``spans`` holds ``(start, end,
    slot)`` triples (see ``domain.entities.PackedMentions``), each slot an entity of
    ``RecognizedEntity``. Replaced whole when the article is recognised again."""

    __tablename__ = "recognized_mentions"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    spans: Mapped[bytes] = mapped_column(LargeBinary)


class RecognizedEntity(Base):
    """An entity the recognizer found in an article: its slot in the article's packed
    spans and how often it is mentioned there. Indexed by entity, for "which articles
    mention X"."""

    __tablename__ = "recognized_entity"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy's table options

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id"), index=True)
    mentions: Mapped[int] = mapped_column(Integer)


class EntityRule(Base):
    """What the analyst taught the recognizer: a surface string always marked or never.

    ``action`` is ``mark`` (with ``label``) or ``reject``; rules apply in every article.
    """

    __tablename__ = "entity_rule"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    surface: Mapped[str] = mapped_column(String(500), unique=True)
    action: Mapped[str] = mapped_column(String(16))
    label: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AppState(Base):
    """Small key/value facts about the database itself (e.g. the recognizer version)."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CodebookEvent(Base):
    """An event of the codebook. ``when`` is an ISO date, month, year or range string."""

    __tablename__ = "codebook_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    type: Mapped[str] = mapped_column(String(32), default="other")
    when: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[str] = mapped_column(Text, default="")  # one name per line
    description: Mapped[str] = mapped_column(Text, default="")


class CodebookChannel(Base):
    """A channel of communication between the two sides."""

    __tablename__ = "codebook_channel"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    level: Mapped[str] = mapped_column(String(32), default="working level")
    party_a: Mapped[str] = mapped_column(String(300), default="")
    party_b: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Tag(Base):
    """A span of an article linked to exactly one event or one channel; ``version`` counts
    its changes."""

    __tablename__ = "tag"
    __table_args__ = (
        CheckConstraint("(event_id IS NULL) <> (channel_id IS NULL)", name="ck_tag_one_entry"),
        CheckConstraint('start >= 0 AND "end" > start', name="ck_tag_span"),
        Index("ix_tag_article_start", "article_id", "start"),
        # Per channel and per event: count, id sum and latest update, read from the index
        # alone (the timeline finds the lanes a change touched with them).
        Index("ix_tag_channel_changes", "channel_id", "updated_at"),
        Index("ix_tag_event_changes", "event_id", "updated_at"),
        # An id is never given out twice, even after the highest is deleted, so a tag_id
        # in an earlier export keeps naming one tag.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("codebook_event.id", ondelete="RESTRICT"), index=True
    )
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("codebook_channel.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str | None] = mapped_column(String(32))  # a channel-status key
    when: Mapped[str | None] = mapped_column(String(32))
    confidence: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    annotator: Mapped[str] = mapped_column(String(200), default="")
    session_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Raised by every change: an edit made on an older version is refused (coders sharing
    # a database never overwrite each other's newer change unseen).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # The database role that made the tag (PostgreSQL fills it in; empty on SQLite): what
    # blind double coding is enforced by.
    coder: Mapped[str | None] = mapped_column(String(63), index=True)
    # A tag of the curated set (the adjudicated result of an article, made by a curator
    # from the coders' tags); coders' own tags are not curated.
    curated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The sentence(s) around the span, ``text[sentence_start:sentence_end]`` of its article
    # (``SentenceFinder``), found when the tag is made: exports read it instead of finding
    # it again. ``None`` (a tag the upgrade could not reach): found when read.
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)


class Assignment(Base):
    """An article given to a coder to code; an article may have several coders."""

    __tablename__ = "assignment"
    __table_args__ = (Index("ix_assignment_coder", "coder"),)

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    coder: Mapped[str] = mapped_column(String(63), primary_key=True)


class AnnotationSession(Base):
    """A stretch of annotation work by one annotator; open while ``ended_at`` is NULL."""

    __tablename__ = "annotation_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotator: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class Actor(Base):
    """A person, organisation or state of the actor dictionary.

    Bundled actors carry the ``key`` of ``resources/actors.json`` (loaded once per
    dictionary version, never overwriting what the analyst changed); the analyst's own have
    ``key`` NULL and ``origin`` ``analyst``.
    """

    __tablename__ = "actor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(8), default="")
    surname: Mapped[str] = mapped_column(String(100), default="")
    external_id: Mapped[str] = mapped_column(String(32), default="")
    origin: Mapped[str] = mapped_column(String(16), default="analyst")

    aliases: Mapped[list[ActorAlias]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActorAlias.id"
    )
    roles: Mapped[list[ActorRole]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActorRole.id"
    )


class ActorAlias(Base):
    """Another name of an actor: a spelling, an abbreviation, Chinese characters, pinyin."""

    __tablename__ = "actor_alias"
    __table_args__ = (UniqueConstraint("actor_id", "alias", name="uq_actor_alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))


class ActorRole(Base):
    """An office an actor holds from ``start`` to ``end`` (ISO date, month or year; NULL:
    not known, or for ``end`` still held)."""

    __tablename__ = "actor_role"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    start: Mapped[str | None] = mapped_column(String(32))
    end: Mapped[str | None] = mapped_column(String(32))


class VocabularyValue(Base):
    """A value of one of the analyst's vocabularies (event types, channel statuses, …).

    ``key`` is what the data stores and never changes; ``label`` is shown and may be
    renamed. ``plover_context`` holds PLOVER contexts separated by spaces.
    """

    __tablename__ = "vocabulary_value"
    __table_args__ = (UniqueConstraint("vocabulary", "key", name="uq_vocabulary_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vocabulary: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(7), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    shortcut: Mapped[str] = mapped_column(String(1), default="")
    plover_category: Mapped[str] = mapped_column(String(16), default="")
    plover_mode: Mapped[str] = mapped_column(String(32), default="")
    plover_context: Mapped[str] = mapped_column(String(400), default="")
    is_open: Mapped[bool] = mapped_column(Boolean, default=False)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class ArticleLabel(Base):
    """A document-level label of an article: its relevance, or one of the analyst's own
    labels (a key of the ``relevance`` or ``document_label`` vocabulary)."""

    __tablename__ = "article_label"
    __table_args__ = (Index("ix_article_label_value", "vocabulary", "key"),)

    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True
    )
    vocabulary: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(32), primary_key=True)


class TagSlot(Base):
    """A filler of one slot of a tag (actor, recipient, place, party): an entity mention of
    the tag's article (``start``/``end``), a dictionary actor, or typed text."""

    __tablename__ = "tag_slot"
    __table_args__ = (Index("ix_tag_slot_tag", "tag_id", "role", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(500))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actor.id", ondelete="SET NULL"), index=True
    )
