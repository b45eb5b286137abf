"""Publication dates read from the texts, stored for the filter, the date sort and exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dragon_reader.domain.articles import ArticleFilters, ArticleId
from dragon_reader.domain.coding import DatePrecision, FuzzyDate
from dragon_reader.services.corpus import Corpus, open_corpus


def _by_file(corpus: Corpus) -> dict[str, ArticleId]:
    return {str(row.source_file)[:3]: row.id for row in corpus.list_articles()}


def _in(corpus: Corpus, published: str) -> set[str]:
    first, last = {
        "2023-12": (date(2023, 12, 1), date(2023, 12, 31)),
        "2024-01": (date(2024, 1, 1), date(2024, 1, 31)),
        "2023": (date(2023, 1, 1), date(2023, 12, 31)),
    }[published]
    ids = corpus.article_ids(filters=ArticleFilters(published_from=first, published_to=last))
    names = {v: k for k, v in _by_file(corpus).items()}
    return {names[i] for i in ids}


def test_inferred_dates_are_stored_once_and_filtered_and_sorted_like_given_ones(
    corpus: Corpus,
) -> None:
    files = _by_file(corpus)
    # Before they are read, only given dates count (none of the seeds has one).
    assert _in(corpus, "2024-01") == set()
    changed = corpus.infer_publications()
    assert set(changed) == {files["000"], files["001"], files["002"], files["003"]}
    # "Tuesday, Jan. 9" fixes 2024-01-09; "agreed last month at the … summit" (the
    # codebook dates the Woodside summit 2023-11-15) gives December 2023.
    assert _in(corpus, "2024-01") == {"003"}
    assert _in(corpus, "2023-12") == {"000"}
    assert _in(corpus, "2023") == {"000", "001", "002"}
    by_date = corpus.article_ids(sort="published")
    assert by_date == [files["001"], files["002"], files["000"], files["003"], files["004"]]
    assert corpus.infer_publications() == []  # nothing stale: nothing read again
    # A given date outranks the inferred one, in the filter and the sort.
    corpus.edit_metadata(files["003"], published=date(2022, 5, 1))
    assert _in(corpus, "2024-01") == set()
    assert corpus.article_ids(sort="published")[0] == files["003"]
    assert corpus.article_ids(sort="published", descending=True)[-1] == files["004"]
    # The list reads what was stored (same values as inferring on the spot).
    stored = corpus.inferred_publications([files["000"]])[files["000"]]
    assert (stored.value, stored.source, stored.certainty) == ("2023-12", "inferred", "month")
    assert stored.evidence is not None and "Woodside" in stored.evidence


def test_an_inference_that_read_the_codebook_follows_its_event_dates(corpus: Corpus) -> None:
    files = _by_file(corpus)
    corpus.infer_publications()
    summit = next(e for e in corpus.coding.events() if "Woodside" in e.name)
    corpus.coding.update_event(summit.id, when=FuzzyDate(date(2023, 9, 15), DatePrecision.DAY))
    # Only the articles dated through the codebook are read again; "Tuesday, Jan. 9" stays.
    assert corpus.infer_publications() == [files["000"]]
    assert _in(corpus, "2023-12") == set()
    assert corpus.inferred_publications([files["000"]])[files["000"]].value == "2023-10"
    assert _in(corpus, "2024-01") == {"003"}


def test_a_stopped_pass_keeps_what_it_stored_and_the_next_one_finishes(corpus: Corpus) -> None:
    seen: list[tuple[int, int]] = []

    def stop_after_first(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    first = corpus.infer_publications(stop_after_first, batch=2)
    assert seen == [(2, 5)] and len(first) == 2
    rest = corpus.infer_publications()
    assert len(first) + len(rest) == 4 and not set(first) & set(rest)


def test_a_read_only_database_stores_nothing_but_the_list_still_shows_inferred_dates(
    read_only_db: Path,
) -> None:
    corpus = open_corpus(read_only_db)
    try:
        assert corpus.read_only
        assert corpus.infer_publications() == []
        files = _by_file(corpus)
        found = corpus.inferred_publications([files["003"]])[files["003"]]
        assert found.value == "2024-01-09"
    finally:
        corpus.close()
