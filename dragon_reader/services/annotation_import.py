"""Storing annotations read from another tool's files (``io.annotations.Annotated``: brat
standoff, doccano JSONL) as an article with its entity marks and tags, in one transaction.

Used by ``Interchange`` (``import_paths``, ``import_brat``, ``import_jsonl``), so the window
and the CLI store them the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import ChannelLevel, ChannelStatus, EventType, FuzzyDate, TagKind
from dragon_reader.domain.slots import SlotFiller
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.io.annotations import Annotated, LeftOut, without_overlaps
from dragon_reader.io.jsonl import CodebookRecord, load_json
from dragon_reader.io.readers import ImportedText, ImportProblem
from dragon_reader.services.coding import CodingError, CodingService
from dragon_reader.services.corpus import Corpus, FileOutcome, ImportNote, ImportReport
from dragon_reader.services.entities import EntityError
from dragon_reader.services.slots import SlotError

ANN_SUFFIX = ".ann"


class AnnotationStore:
    """Stores ``Annotated`` documents into one corpus."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def store(self, item: ImportedText, annotated: Annotated, where: str) -> FileOutcome:
        """Store the article of ``item`` (a text already stored is reused, and its outcome
        is ``duplicate``) with the entity marks and tags of ``annotated``, in one
        transaction; raises ``ImportProblem`` naming the annotation when any part cannot be
        stored, and then nothing of it is (nor recorded in the open operation).

        Entity marks go through ``EntityService.mark_in_article`` (overlapping ones are
        counted in ``annotated.left_out`` instead); a tag already on the article (same
        span, kind and entry: these files name no coder) is not added twice, and counted in
        the outcome's ``tags_present``; a codebook entry is found by name or
        created; a filler asking for a dictionary actor gets the one of that name, when
        exactly one has it.
        """
        op = self.corpus.journal.current
        mark = len(op.rows) if op is not None else 0
        try:
            with self.corpus.database.transaction():
                return self._store(item, annotated, where)
        except ImportProblem:
            if op is not None:  # rolled back: not part of the import's undo step
                op.forget_since(mark)
            raise

    def store_file(self, item: ImportedText, annotated: Annotated, where: str) -> FileOutcome:
        """``store``, with a failure reported as the file's outcome."""
        try:
            return self.store(item, annotated, where)
        except ImportProblem as exc:
            return FileOutcome(where, "failed", str(exc))

    def _store(self, item: ImportedText, annotated: Annotated, where: str) -> FileOutcome:
        corpus = self.corpus
        coding = corpus.coding
        outcome = corpus.store_batch([(where, item)])[0]
        article_id = outcome.article_id
        if article_id is None:
            raise ImportProblem(outcome.reason or "could not be stored")
        marks = without_overlaps(annotated.text, annotated.entities, annotated.left_out)
        try:
            corpus.entities.mark_in_article(
                ArticleId(article_id), [(m.start, m.end, m.label) for m in marks]
            )
        except EntityError as exc:
            msg = f"an entity: {exc}"
            raise ImportProblem(msg) from exc
        existing = {
            (t.start, t.end, t.kind, t.entry_name.casefold())
            for t in coding.tags_for_article(article_id)
        }
        known = _channel_statuses(corpus)
        tags = present = 0
        for tag in annotated.tags:
            key = (tag.start, tag.end, tag.kind, tag.entry.casefold())
            if key in existing:  # the file names no coder: anyone's same tag is this one
                present += 1
                continue
            tags += 1
            status_key = (tag.status or "").casefold()
            status = ChannelStatus(status_key) if status_key in known else None
            if tag.status and status is None:
                msg = f"{tag.where}: unknown status “{tag.status}” ({', '.join(sorted(known))})"
                raise ImportProblem(msg)
            try:
                when = FuzzyDate.parse(tag.date) if tag.date else None
                made = coding.create_tag(
                    article_id,
                    tag.start,
                    tag.end,
                    tag.kind,
                    entry_for(coding, tag.kind, tag.entry),
                    status,
                    when,
                    tag.confidence,
                    tag.note,
                )
                fillers = [
                    SlotFiller(
                        f.role,
                        f.text,
                        f.start,
                        f.end,
                        self._actor_id(f.actor_name or f.text) if f.dictionary else None,
                    )
                    for f in tag.fillers
                ]
                if fillers:
                    corpus.slots.set_slots(made.id, fillers)
            except (CodingError, SlotError, ValueError) as exc:
                msg = f"{tag.where}: {exc}"
                raise ImportProblem(msg) from exc
            existing.add(key)
        return FileOutcome(
            where,
            outcome.outcome,
            outcome.reason,
            outcome.article_id,
            outcome.encoding,
            tags=tags,
            marks=len(marks),
            tags_present=present,
        )

    def _actor_id(self, name: str) -> int | None:
        found = self.corpus.actors.find(name)
        return int(found[0].id) if len(found) == 1 else None


def entry_for(
    coding: CodingService, kind: TagKind, name: str, described: CodebookRecord | None = None
) -> int:
    """The id of the codebook entry ``name`` of ``kind``: found by name (ignoring case), or
    created from ``described`` (an export's description of it; type "other" or level
    "working level" when none is given)."""
    kind = TagKind(kind)
    described = described or CodebookRecord(kind=kind.value, name=name)
    wanted = name.casefold()
    if kind == TagKind.EVENT:
        found = next((e for e in coding.events() if e.name.casefold() == wanted), None)
        if found is not None:
            return found.id
        return coding.create_event(
            name,
            described.event_type or EventType.OTHER,
            FuzzyDate.parse(described.date) if described.date else None,
            described.place or "",
            described.participants or (),
            described.description or "",
        ).id
    found_channel = next((c for c in coding.channels() if c.name.casefold() == wanted), None)
    if found_channel is not None:
        return found_channel.id
    return coding.create_channel(
        name,
        described.channel_level or ChannelLevel.WORKING,
        described.party_a or "",
        described.party_b or "",
        described.description or "",
    ).id


def brat_pairs(files: Iterable[Path]) -> list[tuple[Path, Path]]:
    """The brat documents among ``files``: ``(NAME.ann, NAME.txt)`` for each ``.ann`` named
    and each ``.txt`` with a ``NAME.ann`` beside it, once each, in the order found; in a
    folder holding such a pair, every other ``.ann`` too (its ``.txt`` missing, the import
    says so rather than pass it over)."""
    pairs: dict[Path, Path] = {}
    folders: list[Path] = []
    for path in files:
        suffix = path.suffix.lower()
        if suffix == ANN_SUFFIX:
            pairs.setdefault(path, path.with_suffix(".txt"))
        elif suffix == ".txt":
            ann = path.with_suffix(ANN_SUFFIX)
            if ann.is_file():
                pairs.setdefault(ann, path)
                if path.parent not in folders:
                    folders.append(path.parent)
    for folder in folders:
        for ann in sorted(folder.glob(f"*{ANN_SUFFIX}")):
            if not ann.name.startswith("."):
                pairs.setdefault(ann, ann.with_suffix(".txt"))
    return list(pairs.items())


def is_ann(path: Path) -> bool:
    """True for a brat ``.ann`` file's name."""
    return path.suffix.lower() == ANN_SUFFIX


def stopped_outcome(path: Path) -> FileOutcome:
    """The outcome of a file not reached because the import was stopped."""
    return FileOutcome(str(path), "stopped", "the import was stopped before this file")


def add_notes(report: ImportReport, source: str, left_out: LeftOut) -> None:
    """Report, once for the file ``source``, what it held that was not imported."""
    report.notes.extend(ImportNote(source, text, count) for text, count in left_out.messages())


def jsonl_documents(content: str, source: str) -> Iterator[tuple[str, Any]]:
    """``(where, JSON value)`` of each document of a JSONL file: one a line (``where`` is
    ``FILE:LINE``), or, when the first line is not JSON but the whole file is one JSON
    object or an array of them (doccano's examples are printed over many lines), those.
    A line that is not JSON yields an ``ImportProblem`` in place of its value."""
    lines = [(n, line) for n, line in enumerate(content.split("\n"), start=1) if line.strip()]
    # Only "\n" ends a line: U+2028 and other breaks may stand unescaped inside strings.
    if lines:
        try:
            load_json(lines[0][1])
        except ImportProblem:
            whole = _whole(content)
            if whole is not None:
                for index, value in enumerate(whole, start=1):
                    yield (source if len(whole) == 1 else f"{source}: item {index}"), value
                return
    for number, line in lines:
        where = f"{source}:{number}"
        try:
            yield where, load_json(line)
        except ImportProblem as exc:
            yield where, exc


def _whole(content: str) -> list[Any] | None:
    try:
        value = load_json(content)
    except ImportProblem:
        return None
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value
    return None


def _channel_statuses(corpus: Corpus) -> set[str]:
    """The channel statuses a tag may take: the database's vocabulary (retired values too),
    or the starter's where the database has none yet."""
    values = corpus.vocabularies.values(
        Vocabulary.CHANNEL_STATUS, include_retired=True, counted=False
    )
    return {v.key for v in values} or {s.value for s in ChannelStatus.STARTER}
