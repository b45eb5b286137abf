"""Tagging: the picker at the selection, the Tags panel and the Codebook panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QObject, Signal
from PySide6.QtGui import QTextCursor

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import EventType, Tag, TagId, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.coding import NewEntry
from dragon_reader.ui.actions import MainAction
from dragon_reader.ui.coding_panels import CodebookPanel, TagEditor, TagsPanel
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.tag_picker import PickResult, TagPicker
from dragon_reader.ui.vocabulary_dialog import VocabularyDialog


class TaggingController(QObject):
    """Tags spans as events or channels through one operation each (a new codebook entry
    made in the picker belongs to the same undo step), and shows the article's tags.

    Signals:
        evidence_requested(int, int, int): the codebook asks to open an article's span.
        selection_missing(): E or C was pressed with no text selected (what follows may
            be words typed in the wrong place).
    """

    evidence_requested = Signal(int, int, int)
    selection_missing = Signal()

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.setObjectName("tagging_controller")
        self.desk = desk
        self.picker: TagPicker | None = None
        self.tags_panel = TagsPanel(desk.window)
        self.tags_panel.setObjectName("tags_panel")
        self.tags_panel.select_span_requested.connect(desk.current.reader.select_span)
        self.tags_panel.delete_requested.connect(lambda tag_id: self.delete_tag(TagId(tag_id)))
        self.tags_panel.edit_requested.connect(lambda tag_id: self.edit_tag(TagId(tag_id)))
        self.codebook_panel = CodebookPanel(desk.corpus.coding, desk.bus, desk.window)
        self.codebook_panel.setObjectName("codebook_panel")
        self.codebook_panel.evidence_requested.connect(self.evidence_requested)
        desk.current.opened.connect(lambda _id: self._show_tags())
        desk.current.refreshed.connect(self._show_tags)

    def handlers(self) -> dict[MainAction, Callable[[], object]]:
        """The actions this controller carries out."""
        return {
            MainAction.TAG_EVENT: lambda: self.start_tagging(TagKind.EVENT),
            MainAction.TAG_CHANNEL: lambda: self.start_tagging(TagKind.CHANNEL),
            MainAction.VOCABULARIES: self.show_vocabularies,
        }

    def show_vocabularies(self) -> VocabularyDialog:
        """Tag ▸ Vocabularies…: the analyst's event types, statuses, levels and labels."""
        dialog = VocabularyDialog(self.desk.corpus.vocabularies, self.desk.bus, self.desk.window)
        dialog.open()
        return dialog

    def start_tagging(self, kind: TagKind) -> TagPicker | None:
        """Open the picker at the selection to tag it as an event or a channel."""
        current = self.desk.current
        article_id = current.article_id
        span = current.trimmed_selection()
        if article_id is None or span is None:
            key = "E" if kind == TagKind.EVENT else "C"
            self.desk.say(
                f"Select the text to tag first (drag, or Shift+arrows), then press {key}. "
                "Letters typed now are not taken as commands until you pause.",
                6000,
            )
            self.selection_missing.emit()
            return None
        start, end = span
        coding = self.desk.corpus.coding
        entries = coding.events() if kind == TagKind.EVENT else coding.channels()
        corpus = self.desk.corpus
        suggestion = corpus.suggestions.suggest(article_id, start, end, kind)
        links = corpus.actors.links(article_id)
        entities = [
            SlotFiller(
                SlotRole.ACTOR,
                mention.text,
                mention.start,
                mention.end,
                int(link.actor.id)
                if (link := links.get((mention.canonical, mention.label)))
                else None,
            )
            for mention in corpus.slots.sentence_entities(article_id, start, end)
        ]
        index = corpus.actors.index()

        def find_actor(name: str) -> int | None:
            found = index.by_name(name)
            return int(found[0].id) if len(found) == 1 else None

        picker = TagPicker(
            kind,
            entries,
            suggestion,
            self.desk.window,
            event_types=corpus.vocabularies.values(Vocabulary.EVENT_TYPE, counted=False),
            statuses=corpus.vocabularies.values(Vocabulary.CHANNEL_STATUS, counted=False),
            entities=entities,
            actor_names=[n for a in index.actors.values() for n in (a.name, *a.aliases)],
            find_actor=find_actor,
        )
        picker.chosen.connect(lambda result: self.apply_pick(article_id, start, end, result))
        reader = current.reader
        place = reader.viewport().mapToGlobal(reader.cursorRect().bottomLeft())
        # Where the selected words of the caret's line begin (the caret's line start when the
        # selection began on an earlier line).
        first = QTextCursor(reader.textCursor())
        first.setPosition(reader.textCursor().selectionStart())
        begins = reader.viewport().mapToGlobal(reader.cursorRect(first).bottomLeft())
        selection_left = begins.x() if begins.y() == place.y() else None
        window = self.desk.window
        # The picker's frame will be the window's: the whole picker, title bar included,
        # stays on the screen.
        outer, inner = window.frameGeometry(), window.geometry()
        frame = QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
        picker.place_near(place, reader.screen().availableGeometry(), frame, selection_left)
        self.picker = picker
        picker.open()
        picker.filter_edit.setFocus()
        return picker

    def apply_pick(
        self, article_id: ArticleId, start: int, end: int, pick: PickResult
    ) -> Tag | None:
        """Tag the span as the picker described: one operation, one undo step."""
        entry: int | NewEntry = (
            pick.entry_id
            if pick.entry_id is not None
            else NewEntry(pick.new_name or "", pick.new_event_type or EventType.OTHER)
        )
        coding = self.desk.corpus.coding
        tag = self.desk.bus.run(
            lambda: coding.tag_span(
                article_id, start, end, pick.kind, entry, pick.status, pick.when, pick.slots
            )
        )
        if tag is not None:
            self.desk.say(
                f"Tagged as {tag.kind.value} “{tag.entry_name}” — saved. Ctrl+Z undoes.", 6000
            )
            self.desk.current.reader.setFocus()
        return tag

    def delete_tag(self, tag_id: TagId) -> None:
        """Delete a tag (undoable); refused, with a message, when another coder changed it
        since it was shown (the view then shows the newer version)."""
        shown = next((tag for tag in self.desk.current.tags if tag.id == tag_id), None)
        version = shown.version if shown else None
        coding = self.desk.corpus.coding
        tag = self.desk.bus.run(lambda: coding.delete_tag(tag_id, expected_version=version))
        if tag is not None:
            self.desk.say(f"Deleted the tag on “{tag.text[:40]}”. Ctrl+Z undoes.", 6000)
        elif shown is not None:
            self.desk.bus.announce(Changes(tags=True, article_ids=frozenset({shown.article_id})))

    def edit_tag(self, tag_id: TagId) -> TagEditor | None:
        """Open the editor of a tag."""
        coding = self.desk.corpus.coding
        tag = coding.tag(tag_id)
        if tag is None:
            return None
        editor = TagEditor(coding, self.desk.bus, tag, self.desk.window)
        editor.open()
        return editor

    def _show_tags(self) -> None:
        statuses = self.desk.corpus.vocabularies.values(
            Vocabulary.CHANNEL_STATUS, include_retired=True, counted=False
        )
        self.tags_panel.show_tags(
            self.desk.current.tags,
            self.desk.current.tag_slots,
            {value.key: value.label for value in statuses},
        )
