"""Training and grouped cross-validation of the common-factors classifier.

Cross-validation is grouped by session: no turn of a test session is ever in training. Codes are
decided per session from the probabilities alone (:func:`~werkzaam.models.evaluation.session_decisions`),
so nothing is tuned on the data the reported scores are measured on.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from sklearn.model_selection import GroupKFold

from werkzaam.models.classifier import CommonFactorsClassifier
from werkzaam.models.evaluation import code_scores, session_decisions
from werkzaam.models.features import make_vectorizer, turn_features
from werkzaam.pipeline.codebook import Codebook, NONE_CODE
from werkzaam.pipeline.errors import WerkzaamError
from werkzaam.pipeline.nlp import build_nlp
from werkzaam.pipeline.tagging import Tagged, rule_codes, tag_utterances

#: What the bundled seed corpus is (the model card's training data when trained on it).
SEED_DESCRIPTION = (
    "Fictional Flemish justice-house and Dutch social-work sessions written for Werkzaam, turn by "
    "turn, by separate writer sessions, each coding its own sessions by the codebook and the coding "
    "guide (docs/coding-guide.md); the first twelve writers' codes were also reviewed against the "
    "guide by a second coder. No real client data."
)
UNDESCRIBED = "Gold-coded turns from the sources below; no description was given (werkzaam train --description)."


def training_description(gold_paths: Sequence[str | Path], description: str | None) -> str:
    """The given description; else the seed corpus's when training on it alone; else a plain note."""
    from werkzaam.annotation.seed import SEED_DIR

    if description:
        return description
    seed = Path(SEED_DIR).resolve()
    inside = all(Path(p).resolve() == seed or seed in Path(p).resolve().parents for p in gold_paths)
    return SEED_DESCRIPTION if gold_paths and inside else UNDESCRIBED

#: Regularisation of the logistic regressions, chosen by grouped CV and held-out macro-F1
#: among 1, 4 and 10.
DEFAULT_C = 1.0


def gold_matrix(table: pd.DataFrame, codes: Sequence[str], where: str = "gold table") -> np.ndarray:
    """Boolean matrix (rows x codes) from a ``codes`` column such as ``REL|EVAL`` or ``OVERIG``."""
    if "codes" not in table.columns:
        raise WerkzaamError(f"{where}: no 'codes' column. Fix: give a table with gold codes "
                            f"('REL|EVAL', 'OVERIG', ...) or annotated session files")
    known = set(codes) | {NONE_CODE}
    split = table["codes"].fillna("").astype(str).str.split("|")
    for i, items in enumerate(split):
        bad = [c for c in items if c.strip() and c.strip() not in known]
        if bad:
            raise WerkzaamError(f"{where}: data row {i + 1} has unknown code(s) {', '.join(bad)}. "
                                f"Fix: use {', '.join(codes)} or {NONE_CODE}")
    return np.array([[c in {x.strip() for x in items} for c in codes] for items in split], dtype=bool)


#: A subcode becomes an auxiliary stage-1 target when the gold has at least this many turns with it.
MIN_AUX_TURNS = 20


def aux_matrix(table: pd.DataFrame, codebook: Codebook) -> tuple[np.ndarray | None, list[str]]:
    """The gold subcodes (``REL:empathie|HOOP:krachten``) as auxiliary targets: a binary matrix over
    the codebook's subcodes that occur on at least :data:`MIN_AUX_TURNS` turns, and their keys.
    None when the gold has no subcodes column (a plain ``codes`` table)."""
    if "subcodes" not in table.columns:
        return None, []
    split = [set(str(v).split("|")) for v in table["subcodes"].fillna("")]
    keys = [s.key for s in codebook.subcodes]
    M = np.array([[k in items for k in keys] for items in split], dtype=int).reshape(len(split), len(keys))
    keep = M.sum(axis=0) >= MIN_AUX_TURNS
    return (M[:, keep], [k for k, kept in zip(keys, keep) if kept]) if keep.any() else (None, [])


@dataclass
class Prepared:
    """A table made ready for the classifier."""

    features: pd.DataFrame
    tagged: Tagged
    groups: np.ndarray


def prepare(table: pd.DataFrame, codebook: Codebook, nlp=None) -> Prepared:
    """Tag the turns with the spaCy pipeline and build the raw feature frame."""
    nlp = nlp or build_nlp(codebook.source or None)
    table = table.reset_index(drop=True)
    tagged = tag_utterances(table, nlp)
    keys = [s.key for s in codebook.subcodes]
    return Prepared(turn_features(table, tagged, keys), tagged, table["session_id"].astype(str).to_numpy())


def make_model(codebook: Codebook, C: float = DEFAULT_C) -> CommonFactorsClassifier:
    """An unfitted classifier for the codebook's codes, with its rule hits as features."""
    return CommonFactorsClassifier(make_vectorizer([s.key for s in codebook.subcodes]), codebook.factor_codes, C=C)


def _fold(prepared: Prepared, Y: np.ndarray, A: np.ndarray, codebook: Codebook, train: np.ndarray,
          test: np.ndarray, C: float) -> np.ndarray:
    """One fold: the test part's probabilities from a model fitted on the training part."""
    model = make_model(codebook, C).fit(prepared.features.iloc[train], Y[train], A[train])
    return model.predict_proba(prepared.features.iloc[test])


def out_of_fold(prepared: Prepared, Y: np.ndarray, codebook: Codebook, n_splits: int = 5, C: float = DEFAULT_C,
                aux: np.ndarray | None = None, n_jobs: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Grouped out-of-fold probabilities and the codes decided from them per session.

    ``n_jobs``: folds fitted in parallel processes (joblib); the result does not depend on it."""
    n_splits = min(n_splits, len(set(prepared.groups)))
    A = np.zeros((len(Y), 0), dtype=int) if aux is None else aux
    folds = list(GroupKFold(n_splits=n_splits).split(prepared.features, groups=prepared.groups))
    results = Parallel(n_jobs=n_jobs)(delayed(_fold)(prepared, Y, A, codebook, train, test, C)
                                      for train, test in folds)
    proba = np.zeros(Y.shape, dtype=float)
    for (_, test), p in zip(folds, results):
        proba[test] = p
    return proba, session_decisions(proba, prepared.groups)


@dataclass
class TrainResult:
    model: CommonFactorsClassifier
    cv: dict
    rules_cv: dict
    majority: dict
    aux_targets: list[str]


def train(table: pd.DataFrame, codebook: Codebook, n_splits: int = 5, C: float = DEFAULT_C,
          n_jobs: int = 1) -> TrainResult:
    """Cross-validate (grouped by session), then fit the final model on all turns."""
    codes = codebook.factor_codes
    Y = gold_matrix(table, codes)
    if len(set(table["session_id"])) < 2:
        raise WerkzaamError("training needs at least two sessions for grouped cross-validation. "
                            "Fix: add annotated sessions")
    prepared = prepare(table, codebook)
    aux, aux_keys = aux_matrix(table, codebook)
    _, pred = out_of_fold(prepared, Y, codebook, n_splits=n_splits, C=C, aux=aux, n_jobs=n_jobs)
    cv = code_scores(Y, pred, codes)
    rules = code_scores(Y, rule_codes(prepared.tagged, codebook).to_numpy(), codes)
    majority = code_scores(Y, np.tile(Y.mean(axis=0) > 0.5, (len(Y), 1)), codes)
    model = make_model(codebook, C).fit(prepared.features, Y, aux)
    return TrainResult(model, cv, rules, majority, aux_keys)


def label_counts(table: pd.DataFrame, codes: Sequence[str]) -> dict[str, int]:
    Y = gold_matrix(table, codes)
    counts = {c: int(n) for c, n in zip(codes, Y.sum(axis=0))}
    counts[NONE_CODE] = int((~Y.any(axis=1)).sum())
    return counts


def train_model(gold_paths: Sequence[str | Path], out_dir: str | Path, codebook_path: str | Path | None = None,
                heldout_paths: Sequence[str | Path] = (), n_splits: int = 5, C: float = DEFAULT_C,
                name: str = "werkzaam-common-factors", description: str | None = None, n_jobs: int = 1) -> dict:
    """Train on gold turns, save model, metadata and model card in ``out_dir``; return the metadata.

    ``description`` says what the gold turns are, for the model card (default: the seed corpus's
    description when training on it, else a note that none was given)."""
    from werkzaam.annotation.seed import annotated_files, corpus_hash, load_gold
    from werkzaam.models.card import render_card
    from werkzaam.models.evaluation import evaluate_gold
    from werkzaam.models.store import library_versions, save_model
    from werkzaam.pipeline.atomic import write_text_atomic
    from werkzaam.pipeline.codebook import load_codebook

    codebook = load_codebook(codebook_path)
    gold = load_gold(gold_paths, codebook.factor_codes)
    result = train(gold, codebook, n_splits=n_splits, C=C, n_jobs=n_jobs)
    writers = sorted(set(gold["writer"].dropna().astype(str))) if "writer" in gold else []
    meta = {
        "name": name,
        "created": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "libraries": library_versions(),
        "codes": codebook.factor_codes,
        "rule_keys": [s.key for s in codebook.subcodes],
        "aux_targets": result.aux_targets,
        "C": C,
        "codebook": {"name": codebook.name, "version": codebook.version, "sha256": codebook.sha256},
        "training_data": {
            "description": training_description(gold_paths, description),
            "sources": [str(p) for p in gold_paths],
            "sha256": corpus_hash([f for p in gold_paths for f in annotated_files([p])]),
            "n_sessions": int(gold["session_id"].nunique()),
            "n_turns": int(len(gold)),
            "writers": writers or ["unknown"],
            "label_counts": label_counts(gold, codebook.factor_codes),
        },
        "cv": {"folds": n_splits, "classifier": result.cv, "rules_only": result.rules_cv,
               "majority": result.majority},
    }
    save_model(result.model, meta, out_dir)
    if heldout_paths:
        meta["heldout"] = []
        for path in heldout_paths:
            heldout = load_gold([path], codebook.factor_codes)
            meta["heldout"].append({
                "source": str(path),
                "description": f"{heldout['session_id'].nunique()} sessions, {len(heldout)} turns from {path}",
                **evaluate_gold(heldout, out_dir, codebook),
            })
        save_model(result.model, meta, out_dir)
    write_text_atomic(Path(out_dir) / "MODEL_CARD.md", render_card(meta))
    return meta
