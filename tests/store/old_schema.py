"""Databases as an older Dragon Reader left them, for the tests of upgrades."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from alembic import command
from sqlalchemy import text

from dragon_reader.store.database import alembic_config, create_app_engine


def database_at(path: Path, revision: str, statements: Iterable[str] = ()) -> Path:
    """Create ``path`` migrated only up to ``revision``, then run ``statements`` in it."""
    engine = create_app_engine(f"sqlite:///{path}")
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()
    return path
