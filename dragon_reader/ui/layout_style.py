"""Base styling of the article text: dimmed non-article lines, Markdown shown in place."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from dragon_reader.domain.articles import ArticleView
from dragon_reader.domain.layout import boilerplate_lines, markdown_marks
from dragon_reader.ui.reader import Highlight

_NONE = QColor(0, 0, 0, 0)


def dim_color() -> QColor:
    """The palette's placeholder colour: readable but clearly secondary, light or dark."""
    palette = QApplication.palette() if QApplication.instance() else QPalette()
    return palette.color(QPalette.ColorRole.PlaceholderText)


def layout_highlights(article: ArticleView) -> list[Highlight]:
    """Dimmed "See also"/"Follow us" lines; for Markdown, headings large, emphasis styled
    and the markup characters dimmed (they stay in the text: offsets do not move)."""
    dim = dim_color()
    styled = [
        Highlight(a, b, _NONE, "Not part of the article", foreground=dim, italic=True)
        for a, b in boilerplate_lines(article.text)
    ]
    if article.source_format != "md":
        return styled
    marks = markdown_marks(article.text)
    link = (
        QApplication.palette().color(QPalette.ColorRole.Link)
        if QApplication.instance()
        else QColor(30, 90, 200)
    )
    styled += [Highlight(a, b, _NONE, bold=True, size_scale=1.35) for a, b in marks["heading"]]
    styled += [Highlight(a, b, _NONE, bold=True) for a, b in marks["strong"]]
    styled += [Highlight(a, b, _NONE, italic=True) for a, b in marks["emphasis"]]
    styled += [Highlight(a, b, _NONE, foreground=link, underline=link) for a, b in marks["link"]]
    styled += [Highlight(a, b, _NONE, monospace=True) for a, b in marks["code"]]
    styled += [Highlight(a, b, _NONE, foreground=dim) for a, b in marks["markup"]]
    return styled
