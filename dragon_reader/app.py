"""Composition root: parse arguments, open the store, build the window or run the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from dragon_reader import cli


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``dragon-reader`` and ``python -m dragon_reader``."""
    parser = cli.build_parser()
    args = parser.parse_args(argv)
    if args.command:
        return cli.run(args)
    return run_gui(args.db)


def run_gui(db: str | None) -> int:
    """Open the main window on the database ``db`` (default: the user data folder)."""
    from dragon_reader.ui.application import run_application

    return run_application(db, sys.argv[:1])
