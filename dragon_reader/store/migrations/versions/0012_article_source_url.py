"""article source URL

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

A nullable column, added in batch mode: existing rows keep working unchanged (their URL
is unknown) and the change is one table rebuild on SQLite, inside the upgrade's
transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.add_column(sa.Column("source_url", sa.String(length=2000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.drop_column("source_url")
