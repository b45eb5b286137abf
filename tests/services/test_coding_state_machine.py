"""Random sequences of tag, edit, delete, undo and redo: the database always matches a model."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.services.corpus import Corpus, open_corpus

Model = dict[int, tuple[int, int, str, str | None]]  # id -> (start, end, note, status)


class TaggingMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._folder = TemporaryDirectory()
        self.corpus: Corpus = open_corpus(Path(self._folder.name) / "db.sqlite3")
        self.channel = self.corpus.coding.channels()[0].id
        self.length = len(self.corpus.article(1).text)  # type: ignore[union-attr]
        self.model: Model = {}
        self.undo_stack: list[Model] = []
        self.redo_stack: list[Model] = []

    def _changed(self, before: Model) -> None:
        self.undo_stack.append(before)
        self.redo_stack.clear()

    @rule(
        start=st.integers(0, 300),
        length=st.integers(5, 80),
        status=st.sampled_from(list(ChannelStatus)),
    )
    def tag(self, start: int, length: int, status: ChannelStatus) -> None:
        end = min(start + length, self.length)
        text = self.corpus.article(1).text[start:end]  # type: ignore[union-attr]
        if end <= start or not text.strip():
            return
        before = dict(self.model)
        made = self.corpus.coding.create_tag(1, start, end, TagKind.CHANNEL, self.channel, status)
        self.model[made.id] = (start, end, "", status.value)
        self._changed(before)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), note=st.text(max_size=20))
    def edit(self, data: st.DataObject, note: str) -> None:
        tag_id = data.draw(st.sampled_from(sorted(self.model)))
        before = dict(self.model)
        self.corpus.coding.update_tag(tag_id, note=note)
        start, end, _, status = self.model[tag_id]
        self.model[tag_id] = (start, end, note, status)
        self._changed(before)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        tag_id = data.draw(st.sampled_from(sorted(self.model)))
        before = dict(self.model)
        self.corpus.coding.delete_tag(tag_id)
        del self.model[tag_id]
        self._changed(before)

    @rule()
    def undo(self) -> None:
        done = self.corpus.coding.undo()
        assert (done is not None) == bool(self.undo_stack)
        if self.undo_stack:
            self.redo_stack.append(dict(self.model))
            self.model = self.undo_stack.pop()

    @rule()
    def redo(self) -> None:
        done = self.corpus.coding.redo()
        assert (done is not None) == bool(self.redo_stack)
        if self.redo_stack:
            self.undo_stack.append(dict(self.model))
            self.model = self.redo_stack.pop()

    @invariant()
    def database_matches_model(self) -> None:
        stored = {
            t.id: (t.start, t.end, t.note, t.status.value if t.status else None)
            for t in self.corpus.coding.tags_for_article(1)
        }
        assert stored == self.model

    def teardown(self) -> None:
        self.corpus.close()
        self._folder.cleanup()


TaggingMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=20, deadline=None)
TestTagging = TaggingMachine.TestCase
