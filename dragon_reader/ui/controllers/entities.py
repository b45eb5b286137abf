"""Entities: highlights and their legend, corrections (mark, relabel, reject, forget), the
Entities panel, and recognition in the background."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QToolBar

from dragon_reader.domain.changes import Changes
from dragon_reader.domain.entities import EntityLabel, Mention, RejectScope
from dragon_reader.ui.actions import MainAction
from dragon_reader.ui.actors_dialog import ActorsDialog
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.entities_panel import EntitiesPanel, TaughtRulesDialog
from dragon_reader.ui.entity_style import label_icon
from dragon_reader.ui.plain_text import action_text
from dragon_reader.ui.recognition_worker import BackgroundPass, start_recognition

MARK_ACTIONS = {
    MainAction.MARK_PERSON: EntityLabel.PERSON,
    MainAction.MARK_ORG: EntityLabel.ORG,
    MainAction.MARK_GPE: EntityLabel.GPE,
    MainAction.MARK_LOC: EntityLabel.LOC,
    MainAction.MARK_DATE: EntityLabel.DATE,
    MainAction.MARK_NORP: EntityLabel.NORP,
}
REJECT_SCOPES = {
    RejectScope.MENTION: "Not an entity here (this mention)",
    RejectScope.ARTICLE: "Not an entity in this article",
    RejectScope.EVERYWHERE: "Not an entity anywhere: never suggest “{text}”",
}


class EntitiesController(QObject):
    """Entity highlights and the analyst's corrections, each one undoable operation.

    Signals:
        open_article_requested(int): the Entities panel asks to open an article.
        recognition_finished(int): background recognition ended after this many articles.
    """

    open_article_requested = Signal(int)
    recognition_finished = Signal(int)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.setObjectName("entities_controller")
        self.desk = desk
        self.menu: QMenu | None = None
        self.panel = EntitiesPanel(desk.corpus.entities, desk.window, desk.corpus.actors)
        self.panel.setObjectName("entities_panel")
        self.panel.open_article_requested.connect(self.open_article_requested)
        self.legend = self._build_legend()
        self.progress_bar = QProgressBar(desk.window)
        self.progress_bar.setObjectName("recognition_progress")
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setFormat("Finding entities %v/%m")
        self.progress_bar.hide()
        self._recognition: tuple[QThread, BackgroundPass] | None = None
        reader = desk.current.reader
        reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        reader.customContextMenuRequested.connect(self._context_menu)
        desk.current.opened.connect(lambda _id: self._refresh_panel())
        desk.current.mentions_refreshed.connect(self._refresh_panel)
        for key, label in MARK_ACTIONS.items():
            desk.actions[key].setIcon(label_icon(label))

    def handlers(self) -> dict[MainAction, Callable[[], object]]:
        """The actions this controller carries out."""
        handlers: dict[MainAction, Callable[[], object]] = {
            MainAction.TAUGHT_RULES: self.show_taught_rules,
            MainAction.ACTORS: self.show_actors,
        }
        for key, label in MARK_ACTIONS.items():
            handlers[key] = partial(self.mark_selection, label)
        return handlers

    # -- corrections ------------------------------------------------------------------------

    def mark_selection(self, label: EntityLabel) -> bool:
        """Mark the reader's selection as an entity of ``label`` in every article (in the
        work thread: the articles holding it are recognised again); False if refused."""
        current = self.desk.current
        article_id = current.article_id
        span = current.trimmed_selection()
        if article_id is None or span is None or current.article is None:
            self.desk.say("Select a name in the article first.", 5000)
            return False
        start, end = span
        entities = self.desk.corpus.entities
        return self.desk.bus.start(
            _applying(current.article.text[start:end]),
            lambda report: entities.mark(article_id, start, end, label, report),
            lambda mention: self.desk.say(
                f"“{mention.text}” is now {label.description} in every article. Ctrl+Z undoes."
            ),
        )

    def relabel_mention(self, mention: Mention, label: EntityLabel) -> None:
        """Give ``mention`` another label, taught for its text everywhere."""
        entities = self.desk.corpus.entities
        self.desk.bus.start(
            _applying(mention.text),
            lambda report: entities.relabel(mention, label, report),
            lambda _mention: self.desk.say(
                f"“{mention.text}” is now {label.description}. Ctrl+Z undoes."
            ),
        )

    def reject_mention(self, mention: Mention, scope: RejectScope = RejectScope.EVERYWHERE) -> bool:
        """Say ``mention`` is no entity: here, in its article, or everywhere (undoable)."""
        entities = self.desk.corpus.entities
        where = {
            RejectScope.MENTION: "here",
            RejectScope.ARTICLE: "in this article",
            RejectScope.EVERYWHERE: "anywhere",
        }[scope]
        return self.desk.bus.start(
            _applying(mention.text),
            lambda report: entities.reject(mention, report, scope),
            lambda surface: self.desk.say(
                f"“{surface}” is no longer an entity {where}. Ctrl+Z undoes."
            ),
        )

    def show_taught_rules(self) -> TaughtRulesDialog:
        """Entities ▸ What I taught…"""
        dialog = TaughtRulesDialog(self.desk.corpus.entities, self.desk.bus, self.desk.window)
        dialog.open()
        return dialog

    def show_actors(self) -> ActorsDialog:
        """Entities ▸ Actors…: the actor dictionary (closing it redraws the article)."""
        dialog = ActorsDialog(self.desk.corpus.actors, self.desk.window)
        dialog.setObjectName("actors_dialog")
        current = self.desk.current
        dialog.finished.connect(
            lambda _result: current.show(current.article_id) if current.article_id else None
        )
        dialog.open()
        return dialog

    # -- background recognition ---------------------------------------------------------------

    def start_background_recognition(self) -> bool:
        """Recognise articles whose mentions are stale, in a thread; False if none are."""
        if self._recognition is not None or self.desk.corpus.read_only:
            return False  # a read-only database cannot store what is recognised
        entities = self.desk.corpus.entities
        stale = entities.stale_article_ids()
        if not stale:
            return False
        thread, worker = start_recognition(entities, stale, self)
        worker.progress.connect(self._recognition_progress)
        worker.finished.connect(self._recognition_done)
        self._recognition = (thread, worker)
        self.progress_bar.setRange(0, len(stale))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        return True

    def stop_background_recognition(self) -> None:
        """Stop recognising (what is done stays; the rest is done at the next start)."""
        if self._recognition is not None:
            thread, worker = self._recognition
            worker.cancel()
            thread.quit()
            thread.wait(10_000)
            self._recognition = None

    def _recognition_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _recognition_done(self, count: int | None) -> None:
        count = count or 0  # None: the pass failed (logged); the rest is done next time
        if self._recognition is not None:
            self._recognition[0].quit()  # its queued quit follows this slot: not waited for
            self._recognition[0].wait(5000)
        self._recognition = None
        self.progress_bar.hide()
        self.desk.say(f"Entities found again in {count} article(s).", 5000)
        self.desk.bus.announce(Changes(mentions=True))
        self.recognition_finished.emit(count)

    # -- menus --------------------------------------------------------------------------------

    def _context_menu(self, point: QPoint) -> None:
        reader = self.desk.current.reader
        position = reader.cursorForPosition(point).position()
        mention = self.desk.current.mention_at(reader.offset_map.to_offset(position))
        menu = QMenu(reader)
        menu.setObjectName("reader_menu")
        if reader.selected_span() is not None:
            menu.addAction(self.desk.actions[MainAction.TAG_EVENT])
            menu.addAction(self.desk.actions[MainAction.TAG_CHANNEL])
            menu.addSeparator()
            mark = menu.addMenu("Mark as entity")
            for key in MARK_ACTIONS:
                mark.addAction(self.desk.actions[key])
            menu.addSeparator()
            copy = menu.addAction("Copy")
            copy.triggered.connect(reader.copy)
        if mention is not None:
            if not menu.isEmpty():
                menu.addSeparator()
            self._add_mention_actions(menu, mention)
        if menu.isEmpty():
            return
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(reader.viewport().mapToGlobal(point))

    def _add_mention_actions(self, menu: QMenu, mention: Mention) -> None:
        title = menu.addAction(action_text(f"{mention.label.description}: {mention.canonical}"))
        title.setEnabled(False)
        change = menu.addMenu("Change label to")
        for label in EntityLabel:
            if label is mention.label:
                continue
            action = change.addAction(label_icon(label), label.description)
            action.setObjectName(f"relabel_{label.value.lower()}")
            action.triggered.connect(
                lambda _=False, lab=label, m=mention: self.relabel_mention(m, lab)
            )
        reject = menu.addMenu("Not an entity")
        reject.setObjectName("reject_menu")
        for scope, text in REJECT_SCOPES.items():
            action = reject.addAction(action_text(text.format(text=mention.text)))
            action.setObjectName(f"reject_{scope.value}")
            action.triggered.connect(
                lambda _=False, sc=scope, m=mention: self.reject_mention(m, sc)
            )

    def _build_legend(self) -> QToolBar:
        legend = QToolBar("Entity legend", self.desk.window)
        legend.setObjectName("legend")
        legend.addWidget(QLabel(" Highlights: "))
        current = self.desk.current
        for label in EntityLabel:
            action = QAction(label_icon(label), label.description, legend)
            action.setObjectName(f"show_{label.value.lower()}")
            action.setCheckable(True)
            action.setChecked(label in current.visible_labels)
            action.setToolTip(f"Show or hide {label.value} highlights")
            action.toggled.connect(lambda on, lab=label: current.set_label_visible(lab, on))
            legend.addAction(action)
        legend.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return legend

    def _refresh_panel(self) -> None:
        """The panel lists the shown article's mentions as read for the reader (once)."""
        current = self.desk.current
        self.panel.show_entities(current.article_id, current.mentions, current.actor_lines)


def _applying(surface: str) -> str:
    """What the status bar says while a correction is applied to the articles."""
    quoted = surface.replace("{", "{{").replace("}", "}}")  # kept as typed by .format
    return f"Applying “{quoted}” to article {{done}} of {{total}}…"
