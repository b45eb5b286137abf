"""Tag ▸ Agreement report… in the real window: the coders' figures with their units, and
the CSV export with the same columns as ``dragon-reader agreement --csv``."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from dragon_reader.services.agreement import CSV_COLUMNS
from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.agreement_dialog import AgreementDialog
from dragon_reader.ui.main_window import MainWindow
from tests.ui.curation_data import code_article_one
from tests.ui.find import action, bus, child


def test_the_report_lists_figures_and_exports_csv(
    qtbot: QtBot, window: MainWindow, corpus: Corpus, tmp_path: Path
) -> None:
    code_article_one(corpus)
    action(window, "agreement").trigger()
    dialog = child(window, AgreementDialog, "agreement_dialog")
    assert "Coders: ana, bo (cohen's kappa)" in child(dialog, QLabel, "agreement_summary").text()
    model = child(dialog, QTableView, "agreement_table").model()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert "event kind" in rows and "channel slot status" in rows
    assert model.index(rows["channel slot status"], 4).data() == "1"  # one matched unit
    out = tmp_path / "agreement.csv"
    dialog.export(out)
    assert bus(window).busy  # written in the work thread, the window free meanwhile
    qtbot.waitUntil(lambda: not bus(window).busy)
    summary = child(dialog, QLabel, "agreement_summary").text()
    assert summary.startswith("Wrote ") and str(out) in summary
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        written = list(reader)
    assert len(written) > len(rows)  # the CSV also has each article
    assert any(row["scope"] == "article" for row in written)
    assert f"Wrote {len(written)} row(s)" in summary
    dialog.reject()


def test_with_one_coder_the_dialog_says_why_there_is_no_report(
    qtbot: QtBot, window: MainWindow
) -> None:
    action(window, "agreement").trigger()
    dialog = child(window, AgreementDialog, "agreement_dialog")
    assert "two or more coders" in child(dialog, QLabel, "agreement_summary").text()
    assert not child(dialog, QPushButton, "agreement_export").isEnabled()
    dialog.reject()
