"""Refuse to build the venv with a Python older than the app supports."""
# ruff: noqa: UP036 - this check exists precisely for Pythons older than the target

import sys

if sys.version_info < (3, 11):
    sys.exit(
        f"Dragon Reader needs Python 3.11 or newer; this is {sys.version.split()[0]}. "
        "Run make with PYTHON=/path/to/python3.11 (or newer)."
    )
