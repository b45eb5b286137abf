from __future__ import annotations

import pytest

from dragon_reader.domain.coding import (
    ChannelLevel,
    ChannelStatus,
    EventType,
    FuzzyDate,
    TagKind,
)
from dragon_reader.services.coding import CodingError, TagConflict
from dragon_reader.services.corpus import Corpus
from dragon_reader.store.database import create_app_engine, database_url


def span_of(corpus: Corpus, article_id: int, words: str) -> tuple[int, int]:
    article = corpus.article(article_id)  # type: ignore[arg-type]
    assert article is not None
    start = article.text.index(words)
    return start, start + len(words)


def test_the_starter_codebook_is_loaded_once(corpus: Corpus) -> None:
    names = [e.name for e in corpus.coding.events()]
    assert "Pelosi visit to Taiwan" in names
    assert "17th Defense Policy Coordination Talks" in names
    assert names.index("Pelosi visit to Taiwan") < names.index("Biden-Xi summit at Woodside")
    assert "Defense Policy Coordination Talks" in [c.name for c in corpus.coding.channels()]
    assert corpus.coding.load_starter_codebook_once() is False


def test_a_channel_tag_is_committed_with_status_date_and_annotator(
    corpus: Corpus, db_url: str
) -> None:
    channel = next(
        c for c in corpus.coding.channels() if c.name == "Military-to-military communications"
    )
    start, end = span_of(
        corpus,
        1,
        "agreed last month at a closely watched California summit to resume such contacts",
    )
    corpus.coding.annotator = "ana"
    tag = corpus.coding.create_tag(
        1,
        start,
        end,
        TagKind.CHANNEL,
        channel.id,
        ChannelStatus.RESUMED,
        FuzzyDate.parse("2023-11-15"),
        0.9,
        "Per **Reuters**",
    )
    assert tag.text.startswith("agreed last month")
    other = create_app_engine(database_url(db_url))  # a second connection sees it: committed
    with other.connect() as raw:
        row = raw.exec_driver_sql(
            'SELECT start, "end", status, "when", annotator, confidence FROM tag'
        ).one()
    other.dispose()
    assert tuple(row) == (start, end, "resumed", "2023-11-15", "ana", 0.9)
    assert corpus.coding.channel(channel.id).tag_count == 1  # type: ignore[union-attr]


def test_tags_may_overlap_and_refuse_bad_input(corpus: Corpus) -> None:
    event = corpus.coding.events()[0]
    channel = corpus.coding.channels()[0]
    a = corpus.coding.create_tag(1, 0, 40, TagKind.EVENT, event.id)
    b = corpus.coding.create_tag(1, 20, 60, TagKind.CHANNEL, channel.id, ChannelStatus.ACTIVE)
    assert [t.id for t in corpus.coding.tags_for_article(1)] == [a.id, b.id]
    with pytest.raises(CodingError, match="not inside"):
        corpus.coding.create_tag(1, 10, 10**7, TagKind.EVENT, event.id)
    with pytest.raises(CodingError, match="spaces"):
        corpus.coding.create_tag(1, 2, 3, TagKind.EVENT, event.id)
    with pytest.raises(CodingError, match="status"):
        corpus.coding.create_tag(1, 0, 5, TagKind.EVENT, event.id, ChannelStatus.ACTIVE)
    with pytest.raises(CodingError, match="no such channel"):
        corpus.coding.create_tag(1, 0, 5, TagKind.CHANNEL, 99999)
    with pytest.raises(CodingError, match="confidence"):
        corpus.coding.create_tag(1, 0, 5, TagKind.EVENT, event.id, confidence=1.5)


def test_merge_moves_tags_and_undo_redo_restore_both_sides(corpus: Corpus) -> None:
    source = corpus.coding.create_channel("Hotline", ChannelLevel.MILITARY)
    target = next(c for c in corpus.coding.channels() if c.name == "Crisis hotline")
    first = corpus.coding.create_tag(2, 0, 10, TagKind.CHANNEL, source.id, ChannelStatus.PROPOSED)
    second = corpus.coding.create_tag(3, 0, 10, TagKind.CHANNEL, source.id, ChannelStatus.ACTIVE)
    assert corpus.coding.merge_channels(source.id, target.id) == 2
    assert corpus.coding.channel(source.id) is None
    assert {t.id for t in corpus.coding.tags_for_channel(target.id)} == {first.id, second.id}
    assert corpus.coding.undo() == "merge “Hotline” into “Crisis hotline”"
    assert corpus.coding.channel(source.id) is not None
    assert {t.id for t in corpus.coding.tags_for_channel(source.id)} == {first.id, second.id}
    assert corpus.coding.tags_for_channel(target.id) == []
    corpus.coding.redo()
    assert corpus.coding.channel(source.id) is None
    assert len(corpus.coding.tags_for_channel(target.id)) == 2


def test_every_kind_of_change_undoes(corpus: Corpus) -> None:
    coding = corpus.coding
    before_events = coding.events()
    event = coding.create_event("Phone call", EventType.CALL, FuzzyDate.parse("2024-04-02"))
    coding.update_event(event.id, name="Biden-Xi phone call", place="Washington")
    tag = coding.create_tag(1, 0, 2, TagKind.EVENT, event.id, note="first")
    coding.update_tag(tag.id, note="second", start=0, end=10)
    coding.delete_tag(tag.id)
    assert coding.tag(tag.id) is None
    coding.undo()  # the delete
    assert coding.tag(tag.id).note == "second"  # type: ignore[union-attr]
    coding.undo()  # the edit
    restored = coding.tag(tag.id)
    assert restored is not None
    assert (restored.note, restored.end) == ("first", 2)
    coding.undo()  # the tag
    assert coding.tag(tag.id) is None
    coding.undo()  # the rename
    assert coding.event(event.id).name == "Phone call"  # type: ignore[union-attr]
    coding.undo()  # the event
    assert coding.events() == before_events
    assert coding.undo() is None
    for _ in range(5):
        coding.redo()
    assert coding.tag(tag.id) is None
    assert coding.event(event.id).name == "Biden-Xi phone call"  # type: ignore[union-attr]


def test_codebook_rules(corpus: Corpus) -> None:
    coding = corpus.coding
    with pytest.raises(CodingError, match="already has"):
        coding.create_event("pelosi VISIT to taiwan")
    with pytest.raises(CodingError, match="needs a name"):
        coding.create_channel("   ")
    used = next(c for c in coding.channels() if c.name == "Crisis hotline")
    coding.create_tag(1, 0, 5, TagKind.CHANNEL, used.id, ChannelStatus.ACTIVE)
    with pytest.raises(CodingError, match="merge it"):
        coding.delete_channel(used.id)
    spare = coding.create_channel("Spare")
    coding.delete_channel(spare.id)
    assert coding.channel(spare.id) is None
    coding.undo()
    assert coding.channel(spare.id) is not None


def test_channel_history_links_back_to_evidence(corpus: Corpus) -> None:
    coding = corpus.coding
    channel = next(c for c in coding.channels() if c.name == "Defense Policy Coordination Talks")
    late = coding.create_tag(
        4,
        *span_of(corpus, 4, "17th round"),
        TagKind.CHANNEL,
        channel.id,
        ChannelStatus.RESUMED,
        FuzzyDate.parse("2024-01"),
    )
    early = coding.create_tag(
        4,
        *span_of(corpus, 4, "severed by Beijing"),
        TagKind.CHANNEL,
        channel.id,
        ChannelStatus.SEVERED,
        FuzzyDate.parse("2022-08"),
    )
    history = coding.channel_history(channel.id)
    assert [(p.tag_id, p.status) for p in history] == [
        (early.id, ChannelStatus.SEVERED),
        (late.id, ChannelStatus.RESUMED),
    ]
    assert history[0].article_id == 4
    assert history[0].text == "severed by Beijing"


def test_notes_render_sanitised() -> None:
    from dragon_reader.services.notes import render_note

    html = render_note(
        "**bold** [ok](https://example.org) [bad](javascript:alert(1)) "
        "<script>alert(1)</script><img src=x onerror=alert(1)> =1+1"
    )
    assert "<strong>bold</strong>" in html
    assert 'href="https://example.org"' in html
    assert "javascript" not in html
    assert "<script" not in html
    assert "<img" not in html
    assert "onerror" not in html
    assert "=1+1" in html


def test_an_edit_of_a_tag_changed_meanwhile_is_refused_not_written(db_url: str) -> None:
    """Two coders on one database: the second's editor shows version 1 while the first
    saves version 2; saving the editor is refused and the first coder's change stays."""
    ana, bo = Corpus.open(db_url), Corpus.open(db_url)
    try:
        ana.coding.annotator, bo.coding.annotator = "ana", "bo"
        event = ana.coding.events()[0]
        tag = ana.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id)
        in_bos_editor = bo.coding.tag(tag.id)
        assert in_bos_editor is not None and in_bos_editor.version == 1
        assert ana.coding.update_tag(tag.id, expected_version=1, note="ana's").version == 2
        with pytest.raises(TagConflict, match="changed by ana"):
            bo.coding.update_tag(tag.id, expected_version=in_bos_editor.version, note="bo's")
        with pytest.raises(TagConflict):
            bo.coding.delete_tag(tag.id, expected_version=in_bos_editor.version)
        stored = bo.coding.tag(tag.id)
        assert stored is not None and (stored.note, stored.version) == ("ana's", 2)
        assert bo.coding.update_tag(tag.id, expected_version=2, note="bo's").version == 3
    finally:
        ana.close()
        bo.close()


def test_undo_never_overwrites_another_coders_later_change(db_url: str) -> None:
    ana, bo = Corpus.open(db_url), Corpus.open(db_url)
    try:
        event = ana.coding.events()[0]
        tag = ana.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id, note="first")
        ana.coding.update_tag(tag.id, note="second")
        assert ana.coding.undo() is not None  # back to "first": nobody else changed it
        assert ana.coding.redo() is not None  # and forward to "second"
        bo.coding.update_tag(tag.id, expected_version=4, note="bo's")
        with pytest.raises(CodingError, match="changed by"):
            ana.coding.undo()
        stored = ana.coding.tag(tag.id)
        assert stored is not None and stored.note == "bo's"
    finally:
        ana.close()
        bo.close()
