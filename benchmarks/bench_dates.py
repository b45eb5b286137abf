"""Date resolution: accuracy per class on the hand-written dev set, and speed.

    python benchmarks/bench_dates.py

Accuracy: each case of ``tests/domain/date_dev_set.py`` is recognised and resolved in its
sentence against its publication date. Calendar mentions (``point``, ``range``) count when
the value is exactly right; durations, ages, sets and vague phrases count when they are
not turned into a calendar date (targets: at least 97 % and at most 1 in 40 dated).

Speed: words per second of the rule recognizer followed by the resolver over all the
dates it finds (single thread), against the recognizer alone measured in the same run in
alternating rounds (the baseline), with the machine's load average printed beside them.
Target: at least 200,000 words/s.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
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


def speed(rounds: int = 5) -> None:
    """Words per second of the recognizer followed by the resolver, against the recognizer
    alone in the same run (the baseline): the two are timed in alternating rounds, best
    of ``rounds`` each, so that a change in the machine's load touches both alike."""
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

    runs: dict[str, Callable[[str], object]] = {
        "rule recognizer alone (baseline)": recognizer.recognize,
        "recognizer + resolver": recognize_and_resolve,
        "dates: find + resolve": resolve_only,
        "regex tokenizer": token.findall,
    }
    best = dict.fromkeys(runs, float("inf"))
    load_before = os.getloadavg()[0]
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            for article in articles:
                run(article)
            best[name] = min(best[name], time.perf_counter() - start)
    load_after = os.getloadavg()[0]
    rates = {name: words / seconds for name, seconds in best.items()}
    baseline = rates["rule recognizer alone (baseline)"]
    print(
        f"corpus: {len(articles)} articles, {words:,} words; best of {rounds} alternating "
        f"rounds; load average {load_before:.1f} → {load_after:.1f} on {os.cpu_count()} CPUs"
    )
    for name, rate in rates.items():
        print(f"  {name:<34} {rate:>12,.0f} words/s   {rate / baseline:6.3f}× baseline")
    rate = rates["recognizer + resolver"]
    verdict = "meets" if rate >= TARGET_WORDS_PER_SECOND else "MISSES"
    print(
        f"recognizer + resolver {verdict} the target of {TARGET_WORDS_PER_SECOND:,} words/s "
        f"at this load; it runs at {rate / baseline:.2f}× the recognizer alone"
    )


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
