"""Two coders' tags on article 1, for the curation and agreement views' tests."""

from __future__ import annotations

from dragon_reader.domain.coding import ChannelStatus, TagKind
from dragon_reader.services.corpus import Corpus


def code_article_one(corpus: Corpus) -> None:
    """ana and bo tag article 1: one agreed event, one channel with differing status."""
    article = corpus.article(1)  # type: ignore[arg-type]
    assert article is not None
    text = article.text
    event = corpus.coding.events()[0].id
    channel = corpus.coding.channels()[0].id
    summit = text.index("California summit")
    taiwan = text.index("self-ruled Taiwan")
    for coder, status in (("ana", ChannelStatus.SEVERED), ("bo", ChannelStatus.SUSPENDED)):
        corpus.coding.annotator = coder
        corpus.coding.create_tag(1, summit, summit + 17, TagKind.EVENT, event)
        corpus.coding.create_tag(1, taiwan, taiwan + 17, TagKind.CHANNEL, channel, status)
    corpus.coding.annotator = "cy"
