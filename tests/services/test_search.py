from __future__ import annotations

from datetime import date

import pytest

from dragon_reader.domain.articles import ArticleFilters, ArticleStatus
from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import SNIPPET_MARKS, Corpus
from dragon_reader.store.search import fts_query, tsquery


def test_fts_query_quotes_words_and_prefixes_the_last() -> None:
    assert fts_query('balloon AND "NEAR(" sha') == '"balloon" "AND" "NEAR" "sha"*'
    assert fts_query("  ") is None


def test_tsquery_quotes_words_and_prefixes_the_last() -> None:
    assert tsquery("balloon & !(NEAR | sha") == "'balloon' & 'near' & 'sha':*"
    assert tsquery("  ") is None


def test_the_last_word_is_a_prefix_only_from_its_third_letter() -> None:
    assert fts_query("Austin Li") == '"Austin" "Li"'
    assert fts_query("T") == '"T"'
    assert tsquery("Wang Yi") == "'wang' & 'yi'"
    assert tsquery("Tai") == "'tai':*"


def test_a_hyphenated_word_or_a_possessive_is_searched_as_a_phrase() -> None:
    assert fts_query("military-to-military talks") == '"military-to-military" "talks"*'
    assert fts_query("Xi's") == '"Xi\'s"'
    assert tsquery("military-to-mil") == "('military' <-> 'to' <-> 'mil':*)"
    assert tsquery("Xi's visit") == "('xi' <-> 's') & 'visit':*"


def test_one_or_two_letters_find_the_whole_word_three_find_words_starting_so(
    empty_corpus: Corpus,
) -> None:
    li = empty_corpus.import_text("Li Shangfu\n\nLi met the envoy.").article_id
    lin = empty_corpus.import_text("Lines\n\nThe lines were open; Lindsay called.").article_id
    assert [h.article_id for h in empty_corpus.search("Li")] == [li]
    assert {h.article_id for h in empty_corpus.search("lin")} == {lin}
    assert {h.article_id for h in empty_corpus.search("the lin")} == {lin}


def test_a_phrase_finds_only_articles_with_its_pieces_in_a_row(empty_corpus: Corpus) -> None:
    joined = empty_corpus.import_text(
        "Talks resume\n\nMilitary-to-military talks resumed after Xi's visit."
    ).article_id
    apart = empty_corpus.import_text(
        "Envoy\n\nThe U.S. military sent an envoy to Xi; talks went nowhere."
    ).article_id
    assert joined is not None and apart is not None
    assert [h.article_id for h in empty_corpus.search("military-to-military")] == [joined]
    assert [h.article_id for h in empty_corpus.search("Xi's")] == [joined]
    assert {h.article_id for h in empty_corpus.search("xi military")} == {joined, apart}


def test_search_uses_the_engines_own_full_text_index(corpus: Corpus) -> None:
    """FTS5 on SQLite; on PostgreSQL a tsvector column with a GIN index, which the planner
    uses for a match (sequential scans off, as on a large table)."""
    from sqlalchemy import text

    with corpus.database.session() as session:
        if corpus.database.is_sqlite:
            found = session.execute(
                text("SELECT name FROM sqlite_master WHERE name = 'article_fts'")
            ).scalar()
            assert found == "article_fts"
            made = session.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'article_fts'")
            ).scalar()
            assert "prefix='3'" in str(made)  # three-letter prefixes read one list
            return
        index = session.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_article_search_vector'")
        ).scalar()
        assert "USING gin (search_vector)" in str(index)
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            session.scalars(
                text(
                    "EXPLAIN SELECT id FROM article "
                    "WHERE search_vector @@ to_tsquery('simple', 'balloon')"
                )
            )
        )
        assert "ix_article_search_vector" in plan


def test_a_title_match_ranks_above_a_text_match(empty_corpus: Corpus) -> None:
    in_text = empty_corpus.import_text("Talks\n\nThe envoys met again; the hotline was discussed.")
    in_title = empty_corpus.import_text("Hotline restored\n\nBoth sides confirmed the call.")
    assert [h.article_id for h in empty_corpus.search("hotline")] == [
        in_title.article_id,
        in_text.article_id,
    ]


def test_ranked_results_with_highlighted_snippets(corpus: Corpus) -> None:
    hits = corpus.search("balloon")
    assert {h.article_id for h in hits} == {1, 2, 3, 4}
    start, end = SNIPPET_MARKS
    assert all(f"{start}balloon" in h.snippet.lower() and end in h.snippet for h in hits)
    assert corpus.search("Vienna")[0].article_id == 2
    assert corpus.search("nothing-like-this-word") == []


def test_search_stays_in_step_with_imports_and_edits(corpus: Corpus) -> None:
    outcome = corpus.import_text("The Shangri-La Dialogue opened in Singapore.")
    assert [h.article_id for h in corpus.search("shangri")] == [outcome.article_id]
    assert outcome.article_id in [h.article_id for h in corpus.search("singap")]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (ArticleFilters(), [1, 2, 3, 4, 5]),
        (ArticleFilters(outlet="Reuters"), [1, 2]),
        (ArticleFilters(status=ArticleStatus.DONE), [3]),
        (ArticleFilters(has_tags=True), [5]),
        (ArticleFilters(has_tags=False), [1, 2, 3, 4]),
        (ArticleFilters(entity="Song Yanchao"), [4]),
        (ArticleFilters(entity="wang yi"), [2]),
        (ArticleFilters(query="military", outlet="Reuters"), [1, 2]),
        (ArticleFilters(published_from=date(2024, 1, 1)), [2]),
    ],
)
def test_filters_run_in_the_database(
    corpus: Corpus, filters: ArticleFilters, expected: list[int]
) -> None:
    corpus.set_status(3, ArticleStatus.DONE)  # type: ignore[arg-type]
    corpus.coding.create_tag(5, 0, 8, TagKind.EVENT, corpus.coding.events()[0].id)
    from sqlalchemy import text

    with corpus.database.session() as session:
        session.execute(text("UPDATE article SET published = '2024-01-09' WHERE id = 2"))
    assert sorted(corpus.article_ids(filters=filters)) == expected


def test_outlets(corpus: Corpus) -> None:
    assert corpus.outlets() == ["Breitbart News", "Reuters"]
