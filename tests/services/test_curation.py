"""Curation on a real database (both engines): two coders' tags compared unit by unit,
one side accepted into the curated set (with its slots) as one undo step, and exports
taking the curated set by default."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dragon_reader.domain.articles import ArticleId
from dragon_reader.domain.coding import ChannelStatus, FuzzyDate, TagKind
from dragon_reader.domain.curation import Verdict
from dragon_reader.domain.slots import SlotFiller, SlotRole
from dragon_reader.services.agreement import agreement_report
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.curation import CurationError
from dragon_reader.services.interchange import ExportFilters, Interchange

SUMMIT, PELOSI = "Biden-Xi summit at Woodside", "Pelosi visit to Taiwan"


def span(corpus: Corpus, words: str) -> tuple[int, int]:
    article = corpus.article(ArticleId(1))
    assert article is not None
    start = article.text.index(words)
    return start, start + len(words)


@pytest.fixture
def coded(corpus: Corpus) -> Corpus:
    """Article 1 coded by ana and bo: one agreed tag, one differing event, one channel tag
    with differing status, and one tag only bo made; ana's summit tag has an actor slot."""
    events = {event.name: event.id for event in corpus.coding.events()}
    channel = corpus.coding.channels()[0].id
    coding = corpus.coding
    coding.annotator = "ana"
    summit = coding.create_tag(1, *span(corpus, "California summit"), TagKind.EVENT, events[SUMMIT])
    corpus.slots.set_slots(summit.id, [SlotFiller(SlotRole.ACTOR, "Biden")])
    coding.create_tag(1, *span(corpus, "Nancy Pelosi visited"), TagKind.EVENT, events[PELOSI])
    coding.create_tag(
        1, *span(corpus, "self-ruled Taiwan"), TagKind.CHANNEL, channel, ChannelStatus.SEVERED
    )
    coding.annotator = "bo"
    bos = coding.create_tag(1, *span(corpus, "California summit"), TagKind.EVENT, events[SUMMIT])
    corpus.slots.set_slots(bos.id, [SlotFiller(SlotRole.ACTOR, "Biden")])
    coding.create_tag(1, *span(corpus, "Nancy Pelosi"), TagKind.EVENT, events[SUMMIT])
    coding.create_tag(
        1,
        *span(corpus, "self-ruled Taiwan"),
        TagKind.CHANNEL,
        channel,
        ChannelStatus.SUSPENDED,
        FuzzyDate.parse("2022-08"),
    )
    coding.create_tag(1, *span(corpus, "Xi Jinping"), TagKind.EVENT, events[SUMMIT])
    coding.annotator = "cy"  # the curator
    return corpus


def test_units_pair_the_coders_tags_and_name_what_differs(coded: Corpus) -> None:
    comparison = coded.curation.compare(1)
    assert comparison.coders == ("ana", "bo")
    assert (comparison.coder_a, comparison.coder_b) == ("ana", "bo")
    by_text = {(u.a.text if u.a else u.b.text if u.b else ""): u for u in comparison.units}
    assert len(comparison.units) == 4
    assert by_text["California summit"].verdict == Verdict.AGREE
    pelosi = by_text["Nancy Pelosi visited"]
    assert pelosi.verdict == Verdict.DIFFER
    assert pelosi.differences == ("span", "entry")
    assert by_text["self-ruled Taiwan"].differences == ("status", "when")
    assert by_text["Xi Jinping"].verdict == Verdict.ONLY_B
    assert all(u.curated is None for u in comparison.units)


def test_accepting_a_side_copies_it_with_its_slots_as_one_undo_step(coded: Corpus) -> None:
    units = coded.curation.compare(1).units
    summit = next(u for u in units if u.verdict == Verdict.AGREE)
    assert summit.a is not None
    made = coded.curation.accept(summit.a.id)
    assert made.curated and made.annotator == "cy"
    assert (made.start, made.end, made.entry_id) == (
        summit.a.start,
        summit.a.end,
        summit.a.entry_id,
    )
    assert coded.slots.slots(made.id) == (SlotFiller(SlotRole.ACTOR, "Biden"),)
    again = coded.curation.compare(1).units
    assert next(u for u in again if u.verdict == Verdict.AGREE).curated == made
    # The coders' own tags are untouched; the curated tag is not a coder's.
    assert coded.curation.coders(1) == ["ana", "bo"]
    assert coded.coding.undo() is not None
    assert coded.coding.tag(made.id) is None
    assert coded.slots.slots(made.id) == ()
    assert coded.coding.redo() is not None
    assert coded.slots.slots(made.id) == (SlotFiller(SlotRole.ACTOR, "Biden"),)


def test_accepting_the_other_side_replaces_the_curated_tag(coded: Corpus) -> None:
    channel = next(
        u for u in coded.curation.compare(1).units if u.a and u.a.kind.value == "channel"
    )
    assert channel.a is not None and channel.b is not None
    first = coded.curation.accept(channel.a.id)
    second = coded.curation.accept(channel.b.id, replacing=first.id)
    assert coded.coding.tag(first.id) is None
    assert second.status == ChannelStatus.SUSPENDED and str(second.when) == "2022-08"
    curated = [t for t in coded.coding.tags_for_article(1) if t.curated]
    assert [t.id for t in curated] == [second.id]
    # Accepting the same side again writes nothing.
    assert coded.curation.accept(channel.b.id, replacing=second.id) == second
    coded.coding.undo()  # one step: the replacement
    assert [t.id for t in coded.coding.tags_for_article(1) if t.curated] == [first.id]


def test_only_curated_tags_can_be_removed_and_curated_tags_not_accepted(coded: Corpus) -> None:
    tags = coded.coding.tags_for_article(1)
    with pytest.raises(CurationError):
        coded.curation.remove(tags[0].id)
    made = coded.curation.accept(tags[0].id)
    with pytest.raises(CurationError):
        coded.curation.accept(made.id)
    with pytest.raises(CurationError):
        coded.curation.accept(tags[1].id, replacing=tags[0].id)
    coded.curation.remove(made.id)
    assert coded.coding.tag(made.id) is None
    assert coded.coding.tag(tags[0].id) is not None


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_exports_take_the_curated_set_by_default(coded: Corpus, tmp_path: Path) -> None:
    interchange = Interchange(coded)
    coded.coding.annotator = "ana"
    other = coded.coding.create_tag(2, 0, 5, TagKind.EVENT, coded.coding.events()[0].id)
    coded.coding.annotator = "cy"
    before = interchange.exported_tag_ids()
    assert len(before) == 8  # nothing curated yet: every coder's tags
    summit = next(u for u in coded.curation.compare(1).units if u.verdict == Verdict.AGREE)
    assert summit.b is not None
    made = coded.curation.accept(summit.b.id)
    # Article 1 now exports its curated set alone; article 2 (not curated) its tags.
    assert interchange.exported_tag_ids() == {made.id, other.id}
    out = tmp_path / "tags.csv"
    interchange.export_tags_csv(out)
    assert [row["annotator"] for row in read_rows(out)] == ["cy", "ana"]
    ana_only = interchange.exported_tag_ids(ExportFilters(annotator="ana"))
    assert made.id not in ana_only and len(ana_only) == 4
    assert len(interchange.exported_tag_ids(ExportFilters(all_coders=True))) == 9


def test_agreement_leaves_the_curated_set_out(coded: Corpus) -> None:
    before = agreement_report(coded).as_dict()
    summit = next(u for u in coded.curation.compare(1).units if u.verdict == Verdict.AGREE)
    assert summit.a is not None
    coded.curation.accept(summit.a.id)
    after = agreement_report(coded)
    assert after.coders == ["ana", "bo"]
    assert after.as_dict() == before
