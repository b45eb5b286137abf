"""the curated set of tags, and blind double coding extended to tag slots

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

``tag.curated`` marks the tags of the curated set: what a curator accepted (or edited)
from the coders' tags of an article when adjudicating; coders' own tags stay as they were.

On PostgreSQL the slots of a tag (``tag_slot``) follow their tag's row-level security: a
row is visible, and may be written, only when its tag is visible to the connected role.
So a coder who codes blind can neither read nor write the slots of another coder's tags
(the policy's sub-select on ``tag`` is itself filtered by ``tag_blind_coding``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_SLOT_POLICY = [
    "ALTER TABLE tag_slot ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY tag_slot_blind_coding ON tag_slot "
    "USING (EXISTS (SELECT 1 FROM tag WHERE tag.id = tag_slot.tag_id)) "
    "WITH CHECK (EXISTS (SELECT 1 FROM tag WHERE tag.id = tag_slot.tag_id))",
]


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite too): a batch copy of the table would lose AUTOINCREMENT.
    op.add_column(
        "tag", sa.Column("curated", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in _SLOT_POLICY:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS tag_slot_blind_coding ON tag_slot")
        op.execute("ALTER TABLE tag_slot DISABLE ROW LEVEL SECURITY")
    with op.batch_alter_table(
        "tag", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.drop_column("curated")
