"""Files: import (files, folders, dropped files, pasted text), export, backups."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dragon_reader.services.corpus import ImportReport
from dragon_reader.services.exports import ExportRequest
from dragon_reader.services.interchange import Interchange
from dragon_reader.services.merge import MergeReport, merge_database
from dragon_reader.ui.actions import MainAction
from dragon_reader.ui.backup_dialog import BackupDialog
from dragon_reader.ui.database_dialog import DatabaseDialog
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.export_dialog import ExportDialog
from dragon_reader.ui.exporting import start_export
from dragon_reader.ui.import_dialogs import ImportReportDialog

SETTINGS_IMPORT_FOLDER = "import/last_folder"
SETTINGS_EXPORT_TARGET = "export/last_target"  # the last export's file: the next one starts there


class FilesController(QObject):
    """Brings articles in and data out; every import is one undoable operation.

    Signals:
        open_requested(int): an import asks to open its first new article.
    """

    open_requested = Signal(int)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.setObjectName("files_controller")
        self.desk = desk
        self.report_dialog: ImportReportDialog | None = None
        self.merge_report: QMessageBox | None = None
        self.database_dialog: DatabaseDialog | None = None
        self.restart_question: QMessageBox | None = None

    def handlers(self) -> dict[MainAction, Callable[[], object]]:
        """The actions this controller carries out."""
        return {
            MainAction.IMPORT: self.ask_import,
            MainAction.IMPORT_FOLDER: self.ask_import_folder,
            MainAction.PASTE_ARTICLE: self.paste_as_article,
            MainAction.EXPORT: self.open_export_dialog,
            MainAction.BACKUPS: self.open_backups,
            MainAction.MERGE: self.ask_merge,
            MainAction.DATABASE: self.open_database_dialog,
        }

    def import_files(self, paths: list[Path]) -> bool:
        """Import files and folders (with JSONL files, this app's or doccano's, and brat
        standoff ``.ann`` files) in the work thread, then open the first new article and
        show the report when something needs saying (a failure, several files, annotations
        left out); False when other work is still running.

        The status bar shows the progress with Stop: what was read until then is stored
        (one undo step), the rest is listed as left out."""
        if paths:  # the next Import… dialog opens where these came from
            first = paths[0]
            folder = first if first.is_dir() else first.parent
            self.desk.settings.setValue(SETTINGS_IMPORT_FOLDER, str(folder))
        interchange = Interchange(self.desk.corpus)
        before = self.desk.undo_mark()
        return self.desk.bus.start(
            "Importing file {done} of {total}…",
            lambda report: interchange.import_paths(paths, report),
            lambda report: self._after_import(report, before),
        )

    def paste_as_article(self) -> ImportReport | None:
        """Store the clipboard's text as a new article and open it."""
        text = QApplication.clipboard().text()
        corpus = self.desk.corpus
        before = self.desk.undo_mark()
        outcome = self.desk.bus.run(lambda: corpus.import_text(text, ""))
        if outcome is None:
            return None
        report = ImportReport([outcome])
        self._after_import(report, before)
        return report

    def start_folder(self) -> str:
        """Where the Import dialogs open: the folder of the last import (files chosen,
        dropped or named), else the home folder — never the folder the app was started
        from."""
        folder = self.desk.settings.value(SETTINGS_IMPORT_FOLDER)
        if isinstance(folder, str) and Path(folder).is_dir():
            return folder
        return str(Path.home())

    def ask_import(self) -> None:
        """File ▸ Import files…"""
        names, _ = QFileDialog.getOpenFileNames(
            self.desk.window,
            "Import articles",
            self.start_folder(),
            "Articles and annotations (*.txt *.md *.markdown *.html *.htm *.jsonl *.ann);;"
            "brat standoff (*.ann);;JSONL, this app's or doccano's (*.jsonl);;All files (*)",
        )
        if names:
            self.import_files([Path(name) for name in names])

    def ask_import_folder(self) -> None:
        """File ▸ Import folder…"""
        folder = QFileDialog.getExistingDirectory(
            self.desk.window, "Import a folder of articles (or a brat folder)", self.start_folder()
        )
        if folder:
            self.import_files([Path(folder)])

    def open_database_dialog(self) -> DatabaseDialog:
        """File ▸ Database…; once a database is chosen, offer to restart on it."""
        shown = self.desk.corpus.database.url.removeprefix("sqlite:///")  # password hidden
        dialog = DatabaseDialog(self.desk.settings, shown, self.desk.window)
        dialog.chosen.connect(self._offer_restart)
        dialog.open()
        self.database_dialog = dialog
        return dialog

    def _offer_restart(self, target: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Database",
            f"Dragon Reader opens {target or 'the default database'} from its next start.",
            parent=self.desk.window,
        )
        box.setObjectName("restart_question")
        box.setTextFormat(Qt.TextFormat.PlainText)
        restart = box.addButton("Restart now", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
        restart.clicked.connect(self._restart)
        box.open()
        self.restart_question = box

    def _restart(self) -> None:
        """Start a new Dragon Reader (on the remembered database) and close this one."""
        QProcess.startDetached(sys.executable, ["-m", "dragon_reader"])
        self.desk.window.close()

    def ask_merge(self) -> None:
        """File ▸ Merge another database…"""
        name, _ = QFileDialog.getOpenFileName(
            self.desk.window,
            "Merge another coder's database",
            "",
            "Dragon Reader databases (*.sqlite3 *.sqlite *.db);;All files (*)",
        )
        if name:
            self.merge_file(Path(name))

    def merge_file(self, other: Path) -> bool:
        """Merge ``other`` in the work thread (one undo step; Stop leaves nothing of it),
        then show what came in; False when other work is still running."""
        corpus = self.desk.corpus
        before = self.desk.undo_mark()
        return self.desk.bus.start(
            f"Merging {other.name}: {{done}} of {{total}} rows…",
            lambda progress: merge_database(corpus, other, progress),
            lambda report: self._after_merge(report, before),
        )

    def open_export_dialog(self) -> ExportDialog:
        """File ▸ Export…: the dialog asks, ``export`` writes."""
        last = self.desk.settings.value(SETTINGS_EXPORT_TARGET)
        dialog = ExportDialog(self.desk.corpus, self.desk.window, Path(str(last)) if last else None)
        dialog.setObjectName("export_dialog")
        dialog.export_requested.connect(self.export)
        dialog.open()
        return dialog

    def export(self, request: ExportRequest) -> bool:
        """Write ``request``'s export in the work thread (``ui.exporting.start_export``);
        False when other work is still running."""
        self.desk.settings.setValue(SETTINGS_EXPORT_TARGET, str(request.target))
        return start_export(self.desk, request)

    def open_backups(self) -> BackupDialog:
        """File ▸ Restore backup…; after a restore every view reads again (from the bus)."""
        dialog = BackupDialog(self.desk.corpus, self.desk.bus, self.desk.window)
        dialog.open()
        return dialog

    def _after_merge(self, report: MergeReport, before: object | None) -> None:
        self.desk.say(
            f"Merged {report.source}: {report.tags_added} new tag(s){self.desk.undo_hint(before)}"
        )
        box = QMessageBox(QMessageBox.Icon.Information, "Merge", "", parent=self.desk.window)
        box.setObjectName("merge_report")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names from the other database
        box.setText(report.summary())
        box.open()
        self.merge_report = box

    def _after_import(self, report: ImportReport, before: object | None) -> None:
        self.desk.say(f"Import: {report.summary()}{self.desk.undo_hint(before)}", 10_000)
        new = [o.article_id for o in report.outcomes if o.outcome == "imported" and o.article_id]
        if new:
            self.open_requested.emit(int(new[0]))
        unusual = [
            o
            for o in report.outcomes
            if o.outcome != "imported" or o.encoding not in (None, "utf-8", "utf-8-sig")
        ]
        if unusual or len(report.outcomes) > 1 or report.notes:
            self.report_dialog = ImportReportDialog(report, self.desk.window)
            self.report_dialog.setObjectName("import_report")
            self.report_dialog.open()
