"""Code an utterance table with the common factors: probabilities, decisions, subcodes and why.

Output columns, per factor code C of the codebook: ``p_C`` (calibrated probability) and ``C``
(boolean decision at the model's threshold for C); then ``codes`` (assigned codes joined by
``|`` in codebook order, ``OVERIG`` when none), ``subcodes`` (the codebook subcodes whose markers
fired, for assigned codes) and ``why`` (per assigned code, the rules that fired and the
classifier's strongest features for this turn).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from werkzaam.models.evaluation import session_decisions
from werkzaam.models.features import turn_features
from werkzaam.models.store import load_model
from werkzaam.pipeline.codebook import NONE_CODE, Codebook, load_codebook
from werkzaam.pipeline.errors import WerkzaamError
from werkzaam.pipeline.nlp import build_nlp
from werkzaam.pipeline.schema import CODED_TEXT_COLUMNS, validate_utterances
from werkzaam.pipeline.tagging import Tagged, tag_utterances

_FEATURE_LABELS = {
    "word": "words '{}'", "char": "characters '{}'", "lemma": "lemmas '{}'", "prev": "previous turn '{}'",
    "roleword": "{}",
}


def coded_columns(codes: list[str]) -> list[str]:
    """The columns ``code`` adds, in order."""
    return [f"p_{c}" for c in codes] + list(codes) + list(CODED_TEXT_COLUMNS)


def describe_feature(name: str) -> str:
    """A readable form of a model feature name such as ``word__klinkt zwaar``."""
    block, _, value = name.partition("__")
    if block == "num":
        if value.startswith("rule="):
            return f"rule {value[5:]}"
        if value.startswith("prev_rule="):
            return f"previous turn rule {value[10:]}"
        return {"question": "a question", "prev_question": "after a question",
                "log_words": "turn length"}.get(value, value)
    if block == "role":
        field, _, role = value.rpartition("_")
        return f"{'previous speaker' if field.startswith('prev') else 'speaker'} {role}"
    if block == "roleword":
        role, _, word = value.partition("_")
        return f"{role} says '{word}'"
    return _FEATURE_LABELS.get(block, "{}").format(value.strip())


def code_utterances(table: pd.DataFrame, model_dir: str | Path | None = None,
                    codebook: Codebook | None = None, batch_size: int = 256) -> pd.DataFrame:
    """Add the coding columns to a validated utterance table (see the module docstring)."""
    return code_with_hits(table, model_dir, codebook, batch_size)[0]


def code_with_hits(table: pd.DataFrame, model_dir: str | Path | None = None, codebook: Codebook | None = None,
                   batch_size: int = 256) -> tuple[pd.DataFrame, Tagged | None]:
    """:func:`code_utterances`, also returning the codebook rule hits of every turn."""
    table = validate_utterances(table, where="utterance table to code").drop(
        columns=[c for c in table.columns if c.startswith("p_") or c in CODED_TEXT_COLUMNS], errors="ignore")
    model, meta = load_model(model_dir)
    codebook = codebook or load_codebook()
    codes = list(model.codes_)
    if codebook.factor_codes != codes:
        raise WerkzaamError(
            f"{codebook.source}: the codebook's codes ({', '.join(codebook.factor_codes)}) differ from the "
            f"model's ({', '.join(codes)}). Fix: retrain with 'werkzaam train --codebook {codebook.source}'")
    table = table.drop(columns=[c for c in codes if c in table.columns])
    if table.empty:
        return table.assign(**{c: pd.Series(dtype="object") for c in coded_columns(codes)}), None
    tagged = tag_utterances(table, build_nlp(codebook.source or None), batch_size=batch_size)
    features = turn_features(table, tagged, meta["rule_keys"])
    proba = model.predict_proba(features)
    decide = session_decisions(proba, features["session_id"].to_numpy())
    why: list[list[str]] = [[] for _ in range(len(table))]
    sub_order = {s.key: i for i, s in enumerate(codebook.subcodes)}
    subcodes = []
    for i, hits in enumerate(tagged.hits):
        assigned = {c for c, d in zip(codes, decide[i]) if d}
        keys = sorted({k for k, _ in hits if k.split(":", 1)[0] in assigned}, key=sub_order.get)
        subcodes.append("|".join(keys))
    for j, code in enumerate(codes):
        rows = np.flatnonzero(decide[:, j])
        if not len(rows):
            continue
        tops = model.top_features(features, j, rows)
        for i, top in zip(rows, tops):
            rules = [f"{k.split(':', 1)[1]} ('{m}')" for k, m in tagged.hits[i] if k.startswith(code + ":")]
            parts = ([f"rule {', '.join(rules)}"] if rules else []) + \
                [f"model: {'; '.join(describe_feature(f) for f in top)}" if top else "model"]
            why[i].append(f"{code} p={proba[i, j]:.2f}: {'; '.join(parts)}")
    out = table.copy()
    for j, code in enumerate(codes):
        out[f"p_{code}"] = np.round(proba[:, j], 4)
    for j, code in enumerate(codes):
        out[code] = decide[:, j]
    out["codes"] = ["|".join(c for c, d in zip(codes, row) if d) or NONE_CODE for row in decide]
    out["subcodes"] = subcodes
    out["why"] = [" | ".join(w) for w in why]
    return validate_utterances(out, where="coded utterances"), tagged
