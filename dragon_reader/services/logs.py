"""The log file: every start, every error, in the platform's log folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from dragon_reader.services.locations import log_dir

LOG_NAME = "dragon-reader.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_OURS: list[logging.Handler] = []  # handlers this module added (replaced on reconfiguring)


def configure_logging(folder: Path | None = None) -> Path:
    """Send the app's log to a rotating file (1 MB × 5); return the file's path.

    If the folder cannot be written, logging goes to stderr only and the intended path
    is still returned (so messages can name it).
    """
    folder = folder or log_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in _OURS:
        root.removeHandler(handler)
        handler.close()  # its file, else left open until the collector finds it
    _OURS.clear()
    new_handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        new_handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        new_handler = logging.StreamHandler()
    new_handler.setFormatter(logging.Formatter(_FORMAT))
    _OURS.append(new_handler)
    root.addHandler(new_handler)
    return path
