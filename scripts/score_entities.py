"""Score the rule recognizer on a folder of gold articles, by topic group and on unseen names.

    python scripts/score_entities.py [-v] [GOLD_DIR]

(GOLD_DIR defaults to tests/nlp/news_dev; -v lists the unseen names missed.)

GOLD_DIR holds ``NAME.txt`` and ``NAME.json`` pairs (see ``scripts/inline_gold.py``). Prints the
reference scorer's strict tables for all articles, for those whose name starts with ``us_``
(news about US–China relations, the bundled articles' topic) and ``intl_`` (other regions and
topics), then recall on gold names whose text occurs nowhere in the bundled articles (seeds/).
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tempfile
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dragon_reader.nlp.recognizer import RuleRecognizer  # noqa: E402

SCORER = ROOT / "tests" / "nlp" / "dev_gold" / "score.py"


def load_scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(gold_dir: Path, out: Path, recognizer: RuleRecognizer) -> dict[str, list[tuple]]:
    """Write one prediction file per article; return the predicted spans by article."""
    found: dict[str, list[tuple]] = {}
    for gold_file in sorted(gold_dir.glob("*.json")):
        name = json.loads(gold_file.read_text(encoding="utf-8"))["file"]
        text = (gold_dir / name).read_text(encoding="utf-8")
        spans = [(e.start, e.end, e.label.value, e.text) for e in recognizer.recognize(text)]
        found[gold_file.stem] = spans
        entities = [{"start": s, "end": t, "label": lab, "text": x} for s, t, lab, x in spans]
        (out / gold_file.name).write_text(json.dumps({"file": name, "entities": entities}))
    return found


def score(pred: Path, gold: Path) -> tuple[str, dict]:  # type: ignore[type-arg]
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        load_scorer().main(
            [
                str(pred),
                "--gold",
                str(gold),
                "--seeds",
                str(gold),
                "--json",
                "--ignore-out-of-scope",
            ]
        )
    lines = buffer.getvalue().strip().splitlines()
    return "\n".join(lines[:-1]), json.loads(lines[-1])


def subset(gold_dir: Path, prefix: str, into: Path) -> Path:
    into.mkdir()
    for path in gold_dir.iterdir():
        if path.name.startswith(prefix):
            (into / path.name).write_bytes(path.read_bytes())
    return into


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    gold_dir = Path(args[0]) if args else ROOT / "tests" / "nlp" / "news_dev"
    recognizer = RuleRecognizer()
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred"
        pred.mkdir()
        found = predict(gold_dir, pred, recognizer)
        for title, prefix in (("ALL", ""), ("SAME TOPIC (us_)", "us_"), ("OTHER (intl_)", "intl_")):
            folder = subset(gold_dir, prefix, Path(tmp) / f"gold_{prefix or 'all'}")
            table, summary = score(pred, folder)
            micro = summary["strict"]["micro"]
            print(
                f"== {title}: strict micro F1 {micro['f1']:.3f} "
                f"(P {micro['p']:.3f} R {micro['r']:.3f})"
            )
            print(table.split("\n\n")[1] if "\n\n" in table else table)
        unseen_gold: Counter[str] = Counter()
        unseen_hit: Counter[str] = Counter()
        missed = []
        for gold_file in sorted(gold_dir.glob("*.json")):
            predicted = {(s, t, lab) for s, t, lab, _ in found[gold_file.stem]}
            for e in json.loads(gold_file.read_text(encoding="utf-8"))["entities"]:
                if e["label"] == "DATE" or e["text"] in seeds:
                    continue
                unseen_gold[e["label"]] += 1
                if (e["start"], e["end"], e["label"]) in predicted:
                    unseen_hit[e["label"]] += 1
                else:
                    missed.append(f"{gold_file.stem[:8]} {e['label']:<6} {e['text']}")
        total, hit = sum(unseen_gold.values()), sum(unseen_hit.values())
        print(
            f"== UNSEEN NAMES (not in seeds, DATE left out): recall {hit / total:.3f} "
            f"({hit}/{total})"
        )
        for label in sorted(unseen_gold):
            print(
                f"  {label:<7} {unseen_hit[label] / unseen_gold[label]:.3f} "
                f"({unseen_hit[label]}/{unseen_gold[label]})"
            )
        if verbose:
            print("\n".join(missed))
            print("== PREDICTED, NOT IN THE GOLD")
            for gold_file in sorted(gold_dir.glob("*.json")):
                gold = json.loads(gold_file.read_text(encoding="utf-8"))
                golds = {(e["start"], e["end"], e["label"]) for e in gold["entities"]}
                for s, t, lab, x in found[gold_file.stem]:
                    if (s, t, lab) not in golds:
                        print(f"{gold_file.stem[:8]} {lab:<6} {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
