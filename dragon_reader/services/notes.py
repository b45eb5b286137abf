"""Render an analyst's Markdown note to HTML that is safe to show.

python-markdown passes raw HTML, event handlers and ``javascript:`` links through, so the
result is cleaned afterwards with nh3 (ammonia): only formatting tags stay, links keep
only http(s) and mailto addresses, and no image or other resource survives.
"""

from __future__ import annotations

import markdown
import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "a",
    "hr",
    "del",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def render_note(text: str) -> str:
    """Return sanitised HTML for the Markdown ``text`` (empty for an empty note)."""
    if not text.strip():
        return ""
    html = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
