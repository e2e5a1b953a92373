"""Which rule should turn the model's probabilities into codes? Grouped cross-validation on the seed.

Fits the default model on four fifths of the seed sessions (``annotation/seed``, grouped 5-fold by
session) and decides the codes of the held-out fifth by each rule:

- one threshold per code, set on the other folds' probabilities so that the code is assigned as
  often as the coders assigned it there (the rule of Werkzaam before 2026-11-24);
- per session (Werkzaam's rule, :func:`werkzaam.models.evaluation.session_decisions`): each code
  on as many of the session's turns as its probabilities add up to.

Prints macro-F1 and the per-session share error (mean absolute error of ``share_C`` against the
coders' share, over sessions and codes) of each, and of the mean probability (``pshare_C``).
Nothing here reads the held-out writers. About ten minutes on two cores.

    python benchmarks/decision_rules.py

Measured on 2026-11-24 (262 sessions, 20,299 turns): fixed thresholds macro-F1 0.728, share error
0.038; per session macro-F1 0.724, share error 0.035; mean probability share error 0.035.
"""
from __future__ import annotations

import numpy as np
from sklearn.model_selection import GroupKFold

from werkzaam.annotation.seed import SEED_DIR, load_gold
from werkzaam.models.evaluation import code_scores
from werkzaam.models.training import aux_matrix, gold_matrix, out_of_fold, prepare
from werkzaam.pipeline.codebook import load_codebook


def share_mae(decided: np.ndarray, Y: np.ndarray, sessions: np.ndarray) -> float:
    """Mean absolute error of each session's share of turns per code, over sessions and codes."""
    errors = [abs(decided[sessions == s, j].mean() - Y[sessions == s, j].mean())
              for s in np.unique(sessions) for j in range(Y.shape[1])]
    return float(np.mean(errors))


def main() -> None:
    codebook = load_codebook()
    codes = codebook.factor_codes
    seed = load_gold([SEED_DIR], codes).reset_index(drop=True)
    prepared, Y = prepare(seed, codebook), gold_matrix(seed, codes)
    aux, _ = aux_matrix(seed, codebook)
    P, per_session = out_of_fold(prepared, Y, codebook, n_splits=5, aux=aux, n_jobs=2)
    folds = GroupKFold(n_splits=5).split(prepared.features, groups=prepared.groups)  # the same folds
    fixed = np.zeros(Y.shape, dtype=bool)
    for _, test in folds:
        other = np.setdiff1d(np.arange(len(Y)), test)
        thresholds = [np.quantile(P[other, j], 1 - Y[other, j].mean()) for j in range(len(codes))]
        fixed[test] = P[test] >= thresholds
    sessions = prepared.groups
    print(f"seed: {len(Y)} turns, {len(np.unique(sessions))} sessions, grouped 5-fold")
    for name, decided in (("fixed threshold per code", fixed), ("per session (Werkzaam)", per_session)):
        print(f"  {name:26s} macro-F1 {code_scores(Y, decided, codes)['macro_f1']:.4f}  "
              f"share_C MAE {share_mae(decided, Y, sessions):.4f}")
    print(f"  {'mean probability':26s} {'':15s} pshare_C MAE {share_mae(P, Y, sessions):.4f}")


if __name__ == "__main__":
    main()
