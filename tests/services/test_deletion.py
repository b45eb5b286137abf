"""Deleting articles: what goes with them, one undo step that brings them back exactly."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from dragon_reader.domain.articles import ArticleId, ArticleStatus
from dragon_reader.domain.coding import TagKind
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import Vocabulary
from dragon_reader.services.coding import NewEntry
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.deletion import DeletionError
from dragon_reader.services.journal import UndoError

# Every row that points into an article, in a stable order.
_ROWS = {
    "article": "SELECT id, title, outlet, byline, published, source_file, source_url, "
    "source_format, text, content_hash, word_count, status, imported_at, entities_version "
    "FROM article WHERE id IN (1, 2) ORDER BY id",
    "tag": "SELECT * FROM tag WHERE article_id IN (1, 2) ORDER BY id",
    "tag_slot": "SELECT s.* FROM tag_slot s JOIN tag t ON t.id = s.tag_id "
    "WHERE t.article_id IN (1, 2) ORDER BY s.id",
    "mention": "SELECT * FROM mention WHERE article_id IN (1, 2) ORDER BY id",
    "article_label": "SELECT * FROM article_label WHERE article_id IN (1, 2) "
    "ORDER BY article_id, vocabulary, key",
    "assignment": "SELECT * FROM assignment WHERE article_id IN (1, 2) ORDER BY article_id, coder",
    "recognized_mentions": "SELECT * FROM recognized_mentions WHERE article_id IN (1, 2) "
    "ORDER BY article_id",
    "recognized_entity": "SELECT * FROM recognized_entity WHERE article_id IN (1, 2) "
    "ORDER BY article_id, slot",
}


def rows(corpus: Corpus) -> dict[str, list[Any]]:
    with corpus.database.engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.execute(text(query))]
            for name, query in _ROWS.items()
        }


def coded(corpus: Corpus) -> None:
    """Articles 1 and 2 worked on every way: tags with slots in a session, a curated tag,
    an entity mark, labels, an assignment."""
    session = corpus.sessions.start("ana")
    corpus.coding.annotator = "ana"
    corpus.coding.session_id = session.id
    tag = corpus.coding.tag_span(
        1,
        0,
        3,
        TagKind.EVENT,
        NewEntry("Balloon talks"),
        slots=[SlotFiller(SlotRole.ACTOR, "Joe Biden")],
    )
    corpus.coding.annotator = "bo"
    corpus.coding.tag_span(2, 4, 9, TagKind.EVENT, tag.entry_id)
    corpus.curation.accept(tag.id)
    corpus.entities.mark_in_article(ArticleId(1), [(4, 10, EntityLabel.GPE)])
    corpus.vocabularies.set_article_label(1, Vocabulary.RELEVANCE, "unsure")
    corpus.team.assign([1, 2], ["ana"])


def test_the_preview_says_whose_work_goes(corpus: Corpus) -> None:
    coded(corpus)
    preview = corpus.deletion_preview([1, 2, 99])
    assert [article_id for article_id, _ in preview.articles] == [1, 2]
    assert preview.missing == (99,)
    assert (preview.tags, preview.curated, preview.marks) == (3, 1, 1)
    assert [(work.coder, work.tags) for work in preview.coders] == [("bo", 2), ("ana", 1)]
    assert preview.describe() == (
        "2 articles with 3 tag(s) (bo 2, ana 1; 1 curated) and 1 entity mark(s)"
    )
    plain = corpus.deletion_preview([3])
    assert not plain.loses_work
    assert plain.describe().endswith("with no tags and no entity marks")


def test_deleting_articles_is_one_step_that_brings_them_back_exactly(corpus: Corpus) -> None:
    coded(corpus)
    before = rows(corpus)
    assert all(before.values())  # every kind of row is there to be brought back
    found = {hit.article_id for hit in corpus.search("balloon")}
    assert 1 in found
    done = corpus.count_by_status()

    with corpus.journal.collect() as box:
        changes = corpus.delete_articles([1, 2])
    assert box.count == 1 and changes.articles and changes.tags and changes.statuses
    assert changes.description == "delete 2 articles"
    assert corpus.count() == 3
    assert not any(rows(corpus).values())
    assert {hit.article_id for hit in corpus.search("balloon")} == found - {1, 2}
    assert sum(corpus.count_by_status().values()) == sum(done.values()) - 2
    assert corpus.journal.history.undo_text == "delete 2 articles"

    corpus.undo()
    assert rows(corpus) == before  # ids, versions, coders, sessions, curated flags
    assert {hit.article_id for hit in corpus.search("balloon")} == found
    assert corpus.count_by_status() == done
    assert corpus.entities.stale_article_ids() == []
    corpus.redo()
    assert corpus.count() == 3 and not any(rows(corpus).values())
    corpus.undo()
    assert rows(corpus) == before


def test_unknown_ids_delete_nothing(corpus: Corpus) -> None:
    with pytest.raises(DeletionError, match="no article with id 99"):
        corpus.delete_articles([1, 99])
    with pytest.raises(DeletionError, match="choose the articles"):
        corpus.delete_articles([])
    assert corpus.count() == 5
    assert not corpus.journal.history.can_undo


def test_redoing_a_deletion_leaves_a_tag_made_since_elsewhere(corpus: Corpus, db_url: str) -> None:
    corpus.delete_articles([3])
    corpus.undo()
    elsewhere = Corpus.open(db_url)  # another window, the command line, another coder
    try:
        elsewhere.coding.tag_span(3, 0, 3, TagKind.EVENT, NewEntry("Later talks"))
        elsewhere.set_status(ArticleId(3), ArticleStatus.NEW)
    finally:
        elsewhere.close()
    with pytest.raises(UndoError, match="has 1 tag"):
        corpus.redo()
    assert [t.entry_name for t in corpus.coding.tags_for_article(3)] == ["Later talks"]


def test_deleted_seeds_do_not_come_back_at_the_next_start(db_url: str) -> None:
    from dragon_reader.services.corpus import open_corpus

    first = open_corpus(db_url)
    try:
        first.delete_articles([1, 2, 3, 4, 5])
        assert first.count() == 0
    finally:
        first.close()
    again = open_corpus(db_url)
    try:
        assert again.count() == 0
        assert again.search("balloon") == []
    finally:
        again.close()
