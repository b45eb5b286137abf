"""The curation view: two coders' tags of an article side by side, differences marked,
and one key to accept a side into the curated set."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import Tag
from dragon_reader.domain.curation import Unit, Verdict
from dragon_reader.domain.slots import SlotFiller
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.curation import Comparison
from dragon_reader.ui.bus import ChangeBus
from dragon_reader.ui.coding_panels import TagEditor
from dragon_reader.ui.plain_text import SafeTextBrowser, escape, plain_label
from dragon_reader.ui.tag_style import slot_lines
from dragon_reader.ui.widgets import RowsModel, make_table

_Index = QModelIndex | QPersistentModelIndex
VERDICT_COLORS = {
    Verdict.AGREE: "#dff3e0",
    Verdict.ONLY_A: "#fdf1cf",
    Verdict.ONLY_B: "#fdf1cf",
    Verdict.DIFFER: "#f9d9d6",
    Verdict.CURATOR: "#e3e8f6",
}
KEYS_HELP = (
    "A / B: accept coder A's / B's tag into the curated set (then the next unit) · "
    "E: edit the curated tag · Delete: take it out of the curated set · "
    "Ctrl+Z: undo. In the text: A's span underlined in blue, B's in orange."
)


def describe(tag: Tag | None, fillers: tuple[SlotFiller, ...] = ()) -> str:
    """A tag in one line: entry, status, date and slots (empty for no tag)."""
    if tag is None:
        return "—"
    parts = [f"{tag.kind.value} “{tag.entry_name}”"]
    if tag.status is not None:
        parts.append(tag.status.value)
    if tag.when is not None:
        parts.append(str(tag.when))
    parts += slot_lines(fillers)
    parts.append(f"“{' '.join(tag.text.split())[:60]}”")
    return " · ".join(parts)


def verdict_text(unit: Unit, coder_a: str, coder_b: str) -> str:
    """The unit's verdict in words, naming the coders and what differs."""
    verdict = unit.verdict
    if verdict == Verdict.ONLY_A:
        return f"only {coder_a}"
    if verdict == Verdict.ONLY_B:
        return f"only {coder_b}"
    if verdict == Verdict.DIFFER:
        return "differ: " + ", ".join(unit.differences)
    return verdict.value


class UnitsModel(RowsModel):
    """The units of the comparison, one row each, coloured by verdict."""

    def __init__(self, parent: Any = None) -> None:
        self.coder_a = "A"
        self.coder_b = "B"
        super().__init__(
            [
                ("Verdict", lambda u: verdict_text(u, self.coder_a, self.coder_b)),
                ("A", lambda u: describe(u.a, u.a_slots)),
                ("B", lambda u: describe(u.b, u.b_slots)),
                ("Curated", lambda u: describe(u.curated, u.curated_slots)),
            ],
            parent,
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Verdict", f"A: {self.coder_a}", f"B: {self.coder_b}", "Curated")[section]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(VERDICT_COLORS[self.rows[index.row()].verdict]))
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1d1d1d"))  # readable on the light verdict colours
        return super().data(index, role)


class CurationDialog(QDialog):
    """Adjudicate one article: choose two coders, walk their units, accept a side.

    Every change runs through the bus as one operation (one undo step); the dialog
    refreshes from the bus's ``changed`` like every view, so another coder's change, an
    undo in the window, or an edit of the curated tag shows here at once.
    """

    def __init__(
        self,
        corpus: Corpus,
        bus: ChangeBus,
        article_id: int,
        shared_actions: tuple[QAction, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("curation_dialog")
        self.corpus = corpus
        self.bus = bus
        self.article_id = article_id
        self.comparison: Comparison | None = None
        self.editor: TagEditor | None = None
        article = corpus.article(ArticleId(article_id))
        self.text = article.text if article is not None else ""
        title = article.title if article is not None else f"article {article_id}"
        self.setWindowTitle(f"Curate: {title[:80]}")
        self.resize(1100, 680)

        self.coder_a = QComboBox(self)
        self.coder_a.setObjectName("curation_coder_a")
        self.coder_b = QComboBox(self)
        self.coder_b.setObjectName("curation_coder_b")
        self.summary = plain_label("", self)
        self.summary.setObjectName("curation_summary")
        self.model = UnitsModel(self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("curation_table")
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):  # the three sides share the width, wrapped
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view = SafeTextBrowser(self)
        self.view.setObjectName("curation_text")
        self.message = plain_label("", self)
        self.message.setObjectName("curation_message")
        self.message.setStyleSheet("color: #c0392b")

        top = QHBoxLayout()
        top.addWidget(QLabel("Coder A:", self))
        top.addWidget(self.coder_a)
        top.addWidget(QLabel("Coder B:", self))
        top.addWidget(self.coder_b)
        top.addWidget(self.summary, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setSizes([380, 220])
        keys = plain_label(KEYS_HELP, self)
        keys.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(keys)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        for sequence, handler in (
            ("A", lambda: self.accept_side("a")),
            ("B", lambda: self.accept_side("b")),
            ("E", self.edit_curated),
            (QKeySequence.StandardKey.Delete, self.remove_curated),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        for action in shared_actions:  # the window's Undo and Redo work here too
            self.addAction(action)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_unit())
        self.coder_a.currentTextChanged.connect(lambda _text: self.reload())
        self.coder_b.currentTextChanged.connect(lambda _text: self.reload())
        bus.changed.connect(self._on_changed)
        self._fill_coders()
        self.reload()
        self.table.setFocus()

    # -- what the keys do -------------------------------------------------------------------

    def current_unit(self) -> Unit | None:
        """The unit of the selected row."""
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def accept_side(self, which: str) -> Tag | None:
        """Accept coder A's (``"a"``) or B's tag of the selected unit into the curated set,
        replacing the unit's curated tag; then select the next unit."""
        unit = self.current_unit()
        tag = unit.side(which) if unit is not None else None
        if unit is None or tag is None:
            self.message.setText(f"Coder {which.upper()} has no tag in this unit.")
            return None
        row = self.table.currentIndex().row()
        replacing = unit.curated.id if unit.curated is not None else None
        made = self.bus.run(lambda: self.corpus.curation.accept(tag.id, replacing))
        if made is not None:
            self.message.setText("")
            self._select(min(row + 1, len(self.model.rows) - 1))
        return made

    def remove_curated(self) -> None:
        """Take the selected unit's curated tag out of the curated set."""
        unit = self.current_unit()
        if unit is None or unit.curated is None:
            self.message.setText("This unit has no curated tag.")
            return
        curated = unit.curated
        self.bus.run(lambda: self.corpus.curation.remove(curated.id))

    def edit_curated(self) -> TagEditor | None:
        """Open the tag editor on the selected unit's curated tag."""
        unit = self.current_unit()
        if unit is None or unit.curated is None:
            self.message.setText("Accept a side first (A or B), then edit the curated tag.")
            return None
        self.editor = TagEditor(self.corpus.coding, self.bus, unit.curated, self)
        self.editor.open()
        return self.editor

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Compare the chosen coders again, keeping the selected row."""
        row = max(0, self.table.currentIndex().row())
        a = self.coder_a.currentText() or None
        b = self.coder_b.currentText() or None
        self.comparison = self.corpus.curation.compare(self.article_id, a, b)
        self.model.coder_a = self.comparison.coder_a or "A"
        self.model.coder_b = self.comparison.coder_b or "B"
        self.model.set_rows(list(self.comparison.units))
        self.table.resizeRowsToContents()
        self._select(min(row, len(self.model.rows) - 1))
        self._summarise()

    def _fill_coders(self) -> None:
        coders = self.corpus.curation.coders(self.article_id)
        for combo, index in ((self.coder_a, 0), (self.coder_b, 1)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(coders)
            combo.setCurrentIndex(min(index, len(coders) - 1))
            combo.blockSignals(False)

    def _summarise(self) -> None:
        units = self.model.rows
        counts = {verdict: sum(1 for u in units if u.verdict == verdict) for verdict in Verdict}
        a, b = self.model.coder_a, self.model.coder_b
        if len(self.corpus.curation.coders(self.article_id)) < 2:
            lead = "Only one coder tagged this article. "
        else:
            lead = ""
        self.summary.setText(
            f"{lead}{len(units)} unit(s): {counts[Verdict.AGREE]} agree, "
            f"{counts[Verdict.ONLY_A]} only {a}, {counts[Verdict.ONLY_B]} only {b}, "
            f"{counts[Verdict.DIFFER]} differ; "
            f"{sum(1 for u in units if u.curated is not None)} curated"
        )

    def _select(self, row: int) -> None:
        if row < 0:
            self._show_unit()
            return
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_unit()

    def _show_unit(self) -> None:
        """The article's text with the selected unit's spans marked (A underlined in blue,
        B in orange, the whole unit shaded), scrolled to it."""
        unit = self.current_unit()
        if unit is None:
            self.view.setPlainText(self.text)
            return
        start, end = unit.start, unit.end
        left = max(0, self.text.rfind("\n", 0, max(0, start - 1)) + 1)
        right = self.text.find("\n", end)
        right = len(self.text) if right < 0 else right
        marks = [(t, c) for t, c in ((unit.a, "#1f6fd1"), (unit.b, "#e07b00")) if t is not None]
        cuts = {left, right, start, end} | {p for t, _ in marks for p in (t.start, t.end)}
        bounds = sorted(p for p in cuts if left <= p <= right)
        pieces = []
        for here, there in itertools.pairwise(bounds):
            styles = ["background-color: #fff2a8"] if start <= here < end else []
            colors = [c for t, c in marks if t.start <= here < t.end]
            if colors:
                styles.append(f"text-decoration: underline; color: {colors[0]}")
            piece = escape(self.text[here:there])
            pieces.append(f'<span style="{"; ".join(styles)}">{piece}</span>' if styles else piece)
        self.view.setHtml(f'<div style="white-space: pre-wrap">{"".join(pieces)}</div>')

    def _on_changed(self, changes: Changes) -> None:
        if (changes.tags or changes.codebook) and changes.concerns(self.article_id):
            self._fill_coders_keeping()
            self.reload()

    def _fill_coders_keeping(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        coders = self.corpus.curation.coders(self.article_id)
        if coders == [self.coder_a.itemText(i) for i in range(self.coder_a.count())]:
            return
        self._fill_coders()
        for combo, name in ((self.coder_a, a), (self.coder_b, b)):
            if name in coders:
                combo.blockSignals(True)
                combo.setCurrentText(name)
                combo.blockSignals(False)
