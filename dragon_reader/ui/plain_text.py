"""Text from data shown by Qt as text, never as markup.

Qt decides by itself whether a string is rich text: a tooltip, a message box, an input
dialog's or progress dialog's label, and a ``QLabel`` left in automatic format all render a
string for which ``Qt.mightBeRichText`` is true as HTML, and HTML loads its ``<img src>``
from disk (a FIFO hangs the window, ``/dev/zero`` exhausts its memory). Titles, codebook
names, entity names, notes, file names and error messages come from data, so every such
string reaches Qt through this module:

- ``plain(text)`` for surfaces whose format Qt guesses (tooltips, message boxes, dialog
  labels): the same string when Qt would show it as plain text anyway, otherwise escaped
  HTML that shows exactly ``text``;
- ``plain_wrapped(text)`` for a tooltip that may be long: always escaped HTML, so Qt wraps it;
- ``plain_label(...)`` / ``make_plain(label)`` for labels, fixed to ``Qt.PlainText``;
- ``escape(text)`` for data placed inside rich text built on purpose;
- ``SafeTextBrowser`` for rich text that is shown: it loads no resource and follows no link
  itself (http(s) links open in the system browser on a click).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtGui import Qt as GuiQt  # Qt's namespace functions of QtGui
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

BROWSER_SCHEMES = frozenset({"http", "https", "mailto"})


def escape(text: str) -> str:
    """``text`` escaped for use inside HTML (quotes too, so it is safe in attributes)."""
    return html.escape(text, quote=True)


def plain(text: str) -> str:
    """A string that Qt's automatic text format shows as exactly ``text``, never as markup.

    Unchanged when Qt would treat ``text`` as plain text; otherwise escaped HTML in a
    paragraph that keeps line breaks and runs of spaces, so ``<img src="/dev/zero">`` is
    shown as those characters and nothing is loaded.
    """
    if not GuiQt.mightBeRichText(text):
        return text
    return f'<p style="white-space: pre-wrap">{escape(text)}</p>'


def plain_wrapped(text: str) -> str:
    """A tooltip showing exactly ``text`` (line breaks kept) that Qt wraps to a readable
    width: always escaped HTML, since Qt wraps a tooltip only when it takes it for rich
    text (a long plain one runs off the screen in one line)."""
    return f'<p style="white-space: pre-wrap">{escape(text)}</p>'


def make_plain(label: QLabel) -> QLabel:
    """Fix ``label`` to plain text (no markup, no links, no resources) and return it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` and anything set later as plain text."""
    label = make_plain(QLabel(parent))
    label.setText(text)
    return label


def action_text(text: str) -> str:
    """``text`` for a menu item or button: an ``&`` stays an ampersand, not a shortcut."""
    return text.replace("&", "&&")


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that fetches nothing and navigates nowhere by itself.

    Every resource (image, style sheet) is refused; a click on a link never replaces the
    document (``file:`` and any other scheme are ignored), and http(s) and mailto links
    open in the system's browser or mail program.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, _type: int, _name: QUrl | str) -> Any:
        """Refuse every resource: nothing is read from disk or the network."""
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in BROWSER_SCHEMES:
            QDesktopServices.openUrl(url)
