"""tag versions (optimistic concurrency) and change notices on PostgreSQL

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Every tag carries a ``version``, raised by each change, so an edit made on an old copy of a
tag is refused instead of overwriting a newer one. On PostgreSQL, triggers announce each
committed change of articles, tags, analyst mentions and codebook entries on the
``dragon_reader`` notification channel (see ``store.notify``), which other coders' windows
listen to. The notice names the table, the operation, the row, its article and the
``dragon_reader.origin`` setting of the connection that made it (so a window skips its
own changes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _function(name: str, article: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_id bigint;
    article_id bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_id := OLD.id; article_id := {article.format(row="OLD")};
    ELSE
        row_id := NEW.id; article_id := {article.format(row="NEW")};
    END IF;
    PERFORM pg_notify('dragon_reader', json_build_object(
        't', TG_TABLE_NAME, 'op', lower(TG_OP), 'id', row_id, 'a', article_id,
        'o', current_setting('dragon_reader.origin', true))::text);
    RETURN NULL;
END $$"""


_FUNCTIONS = {
    "dragon_reader_notice_article": "{row}.id",
    "dragon_reader_notice_span": "{row}.article_id",
    "dragon_reader_notice_entry": "NULL",
}
# Table, function, the events announced. Recognition's bookkeeping (entities_version,
# recognised mentions) is not announced: each window recognises for itself.
_TRIGGERS = [
    (
        "article",
        "dragon_reader_notice_article",
        "INSERT OR DELETE OR UPDATE OF status, title, outlet, byline, published",
    ),
    ("tag", "dragon_reader_notice_span", "INSERT OR DELETE OR UPDATE"),
    ("mention", "dragon_reader_notice_span", "INSERT OR DELETE OR UPDATE"),
    ("codebook_event", "dragon_reader_notice_entry", "INSERT OR DELETE OR UPDATE"),
    ("codebook_channel", "dragon_reader_notice_entry", "INSERT OR DELETE OR UPDATE"),
]


def upgrade() -> None:
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, article in _FUNCTIONS.items():
        op.execute(_function(name, article))
    for table, function, events in _TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {table}_notice AFTER {events} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _function_name, _events in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notice ON {table}")
        for name in _FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.drop_column("version")
