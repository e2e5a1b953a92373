"""Does the model gain from more seed writers? Held-out macro-F1 against the number of writers.

Trains (codes and subcodes, as ``writer_transfer.py``) on random subsets of the seed writers
(``annotation/seed/writer-*``) and scores each model on every held-out writer
(``annotation/heldout/writer-*``). A rising curve says more varied seed data still helps. Slow:
the run grows with the number of writers.

    python benchmarks/learning_curve.py            # 6, 12, 18 writers (two draws each) and all
    python benchmarks/learning_curve.py 7 14 21 --draws 1

Measured on 2026-11-23 with the earlier model (fixed thresholds set on inner folds; one draw each,
mean over the six held-out writers): 7 writers 0.632, 14 writers 0.663, 21 writers 0.679; the
default models trained on all 28, later all 36, 44 and then all 50 writers scored 0.695, 0.700,
0.710 and 0.713.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from werkzaam.annotation.seed import HELDOUT_DIR, SEED_DIR, load_gold  # noqa: E402
from werkzaam.models.evaluation import code_scores  # noqa: E402
from werkzaam.models.training import aux_matrix, gold_matrix, make_model, prepare  # noqa: E402
from werkzaam.pipeline.codebook import load_codebook  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[6, 12, 18], help="numbers of seed writers")
    parser.add_argument("--draws", type=int, default=2, help="random subsets per size")
    args = parser.parse_args()
    codebook = load_codebook()
    codes = codebook.factor_codes
    writers = sorted(Path(SEED_DIR).glob("writer-*"))
    tests = []
    for folder in sorted(Path(HELDOUT_DIR).glob("writer-*")):
        gold = load_gold([folder], codes)
        tests.append((folder.name, prepare(gold, codebook), gold_matrix(gold, codes)))
    print(f"{len(writers)} seed writers; held-out: {', '.join(name for name, _, _ in tests)}")
    print(f"{'writers':>7s} {'turns':>6s} " + " ".join(f"{name:>9s}" for name, _, _ in tests) + "      mean")
    rng = random.Random(0)
    runs = [rng.sample(writers, k) for k in args.sizes if k < len(writers) for _ in range(args.draws)]
    for subset in [*runs, writers]:
        seed = load_gold(subset, codes)
        prepared, Y = prepare(seed, codebook), gold_matrix(seed, codes)
        aux, _ = aux_matrix(seed, codebook)
        model = make_model(codebook).fit(prepared.features, Y, aux)
        f1 = [code_scores(Yh, model.predict(prep.features), codes)["macro_f1"] for _, prep, Yh in tests]
        print(f"{len(subset):7d} {len(seed):6d} " + " ".join(f"{v:9.3f}" for v in f1) + f" {np.mean(f1):9.3f}",
              flush=True)


if __name__ == "__main__":
    main()
