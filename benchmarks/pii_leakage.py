"""Share of listed personal data strings still present after pseudonymisation.

Each transcript ``X.txt`` in the test set has ``X.pii.json``: the personal data strings in it,
as listed by its writer. A string counts as leaked when it still occurs (case-sensitively) in the
pseudonymised speaker labels or text.

    python benchmarks/pii_leakage.py [FOLDER]      (default: tests/data/pii)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from werkzaam.pipeline import ingest
from werkzaam.pipeline.pseudonymize import pseudonymize_table, shared_pseudonymizer

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "pii"


def leakage(folder: Path = DEFAULT) -> dict:
    listed, leaked, per_category = 0, [], Counter()
    totals = Counter()
    for transcript in sorted(folder.glob("*.txt")):
        items = json.loads(transcript.with_suffix(".pii.json").read_text(encoding="utf-8"))
        table, _ = pseudonymize_table(ingest([transcript], strict=True).table, shared_pseudonymizer())
        output = "\n".join(table["speaker"].astype(str)) + "\n" + "\n".join(table["text"].astype(str))
        for item in items:
            listed += 1
            totals[item["category"]] += 1
            if item["text"] in output:
                leaked.append((transcript.name, item["category"]))
                per_category[item["category"]] += 1
    return {"files": len(list(folder.glob("*.txt"))), "listed": listed, "leaked": len(leaked),
            "rate": len(leaked) / max(listed, 1), "per_category": dict(per_category), "totals": dict(totals)}


if __name__ == "__main__":
    result = leakage(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
    print(f"{result['files']} transcripts, {result['listed']} listed strings, {result['leaked']} still present: "
          f"{result['rate']:.1%}")
    for category, total in sorted(result["totals"].items()):
        print(f"  {category:12s} {result['per_category'].get(category, 0):3d} of {total:3d} leaked")
