"""tag ids never reused (SQLite AUTOINCREMENT)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

SQLite gives a deleted highest rowid out again; with AUTOINCREMENT it never does, so a
``tag_id`` in an earlier export keeps naming one tag. SQLite cannot add AUTOINCREMENT to a
table in place: the table is copied into a new one (ids kept) inside the upgrade's single
transaction. Migrations run with foreign keys off, so dropping the old table does not
cascade to ``tag_slot`` rows that reference it. Other engines' sequences never reuse ids.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "tag", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "tag", recreate="always", table_kwargs={"sqlite_autoincrement": False}
    ):
        pass
