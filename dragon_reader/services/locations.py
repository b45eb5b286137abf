"""Where the app keeps its files on this platform (platformdirs), overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "dragon-reader"
DATA_DIR_ENV = "DRAGON_READER_DATA_DIR"


def data_dir() -> Path:
    """Return the user data folder (``$DRAGON_READER_DATA_DIR`` wins when set)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """Return the database file used when no ``--db`` is given."""
    return data_dir() / "dragon-reader.sqlite3"


def log_dir() -> Path:
    """Return the folder for log files."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
