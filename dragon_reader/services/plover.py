"""PLOVER export: one JSON Lines record per event or channel tag.

PLOVER (github.com/openeventdata/PLOVER) records who did what to whom: an event category,
its mode and context, the actor and recipient (lists of entities), a date and a place. The
category, mode and context come from the analyst's vocabularies (an event's type, or a
channel tag's status, and the channel's level for context); actor, recipient and place from
the tag's slots; dictionary actors give their kind, country, role on the date and Wikidata
id. The README documents each field against PLOVER's own names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from dragon_reader.domain.actors import Actor, ActorId, actor_kind_of
from dragon_reader.domain.coding import Tag, TagKind
from dragon_reader.domain.date_phrases import sentence_bounds
from dragon_reader.domain.entities import Mention
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import PloverMapping, Vocabulary
from dragon_reader.io.writers import write_jsonl
from dragon_reader.services.interchange import ExportFilters, ExportResult, Interchange


def export_plover(
    interchange: Interchange,
    target: Path,
    filters: ExportFilters | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write the tags that pass ``filters`` (the same rule as every export) as PLOVER
    records, one per line, atomically; return how many were written. ``progress(records
    written, tags)`` every 200 records and once all are written, before the file is in
    place: an exception it raises leaves ``target`` as it was."""
    filters = filters or ExportFilters()
    records = plover_records(interchange, filters)
    if progress is not None:
        records = _reported(records, interchange.count_tags(filters), progress)
    count = write_jsonl(Path(target), records)
    return ExportResult(Path(target), count)


def _reported(
    records: Iterator[dict[str, Any]], total: int, progress: Callable[[int, int], None]
) -> Iterator[dict[str, Any]]:
    done = 0
    for record in records:
        if done % 200 == 0:
            progress(done, total)
        yield record
        done += 1
    progress(done, done)  # still before the file is in place


def plover_records(
    interchange: Interchange, filters: ExportFilters | None = None
) -> Iterator[dict[str, Any]]:
    """The PLOVER records of the tags that pass ``filters``, by article and position."""
    corpus = interchange.corpus
    passing = interchange.exported_tag_ids(filters or ExportFilters())
    tags = [tag for tag in corpus.coding.all_tags() if tag.id in passing]
    events = {e.id: e for e in corpus.coding.events()}
    channels = {c.id: c for c in corpus.coding.channels()}
    mappings = {
        vocabulary: {
            v.key: v.plover for v in corpus.vocabularies.values(vocabulary, include_retired=True)
        }
        for vocabulary in (
            Vocabulary.EVENT_TYPE,
            Vocabulary.CHANNEL_STATUS,
            Vocabulary.CHANNEL_LEVEL,
        )
    }
    slots = corpus.slots.slots_for_tags([t.id for t in tags])
    publications = interchange.publications(t.article_id for t in tags)
    actors = {a.id: a for a in corpus.actors.actors()}
    articles: dict[int, Any] = {}
    mentions: dict[int, dict[tuple[int, int], Mention]] = {}
    links: dict[int, dict[Any, Any]] = {}
    for tag in tags:
        if tag.article_id not in articles:
            articles[tag.article_id] = corpus.article(tag.article_id)  # type: ignore[arg-type]
            mentions[tag.article_id] = {
                (m.start, m.end): m
                for m in corpus.entities.mentions(tag.article_id)  # type: ignore[arg-type]
            }
            links[tag.article_id] = corpus.actors.links(tag.article_id)
        article = articles[tag.article_id]
        if article is None:  # deleted while exporting
            continue
        if tag.kind == TagKind.EVENT:
            event = events.get(tag.entry_id)  # type: ignore[call-overload]
            type_key = str(event.type) if event is not None else ""
            mapping = mappings[Vocabulary.EVENT_TYPE].get(type_key, PloverMapping())
            context = mapping.context
        else:
            channel = channels.get(tag.entry_id)  # type: ignore[call-overload]
            status = str(tag.status) if tag.status is not None else ""
            mapping = mappings[Vocabulary.CHANNEL_STATUS].get(status, PloverMapping())
            level_key = str(channel.level) if channel is not None else ""
            level = mappings[Vocabulary.CHANNEL_LEVEL].get(level_key, PloverMapping())
            context = tuple(dict.fromkeys((*mapping.context, *level.context)))
        day = tag.when.first_day if tag.when is not None else article.published
        fillers = slots.get(tag.id, ())

        def entities(
            role: SlotRole,
            fillers: tuple[SlotFiller, ...] = fillers,
            tag: Tag = tag,
            day: date | None = day,
        ) -> list[dict[str, Any]]:
            return [
                _entity(f, actors, mentions[tag.article_id], links[tag.article_id], day)
                for f in fillers
                if f.role == role
            ]

        actor = entities(SlotRole.ACTOR)
        if not actor and tag.kind == TagKind.CHANNEL:
            actor = entities(SlotRole.PARTY)  # PLOVER: reciprocal sides are all actors
        left, right = sentence_bounds(article.text, tag.start, tag.end)
        published, published_source, certainty = publications.get(
            tag.article_id, (None, None, None)
        )
        yield {
            "id": f"dragon-reader-tag-{tag.id}",
            "date": tag.when.first_day.isoformat() if tag.when else None,
            "date_end": tag.when.end.isoformat() if tag.when and tag.when.end else None,
            "date_precision": tag.when.precision.value if tag.when else None,
            "event_type": mapping.category or None,
            "mode": [mapping.mode] if mapping.mode else [],
            "context": list(context),
            "actor": actor,
            "recipient": entities(SlotRole.RECIPIENT),
            "location": [{"name": f.text} for f in fillers if f.role == SlotRole.PLACE],
            "kind": tag.kind.value,
            "channel": tag.entry_name if tag.kind == TagKind.CHANNEL else None,
            "channel_status": str(tag.status) if tag.status is not None else None,
            "codebook_entry": tag.entry_name,
            "source": {
                "article_id": tag.article_id,
                "outlet": article.outlet,
                "published": published,
                "published_source": published_source,
                "published_certainty": certainty,
                "url": article.source_url,
                "text": tag.text,
                "sentence": article.text[left:right],
            },
            "coder": tag.annotator or None,
            "coded_date": tag.created_at.date().isoformat() if tag.created_at else None,
            "comment": tag.note or None,
        }


def _entity(
    filler: SlotFiller,
    actors: dict[ActorId, Actor],
    mentions: dict[tuple[int, int], Mention],
    links: dict[Any, Any],
    day: date | None,
) -> dict[str, Any]:
    actor = actors.get(ActorId(filler.actor_id)) if filler.actor_id is not None else None
    kind: str | None = None
    if actor is None and filler.start is not None and filler.end is not None:
        mention = mentions.get((filler.start, filler.end))
        if mention is not None:
            link = links.get((mention.canonical, mention.label))
            actor = link.actor if link is not None else None
            found = actor_kind_of(mention.label)
            kind = found.value if found else None
    if actor is None:
        return {"name": filler.text, "kind": kind, "country": None, "role": None, "id": None}
    roles = actor.roles_on(day) if day is not None else ()
    return {
        "name": actor.name,
        "kind": actor.kind.value,
        "country": actor.country or None,
        "role": "; ".join(r.title for r in roles) or None,
        "id": actor.external_id or None,
    }
