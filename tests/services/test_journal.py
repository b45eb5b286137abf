"""Operations: one transaction, one undo step, a ``Changes`` value, the rules in services."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.changes import Changes
from dragon_reader.domain.coding import TagKind
from dragon_reader.services.coding import CodingError, NewEntry
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.journal import UndoError


def status_of(corpus: Corpus, article_id: int) -> ArticleStatus:
    article = corpus.article(ArticleId(article_id))
    assert article is not None
    return article.status


def test_tagging_with_a_new_entry_is_one_step_and_starts_the_article(corpus: Corpus) -> None:
    events = len(corpus.coding.events())
    with corpus.journal.collect() as box:
        tag = corpus.coding.tag_span(1, 0, 2, TagKind.EVENT, NewEntry("Brand new talks"))
    assert box.count == 1
    assert box.changes.tags and box.changes.codebook and box.changes.statuses
    assert box.changes.article_ids == frozenset({1})
    assert tag.entry_name == "Brand new talks"
    assert status_of(corpus, 1) == ArticleStatus.IN_PROGRESS
    undone = corpus.undo()
    assert undone is not None and undone.tags and undone.statuses
    assert corpus.coding.all_tags() == []
    assert len(corpus.coding.events()) == events
    assert status_of(corpus, 1) == ArticleStatus.NEW
    assert corpus.undo() is None  # one step, not three
    corpus.redo()
    assert [t.id for t in corpus.coding.all_tags()] == [tag.id]  # the very same tag
    assert status_of(corpus, 1) == ArticleStatus.IN_PROGRESS


def test_a_refused_operation_leaves_nothing_and_no_step(corpus: Corpus) -> None:
    with pytest.raises(CodingError):
        corpus.coding.tag_span(1, 0, 2, TagKind.EVENT, NewEntry(""))  # a name is required
    with pytest.raises(CodingError):
        corpus.coding.tag_span(1, 5, 5, TagKind.EVENT, NewEntry("Half made"))  # empty span
    assert "Half made" not in {e.name for e in corpus.coding.events()}
    assert not corpus.journal.history.can_undo
    assert status_of(corpus, 1) == ArticleStatus.NEW


def test_status_and_metadata_changes_undo(corpus: Corpus) -> None:
    changes = corpus.set_status(ArticleId(2), ArticleStatus.DONE)
    assert changes == Changes(
        statuses=True, article_ids=frozenset({2}), description="mark article done"
    )
    corpus.update_metadata(ArticleId(2), "A new title", "Outlet", None, None)
    corpus.undo()
    assert corpus.article(ArticleId(2)).title != "A new title"  # type: ignore[union-attr]
    corpus.undo()
    assert status_of(corpus, 2) == ArticleStatus.NEW
    corpus.redo()
    assert status_of(corpus, 2) == ArticleStatus.DONE


def test_an_import_is_one_step_that_undo_removes_and_redo_restores(
    corpus: Corpus, tmp_path: Path
) -> None:
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(f"Austin called Dong Jun, call {number}.")
    with corpus.journal.collect() as box:
        report = corpus.import_paths([tmp_path])
    assert report.imported == 3 and box.changes.articles
    assert corpus.count() == 8
    corpus.undo()
    assert corpus.count() == 5
    corpus.redo()
    assert corpus.count() == 8
    new = [o.article_id for o in report.outcomes if o.article_id]
    assert all(corpus.entities.mentions(i) for i in new)  # recognised again on redo
    assert corpus.entities.stale_article_ids() == []


def test_an_undo_that_conflicts_says_so_and_stays(corpus: Corpus) -> None:
    event = corpus.coding.create_event("Disputed summit")
    with corpus.database.engine.begin() as connection:  # another coder tags the event
        connection.execute(
            text(
                'INSERT INTO tag (article_id, start, "end", text, event_id, note, annotator, '
                "created_at, updated_at) VALUES (1, 0, 2, 'US', :e, '', 'bo', "
                "'2024-01-01', '2024-01-01')"
            ),
            {"e": event.id},
        )
    with pytest.raises(UndoError):
        corpus.undo()
    assert corpus.journal.history.can_undo  # the step stays, nothing was half undone
    assert "Disputed summit" in {e.name for e in corpus.coding.events()}


def imported_one(corpus: Corpus, tmp_path: Path) -> ArticleId:
    """Import one file through ``corpus`` (the window) and return its article."""
    path = tmp_path / "second.txt"
    path.write_text("Second copy import test\n\nAustin called Dong Jun on Tuesday.")
    report = corpus.import_paths([path])
    (article_id,) = [o.article_id for o in report.outcomes if o.article_id]
    return article_id


def test_undoing_an_import_keeps_an_edit_made_since_elsewhere(
    corpus: Corpus, db_url: str, tmp_path: Path
) -> None:
    article_id = imported_one(corpus, tmp_path)
    elsewhere = Corpus.open(db_url)  # the command line, or another window
    try:
        elsewhere.edit_metadata(article_id, title="Edited by CLI", outlet="=cmd outlet")
    finally:
        elsewhere.close()
    with pytest.raises(UndoError, match=r"was changed since \(title, outlet\)"):
        corpus.undo()
    article = corpus.article(article_id)
    assert article is not None and article.title == "Edited by CLI"
    assert article.outlet == "=cmd outlet"
    assert corpus.journal.history.undo_text.startswith("import of 1")  # still offered


def test_undoing_an_import_keeps_tags_made_since_elsewhere(
    corpus: Corpus, db_url: str, tmp_path: Path
) -> None:
    article_id = imported_one(corpus, tmp_path)
    elsewhere = Corpus.open(db_url)
    try:
        elsewhere.coding.tag_span(article_id, 0, 6, TagKind.EVENT, NewEntry("Second call"))
        elsewhere.set_status(article_id, ArticleStatus.NEW)  # the article as it was
    finally:
        elsewhere.close()
    with pytest.raises(UndoError, match=r"has 1 tag\(s\) made since"):
        corpus.undo()
    assert [t.text for t in corpus.coding.tags_for_article(article_id)] == ["Second"]


def test_undoing_an_import_after_own_edits_are_undone_still_works(
    corpus: Corpus, tmp_path: Path
) -> None:
    article_id = imported_one(corpus, tmp_path)
    corpus.edit_metadata(article_id, title="Edited here")
    corpus.coding.tag_span(article_id, 0, 6, TagKind.EVENT, NewEntry("Second call"))
    corpus.infer_publications()  # derived data, rewritten outside any step
    for _ in range(3):
        corpus.undo()
    assert corpus.article(article_id) is None
    corpus.redo()
    article = corpus.article(article_id)
    assert article is not None and article.title == "Second copy import test"


def test_undoing_an_import_keeps_a_label_given_since_elsewhere(
    corpus: Corpus, db_url: str, tmp_path: Path
) -> None:
    from dragon_reader.domain.vocabularies import Vocabulary

    article_id = imported_one(corpus, tmp_path)
    elsewhere = Corpus.open(db_url)
    try:
        elsewhere.vocabularies.set_article_label(article_id, Vocabulary.RELEVANCE, "unsure")
    finally:
        elsewhere.close()
    with pytest.raises(UndoError, match=r"has 1 label\(s\) made since"):
        corpus.undo()
    assert corpus.vocabularies.article_labels(article_id)
