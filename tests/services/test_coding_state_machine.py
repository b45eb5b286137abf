"""Random sequences of the operations a user can make — tag, edit, delete, slots, article
status, document labels, vocabulary values, entity corrections (mark, relabel, reject in
each scope, forget), import — with undo and redo: the database always matches a model.

Mentions are modelled by what the article showed after each step: undo and redo must bring
back exactly that (the recogniser's own output is checked by its own tests)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.coding import ChannelStatus, TagId, TagKind
from dragon_reader.domain.entities import EntityLabel, Mention, RejectScope
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus, open_corpus

ARTICLE = ArticleId(1)
SURFACES = ["Pentagon", "Reuters", "Beijing", "Tuesday"]
Tags = dict[int, tuple[int, int, str, str | None]]  # id -> (start, end, note, status)
Shown = frozenset[tuple[int, int, str, str]]  # start, end, label, origin
PARTIES = ["PLA", "Pentagon", "State Department"]
LABELS = ["background", "follow-up"]


@dataclass(frozen=True)
class Model:
    """What the database should hold."""

    tags: Tags = field(default_factory=dict)
    status: ArticleStatus = ArticleStatus.NEW
    articles: int = 5
    rules: frozenset[tuple[str, str, str | None]] = frozenset()  # surface, action, label
    shown: Shown = frozenset()  # the article's mentions
    local: frozenset[str] = frozenset()  # surfaces rejected here or in this article only
    slots: dict[int, tuple[str, ...]] = field(default_factory=dict)  # tag id -> parties
    labels: frozenset[str] = frozenset()  # the article's own document labels
    vocabulary: tuple[str, ...] = ()  # the keys of the own-labels vocabulary


class OperationsMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._folder = TemporaryDirectory()
        self.corpus: Corpus = open_corpus(Path(self._folder.name) / "db.sqlite3")
        self.channel = self.corpus.coding.channels()[0].id
        self.text = self.corpus.article(ARTICLE).text  # type: ignore[union-attr]
        self.model = Model(shown=self._shown(), vocabulary=self._vocabulary())
        self.undo_stack: list[Model] = []
        self.redo_stack: list[Model] = []
        self.imported = 0

    def _changed(self, before: Model) -> None:
        self.undo_stack.append(before)
        self.redo_stack.clear()

    def _shown(self) -> Shown:
        return frozenset(
            (m.start, m.end, m.label.value, m.origin.value)
            for m in self.corpus.entities.mentions(ARTICLE)
        )

    def _vocabulary(self) -> tuple[str, ...]:
        return tuple(
            v.key
            for v in self.corpus.vocabularies.values(
                Vocabulary.DOCUMENT_LABEL, include_retired=True
            )
        )

    def _mention(self, surface: str) -> Mention | None:
        return next((m for m in self.corpus.entities.mentions(ARTICLE) if m.text == surface), None)

    def _with_rule(
        self, surface: str, action: str, label: str | None
    ) -> frozenset[tuple[str, str, str | None]]:
        kept = {r for r in self.model.rules if r[0] != surface}
        return frozenset(kept | {(surface, action, label)})

    @rule(
        start=st.integers(0, 300),
        length=st.integers(5, 80),
        status=st.sampled_from(list(ChannelStatus.STARTER)),
    )
    def tag(self, start: int, length: int, status: ChannelStatus) -> None:
        end = min(start + length, len(self.text))
        if end <= start or not self.text[start:end].strip():
            return
        before = self.model
        made = self.corpus.coding.create_tag(
            ARTICLE, start, end, TagKind.CHANNEL, self.channel, status
        )
        tags = {**before.tags, made.id: (start, end, "", status.value)}
        status_now = (
            ArticleStatus.IN_PROGRESS if before.status == ArticleStatus.NEW else before.status
        )
        self.model = replace(before, tags=tags, status=status_now)
        self._changed(before)

    @precondition(lambda self: self.model.tags)
    @rule(data=st.data(), note=st.text(max_size=20))
    def edit(self, data: st.DataObject, note: str) -> None:
        tag_id = data.draw(st.sampled_from(sorted(self.model.tags)))
        before = self.model
        self.corpus.coding.update_tag(TagId(tag_id), note=note)
        start, end, _, status = before.tags[tag_id]
        self.model = replace(before, tags={**before.tags, tag_id: (start, end, note, status)})
        self._changed(before)

    @precondition(lambda self: self.model.tags)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        tag_id = data.draw(st.sampled_from(sorted(self.model.tags)))
        before = self.model
        self.corpus.coding.delete_tag(TagId(tag_id))  # its slots go with it
        self.model = replace(
            before,
            tags={k: v for k, v in before.tags.items() if k != tag_id},
            slots={k: v for k, v in before.slots.items() if k != tag_id},
        )
        self._changed(before)

    @precondition(lambda self: self.model.tags)
    @rule(data=st.data(), parties=st.lists(st.sampled_from(PARTIES), max_size=2, unique=True))
    def fill_slots(self, data: st.DataObject, parties: list[str]) -> None:
        tag_id = data.draw(st.sampled_from(sorted(self.model.tags)))
        before = self.model
        fillers = [SlotFiller(SlotRole.PARTY, party) for party in parties]
        self.corpus.slots.set_slots(tag_id, fillers)
        if tuple(parties) != before.slots.get(tag_id, ()):  # the same fillers: no step
            slots = {k: v for k, v in before.slots.items() if k != tag_id}
            if parties:
                slots[tag_id] = tuple(parties)
            self.model = replace(before, slots=slots)
            self._changed(before)

    @rule(key=st.sampled_from(LABELS))
    def add_label_value(self, key: str) -> None:
        if key in self.model.vocabulary:
            return
        before = self.model
        self.corpus.vocabularies.add(Vocabulary.DOCUMENT_LABEL, key.title(), key)
        self.model = replace(before, vocabulary=(*before.vocabulary, key))
        self._changed(before)

    @rule(key=st.sampled_from(LABELS), on=st.booleans())
    def label_article(self, key: str, on: bool) -> None:
        if key not in self.model.vocabulary:
            return
        before = self.model
        self.corpus.vocabularies.set_article_label(ARTICLE, Vocabulary.DOCUMENT_LABEL, key, on)
        labels = before.labels | {key} if on else before.labels - {key}
        if labels != before.labels:  # the label as it was: no step
            self.model = replace(before, labels=labels)
            self._changed(before)

    @rule(status=st.sampled_from(list(ArticleStatus)))
    def set_status(self, status: ArticleStatus) -> None:
        before = self.model
        self.corpus.set_status(ARTICLE, status)
        if status != before.status:  # setting the same status changes nothing: no step
            self.model = replace(before, status=status)
            self._changed(before)

    @rule(surface=st.sampled_from(SURFACES), label=st.sampled_from(list(EntityLabel)))
    def mark(self, surface: str, label: EntityLabel) -> None:
        before = self.model
        start = self.text.index(surface)
        self.corpus.entities.mark(ARTICLE, start, start + len(surface), label)
        self.model = replace(
            before, rules=self._with_rule(surface, "mark", label.value), shown=self._shown()
        )
        self._changed(before)

    @rule(surface=st.sampled_from(SURFACES), label=st.sampled_from(list(EntityLabel)))
    def relabel(self, surface: str, label: EntityLabel) -> None:
        mention = self._mention(surface)
        if mention is None:
            return
        before = self.model
        self.corpus.entities.relabel(mention, label)
        self.model = replace(
            before, rules=self._with_rule(surface, "mark", label.value), shown=self._shown()
        )
        self._changed(before)

    @rule(
        surface=st.sampled_from(SURFACES),
        scope=st.sampled_from([RejectScope.MENTION, RejectScope.ARTICLE]),
    )
    def reject_here(self, surface: str, scope: RejectScope) -> None:
        mention = self._mention(surface)
        if mention is None:
            return
        before = self.model
        self.corpus.entities.reject(mention, scope=scope)
        self.model = replace(before, shown=self._shown(), local=before.local | {surface})
        self._changed(before)

    @precondition(lambda self: self.model.rules)
    @rule(data=st.data())
    def forget(self, data: st.DataObject) -> None:
        rule = data.draw(st.sampled_from(self.corpus.entities.taught_rules()))
        before = self.model
        self.corpus.entities.forget(rule.id)
        rules = frozenset(r for r in before.rules if r[0] != rule.surface)
        self.model = replace(before, rules=rules, shown=self._shown())
        self._changed(before)

    @rule(surface=st.sampled_from(SURFACES))
    def reject_everywhere(self, surface: str) -> None:
        mention = self._mention(surface)
        if mention is None:
            return
        before = self.model
        self.corpus.entities.reject(mention)
        self.model = replace(
            before,
            rules=self._with_rule(surface, "reject", None),
            shown=self._shown(),
            local=before.local - {surface},  # every mention of it goes, the local ones too
        )
        self._changed(before)

    @rule()
    def import_text(self) -> None:
        before = self.model
        self.imported += 1
        outcome = self.corpus.import_text(f"Note {self.imported}: Austin called Dong Jun.")
        assert outcome.outcome == "imported"
        self.model = replace(before, articles=before.articles + 1)
        self._changed(before)

    @rule()
    def undo(self) -> None:
        done = self.corpus.undo()
        assert (done is not None) == bool(self.undo_stack)
        if self.undo_stack:
            self.redo_stack.append(self.model)
            self.model = self.undo_stack.pop()

    @rule()
    def redo(self) -> None:
        done = self.corpus.redo()
        assert (done is not None) == bool(self.redo_stack)
        if self.redo_stack:
            self.undo_stack.append(self.model)
            self.model = self.redo_stack.pop()

    @invariant()
    def database_matches_model(self) -> None:
        stored = {
            t.id: (t.start, t.end, t.note, t.status.value if t.status else None)
            for t in self.corpus.coding.tags_for_article(ARTICLE)
        }
        assert stored == self.model.tags
        article = self.corpus.article(ARTICLE)
        assert article is not None and article.status == self.model.status
        assert self.corpus.count() == self.model.articles
        rules = {
            (r.surface, r.action, r.label.value if r.label else None)
            for r in self.corpus.entities.taught_rules()
        }
        assert rules == self.model.rules
        assert self._shown() == self.model.shown
        slots = {
            tag_id: tuple(f.text for f in fillers)
            for tag_id, fillers in self.corpus.slots.slots_for_tags().items()
        }
        assert slots == self.model.slots
        labels = self.corpus.vocabularies.article_labels(ARTICLE)
        assert frozenset(labels.get(Vocabulary.DOCUMENT_LABEL, [])) == self.model.labels
        assert self._vocabulary() == self.model.vocabulary
        for surface, action, label in self.model.rules:  # taught rules hold everywhere
            shown = [m for m in self.corpus.entities.mentions(ARTICLE) if m.text == surface]
            if action == "reject":
                assert shown == []
            else:  # a rejection here or in this article keeps those mentions hidden
                assert shown or surface in self.model.local
                assert all(m.label.value == label for m in shown)

    def teardown(self) -> None:
        self.corpus.close()
        self._folder.cleanup()


# ``DRAGON_READER_RANDOM_STATE_MACHINE=1`` runs 200 sequences instead of 20 (a longer hunt;
# on CI, Hypothesis's profile fixes the seed, so every CI run draws the same sequences).
_MANY = os.environ.get("DRAGON_READER_RANDOM_STATE_MACHINE") == "1"
OperationsMachine.TestCase.settings = settings(
    max_examples=200 if _MANY else 20, stateful_step_count=20, deadline=None
)
TestOperations = OperationsMachine.TestCase
