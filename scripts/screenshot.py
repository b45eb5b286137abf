"""Draw the README's screenshot: the window over the seed articles, with tags and highlights.

    python scripts/screenshot.py [--out docs/screenshot.png] [--size 1600x1000]

Runs on a fresh database in a temporary folder (the user's data is never touched). Without
a display it starts its own Xvfb server (Debian: apt-get install xvfb), so the picture is
drawn by a real X server with the system's fonts, as a user sees it. Re-run it whenever the
window changes, so the README stays true.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--size", default="1600x1000", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return _under_xvfb(width, height)
    _draw(args.out, width, height)
    return 0


def _under_xvfb(width: int, height: int) -> int:
    """Run this script again on a private Xvfb display of the window's size."""
    if shutil.which("Xvfb") is None:
        print("no display and no Xvfb (apt-get install xvfb)", file=sys.stderr)
        return 1
    display = f":{150 + os.getpid() % 100}"
    command = ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"]
    server = subprocess.Popen(  # noqa: S603 - a fixed command: Xvfb on a private display
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = os.environ | {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        again = [sys.executable, *sys.argv]  # this very script, on that display
        return subprocess.run(again, env=env, check=False).returncode  # noqa: S603
    finally:
        server.terminate()
        server.wait(timeout=10)


def _draw(out: Path, width: int, height: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from dragon_reader.domain.articles import ArticleId
    from dragon_reader.domain.coding import ChannelStatus, FuzzyDate, TagKind
    from dragon_reader.services.corpus import open_corpus
    from dragon_reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        corpus = open_corpus(Path(folder) / "screenshot.sqlite3")
        settings = QSettings(str(Path(folder) / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(corpus, settings)
        window.set_annotator("analyst")
        window.resize(width, height)
        window.move(0, 0)
        window.show()
        article_id = ArticleId(1)
        window.open_article(article_id)
        article = corpus.article(article_id)
        assert article is not None
        coding = corpus.coding
        summit = next(e for e in coding.events() if "Woodside" in e.name)
        mil = next(c for c in coding.channels() if "military" in c.name.lower())

        def tag(phrase: str, kind: TagKind, entry: int, status: ChannelStatus | None) -> None:
            start = article.text.index(phrase)
            when = FuzzyDate.parse("2023-11") if status else None
            window.bus.run(
                lambda: coding.tag_span(
                    article_id, start, start + len(phrase), kind, entry, status, when
                )
            )

        pelosi = next(e for e in coding.events() if "Pelosi" in e.name)
        tag("closely watched California summit", TagKind.EVENT, summit.id, None)
        tag("military-to-military talks", TagKind.CHANNEL, mil.id, ChannelStatus.PROPOSED)
        tag("severed", TagKind.CHANNEL, mil.id, ChannelStatus.SEVERED)
        tag("Nancy Pelosi visited self-ruled Taiwan", TagKind.EVENT, pelosi.id, None)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(f"wrote {out} ({width}x{height})")
        window.close()
        corpus.close()


if __name__ == "__main__":
    sys.exit(main())
