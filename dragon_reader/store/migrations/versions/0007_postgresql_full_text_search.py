"""article full-text search on PostgreSQL (tsvector column with a GIN index)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

PostgreSQL's counterpart of 0005's FTS5 table: a stored generated ``tsvector`` of the
title (weight A) and the text (weight B), kept in step by the server itself, and a GIN
index over it. The ``simple`` configuration lower-cases words without stemming, as FTS5's
``unicode61`` does, so both engines find the same articles for the same words. Only the
first ``SEARCH_CHARS`` characters of a text are indexed: a tsvector holds at most 1 MB.
Nothing changes on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SEARCH_CHARS = 200_000

_CREATE = [
    "ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || "
    f"setweight(to_tsvector('simple'::regconfig, left(text, {SEARCH_CHARS})), 'B')"
    ") STORED",
    "CREATE INDEX ix_article_search_vector ON article USING gin (search_vector)",
]
_DROP = [
    "DROP INDEX IF EXISTS ix_article_search_vector",
    "ALTER TABLE article DROP COLUMN IF EXISTS search_vector",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _DROP:
        op.execute(statement)
