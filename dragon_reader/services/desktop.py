"""Install the launcher and icon for the current user (freedesktop menus), or remove them."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from dragon_reader.resources import resource

DESKTOP_ID = "io.github.dragon_reader.DragonReader"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share``."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_command() -> list[str]:
    """How to start this installation: its ``dragon-reader`` script, else ``python -m``."""
    script = Path(sys.executable).with_name("dragon-reader")
    if script.is_file():
        return [str(script)]
    found = shutil.which("dragon-reader")
    if found:
        return [found]
    return [sys.executable, "-m", "dragon_reader"]


def installed_paths(home: Path | None = None) -> list[Path]:
    """Every file ``install_desktop`` writes."""
    home = home or data_home()
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{DESKTOP_ID}.desktop",
        icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png" for size in ICON_SIZES),
    ]


def install_desktop(home: Path | None = None) -> list[Path]:
    """Write the desktop entry (with this installation's command) and the icons."""
    home = home or data_home()
    paths = installed_paths(home)
    command = " ".join(shlex.quote(part) for part in launcher_command())
    entry = resource(f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    entry = entry.replace("Exec=dragon-reader %F", f"Exec={command} %F")
    entry = entry.replace("TryExec=dragon-reader", f"TryExec={launcher_command()[0]}")
    paths[0].parent.mkdir(parents=True, exist_ok=True)
    paths[0].write_text(entry, encoding="utf-8")
    paths[1].parent.mkdir(parents=True, exist_ok=True)
    paths[1].write_bytes(resource("icons/dragon-reader.svg").read_bytes())
    for size, path in zip(ICON_SIZES, paths[2:], strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(resource(f"icons/dragon-reader-{size}.png").read_bytes())
    _refresh_menus(home)
    return paths


def uninstall_desktop(home: Path | None = None) -> list[Path]:
    """Remove what ``install_desktop`` wrote; return the files that were there."""
    removed = []
    for path in installed_paths(home or data_home()):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_menus(home or data_home())
    return removed


def _refresh_menus(home: Path) -> None:
    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run(  # noqa: S603 - a fixed system tool on our own folder
            [tool, str(home / "applications")], check=False, capture_output=True
        )
