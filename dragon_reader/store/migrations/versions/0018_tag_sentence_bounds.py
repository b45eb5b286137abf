"""each tag's sentence bounds, stored when the tag is made

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02

``tag.sentence_start`` / ``tag.sentence_end``: the sentence(s) around the tag's span in
its article, as ``SentenceFinder`` finds them; the CSV export reads them instead of
finding every tag's sentence again (the finder was most of a large export's own time).
The tags present are filled in here, article by article; a tag left ``NULL`` (one the
upgrading role cannot see) has its sentence found when it is read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dragon_reader.domain.date_phrases import SentenceFinder

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_BATCH = 500  # articles read at a time


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite too): a batch copy of the table would lose AUTOINCREMENT.
    op.add_column("tag", sa.Column("sentence_start", sa.Integer(), nullable=True))
    op.add_column("tag", sa.Column("sentence_end", sa.Integer(), nullable=True))
    bind = op.get_bind()
    tag = sa.table(
        "tag",
        sa.column("id", sa.Integer),
        sa.column("article_id", sa.Integer),
        sa.column("start", sa.Integer),
        sa.column("end", sa.Integer),
        sa.column("sentence_start", sa.Integer),
        sa.column("sentence_end", sa.Integer),
    )
    article = sa.table("article", sa.column("id", sa.Integer), sa.column("text", sa.Text))
    ids = [row[0] for row in bind.execute(sa.select(tag.c.article_id).distinct())]
    ids.sort()
    update = (
        sa.update(tag)
        .where(tag.c.id == sa.bindparam("tag_id"))
        .values(sentence_start=sa.bindparam("left"), sentence_end=sa.bindparam("right"))
    )
    for first in range(0, len(ids), _BATCH):
        chunk = ids[first : first + _BATCH]
        texts: dict[int, str] = {
            row[0]: row[1]
            for row in bind.execute(
                sa.select(article.c.id, article.c.text).where(article.c.id.in_(chunk))
            )
        }
        rows = bind.execute(
            sa.select(tag.c.id, tag.c.article_id, tag.c.start, tag.c.end)
            .where(tag.c.article_id.in_(chunk))
            .order_by(tag.c.article_id, tag.c.start)
        ).all()
        values = []
        finder, current = SentenceFinder(""), None
        for tag_id, article_id, start, end in rows:
            if article_id != current:
                current = article_id
                finder = SentenceFinder(texts.get(article_id) or "")
            left, right = finder.bounds(start, end)
            values.append({"tag_id": tag_id, "left": left, "right": right})
        if values:
            bind.execute(update, values)


def downgrade() -> None:
    with op.batch_alter_table(
        "tag", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.drop_column("sentence_end")
        batch_op.drop_column("sentence_start")
