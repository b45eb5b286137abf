"""``dragon-reader timeline OUT.svg|OUT.png``: draw the timeline without a window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from dragon_reader.io.writers import ExportError, require_folder
from dragon_reader.services.corpus import open_corpus
from dragon_reader.services.errors import DatabaseError

MAX_PNG_PIXELS = 32_767  # the widest image Qt paints


def export_timeline_file(
    db: str | None,
    output: Path,
    pixels_per_day: float = 1.0,
    out: TextIO | None = None,
    err: TextIO | None = None,
    *,
    all_events: bool = False,
) -> int:
    """Write the whole timeline to ``output`` (SVG or PNG by suffix), with its legend;
    ``all_events`` also draws codebook events no tag refers to. Return the exit status."""
    out, err = out or sys.stdout, err or sys.stderr
    if output.suffix.lower() not in (".svg", ".png"):
        print("dragon-reader: the timeline is written as .svg or .png", file=err)
        return 2
    try:
        require_folder(output)
    except ExportError as exc:
        print(f"dragon-reader: {exc}", file=err)
        return 1
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is needed
    from PySide6.QtWidgets import QApplication

    from dragon_reader.domain.timeline import TimelineFilters
    from dragon_reader.services.timeline import build_timeline
    from dragon_reader.ui.timeline_scene import (
        TimelineScene,
        render_png,
        render_svg,
        undated_notes,
    )

    app = QApplication.instance() or QApplication([])
    try:
        corpus = open_corpus(db)
    except DatabaseError as exc:
        print(f"dragon-reader: {exc}", file=err)
        return 1
    try:
        filters = TimelineFilters(all_events=all_events)
        scene = TimelineScene(build_timeline(corpus.coding, filters), pixels_per_day)
        width = scene.sceneRect().width()
        if output.suffix.lower() == ".png" and width > MAX_PNG_PIXELS:
            print(
                f"dragon-reader: the timeline would be {width:,.0f} pixels wide, more than a "
                f"PNG image can hold ({MAX_PNG_PIXELS:,}); use a smaller --pixels-per-day "
                "or write .svg",
                file=err,
            )
            return 1
        if output.suffix.lower() == ".svg":
            render_svg(scene, str(output))
        else:
            render_png(scene, str(output))
    except OSError as exc:
        print(f"dragon-reader: cannot write {output}: {exc}", file=err)
        return 1
    finally:
        corpus.close()
    del app
    lanes = len(scene.data.lanes)
    print(
        f"wrote the timeline ({lanes} channel lanes, {len(scene.data.marks)} events, "
        f"{scene.data.sources} source articles) to {output}",
        file=out,
    )
    for note in undated_notes(scene.data):
        print(f"note: {note} (not drawn)", file=out)
    return 0
