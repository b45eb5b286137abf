"""Smoke test: the app starts in a real X window under Xvfb, as a user would launch it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (make test installs it on Debian)")
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    if server.poll() is not None:
        pytest.skip("Xvfb could not start here")
    yield display
    server.terminate()
    server.wait(timeout=10)


def test_app_shows_its_window_on_a_real_display(xvfb_display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env |= {
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "DRAGON_READER_DATA_DIR": str(tmp_path / "data"),
    }
    # As a context manager, Popen closes the pipes and reaps the process when the test ends.
    with subprocess.Popen(
        [sys.executable, "-m", "dragon_reader"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        try:
            look_for_the_window(app, env, tmp_path)
        finally:
            app.terminate()
            app.communicate(timeout=10)  # drains the pipes, so a chatty app never blocks


def look_for_the_window(app: subprocess.Popen[str], env: dict[str, str], tmp_path: Path) -> None:
    """Wait until the app shows a visible window named Dragon Reader and has its database."""
    found = ""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not found and app.poll() is None:
        time.sleep(0.5)
        if shutil.which("xdotool"):
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Dragon Reader"],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
        elif time.monotonic() > deadline - 15:
            found = "alive"
    assert app.poll() is None, app.communicate(timeout=5)
    assert found, "no visible 'Dragon Reader' window appeared"
    assert (tmp_path / "data" / "dragon-reader.sqlite3").is_file()
