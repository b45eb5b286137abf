"""The article shown in the reader, with its mentions and tags, kept current from the bus."""

from __future__ import annotations

import gc
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dragon_reader.domain.articles import ArticleId, ArticleView, count_words
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import Tag
from dragon_reader.domain.entities import EntityLabel, Mention
from dragon_reader.domain.search_terms import matched_spans
from dragon_reader.domain.slots import SlotFiller
from dragon_reader.domain.spans import SpanIndex
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.entity_style import mention_highlight
from dragon_reader.ui.layout_style import layout_highlights
from dragon_reader.ui.plain_text import make_plain
from dragon_reader.ui.reader import ArticleReader, Highlight
from dragon_reader.ui.tag_style import tag_highlights, tag_underlines

SETTINGS_HIDDEN_LABELS = "entities/hidden_labels"
LONG_LIVED_MENTIONS = 20_000  # an article with this many: see ``_read_mentions``
# The words a search matched: bold on a find-yellow, over an entity's colour.
SEARCH_MATCH_COLOR = QColor(255, 213, 0, 170)


class ArticleHighlights:
    """Everything drawn on an article's text, made for the stretch the reader asks for
    (a ``HighlightSource``): layout, the visible labels' mentions, tags' tooltips, the
    words a search matched, in that order (the later wins where they overlap)."""

    def __init__(
        self,
        layout: SpanIndex[Highlight],
        mentions: SpanIndex[Mention],
        visible_labels: set[EntityLabel],
        actor_lines: Mapping[tuple[str, EntityLabel], str],
        tags: Sequence[Highlight],
        matches: SpanIndex[tuple[int, int]],
    ) -> None:
        self._layout = layout
        self._mentions = mentions
        self._visible = frozenset(visible_labels)
        self._actor_lines = actor_lines
        self._tags = SpanIndex(tags, [h.start for h in tags], [h.end for h in tags])
        self._matches = matches

    def font_highlights(self, limit: int) -> list[Highlight] | None:
        """The layout's highlights and the search's matched words (they change the font
        or the text's colour), or ``None`` when there are more than ``limit``."""
        if len(self._layout) + len(self._matches) > limit:
            return None
        return [*self._layout.items, *(self._match(a, b) for a, b in self._matches.items)]

    @staticmethod
    def _match(start: int, end: int) -> Highlight:
        return Highlight(start, end, SEARCH_MATCH_COLOR, bold=True)

    def highlights_between(self, start: int, end: int) -> list[Highlight]:
        """The highlights sharing a character with stored offsets ``[start, end)``."""
        return [
            *self._layout.overlapping(start, end),
            *(
                mention_highlight(mention, self._actor_lines)
                for mention in self._mentions.overlapping(start, end)
                if mention.label in self._visible
            ),
            *self._tags.overlapping(start, end),
            *(self._match(a, b) for a, b in self._matches.overlapping(start, end)),
        ]


class CurrentArticle(QObject):
    """The shown article (title, details, reader) and what is drawn on it.

    It re-reads the article's mentions and tags when a change concerns them and redraws
    the highlights (text and scroll stay); every controller reads the article from here.

    Signals:
        opened(int): the id of the article now shown.
        refreshed(): the shown article's mentions or tags were read again.
        mentions_refreshed(): its mentions (or its details) were read again; a change of
            tags alone does not emit it.
    """

    opened = Signal(int)
    refreshed = Signal()
    mentions_refreshed = Signal()

    def __init__(
        self, corpus: Corpus, bus: ChangeBus, settings: QSettings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.corpus = corpus
        self.settings = settings
        self.mentions: list[Mention] = []
        self.tags: list[Tag] = []
        # "Dong Jun — PRC Minister of National Defense since 2023-12" by (canonical, label)
        self.actor_lines: dict[tuple[str, EntityLabel], str] = {}
        self.tag_slots: dict[int, tuple[SlotFiller, ...]] = {}
        self.status_labels: dict[str, str] = {}  # channel statuses' labels by key
        hidden = settings.value(SETTINGS_HIDDEN_LABELS) or []
        hidden = [hidden] if isinstance(hidden, str) else list(hidden)
        self.visible_labels = {label for label in EntityLabel if label.value not in hidden}
        self.search_text = ""  # the search whose matched words are highlighted
        self._drawn_search = ""  # the search of the highlights drawn
        self._matched: tuple[ArticleId | None, str, list[tuple[int, int]]] = (None, "", [])
        # Indexes of what is drawn, made again only when what they index changes.
        self._layout_index: tuple[ArticleView | None, SpanIndex[Highlight]] = (
            None,
            SpanIndex([], [], []),
        )
        self._mention_index: tuple[list[Mention], SpanIndex[Mention]] = ([], SpanIndex([], [], []))
        self._match_index: tuple[list[tuple[int, int]], SpanIndex[tuple[int, int]]] = (
            [],
            SpanIndex([], [], []),
        )

        self.page = QWidget(parent)
        self.page.setObjectName("article_page")
        self.title_label = make_plain(QLabel(self.page))
        self.title_label.setObjectName("article_title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = make_plain(QLabel(self.page))
        self.meta_label.setObjectName("article_meta")
        # Wrapped, so that a long outlet, byline or file name never sets the pane's width.
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reader = ArticleReader(self.page)
        self.reader.setObjectName("reader")
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.reader, 1)
        bus.changed.connect(self._on_changed)

    @property
    def article(self) -> ArticleView | None:
        """The article shown, if any."""
        return self.reader.article

    @property
    def article_id(self) -> ArticleId | None:
        """The id of the article shown, if any."""
        article = self.reader.article
        return article.id if article is not None else None

    def show(self, article_id: ArticleId) -> bool:
        """Show ``article_id`` (False when it does not exist)."""
        article = self.corpus.article(article_id)
        if article is None:
            return False
        self._show_details(article)
        self.mentions = self._read_mentions(article_id)
        self.tags = self.corpus.coding.tags_for_article(article_id)
        self._read_actors_and_slots(article)
        self.reader.show_article(article)
        self._draw()
        matched = self.search_matches()
        if matched:  # opened from a search: its first matched word in view
            self.reader.reveal(matched[0][0])
        self.opened.emit(int(article_id))
        return True

    def set_search(self, user_text: str) -> None:
        """Highlight the words of the shown article (and of those shown later) that the
        search ``user_text`` matches, as the search matches them; ``""`` highlights none.

        The shown article is drawn again in the next turn of the event loop, after the
        list of hits has painted (unless another article is shown by then)."""
        if user_text == self.search_text:
            return
        self.search_text = user_text
        if self.reader.article is not None:
            QTimer.singleShot(0, self, self._draw_search)

    def _draw_search(self) -> None:
        if self.reader.article is not None and self._drawn_search != self.search_text:
            self._draw()

    def search_matches(self) -> list[tuple[int, int]]:
        """The ``(start, end)`` offsets of the shown article's words that the search
        matches (empty without a search)."""
        article = self.reader.article
        if article is None or not self.search_text:
            return []
        article_id, searched, spans = self._matched
        if (article_id, searched) != (article.id, self.search_text):
            spans = matched_spans(article.text, self.search_text)
            self._matched = (article.id, self.search_text, spans)
        return spans

    def set_label_visible(self, label: EntityLabel, visible: bool) -> None:
        """Show or hide the highlights of one label (remembered across runs)."""
        if visible:
            self.visible_labels.add(label)
        else:
            self.visible_labels.discard(label)
        hidden = [lab.value for lab in EntityLabel if lab not in self.visible_labels]
        self.settings.setValue(SETTINGS_HIDDEN_LABELS, hidden)
        self._draw()

    def mention_at(self, offset: int) -> Mention | None:
        """The shown mention covering stored ``offset``."""
        for mention in self._mentions_index().overlapping(offset, offset + 1):
            if mention.label in self.visible_labels:
                return mention
        return None

    def trimmed_selection(self) -> tuple[int, int] | None:
        """The reader's selection as stored offsets, without surrounding whitespace."""
        span = self.reader.selected_span()
        article = self.reader.article
        if span is None or article is None:
            return None
        start, end = span.start, span.end
        while start < end and article.text[start].isspace():
            start += 1
        while end > start and article.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def highlights(self) -> ArticleHighlights:
        """Everything drawn on the text (layout, visible mentions, tags, the words the
        search matched), made for the stretch the reader shows."""
        matches = self.search_matches()
        if self._match_index[0] is not matches:
            index = SpanIndex(matches, [a for a, _ in matches], [b for _, b in matches])
            self._match_index = (matches, index)
        return ArticleHighlights(
            self._layout_highlights(),
            self._mentions_index(),
            self.visible_labels,
            self.actor_lines,
            tag_highlights(self.tags, self.tag_slots, self.status_labels),
            self._match_index[1],
        )

    def _layout_highlights(self) -> SpanIndex[Highlight]:
        """The shown article's layout highlights, worked out once per text and format."""
        article = self.reader.article
        shown, index = self._layout_index
        same = (
            shown is not None
            and article is not None
            and shown.source_format == article.source_format
            and shown.text == article.text
        )
        if not same:
            styled = layout_highlights(article) if article is not None else []
            index = SpanIndex(styled, [h.start for h in styled], [h.end for h in styled])
            self._layout_index = (article, index)
        return index

    def _mentions_index(self) -> SpanIndex[Mention]:
        """The shown mentions by span, indexed once per reading of them."""
        if self._mention_index[0] is not self.mentions:
            starts = [mention.start for mention in self.mentions]
            ends = [mention.end for mention in self.mentions]
            self._mention_index = (self.mentions, SpanIndex(self.mentions, starts, ends))
        return self._mention_index[1]

    def _draw(self) -> None:
        self._drawn_search = self.search_text
        self.reader.apply_highlights(self.highlights())
        self.reader.set_underlines(tag_underlines(self.tags))

    def _read_actors_and_slots(self, article: ArticleView) -> None:
        """The actors the article's entities name (with their role on its date; linked
        from the mentions already read, not read again) and the slots of its tags, for
        the tooltips."""
        links = self.corpus.actors.links_for_names(
            ((m.canonical, m.label) for m in self.mentions), article.published
        )
        self.actor_lines = {key: link.line for key, link in links.items()}
        self.tag_slots = self.corpus.slots.slots_for_tags([tag.id for tag in self.tags])
        statuses = self.corpus.vocabularies.values(
            Vocabulary.CHANNEL_STATUS, include_retired=True, counted=False
        )
        self.status_labels = {value.key: value.label for value in statuses}

    def _show_details(self, article: ArticleView) -> None:
        self.title_label.setText(article.title)
        published = article.published and article.published.isoformat()
        if published is None:  # the date its text gives, marked as the list marks it
            found = self.corpus.inferred_publications([article.id]).get(article.id)
            if found is not None and found.value is not None:
                published = f"~{found.value} (read from the text, not confirmed)"
        parts = [
            article.outlet,
            article.byline and f"by {article.byline}",
            published,
            article.source_file,
            f"{self._word_count(article):,} words",
        ]
        self.meta_label.setText(" · ".join(part for part in parts if part))

    def _read_mentions(self, article_id: ArticleId) -> list[Mention]:
        """The article's mentions; very many are set aside as long-lived for Python's
        cycle collector (``gc.freeze``, as the change bus does for long work): its next
        full pass, which scans every object while holding the interpreter, stalled the
        window 200 ms into scrolling a 12 MB article's 260,000 mentions (they hold no
        cycles, and are freed as usual when the list goes)."""
        mentions = self.corpus.entities.mentions(article_id)
        if len(mentions) >= LONG_LIVED_MENTIONS:
            gc.freeze()
        return mentions

    def _word_count(self, article: ArticleView) -> int:
        """The article's words as counted when it was stored (counting a long text again
        took longer than showing it)."""
        summary = self.corpus.summaries([article.id]).get(article.id)
        return summary.word_count if summary is not None else count_words(article.text)

    def _on_changed(self, changes: Changes) -> None:
        article_id = self.article_id
        if article_id is None or not changes.concerns(article_id):
            return
        if changes.articles or changes.statuses:
            article = self.corpus.article(article_id)
            if article is None:  # removed (an undone import, a restore)
                self.reader.show_article(None)
                self.title_label.clear()
                self.meta_label.clear()
                self.mentions, self.tags, self.actor_lines = [], [], {}
                self.refreshed.emit()
                self.mentions_refreshed.emit()
                return
            self._show_details(article)
            self.reader.set_article(article)
        if not (changes.mentions or changes.tags or changes.codebook):
            return
        if changes.mentions:
            self.mentions = self._read_mentions(article_id)
        if changes.tags or changes.codebook:
            self.tags = self.corpus.coding.tags_for_article(article_id)
        # Actor lines depend on the mentions and the article's date, slots on the tags:
        # a tag alone re-reads only its slots.
        if changes.mentions or changes.articles:
            shown = self.reader.article
            if shown is not None:
                self._read_actors_and_slots(shown)
        else:
            self.tag_slots = self.corpus.slots.slots_for_tags([tag.id for tag in self.tags])
        self._draw()
        self.refreshed.emit()
        if changes.mentions or changes.articles:
            self.mentions_refreshed.emit()
