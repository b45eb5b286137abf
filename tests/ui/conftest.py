"""Fixtures for widget tests: a main window over a fresh seeded database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from dragon_reader.services.corpus import Corpus
from dragon_reader.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """UI settings in a temporary INI file, never the user's."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, corpus: Corpus, settings: QSettings) -> Iterator[MainWindow]:
    """The main window, shown, over the seeded corpus, with what it reads in the
    background (the counts by status, the outlets) in."""
    main_window = MainWindow(corpus, settings)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: not main_window.opening)  # the last article opens after the list
    qtbot.waitUntil(lambda: not main_window.navigation.reading)
    yield main_window
