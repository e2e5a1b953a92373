"""Coding with the shipped model: columns, consistency, context, explanations, CLI."""
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from werkzaam.annotation.seed import SEED_DIR, annotated_files, corpus_hash
from werkzaam.models.store import default_model_dir, load_model
from werkzaam.pipeline import ingest, read_table
from werkzaam.pipeline.cli import cli
from werkzaam.pipeline.codebook import load_codebook
from werkzaam.pipeline.coding import code_utterances

REPO = Path(__file__).resolve().parents[1]
CODES = ["REL", "HOOP", "OPL", "EVAL"]


def test_shipped_model_matches_codebook_and_seed_corpus():
    model, meta = load_model()
    assert meta["codebook"]["sha256"] == load_codebook().sha256, "codebook changed: retrain models/default"
    assert meta["training_data"]["sha256"] == corpus_hash(annotated_files([SEED_DIR])), \
        "seed corpus changed: retrain models/default"
    assert model.codes_ == CODES and meta["rule_keys"] == [s.key for s in load_codebook().subcodes]


def test_shipped_model_card_reports_computed_scores():
    _, meta = load_model()
    card = (default_model_dir() / "MODEL_CARD.md").read_text(encoding="utf-8")
    cv = meta["cv"]["classifier"]
    assert cv["macro_f1"] == pytest.approx(np.mean([s["f1"] for s in cv["per_code"].values()]))
    assert f"macro-F1 {cv['macro_f1']:.3f}" in card
    assert cv["macro_f1"] > meta["cv"]["rules_only"]["macro_f1"]


def _session(*turns):
    text = "\n".join(f"{speaker}: {words}" for speaker, words in turns)
    return text


def test_code_adds_columns_consistently(write):
    path = write("s.txt", _session(
        ("JA", "Goeiemiddag, zet u."), ("C", "Dag."),
        ("JA", "Ik moet wel uitleggen wat ik aan de probatiecommissie rapporteer, dat is mijn dubbele rol."),
        ("C", "Jullie controleren me toch alleen maar."),
        ("JA", "Amai, knap dat ge dat hebt volgehouden. Hoe hebt ge dat klaargespeeld?"),
        ("C", "Ik heb elke dag een lijstje gemaakt."),
        ("JA", "Wat is een eerste stap die ge deze week kunt zetten voor die schulden?"),
        ("C", "Ik ga morgen de schuldhulp bellen, dat spreek ik met mezelf af.")))
    coded = code_utterances(ingest([path]).table)
    assert len(coded) == 8
    for c in CODES:
        assert coded[f"p_{c}"].between(0, 1).all()
    expected = ["|".join(c for c in CODES if row[c]) or "OVERIG" for _, row in coded.iterrows()]
    assert coded["codes"].tolist() == expected
    assert coded.loc[0, "codes"] == "OVERIG" and coded.loc[0, "why"] == ""
    assert "REL" in coded.loc[2, "codes"] and "rule rolhelderheid" in coded.loc[2, "why"]
    assert "HOOP" in coded.loc[4, "codes"] and "EVAL" in coded.loc[4, "codes"]
    assert "HOOP:complimenten" in coded.loc[4, "subcodes"]
    assert "OPL" in coded.loc[6, "codes"] and "OPL" in coded.loc[7, "codes"]
    for _, row in coded.iterrows():
        for code in row["codes"].split("|"):
            assert code == "OVERIG" or row["why"].count(f"{code} p=") == 1


def test_context_a_number_after_a_scaling_question_is_evaluation(write):
    scaled = ingest([write("a.txt", _session(
        ("MW", "Op een schaal van nul tot tien, waar sta je nu met de schulden?"), ("C", "Een zes, denk ik.")))]).table
    other = ingest([write("b.txt", _session(
        ("MW", "Hoeveel kinderen heb je?"), ("C", "Een zes, denk ik.")))]).table
    p_scaled = code_utterances(scaled).loc[1, "p_EVAL"]
    p_other = code_utterances(other).loc[1, "p_EVAL"]
    assert p_scaled > p_other + 0.2


def test_code_cli_on_examples_keeps_every_turn(runner, tmp_path):
    ex = REPO / "examples"
    out = tmp_path / "coded.parquet"
    res = runner.invoke(cli, ["code", str(ex), "--meta", str(ex / "metadata.csv"), "--roles",
                              str(ex / "roles.csv"), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    coded = read_table(out)
    utterances = ingest([ex], exclude=[ex / "metadata.csv", ex / "roles.csv"]).table
    assert coded[["session_id", "turn", "text"]].equals(utterances[["session_id", "turn", "text"]])
    assert set(coded["codes"].str.split("|").explode()) <= set(CODES) | {"OVERIG"}
    assert coded["REL"].dtype == "boolean"


def test_code_accepts_an_utterance_table_and_is_idempotent(runner, tmp_path):
    utter = tmp_path / "u.csv"
    assert runner.invoke(cli, ["ingest", str(REPO / "examples" / "vl_ja_peeters_1.txt"), "-o", str(utter)]).exit_code == 0
    once, twice = tmp_path / "c1.csv", tmp_path / "c2.csv"
    assert runner.invoke(cli, ["code", str(utter), "-o", str(once), "-q"]).exit_code == 0
    assert runner.invoke(cli, ["code", str(once), "-o", str(twice), "-q"]).exit_code == 0
    pd.testing.assert_frame_equal(read_table(once), read_table(twice))


def test_codebook_with_other_codes_is_refused(runner, tmp_path, write):
    cb = write("cb.yaml", "codes:\n  - code: X\n    definition: x\n  - code: OVERIG\n    definition: rest\n")
    res = runner.invoke(cli, ["code", str(write("s.txt", "JA: Dag.\nC: Dag.\n")), "-o", str(tmp_path / "o.csv"),
                              "--codebook", str(cb), "-q"])
    assert res.exit_code == 1
    assert res.output.splitlines()[-1] == (
        f"Error: {cb}: the codebook's codes (X) differ from the model's (REL, HOOP, OPL, EVAL). "
        f"Fix: retrain with 'werkzaam train --codebook {cb}'")


def test_evaluate_json_scores_are_computed(runner):
    gold = REPO / "annotation" / "heldout" / "writer-h" / "nl-h05.txt"
    res = runner.invoke(cli, ["evaluate", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    for name in ("classifier", "rules_only"):
        per = scores[name]["per_code"]
        assert list(per) == CODES
        assert scores[name]["macro_f1"] == pytest.approx(np.mean([per[c]["f1"] for c in CODES]))
        for c in CODES:
            conf = per[c]["confusion"]
            assert conf["tp"] + conf["fn"] == per[c]["support"]
            assert sum(conf.values()) == scores[name]["n_turns"]


def test_evaluate_table_text(runner):
    gold = REPO / "annotation" / "heldout" / "writer-h" / "nl-h05.txt"
    res = runner.invoke(cli, ["evaluate", str(gold)])
    assert res.exit_code == 0
    assert res.stdout.startswith("Model: macro-F1 ")
    assert "Rules only: macro-F1 " in res.stdout


def test_share_errors_compare_session_shares_with_gold():
    import numpy as np
    import pandas as pd

    from werkzaam.models.evaluation import share_errors
    coded = pd.DataFrame({"session_id": ["a", "a", "b", "b"], "X": [True, True, False, False],
                          "p_X": [0.5, 0.5, 0.0, 0.5]})
    gold = np.array([[1], [0], [0], [0]])  # gold shares: a 0.5, b 0.0
    assert share_errors(coded, gold, ["X"]) == {"sessions": 2, "share_mae": 0.25, "pshare_mae": 0.125}


def test_session_decisions_give_each_session_its_expected_count_of_each_code():
    from werkzaam.models.evaluation import session_decisions
    proba = np.array([[0.9, 0.2], [0.6, 0.2], [0.3, 0.2], [0.1, 0.1],   # session a: sums 1.9 and 0.7
                      [0.4, 0.45], [0.45, 0.4]])                          # session b: sums 0.85 and 0.85
    decided = session_decisions(proba, ["a", "a", "a", "a", "b", "b"])
    assert decided[:, 0].tolist() == [True, True, False, False, False, True]
    assert decided[:, 1].tolist() == [True, False, False, False, True, False]  # a tie goes to the first turn
    assert session_decisions(np.array([[0.49], [0.5]]), ["x", "y"])[:, 0].tolist() == [False, True]


def test_coded_share_of_a_session_is_its_mean_probability_rounded(write):
    path = write("s.txt", _session(*[("JA" if i % 2 == 0 else "C", words) for i, words in enumerate([
        "Hoe gaat het met u?", "Goed, ik heb werk gevonden.", "Knap, hoe hebt ge dat gedaan?",
        "Ik heb elke dag gesolliciteerd.", "Wat is de volgende stap?", "Een opleiding volgen, denk ik.",
        "Op tien, waar staat ge nu?", "Een zeven."])]))
    coded = code_utterances(ingest([path]).table)
    for c in CODES:
        assert abs(coded[c].sum() - coded[f"p_{c}"].sum()) <= 0.5 + 1e-3  # p_C is rounded to 4 decimals
