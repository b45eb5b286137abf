"""Random sequences of the operations a user can make — tag, edit, delete, article status,
entity corrections, import — with undo and redo: the database always matches a model."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.coding import ChannelStatus, TagId, TagKind
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.services.corpus import Corpus, open_corpus

ARTICLE = ArticleId(1)
SURFACES = ["Pentagon", "Reuters", "Beijing", "Tuesday"]
Tags = dict[int, tuple[int, int, str, str | None]]  # id -> (start, end, note, status)


@dataclass(frozen=True)
class Model:
    """What the database should hold."""

    tags: Tags = field(default_factory=dict)
    status: ArticleStatus = ArticleStatus.NEW
    articles: int = 5
    rules: frozenset[tuple[str, str, str | None]] = frozenset()  # surface, action, label


class OperationsMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._folder = TemporaryDirectory()
        self.corpus: Corpus = open_corpus(Path(self._folder.name) / "db.sqlite3")
        self.channel = self.corpus.coding.channels()[0].id
        self.text = self.corpus.article(ARTICLE).text  # type: ignore[union-attr]
        self.model = Model()
        self.undo_stack: list[Model] = []
        self.redo_stack: list[Model] = []
        self.imported = 0

    def _changed(self, before: Model) -> None:
        self.undo_stack.append(before)
        self.redo_stack.clear()

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
        self.corpus.coding.delete_tag(TagId(tag_id))
        self.model = replace(before, tags={k: v for k, v in before.tags.items() if k != tag_id})
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
        self.model = replace(before, rules=self._with_rule(surface, "mark", label.value))
        self._changed(before)

    @rule(surface=st.sampled_from(SURFACES))
    def reject_everywhere(self, surface: str) -> None:
        mention = next(
            (m for m in self.corpus.entities.mentions(ARTICLE) if m.text == surface), None
        )
        if mention is None:
            return
        before = self.model
        self.corpus.entities.reject(mention)
        self.model = replace(before, rules=self._with_rule(surface, "reject", None))
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
        for surface, action, label in self.model.rules:  # taught rules hold everywhere
            shown = [m for m in self.corpus.entities.mentions(ARTICLE) if m.text == surface]
            if action == "reject":
                assert shown == []
            else:
                assert shown and all(m.label.value == label for m in shown)

    def teardown(self) -> None:
        self.corpus.close()
        self._folder.cleanup()


OperationsMachine.TestCase.settings = settings(
    max_examples=20, stateful_step_count=20, deadline=None
)
TestOperations = OperationsMachine.TestCase
