"""One export, whatever its kind and format: what the window (in its work thread) and the
command line both run.

Every format goes through the same filters (``Interchange.exported_tag_ids``) and writes
atomically (a temporary file, or folder for brat, renamed into place when complete), so an
export that fails or is stopped leaves the target path exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from dragon_reader.services.agreement import agreement_report
from dragon_reader.services.agreement import write_csv as write_agreement_csv
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.interchange import (
    ExportFilters,
    ExportOptions,
    ExportResult,
    Interchange,
)
from dragon_reader.services.plover import export_plover

# progress(done, total) as the export goes; returning False stops it (nothing is written).
Progress = Callable[[int, int], bool | None]


class ExportWhat(StrEnum):
    """What an export writes."""

    TAGS = "tags"
    CODEBOOK = "codebook"
    ENTITIES = "entities"
    AGREEMENT = "agreement"  # the agreement report of every coder with tags
    SESSIONS = "sessions"  # the annotation sessions


class ExportFormat(StrEnum):
    """How tags are written (everything else is always CSV)."""

    CSV = "csv"
    JSONL = "jsonl"
    BRAT = "brat"
    PLOVER = "plover"


class ExportStopped(Exception):
    """The export was stopped before it completed; its target was left as it was."""


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """An export's settings: what, in which format, where, and which tags."""

    target: Path
    what: ExportWhat = ExportWhat.TAGS
    format: ExportFormat = ExportFormat.CSV
    filters: ExportFilters = field(default_factory=ExportFilters)
    options: ExportOptions = field(default_factory=ExportOptions)

    @property
    def unit(self) -> str:
        """What ``ExportResult.rows`` counts, for a message ("tag row(s)", "article(s)")."""
        if self.what != ExportWhat.TAGS:
            return f"{self.what.value} row(s)"
        return {
            ExportFormat.JSONL: "article(s)",  # one line per article, with its tags
            ExportFormat.BRAT: "tag(s)",
            ExportFormat.PLOVER: "PLOVER record(s)",
        }.get(self.format, "tag row(s)")


def run_export(
    corpus: Corpus, request: ExportRequest, progress: Progress | None = None
) -> ExportResult:
    """Write ``request``'s export; the database is only read.

    ``progress(done, total)`` is called as rows, articles or records are written (often
    enough for a progress bar, not for every row); when it returns ``False`` the export
    stops, its partial output is removed and ``ExportStopped`` is raised. Raises
    ``ExportError`` (with a message for the user) when the target cannot be written; the
    target is then left as it was too. The agreement report raises ``ValueError`` (with
    its reason) when fewer than two coders have tags.
    """

    def report(done: int, total: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise ExportStopped(f"the export to {request.target} was stopped")

    interchange = Interchange(corpus)
    target = Path(request.target)
    if request.what == ExportWhat.CODEBOOK:
        return interchange.export_codebook_csv(target, request.options)
    if request.what == ExportWhat.ENTITIES:
        return interchange.export_entities_csv(target, request.options, report)
    if request.what == ExportWhat.AGREEMENT:  # as ``dragon-reader agreement --csv``
        report(0, 1)
        return ExportResult(target, write_agreement_csv(agreement_report(corpus), target))
    if request.what == ExportWhat.SESSIONS:
        report(0, 1)
        return ExportResult(target, corpus.sessions.export_csv(target, bom=request.options.bom))
    if request.format == ExportFormat.JSONL:
        return interchange.export_jsonl(target, request.filters, report)
    if request.format == ExportFormat.BRAT:
        return interchange.export_brat(target, request.filters, report)
    if request.format == ExportFormat.PLOVER:
        return export_plover(interchange, target, request.filters, report)
    # Without a progress bar (the command line) the rows are not counted beforehand.
    return interchange.export_tags_csv(
        target, request.filters, request.options, report if progress is not None else None
    )
