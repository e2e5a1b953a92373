"""Agreement of predicted codes with gold codes (per code precision, recall, F1, Cohen's kappa and
the confusion counts; macro-F1 over the codes), and the rule that turns probabilities into codes."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score, precision_recall_fscore_support


def code_scores(gold: np.ndarray, pred: np.ndarray, codes: Sequence[str]) -> dict:
    """Scores per code and macro-F1; ``gold`` and ``pred`` are boolean matrices (rows x codes)."""
    gold, pred = np.asarray(gold, dtype=bool), np.asarray(pred, dtype=bool)
    per_code = {}
    for j, code in enumerate(codes):
        g, p = gold[:, j], pred[:, j]
        precision, recall, f1, _ = precision_recall_fscore_support(g, p, average="binary", zero_division=0)
        kappa = cohen_kappa_score(g, p) if len(set(g) | set(p)) > 1 else 1.0
        per_code[code] = {
            "precision": float(precision), "recall": float(recall), "f1": float(f1), "kappa": float(kappa),
            "support": int(g.sum()), "predicted": int(p.sum()),
            "confusion": {"tp": int((g & p).sum()), "fp": int((~g & p).sum()),
                          "fn": int((g & ~p).sum()), "tn": int((~g & ~p).sum())},
        }
    return {"per_code": per_code, "macro_f1": float(np.mean([s["f1"] for s in per_code.values()])),
            "n_turns": int(len(gold))}


def session_decisions(proba: np.ndarray, sessions: Sequence) -> np.ndarray:
    """Per session and code, the code on the turns with the highest probability, as many turns as
    the session's probabilities of the code add up to (rounded half up).

    A session's share of turns with the code (``share_C``) is then its mean probability
    (``pshare_C``) up to rounding: the expected share under the calibrated probabilities, which
    follows the coders' share more closely per session than counting the turns above one fixed
    threshold (``python benchmarks/decision_rules.py`` measures both on grouped cross-validation).
    """
    proba = np.asarray(proba, dtype=float)
    decided = np.zeros(proba.shape, dtype=bool)
    for rows in pd.Series(np.arange(len(proba))).groupby(np.asarray(sessions), sort=False).indices.values():
        for j in range(proba.shape[1]):
            p = proba[rows, j]
            k = int(np.floor(p.sum() + 0.5))
            decided[rows[np.argsort(-p, kind="stable")[:k]], j] = True
    return decided


def error_rates(meta: dict) -> dict[str, tuple[float, float]]:
    """Per code, the model's cross-validated recall (tpr) and false-positive rate (fpr)."""
    rates = {}
    for code, scores in meta["cv"]["classifier"]["per_code"].items():
        c = scores["confusion"]
        rates[code] = (c["tp"] / max(c["tp"] + c["fn"], 1), c["fp"] / max(c["fp"] + c["tn"], 1))
    return rates


def adjusted_share(share: float, tpr: float, fpr: float) -> float:
    """Adjusted classify and count: (share - fpr) / (tpr - fpr), clipped to [0, 1]."""
    return float(np.clip((share - fpr) / max(tpr - fpr, 1e-6), 0, 1))


def evaluate_gold(gold, model_dir=None, codebook=None) -> dict:
    """Scores of a model (default: the shipped one) and of the rules-only baseline on gold turns."""
    from werkzaam.models.training import gold_matrix
    from werkzaam.pipeline.codebook import load_codebook
    from werkzaam.pipeline.coding import code_with_hits
    from werkzaam.pipeline.tagging import rule_codes

    codebook = codebook or load_codebook()
    codes = codebook.factor_codes
    Y = gold_matrix(gold, codes)
    coded, tagged = code_with_hits(gold.drop(columns=["codes"]), model_dir, codebook)
    rules = rule_codes(tagged, codebook).to_numpy()
    return {"classifier": code_scores(Y, coded[codes].to_numpy(dtype=bool), codes),
            "rules_only": code_scores(Y, rules, codes),
            "session_shares": share_errors(coded, Y, codes)}


def share_errors(coded, Y: np.ndarray, codes: Sequence[str]) -> dict:
    """Mean absolute error, over sessions and codes, of a session's share of turns with each code:
    from the assigned codes (``share_C``, classify and count) and from the mean probability
    (``pshare_C``), against the share from the gold codes."""
    sessions = coded["session_id"].to_numpy()
    gold = pd.DataFrame(Y.astype(float), columns=codes).groupby(sessions).mean()
    assigned = pd.DataFrame(coded[codes].to_numpy(dtype=float), columns=codes).groupby(sessions).mean()
    proba = pd.DataFrame(coded[[f"p_{c}" for c in codes]].to_numpy(dtype=float), columns=codes).groupby(sessions).mean()
    return {"sessions": int(len(gold)),
            "share_mae": float((assigned - gold).abs().to_numpy().mean()),
            "pshare_mae": float((proba - gold).abs().to_numpy().mean())}
