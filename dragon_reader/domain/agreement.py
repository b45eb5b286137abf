"""Inter-coder agreement: Cohen's kappa, Fleiss' kappa, Krippendorff's alpha (nominal,
any number of coders, missing values) and alpha for unitizing spans of text.

Plain functions over plain values, written from the methods literature (Cohen 1960;
Fleiss 1971; Krippendorff, *Content Analysis*, 2004, ch. 11–12, and "Computing
Krippendorff's alpha-reliability", 2011) and checked in the tests against their worked
examples and against ``nltk.metrics.agreement``. ``None`` stands for "not coded"; every
figure is ``None`` when it is undefined (too few units, or one category throughout).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from itertools import pairwise

Value = Hashable
NOTHING = "∅"  # the value of a character no span of a coder covers
# Krippendorff's coincidence matrix: (value, value) → weight (fractions of pairable values).
Coincidences = defaultdict[tuple[Value, Value], float]


def new_matrix() -> Coincidences:
    """An empty coincidence matrix."""
    return defaultdict(float)


def add_matrix(target: Coincidences, source: Coincidences) -> None:
    """Pool ``source`` into ``target`` (texts or articles coded by the same coders)."""
    for pair, weight in source.items():
        target[pair] += weight


def cohen_kappa(first: Sequence[Value], second: Sequence[Value]) -> float | None:
    """Cohen's kappa of two coders over the same units (``first[i]``, ``second[i]``)."""
    if len(first) != len(second):
        msg = "both coders must code the same units"
        raise ValueError(msg)
    n = len(first)
    if n == 0:
        return None
    observed = sum(1 for a, b in zip(first, second, strict=True) if a == b) / n
    count_a, count_b = Counter(first), Counter(second)
    expected = sum(count_a[c] * count_b[c] for c in count_a) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(units: Sequence[Sequence[Value]]) -> float | None:
    """Fleiss' kappa: each unit holds the categories its raters gave, the same number
    (two or more) of ratings for every unit."""
    if not units:
        return None
    raters = len(units[0])
    if raters < 2 or any(len(unit) != raters for unit in units):
        msg = "Fleiss' kappa needs the same number (two or more) of ratings per unit"
        raise ValueError(msg)
    n = len(units)
    totals: Counter[Value] = Counter()
    agreement = 0.0
    for unit in units:
        counts = Counter(unit)
        totals.update(counts)
        agreement += (sum(c * c for c in counts.values()) - raters) / (raters * (raters - 1))
    observed = agreement / n
    expected = sum((total / (n * raters)) ** 2 for total in totals.values())
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def coincidences(units: Sequence[Sequence[Value | None]]) -> Coincidences:
    """Krippendorff's coincidence matrix of units coded by several coders
    (``units[u][c]``: coder ``c``'s value of unit ``u``, ``None`` if not coded); units
    with fewer than two values are not pairable and add nothing."""
    matrix = new_matrix()
    for unit in units:
        add_unit(matrix, [value for value in unit if value is not None])
    return matrix


def add_unit(matrix: Coincidences, values: Sequence[Value], weight: float = 1.0) -> None:
    """Add one unit's pairable values to ``matrix`` (``weight`` times, for a run of
    equal units such as characters)."""
    m = len(values)
    if m < 2:
        return
    share = weight / (m - 1)
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if i != j:
                matrix[(a, b)] += share


def alpha_from(matrix: Coincidences) -> float | None:
    """Nominal alpha = 1 − observed / expected disagreement, from a coincidence matrix."""
    n = sum(matrix.values())
    if n <= 1:
        return None
    marginals: defaultdict[Value, float] = defaultdict(float)
    for (a, _b), weight in matrix.items():
        marginals[a] += weight
    observed = sum(weight for (a, b), weight in matrix.items() if a != b)
    expected = (n * n - sum(total * total for total in marginals.values())) / (n - 1)
    if expected <= 0:
        return None
    return 1 - observed / expected


def krippendorff_alpha(units: Sequence[Sequence[Value | None]]) -> float | None:
    """Krippendorff's alpha, nominal metric, any number of coders, missing values."""
    return alpha_from(coincidences(units))


def unitizing_coincidences(
    length: int, coders: Sequence[Sequence[tuple[int, int, Value]]]
) -> Coincidences:
    """The coincidences of coders unitizing one text of ``length`` characters: each coder's
    units are ``(start, end, value)`` spans. Every character is a unit whose value for a
    coder is the value of the span covering it (``NOTHING`` when none; where a coder's
    spans overlap, the one starting first). Runs of characters between span boundaries
    are added at once, so the cost follows the number of spans, not the text's length."""
    matrix = new_matrix()
    if length <= 0 or len(coders) < 2:
        return matrix
    ordered = [sorted(spans, key=lambda span: (span[0], span[1])) for spans in coders]
    cuts = {0, length}
    for spans in ordered:
        for start, end, _value in spans:
            cuts.update((min(max(start, 0), length), min(max(end, 0), length)))
    for left, right in pairwise(sorted(cuts)):
        values = [_value_at(spans, left) for spans in ordered]
        add_unit(matrix, values, right - left)
    return matrix


def unitizing_alpha(
    length: int, coders: Sequence[Sequence[tuple[int, int, Value]]]
) -> float | None:
    """Alpha for unitizing one text (see ``unitizing_coincidences``): 1 when every coder
    marks the same characters with the same values, 0 at chance. Texts are pooled by
    adding their coincidence matrices before ``alpha_from``."""
    return alpha_from(unitizing_coincidences(length, coders))


def _value_at(spans: Sequence[tuple[int, int, Value]], position: int) -> Value:
    for start, end, value in spans:
        if start > position:
            break
        if position < end:
            return value
    return NOTHING
