"""Per-session prevalence: which estimate of a session's share of turns with code C is closest
to the share from gold codes? Run on held-out sessions never used in training.

Estimates compared, mean absolute error over sessions and codes:
- classify and count: the share of turns the model assigns C (``share_C``);
- probability average: the mean of ``p_C`` (``pshare_C``);
- adjusted classify and count: (share - fpr) / (tpr - fpr) with the model's cross-validated
  recall (tpr) and false-positive rate (fpr), clipped to [0, 1].

    python benchmarks/prevalence.py [GOLD ...] [--model DIR]
"""
from __future__ import annotations

import argparse

import numpy as np

from werkzaam.annotation.seed import HELDOUT_DIR, load_gold
from werkzaam.models.evaluation import adjusted_share, error_rates
from werkzaam.models.store import load_model
from werkzaam.models.training import gold_matrix
from werkzaam.pipeline.coding import code_utterances
from werkzaam.pipeline.profiles import factor_codes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="*", default=[str(HELDOUT_DIR)])
    parser.add_argument("--model")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    coded = code_utterances(gold.drop(columns=["codes"]), args.model)
    codes = factor_codes(coded)
    _, meta = load_model(args.model)
    Y = gold_matrix(gold, codes)
    rates = error_rates(meta)
    errors = {"classify and count": [], "probability average": [], "adjusted classify and count": []}
    for sid in coded["session_id"].unique():
        rows = (coded["session_id"] == sid).to_numpy()
        for j, c in enumerate(codes):
            truth = Y[rows, j].mean()
            cc = coded.loc[rows, c].astype(bool).mean()
            acc = adjusted_share(cc, *rates[c])
            errors["classify and count"].append(abs(cc - truth))
            errors["probability average"].append(abs(coded.loc[rows, f"p_{c}"].mean() - truth))
            errors["adjusted classify and count"].append(abs(acc - truth))
    print(f"{coded['session_id'].nunique()} sessions, {len(coded)} turns, codes {', '.join(codes)}")
    for name, e in errors.items():
        print(f"  {name:30s} MAE {np.mean(e):.4f}")


if __name__ == "__main__":
    main()
