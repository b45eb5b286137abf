from __future__ import annotations

from datetime import date

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.services.corpus import Corpus


def span_of(corpus: Corpus, article_id: int, words: str) -> tuple[int, int]:
    article = corpus.article(ArticleId(article_id))
    assert article is not None
    start = article.text.index(words)
    return start, start + len(words)


def test_the_date_closest_to_the_selection_not_the_first_of_the_sentence(
    corpus: Corpus,
) -> None:
    # "… agreed last month at a … summit to resume such contacts, which were severed after
    # … Pelosi visited … Taiwan in August 2022."
    found = corpus.suggestions.suggest(
        ArticleId(1), *span_of(corpus, 1, "severed"), TagKind.CHANNEL
    )
    assert found is not None
    assert found.date is not None and (found.date.text, found.date.value) == (
        "August 2022",
        "2022-08",
    )
    assert [d.text for d in found.dates] == ["August 2022", "last month"]
    assert (found.status, found.status_cue) == (ChannelStatus.SEVERED, "severed")
    resume = corpus.suggestions.suggest(
        ArticleId(1), *span_of(corpus, 1, "resume such contacts"), TagKind.CHANNEL
    )
    assert resume is not None
    assert resume.status == ChannelStatus.PROPOSED
    assert resume.date is not None and resume.date.text == "last month"


def test_a_date_inside_the_selection_wins(corpus: Corpus) -> None:
    found = corpus.suggestions.suggest(
        ArticleId(1), *span_of(corpus, 1, "visited self-ruled Taiwan in August 2022"), TagKind.EVENT
    )
    assert found is not None and found.date is not None
    assert found.date.value == "2022-08"


def test_weekdays_resolve_against_the_publication_date(corpus: Corpus) -> None:
    # Seed 001 reports the Vienna talks "on Wednesday and Thursday"; the codebook dates
    # them, which dates the article (a Thursday).
    found = corpus.suggestions.suggest(
        ArticleId(2), *span_of(corpus, 2, "eight-hour talks"), TagKind.EVENT
    )
    assert found is not None
    assert found.publication.published == date(2023, 5, 11)
    assert found.publication.source == "inferred"
    assert found.date is not None
    assert (found.date.text, found.date.value) == ("Wednesday", "2023-05-10")
    assert found.date.reading == "the Wednesday before publication"
    assert found.entry == "Sullivan-Wang Yi talks in Vienna"


def test_a_past_report_never_gets_a_date_after_publication(corpus: Corpus) -> None:
    article = corpus.article(ArticleId(4))
    assert article is not None
    corpus.update_metadata(ArticleId(4), article.title, None, None, date(2024, 1, 5))
    # "wrapped up … on Tuesday, Jan. 9": a past report, but Jan. 9 of the stored year
    # lies after the (deliberately early) stored publication date.
    found = corpus.suggestions.suggest(
        ArticleId(4), *span_of(corpus, 4, "wrapped up two days"), TagKind.EVENT
    )
    assert found is not None
    assert found.publication.source == "given"
    assert all(d.fuzzy is None or d.fuzzy.first_day <= date(2024, 1, 5) for d in found.dates)


def test_no_such_article_or_span(corpus: Corpus) -> None:
    assert corpus.suggestions.suggest(ArticleId(999), 0, 3, TagKind.EVENT) is None
    assert corpus.suggestions.suggest(ArticleId(1), 5, 5, TagKind.EVENT) is None


def test_a_briefing_question_is_read_with_its_short_answer(corpus: Corpus) -> None:
    text = (
        "Department Press Briefing\n\n"
        "QUESTION: Has China agreed to reopen the military hotline? MR MILLER: Not yet. "
        "We continue to press for it.\n"
    )
    outcome = corpus.import_text(text, "briefing.txt")
    assert outcome.article_id is not None
    start = text.index("agreed to reopen")
    found = corpus.suggestions.suggest(
        outcome.article_id, start, start + len("agreed to reopen"), TagKind.CHANNEL
    )
    assert found is not None
    assert found.status == ChannelStatus.REFUSED


def test_a_relative_date_without_a_publication_date_is_named_not_hidden(
    corpus: Corpus,
) -> None:
    """Nothing dates the article: "on Wednesday" has no value, and the suggestion says
    which phrase waits for the publication date instead of "no date"."""
    outcome = corpus.import_text(
        "Hotline talk\n\nOfficials said on Wednesday they held a phone call with Beijing."
    )
    assert outcome.article_id is not None
    article_id = ArticleId(outcome.article_id)
    found = corpus.suggestions.suggest(
        article_id, *span_of(corpus, article_id, "phone call"), TagKind.CHANNEL
    )
    assert found is not None
    assert found.publication.published is None
    assert found.dates == ()
    assert [phrase for phrase in found.undated if "Wednesday" in phrase]


def test_a_date_inside_a_relative_clause_belongs_to_that_clause(empty_corpus: Corpus) -> None:
    outcome = empty_corpus.import_text(
        "Hotline back\n\nWASHINGTON, May 31, 2024 (Reuters) - The defense hotline, which was "
        "suspended in August 2023, was restored, officials said on Friday."
    )
    assert outcome.article_id is not None
    article = empty_corpus.article(outcome.article_id)
    assert article is not None

    def suggested(words: str) -> str | None:
        start = article.text.rindex(words)
        found = empty_corpus.suggestions.suggest(
            article.id, start, start + len(words), TagKind.CHANNEL
        )
        assert found is not None and found.date is not None
        return found.date.value

    # "restored" is not what was done in August 2023: the report's Friday comes first.
    assert suggested("was restored") == "2024-05-31"
    assert suggested("suspended") == "2023-08"  # inside the clause: its own date
