"""Agreement coefficients against the methods literature's worked examples and NLTK."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dragon_reader.domain.agreement import (
    NOTHING,
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    unitizing_alpha,
)

N = None


def test_cohens_kappa_on_the_textbook_two_by_two_table() -> None:
    """50 items: 20 both yes, 5 yes/no, 10 no/yes, 15 both no: po = .70, pe = .50,
    kappa = .40 (the example of Cohen's kappa in most textbooks)."""
    first = ["yes"] * 25 + ["no"] * 25
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(first, second) == pytest.approx(0.40)


def test_fleiss_kappa_on_fleiss_1971_style_example() -> None:
    """The 10 subjects × 14 raters × 5 categories example (Fleiss 1971, as reproduced in
    the literature): P-bar = .378, Pe-bar = .213, kappa = .210."""
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    units = [[category for category, k in enumerate(row) for _ in range(k)] for row in table]
    assert fleiss_kappa(units) == pytest.approx(0.2099, abs=1e-4)


def test_krippendorffs_alpha_on_his_reliability_data_with_missing_values() -> None:
    """Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 observers,
    12 units, missing values; nominal alpha = .743."""
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3]
    c = [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]
    assert krippendorff_alpha(list(zip(a, b, c, d, strict=True))) == pytest.approx(0.743, abs=5e-4)


def test_undefined_figures_are_none() -> None:
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["a", "a"], ["a", "a"]) is None  # one category: chance is certain
    assert fleiss_kappa([]) is None
    assert krippendorff_alpha([[1, N], [N, 2]]) is None  # nothing pairable
    with pytest.raises(ValueError, match="same units"):
        cohen_kappa(["a"], [])


def test_unitizing_alpha_is_one_for_identical_spans_and_falls_with_shifts() -> None:
    same = unitizing_alpha(100, [[(10, 20, "E")], [(10, 20, "E")]])
    shifted = unitizing_alpha(100, [[(10, 20, "E")], [(12, 22, "E")]])
    other_label = unitizing_alpha(100, [[(10, 20, "E")], [(10, 20, "F")]])
    assert same == 1.0
    assert shifted is not None and other_label is not None
    assert 0 < shifted < 1 and other_label < shifted


def _characters(length: int, spans: list[tuple[int, int, str]]) -> list[str]:
    values = [NOTHING] * length
    for start, end, label in sorted(spans, reverse=True):  # first-starting span wins
        values[start:end] = [label] * (end - start)
    return values


spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 15), st.sampled_from("EF")).map(
        lambda t: (t[0], min(60, t[0] + t[1]), t[2])
    ),
    max_size=4,
)


@settings(deadline=None, max_examples=60)
@given(coders=st.lists(spans, min_size=2, max_size=4))
def test_unitizing_alpha_equals_alpha_over_every_character(
    coders: list[list[tuple[int, int, str]]],
) -> None:
    """The run-length computation equals nominal alpha with each character a unit."""
    disjoint = [_disjoint(coder) for coder in coders]
    columns = [_characters(60, coder) for coder in disjoint]
    expected = krippendorff_alpha([list(unit) for unit in zip(*columns, strict=True)])
    assert unitizing_alpha(60, disjoint) == pytest.approx(expected)


def _disjoint(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


@settings(deadline=None, max_examples=60)
@given(data=st.data())
def test_alpha_and_cohens_kappa_match_nltk(data: st.DataObject) -> None:
    agreement = pytest.importorskip("nltk.metrics.agreement")
    n = data.draw(st.integers(2, 25))
    coders = data.draw(st.integers(2, 4))
    table = [
        data.draw(st.lists(st.sampled_from("abc"), min_size=n, max_size=n)) for _ in range(coders)
    ]
    task = agreement.AnnotationTask(
        data=[(f"c{c}", f"u{u}", table[c][u]) for c in range(coders) for u in range(n)]
    )
    ours = krippendorff_alpha([list(unit) for unit in zip(*table, strict=True)])
    if ours is not None:
        assert ours == pytest.approx(task.alpha())
    if coders == 2:
        kappa = cohen_kappa(table[0], table[1])
        if kappa is not None:
            assert kappa == pytest.approx(task.kappa())
