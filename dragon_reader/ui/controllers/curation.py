"""Team work: the curator's view of an article's coders' tags side by side, and the
agreement report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from dragon_reader.ui.actions import MainAction
from dragon_reader.ui.agreement_dialog import AgreementDialog
from dragon_reader.ui.curation_dialog import CurationDialog
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.exporting import start_export


class CurationController(QObject):
    """Opens the curation view of the shown article (accepting runs through the bus)."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.setObjectName("curation_controller")
        self.desk = desk
        self.dialog: CurationDialog | None = None
        self.agreement: AgreementDialog | None = None

    def handlers(self) -> dict[MainAction, Callable[[], object]]:
        """The actions this controller carries out."""
        return {MainAction.CURATE: self.open_curation, MainAction.AGREEMENT: self.open_agreement}

    def open_agreement(self) -> AgreementDialog:
        """Tag ▸ Agreement report…"""
        dialog = AgreementDialog(self.desk.corpus, self.desk.window)
        dialog.export_requested.connect(
            lambda request: start_export(self.desk, request, dialog.exported)
        )
        dialog.open()
        self.agreement = dialog
        return dialog

    def open_curation(self) -> CurationDialog | None:
        """Show the curation view of the article in the reader (one at a time)."""
        article_id = self.desk.current.article_id
        if article_id is None:
            self.desk.say("Open an article first, then curate it.", 5000)
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        shared = (self.desk.actions[MainAction.UNDO], self.desk.actions[MainAction.REDO])
        self.dialog = CurationDialog(
            self.desk.corpus, self.desk.bus, int(article_id), shared, self.desk.window
        )
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
