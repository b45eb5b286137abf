from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.corpus import SNIPPET_MARKS, Corpus
from dragon_reader.ui.article_list import MATCH_COLUMN
from dragon_reader.ui.filter_bar import (
    SNIPPET_LEAD_CHARS,
    FilterBar,
    snippet_html,
    snippet_near_match,
)
from dragon_reader.ui.import_dialogs import ImportReportDialog, PropertiesDialog
from dragon_reader.ui.main_window import MainWindow
from tests.ui.find import action, article_list, bus, child, label, list_model, reader, settle


def test_ctrl_f_searches_and_shows_ranked_snippets(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(article_list(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert child(window, FilterBar, "filter_bar").search.hasFocus()
    qtbot.keyClicks(child(window, FilterBar, "filter_bar").search, "vienna")
    child(window, FilterBar, "filter_bar").flush()
    assert list_model(window).rowCount() == 1
    assert not article_list(window).isColumnHidden(MATCH_COLUMN)
    snippet = list_model(window).data(list_model(window).index(0, MATCH_COLUMN))
    assert "<b>Vienna</b>" in snippet_html(snippet)
    # The hits are drawn first; the first hit opens right after.
    qtbot.waitUntil(lambda: "Sullivan" in reader(window).toPlainText())
    assert label(window, "count_label").text().startswith("1 shown · ")
    child(window, FilterBar, "filter_bar").search.clear()
    child(window, FilterBar, "filter_bar").flush()
    assert list_model(window).rowCount() == 5
    assert article_list(window).isColumnHidden(MATCH_COLUMN)


def test_search_hits_show_the_title_and_the_matched_word_in_a_narrow_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At the narrowest list the hits keep a readable title and the snippet column is
    wide enough to show its match; clearing the search brings every column back."""
    view = article_list(window)
    bar = child(window, FilterBar, "filter_bar")
    window.splitter.setSizes([window.navigation.panel.minimumWidth(), 900])
    QApplication.processEvents()
    bar.search.setText("sovereignty")
    bar.flush()
    assert list_model(window).rowCount() >= 3
    char = view.fontMetrics().averageCharWidth()
    assert view.columnWidth(0) >= 16 * char
    assert view.columnWidth(MATCH_COLUMN) >= (SNIPPET_LEAD_CHARS + len("sovereignty")) * char
    assert view.horizontalScrollBar().maximum() == 0
    for row in range(list_model(window).rowCount()):
        snippet = list_model(window).data(list_model(window).index(row, MATCH_COLUMN))
        shown = snippet_near_match(snippet, view.font(), SNIPPET_LEAD_CHARS * char)
        before = shown.split(SNIPPET_MARKS[0])[0]
        assert view.fontMetrics().horizontalAdvance(before) <= SNIPPET_LEAD_CHARS * char
        assert "sovereignty" in shown.lower()
    bar.search.clear()
    bar.flush()
    assert all(not view.isColumnHidden(column) for column in range(MATCH_COLUMN))
    assert view.isColumnHidden(MATCH_COLUMN)


def test_filters_by_outlet_and_entity(qtbot: QtBot, window: MainWindow) -> None:
    bar = child(window, FilterBar, "filter_bar")
    bar.outlet.setCurrentIndex(bar.outlet.findData("Reuters"))
    assert list_model(window).rowCount() == 2
    bar.entity.setText("Song Yanchao")
    bar.flush()
    assert list_model(window).rowCount() == 0
    bar.outlet.setCurrentIndex(0)
    assert list_model(window).rowCount() == 1


def test_paste_as_new_article(qtbot: QtBot, window: MainWindow, corpus: Corpus) -> None:
    QApplication.clipboard().setText("Blinken met Wang Yi in Munich.\r\nThey talked.")
    action(window, "paste_article").trigger()
    assert corpus.count() == 6
    assert reader(window).toPlainText() == "Blinken met Wang Yi in Munich.\nThey talked."
    # One clean import: the status bar says it, no report dialog.
    assert window.findChild(ImportReportDialog, "import_report") is None
    action(window, "undo").trigger()  # an import is one undo step
    assert corpus.count() == 5
    assert list_model(window).rowCount() == 5


def test_dropping_files_imports_them_with_a_report(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    good = tmp_path / "talks.txt"
    good.write_text("Austin spoke with Dong Jun by video.", encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    settle(qtbot, window)
    assert corpus.count() == 6
    rows = child(window, ImportReportDialog, "import_report").model.rows
    assert [(Path(r.source).name, r.outcome) for r in rows] == [
        ("talks.txt", "imported"),
        ("empty.txt", "failed"),
    ]


def test_properties_dialog_edits_metadata(qtbot: QtBot, window: MainWindow, corpus: Corpus) -> None:
    action(window, "properties").trigger()
    dialog = child(window, PropertiesDialog, "properties_dialog")
    dialog.published.setText("2023-12-19")
    dialog.outlet.setText("Reuters Wire")
    dialog.save()
    article = corpus.article(window.current_article_id)  # type: ignore[arg-type]
    assert article is not None
    assert (article.outlet, str(article.published)) == ("Reuters Wire", "2023-12-19")
    assert list_model(window).data(list_model(window).index(0, 1)) == "Reuters Wire"
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    action(window, "properties").trigger()
    dialog = child(window, PropertiesDialog, "properties_dialog")
    dialog.published.setText("19 Dec")
    dialog.save()
    assert dialog.error.text()  # the reason is shown; nothing was stored
    assert str(corpus.article(window.current_article_id).published) == "2023-12-19"  # type: ignore[arg-type, union-attr]


def test_properties_keep_a_title_changed_elsewhere_and_write_only_what_was_edited(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, db_url: str
) -> None:
    """The command line (another process) renames the shown article: Properties opens
    with the new title, and saving an outlet edit made in a dialog opened before the
    rename keeps the rename too."""
    from dragon_reader.services.corpus import open_corpus

    article_id = window.current_article_id
    assert article_id is not None
    outside = open_corpus(db_url)
    try:
        outside.edit_metadata(article_id, title="Renamed from the command line")
        action(window, "properties").trigger()
        dialog = child(window, PropertiesDialog, "properties_dialog")
        assert dialog.title.text() == "Renamed from the command line"
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
        action(window, "properties").trigger()
        dialog = child(window, PropertiesDialog, "properties_dialog")
        outside.edit_metadata(article_id, title="Renamed again")  # while the dialog is open
        dialog.outlet.setText("AP")
        dialog.save()
    finally:
        outside.close()
    article = corpus.article(article_id)
    assert article is not None
    assert (article.title, article.outlet) == ("Renamed again", "AP")


def test_boilerplate_lines_are_dimmed_not_changed(qtbot: QtBot, window: MainWindow) -> None:
    window.open_article(2)  # type: ignore[arg-type]
    text = reader(window).article.text  # type: ignore[union-attr]
    at = text.index("Leave a Reply")
    cursor = QTextCursor(reader(window).document())
    cursor.setPosition(reader(window).offset_map.to_position(at) + 2)
    fmt = cursor.charFormat()
    assert fmt.fontItalic()
    assert fmt.toolTip() == "Not part of the article"
    assert reader(window).toPlainText() == text.replace("\u00a0", " ")  # Qt shows NBSP as space


def test_filters_by_publication_date(qtbot: QtBot, window: MainWindow, corpus: Corpus) -> None:
    from datetime import date

    first, second = corpus.article_ids()[:2]
    for article_id, published in ((first, date(2023, 11, 14)), (second, date(2024, 1, 9))):
        article = corpus.article(article_id)
        assert article is not None
        corpus.update_metadata(article_id, article.title, article.outlet, None, published)
    bar = child(window, FilterBar, "filter_bar")
    bar.published.setText("2023-11")
    bar.flush()
    assert list_model(window).rowCount() == 1
    bar.published.setText("2023-06/")
    bar.flush()
    assert list_model(window).rowCount() == 2
    bar.published.setText("2023-13")  # not a date: shown as such, the list unfiltered
    bar.flush()
    assert list_model(window).rowCount() == 5
    assert "not a real date" in bar.published.toolTip()
    bar.published.clear()
    bar.flush()
    assert "not a real date" not in bar.published.toolTip()
    assert list_model(window).rowCount() == 5


def test_a_long_import_runs_in_the_background_and_can_be_stopped(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    for number in range(600):
        (tmp_path / f"{number:03}.txt").write_text(f"Note {number} on the Brown-Liu call.\n")
    seen: list[tuple[str, int, int]] = []
    work = bus(window)

    work.work_progress.connect(lambda text, done, total: seen.append((text, done, total)))
    assert window.import_files([tmp_path])
    assert child(window, QWidget, "work_bar").isVisible()  # the window keeps going meanwhile
    child(window, QPushButton, "stop_work").click()
    settle(qtbot, window)
    assert not child(window, QWidget, "work_bar").isVisible()
    assert ("Importing file {done} of {total}…", 0, 0) in seen
    rows = child(window, ImportReportDialog, "import_report").model.rows
    imported = sum(r.outcome == "imported" for r in rows)
    stopped = sum(r.outcome == "stopped" for r in rows)
    assert imported >= 1 and stopped > 0 and imported + stopped == 600
    assert corpus.count() == 5 + imported  # what was read is stored, nothing half
    assert list_model(window).rowCount() == 5 + imported
    action(window, "undo").trigger()  # the import, stopped or not, is one step
    assert corpus.count() == 5


def test_properties_show_a_month_only_date_as_the_month_and_ask_for_the_day(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    window.open_article(1)  # type: ignore[arg-type]  # seed 000: "agreed last month at …"
    action(window, "properties").trigger()
    dialog = child(window, PropertiesDialog, "properties_dialog")
    inferred = child(dialog, QLabel, "published_inferred")
    assert inferred.text().startswith("Inferred 2023-12 (month only) from:")
    assert inferred.text().endswith("Not confirmed: enter the day.")
    assert child(dialog, QPushButton, "confirm_published").isHidden()
    assert child(dialog, QLineEdit, "published").placeholderText() == "2023-12-DD"
    dialog.close()


def test_properties_show_the_inferred_date_and_confirm_it_in_one_click(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    window.open_article(4)  # type: ignore[arg-type]
    action(window, "properties").trigger()
    dialog = child(window, PropertiesDialog, "properties_dialog")
    published = dialog.findChild(QLineEdit, "published")
    inferred = dialog.findChild(QLabel, "published_inferred")
    confirm = dialog.findChild(QPushButton, "confirm_published")
    url = dialog.findChild(QLineEdit, "source_url")
    assert published is not None and inferred is not None and confirm is not None
    assert url is not None
    assert published.text() == ""
    assert inferred.text().startswith("Inferred 2024-01-09 (week) from: Tuesday, Jan. 9")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert published.text() == "2024-01-09"
    url.setText("https://example.org/dpct")
    dialog.save()
    article = corpus.article(4)  # type: ignore[arg-type]
    assert article is not None
    assert (str(article.published), article.source_url) == (
        "2024-01-09",
        "https://example.org/dpct",
    )
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    action(window, "properties").trigger()
    dialog = child(window, PropertiesDialog, "properties_dialog")
    dialog.findChild(QLineEdit, "source_url").setText("not a url")  # type: ignore[union-attr]
    dialog.save()
    assert "not a web address" in dialog.error.text()
    assert corpus.article(ArticleId(4)).source_url == "https://example.org/dpct"  # type: ignore[union-attr]


def test_typing_runs_one_search_per_pause(qtbot: QtBot, window: MainWindow, corpus: Corpus) -> None:
    from sqlalchemy import event

    from dragon_reader.ui.filter_bar import FilterBar
    from tests.ui.find import list_model

    searches: list[str] = []
    event.listen(
        corpus.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: (
            searches.append(statement) if "MATCH" in statement else None
        ),
    )
    qtbot.keyClicks(child(window, FilterBar, "filter_bar").search, "sullivan vie")
    assert searches == []  # nothing while typing
    qtbot.waitUntil(lambda: list_model(window).rowCount() == 1)
    qtbot.wait(300)
    # One statement per pause: the ranked page, its snippets and the count of every hit.
    assert len(searches) == 1
    assert all(part in searches[0] for part in ("bm25", "snippet", "count"))


def test_a_search_from_a_scrolled_list_reads_one_page_until_the_hits_are_scrolled(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from sqlalchemy import event

    from dragon_reader.ui.article_list import SEARCH_PAGE
    from tests.ui.find import list_model

    for number in range(2 * SEARCH_PAGE + 10):
        corpus.import_text(f"Call {number}\n\nThe hotline rang {number} times.")
    list_model(window).reload()
    view = article_list(window)
    view.scrollToBottom()
    assert view.verticalScrollBar().value() > 0
    searches: list[str] = []
    event.listen(
        corpus.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: (
            searches.append(statement) if "MATCH" in statement else None
        ),
    )
    bar = child(window, FilterBar, "filter_bar")
    bar.search.setText("hotline")
    bar.flush()
    view.viewport().repaint()
    qtbot.wait(50)
    assert list_model(window).rowCount() == SEARCH_PAGE
    assert len(searches) == 1
    assert label(window, "count_label").text().startswith(f"{2 * SEARCH_PAGE + 10} shown")
    view.scrollToBottom()  # the user scrolls to the last hit: the next page comes
    qtbot.waitUntil(lambda: list_model(window).rowCount() == 2 * SEARCH_PAGE)
    assert len(searches) == 2


def test_the_reader_highlights_the_words_the_search_matched(
    qtbot: QtBot, window: MainWindow
) -> None:
    from dragon_reader.ui.current_article import SEARCH_MATCH_COLOR
    from tests.ui.find import list_model

    bar = child(window, FilterBar, "filter_bar")
    bar.search.setText("sullivan vie")
    bar.flush()
    (hit,) = [list_model(window).article_id_at(row) for row in range(list_model(window).rowCount())]
    qtbot.waitUntil(lambda: window.current_article_id == hit)  # the hit opens
    text = reader(window).toPlainText()

    def look(word: str) -> tuple[bool, bool]:
        """Whether the first ``word`` in the reader is bold and has the search colour."""
        position = reader(window).offset_map.to_position(text.index(word))
        cursor = QTextCursor(reader(window).document())
        cursor.setPosition(position + 1)
        char = cursor.charFormat()
        return char.fontWeight() == 700, char.background().color() == SEARCH_MATCH_COLOR

    qtbot.waitUntil(lambda: look("Sullivan") == (True, True))
    assert look("Vienna") == (True, True)  # the last word, a prefix
    assert look("Wang") == (False, False)
    bar.search.clear()
    bar.flush()
    qtbot.waitUntil(lambda: look("Sullivan") == (False, False))


def test_a_brat_folder_imports_with_its_tags_and_the_report_lists_what_was_left_out(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    folder = tmp_path / "from_brat"
    folder.mkdir()
    (folder / "talks.txt").write_text("Austin spoke with Dong Jun by video.", encoding="utf-8")
    (folder / "talks.ann").write_text(
        "T1\tPERSON 0 6\tAustin\n"
        "T2\tPERSON 18 26\tDong Jun\n"
        "T3\tEvent 7 12\tspoke\n"
        "E1\tEvent:T3 Actor:T1 Recipient:T2\n"
        "#1\tAnnotatorNotes E1\tentry: Austin-Dong video call; date: 2024-04\n"
        "T4\tMISC 30 35\tvideo\n",
        encoding="utf-8",
    )
    (folder / "annotation.conf").write_text("[entities]\nPERSON\n", encoding="utf-8")
    assert window.import_files([folder])
    settle(qtbot, window)
    assert corpus.count() == 6
    (tag,) = [t for t in corpus.coding.all_tags() if t.text == "spoke"]
    assert [f.text for f in corpus.slots.slots(tag.id)] == ["Austin", "Dong Jun"]
    dialog = child(window, ImportReportDialog, "import_report")
    assert [(Path(r.source).name, r.outcome) for r in dialog.model.rows] == [
        ("annotation.conf", "skipped"),  # listed, with its reason
        ("talks.ann", "imported"),
    ]
    assert dialog.model.rows[0].reason == "brat's settings, not needed to import its annotations"
    notes = label(dialog, "import_notes")
    assert notes.text() == "talks.ann: 1 annotation with labels outside the codebook: MISC ×1"
    assert notes.textFormat() == Qt.TextFormat.PlainText
    action(window, "undo").trigger()  # the article, its tag and its slots: one step
    assert corpus.count() == 5 and not any(t.text == "spoke" for t in corpus.coding.all_tags())


def test_the_published_field_has_its_alt_key_not_a_visible_ampersand(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    action(window, "properties").trigger()
    dialog = child(window, PropertiesDialog, "properties_dialog")
    published = child(dialog, QLineEdit, "published")
    label = child(dialog, QLabel, "published_label")
    assert label.buddy() is published  # so "&P" is Alt+P, drawn as an underlined P
    dialog.reject()


def test_the_import_report_names_each_failed_jsonl_line_and_each_skipped_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import json

    from PySide6.QtWidgets import QTableView

    folder = tmp_path / "batch"
    folder.mkdir()
    lines = [
        {"text": "Biden met Xi in Woodside.", "label": [[0, 5, "PERSON"]]},
        {"text": "Austin called Dong Jun.", "label": [[0, 6]]},
    ]
    (folder / "doccano.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8"
    )
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 <b>x</b>")
    assert window.import_files([folder])
    settle(qtbot, window)
    dialog = child(window, ImportReportDialog, "import_report")
    table = child(dialog, QTableView, "import_report_table")
    model = table.model()
    rows = {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }
    assert rows["doccano.jsonl, line 1"][0] == "imported"
    outcome, reason = rows["doccano.jsonl, line 2"]
    assert outcome == "failed"
    assert '“label” item 1: expected a span [start, end, "LABEL"]' in reason
    assert rows["scan.pdf"][0] == "skipped"
    pdf = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "scan.pdf")
    assert model.index(pdf, 0).data(Qt.ItemDataRole.ToolTipRole) == str(folder / "scan.pdf")


def test_the_import_dialogs_open_where_the_last_import_came_from(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QObject

    files = child(window, QObject, "files_controller")
    monkeypatch.chdir(tmp_path)  # the folder the app was started from is no default
    assert files.start_folder() == str(Path.home())  # type: ignore[attr-defined]
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "talks.txt"
    article.write_text("Austin spoke with Dong Jun by video.", encoding="utf-8")
    assert window.import_files([article])
    settle(qtbot, window)
    assert files.start_folder() == str(folder)  # type: ignore[attr-defined]


def test_properties_show_a_long_inferred_evidence_whole(
    qtbot: QtBot, window: MainWindow, corpus: Corpus
) -> None:
    from PySide6.QtWidgets import QLabel

    window.open_article(1)  # type: ignore[arg-type]  # dated through a long sentence
    action(window, "properties").trigger()
    dialog = child(window, PropertiesDialog, "properties_dialog")
    qtbot.waitExposed(dialog)
    inferred = dialog.findChild(QLabel, "published_inferred")
    assert inferred is not None and len(inferred.text()) > 150
    # Tall enough for every wrapped line of the quoted sentence: none is cut off.
    assert inferred.height() >= inferred.heightForWidth(inferred.width())
    dialog.close()


def test_a_refused_date_in_properties_stops_being_shown_once_the_date_is_edited(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    window.open_article(4)  # type: ignore[arg-type]
    action(window, "properties").trigger()
    dialog = child(window, PropertiesDialog, "properties_dialog")
    published = dialog.findChild(QLineEdit, "published")
    error = dialog.findChild(QLabel, "error")
    assert published is not None and error is not None
    published.setText("March 3 2024")
    dialog.save()
    assert "'March 3 2024' is not a date: write the day as YYYY-MM-DD" in error.text()
    published.setText("2023-12")  # a month: the message asks for its day, in its month
    dialog.save()
    assert "'2023-12' is a month: write the day too, e.g. 2023-12-15" in error.text()
    published.setText("2024-13-09")
    dialog.save()
    assert dialog.isVisible() and "'2024-13-09' is not a real date" in error.text()
    qtbot.keyClick(published, Qt.Key.Key_Backspace)
    assert error.text() == ""
    dialog.save()
    assert error.text()
    confirm = dialog.findChild(QPushButton, "confirm_published")
    assert confirm is not None
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)  # the inferred date fills it in
    assert published.text() == "2024-01-09" and error.text() == ""
    dialog.reject()  # Cancel: discards without asking


def test_the_status_bar_offers_ctrl_z_only_when_an_import_left_something_to_undo(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert window.import_files([empty])
    settle(qtbot, window)
    said = window.statusBar().currentMessage()
    assert "0 imported" in said and "Ctrl+Z" not in said
    assert not action(window, "undo").isEnabled()
    story = tmp_path / "talks.txt"
    story.write_text("Talks resume\n\nAustin spoke with Dong Jun by video.", encoding="utf-8")
    assert window.import_files([story])
    settle(qtbot, window)
    said = window.statusBar().currentMessage()
    assert "1 imported" in said and "Ctrl+Z undoes" in said
    assert action(window, "undo").isEnabled()
    # A second import of nothing after it: Ctrl+Z would undo the first, so it is not offered.
    assert window.import_files([empty])
    settle(qtbot, window)
    assert "Ctrl+Z" not in window.statusBar().currentMessage()


def test_the_import_report_says_annotated_when_a_stored_text_got_annotations(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    import json

    from PySide6.QtWidgets import QTableView

    text = corpus.article(ArticleId(1)).text  # type: ignore[union-attr]
    start = text.index("Beijing")
    line = {"text": text, "label": [[start, start + 7, "GPE"], [0, 4, "PERSON"]]}
    (tmp_path / "again.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert window.import_files([tmp_path / "again.jsonl"])
    settle(qtbot, window)
    dialog = child(window, ImportReportDialog, "import_report")
    model = child(dialog, QTableView, "import_report_table").model()
    assert (model.index(0, 1).data(), model.index(0, 2).data()) == (
        "annotated",
        "same text as article 1; 0 tag(s) and 2 entity mark(s) read into it",
    )
