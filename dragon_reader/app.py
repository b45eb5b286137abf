"""Composition root: parse arguments, open the store, build the window or run the CLI."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from dragon_reader import cli


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``dragon-reader`` and ``python -m dragon_reader``: usage lines name the
    program as it was started (``argv`` given, as by tests: ``dragon-reader``)."""
    if argv is None:
        argv = sys.argv[1:]
        prog = cli.program_name(sys.argv[0], sys.executable)
    else:
        prog = cli.PROGRAM
    argv = list(argv)
    files = _files_to_open(argv)
    parser = cli.build_parser(prog)
    args = parser.parse_args([a for a in argv if a not in files])
    if args.install_desktop or args.uninstall_desktop:
        return cli.desktop_integration(install=args.install_desktop)
    if args.command == "timeline":  # drawing needs Qt, which only the UI layer imports
        from dragon_reader.ui.timeline_export import export_timeline_file

        return export_timeline_file(
            args.db, args.output, args.pixels_per_day, all_events=args.all_events
        )
    if args.command:
        try:
            code = cli.run(args)
            sys.stdout.flush()  # the last of the output: a pipe closed by now is caught here
            return code
        except BrokenPipeError:  # the reader went away (``dragon-reader list | head``)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # so that exiting flushes nowhere quietly
            return 0
    return run_gui(args.db, files)


def _files_to_open(argv: list[str]) -> list[str]:
    """Positional arguments before any command are files to open in the window
    (``dragon-reader a.txt b.md``, as a desktop launcher passes them)."""
    commands = set(cli.COMMANDS)
    files: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--db":
            skip = True
            continue
        if arg.startswith("-"):
            continue
        if arg in commands:
            break
        files.append(arg)
    return files


def run_gui(db: str | None, files: list[str] | None = None) -> int:
    """Open the main window on the database ``db`` (default: the user data folder)."""
    from dragon_reader.ui.application import run_application

    return run_application(db, sys.argv[:1], files or [])
