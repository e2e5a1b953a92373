"""Audit flags from ``configs/flags.yaml``: configurable checks per session and per trajectory,
each reported with its reason."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pandas as pd
import yaml

from werkzaam.pipeline.errors import WerkzaamError
from werkzaam.pipeline.profiles import factor_codes


def load_flags(path: str | Path | None = None) -> list[dict]:
    """The flag rules (default: the bundled ``configs/flags.yaml``), checked for known checks."""
    path = Path(path) if path else Path(str(files("werkzaam.configs").joinpath("flags.yaml")))
    try:
        rules = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("flags", [])
    except (OSError, yaml.YAMLError) as exc:
        raise WerkzaamError(f"{path}: cannot read the flag rules ({type(exc).__name__}). Fix: check the file") from None
    for i, rule in enumerate(rules, 1):
        if rule.get("check") not in CHECKS or rule.get("scope") not in ("session", "trajectory"):
            raise WerkzaamError(f"{path}: flag {rule.get('id', i)}: unknown check or scope. "
                                f"Fix: use a check among {', '.join(CHECKS)} and scope session or trajectory")
    return rules


def _no_client_contribution(s: pd.DataFrame, rule: dict) -> bool:
    has = s[rule["code"]].astype(bool)
    return has.sum() >= rule.get("min_code_turns", 1) and not (has & (s["role"] == "client")).any()


def _friction_without_repair(s: pd.DataFrame, rule: dict) -> bool:
    friction = s["subcodes"].fillna("").str.contains(rule["friction_subcode"], regex=False).to_numpy()
    if friction.sum() < rule.get("min_friction_turns", 1):
        return False
    after = pd.Series(range(len(s))) > friction.nonzero()[0][0]
    repair = s["REL"].astype(bool).to_numpy() & (s["role"] == "worker").to_numpy() & after.to_numpy() & ~friction
    return not repair.any()


def _worker_talk_share_above(s: pd.DataFrame, rule: dict) -> bool:
    words = s["text_clean"].fillna("").str.split().str.len()
    total = words[s["role"].isin(["worker", "client"])].sum()
    return bool(total) and words[s["role"] == "worker"].sum() / total > rule["threshold"]


def _no_code_by_session(sessions: list[pd.DataFrame], numbers: list[float], rule: dict) -> bool:
    early = [s for s, n in zip(sessions, numbers) if n <= rule["by_session"]]
    reached = any(n >= rule["by_session"] for n in numbers)
    return reached and not any(s[rule["code"]].astype(bool).any() for s in early)


CHECKS = {
    "no_client_contribution": _no_client_contribution,
    "friction_without_repair": _friction_without_repair,
    "worker_talk_share_above": _worker_talk_share_above,
    "no_code_by_session": _no_code_by_session,
}


def evaluate_flags(coded: pd.DataFrame, rules: list[dict], lang: str = "nl") -> pd.DataFrame:
    """One row per raised flag: scope, session or client, flag id and reason."""
    factor_codes(coded)
    rows = []
    for sid, s in coded.groupby("session_id", sort=False):
        for rule in (r for r in rules if r["scope"] == "session"):
            if CHECKS[rule["check"]](s.reset_index(drop=True), rule):
                rows.append({"scope": "session", "session_id": sid, "client_id": s.get("client_id", pd.Series([""])).iloc[0],
                             "flag": rule["id"], "reason": rule["reason"][lang]})
    if {"client_id", "session_number"} <= set(coded.columns):
        for client, c in coded.groupby("client_id", sort=False):
            order = c.groupby("session_id", sort=False)["session_number"].first().astype(float).sort_values()
            sessions = [c[c["session_id"] == sid] for sid in order.index]
            for rule in (r for r in rules if r["scope"] == "trajectory"):
                if CHECKS[rule["check"]](sessions, list(order.to_numpy()), rule):
                    rows.append({"scope": "trajectory", "session_id": "", "client_id": client,
                                 "flag": rule["id"], "reason": rule["reason"][lang]})
    return pd.DataFrame(rows, columns=["scope", "session_id", "client_id", "flag", "reason"])
