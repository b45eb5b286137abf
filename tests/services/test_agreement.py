"""The agreement report over coders' tags in a real database (both engines)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dragon_reader.domain.coding import TagKind
from dragon_reader.services.agreement import agreement_report, write_csv
from dragon_reader.services.corpus import Corpus


def span(corpus: Corpus, words: str) -> tuple[int, int]:
    text = corpus.article(1).text  # type: ignore[arg-type, union-attr]
    start = text.index(words)
    return start, start + len(words)


def code(corpus: Corpus, coder: str, tags: list[tuple[str, str]]) -> None:
    """Tag article 1 as ``coder``: (words, event name) pairs."""
    events = {event.name: event.id for event in corpus.coding.events()}
    corpus.coding.annotator = coder
    for words, event in tags:
        start, end = span(corpus, words)
        corpus.coding.create_tag(1, start, end, TagKind.EVENT, events[event])


SUMMIT, PELOSI = "Biden-Xi summit at Woodside", "Pelosi visit to Taiwan"


@pytest.fixture
def two_coders(corpus: Corpus) -> Corpus:
    code(corpus, "ana", [("California summit", SUMMIT), ("Nancy Pelosi visited", PELOSI)])
    code(
        corpus,
        "bo",
        [
            ("California summit", SUMMIT),
            ("Nancy Pelosi visited", SUMMIT),  # the same span, another event
            ("self-ruled Taiwan", PELOSI),  # a span only bo tagged
        ],
    )
    return corpus


def test_two_coders_get_cohens_kappa_alpha_u_and_unit_counts(two_coders: Corpus) -> None:
    report = agreement_report(two_coders)
    assert report.coders == ["ana", "bo"]
    assert report.kappa_name == "cohen"
    events = report.kinds["event"]
    # Units: the summit (agreed), Pelosi's visit (two events), Taiwan (bo only).
    assert events.overall.units == 3
    # Complete units: (summit, summit) and (Pelosi, summit): po = .5, pe = .5, kappa 0.
    assert events.overall.kappa == pytest.approx(0.0)
    assert events.overall.alpha_u is not None and 0 < events.overall.alpha_u < 1
    assert events.labels[SUMMIT].units == 2
    assert events.articles[1].units == 3
    assert report.kinds["channel"].overall.units == 0
    assert report.kinds["channel"].overall.kappa is None
    assert set(events.slots) == {"entry", "when"}


def test_identical_coding_agrees_fully(corpus: Corpus) -> None:
    tags = [("California summit", SUMMIT), ("Nancy Pelosi visited", PELOSI)]
    code(corpus, "ana", tags)
    code(corpus, "bo", tags)
    figure = agreement_report(corpus).kinds["event"].overall
    assert figure.alpha_u == pytest.approx(1.0)
    assert figure.kappa == pytest.approx(1.0)


def test_three_coders_get_fleiss_kappa(two_coders: Corpus) -> None:
    code(two_coders, "cy", [("California summit", SUMMIT), ("Nancy Pelosi visited", PELOSI)])
    report = agreement_report(two_coders)
    assert report.kappa_name == "fleiss"
    assert report.kinds["event"].overall.kappa is not None
    assert agreement_report(two_coders, ["ana", "cy"]).kinds["event"].overall.kappa == 1.0


def test_fewer_than_two_coders_is_refused(corpus: Corpus) -> None:
    code(corpus, "ana", [("California summit", SUMMIT)])
    with pytest.raises(ValueError, match="two or more coders"):
        agreement_report(corpus)


def test_cli_prints_json_and_writes_csv(
    two_coders: Corpus, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dragon_reader.app import main

    two_coders.close()
    assert main(["--db", db_url, "agreement", "--json", "--kind", "event"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["coders"] == ["ana", "bo"]
    assert list(document["kinds"]) == ["event"]
    assert document["kinds"]["event"]["units"] == 3
    assert document["kinds"]["event"]["labels"][SUMMIT]["units"] == 2
    assert set(document["kinds"]["event"]["slots"]["entry"]) >= {"kappa", "units"}
    out = tmp_path / "agreement.csv"
    assert main(["--db", db_url, "agreement", "--csv", str(out)]) == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {"kind", "scope", "name", "alpha_u", "kappa", "units"} <= set(rows[0])
    assert next(r["scope"] for r in rows if r["kind"] == "event") == "kind"
    assert main(["--db", db_url, "agreement", "--annotator", "ana"]) == 1
    assert "two or more coders" in capsys.readouterr().err
    assert write_csv is not None


def test_the_agreement_csv_neutralises_formula_like_names(corpus: Corpus, tmp_path: Path) -> None:
    """A codebook entry or a coder named like a formula is not run by a spreadsheet."""
    corpus.coding.create_event('=HYPERLINK("http://x")')
    code(corpus, "@ana", [("California summit", '=HYPERLINK("http://x")')])
    code(corpus, "bo", [("California summit", '=HYPERLINK("http://x")')])
    out = tmp_path / "agreement.csv"
    write_csv(agreement_report(corpus), out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {row["name"] for row in rows if row["scope"] == "label"}
    assert names == {'\'=HYPERLINK("http://x")'}
    assert {row["coders"] for row in rows} == {"'@ana bo"}
