"""Date resolution: accuracy per class on the hand-written dev set, and speed.

    python benchmarks/bench_dates.py

Accuracy: each case of ``tests/domain/date_dev_set.py`` is recognised and resolved in its
sentence against its publication date. Calendar mentions (``point``, ``range``) count when
the value is exactly right; durations, ages, sets and vague phrases count when they are
not turned into a calendar date (targets: at least 97 % and at most 1 in 40 dated).

Speed: words per second of the rule recognizer followed by the resolver over all the
dates it finds (single thread), next to a bare ``re.findall(r"\\w+")`` pass over the same
articles measured in the same run. Target: at least 200,000 words/s.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import synthetic_article
from dragon_reader.domain.date_values import CALENDAR, resolve_mentions
from dragon_reader.domain.entities import EntityLabel
from dragon_reader.domain.status_cues import suggest_status
from dragon_reader.nlp.dates import find_dates
from dragon_reader.nlp.recognizer import RuleRecognizer
from tests.domain.date_dev_set import CASES
from tests.domain.date_heldout import DATE_BATCHES, STATUS_BATCHES, DevCase, StatusCase
from tests.domain.test_status_cues import CASES as STATUS_CASES

TARGET_WORDS_PER_SECOND = 200_000


def accuracy(cases: Sequence[DevCase], title: str) -> None:
    """Print the share of ``cases`` resolved right, per class, and the misses."""
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    dated = 0  # durations, ages, sets and vague phrases given a calendar value
    misses = []
    for published, sentence, phrase, value, kind in cases:
        anchor = date.fromisoformat(published)
        found = [
            r
            for r in resolve_mentions(sentence, list(find_dates(sentence)), anchor)
            if r.phrase == phrase
        ]
        total[kind] += 1
        got = found[0].value if found else None
        if kind in {"point", "range"}:
            ok = got is not None and got.value == value
        else:
            ok = got is not None and got.date_class not in CALENDAR
            dated += got is not None and got.date_class in CALENDAR
        if ok:
            right[kind] += 1
        else:
            misses.append((kind, phrase, value, got.value if got else "not found"))
    print(f"{title}: {len(cases)} date mentions")
    for kind in sorted(total):
        print(f"  {kind:<9} {right[kind]:>4}/{total[kind]:<4} {right[kind] / total[kind]:7.1%}")
    calendar = sum(total[k] for k in ("point", "range"))
    calendar_right = sum(right[k] for k in ("point", "range"))
    others = sum(total.values()) - calendar
    print(
        f"  calendar mentions resolved exactly: {calendar_right}/{calendar} "
        f"{calendar_right / calendar:.1%} (target ≥ 97 %)"
    )
    print(f"  durations/ages/sets/vague dated: {dated}/{others} (target ≤ 1 in 40)")
    for miss in misses:
        print("  miss:", *miss)


def status_accuracy(cases: Sequence[StatusCase], title: str) -> None:
    """Print the share of ``cases`` whose suggested status is right, per status, and misses."""
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    misses = []
    for sentence, words, expected in cases:
        start = sentence.index(words)
        found = suggest_status(sentence, start, start + len(words))
        total[expected] += 1
        if found.status.value == expected:
            right[expected] += 1
        else:
            misses.append((words, expected, found.status.value, sentence))
    print(
        f"{title}: {sum(right.values())}/{len(cases)} {sum(right.values()) / len(cases):.1%} "
        "of channel statuses suggested right (target ≥ 90 %)"
    )
    for status in sorted(total):
        print(f"  {status:<9} {right[status]:>4}/{total[status]:<4}")
    for miss in misses:
        print("  miss:", *miss)


def speed() -> None:
    rng = random.Random(7)
    articles = [synthetic_article(800, rng) for _ in range(250)]
    words = sum(len(a.split()) for a in articles)
    recognizer = RuleRecognizer()
    recognizer.recognize("warm up: load the gazetteers")
    anchor = date(2024, 3, 15)
    token = re.compile(r"\w+")

    def recognize_and_resolve(text: str) -> object:
        spans = [
            (m.start, m.end) for m in recognizer.recognize(text) if m.label == EntityLabel.DATE
        ]
        return resolve_mentions(text, spans, anchor)

    def resolve_only(text: str) -> object:
        return resolve_mentions(text, list(find_dates(text)), anchor)

    rates = {}
    for name, run in (
        ("regex tokenizer (baseline)", token.findall),
        ("dates: find + resolve", resolve_only),
        ("rule recognizer alone", recognizer.recognize),
        ("recognizer + resolver", recognize_and_resolve),
    ):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for article in articles:
                run(article)
            best = min(best, time.perf_counter() - start)
        rates[name] = words / best
    baseline = rates["regex tokenizer (baseline)"]
    print(f"corpus: {len(articles)} articles, {words:,} words")
    for name, rate in rates.items():
        print(f"  {name:<28} {rate:>12,.0f} words/s   {rate / baseline:6.3f}× baseline")
    rate = rates["recognizer + resolver"]
    verdict = "meets" if rate >= TARGET_WORDS_PER_SECOND else "MISSES"
    print(f"recognizer + resolver {verdict} the target of {TARGET_WORDS_PER_SECOND:,} words/s")
    share = 1 - rates["recognizer + resolver"] / rates["rule recognizer alone"]
    print(f"the resolver's share of the time: {share:.0%} (timings vary with the machine's load)")


def main(argv: Sequence[str]) -> None:
    """Accuracy on the dev set and each held-out batch, then (without ``--no-speed``) speed."""
    accuracy(CASES, "dev set (all batches included)")
    for name, cases in DATE_BATCHES.items():
        accuracy(cases, f"held-out batch {name}")
    status_accuracy(STATUS_CASES, "status dev set (all batches included)")
    for name, status_cases in STATUS_BATCHES.items():
        status_accuracy(status_cases, f"held-out status batch {name}")
    if "--no-speed" not in argv:
        speed()


if __name__ == "__main__":
    main(sys.argv[1:])
