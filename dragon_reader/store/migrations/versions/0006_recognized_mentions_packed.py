"""recognizer mentions packed per article, entities stored once

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

The recognizer's mentions move out of ``mention`` (a row each) into one packed row per
article plus its entities. They are derived data: the old rows are dropped and every
article is marked for recognition again, which the app does in the background on start.
Analyst mentions stay in ``mention`` untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical", sa.String(length=500), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("canonical", "label", name="uq_entity_canonical_label"),
    )
    op.create_table(
        "recognized_mentions",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("spans", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_table(
        "recognized_entity",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entity_id"], ["entity.id"]),
        sa.PrimaryKeyConstraint("article_id", "slot"),
        sqlite_with_rowid=False,
    )
    op.create_index(
        op.f("ix_recognized_entity_entity_id"), "recognized_entity", ["entity_id"], unique=False
    )
    op.execute("DELETE FROM mention WHERE origin = 'recognizer'")
    op.execute("UPDATE article SET entities_version = NULL")


def downgrade() -> None:
    op.drop_index(op.f("ix_recognized_entity_entity_id"), table_name="recognized_entity")
    op.drop_table("recognized_entity")
    op.drop_table("recognized_mentions")
    op.drop_table("entity")
    op.execute("UPDATE article SET entities_version = NULL")
