"""Entity quality on the dev gold, scored by the reference scorer's own logic."""

from __future__ import annotations

import importlib.util
import io
import json
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from dragon_reader.nlp.recognizer import RuleRecognizer
from tests.conftest import SEEDS_DIR

GOLD_DIR = Path(__file__).parent / "dev_gold"
MIN_STRICT_MICRO_F1 = 0.85


def load_scorer() -> Any:
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


NEWS_DEV_DIR = Path(__file__).parent / "news_dev"
# The project's own dev set: articles written in the styles of many agencies and regions,
# annotated by the shared guidelines (``scripts/inline_gold.py`` makes it from news_dev_marked).
MIN_NEWS_DEV_STRICT_MICRO_F1 = 0.95


def test_strict_micro_f1_on_the_news_dev_set(tmp_path: Path) -> None:
    recognizer = RuleRecognizer()
    for gold_file in NEWS_DEV_DIR.glob("*.json"):
        name = json.loads(gold_file.read_text(encoding="utf-8"))["file"]
        text = (NEWS_DEV_DIR / name).read_text(encoding="utf-8")
        entities = [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label.value}
            for e in recognizer.recognize(text)
        ]
        (tmp_path / gold_file.name).write_text(json.dumps({"file": name, "entities": entities}))
    output = io.StringIO()
    with redirect_stdout(output):
        load_scorer().main(
            [
                str(tmp_path),
                "--gold",
                str(NEWS_DEV_DIR),
                "--seeds",
                str(NEWS_DEV_DIR),
                "--ignore-out-of-scope",
                "--json",
            ]
        )
    report = output.getvalue()
    summary = json.loads(report.strip().splitlines()[-1])
    assert "malformed" not in report
    assert "no prediction" not in report
    f1 = summary["strict"]["micro"]["f1"]
    print(f"strict micro F1 on the news dev set: {f1:.3f}")
    assert f1 >= MIN_NEWS_DEV_STRICT_MICRO_F1, report


def test_the_news_dev_set_is_the_marked_articles_converted() -> None:
    marked_dir = Path(__file__).parent / "news_dev_marked"
    spec = importlib.util.spec_from_file_location(
        "inline_gold", Path(__file__).parents[2] / "scripts" / "inline_gold.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    marked = sorted(marked_dir.glob("*.txt"))
    assert len(marked) >= 15
    total = 0
    for path in marked:
        text, entities, _ = module.convert(path.read_text(encoding="utf-8"))
        assert (NEWS_DEV_DIR / path.name).read_text(encoding="utf-8") == text
        gold = json.loads((NEWS_DEV_DIR / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert gold["entities"] == entities
        assert all(text[e["start"] : e["end"]] == e["text"] for e in entities)
        total += len(entities)
    assert total >= 600
