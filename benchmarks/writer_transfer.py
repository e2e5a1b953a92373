"""How well a model trained on the seed corpus codes sessions by writers it never saw.

Trains on ``annotation/seed`` twice, with and without the coders' subcodes as auxiliary stage-1
targets (see :mod:`werkzaam.models.classifier`), and prints macro-F1 and the per-session share
error for each held-out writer (``annotation/heldout/writer-*``).

    python benchmarks/writer_transfer.py
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from werkzaam.annotation.seed import HELDOUT_DIR, SEED_DIR, load_gold
from werkzaam.models.evaluation import code_scores, session_decisions, share_errors
from werkzaam.models.training import aux_matrix, gold_matrix, make_model, prepare
from werkzaam.pipeline.codebook import load_codebook


def main() -> None:
    codebook = load_codebook()
    codes = codebook.factor_codes
    seed = load_gold([SEED_DIR], codes)
    prepared, Y = prepare(seed, codebook), gold_matrix(seed, codes)
    writers = sorted(Path(HELDOUT_DIR).glob("writer-*"))
    tests = {}
    for folder in writers:
        gold = load_gold([folder], codes)
        tests[folder.name] = (gold, prepare(gold, codebook), gold_matrix(gold, codes))
    aux, keys = aux_matrix(seed, codebook)
    print(f"seed: {len(seed)} turns; auxiliary targets: {len(keys)} subcodes")
    print(f"{'variant':32s} " + " ".join(f"{w:>9s}" for w in tests) + "      mean")
    for name, targets in (("codes only", None), ("codes + subcodes (aux)", aux)):
        model = make_model(codebook).fit(prepared.features, Y, targets)
        f1, mae = [], []
        for gold, prep, Yh in tests.values():
            proba = model.predict_proba(prep.features)
            pred = session_decisions(proba, prep.groups)
            f1.append(code_scores(Yh, pred, codes)["macro_f1"])
            coded = gold.copy()
            for j, code in enumerate(codes):
                coded[code], coded[f"p_{code}"] = pred[:, j], proba[:, j]
            mae.append(share_errors(coded, Yh, codes)["share_mae"])
        print(f"{name + ' F1':32s} " + " ".join(f"{v:9.3f}" for v in f1) + f" {np.mean(f1):9.3f}")
        print(f"{name + ' share MAE':32s} " + " ".join(f"{v:9.3f}" for v in mae) + f" {np.mean(mae):9.3f}",
              flush=True)


if __name__ == "__main__":
    main()
