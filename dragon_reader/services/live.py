"""Live updates: other coders' committed changes to a shared PostgreSQL database, as
``RemoteChanges`` that a window applies through its one change path.

The server announces every committed change (``store.notify``); ``LiveUpdates`` listens on
a connection of its own, leaves out this app's own changes, and gathers the rest into one
``RemoteChanges`` per wait: which articles, tags, mentions and codebook entries changed.
SQLite has no such notices (one coder per file): ``LiveUpdates.available`` is False there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dragon_reader.store.database import Database
from dragon_reader.store.notify import NoticeListener, RowNotice

POLL_SECONDS = 0.5  # a listener thread waits this long per round (stop is seen that fast)


@dataclass(frozen=True, slots=True)
class RemoteChanges:
    """What other coders changed, by the same flags as the window's change path:
    ``articles`` every article touched (itself, its tags or its mentions), ``statuses``
    articles whose own row changed (status, title, metadata; added or deleted), ``tags``
    the tag ids, ``mentions`` articles whose analyst mentions changed, ``codebook`` whether
    any event or channel changed."""

    articles: frozenset[int] = frozenset()
    statuses: frozenset[int] = frozenset()
    tags: frozenset[int] = frozenset()
    mentions: frozenset[int] = frozenset()
    codebook: bool = False

    def __bool__(self) -> bool:
        return bool(self.articles or self.tags or self.codebook)


def remote_changes(notices: Iterable[RowNotice], own_origin: str | None) -> RemoteChanges:
    """Gather notices into one ``RemoteChanges``, leaving out those from ``own_origin``."""
    articles: set[int] = set()
    statuses: set[int] = set()
    tags: set[int] = set()
    mentions: set[int] = set()
    codebook = False
    for notice in notices:
        if own_origin is not None and notice.origin == own_origin:
            continue
        if notice.article_id is not None:
            articles.add(notice.article_id)
        if notice.table == "article":
            statuses.add(notice.row_id)
        elif notice.table == "tag":
            tags.add(notice.row_id)
        elif notice.table == "mention" and notice.article_id is not None:
            mentions.add(notice.article_id)
        elif notice.table in ("codebook_event", "codebook_channel"):
            codebook = True
    return RemoteChanges(
        frozenset(articles), frozenset(statuses), frozenset(tags), frozenset(mentions), codebook
    )


class LiveUpdates:
    """Listens to one shared database for other coders' changes.

    ``next_changes`` blocks up to a timeout; ``run`` loops in a thread of its own, handing
    each batch to a callback, until ``stop``. Changes arrive within ``POLL_SECONDS`` of
    their commit at most, usually at once.
    """

    def __init__(self, database: Database) -> None:
        if not self.available(database):
            msg = "live updates need a PostgreSQL database"
            raise ValueError(msg)
        self._origin = database.origin
        self._listener = NoticeListener(database.engine)
        self._stopped = threading.Event()

    @staticmethod
    def available(database: Database) -> bool:
        """True when the database announces changes (PostgreSQL)."""
        return database.is_postgresql

    def next_changes(self, timeout: float = POLL_SECONDS) -> RemoteChanges:
        """Other coders' changes committed since the last call, waiting up to ``timeout``
        seconds for the first; empty (false) when none came."""
        return remote_changes(self._listener.wait(timeout), self._origin)

    def run(self, deliver: Callable[[RemoteChanges], None]) -> None:
        """Hand every non-empty batch of changes to ``deliver`` until ``stop``."""
        try:
            while not self._stopped.is_set():
                changes = self.next_changes()
                if changes and not self._stopped.is_set():
                    deliver(changes)
        finally:
            self._listener.close()

    def stop(self) -> None:
        """Make ``run`` return within ``POLL_SECONDS``."""
        self._stopped.set()

    def close(self) -> None:
        """Stop listening (when not running ``run``)."""
        self._stopped.set()
        self._listener.close()
