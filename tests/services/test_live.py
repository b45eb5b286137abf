"""Live updates between coders sharing one PostgreSQL database (a real server, two app
connections, no mocks)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from dragon_reader.domain.articles import ArticleStatus
from dragon_reader.domain.coding import TagKind
from dragon_reader.services.corpus import Corpus
from dragon_reader.services.live import LiveUpdates, RemoteChanges

pytestmark = pytest.mark.engines("postgresql")


@pytest.fixture
def other(db_url: str) -> Iterator[Corpus]:
    """A second coder's app on the same database."""
    opened = Corpus.open(db_url)
    opened.coding.annotator = "bo"
    yield opened
    opened.close()


@pytest.fixture
def live(corpus: Corpus) -> Iterator[LiveUpdates]:
    listening = LiveUpdates(corpus.database)
    yield listening
    listening.close()


def changes_within(live: LiveUpdates, seconds: float) -> tuple[RemoteChanges, float]:
    """The first non-empty changes and how long they took to come (or empty ones)."""
    began = time.monotonic()
    while (waited := time.monotonic() - began) < seconds:
        changes = live.next_changes(seconds - waited)
        if changes:
            return changes, time.monotonic() - began
    return RemoteChanges(), seconds


def test_another_coders_tag_arrives_within_two_seconds(
    corpus: Corpus, other: Corpus, live: LiveUpdates
) -> None:
    event = other.coding.events()[0]
    tag = other.coding.create_tag(1, 0, 2, TagKind.EVENT, event.id)
    changes, took = changes_within(live, 2.0)
    assert took < 2.0
    assert changes.tags == {tag.id}
    assert changes.articles == {1}
    assert not changes.codebook
    assert [t.id for t in corpus.coding.tags_for_article(1)] == [tag.id]  # and it is there


def test_own_changes_are_left_out_and_others_are_named_by_kind(
    corpus: Corpus, other: Corpus, live: LiveUpdates
) -> None:
    corpus.coding.create_tag(2, 0, 3, TagKind.EVENT, corpus.coding.events()[0].id)
    corpus.set_status(3, ArticleStatus.DONE)  # type: ignore[arg-type]
    assert not live.next_changes(0.5)
    other.set_status(4, ArticleStatus.DONE)  # type: ignore[arg-type]
    other.coding.create_channel("Coast guard hotline")
    changes = RemoteChanges()
    deadline = time.monotonic() + 2.0
    while not (changes.statuses and changes.codebook) and time.monotonic() < deadline:
        more = live.next_changes(0.5)
        changes = RemoteChanges(
            changes.articles | more.articles,
            changes.statuses | more.statuses,
            changes.tags | more.tags,
            changes.mentions | more.mentions,
            changes.codebook or more.codebook,
        )
    assert changes.statuses == {4}
    assert changes.codebook
    assert not changes.tags


def test_a_rolled_back_change_is_never_announced(other: Corpus, live: LiveUpdates) -> None:
    from sqlalchemy import text

    with pytest.raises(RuntimeError), other.database.session() as session:
        session.execute(text("UPDATE article SET status = 'done' WHERE id = 1"))
        raise RuntimeError("the change fails before it commits")
    assert not live.next_changes(0.5)


def test_a_listener_thread_delivers_until_stopped(corpus: Corpus, other: Corpus) -> None:
    live = LiveUpdates(corpus.database)
    delivered: list[RemoteChanges] = []
    arrived = threading.Event()

    def deliver(changes: RemoteChanges) -> None:
        delivered.append(changes)
        arrived.set()

    thread = threading.Thread(target=live.run, args=(deliver,))
    thread.start()
    try:
        other.set_status(2, ArticleStatus.IN_PROGRESS)  # type: ignore[arg-type]
        assert arrived.wait(2.0)
    finally:
        live.stop()
        thread.join(5.0)
    assert not thread.is_alive()
    assert delivered[0].statuses == {2}


@pytest.mark.engines("sqlite")
def test_sqlite_has_no_live_updates(corpus: Corpus) -> None:
    assert not LiveUpdates.available(corpus.database)
    with pytest.raises(ValueError, match="PostgreSQL"):
        LiveUpdates(corpus.database)
