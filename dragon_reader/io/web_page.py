"""The visible text of a saved web page, laid out in lines as a reader sees it.

What is kept: the text of the page's article — its ``<main>`` (or ``role="main"``), else
its longest ``<article>``, else its ``<body>`` without the page's navigation, banner,
footer and side bars. Every block element (``p``, ``h1``–``h6``, ``li``, ``blockquote``,
``pre``, ``div``, ``figcaption``, ``dt``, ``dd``, a table's ``caption`` …) is a line of its
own; a table row is one line, its cells joined by `` | ``; a list item starts with
``- `` (``1. `` … in a numbered list); a ``<pre>`` keeps its spacing and line breaks;
elsewhere runs of spaces and line breaks are one space, as a browser shows them. When the
article leaves its ``<h1>`` outside (a page header above it), that heading is the first
line, as a ``.txt`` article's title is its first line.

What is never kept: scripts, styles, ``<noscript>``, ``<template>``, frames, embedded
objects, SVG and MathML, form controls, comments, elements marked ``hidden`` (or
``aria-hidden``, or styled ``display: none``), control characters, and the invisible
format characters of ``domain.text.INVISIBLE_CONTROLS`` (bidirectional overrides,
zero-width spaces).

Visible text outside the article (navigation, banners, footers) is not kept, and
``left_out`` counts its words, so that the import report can say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dragon_reader.domain.text import without_invisible_controls

# Never shown as text, or not text at all: left out with everything inside them.
_NEVER_TEXT = frozenset(
    {
        "head",
        "title",
        "meta",
        "link",
        "base",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "svg",
        "math",
        "canvas",
        "audio",
        "video",
        "source",
        "track",
        "map",
        "img",
        "picture",
        "input",
        "button",
        "select",
        "option",
        "optgroup",
        "textarea",
        "datalist",
        "dialog",
    }
)
# Page furniture: left out wherever it is (a menu), and counted as left out.
_MENUS = frozenset({"nav"})
_MENU_ROLES = frozenset({"navigation", "menubar", "menu", "search"})
# Furniture of the page as a whole (not of an article inside it): left out and counted
# when the page's body is read because it has no main part or article.
_PAGE_FURNITURE = frozenset({"header", "footer", "aside"})
_PAGE_FURNITURE_ROLES = frozenset({"banner", "contentinfo", "complementary"})
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
        "html",
    }
)
_CELLS = frozenset({"td", "th"})
CELL_SEPARATOR = " | "
_SPACES = re.compile(r"[ \t\n\r\f\u00a0]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BREAK = "\n"
# Control characters a browser does not show (a stray bell or escape in the source).
_CONTROLS = dict.fromkeys([*range(0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
# What an empty list item or table row leaves: a marker or separators, no text.
_EMPTY_LINE = re.compile(r"^(?:-|\d+\.|[ |]+)$")


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's kept text (lines joined by ``\\n``, no blank lines) and the number of
    visible words outside the article that were left out."""

    text: str
    left_out: int = 0


def page_text(root: Any) -> PageText:
    """The visible text of the parsed page ``root`` (an ``lxml.html`` document), laid
    out as the module says."""
    body = _first(root, "body") if root.tag != "body" else root
    if body is None:
        body = root
    article = _main_part(body)
    furniture = _MENU_ROLES if article is not None else _MENU_ROLES | _PAGE_FURNITURE_ROLES
    part = article if article is not None else body
    lines = _lines(_pieces(part, page_level=article is None, roles=furniture))
    title = ""
    if article is not None and not any(True for _ in _headings(article)):
        heading = next(_headings(body), None)
        if heading is not None:
            title = " ".join(_lines(_pieces(heading, page_level=False, roles=_MENU_ROLES)))
            if title:
                lines.insert(0, title)
    kept = "\n".join(lines)
    if article is not None:  # what is visible outside it (read once more: the rest only)
        outside = _lines(
            _pieces(body, page_level=False, roles=frozenset(), menus=False, skip=article)
        )
        left_out = max(0, _words("\n".join(outside)) - _words(title))
    else:
        everything = _lines(_pieces(body, page_level=False, roles=frozenset(), menus=False))
        left_out = max(0, _words("\n".join(everything)) - _words(kept))
    return PageText(kept, left_out)


def _words(text: str) -> int:
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


def _first(root: Any, tag: str) -> Any:
    return next(root.iter(tag), None)


def _main_part(body: Any) -> Any:
    """The page's ``<main>`` (or ``role="main"``) when it has exactly one, else its
    ``<article>`` with the most text, else ``None`` (the body is read)."""
    mains = [e for e in body.iter() if _tag(e) == "main" or _attr(e, "role") == "main"]
    if len(mains) == 1 and not _is_hidden(mains[0]):
        return mains[0]
    articles = [e for e in body.iter("article") if not _is_hidden(e)]
    if not articles:
        return None
    return max(articles, key=lambda e: len(" ".join(e.itertext()).split()))


def _headings(element: Any) -> Iterator[Any]:
    return (e for e in element.iter("h1") if not _is_hidden(e))


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _attr(element: Any, name: str) -> str:
    return str(element.get(name) or "").strip().lower()


def _is_hidden(element: Any) -> bool:
    return (
        element.get("hidden") is not None
        or _attr(element, "aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )


def _pieces(
    element: Any,
    *,
    page_level: bool,
    roles: frozenset[str],
    menus: bool = True,
    skip: Any = None,
) -> Iterator[str]:
    """The text of ``element`` as pieces: ``_BREAK`` between lines, ``\\x00``-prefixed
    preformatted text, plain text otherwise (its spaces not yet collapsed); ``skip`` (an
    element inside it) is left out, menus too unless ``menus`` is false. Its tail is its
    parent's business."""
    tag = _tag(element)
    if not tag or tag in _NEVER_TEXT or _is_hidden(element) or element is skip:
        return
    if menus and (tag in _MENUS or _attr(element, "role") in roles):
        return
    if page_level and tag in _PAGE_FURNITURE:
        return
    if tag == "br":
        yield _BREAK
        return
    block = tag in _BLOCKS
    if block:
        yield _BREAK
    if tag == "tr":
        cells = [
            " ".join(_lines(_pieces(cell, page_level=False, roles=roles, menus=menus)))
            for cell in element
            if _tag(cell) in _CELLS and not _is_hidden(cell)
        ]
        yield CELL_SEPARATOR.join(cells).strip(" |") if any(cells) else ""
        yield _BREAK
        return
    if tag == "li":
        yield _list_marker(element)
    preformatted = tag in ("pre", "listing", "plaintext", "textarea")
    if element.text:
        yield ("\x00" + element.text) if preformatted else element.text
    for child in element:
        yield from _pieces(child, page_level=page_level, roles=roles, menus=menus, skip=skip)
        if child.tail:
            yield ("\x00" + child.tail) if preformatted else child.tail
    if block:
        yield _BREAK


def _list_marker(item: Any) -> str:
    parent = item.getparent()
    if parent is not None and _tag(parent) == "ol":
        number = 1 + sum(
            1 for sibling in item.itersiblings(preceding=True) if _tag(sibling) == "li"
        )
        return f"{number}. "
    return "- "


def _lines(pieces: Iterator[str]) -> list[str]:
    """Lines from pieces: spaces collapsed outside preformatted text, each line stripped
    of invisible controls and outer spaces, blank lines (and empty list items or table
    rows) dropped."""
    lines: list[str] = []
    current: list[str] = []

    def finish() -> None:
        line = without_invisible_controls("".join(current)).translate(_CONTROLS).strip()
        if line and not _EMPTY_LINE.match(line):
            lines.append(line)
        current.clear()

    for piece in pieces:
        if piece == _BREAK:
            finish()
        elif piece.startswith("\x00"):
            first, *rest = piece[1:].replace("\r\n", "\n").replace("\r", "\n").split("\n")
            current.append(first.replace("\u00a0", " "))
            for line in rest:
                finish()
                current.append(line.replace("\u00a0", " "))
        else:
            collapsed = _SPACES.sub(" ", piece)
            if collapsed.startswith(" ") and (not current or current[-1].endswith(" ")):
                collapsed = collapsed[1:]
            current.append(collapsed)
    finish()
    return lines
