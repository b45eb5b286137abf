from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from dragon_reader.domain.articles import ArticleFilters
from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.domain.vocabularies import PloverMapping, Vocabulary
from dragon_reader.services.coding import CodingError
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.interchange import Interchange
from dragon_reader.services.slots import SlotError
from dragon_reader.services.vocabularies import ValueEdit, VocabularyError


def sql(corpus: Corpus, statement: str, **params: object) -> list[tuple[Any, ...]]:
    """Rows of a statement run on the corpus's own database (SQLite or PostgreSQL)."""
    with corpus.database.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def keys(corpus: Corpus, vocabulary: Vocabulary, retired: bool = False) -> list[str]:
    return [v.key for v in corpus.vocabularies.values(vocabulary, include_retired=retired)]


def test_the_starter_vocabularies_map_to_plover(corpus: Corpus) -> None:
    assert keys(corpus, Vocabulary.EVENT_TYPE) == [
        "summit", "meeting", "talks", "call", "visit", "incident", "statement", "sanction",
        "exercise", "other",
    ]  # fmt: skip
    statuses = {v.key: v for v in corpus.vocabularies.values(Vocabulary.CHANNEL_STATUS)}
    assert statuses["severed"].plover == PloverMapping("SANCTION", "discontinue")
    assert statuses["suspended"].plover == PloverMapping("SANCTION", "discontinue")
    assert statuses["refused"].plover == PloverMapping("REJECT", "meet")
    assert {k for k, v in statuses.items() if v.is_open} == {"active", "resumed"}
    call = corpus.vocabularies.value(Vocabulary.EVENT_TYPE, "call")
    assert call is not None and call.plover == PloverMapping("CONSULT", "phone", ("diplomatic",))
    assert keys(corpus, Vocabulary.RELEVANCE) == ["relevant", "not relevant", "unsure"]
    assert corpus.vocabularies.load_starter_once() is False


def test_values_are_added_renamed_described_recoloured_keyed_reordered_and_retired(
    corpus: Corpus,
) -> None:
    service = corpus.vocabularies
    added = service.add(
        Vocabulary.EVENT_TYPE,
        "Cyber attack",
        edit=ValueEdit(
            description="An intrusion into the other side's networks.",
            color="#123ABC",
            shortcut="y",
            plover=PloverMapping("COERCE", "cyber", ("cyber",)),
        ),
    )
    assert (added.key, added.label, added.color, added.position) == (
        "cyber attack",
        "Cyber attack",
        "#123abc",
        10,
    )
    renamed = service.update(
        Vocabulary.EVENT_TYPE, "cyber attack", ValueEdit(label="Cyber operation")
    )
    assert (renamed.key, renamed.label) == ("cyber attack", "Cyber operation")
    service.move(Vocabulary.EVENT_TYPE, "cyber attack", 0)
    assert keys(corpus, Vocabulary.EVENT_TYPE)[:2] == ["cyber attack", "summit"]
    service.retire(Vocabulary.EVENT_TYPE, "other")
    assert "other" not in keys(corpus, Vocabulary.EVENT_TYPE)
    assert "other" in keys(corpus, Vocabulary.EVENT_TYPE, retired=True)
    (stored,) = sql(
        corpus,
        "SELECT label, plover_category, plover_mode, plover_context FROM vocabulary_value"
        " WHERE vocabulary = 'event_type' AND key = 'cyber attack'",
    )
    assert stored == ("Cyber operation", "COERCE", "cyber", "cyber")
    for _ in range(3):  # retire, move, rename
        corpus.coding.undo()
    assert keys(corpus, Vocabulary.EVENT_TYPE, retired=True)[-1] == "cyber attack"
    assert service.value(Vocabulary.EVENT_TYPE, "cyber attack").label == "Cyber attack"  # type: ignore[union-attr]
    corpus.coding.undo()
    assert "cyber attack" not in keys(corpus, Vocabulary.EVENT_TYPE, retired=True)
    corpus.coding.redo()
    assert service.value(Vocabulary.EVENT_TYPE, "cyber attack") is not None


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (ValueEdit(label="Meeting"), "“Meeting” is taken"),
        (ValueEdit(color="blue"), "not a colour"),
        (ValueEdit(shortcut="m"), "already chooses “meeting”"),
        (ValueEdit(plover=PloverMapping("CONSULT", "discontinue")), "not a mode of CONSULT"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    corpus: Corpus, edit: ValueEdit, message: str
) -> None:
    before = corpus.vocabularies.values(Vocabulary.EVENT_TYPE)
    with pytest.raises(VocabularyError, match=message):
        corpus.vocabularies.update(Vocabulary.EVENT_TYPE, "summit", edit)
    assert corpus.vocabularies.values(Vocabulary.EVENT_TYPE) == before
    assert not corpus.coding.history.can_undo


def test_a_value_in_use_is_removed_only_by_mapping_its_uses_in_one_undo_step(
    corpus: Corpus,
) -> None:
    service = corpus.vocabularies
    service.add(Vocabulary.EVENT_TYPE, "consultations")
    used = {v.key: v.use_count for v in service.values(Vocabulary.EVENT_TYPE)}
    assert used["talks"] > 0
    with pytest.raises(VocabularyError, match="choose the value its uses move to"):
        service.remove(Vocabulary.EVENT_TYPE, "talks")
    # A value the analyst added takes over the uses like a starter one: coding reads keys
    # from the database, not from a list in the code.
    assert service.remove(Vocabulary.EVENT_TYPE, "talks", "consultations") == used["talks"]
    after = {v.key: v.use_count for v in service.values(Vocabulary.EVENT_TYPE)}
    assert "talks" not in after
    assert after["consultations"] == used["talks"]
    moved = [e for e in corpus.coding.events() if e.type == "consultations"]
    assert len(moved) == used["talks"]
    assert corpus.coding.history.undo_text.startswith("remove “talks”")
    corpus.coding.undo()
    assert {v.key: v.use_count for v in service.values(Vocabulary.EVENT_TYPE)} == used
    ((count,),) = sql(corpus, "SELECT count(*) FROM codebook_event WHERE type = 'talks'")
    assert count == used["talks"]


def test_channel_statuses_of_tags_move_with_a_removed_status(corpus: Corpus) -> None:
    channel = corpus.coding.channels()[0]
    article_id = 1
    tag = corpus.coding.create_tag(article_id, 0, 5, TagKind.CHANNEL, channel.id, status=None)
    corpus.coding.update_tag(tag.id, status=ChannelStatus.SUSPENDED)
    moved = corpus.vocabularies.remove(Vocabulary.CHANNEL_STATUS, "suspended", "severed")
    assert moved == 1
    ((value,),) = sql(corpus, "SELECT status FROM tag WHERE id = :id", id=tag.id)
    assert value == "severed"


def test_document_labels_relevance_holds_one(corpus: Corpus) -> None:
    service = corpus.vocabularies
    service.add(Vocabulary.DOCUMENT_LABEL, "opinion")
    service.set_article_label(1, Vocabulary.RELEVANCE, "unsure")
    labels = service.set_article_label(1, Vocabulary.RELEVANCE, "relevant")
    assert labels == {Vocabulary.RELEVANCE: ["relevant"]}
    labels = service.set_article_label(1, Vocabulary.DOCUMENT_LABEL, "opinion")
    assert labels[Vocabulary.DOCUMENT_LABEL] == ["opinion"]
    assert service.articles_labelled(Vocabulary.RELEVANCE, "relevant") == [1]
    corpus.coding.undo()
    assert Vocabulary.DOCUMENT_LABEL not in service.article_labels(1)
    with pytest.raises(VocabularyError, match="no value"):
        service.set_article_label(1, Vocabulary.RELEVANCE, "maybe")
    moved = service.remove(Vocabulary.RELEVANCE, "relevant", "unsure")
    assert moved == 1
    assert service.article_labels(1) == {Vocabulary.RELEVANCE: ["unsure"]}


def test_the_article_list_filters_by_document_label_and_jsonl_carries_labels(
    corpus: Corpus, empty_corpus: Corpus, tmp_path: Path
) -> None:
    corpus.vocabularies.add(Vocabulary.DOCUMENT_LABEL, "background")
    corpus.vocabularies.set_article_label(2, Vocabulary.RELEVANCE, "relevant")
    corpus.vocabularies.set_article_label(3, Vocabulary.RELEVANCE, "not relevant")
    corpus.vocabularies.set_article_label(3, Vocabulary.DOCUMENT_LABEL, "background")
    assert corpus.article_ids(filters=ArticleFilters(label="relevant")) == [2]
    assert corpus.article_ids(filters=ArticleFilters(label="background")) == [3]
    target = tmp_path / "export.jsonl"
    Interchange(corpus).export_jsonl(target)
    Interchange(empty_corpus).import_jsonl(target)
    labelled = {
        empty_corpus.article(a).text[:40]: empty_corpus.vocabularies.article_labels(a)  # type: ignore[union-attr]
        for a in empty_corpus.article_ids()
        if empty_corpus.vocabularies.article_labels(a)
    }
    assert sorted(labelled.values(), key=len) == [
        {Vocabulary.RELEVANCE: ["relevant"]},
        {Vocabulary.RELEVANCE: ["not relevant"], Vocabulary.DOCUMENT_LABEL: ["background"]},
    ]


def test_each_change_is_one_operation_naming_what_it_changed(corpus: Corpus) -> None:
    """Vocabulary and label changes run on the journal: they return their ``Changes``
    to whoever runs them (the window's bus) and undo as one step each."""
    journal = corpus.journal
    with journal.collect() as added:
        corpus.vocabularies.add(Vocabulary.DOCUMENT_LABEL, "background")
    assert (added.count, added.changes.vocabularies, added.changes.labels) == (1, True, True)
    with journal.collect() as renamed:
        corpus.vocabularies.update(Vocabulary.EVENT_TYPE, "summit", ValueEdit(label="Summits"))
    assert renamed.changes.vocabularies and renamed.changes.codebook
    with journal.collect() as labelled:
        corpus.vocabularies.set_article_label(2, Vocabulary.DOCUMENT_LABEL, "background")
    assert labelled.changes.labels and labelled.changes.article_ids == frozenset({2})
    assert not labelled.changes.vocabularies
    undone = corpus.undo()
    assert undone is not None and undone.labels and undone.article_ids == frozenset({2})
    assert corpus.vocabularies.article_labels(2) == {}
    undone = corpus.undo()
    assert undone is not None and undone.vocabularies
    assert corpus.vocabularies.value(Vocabulary.EVENT_TYPE, "summit").label != "Summits"  # type: ignore[union-attr]
    corpus.redo()
    corpus.redo()
    assert corpus.vocabularies.article_labels(2) == {Vocabulary.DOCUMENT_LABEL: ["background"]}


def test_a_jsonl_line_with_new_labels_is_undone_with_its_import(
    corpus: Corpus, empty_corpus: Corpus, tmp_path: Path
) -> None:
    corpus.vocabularies.add(Vocabulary.DOCUMENT_LABEL, "background")
    corpus.vocabularies.set_article_label(3, Vocabulary.DOCUMENT_LABEL, "background")
    target = tmp_path / "export.jsonl"
    Interchange(corpus).export_jsonl(target)
    Interchange(empty_corpus).import_paths([target])
    assert empty_corpus.vocabularies.articles_labelled(Vocabulary.DOCUMENT_LABEL, "background")
    assert empty_corpus.undo() is not None  # one step: articles, tags, labels, new label
    assert empty_corpus.count() == 0
    assert empty_corpus.vocabularies.value(Vocabulary.DOCUMENT_LABEL, "background") is None
    assert not empty_corpus.journal.history.can_undo


def test_coding_takes_the_keys_the_database_has_and_refuses_others(corpus: Corpus) -> None:
    with pytest.raises(CodingError, match="not one of the event types"):
        corpus.coding.create_event("Cyber intrusion", "cyber operation")
    corpus.vocabularies.add(Vocabulary.EVENT_TYPE, "Cyber operation")
    event = corpus.coding.create_event("Cyber intrusion", "cyber operation")
    assert event.type == "cyber operation"
    long_key = "talks postponed by the other side"[:32]
    corpus.vocabularies.add(Vocabulary.CHANNEL_STATUS, long_key)
    channel = corpus.coding.channels()[0]
    tag = corpus.coding.create_tag(1, 0, 5, TagKind.CHANNEL, channel.id, status=long_key)
    ((stored,),) = sql(corpus, "SELECT status FROM tag WHERE id = :id", id=tag.id)
    assert stored == long_key and len(stored) == 32
    with pytest.raises(CodingError, match="not one of the channel statuses"):
        corpus.coding.update_tag(tag.id, status="on hold")
    with pytest.raises(CodingError, match="cannot be a key"):
        corpus.coding.update_tag(tag.id, status="On Hold!")
    retired = corpus.vocabularies.retire(Vocabulary.CHANNEL_STATUS, long_key)
    assert retired.retired
    assert corpus.coding.update_tag(tag.id, note="kept").status == long_key  # data keeps it


def test_tagging_with_slots_is_one_step_and_a_bad_slot_stores_nothing(corpus: Corpus) -> None:
    event = corpus.coding.events()[0]
    with pytest.raises(SlotError, match="only channel tags have parties"):
        corpus.coding.tag_span(
            1, 0, 5, TagKind.EVENT, event.id, slots=[SlotFiller(SlotRole.PARTY, "US")]
        )
    assert corpus.coding.all_tags() == []
    tag = corpus.coding.tag_span(
        1,
        0,
        5,
        TagKind.EVENT,
        event.id,
        slots=[SlotFiller(SlotRole.ACTOR, "US"), SlotFiller(SlotRole.ACTOR, "China")],
    )
    assert [(f.role, f.text) for f in corpus.slots.slots(tag.id)] == [
        (SlotRole.ACTOR, "US"),
        (SlotRole.ACTOR, "China"),
    ]
    corpus.coding.undo()
    assert corpus.coding.all_tags() == [] and corpus.slots.slots_for_tags() == {}
    corpus.coding.redo()
    assert [f.text for f in corpus.slots.slots(tag.id)] == ["US", "China"]
