"""Entity quality on the dev gold, scored by the reference scorer's own logic."""

from __future__ import annotations

import importlib.util
import io
import json
from contextlib import redirect_stdout
from pathlib import Path

from dragon_reader.nlp.recognizer import RuleRecognizer
from tests.conftest import SEEDS_DIR

GOLD_DIR = Path(__file__).parent / "dev_gold"
MIN_STRICT_MICRO_F1 = 0.85


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", GOLD_DIR / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_strict_micro_f1_on_the_dev_gold(tmp_path: Path) -> None:
    recognizer = RuleRecognizer()
    for gold_file in GOLD_DIR.glob("*.json"):
        name = json.loads(gold_file.read_text())["file"]
        text = (SEEDS_DIR / name).read_text(encoding="utf-8")
        entities = [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label.value}
            for e in recognizer.recognize(text)
        ]
        (tmp_path / gold_file.name).write_text(json.dumps({"file": name, "entities": entities}))
    output = io.StringIO()
    with redirect_stdout(output):
        load_scorer().main(
            [str(tmp_path), "--gold", str(GOLD_DIR), "--seeds", str(SEEDS_DIR), "--json"]
        )
    report = output.getvalue()
    summary = json.loads(report.strip().splitlines()[-1])
    assert "malformed" not in report
    f1 = summary["strict"]["micro"]["f1"]
    print(f"strict micro F1 on the dev gold: {f1:.3f}")
    assert f1 >= MIN_STRICT_MICRO_F1, report
