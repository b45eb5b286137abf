"""A wheel carries the seeds and resources, installs, and starts the app from there."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        timeout=600,
    )
    (found,) = out.glob("dragon_reader-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with the wheel installed; its dependencies come from this test run's venv."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # Dependencies without the network: a .pth line adds this venv's site-packages, whose
    # own .pth files (the editable checkout) are not processed from there.
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(wheel),
        ],
        check=True,
        timeout=600,
    )
    return venv


def test_wheel_contains_seeds_resources_and_migrations(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    seeds = [n for n in names if n.startswith("dragon_reader/_bundled/seeds/")]
    assert len(seeds) == 5
    assert any(n.startswith("dragon_reader/store/migrations/versions/0001") for n in names)
    entry_points = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith("entry_points.txt")))
        .decode()
    )
    assert "[gui_scripts]\ndragon-reader = dragon_reader.app:main" in entry_points


def test_installed_app_runs_from_the_wheel_not_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    python = installed / "bin" / "python"
    env = {**os.environ, "DRAGON_READER_DATA_DIR": str(tmp_path / "data")}
    located = subprocess.run(
        [str(python), "-c", "import dragon_reader.resources as r; print(r.seed_files()[0])"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tmp_path,
    ).stdout
    assert str(installed) in located
    assert "_bundled" in located
    listed = subprocess.run(
        [str(installed / "bin" / "dragon-reader"), "list"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    ).stdout
    assert listed.strip().endswith("5 article(s)")


def test_installed_app_opens_its_window(installed: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "from PySide6.QtWidgets import QTableView, QTextBrowser\n"
        "tries = []\n"
        "def check():\n"
        "    try:\n"  # an error must end the app, not leave it waiting
        "        windows = [w for w in app.topLevelWidgets() if w.isVisible()]\n"
        "        titles = [w.windowTitle() for w in windows]\n"
        "        model = windows[0].findChild(QTableView, 'article_list').model()\n"
        "        reader = windows[0].findChild(QTextBrowser, 'reader')\n"
        # the article opens just after the list has painted: wait for it (up to 20 s)
        "        if not reader.toPlainText() and len(tries) < 200:\n"
        "            tries.append(1)\n"
        "            QTimer.singleShot(100, check)\n"
        "            return\n"
        "        print(titles, model.rowCount(), reader.toPlainText()[:12])\n"
        "    except BaseException:\n"
        "        app.quit()\n"
        "        raise\n"
        "    app.quit()\n"
        "QTimer.singleShot(300, check)\n"
        "from dragon_reader.ui.application import run_application\n"
        "sys.exit(run_application(None, sys.argv))\n"
    )
    env = {
        **os.environ,
        "DRAGON_READER_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [str(installed / "bin" / "python"), "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "['Dragon Reader'] 5 US in touch " in done.stdout
