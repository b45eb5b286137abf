from __future__ import annotations

import pytest
from sqlalchemy import text

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.entities import EntityLabel, MentionOrigin
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.entities import EntityError


def first_id(corpus: Corpus) -> ArticleId:
    return corpus.article_ids()[0]


def test_import_stores_mentions_with_offsets_origin_and_version(corpus: Corpus) -> None:
    article_id = first_id(corpus)
    article = corpus.article(article_id)
    mentions = corpus.entities.mentions(article_id)
    assert article is not None
    assert len(mentions) > 30
    assert all(article.text[m.start : m.end] == m.text for m in mentions)
    assert {m.origin for m in mentions} == {MentionOrigin.RECOGNIZER}
    assert corpus.entities.stale_article_ids() == []
    with corpus.database.engine.connect() as connection:
        versions = connection.execute(text("SELECT DISTINCT entities_version FROM article"))
        assert [v for (v,) in versions] == [corpus.entities.recognizer.version]
        # Packed: one row per article, each entity once; no row per recognised mention.
        packed = connection.execute(text("SELECT count(*) FROM recognized_mentions")).scalar()
        assert packed == len(corpus.article_ids())
        assert connection.execute(text("SELECT count(*) FROM mention")).scalar() == 0
        biden = connection.execute(
            text("SELECT count(*) FROM entity WHERE canonical = 'Joe Biden'")
        ).scalar()
        assert biden == 1


def test_a_new_recognizer_version_makes_every_article_stale(corpus: Corpus) -> None:
    corpus.entities.invalidate_all()
    stale = corpus.entities.stale_article_ids()
    assert len(stale) == 5
    seen: list[tuple[int, int]] = []
    assert corpus.entities.recognize(stale, lambda d, t: seen.append((d, t))) == 5
    assert seen[-1] == (5, 5)
    assert corpus.entities.stale_article_ids() == []


def test_marking_teaches_every_article_and_survives_rerecognition(corpus: Corpus) -> None:
    article_id = first_id(corpus)
    article = corpus.article(article_id)
    assert article is not None
    start = article.text.index("defense attache office")
    end = start + len("defense attache office")
    mention = corpus.entities.mark(article_id, start, end, EntityLabel.ORG)
    assert mention.origin is MentionOrigin.ANALYST
    corpus.entities.invalidate_all()
    corpus.entities.recognize(corpus.entities.stale_article_ids())
    kept = [m for m in corpus.entities.mentions(article_id) if m.text == "defense attache office"]
    assert [(m.label, m.origin) for m in kept] == [(EntityLabel.ORG, MentionOrigin.ANALYST)]
    # Another article with the same words gets it too, from the taught rule.
    outcome = corpus.import_text("Our defense attache office said so.")
    assert outcome.article_id is not None
    other = corpus.entities.mentions(outcome.article_id)
    assert [(m.text, m.label) for m in other] == [("defense attache office", EntityLabel.ORG)]


def test_relabel_changes_the_label_everywhere(corpus: Corpus) -> None:
    article_id = first_id(corpus)
    pentagon = next(m for m in corpus.entities.mentions(article_id) if m.text == "Pentagon")
    corpus.entities.relabel(pentagon, EntityLabel.LOC)
    labels = {
        m.label
        for aid in corpus.article_ids()
        for m in corpus.entities.mentions(aid)
        if m.text == "Pentagon"
    }
    assert labels == {EntityLabel.LOC}


def test_reject_removes_a_string_everywhere_and_forget_brings_it_back(corpus: Corpus) -> None:
    article_id = first_id(corpus)
    reuters = next(m for m in corpus.entities.mentions(article_id) if m.text == "Reuters")
    assert corpus.entities.reject(reuters) == "Reuters"

    def count() -> int:
        return sum(
            m.text == "Reuters"
            for aid in corpus.article_ids()
            for m in corpus.entities.mentions(aid)
        )

    assert count() == 0
    corpus.entities.invalidate_all()
    corpus.entities.recognize(corpus.entities.stale_article_ids())
    assert count() == 0
    (rule,) = corpus.entities.taught_rules()
    assert (rule.surface, rule.action) == ("Reuters", "reject")
    corpus.entities.forget(rule.id)
    assert count() >= 2
    assert corpus.entities.taught_rules() == []


def test_marking_refuses_bad_spans(corpus: Corpus) -> None:
    article_id = first_id(corpus)
    with pytest.raises(EntityError, match="outside"):
        corpus.entities.mark(article_id, 10, 10**6, EntityLabel.ORG)
    with pytest.raises(EntityError, match="spaces"):
        corpus.entities.mark(article_id, 2, 4, EntityLabel.ORG)


def test_entity_counts_and_other_articles_mentioning(corpus: Corpus) -> None:
    article_id = first_id(corpus)
    counts = corpus.entities.entity_counts(article_id)
    biden = next(c for c in counts if c.canonical == "Joe Biden")
    assert biden.label is EntityLabel.PERSON
    assert biden.count >= 5  # "Joe Biden", then "Biden" several times
    others = corpus.entities.articles_mentioning("Joe Biden", EntityLabel.PERSON, article_id)
    assert len(others) == 4
    assert article_id not in [o.article_id for o in others]


def test_an_analyst_mark_hides_the_recognised_mention_it_overlaps(corpus: Corpus) -> None:
    article_id = first_id(corpus)
    biden = next(m for m in corpus.entities.mentions(article_id) if m.text == "Joe Biden")
    marked = corpus.entities.mark(article_id, biden.start + 4, biden.end, EntityLabel.ORG)
    at_biden = [m for m in corpus.entities.mentions(article_id) if m.start < biden.end]
    at_biden = [m for m in at_biden if m.end > biden.start]
    assert at_biden == [marked]
    counted = {c.canonical: c for c in corpus.entities.entity_counts(article_id)}
    assert counted["Biden"].label is EntityLabel.ORG
    everywhere = corpus.entities.articles_mentioning("Biden", EntityLabel.ORG)
    assert article_id in [o.article_id for o in everywhere]
    assert corpus.entities.mention_at(article_id, biden.start + 5) == marked
    assert corpus.entities.mention_at(article_id, biden.start) is None


def test_cli_entities_json(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from dragon_reader.app import main

    assert main(["--db", db_url, "entities", "--json", "1"]) == 0
    (document,) = json.loads(capsys.readouterr().out)
    assert document["article_id"] == 1
    assert document["source_file"].startswith("000_")
    assert document["entities"][0] == {"start": 0, "end": 2, "text": "US", "label": "GPE"}
    assert all(document["text"][e["start"] : e["end"]] == e["text"] for e in document["entities"])


def test_recognising_again_goes_by_batches_keeps_marks_and_can_stop(
    empty_corpus: Corpus,
) -> None:
    from dragon_reader.services.entities import RECOGNIZE_BATCH

    texts = [
        f"Report {n}: Defense Secretary Lloyd Austin met Dong Jun in Vientiane." for n in range(250)
    ]
    for report in texts:
        empty_corpus.import_text(report)
    ids = empty_corpus.article_ids()
    start = texts[0].index("Lloyd Austin")
    empty_corpus.entities.mark(ids[0], start, start + len("Lloyd Austin"), EntityLabel.ORG)
    before = empty_corpus.entities.mentions(ids[0])
    empty_corpus.entities.invalidate_all()
    seen: list[tuple[int, int]] = []

    def stop_after_two(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 2

    done = empty_corpus.entities.recognize(ids, stop_after_two)
    assert done == 2 * RECOGNIZE_BATCH
    assert seen == [(RECOGNIZE_BATCH, 250), (2 * RECOGNIZE_BATCH, 250)]
    assert empty_corpus.entities.stale_article_ids() == ids[2 * RECOGNIZE_BATCH :]
    assert empty_corpus.entities.recognize(empty_corpus.entities.stale_article_ids()) == 50
    assert empty_corpus.entities.stale_article_ids() == []
    assert empty_corpus.entities.mentions(ids[0]) == before  # the analyst's mark stays
    labels = {(m.text, m.label, m.origin.value) for m in empty_corpus.entities.mentions(ids[0])}
    assert ("Lloyd Austin", EntityLabel.ORG, "analyst") in labels
    assert ("Dong Jun", EntityLabel.PERSON, "recognizer") in labels


def test_corrections_report_how_far_the_articles_are(corpus: Corpus) -> None:
    article_id = first_id(corpus)
    pentagon = next(m for m in corpus.entities.mentions(article_id) if m.text == "Pentagon")
    articles = [corpus.article(aid) for aid in corpus.article_ids()]
    containing = [a for a in articles if a is not None and "Pentagon" in a.text]
    seen: list[tuple[int, int]] = []
    corpus.entities.relabel(pentagon, EntityLabel.LOC, lambda d, t: seen.append((d, t)))
    assert len(containing) >= 2
    assert seen == [(len(containing), len(containing))]  # one batch


def mentions_of(corpus: Corpus, surface: str) -> int:
    return sum(
        1
        for aid in corpus.article_ids()
        for m in corpus.entities.mentions(aid)
        if m.text == surface
    )


def test_a_rejection_reaches_as_far_as_asked_and_undoes(corpus: Corpus) -> None:
    from dragon_reader.domain.entities import RejectScope

    everywhere = mentions_of(corpus, "Reuters")
    article_id = next(
        aid
        for aid in corpus.article_ids()
        if sum(m.text == "Reuters" for m in corpus.entities.mentions(aid)) >= 1
    )
    here = [m for m in corpus.entities.mentions(article_id) if m.text == "Reuters"]
    corpus.entities.reject(here[0], scope=RejectScope.MENTION)
    assert mentions_of(corpus, "Reuters") == everywhere - 1
    corpus.undo()
    assert mentions_of(corpus, "Reuters") == everywhere
    corpus.entities.reject(here[0], scope=RejectScope.ARTICLE)
    assert mentions_of(corpus, "Reuters") == everywhere - len(here)
    corpus.undo()
    corpus.entities.reject(here[0], scope=RejectScope.EVERYWHERE)
    assert mentions_of(corpus, "Reuters") == 0
    assert [r.surface for r in corpus.entities.taught_rules()] == ["Reuters"]
    corpus.undo()
    assert mentions_of(corpus, "Reuters") == everywhere
    assert corpus.entities.taught_rules() == []
    corpus.redo()
    assert mentions_of(corpus, "Reuters") == 0


def test_a_stopped_correction_leaves_the_rest_to_recognise(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dragon_reader.services.entities.RECOGNIZE_BATCH", 1)
    article_id = first_id(corpus)
    text = corpus.article(article_id).text  # type: ignore[union-attr]
    start = text.index("Pentagon")
    corpus.entities.mark(article_id, start, start + 8, EntityLabel.LOC, lambda _d, _t: False)
    stale = corpus.entities.stale_article_ids()
    assert stale  # not reached: marked as needing recognition, done at the next start
    corpus.entities.recognize(stale)
    assert all(
        m.label == EntityLabel.LOC
        for aid in corpus.article_ids()
        for m in corpus.entities.mentions(aid)
        if m.text == "Pentagon"
    )


def test_marks_of_one_article_are_not_taught_and_undo_in_one_step(corpus: Corpus) -> None:
    first = corpus.article(ArticleId(1))
    assert first is not None
    start = first.text.index("California summit") + 11
    present = corpus.entities.mentions(ArticleId(1))[0]
    stored = corpus.entities.mark_in_article(
        ArticleId(1),
        [
            (start, start + 6, EntityLabel.LOC),
            (present.start, present.end, present.label),  # already there: left as it is
        ],
    )
    assert stored == 1
    marked = corpus.entities.mention_at(ArticleId(1), start)
    assert marked is not None and (marked.text, marked.origin) == ("summit", "analyst")
    assert corpus.entities.taught_rules() == []  # this article only
    with pytest.raises(EntityError, match="spaces at its edges"):
        corpus.entities.mark_in_article(ArticleId(1), [(start - 1, start + 6, EntityLabel.LOC)])
    assert corpus.journal.undo() is not None
    again = corpus.entities.mention_at(ArticleId(1), start)
    assert again is None or again.origin != "analyst"


def test_undoing_a_rejection_here_brings_the_mention_back_after_a_later_correction(
    corpus: Corpus,
) -> None:
    """A rejection in one place, then a correction that recognises the article again, both
    undone: the rejected mention is shown again (recognition that ran while the rejection
    stood must not have dropped it for good)."""
    from dragon_reader.domain.entities import RejectScope

    article_id = ArticleId(1)
    before = corpus.entities.mentions(article_id)
    pentagon = next(m for m in before if m.text == "Pentagon")
    corpus.entities.reject(pentagon, scope=RejectScope.MENTION)
    beijing = next(m for m in corpus.entities.mentions(article_id) if m.text == "Beijing")
    corpus.entities.relabel(beijing, EntityLabel.LOC)  # recognises the article again
    assert corpus.undo() is not None
    assert corpus.undo() is not None
    assert corpus.entities.mentions(article_id) == before


def test_a_mention_rejected_here_leaves_the_entitys_article_counts(corpus: Corpus) -> None:
    from dragon_reader.domain.entities import RejectScope

    article_id = ArticleId(1)
    pentagon = next(m for m in corpus.entities.mentions(article_id) if m.text == "Pentagon")

    def counted() -> int:
        found = corpus.entities.articles_mentioning(pentagon.canonical, pentagon.label)
        return next((c.count for c in found if c.article_id == article_id), 0)

    before = counted()
    corpus.entities.reject(pentagon, scope=RejectScope.MENTION)
    assert counted() == before - 1
    corpus.undo()
    assert counted() == before


def test_marking_a_surface_relabels_the_analysts_earlier_marks_of_it(corpus: Corpus) -> None:
    """A taught label holds everywhere, over an earlier relabel of another occurrence too."""
    from dragon_reader.domain.entities import RejectScope

    article = ArticleId(1)
    text = corpus.article(article).text  # type: ignore[union-attr]
    first, second = [m for m in corpus.entities.mentions(article) if m.text == "Tuesday"][:2]
    corpus.entities.reject(first, scope=RejectScope.MENTION)
    corpus.entities.relabel(second, EntityLabel.PERSON)
    start = text.index("Tuesday")
    corpus.entities.mark(article, start, start + len("Tuesday"), EntityLabel.LOC)
    shown = [m for m in corpus.entities.mentions(article) if m.text == "Tuesday"]
    assert [(m.start, m.label) for m in shown] == [
        (first.start, EntityLabel.LOC),
        (second.start, EntityLabel.LOC),
    ]
    corpus.undo()
    shown = [m for m in corpus.entities.mentions(article) if m.text == "Tuesday"]
    assert [(m.start, m.label) for m in shown] == [(second.start, EntityLabel.PERSON)]
