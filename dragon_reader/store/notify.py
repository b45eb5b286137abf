"""Change notices on PostgreSQL: what other coders committed, as it is committed.

Migration 0008's triggers send a notice on the ``dragon_reader`` channel for every committed
change of an article, a tag, an analyst mention or a codebook entry (``NOTIFY`` is
delivered at commit, never for a rolled-back change). A ``NoticeListener`` holds its own
connection, ``LISTEN``s, and returns the notices that arrived. Each app instance marks its
connections with an origin (``dragon_reader.origin``), so it can tell its own changes from
others'.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

CHANNEL = "dragon_reader"
ORIGIN_SETTING = "dragon_reader.origin"  # set on every connection by store.database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RowNotice:
    """One committed change: ``table`` (article, tag, mention, codebook_event,
    codebook_channel), ``op`` (insert, update, delete), the row's id, its article (none for
    codebook entries) and the origin of the connection that made it."""

    table: str
    op: str
    row_id: int
    article_id: int | None
    origin: str | None


def parse_notice(payload: str) -> RowNotice | None:
    """The notice in a trigger's payload, or ``None`` when it is not one of ours."""
    try:
        data: dict[str, Any] = json.loads(payload)
        return RowNotice(
            table=str(data["t"]),
            op=str(data["op"]),
            row_id=int(data["id"]),
            article_id=None if data.get("a") is None else int(data["a"]),
            origin=None if data.get("o") is None else str(data["o"]),
        )
    except (ValueError, KeyError, TypeError):
        log.warning("ignored a malformed change notice: %r", payload[:200])
        return None


class NoticeListener:
    """A connection of its own that listens to the change notices of one database.

    Not thread-safe: one thread calls ``wait`` (a window's listener thread); ``close`` may
    be called from another to end it.
    """

    def __init__(self, engine: Engine) -> None:
        import psycopg

        if engine.dialect.name != "postgresql":
            msg = "change notices are sent by PostgreSQL only"
            raise ValueError(msg)
        url = engine.url.set(drivername="postgresql")
        self._connection = psycopg.connect(
            url.render_as_string(hide_password=False),
            autocommit=True,
            application_name="dragon-reader listener",
            connect_timeout=10,
        )
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[RowNotice]:
        """The notices that arrive within ``timeout`` seconds: returns as soon as one has
        arrived, with whatever else is already there (empty when none came)."""
        notices: list[RowNotice] = []
        for notify in self._connection.notifies(timeout=timeout, stop_after=1):
            notice = parse_notice(notify.payload)
            if notice is not None:
                notices.append(notice)
        for notify in self._connection.notifies(timeout=0.0):
            notice = parse_notice(notify.payload)
            if notice is not None:
                notices.append(notice)
        return notices

    def close(self) -> None:
        """Stop listening and close the connection."""
        self._connection.close()
