"""Annotation sessions: start, stop, resume, and what each one produced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dragon_reader.domain.changes import Changes
from dragon_reader.io.writers import write_csv
from dragon_reader.services.journal import Journal
from dragon_reader.store.database import Database
from dragon_reader.store.models import AnnotationSession, Tag

SESSION_COLUMNS = [
    "session_id",
    "annotator",
    "started",
    "ended",
    "duration_minutes",
    "articles_touched",
    "tags_made",
]


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """A session with what it produced (``ended`` is ``None`` while it runs)."""

    id: int
    annotator: str
    started: datetime
    ended: datetime | None
    articles_touched: int
    tags_made: int

    def duration(self, now: datetime | None = None) -> timedelta:
        """How long it ran (until now, if it is still running)."""
        return (self.ended or now or _now()) - self.started


_SESSIONS = Changes(sessions=True)


class SessionService:
    """Sessions of one database. At most one session is open at a time.

    Starting and stopping are operations of the ``Journal`` (they report
    ``Changes(sessions=True)``) that are not undone: a session is a record of time.
    """

    def __init__(self, database: Database, journal: Journal | None = None) -> None:
        self.database = database
        self.journal = journal if journal is not None else Journal(database)

    def open_session(self) -> SessionSummary | None:
        """The session still open (to resume after a restart or a crash), if any."""
        with self.database.session() as session:
            row = session.scalars(
                select(AnnotationSession)
                .where(AnnotationSession.ended_at.is_(None))
                .order_by(AnnotationSession.started_at.desc())
            ).first()
            return self._summary(session, row) if row else None

    def start(self, annotator: str) -> SessionSummary:
        """Start a session (closing any open one first)."""
        now = _now()
        with self.journal.operation("start a session", _SESSIONS) as op:
            op.undoable = False
            session = op.db
            for row in session.scalars(
                select(AnnotationSession).where(AnnotationSession.ended_at.is_(None))
            ):
                row.ended_at = now
            row = AnnotationSession(annotator=annotator, started_at=now)
            session.add(row)
            session.flush()
            return self._summary(session, row)

    def stop(self, session_id: int) -> SessionSummary | None:
        """End a session; returns it, or ``None`` if it does not exist."""
        with self.journal.operation("end the session", _SESSIONS) as op:
            op.undoable = False
            session = op.db
            row = session.get(AnnotationSession, session_id)
            if row is None:
                return None
            if row.ended_at is None:
                row.ended_at = _now()
            return self._summary(session, row)

    def summary(self, session_id: int) -> SessionSummary | None:
        """One session with its counts."""
        with self.database.session() as session:
            row = session.get(AnnotationSession, session_id)
            return self._summary(session, row) if row else None

    def all_sessions(self) -> list[SessionSummary]:
        """Every session, newest first."""
        with self.database.session() as session:
            rows = session.scalars(
                select(AnnotationSession).order_by(AnnotationSession.started_at.desc())
            ).all()
            return [self._summary(session, row) for row in rows]

    def export_csv(self, target: Path, bom: bool = True) -> int:
        """Write the sessions to CSV (same conventions as the tag export)."""
        rows = [
            [
                s.id,
                s.annotator,
                _iso(s.started),
                _iso(s.ended),
                round(s.duration().total_seconds() / 60, 1),
                s.articles_touched,
                s.tags_made,
            ]
            for s in self.all_sessions()
        ]
        return write_csv(Path(target), SESSION_COLUMNS, rows, bom=bom, text_columns=["annotator"])

    @staticmethod
    def _summary(session: Session, row: AnnotationSession) -> SessionSummary:
        tags, articles = session.execute(
            select(func.count(Tag.id), func.count(func.distinct(Tag.article_id))).where(
                Tag.session_id == row.id
            )
        ).one()
        return SessionSummary(row.id, row.annotator, row.started_at, row.ended_at, articles, tags)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
