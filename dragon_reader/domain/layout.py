"""Where an article's text is not the article, and where its Markdown marks are.

Both return spans of the stored text; the reader styles them (dimmed lines, Markdown shown
formatted in place) without changing a character, so offsets stay exact.
"""

from __future__ import annotations

import re

_BOILERPLATE = re.compile(
    r"^[ \t\u00a0]*(?:"
    r"see also\b|read also\b|read more\b|related:|related stories|watch:|flashback\b"
    r"|leave a reply|your email address will not be published|required fields are marked"
    r"|our standards:|follow .{1,80}? on (?:twitter|x|facebook|instagram|truth social)"
    r"|sign up for|subscribe to|advertisement\s*$|share this|click here|recommended:"
    r"|copyright \d{4}|all rights reserved"
    r").*$",
    re.IGNORECASE | re.MULTILINE,
)

MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+)$", re.MULTILINE)
MARKDOWN_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MARKDOWN_EMPHASIS = re.compile(r"(?<![*\w])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![*\w])")
MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
MARKDOWN_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]", re.MULTILINE)
MARKDOWN_CODE = re.compile(r"`([^`\n]+)`")


def boilerplate_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are not the article: "See also …", "READ ALSO:", "Leave a Reply",
    "Follow … on Twitter", "Our standards: …", and the like."""
    return [match.span() for match in _BOILERPLATE.finditer(text)]


def markdown_marks(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans to style in a Markdown source: ``heading``, ``strong``, ``emphasis``, ``link``
    and ``code`` (the styled words), and ``markup`` (the ``#``, ``*``, ``[](…)`` to dim)."""
    marks: dict[str, list[tuple[int, int]]] = {
        "heading": [],
        "strong": [],
        "emphasis": [],
        "link": [],
        "code": [],
        "markup": [],
    }
    for match in MARKDOWN_HEADING.finditer(text):
        marks["markup"].append(match.span(1))
        marks["heading"].append(match.span(2))
    for match in MARKDOWN_STRONG.finditer(text):
        marks["strong"].append(match.span(2))
        marks["markup"] += [(match.start(), match.start(2)), (match.end(2), match.end())]
    for match in MARKDOWN_EMPHASIS.finditer(text):
        marks["emphasis"].append(match.span(2))
        marks["markup"] += [(match.start(), match.start(2)), (match.end(2), match.end())]
    for match in MARKDOWN_LINK.finditer(text):
        marks["link"].append(match.span(1))
        marks["markup"] += [(match.start(), match.start(1)), (match.end(1), match.end())]
    for match in MARKDOWN_CODE.finditer(text):
        marks["code"].append(match.span(1))
        marks["markup"] += [(match.start(), match.start(1)), (match.end(1), match.end())]
    marks["markup"] += [m.span() for m in MARKDOWN_BULLET.finditer(text)]
    return marks
