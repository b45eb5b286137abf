from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from dragon_reader.app import main
from dragon_reader.services.desktop import DESKTOP_ID, install_desktop, installed_paths
from tests.conftest import REPO_ROOT


def test_bundled_desktop_entry_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    entry = REPO_ROOT / "resources" / f"{DESKTOP_ID}.desktop"
    done = subprocess.run([tool, str(entry)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ""


def test_install_and_uninstall_for_the_current_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop"]) == 0
    paths = installed_paths(tmp_path)
    assert all(path.is_file() for path in paths)
    entry = paths[0].read_text(encoding="utf-8")
    assert "Icon=io.github.dragon_reader.DragonReader" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %F") and "dragon" in exec_line
    assert paths[-1].read_bytes().startswith(b"\x89PNG")
    assert f"installed: {paths[0]}" in capsys.readouterr().out
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(paths[0])], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout
    assert main(["--uninstall-desktop"]) == 0
    assert not any(path.exists() for path in paths)


def test_install_is_repeatable(tmp_path: Path) -> None:
    first = install_desktop(tmp_path)
    second = install_desktop(tmp_path)
    assert first == second
