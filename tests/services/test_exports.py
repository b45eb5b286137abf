"""One export call for every kind and format: the same filters, and a stop that writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragon_reader.services.corpus import Corpus
from dragon_reader.services.errors import ExportError
from dragon_reader.services.exports import (
    ExportFormat,
    ExportRequest,
    ExportStopped,
    ExportWhat,
    run_export,
)
from dragon_reader.services.interchange import ExportFilters
from tests.services.test_interchange import (
    FILTER_CASES,
    brat_tags,
    csv_tags,
    jsonl_tags,
    read_csv,
    tagged,
)

__all__ = ["tagged"]  # the fixture, shared with the tests of Interchange


@pytest.mark.parametrize(("filters", "expected"), FILTER_CASES)
def test_every_format_exports_the_same_tags(
    tagged: Corpus, tmp_path: Path, filters: ExportFilters, expected: int
) -> None:
    """CSV, JSONL, brat and PLOVER follow one filter: the same tags in each."""

    def export(fmt: ExportFormat, name: str) -> Path:
        run_export(tagged, ExportRequest(tmp_path / name, format=fmt, filters=filters))
        return tmp_path / name

    from_csv = csv_tags(export(ExportFormat.CSV, "tags.csv"))
    _, from_jsonl = jsonl_tags(export(ExportFormat.JSONL, "tags.jsonl"))
    _, from_brat = brat_tags(tagged, export(ExportFormat.BRAT, "brat"))
    plover = export(ExportFormat.PLOVER, "plover.jsonl").read_text(encoding="utf-8")
    plover_ids = {json.loads(line)["id"] for line in plover.splitlines()}
    csv_ids = {f"dragon-reader-tag-{row['tag_id']}" for row in read_csv(tmp_path / "tags.csv")}
    assert len(from_csv) == expected
    assert from_jsonl == from_brat == from_csv
    assert plover_ids == csv_ids


WHAT_AND_FORMAT = [
    (ExportWhat.TAGS, ExportFormat.CSV, "tags.csv"),
    (ExportWhat.TAGS, ExportFormat.JSONL, "tags.jsonl"),
    (ExportWhat.TAGS, ExportFormat.BRAT, "brat"),
    (ExportWhat.TAGS, ExportFormat.PLOVER, "plover.jsonl"),
    (ExportWhat.ENTITIES, ExportFormat.CSV, "entities.csv"),
]


@pytest.mark.parametrize(("what", "fmt", "name"), WHAT_AND_FORMAT)
def test_progress_is_reported_up_to_the_total(
    tagged: Corpus, tmp_path: Path, what: ExportWhat, fmt: ExportFormat, name: str
) -> None:
    seen: list[tuple[int, int]] = []
    request = ExportRequest(tmp_path / name, what, fmt)

    def note(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    run_export(tagged, request, note)
    assert seen, "no progress reported"
    done, total = seen[-1]
    assert done == total > 0
    assert all(d <= t for d, t in seen)


@pytest.mark.parametrize(("what", "fmt", "name"), WHAT_AND_FORMAT)
def test_a_stopped_export_leaves_the_target_as_it_was(
    tagged: Corpus, tmp_path: Path, what: ExportWhat, fmt: ExportFormat, name: str
) -> None:
    target = tmp_path / "out" / name
    target.parent.mkdir()  # an export never makes the folder it is written in
    run_export(tagged, ExportRequest(target, what, fmt))  # an earlier export is there
    before = snapshot(target)
    with pytest.raises(ExportStopped):
        run_export(tagged, ExportRequest(target, what, fmt), lambda done, total: False)
    assert snapshot(target) == before
    assert sorted(p.name for p in target.parent.iterdir()) == [name]  # no partial output

    fresh = tmp_path / "new" / name
    fresh.parent.mkdir()
    with pytest.raises(ExportStopped):
        run_export(tagged, ExportRequest(fresh, what, fmt), lambda done, total: False)
    assert not fresh.exists()
    assert list(fresh.parent.iterdir()) == []


def test_a_stop_late_in_the_export_writes_nothing_either(tagged: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "out" / "tags.jsonl"
    target.parent.mkdir()
    calls: list[int] = []

    def stop_at_the_last_article(done: int, total: int) -> bool:
        calls.append(done)
        return done < total - 1

    with pytest.raises(ExportStopped):
        run_export(
            tagged, ExportRequest(target, format=ExportFormat.JSONL), stop_at_the_last_article
        )
    assert len(calls) == 5  # stopped before the fifth of five articles
    assert list(target.parent.iterdir()) == []


def test_a_failed_export_raises_the_reason(tagged: Corpus, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="cannot write"):
        run_export(tagged, ExportRequest(blocker / "tags.csv"))
    assert blocker.read_text() == "not a folder"


def test_the_codebook_is_exported_through_the_same_call(tagged: Corpus, tmp_path: Path) -> None:
    request = ExportRequest(tmp_path / "codebook.csv", ExportWhat.CODEBOOK)
    result = run_export(tagged, request)
    assert result.rows == len(read_csv(tmp_path / "codebook.csv")) > 0
    assert request.unit == "codebook row(s)"


def snapshot(path: Path) -> dict[str, bytes]:
    """A file's bytes, or a folder's files' bytes by name."""
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return {path.name: path.read_bytes()}


def test_the_agreement_report_and_the_sessions_are_exported_through_the_same_call(
    corpus: Corpus, tmp_path: Path
) -> None:
    """What the window writes in its work thread: the same call as every other export,
    stopped before a row is written like the others."""
    from tests.ui.curation_data import code_article_one

    code_article_one(corpus)
    corpus.sessions.start("ana")
    agreement = ExportRequest(tmp_path / "agreement.csv", ExportWhat.AGREEMENT)
    result = run_export(corpus, agreement)
    rows = read_csv(tmp_path / "agreement.csv")
    assert result.rows == len(rows) > 0 and "alpha_u" in rows[0]
    sessions = ExportRequest(tmp_path / "sessions.csv", ExportWhat.SESSIONS)
    assert run_export(corpus, sessions).rows == 1
    assert read_csv(tmp_path / "sessions.csv")[0]["annotator"] == "ana"
    with pytest.raises(ExportStopped):
        run_export(corpus, ExportRequest(tmp_path / "new.csv", ExportWhat.AGREEMENT), stop)
    with pytest.raises(ExportStopped):
        run_export(corpus, ExportRequest(tmp_path / "new.csv", ExportWhat.SESSIONS), stop)
    assert not (tmp_path / "new.csv").exists()


def stop(_done: int, _total: int) -> bool:
    """A progress callback that stops the export at once."""
    return False
