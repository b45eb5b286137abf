"""Every export the window writes, in the work thread: File ▸ Export…, the agreement
report and the sessions (one implementation for every controller and dialog)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from dragon_reader.services.errors import ExportError
from dragon_reader.services.exports import ExportRequest, ExportStopped, run_export
from dragon_reader.services.interchange import ExportResult
from dragon_reader.ui.desk import Desk
from dragon_reader.ui.plain_text import plain

Outcome = ExportResult | str | None  # the result, a failure's message, or None: stopped


def start_export(
    desk: Desk, request: ExportRequest, then: Callable[[Outcome], None] | None = None
) -> bool:
    """Write ``request``'s export in the work thread, with progress and Stop in the status
    bar; False when other work is still running. The target is replaced only when the
    export completes: a failed or stopped export leaves it as it was (a failure is shown
    in a message box, a stop in the status bar). ``then(outcome)`` follows, if given."""
    corpus = desk.corpus
    name = request.target.name.replace("{", "{{").replace("}", "}}")  # shown by format()

    def call(progress: Callable[[int, int], bool]) -> Outcome:
        try:
            return run_export(corpus, request, progress)
        except ExportStopped:
            return None
        except ExportError as exc:
            return str(exc)

    def finished(outcome: Outcome) -> None:
        _report(desk, request, outcome)
        if then is not None:
            then(outcome)

    return desk.bus.start("Exporting {done} of {total} to " + name + "…", call, finished)


def _report(desk: Desk, request: ExportRequest, outcome: Outcome) -> None:
    if outcome is None:
        desk.say(f"Export stopped; {request.target} was left as it was.", 10_000)
    elif isinstance(outcome, str):
        QMessageBox.warning(
            desk.window,
            "Export failed",
            plain(f"{outcome}\n\nNothing was changed; {request.target} is as it was."),
        )
    else:
        desk.say(f"Exported {outcome.rows} {request.unit} to {outcome.path}", 10_000)
