"""Turn articles annotated inline into plain texts and gold JSON for the entity scorer.

    python scripts/inline_gold.py SOURCE_DIR OUT_DIR

Each ``SOURCE_DIR/NAME.txt`` marks entities inline as ``{text|C}``, where ``C`` is one of
P (PERSON), O (ORG), G (GPE), L (LOC), D (DATE), N (NORP), or X for a name outside the label
set (an event, law or facility; written to ``out_of_scope``). Writes ``OUT_DIR/NAME.txt``
(the text without marks) and ``OUT_DIR/NAME.json`` in the format of ``../shared/eval/dev``:
``{"file": "NAME.txt", "entities": [{"start", "end", "text", "label"}], "out_of_scope": [...]}``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

LABELS = {"P": "PERSON", "O": "ORG", "G": "GPE", "L": "LOC", "D": "DATE", "N": "NORP", "X": "X"}
MARK = re.compile(r"\{([^{}|\n]+)\|([A-Z])\}")


def convert(marked: str) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """Return the plain text, its entities and its out-of-scope spans."""
    parts: list[str] = []
    entities: list[dict[str, object]] = []
    out_of_scope: list[dict[str, object]] = []
    length = 0
    last = 0
    for match in MARK.finditer(marked):
        before = marked[last : match.start()]
        parts.append(before)
        length += len(before)
        surface, code = match.group(1), match.group(2)
        if code not in LABELS:
            msg = f"unknown label code {code!r} at {surface!r}"
            raise ValueError(msg)
        span = {"start": length, "end": length + len(surface), "text": surface}
        if code == "X":
            out_of_scope.append({**span, "label": "OUT"})
        else:
            entities.append({**span, "label": LABELS[code]})
        parts.append(surface)
        length += len(surface)
        last = match.end()
    parts.append(marked[last:])
    text = "".join(parts)
    if "{" in text or "}" in text:
        msg = "a mark was left unclosed or malformed"
        raise ValueError(msg)
    return text, entities, out_of_scope


def main(argv: list[str]) -> int:
    source, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.txt")):
        text, entities, out_of_scope = convert(path.read_text(encoding="utf-8"))
        (out / path.name).write_text(text, encoding="utf-8")
        gold = {"file": path.name, "entities": entities, "out_of_scope": out_of_scope}
        (out / f"{path.stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
