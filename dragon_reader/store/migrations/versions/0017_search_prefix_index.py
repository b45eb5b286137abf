"""a prefix index for search as you type (SQLite FTS5)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02

Search as you type matches the last word as a prefix once it has three letters
(``domain.search_terms.PREFIX_FROM``). Without a prefix index FTS5 answers "tai*" by merging the
lists of every word that starts so, which at 100,000 articles took seconds for the
snippets of one page. FTS5 cannot add a prefix index to an existing table, so the table
is made again with ``prefix='3'`` and filled from the articles (``rebuild``); the
triggers that keep it in step are made again with it. The upgrade runs in one transaction
(``database.migrate``), so a kill during the rebuild leaves the old table in place. The
articles themselves are not touched. Nothing changes on other engines (PostgreSQL's GIN
index answers prefixes of a ``tsvector`` already).
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_TABLE = (
    "CREATE VIRTUAL TABLE article_fts USING fts5("
    "title, text, content='article', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2'{prefix})"
)
_TRIGGERS = [
    "CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]
_DROP = [
    "DROP TRIGGER IF EXISTS article_fts_update",
    "DROP TRIGGER IF EXISTS article_fts_delete",
    "DROP TRIGGER IF EXISTS article_fts_insert",
    "DROP TABLE IF EXISTS article_fts",
]


def _remake(prefix: str) -> None:
    for statement in _DROP:
        op.execute(statement)
    op.execute(_TABLE.format(prefix=prefix))
    for statement in _TRIGGERS:
        op.execute(statement)
    op.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _remake(", prefix='3'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _remake("")
