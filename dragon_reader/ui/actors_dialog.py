"""The actor dictionary in the window: find actors, add the analyst's own, give them
aliases and dated roles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.actors import Actor, ActorKind
from dragon_reader.domain.coding import FuzzyDate
from dragon_reader.services.actors import ActorError, ActorService
from dragon_reader.ui.plain_text import plain_label
from dragon_reader.ui.widgets import RowsModel, make_table


class ActorsDialog(QDialog):
    """Lists the dictionary's actors (filtered by name or alias as you type) with the chosen
    actor's aliases and roles; buttons add an actor, an alias or a role. Every change is
    stored at once; a refused one is explained under the lists."""

    def __init__(self, actors: ActorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Actors")
        self.resize(760, 520)
        self._actors = actors
        self._all: list[Actor] = []
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("actor_filter")
        self.filter_edit.setPlaceholderText("Find an actor by name or alias (习近平, Pentagon, …)")
        self.filter_edit.setClearButtonEnabled(True)
        self.actor_model = RowsModel(
            [
                ("Name", lambda a: a.name),
                ("Kind", lambda a: a.kind.value),
                ("Country", lambda a: a.country),
                ("Aliases", lambda a: "; ".join(a.aliases)),
                ("From", lambda a: a.origin.value),
            ],
            self,
        )
        self.actor_view = make_table(self.actor_model, self)
        self.actor_view.setObjectName("actor_table")
        self.role_model = RowsModel(
            [
                ("Role", lambda r: r.title),
                ("From", lambda r: str(r.start) if r.start else ""),
                ("To", lambda r: str(r.end) if r.end else ""),
            ],
            self,
        )
        self.role_view = make_table(self.role_model, self)
        self.role_view.setObjectName("role_table")
        self.message = plain_label("", self)
        self.message.setObjectName("actor_message")
        self.message.setWordWrap(True)

        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new_actor_name")
        self.new_kind = QComboBox(self)
        self.new_kind.setObjectName("new_actor_kind")
        for kind in ActorKind:
            self.new_kind.addItem(kind.value, kind)
        self.new_country = QLineEdit(self)
        self.new_country.setObjectName("new_actor_country")
        self.new_country.setPlaceholderText("US, CN, TW, … (empty: international)")
        add_actor = QPushButton("Add &actor", self)
        add_actor.setObjectName("add_actor")
        add_actor.clicked.connect(self._add_actor_from_form)

        self.new_alias = QLineEdit(self)
        self.new_alias.setObjectName("new_alias")
        add_alias = QPushButton("Add a&lias", self)
        add_alias.setObjectName("add_alias")
        add_alias.clicked.connect(lambda: self.add_alias(self.new_alias.text()))

        self.role_title = QLineEdit(self)
        self.role_title.setObjectName("new_role_title")
        self.role_start = QLineEdit(self)
        self.role_start.setObjectName("new_role_start")
        self.role_start.setPlaceholderText("2023-12-29, 2023-12 or 2023")
        self.role_end = QLineEdit(self)
        self.role_end.setObjectName("new_role_end")
        self.role_end.setPlaceholderText("empty: still held or not known")
        add_role = QPushButton("Add &role", self)
        add_role.setObjectName("add_role")
        add_role.clicked.connect(
            lambda: self.add_role(
                self.role_title.text(), self.role_start.text(), self.role_end.text()
            )
        )

        form = QFormLayout()
        actor_row = QHBoxLayout()
        actor_row.addWidget(self.new_name, 3)
        actor_row.addWidget(self.new_kind, 1)
        actor_row.addWidget(self.new_country, 1)
        actor_row.addWidget(add_actor)
        form.addRow("New actor:", actor_row)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.new_alias, 1)
        alias_row.addWidget(add_alias)
        form.addRow("Alias of the chosen actor:", alias_row)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role_title, 3)
        role_row.addWidget(self.role_start, 1)
        role_row.addWidget(self.role_end, 1)
        role_row.addWidget(add_role)
        form.addRow("Role of the chosen actor:", role_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.actor_view, 3)
        layout.addWidget(self.role_view, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.actor_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_roles()
        )
        self.reload()

    # -- what the buttons do (public so that tests and shortcuts share them) ----------------

    def reload(self, choose: Actor | None = None) -> None:
        """Read the dictionary again, keep the filter, and choose ``choose`` if given."""
        self._all = self._actors.actors()
        self._apply_filter(self.filter_edit.text())
        if choose is not None:
            for row, actor in enumerate(self.actor_model.rows):
                if actor.id == choose.id:
                    self.actor_view.selectRow(row)
                    break
        self._show_roles()

    def chosen(self) -> Actor | None:
        """The actor whose row is current, if any."""
        row = self.actor_view.currentIndex().row()
        return self.actor_model.rows[row] if 0 <= row < len(self.actor_model.rows) else None

    def add_actor(self, name: str, kind: ActorKind, country: str = "") -> Actor | None:
        """Add an actor of the analyst's own and choose it; ``None`` (with the reason shown)
        when refused."""
        try:
            actor = self._actors.add_actor(name, kind, country)
        except ActorError as exc:
            self.message.setText(str(exc))
            return None
        self.message.setText(f"Added {actor.name}.")
        self.filter_edit.setText(actor.name)
        self.reload(choose=actor)
        return actor

    def add_alias(self, alias: str) -> Actor | None:
        """Give the chosen actor another name."""
        actor = self.chosen()
        if actor is None:
            self.message.setText("Choose an actor first.")
            return None
        try:
            actor = self._actors.add_alias(actor.id, alias)
        except ActorError as exc:
            self.message.setText(str(exc))
            return None
        self.message.setText(f"{actor.name} is also called {alias.strip()}.")
        self.new_alias.clear()
        self.reload(choose=actor)
        return actor

    def add_role(self, title: str, start: str = "", end: str = "") -> Actor | None:
        """Give the chosen actor a role; dates as ``2023-12-29``, ``2023-12`` or ``2023``."""
        actor = self.chosen()
        if actor is None:
            self.message.setText("Choose an actor first.")
            return None
        try:
            first = FuzzyDate.parse(start) if start.strip() else None
            last = FuzzyDate.parse(end) if end.strip() else None
            actor = self._actors.add_role(actor.id, title, first, last)
        except (ActorError, ValueError) as exc:
            self.message.setText(str(exc))
            return None
        self.message.setText(f"{actor.role_line(None)}")
        for field in (self.role_title, self.role_start, self.role_end):
            field.clear()
        self.reload(choose=actor)
        return actor

    # -- internals --------------------------------------------------------------------------

    def _add_actor_from_form(self) -> None:
        kind = ActorKind(self.new_kind.currentData())
        if self.add_actor(self.new_name.text(), kind, self.new_country.text()) is not None:
            self.new_name.clear()
            self.new_country.clear()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        rows = [
            actor
            for actor in self._all
            if not needle
            or needle in actor.name.casefold()
            or any(needle in alias.casefold() for alias in actor.aliases)
        ]
        self.actor_model.set_rows(rows)
        if rows and self.actor_view.currentIndex().row() < 0:
            self.actor_view.selectRow(0)

    def _show_roles(self) -> None:
        actor = self.chosen()
        self.role_model.set_rows(list(actor.roles) if actor is not None else [])
