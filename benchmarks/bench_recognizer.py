"""Entity recognition speed, against a plain regex tokenizer over the same text.

    python benchmarks/bench_recognizer.py

Prints words per second of the rule-based recognizer (single thread), of a bare
``re.findall(r"\\w+")`` pass over the same articles (the baseline, measured in the same run)
and of spaCy's small English model when it happens to be installed. Target: at least
500,000 words/s for the recognizer on an idle machine (the ratio to the baseline is the
figure to compare between runs on a loaded one).
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import synthetic_article
from dragon_reader.nlp.recognizer import RuleRecognizer

TARGET_WORDS_PER_SECOND = 500_000


def main() -> None:
    rng = random.Random(7)
    articles = [synthetic_article(800, rng) for _ in range(250)]
    words = sum(len(a.split()) for a in articles)
    recognizer = RuleRecognizer()
    start = time.perf_counter()
    recognizer.recognize("warm up: load the gazetteers")
    load = time.perf_counter() - start

    import re

    token = re.compile(r"\w+")
    rates = {}
    cpu_rates = {}
    for name, run in (
        ("regex tokenizer (baseline)", token.findall),
        ("rule recognizer", recognizer.recognize),
    ):
        best = best_cpu = float("inf")
        for _ in range(3):
            start, start_cpu = time.perf_counter(), time.process_time()
            for article in articles:
                run(article)
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - start_cpu)
        rates[name] = words / best
        cpu_rates[name] = words / best_cpu
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm")
        sample = articles[:20]
        start = time.perf_counter()
        for article in sample:
            nlp(article)
        rates["spaCy en_core_web_sm"] = sum(len(a.split()) for a in sample) / (
            time.perf_counter() - start
        )
    except (ImportError, OSError):
        pass
    print(f"corpus: {len(articles)} articles, {words:,} words; gazetteer load {load * 1000:.0f} ms")
    baseline = rates["regex tokenizer (baseline)"]
    for name, rate in rates.items():
        print(f"  {name:<28} {rate:>12,.0f} words/s   {rate / baseline:6.3f}× baseline")
    # Processor time: what the recognizer costs whatever else the machine is doing (on
    # an idle machine the same as the clock's; on a busy one the clock's figure drops).
    print(
        f"  per processor-second: recognizer {cpu_rates['rule recognizer']:,.0f} words, "
        f"baseline {cpu_rates['regex tokenizer (baseline)']:,.0f} words "
        f"(load {os.getloadavg()[0]:.1f})"
    )
    rate = rates["rule recognizer"]
    verdict = "meets" if rate >= TARGET_WORDS_PER_SECOND else "MISSES"
    print(
        f"recognizer {verdict} the target of {TARGET_WORDS_PER_SECOND:,} words/s "
        f"({rate / TARGET_WORDS_PER_SECOND:.2f}× target)"
    )


if __name__ == "__main__":
    main()
