"""Alembic environment, configured in code: see ``dragon_reader.store.database``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dragon_reader.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run migrations on the connection handed over by the app, or on the configured URL."""
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as own_connection:
            _run(own_connection)
        return
    _run(connection)


# Full-text search is engine-specific and kept by its own migrations, outside the models:
# SQLite's FTS5 table (and its shadow tables), PostgreSQL's tsvector column and its index.
_SEARCH_OBJECTS = {"column": {"search_vector"}, "index": {"ix_article_search_vector"}}


def _include_object(
    _object: object, name: str | None, type_: str, _reflected: bool, _compare_to: object
) -> bool:
    """Leave the full-text search objects to the migrations that made them."""
    if name is None:
        return True
    if type_ == "table" and name.startswith("article_fts"):
        return False
    return name not in _SEARCH_OBJECTS.get(type_, set())


def _run(connection: object) -> None:
    # Batch mode lets SQLite alter tables by copy-and-rename.
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
