"""The data card of the annotated corpus, rendered from the files (counts are computed).

    python -m werkzaam.annotation.datacard > annotation/DATA_CARD.md
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from werkzaam.annotation.seed import CODES, HELDOUT_DIR, SEED_DIR, annotated_files, corpus_hash, load_annotated
from werkzaam.models.evaluation import code_scores

AGREEMENT_DIR = Path(__file__).resolve().parent / "agreement" / "heldout-second-coder"

PROVENANCE = """\
All sessions are fictional. They were written for Werkzaam in November 2026, turn by turn as
whole conversations, by separate writer sessions, each given a different set of cases and a
style, and each coding its own turns by `../shared/codebook-spec.md`. No text was copied from
elsewhere and no session was generated from templates. The codes of the first twelve seed
writers (a–g, i–m) were then reviewed turn by turn against `docs/coding-guide.md` by second
coders (about 5% of turns changed); the later seed writers (s–z, za–zz, ya–yd) read the coding guide
beside the spec and coded by both, without a second review. The held-out sessions were written by writers who never saw the seed corpus nor each
other's sessions (writer h; later writers n and o, and later still p, q and r, who coded by the
spec alone, without the coding guide); they are never used for training. A second coder coded writer h's sessions blind
(`agreement/heldout-second-coder/`), which measures how far two careful coders agree.

Licence: MIT, like the rest of Werkzaam. Names, places, case details are invented.
"""


def _counts(table) -> dict[str, int]:
    items = table["codes"].str.split("|").explode()
    return {c: int((items == c).sum()) for c in [*CODES, "OVERIG"]}


def render() -> str:
    lines = ["# Data card: the Werkzaam annotated corpus", "", PROVENANCE, "## Counts", "",
             "| part | writers | sessions | turns | " + " | ".join(f"{c} turns" for c in [*CODES, "OVERIG"])
             + " | turns with 2+ codes |", "|---" * (5 + len(CODES)) + "|---|"]
    for name, folder in (("seed (training)", SEED_DIR), ("held-out (test)", HELDOUT_DIR)):
        table = load_annotated([folder])
        counts = _counts(table)
        multi = int((table["codes"].str.count(r"\|") >= 1).sum())
        writers = ", ".join(sorted(set(table["writer"].astype(str))))
        lines.append(f"| {name} | {writers} | {table['session_id'].nunique()} | {len(table)} | "
                     + " | ".join(str(counts[c]) for c in [*CODES, "OVERIG"]) + f" | {multi} |")
    seed = load_annotated([SEED_DIR])
    lines += ["", "Settings (seed): " + ", ".join(
        f"{k} {v}" for k, v in seed.drop_duplicates("session_id")["setting"].value_counts().items()),
        "Regions (seed): " + ", ".join(
        f"{k} {v}" for k, v in seed.drop_duplicates("session_id")["region"].value_counts().items()), ""]
    first, second = load_annotated([HELDOUT_DIR / "writer-h"]), load_annotated([AGREEMENT_DIR])
    gold = lambda t: np.array([[c in s.split("|") for c in CODES] for s in t["codes"]])  # noqa: E731
    agree = code_scores(gold(first), gold(second), CODES)
    lines += ["## Agreement of two coders (held-out sessions)", "",
              f"Writer h's codes against a second coder's blind codes, {len(first)} turns: "
              f"macro-F1 {agree['macro_f1']:.3f}.", "", "| code | F1 | Cohen's kappa |", "|---|---|---|"]
    lines += [f"| {c} | {s['f1']:.3f} | {s['kappa']:.3f} |" for c, s in agree["per_code"].items()]
    lines += ["", f"SHA-256 of the seed files: `{corpus_hash(annotated_files([SEED_DIR]))}`", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
