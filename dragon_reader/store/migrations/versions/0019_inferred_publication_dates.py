"""the publication date each undated article's text gives away, kept with the article

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02

``article.inferred_published`` / ``inferred_certainty`` / ``inferred_evidence``: what
``domain.publication.infer_publication`` reads from an article without a stored date, so
that the Published filter, the list's date sort and the exports see it (it was computed
for the rows on screen only). ``inferred_by`` names the rules (and, for an inference that
needed the codebook, its dated events) the stored value came from; ``NULL`` or another
value means "infer again", which the app does in the background. Nothing is filled in here:
every article starts ``NULL``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (SQLite too): a batch copy of the table would rebuild every article.
    op.add_column("article", sa.Column("inferred_published", sa.Date(), nullable=True))
    op.add_column("article", sa.Column("inferred_certainty", sa.String(16), nullable=True))
    op.add_column("article", sa.Column("inferred_evidence", sa.String(500), nullable=True))
    op.add_column("article", sa.Column("inferred_by", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_column("inferred_by")
        batch_op.drop_column("inferred_evidence")
        batch_op.drop_column("inferred_certainty")
        batch_op.drop_column("inferred_published")
