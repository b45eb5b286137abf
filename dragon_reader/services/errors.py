"""Errors the window and the command line show to the user, from every layer below."""

from __future__ import annotations

from dragon_reader.io.readers import ImportProblem
from dragon_reader.io.writers import ExportError
from dragon_reader.store.database import (
    DamagedDatabaseError,
    DatabaseError,
    MigrationError,
    SchemaTooNewError,
    StorageError,
)

__all__ = [
    "DamagedDatabaseError",
    "DatabaseError",
    "ExportError",
    "ImportProblem",
    "MigrationError",
    "SchemaTooNewError",
    "StorageError",
]
