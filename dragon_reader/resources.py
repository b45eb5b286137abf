"""Find the bundled seed articles and resource files, from a checkout or an installed wheel.

In a wheel, ``seeds/`` and ``resources/`` travel inside the package as ``_bundled/``
(see ``pyproject.toml``); in a checkout or an editable install they sit at the repository
root, one level above the package.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Traversable:
    inside = resources.files("dragon_reader").joinpath("_bundled", name)
    if inside.is_dir():
        return inside
    beside = _PACKAGE_DIR.parent / name
    if beside.is_dir():
        return beside
    msg = f"the bundled folder {name!r} is missing from this installation"
    raise FileNotFoundError(msg)


def seed_files() -> list[Traversable]:
    """Return the bundled seed articles (``*.txt``), sorted by file name."""
    folder = _bundled("seeds")
    return sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".txt")),
        key=lambda entry: entry.name,
    )


def resource(name: str) -> Traversable:
    """Return the bundled resource file ``name`` (it may not exist; check ``is_file()``)."""
    return _bundled("resources").joinpath(name)
