"""The text of saved web pages: every visible line of the article, as a reader sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragon_reader.io.readers import read_article_file
from dragon_reader.io.web_page import CELL_SEPARATOR

ARTICLE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Defense chiefs talk | Example News</title>
<meta property="og:site_name" content="Example News"></head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
<aside><h3>Most read</h3><ul><li>Celebrity gossip</li></ul></aside>
<article>
<h1>Defense chiefs talk</h1>
<div class="lede">Lede in a div: Austin spoke with Dong Jun.</div>
<p>The call lasted about an hour.</p>
<ul><li>Taiwan was raised.</li><li>The South China Sea too.</li></ul>
<ol><li>First step</li><li>Second step</li></ol>
<blockquote>Keeping lines open is important.</blockquote>
<table><caption>Recent contacts</caption>
<thead><tr><th>Date</th><th>Contact</th></tr></thead>
<tbody><tr><td>Nov 2023</td><td>Biden-Xi summit in <b>Woodside</b></td></tr>
<tr><td>Dec 2023</td><td>Brown-Liu video call</td></tr></tbody></table>
<figure><img src="a.jpg" alt="alt text"><figcaption>Austin at the Pentagon.</figcaption></figure>
<pre>Line one   spaced
Line two</pre>
<dl><dt>PLA</dt><dd>People's Liberation Army</dd></dl>
<p>Closing <i>line</i>
with a break.</p>
</article>
<footer><p>All rights reserved.</p></footer>
</body></html>"""


def read(tmp_path: Path, page: str, name: str = "page.html") -> tuple[str, str | None]:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    item = read_article_file(path)
    return item.text, item.left_out


def test_an_article_page_keeps_every_block_as_a_line_and_tables_row_by_row(
    tmp_path: Path,
) -> None:
    text, left_out = read(tmp_path, ARTICLE_PAGE)
    assert text.split("\n") == [
        "Defense chiefs talk",
        "Lede in a div: Austin spoke with Dong Jun.",
        "The call lasted about an hour.",
        "- Taiwan was raised.",
        "- The South China Sea too.",
        "1. First step",
        "2. Second step",
        "Keeping lines open is important.",
        "Recent contacts",
        f"Date{CELL_SEPARATOR}Contact",
        f"Nov 2023{CELL_SEPARATOR}Biden-Xi summit in Woodside",
        f"Dec 2023{CELL_SEPARATOR}Brown-Liu video call",
        "Austin at the Pentagon.",
        "Line one   spaced",
        "Line two",
        "PLA",
        "People's Liberation Army",
        "Closing line with a break.",
    ]
    # The menus, side bar and footer are not the article: left out, and counted.
    assert left_out is not None and "word(s) of the page outside its article" in left_out
    assert left_out.startswith("9 ")  # Home World, Most read, Celebrity gossip, All rights reserved


def test_a_page_without_article_markup_keeps_its_table_text_and_heading(
    tmp_path: Path,
) -> None:
    page = (
        "<html><head><title>Mixed</title></head><body><h1>Defense talks resume</h1>"
        "<p>The Pentagon said talks resumed.</p><div>Song Yanchao led the delegation.</div>"
        "<table><tr><td>Table: 2024-01-09 defense policy talks</td></tr></table>"
        "<p>Third paragraph closes.</p></body></html>"
    )
    text, left_out = read(tmp_path, page)
    assert text.split("\n") == [
        "Defense talks resume",
        "The Pentagon said talks resumed.",
        "Song Yanchao led the delegation.",
        "Table: 2024-01-09 defense policy talks",
        "Third paragraph closes.",
    ]
    assert left_out is None


def test_a_heading_above_the_article_is_its_first_line(tmp_path: Path) -> None:
    page = (
        "<html><body><header><h1>Talks resume in Washington</h1></header>"
        "<article><p>Officials met on Tuesday for the first round in two years.</p>"
        "<p>They agreed to meet again.</p></article></body></html>"
    )
    text, _ = read(tmp_path, page)
    assert text.split("\n")[0] == "Talks resume in Washington"


HOSTILE = """<!DOCTYPE html><html><head><title>Hostile</title>
<style>body{display:none}</style><script>document.write("SCRIPT TEXT")</script></head>
<body onload="alert('x')"><h1>Xi Jinping <img src=x onerror=alert(1)> visits Beijing</h1>
<p>Joe Biden said on <b>Monday</b> that <a href="javascript:alert(1)">talks</a> resume.</p>
<iframe src="http://evil.example/">IFRAME TEXT</iframe>
<p>Entity &amp; test: &lt;script&gt; and &#x202E;RTL override&#x202C; and zero&#8203;width</p>
<table><tr><td>cell1</td><td>cell2</td></tr></table>
<noscript>NOSCRIPT TEXT</noscript><template>TEMPLATE TEXT</template>
<svg><text>SVG TEXT</text><script>alert(3)</script></svg>
<div hidden>HIDDEN ATTRIBUTE</div><div style="display: none">HIDDEN STYLE</div>
<form><input value="INPUT VALUE"><button>BUTTON TEXT</button><select><option>OPTION TEXT
</option></select></form>
<p>Unclosed <b>bold <i>italic
<!-- COMMENT TEXT -->
<![CDATA[ CDATA TEXT ]]>
</body></html>"""


def test_hostile_markup_stays_out_and_visible_text_stays_in(tmp_path: Path) -> None:
    text, _ = read(tmp_path, HOSTILE)
    for hidden in (
        "SCRIPT",
        "alert",
        "IFRAME",
        "NOSCRIPT",
        "TEMPLATE",
        "SVG",
        "HIDDEN",
        "INPUT",
        "BUTTON",
        "OPTION",
        "COMMENT",
        "CDATA",
        "display",
        "\u202e",
        "\u200b",
    ):
        assert hidden not in text, hidden
    assert text.split("\n") == [
        "Xi Jinping visits Beijing",
        "Joe Biden said on Monday that talks resume.",
        "Entity & test: <script> and RTL override and zerowidth",
        f"cell1{CELL_SEPARATOR}cell2",
        "Unclosed bold italic",
    ]


@pytest.mark.parametrize("wrapper", ["article", "main", "section"])
def test_paragraphs_stay_lines_whatever_wraps_them(tmp_path: Path, wrapper: str) -> None:
    page = (
        f"<html><body><{wrapper}><h1>Title</h1><p>One.</p><p>Two.</p>"
        f"<blockquote>Three.</blockquote></{wrapper}></body></html>"
    )
    text, _ = read(tmp_path, page)
    assert text == "Title\nOne.\nTwo.\nThree."
