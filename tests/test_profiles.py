"""Session profiles, group comparison, transitions and audit flags on hand-made coded tables."""
import numpy as np
import pandas as pd
import pytest

from werkzaam.pipeline.flags import evaluate_flags, load_flags
from werkzaam.pipeline.profiles import group_profiles, session_profiles, transitions
from werkzaam.pipeline.schema import validate_utterances

CODES = ["REL", "HOOP", "OPL", "EVAL"]


def coded_session(sid, rows, **meta):
    """rows: (role, codes string, p) -> a coded table for one session."""
    n = len(rows)
    df = pd.DataFrame({
        "session_id": sid, "turn": range(1, n + 1), "speaker": [r[0].upper() for r in rows],
        "role": [r[0] for r in rows], "role_source": "label", "text": ["een twee drie"] * n,
        "text_clean": ["een twee drie"] * n, "start": np.nan, "end": np.nan, "source": "x.txt",
        "line": range(1, n + 1), "format": "txt", "encoding": "utf-8",
    })
    for c in CODES:
        df[f"p_{c}"] = [r[2] if c in r[1].split("|") else 0.05 for r in rows]
    for c in CODES:
        df[c] = [c in r[1].split("|") for r in rows]
    df["codes"] = [r[1] for r in rows]
    df["subcodes"] = [r[3] if len(r) > 3 else "" for r in rows]
    df["why"] = ""
    for k, v in meta.items():
        df[k] = v
    return df


S1 = [("worker", "REL", 0.9), ("client", "REL", 0.8), ("worker", "OPL", 0.7), ("client", "OVERIG", 0.1),
      ("worker", "OPL|EVAL", 0.9), ("client", "OPL", 0.6)]


def test_session_profile_numbers():
    coded = validate_utterances(coded_session("s1", S1, setting="amw", client_id="c1", session_number="1"))
    p = session_profiles(coded).set_index("session_id").loc["s1"]
    assert p["turns"] == 6 and p["turns_worker"] == 3 and p["words_client"] == 9
    assert p["client_talk_share"] == pytest.approx(0.5)
    assert p["share_REL"] == pytest.approx(2 / 6) and p["share_OPL"] == pytest.approx(3 / 6)
    assert p["share_OVERIG"] == pytest.approx(1 / 6)
    assert p["share_OPL_worker"] == pytest.approx(2 / 3) and p["share_OPL_client"] == pytest.approx(1 / 3)
    assert p["client_part_OPL"] == pytest.approx(1 / 3)
    # worker REL (turn 1) followed by client REL (turn 2): uptake 1; worker OPL turns 3, 5 -> client 4 (no), 6 (yes)
    assert p["uptake_REL_worker_client"] == 1.0 and p["uptake_OPL_worker_client"] == 0.5
    assert p["share_REL_begin"] == 1.0 and p["share_OPL_eind"] == 1.0
    assert p["pshare_REL"] == pytest.approx((0.9 + 0.8 + 0.05 * 4) / 6)
    assert p["pshare_REL_lo"] <= p["pshare_REL"] <= p["pshare_REL_hi"]
    assert p["setting"] == "amw"


def test_transitions_long_form():
    t = transitions(validate_utterances(coded_session("s1", S1))).set_index(["from_code", "to_code"])["count"]
    assert t[("REL", "REL")] == 1 and t[("REL", "OPL")] == 1 and t[("OPL", "OVERIG")] == 1
    assert t[("OVERIG", "OPL")] == 1 and t[("OPL", "EVAL")] == 0 and t[("EVAL", "OPL")] == 1
    assert t.sum() == 7  # five consecutive pairs; turn 5 has two codes, so pairs 4-5 and 5-6 count twice


def test_group_profiles_by_setting():
    coded = validate_utterances(pd.concat([
        coded_session("a", S1, setting="amw"), coded_session("b", S1[:4], setting="amw"),
        coded_session("c", S1, setting="justitiehuis")], ignore_index=True))
    groups = group_profiles(session_profiles(coded), "setting").set_index("setting")
    assert groups.loc["amw", "sessions"] == 2 and groups.loc["justitiehuis", "sessions"] == 1
    assert groups.loc["amw", "share_REL"] == pytest.approx((2 / 6 + 2 / 4) / 2)
    assert groups.loc["amw", "share_REL_lo"] <= groups.loc["amw", "share_REL"] <= groups.loc["amw", "share_REL_hi"]
    assert "ashare_REL" not in groups


def test_group_profiles_adjusted_share_of_pooled_turns():
    coded = validate_utterances(pd.concat([
        coded_session("a", S1, setting="amw"), coded_session("b", S1[:4], setting="amw")], ignore_index=True))
    rates = {"REL": (0.8, 0.1), "HOOP": (0.5, 0.5), "OPL": (0.5, 0.0), "EVAL": (0.9, 0.0)}
    groups = group_profiles(session_profiles(coded), "setting", rates).set_index("setting")
    # REL: 4 of 10 pooled turns -> (0.4 - 0.1) / (0.8 - 0.1); OPL: 4 of 10 -> 0.8; HOOP: no information -> 0
    assert groups.loc["amw", "ashare_REL"] == pytest.approx(0.3 / 0.7)
    assert groups.loc["amw", "ashare_OPL"] == pytest.approx(0.8) and groups.loc["amw", "ashare_HOOP"] == 0.0


def test_flags_raise_with_reasons():
    worker_only_opl = [("worker", "OPL", .9)] * 3 + [("client", "OVERIG", .1)] * 3
    friction = [("client", "REL", .9, "REL:stroefheid"), ("client", "REL", .9, "REL:stroefheid"),
                ("worker", "OPL", .8), ("client", "OVERIG", .1)]
    no_eval = [("worker", "REL", .9), ("client", "OPL", .8)]
    coded = validate_utterances(pd.concat([
        coded_session("opl", worker_only_opl, client_id="k1", session_number="1"),
        coded_session("fr", friction, client_id="k2", session_number="1"),
        coded_session("t1", no_eval, client_id="k3", session_number="1"),
        coded_session("t2", no_eval, client_id="k3", session_number="2"),
        coded_session("t3", no_eval, client_id="k3", session_number="3"),
        coded_session("ok", S1, client_id="k4", session_number="1"),
    ], ignore_index=True))
    flags = evaluate_flags(coded, load_flags(), "en")
    raised = set(zip(flags["flag"], flags["session_id"].where(flags["session_id"] != "", flags["client_id"])))
    assert ("oplossingen_opgelegd", "opl") in raised
    assert ("stroefheid_zonder_herstel", "fr") in raised
    assert ("geen_evaluatie_vroeg", "k3") in raised
    assert not {f for f in raised if f[1] in ("ok", "k4")}
    assert all(flags["reason"].str.len() > 20)
