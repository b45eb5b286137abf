"""The agreement report: how far coders agree, per codebook kind, label and article.

For each kind (event, channel) the coders' tags are compared two ways:
- unitizing: which characters each coder tagged, with which codebook entry (alpha for
  unitizing, pooled over the articles every compared coder coded);
- matched units: tags of different coders on overlapping text form a unit; on the units
  every coder tagged, Cohen's kappa (two coders) or Fleiss' kappa (more) of the entry and
  of each slot (status, date), and nominal alpha on all units tagged by two or more.
Every figure comes with the number of units behind it; tags of the curated set are left
out (they are the adjudication, not a coder's). A coder is the tag's annotator (the
name the coder gives the app, as ``export --annotator`` uses it), else its database role.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from dragon_reader.domain.agreement import (
    NOTHING,
    Coincidences,
    add_matrix,
    alpha_from,
    cohen_kappa,
    coincidences,
    fleiss_kappa,
    new_matrix,
    unitizing_coincidences,
)
from dragon_reader.domain.coding import Tag, TagKind
from dragon_reader.domain.curation import coder_of
from dragon_reader.io.writers import write_csv as write_table
from dragon_reader.services.corpus import Corpus
from dragon_reader.store.models import Article

SLOTS = ("entry", "status", "when")


@dataclass(frozen=True, slots=True)
class Figure:
    """One agreement figure: alpha for unitizing, kappa and nominal alpha on matched
    units, and how many units each rests on (``None``: undefined)."""

    alpha_u: float | None = None
    kappa: float | None = None
    alpha: float | None = None
    units: int = 0
    characters: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The figure for JSON."""
        return {
            "alpha_u": _round(self.alpha_u),
            "kappa": _round(self.kappa),
            "alpha": _round(self.alpha),
            "units": self.units,
            "characters": self.characters,
        }


def _make(
    matched: tuple[float | None, float | None],
    alpha_u: float | None = None,
    units: int = 0,
    characters: int = 0,
) -> Figure:
    return Figure(alpha_u, matched[0], matched[1], units, characters)


@dataclass(slots=True)
class KindReport:
    """The agreement on one kind of tag: overall, per label (codebook entry), per slot of
    the matched tags, and per article (alpha for unitizing)."""

    overall: Figure = field(default_factory=Figure)
    labels: dict[str, Figure] = field(default_factory=dict)
    slots: dict[str, Figure] = field(default_factory=dict)
    articles: dict[int, Figure] = field(default_factory=dict)


@dataclass(slots=True)
class AgreementReport:
    """The agreement of ``coders`` (two or more) per kind of tag."""

    coders: list[str]
    kinds: dict[str, KindReport]
    kappa_name: str

    def as_dict(self) -> dict[str, Any]:
        """The report for ``--json``: per kind and label ``alpha_u``, ``kappa``,
        ``units``, and per slot."""
        return {
            "coders": self.coders,
            "kappa": self.kappa_name,
            "kinds": {
                kind: {
                    **report.overall.as_dict(),
                    "labels": {name: fig.as_dict() for name, fig in sorted(report.labels.items())},
                    "slots": {name: fig.as_dict() for name, fig in report.slots.items()},
                    "articles": {
                        str(i): fig.as_dict() for i, fig in sorted(report.articles.items())
                    },
                }
                for kind, report in self.kinds.items()
            },
        }

    def rows(self) -> list[dict[str, Any]]:
        """One row per kind, label, slot and article, for CSV."""
        rows: list[dict[str, Any]] = []
        for kind, report in self.kinds.items():
            groups: list[tuple[str, str, Figure]] = [("kind", "", report.overall)]
            groups += [("label", name, fig) for name, fig in sorted(report.labels.items())]
            groups += [("slot", name, fig) for name, fig in report.slots.items()]
            groups += [("article", str(i), fig) for i, fig in sorted(report.articles.items())]
            for scope, name, fig in groups:
                rows.append(
                    {
                        "kind": kind,
                        "scope": scope,
                        "name": name,
                        **fig.as_dict(),
                        "coders": " ".join(self.coders),
                    }
                )
        return rows


CSV_COLUMNS = (
    "kind",
    "scope",
    "name",
    "alpha_u",
    "kappa",
    "alpha",
    "units",
    "characters",
    "coders",
)


def agreement_report(
    corpus: Corpus, coders: Sequence[str] = (), kinds: Sequence[TagKind] = tuple(TagKind)
) -> AgreementReport:
    """The agreement of ``coders`` (default: every coder with tags) on the articles each of
    them tagged. Raises ``ValueError`` with fewer than two coders."""
    tags = [tag for tag in corpus.coding.all_tags() if not tag.curated]  # coders' own
    names = sorted(set(coders) if coders else {coder_of(tag) for tag in tags})
    if len(names) < 2:
        msg = f"agreement needs two or more coders; found {', '.join(names) or 'none'}"
        raise ValueError(msg)
    by_article: dict[int, dict[str, list[Tag]]] = defaultdict(lambda: defaultdict(list))
    for tag in tags:
        if coder_of(tag) in names:
            by_article[tag.article_id][coder_of(tag)].append(tag)
    shared = sorted(a for a, per in by_article.items() if len(per) == len(names))
    lengths = _text_lengths(corpus, shared)
    report = AgreementReport(names, {}, "cohen" if len(names) == 2 else "fleiss")
    for kind in kinds:
        report.kinds[kind.value] = _kind_report(kind, names, shared, by_article, lengths)
    return report


def _kind_report(
    kind: TagKind,
    names: list[str],
    shared: list[int],
    by_article: dict[int, dict[str, list[Tag]]],
    lengths: dict[int, int],
) -> KindReport:
    report = KindReport()
    pooled: Coincidences = new_matrix()
    per_label: dict[str, Coincidences] = defaultdict(new_matrix)
    unit_values: list[dict[str, tuple[Any, ...]]] = []
    for article_id in shared:
        length = lengths.get(article_id, 0)
        spans = [
            [(t.start, t.end, t.entry_name) for t in by_article[article_id][name] if t.kind == kind]
            for name in names
        ]
        matrix = unitizing_coincidences(length, spans)
        add_matrix(pooled, matrix)
        units = _matched_units(by_article[article_id], names, kind)
        report.articles[article_id] = _make(
            alpha_u=alpha_from(matrix),
            units=len(units),
            characters=length,
            matched=_kappa_alpha(units, names, 0),
        )
        for label in {span[2] for coder in spans for span in coder}:
            binary = [[span for span in coder if span[2] == label] for coder in spans]
            add_matrix(per_label[label], unitizing_coincidences(length, binary))
        unit_values.extend(units)
    characters = sum(lengths.get(a, 0) for a in shared)
    report.overall = _make(
        alpha_u=alpha_from(pooled),
        units=len(unit_values),
        characters=characters,
        matched=_kappa_alpha(unit_values, names, 0),
    )
    for label, matrix in per_label.items():
        labelled = [u for u in unit_values if any(v[0] == label for v in u.values())]
        report.labels[str(label)] = _make(
            alpha_u=alpha_from(matrix),
            units=len(labelled),
            characters=characters,
            matched=_kappa_alpha(labelled, names, 0),
        )
    for index, slot in enumerate(SLOTS):
        if slot == "status" and kind != TagKind.CHANNEL:
            continue
        report.slots[slot] = _make(_kappa_alpha(unit_values, names, index), units=len(unit_values))
    return report


def _matched_units(
    per_coder: dict[str, list[Tag]], names: list[str], kind: TagKind
) -> list[dict[str, tuple[Any, ...]]]:
    """Tags of one article and kind grouped into units: runs of overlapping spans across
    coders. Each unit maps a coder to the slot values of their first tag in it."""
    tags = sorted(
        (t for name in names for t in per_coder.get(name, []) if t.kind == kind),
        key=lambda t: (t.start, t.end),
    )
    units: list[dict[str, tuple[Any, ...]]] = []
    current: dict[str, tuple[Any, ...]] = {}
    reach = -1
    for tag in tags:
        if current and tag.start >= reach:
            units.append(current)
            current = {}
        values = (
            tag.entry_name,
            tag.status.value if tag.status else NOTHING,
            str(tag.when) if tag.when else NOTHING,
        )
        current.setdefault(coder_of(tag), values)
        reach = max(reach, tag.end)
    if current:
        units.append(current)
    return units


def _kappa_alpha(
    units: list[dict[str, tuple[Any, ...]]], names: list[str], slot: int
) -> tuple[float | None, float | None]:
    """Kappa on the units every coder tagged, nominal alpha on those two or more tagged."""
    complete = [[unit[name][slot] for name in names] for unit in units if len(unit) == len(names)]
    if len(names) == 2:
        kappa = cohen_kappa([u[0] for u in complete], [u[1] for u in complete])
    else:
        kappa = fleiss_kappa(complete) if complete else None
    alpha = alpha_from(
        coincidences([[unit[n][slot] if n in unit else None for n in names] for unit in units])
    )
    return kappa, alpha


def _text_lengths(corpus: Corpus, article_ids: list[int]) -> dict[int, int]:
    """Each article's length in characters (the continuum its spans lie on)."""
    lengths: dict[int, int] = {}
    with corpus.database.session() as session:
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            rows = session.execute(
                select(Article.id, func.length(Article.text)).where(Article.id.in_(chunk))
            )
            lengths.update({row[0]: int(row[1]) for row in rows})
    return lengths


def write_csv(report: AgreementReport, path: Path) -> int:
    """Write the report's rows to a CSV file (UTF-8, no BOM); return how many rows.

    Names (codebook entries, coders) that start like a spreadsheet formula are
    neutralised as in every other CSV export; the file is replaced only once complete.
    Raises ``ExportError`` when it cannot be written.
    """
    rows = [[row[column] for column in CSV_COLUMNS] for row in report.rows()]
    return write_table(path, CSV_COLUMNS, rows, bom=False, text_columns=("name", "coders"))


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
