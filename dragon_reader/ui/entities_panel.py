"""The Entities panel: the article's entities with counts, and where else each appears."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.entities import EntityLabel, Mention
from dragon_reader.services.actors import ActorService
from dragon_reader.services.entities import (
    ArticleMentionCount,
    EntityCount,
    EntityService,
    TaughtRule,
    count_entities,
)
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.widgets import RowsModel, make_table

_Index = QModelIndex | QPersistentModelIndex


class EntitiesPanel(QWidget):
    """The shown article's entities; choosing one lists the other articles mentioning it.

    Signals:
        open_article_requested(int): the analyst asked to open this article id.
    """

    open_article_requested = Signal(int)

    def __init__(
        self,
        entities: EntityService,
        parent: QWidget | None = None,
        actors: ActorService | None = None,
    ) -> None:
        super().__init__(parent)
        self._entities = entities
        self._actors = actors
        self._article_id: ArticleId | None = None
        self.actor_lines: dict[tuple[str, EntityLabel], str] = {}
        self.entity_model = RowsModel(
            [
                ("Entity", lambda r: r.canonical),
                ("Label", lambda r: r.label.value),
                ("Count", lambda r: r.count),
                ("Actor", lambda r: self.actor_lines.get((r.canonical, r.label), "")),
            ],
            self,
        )
        self.elsewhere_model = RowsModel(
            [("Also in", lambda r: r.title), ("Mentions", lambda r: r.count)], self
        )
        self.entity_view = make_table(self.entity_model, self)
        self.entity_view.setObjectName("entity_table")
        self.elsewhere_view = make_table(self.elsewhere_model, self)
        self.elsewhere_view.setObjectName("elsewhere_table")
        self.elsewhere_label = plain_label(
            "Choose an entity to see which other articles mention it.", self
        )
        self.elsewhere_label.setObjectName("elsewhere_label")
        self.elsewhere_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.entity_view, 3)
        layout.addWidget(self.elsewhere_label)
        layout.addWidget(self.elsewhere_view, 2)
        self.entity_view.selectionModel().currentRowChanged.connect(self._entity_chosen)
        self.elsewhere_view.activated.connect(self._open_elsewhere)
        self.elsewhere_view.doubleClicked.connect(self._open_elsewhere)

    def show_article(self, article_id: ArticleId | None) -> None:
        """List ``article_id``'s entities (or nothing), each linked to its actor with the
        role held on the article's date ("Dong Jun — PRC Minister of National Defense since
        2023-12"), reading its mentions and actor links (``show_entities`` takes them
        already read)."""
        if article_id is None:
            self.show_entities(None, [], {})
            return
        lines = (
            {key: link.line for key, link in self._actors.links(article_id).items()}
            if self._actors is not None
            else {}
        )
        self.show_entities(article_id, self._entities.mentions(article_id), lines)

    def show_entities(
        self,
        article_id: ArticleId | None,
        mentions: Iterable[Mention],
        actor_lines: Mapping[tuple[str, EntityLabel], str],
    ) -> None:
        """List the entities of ``mentions`` (those of ``article_id``, as the reader shows
        them), with the actor lines the reader's tooltips use; nothing is read."""
        self._article_id = article_id
        self.actor_lines = dict(actor_lines)
        self.entity_model.set_rows(count_entities(mentions))
        self.elsewhere_model.set_rows([])
        self.elsewhere_label.setText("Choose an entity to see which other articles mention it.")

    def _entity_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        entity: EntityCount = self.entity_model.rows[current.row()]
        rows: list[ArticleMentionCount] = self._entities.articles_mentioning(
            entity.canonical, entity.label, exclude=self._article_id
        )
        self.elsewhere_model.set_rows(rows)
        self.elsewhere_label.setText(
            f"{entity.canonical} is mentioned in {len(rows)} other article(s)."
            if rows
            else f"No other article mentions {entity.canonical}."
        )

    def _open_elsewhere(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_article_requested.emit(int(self.elsewhere_model.rows[index.row()].article_id))


class TaughtRulesDialog(QDialog):
    """What the analyst taught the recognizer, with a button to forget a rule."""

    def __init__(
        self, entities: EntityService, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("What you taught the recognizer")
        self.resize(560, 360)
        self.setObjectName("taught_rules")
        self._entities = entities
        self._bus = bus
        self.model = RowsModel(
            [
                ("Text", lambda r: r.surface),
                ("Rule", lambda r: f"always {r.label.value}" if r.label else "never an entity"),
                ("When", lambda r: r.created_at.strftime("%Y-%m-%d %H:%M")),
            ],
            self,
        )
        self.view = make_table(self.model, self)
        self.forget_button = QPushButton("&Forget this rule", self)
        self.forget_button.clicked.connect(self.forget_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "Marked strings are highlighted in every article; rejected strings are never "
                "suggested. Forgetting a rule recognises the affected articles again."
            )
        )
        layout.addWidget(self.view)
        layout.addWidget(self.forget_button)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the rules again."""
        rules: list[TaughtRule] = self._entities.taught_rules()
        self.model.set_rows(rules)
        self.forget_button.setEnabled(bool(rules))

    def forget_selected(self) -> None:
        """Forget the selected rule (or the first one when none is selected)."""
        if not self.model.rows:
            return
        row = self.view.currentIndex().row()
        rule: TaughtRule = self.model.rows[row if row >= 0 else 0]
        entities = self._entities
        self._bus.start(
            "Recognising article {done} of {total} again…",
            lambda report: entities.forget(rule.id, report),
            lambda _none: self.reload(),
        )
