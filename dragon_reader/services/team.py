"""A team coding one database: who is coding, and which articles are assigned to whom.

On PostgreSQL a coder is the database role the app is connected as (the server enforces
blind double coding by it, see migration 0009); on SQLite, one coder per file, it is the
annotator's name. An article may be assigned to several coders; a coder's queue is the
articles assigned to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select, text
from sqlalchemy.exc import ProgrammingError

from dragon_reader.domain.articles import ArticleId
from dragon_reader.services.coding import CodingError, CodingService
from dragon_reader.store.database import Database
from dragon_reader.store.models import Article, Assignment


class TeamService:
    """Coders and assignments of one database."""

    def __init__(self, database: Database, coding: CodingService) -> None:
        self.database = database
        self._coding = coding

    def current_coder(self) -> str:
        """Who is coding: the connected role on PostgreSQL, the annotator on SQLite."""
        if not self.database.is_postgresql:
            return self._coding.annotator
        with self.database.session() as session:
            return str(session.scalar(text("SELECT current_user")))

    def assign(self, article_ids: Iterable[int], coders: Iterable[str]) -> int:
        """Assign every article to every coder (already assigned pairs stay); return how
        many assignments are new. On PostgreSQL only curators may assign."""
        ids = sorted(set(article_ids))
        names = sorted({name.strip() for name in coders if name.strip()})
        if not ids or not names:
            return 0
        try:
            with self.database.session() as session:
                known = set(session.scalars(select(Article.id).where(Article.id.in_(ids))))
                missing = [i for i in ids if i not in known]
                if missing:
                    msg = f"no such article: {', '.join(map(str, missing))}"
                    raise CodingError(msg)
                have = {
                    (row.article_id, row.coder)
                    for row in session.execute(
                        select(Assignment.article_id, Assignment.coder).where(
                            Assignment.article_id.in_(ids)
                        )
                    )
                }
                new = [(i, name) for i in ids for name in names if (i, name) not in have]
                session.add_all(Assignment(article_id=i, coder=name) for i, name in new)
        except ProgrammingError as exc:
            if "row-level security" not in str(exc):
                raise
            msg = "only a curator may assign articles on this server"
            raise CodingError(msg) from exc
        return len(new)

    def unassign(self, article_ids: Iterable[int], coders: Iterable[str]) -> None:
        """Take articles off coders' queues."""
        with self.database.session() as session:
            session.execute(
                delete(Assignment).where(
                    Assignment.article_id.in_(list(article_ids)),
                    Assignment.coder.in_(list(coders)),
                )
            )

    def assignments(self, article_ids: Sequence[int]) -> dict[int, list[str]]:
        """The coders of each article (articles without any: absent), sorted."""
        with self.database.session() as session:
            rows = session.execute(
                select(Assignment.article_id, Assignment.coder)
                .where(Assignment.article_id.in_(list(article_ids)))
                .order_by(Assignment.article_id, Assignment.coder)
            )
            result: dict[int, list[str]] = {}
            for article_id, coder in rows:
                result.setdefault(article_id, []).append(coder)
            return result

    def queue(self, coder: str | None = None) -> list[ArticleId]:
        """The articles assigned to ``coder`` (default: the current coder), by id."""
        name = coder if coder is not None else self.current_coder()
        with self.database.session() as session:
            return [
                ArticleId(i)
                for i in session.scalars(
                    select(Assignment.article_id)
                    .where(Assignment.coder == name)
                    .order_by(Assignment.article_id)
                )
            ]
