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


def _include_object(
    _object: object, name: str | None, type_: str, _reflected: bool, _compare_to: object
) -> bool:
    """Leave the FTS5 table and its shadow tables to the migration that made them."""
    return not (type_ == "table" and name is not None and name.startswith("article_fts"))


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
