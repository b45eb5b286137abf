"""Text from data never reaches Qt as markup: hostile names request no resource anywhere.

Qt shows a tooltip, a message box or an automatic-format label as rich text when
``Qt.mightBeRichText`` says so, and rich text loads ``<img src>`` from disk. Each surface's
string is checked the way Qt would show it: plain text as is, anything else rendered through
a ``QTextDocument`` whose ``loadResource`` records what it is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QTextCursor, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import ChannelStatus, EventType, FuzzyDate, TagKind
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.coding_panels import TagEditor
from dragon_reader.ui.entities_panel import EntitiesPanel
from dragon_reader.ui.main_window import MainWindow
from dragon_reader.ui.plain_text import SafeTextBrowser, plain, plain_label
from dragon_reader.ui.timeline_panel import TimelinePanel
from tests.ui.find import bus, child, list_model, reader, show_codebook


class ResourceRecorder(QTextDocument):
    """A document that records every resource it is asked to load, and loads none."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        self.requested.append(name.toString() if isinstance(name, QUrl) else name)
        return None


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> tuple[str, list[str]]:
    """What a Qt text surface shows for ``text``, and the resources it asks for."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text, []
    document = ResourceRecorder()
    document.setHtml(text)
    document.setTextWidth(400)
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    document.drawContents(painter)  # lays out and draws: images are asked for here
    painter.end()
    return document.toPlainText(), document.requested


def assert_safe(text: str, expected: str, text_format: Any = Qt.TextFormat.AutoText) -> None:
    visible, requested = shown(text, text_format)
    assert requested == []
    assert expected in visible  # shown as typed, not swallowed as a tag


@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, str]:
    """Names that load a file when shown as rich text (the files need not exist)."""
    return {
        key: f'<img src="{tmp_path / key}.png"> {key}'
        for key in ("title", "event", "channel", "note", "entity", "outlet")
    }


@pytest.fixture
def hostile_window(
    qtbot: QtBot, corpus: Corpus, settings: QSettings, hostile: dict[str, str]
) -> Iterator[tuple[MainWindow, ArticleId]]:
    """A window over the seeds plus an article whose title, tags, entry names, note and an
    entity all carry an ``<img>``, opened on that article."""
    text = f"{hostile['entity']}\n\nThe talks resumed in January 2024 after a long pause.\n"
    outcome = corpus.import_text(text, "hostile.txt")
    article_id = outcome.article_id
    assert article_id is not None
    corpus.update_metadata(article_id, hostile["title"], hostile["outlet"], None, None)
    coding = corpus.coding
    event = coding.create_event(hostile["event"], EventType.TALKS, FuzzyDate.parse("2024-01-09"))
    channel = coding.create_channel(hostile["channel"])
    start = text.index("talks")
    coding.create_tag(article_id, start, start + 5, TagKind.EVENT, event.id, note=hostile["note"])
    start = text.index("resumed")
    coding.create_tag(
        article_id,
        start,
        start + 7,
        TagKind.CHANNEL,
        channel.id,
        ChannelStatus.RESUMED,
        FuzzyDate.parse("2024-01-09"),
    )
    corpus.entities.mark(article_id, 0, len(hostile["entity"]), EntityLabel.PERSON)
    window = MainWindow(corpus, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_article(article_id)
    yield window, article_id


def tooltip_at(window: MainWindow, offset: int) -> str:
    view = reader(window)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offset_map.to_position(offset) + 1)
    return cursor.charFormat().toolTip()


def test_plain_keeps_ordinary_text_and_escapes_markup(qtbot: QtBot, tmp_path: Path) -> None:
    assert plain("Biden–Xi summit & talks") == "Biden–Xi summit & talks"
    hostile = f'<img src="{tmp_path}/x.png">  two  spaces\nand a <b>line</b>'
    assert GuiQt.mightBeRichText(hostile)
    visible, requested = shown(plain(hostile))
    assert requested == []
    assert visible == hostile
    label = plain_label(hostile)
    assert label.textFormat() == Qt.TextFormat.PlainText
    # the recorder itself sees what an unescaped string would load
    assert set(shown(hostile)[1]) == {f"{tmp_path}/x.png"}


def test_article_list_title_tooltip(
    hostile_window: tuple[MainWindow, ArticleId], hostile: dict[str, str]
) -> None:
    window, article_id = hostile_window
    row = list_model(window).row_of(article_id)
    assert row is not None
    tip = list_model(window).data(list_model(window).index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert_safe(tip, hostile["title"])


def test_tag_and_entity_tooltips_in_the_reader(
    hostile_window: tuple[MainWindow, ArticleId], hostile: dict[str, str]
) -> None:
    window, _article_id = hostile_window
    text = reader(window).article.text  # type: ignore[union-attr]
    assert_safe(tooltip_at(window, text.index("talks")), hostile["event"])
    assert_safe(tooltip_at(window, text.index("talks")), hostile["note"])
    assert_safe(tooltip_at(window, text.index("resumed")), hostile["channel"])
    assert_safe(tooltip_at(window, 1), hostile["entity"])


def test_timeline_tooltips(
    qtbot: QtBot, hostile_window: tuple[MainWindow, ArticleId], hostile: dict[str, str]
) -> None:
    window, _article_id = hostile_window
    panel = window.findChild(TimelinePanel, "timeline_panel")
    assert panel is not None
    # The timeline is read (in the background) and drawn when shown.
    child(window, QTabWidget, "center_tabs").setCurrentWidget(panel)
    qtbot.waitUntil(lambda: not panel.loading)
    assert panel.scene is not None
    tips = [item.toolTip() for item in panel.scene.items() if item.toolTip()]
    for tip in tips:
        assert shown(tip)[1] == []
    lane, segment, mark = (
        [t for t in tips if shown(t)[0].split("\n")[0] == hostile["channel"]],
        [t for t in tips if shown(t)[0].startswith(hostile["channel"] + ": resumed")],
        [t for t in tips if shown(t)[0].startswith(hostile["event"] + " (talks")],
    )
    assert len(lane) == len(segment) == len(mark) == 1


def test_codebook_delete_and_merge_messages(
    qtbot: QtBot,
    hostile_window: tuple[MainWindow, ArticleId],
    hostile: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _article_id = hostile_window
    panel = show_codebook(qtbot, window)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    labels: list[str] = []

    def choose(_parent: Any, _title: str, label: str, *_args: Any) -> tuple[str, bool]:
        labels.append(label)
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    panel.tabs.setCurrentIndex(0)
    row = next(i for i, e in enumerate(panel.event_model.rows) if e.name == hostile["event"])
    panel.event_view.setCurrentIndex(panel.event_model.index(row, 0))
    panel.delete_entry()  # it has a tag: refused with a message naming it
    panel.merge_entry()
    assert len(messages) == 1 and len(labels) == 1
    assert_safe(messages[0], hostile["event"])
    assert_safe(labels[0], hostile["event"])


def test_every_label_of_the_window_and_its_panels(
    qtbot: QtBot, hostile_window: tuple[MainWindow, ArticleId], hostile: dict[str, str]
) -> None:
    window, _article_id = hostile_window
    codebook = show_codebook(qtbot, window)
    codebook.tabs.setCurrentIndex(1)
    row = next(i for i, c in enumerate(codebook.channel_model.rows) if c.name == hostile["channel"])
    codebook.channel_view.setCurrentIndex(codebook.channel_model.index(row, 0))
    entities = window.findChild(EntitiesPanel, "entities_panel")
    assert entities is not None
    row = next(
        i for i, e in enumerate(entities.entity_model.rows) if e.canonical == hostile["entity"]
    )
    entities.entity_view.setCurrentIndex(entities.entity_model.index(row, 0))
    timeline = window.findChild(TimelinePanel, "timeline_panel")
    assert timeline is not None
    # The timeline is read (in the background) and drawn when shown.
    child(window, QTabWidget, "center_tabs").setCurrentWidget(timeline)
    qtbot.waitUntil(lambda: not timeline.loading)
    assert timeline.scene is not None
    mark = next(i for i in timeline.scene.items() if hostile["event"] in shown(i.toolTip())[0])
    timeline.show_evidence(mark.data(0), mark.data(1))
    seen = {
        name: window.findChild(QLabel, name).text()  # type: ignore[union-attr]
        for name in ("channel_history_label", "elsewhere_label", "timeline_evidence_label")
    }
    assert hostile["channel"] in seen["channel_history_label"]
    assert hostile["entity"] in seen["elsewhere_label"]
    assert hostile["event"] in seen["timeline_evidence_label"]
    for label in window.findChildren(QLabel):
        assert shown(label.text(), label.textFormat())[1] == [], label.objectName()


def test_tag_editor_shows_the_tagged_text_plainly(
    hostile_window: tuple[MainWindow, ArticleId], qtbot: QtBot, corpus: Corpus
) -> None:
    window, article_id = hostile_window
    text = corpus.article(article_id).text  # type: ignore[union-attr]
    event = next(e for e in corpus.coding.events() if e.type == EventType.TALKS)
    tag = corpus.coding.create_tag(article_id, 0, text.index("\n"), TagKind.EVENT, event.id)
    editor = TagEditor(corpus.coding, bus(window), tag)
    qtbot.addWidget(editor)
    texts = [(label.text(), label.textFormat()) for label in editor.findChildren(QLabel)]
    assert any(text.startswith("<img") for text, _format in texts)
    for text, text_format in texts:
        assert shown(text, text_format)[1] == []


def test_the_note_browser_loads_nothing_and_follows_no_file_link(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    secret = tmp_path / "secret.html"
    secret.write_text("<p>secret</p>", encoding="utf-8")
    browser.setHtml(f'<p><img src="{tmp_path}/x.png"><a href="{secret.as_uri()}">file</a></p>')
    assert browser.loadResource(2, QUrl(secret.as_uri())) is None
    browser.anchorClicked.emit(QUrl(secret.as_uri()))
    assert "secret" not in browser.toPlainText() and browser.source().isEmpty()
    browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened == ["https://example.org/"]
