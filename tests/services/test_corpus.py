from __future__ import annotations

from pathlib import Path

import pytest

from dragon_reader.domain.articles import ArticleStatus
from dragon_reader.domain.text import normalize_newlines
from dragon_reader.services.corpus import Corpus, open_corpus
from tests.conftest import SEEDS_DIR


def test_first_start_imports_the_five_seeds(tmp_path: Path) -> None:
    corpus = open_corpus(tmp_path / "db.sqlite3")
    rows = corpus.list_articles()
    assert [row.source_file for row in rows] == sorted(p.name for p in SEEDS_DIR.glob("*.txt"))
    assert len(rows) == 5
    corpus.close()


def test_later_starts_never_duplicate_or_resurrect_seeds(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_corpus(path).close()
    corpus = open_corpus(path)
    assert corpus.count() == 5
    corpus.close()


def test_stored_text_equals_each_seed_files_text(corpus: Corpus) -> None:
    """The offsets invariant: spans into stored text are spans into the file."""
    for row in corpus.list_articles():
        stored = corpus.article(row.id)
        assert stored is not None
        file_text = (SEEDS_DIR / str(row.source_file)).read_text(encoding="utf-8")
        assert stored.text == normalize_newlines(file_text)
        assert stored.text == file_text  # the seeds have LF line ends and no BOM


def test_import_reports_every_file_and_keeps_going(empty_corpus: Corpus, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Xi met Biden.\r\nThey talked.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "bad.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "in" / "again.md").write_text("Xi met Biden.\nThey talked.", encoding="utf-8")
    report = empty_corpus.import_paths([tmp_path / "in"])
    outcomes = {Path(item.source).name: item.outcome for item in report.outcomes}
    assert outcomes == {
        "again.md": "imported",
        "bad.txt": "imported",  # Latin-1 bytes: read as Windows-1252, and the report says so
        "empty.txt": "failed",
        "good.txt": "duplicate",
    }
    assert empty_corpus.count() == 2
    assert report.summary() == "2 imported, 1 duplicate(s) skipped, 1 failed"


def test_import_of_a_seed_again_is_a_duplicate(corpus: Corpus) -> None:
    report = corpus.import_paths([next(SEEDS_DIR.glob("000_*.txt"))])
    assert report.duplicates == 1
    assert corpus.count() == 5


def test_sorting_happens_in_the_database(corpus: Corpus) -> None:
    by_words = [row.word_count for row in corpus.list_articles("words")]
    assert by_words == sorted(by_words)
    ids_desc = corpus.article_ids("words", descending=True)
    assert [corpus.summaries([i])[i].word_count for i in ids_desc] == sorted(by_words, reverse=True)


def test_status_changes_are_kept(corpus: Corpus, db_url: str) -> None:
    first = corpus.article_ids()[0]
    corpus.set_status(first, ArticleStatus.DONE)
    reopened = Corpus.open(db_url)
    assert reopened.count_by_status()[ArticleStatus.DONE] == 1
    reopened.close()


def test_pasted_text_becomes_an_article(empty_corpus: Corpus) -> None:
    outcome = empty_corpus.import_text("Pasted\r\nnews")
    assert outcome.outcome == "imported"
    assert outcome.article_id is not None
    article = empty_corpus.article(outcome.article_id)
    assert article is not None
    assert article.text == "Pasted\nnews"
    assert empty_corpus.import_text("  ").outcome == "failed"


def test_text_opening_with_a_full_stop_is_imported(empty_corpus: Corpus) -> None:
    outcome = empty_corpus.import_text(". Officials in Beijing met on Monday. More followed.")
    assert outcome.outcome == "imported"
    assert outcome.article_id is not None
    article = empty_corpus.article(outcome.article_id)
    assert article is not None
    assert article.title == "Untitled"


def test_an_import_stopped_midway_keeps_what_was_read_and_lists_the_rest(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for number in range(30):
        (folder / f"{number:02}.txt").write_text(f"Report {number}: Austin met Dong Jun.\n")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 10

    report = empty_corpus.import_paths([folder], progress)
    assert seen[-1] == (10, 30)
    assert [o.outcome for o in report.outcomes] == ["imported"] * 10 + ["stopped"] * 20
    assert (
        report.summary() == "10 imported, 0 duplicate(s) skipped, 0 failed, 20 left out (stopped)"
    )
    assert empty_corpus.count() == 10
    assert all(empty_corpus.entities.mentions(o.article_id) for o in report.outcomes[:10])  # type: ignore[arg-type]
    again = empty_corpus.import_paths([folder])  # the rest comes in later, nothing twice
    assert (again.imported, again.duplicates) == (20, 10)


def test_a_read_only_database_opens_for_reading_and_export_and_refuses_changes(
    read_only_db: Path, tmp_path: Path
) -> None:
    import hashlib

    from dragon_reader.domain.coding import TagKind
    from dragon_reader.services.corpus import database_read_only_reason, open_corpus
    from dragon_reader.services.errors import StorageError
    from dragon_reader.services.exports import ExportRequest, run_export

    before = hashlib.sha256(read_only_db.read_bytes()).hexdigest()
    assert database_read_only_reason(read_only_db) is not None
    corpus = open_corpus(read_only_db)  # found read-only by itself
    try:
        assert corpus.read_only
        assert corpus.count() == 5
        event = corpus.coding.events()[0]
        with pytest.raises(StorageError, match="open read-only"):
            corpus.coding.tag_span(1, 0, 2, TagKind.EVENT, event.id)
        out = tmp_path / "tags.csv"
        run_export(corpus, ExportRequest(out))
        assert out.read_text(encoding="utf-8-sig").startswith("tag_id,")
    finally:
        corpus.close()
    assert hashlib.sha256(read_only_db.read_bytes()).hexdigest() == before
