"""indexes for large corpora

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

Index-only reads at 100,000 articles and tags: the article list's id order and the
outlets (without reading every article's text), and each channel's and event's tag count,
id sum and latest update (the timeline's per-lane change check).
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_article_order", "article", ["id"])
    op.create_index("ix_article_outlet", "article", ["outlet"])
    op.create_index("ix_tag_channel_changes", "tag", ["channel_id", "updated_at"])
    op.create_index("ix_tag_event_changes", "tag", ["event_id", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_tag_event_changes", table_name="tag")
    op.drop_index("ix_tag_channel_changes", table_name="tag")
    op.drop_index("ix_article_outlet", table_name="article")
    op.drop_index("ix_article_order", table_name="article")
