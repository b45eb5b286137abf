"""tag status holds any channel-status key

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

Channel statuses are a vocabulary the analyst extends, and a vocabulary key may be 32
characters long: ``tag.status`` grows from 16 to 32 characters. Stored values are kept as
they are. On SQLite the table is copied in batch mode (ids and AUTOINCREMENT kept, foreign
keys off during migrations, so ``tag_slot`` rows are untouched) inside the upgrade's single
transaction; PostgreSQL alters the column in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tag", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.alter_column(
            "status",
            existing_type=sa.String(length=16),
            type_=sa.String(length=32),
            existing_nullable=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("tag", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.alter_column(
            "status",
            existing_type=sa.String(length=32),
            type_=sa.String(length=16),
            existing_nullable=True,
        )
