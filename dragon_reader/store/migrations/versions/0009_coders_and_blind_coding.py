"""coders and curators: articles assigned to coders, blind double coding enforced by
PostgreSQL's row-level security

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

Every tag records the database role that made it (``coder``; PostgreSQL fills it with
``current_user``). On PostgreSQL two group roles are made when missing (this needs the
CREATEROLE privilege; otherwise an administrator makes them): ``dragon_coder`` and
``dragon_curator``. A connection whose role is a coder and not a curator sees, changes and
deletes only its own tags, and cannot make a tag in another's name: the server refuses it,
whatever the program connected. Curators, and roles in neither group (the schema's owner,
a lab without roles), see every tag. Both groups may read and write the app's tables.
Articles are assigned to coders (``assignment``: N coders per article, a coder's
queue); on PostgreSQL everyone may read the assignments and only those who do not code
blind (curators) may change them. On SQLite ``coder`` stays empty (one coder per file) and
assignments name annotators.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dragon_coder') THEN
        CREATE ROLE dragon_coder NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dragon_curator') THEN
        CREATE ROLE dragon_curator NOLOGIN;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'create the roles dragon_coder and dragon_curator as an administrator';
END $$"""

# True for a connection that codes blind: a member of dragon_coder, not of dragon_curator.
# Reads the roles by name, so a missing group simply means "not a member"; the policy asks
# once per statement (a sub-select), not once per row.
_IS_BLIND = """
CREATE OR REPLACE FUNCTION dragon_reader_codes_blind() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_roles r
        WHERE r.rolname = 'dragon_coder' AND pg_has_role(current_user, r.oid, 'MEMBER')
    ) AND NOT EXISTS (
        SELECT 1 FROM pg_roles r
        WHERE r.rolname = 'dragon_curator' AND pg_has_role(current_user, r.oid, 'MEMBER')
    )
$$"""

_GRANTS = """
DO $$
DECLARE grp text;
BEGIN
    FOREACH grp IN ARRAY ARRAY['dragon_coder', 'dragon_curator'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                           current_schema(), grp);
            EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I',
                           current_schema(), grp);
            EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, '
                           'UPDATE, DELETE ON TABLES TO %I', current_schema(), grp);
            EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT '
                           'ON SEQUENCES TO %I', current_schema(), grp);
        END IF;
    END LOOP;
END $$"""

_POLICY = [
    "ALTER TABLE assignment ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY assignment_read ON assignment FOR SELECT USING (true)",
    "CREATE POLICY assignment_curate ON assignment "
    "USING ((SELECT NOT dragon_reader_codes_blind())) "
    "WITH CHECK ((SELECT NOT dragon_reader_codes_blind()))",
    "ALTER TABLE tag ALTER COLUMN coder SET DEFAULT current_user",
    "ALTER TABLE tag ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY tag_blind_coding ON tag "
    "USING ((SELECT NOT dragon_reader_codes_blind()) OR coder = current_user) "
    "WITH CHECK ((SELECT NOT dragon_reader_codes_blind()) OR coder = current_user)",
]


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("coder", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "coder"),
    )
    op.create_index("ix_assignment_coder", "assignment", ["coder"], unique=False)
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.add_column(sa.Column("coder", sa.String(length=63), nullable=True))
        batch_op.create_index(batch_op.f("ix_tag_coder"), ["coder"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_ROLES)
    op.execute(_IS_BLIND)
    op.execute(_GRANTS)
    for statement in _POLICY:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS tag_blind_coding ON tag")
        op.execute("ALTER TABLE tag DISABLE ROW LEVEL SECURITY")
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tag_coder"))
        batch_op.drop_column("coder")
    op.drop_index("ix_assignment_coder", table_name="assignment")
    op.drop_table("assignment")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS dragon_reader_codes_blind()")
