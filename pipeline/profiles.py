"""Session profiles from a coded utterance table: shares of each code overall, per role and per
phase, co-construction (client share, uptake), transitions between consecutive turns, and
probability-averaged shares with bootstrap confidence intervals.

Shares come in two kinds: ``share_C`` (classify and count: the share of turns assigned C) and
``pshare_C`` (the mean of the model's probabilities ``p_C``, with a bootstrap interval over the
session's turns); the two are close on held-out sessions (see ``benchmarks/prevalence.py``). The
adjusted count (``ashare_C``, corrected with the model's cross-validated error rates) is worse
per session, where sessions are small, and is offered for pooled groups only.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from werkzaam.models.evaluation import adjusted_share
from werkzaam.pipeline.codebook import NONE_CODE
from werkzaam.pipeline.errors import WerkzaamError
from werkzaam.pipeline.schema import UTTERANCE_COLUMNS

BOOTSTRAP = 1000
PHASES = ("begin", "midden", "eind")


def factor_codes(coded: pd.DataFrame) -> list[str]:
    """The factor codes of a coded table, in its column order (``p_REL`` -> ``REL``)."""
    codes = [c[2:] for c in coded.columns if c.startswith("p_") and c[2:] in coded.columns]
    if not codes:
        raise WerkzaamError("the table has no coding columns (p_REL, REL, ...). "
                            "Fix: give a table written by 'werkzaam code'")
    return codes


def code_matrix(coded: pd.DataFrame, codes: list[str]) -> pd.DataFrame:
    """Boolean turns x (codes + OVERIG)."""
    m = coded[codes].astype(bool).copy()
    m[NONE_CODE] = ~m.any(axis=1)
    return m


def session_metadata(coded: pd.DataFrame) -> pd.DataFrame:
    """Metadata columns that are constant within every session, one row per session."""
    skip = set(UTTERANCE_COLUMNS) | {"codes", "subcodes", "why"} | {c for c in coded.columns if c.startswith("p_")}
    skip |= set(factor_codes(coded))
    cols = [c for c in coded.columns if c not in skip]
    grouped = coded.groupby("session_id", sort=False)
    constant = [c for c in cols if (grouped[c].nunique(dropna=False) <= 1).all()]
    return grouped[constant].first()


def _bootstrap(p: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    n = len(p)
    idx = rng.integers(0, n, size=(BOOTSTRAP, n))
    means = p[idx].mean(axis=1)
    return np.quantile(means, 0.025, axis=0), np.quantile(means, 0.975, axis=0)


def _session_row(s: pd.DataFrame, codes: list[str], rng: np.random.Generator) -> dict:
    m = code_matrix(s, codes)
    roles = s["role"].to_numpy()
    words = s["text_clean"].fillna("").str.split().str.len().to_numpy()
    row: dict = {"turns": len(s)}
    for role in ("worker", "client"):
        row[f"turns_{role}"] = int((roles == role).sum())
        row[f"words_{role}"] = int(words[roles == role].sum())
    total = row["words_worker"] + row["words_client"]
    row["client_talk_share"] = row["words_client"] / total if total else np.nan
    thirds = np.minimum((np.arange(len(s)) * 3) // max(len(s), 1), 2)
    for c in [*codes, NONE_CODE]:
        has = m[c].to_numpy()
        row[f"share_{c}"] = has.mean()
        for role in ("worker", "client"):
            mine = roles == role
            row[f"share_{c}_{role}"] = has[mine].mean() if mine.any() else np.nan
        if c != NONE_CODE:
            row[f"client_part_{c}"] = (has & (roles == "client")).sum() / has.sum() if has.any() else np.nan
            for a, b in (("worker", "client"), ("client", "worker")):
                starts = has[:-1] & (roles[:-1] == a) & (roles[1:] == b)
                row[f"uptake_{c}_{a}_{b}"] = (has[1:][starts]).mean() if starts.any() else np.nan
        for k, phase in enumerate(PHASES):
            row[f"share_{c}_{phase}"] = has[thirds == k].mean() if (thirds == k).any() else np.nan
    P = s[[f"p_{c}" for c in codes]].to_numpy(dtype=float)
    lo, hi = _bootstrap(P, rng)
    for j, c in enumerate(codes):
        row[f"pshare_{c}"] = P[:, j].mean()
        row[f"pshare_{c}_lo"], row[f"pshare_{c}_hi"] = lo[j], hi[j]
    return row


def session_profiles(coded: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """One row per session (see the module docstring); metadata columns carried through."""
    codes = factor_codes(coded)
    rng = np.random.default_rng(seed)
    rows = {sid: _session_row(s, codes, rng) for sid, s in coded.groupby("session_id", sort=False)}
    profiles = pd.DataFrame.from_dict(rows, orient="index")
    profiles.index.name = "session_id"
    return session_metadata(coded).join(profiles).reset_index()


def transitions(coded: pd.DataFrame) -> pd.DataFrame:
    """Long form: per session, how often a turn with code A is followed by a turn with code B."""
    codes = factor_codes(coded)
    rows = []
    for sid, s in coded.groupby("session_id", sort=False):
        m = code_matrix(s, codes).to_numpy()
        names = [*codes, NONE_CODE]
        counts = m[:-1].T.astype(int) @ m[1:].astype(int)
        for i, a in enumerate(names):
            for j, b in enumerate(names):
                rows.append({"session_id": sid, "from_code": a, "to_code": b, "count": int(counts[i, j])})
    return pd.DataFrame(rows, columns=["session_id", "from_code", "to_code", "count"])


def group_profiles(profiles: pd.DataFrame, by: str, rates: dict[str, tuple[float, float]] | None = None,
                   seed: int = 0) -> pd.DataFrame:
    """Per group of sessions: mean shares with 95% bootstrap intervals over sessions.

    With ``rates`` (per code the model's cross-validated recall and false-positive rate, see
    :func:`werkzaam.models.evaluation.error_rates`), also ``ashare_C``: the adjusted count of the
    group's pooled turns.
    """
    if by not in profiles.columns:
        raise WerkzaamError(f"no column '{by}' to group by. Fix: add it with --meta or choose one of "
                            f"{', '.join(c for c in profiles.columns if not c.startswith(('share_', 'pshare_', 'uptake_')))[:200]}")
    rng = np.random.default_rng(seed)
    codes = [c[7:] for c in profiles.columns if c.startswith("pshare_") and not c.endswith(("_lo", "_hi"))]
    rows = []
    for key, g in profiles.groupby(by, sort=True, dropna=False):
        row = {by: key, "sessions": len(g), "turns": int(g["turns"].sum())}
        for c in codes:
            for kind in ("share", "pshare"):
                v = g[f"{kind}_{c}"].to_numpy(dtype=float)
                row[f"{kind}_{c}"] = v.mean()
                lo, hi = _bootstrap(v[:, None], rng)
                row[f"{kind}_{c}_lo"], row[f"{kind}_{c}_hi"] = float(lo[0]), float(hi[0])
            if rates and c in rates:
                pooled = float((g[f"share_{c}"] * g["turns"]).sum() / max(g["turns"].sum(), 1))
                row[f"ashare_{c}"] = adjusted_share(pooled, *rates[c])
        row["client_talk_share"] = g["client_talk_share"].mean()
        rows.append(row)
    return pd.DataFrame(rows)
