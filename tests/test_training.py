"""Training: grouped cross-validation, persisted model with metadata and a card from computed numbers."""
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from werkzaam.annotation.seed import SEED_DIR, load_annotated
from werkzaam.models.store import load_model
from werkzaam.models.training import gold_matrix, out_of_fold, prepare
from werkzaam.pipeline.cli import cli
from werkzaam.pipeline.codebook import load_codebook
from werkzaam.pipeline.errors import WerkzaamError

SMALL = sorted((SEED_DIR / "writer-a").glob("*.txt"))[:3] + sorted((SEED_DIR / "writer-d").glob("*.txt"))[:3]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    gold = tmp_path_factory.mktemp("gold")
    for f in SMALL:
        shutil.copy(f, gold / f.name)
    out = tmp_path_factory.mktemp("model")
    from click.testing import CliRunner
    res = CliRunner().invoke(cli, ["train", str(gold), "-o", str(out), "--folds", "3"])
    assert res.exit_code == 0, res.output
    return out


def test_train_writes_model_metadata_and_card(trained):
    model, meta = load_model(trained)
    assert sorted(p.name for p in trained.iterdir()) == ["MODEL_CARD.md", "metadata.json", "model.skops"]
    assert meta["training_data"]["n_sessions"] == 6
    assert set(meta["cv"]["classifier"]["per_code"]) == {"REL", "HOOP", "OPL", "EVAL"}
    assert meta["libraries"]["scikit-learn"] and meta["codebook"]["sha256"] == load_codebook().sha256
    card = (trained / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"macro-F1 {meta['cv']['classifier']['macro_f1']:.3f}" in card
    assert f"macro-F1 {meta['cv']['rules_only']['macro_f1']:.3f}" in card
    assert "thresholds" not in meta and "as many as the session's probabilities add up to" in card


def test_the_card_says_what_the_model_was_trained_on(trained):
    """Gold outside the seed corpus is not called the seed corpus; a given description is used."""
    from werkzaam.models.training import SEED_DESCRIPTION, UNDESCRIBED, training_description

    _, meta = load_model(trained)
    assert meta["training_data"]["description"] == UNDESCRIBED
    assert UNDESCRIBED in (trained / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert training_description([SEED_DIR], None) == SEED_DESCRIPTION
    assert training_description([SEED_DIR / "writer-a"], None) == SEED_DESCRIPTION
    assert training_description([trained], "Justitiehuis Gent, 2027, coded by two researchers") == (
        "Justitiehuis Gent, 2027, coded by two researchers")


def test_cross_validation_is_grouped_by_session():
    table = load_annotated(SMALL)
    codebook = load_codebook()
    prepared = prepare(table, codebook)
    from sklearn.model_selection import GroupKFold
    for train, test in GroupKFold(n_splits=3).split(prepared.features, groups=prepared.groups):
        assert not set(prepared.groups[train]) & set(prepared.groups[test])
    Y = gold_matrix(table, codebook.factor_codes)
    proba, pred = out_of_fold(prepared, Y, codebook, n_splits=3)
    assert proba.shape == (len(table), 4) and pred.dtype == bool
    parallel = out_of_fold(prepared, Y, codebook, n_splits=3, n_jobs=2)
    np.testing.assert_allclose(parallel[0], proba, atol=1e-9)
    assert (parallel[1] == pred).all()


def test_untrusted_model_file_is_refused(trained, tmp_path):
    import skops.io as sio
    shutil.copy(trained / "metadata.json", tmp_path / "metadata.json")
    sio.dump({"x": Path("/")}, tmp_path / "model.skops")
    with pytest.raises(WerkzaamError, match="holds types Werkzaam does not trust"):
        load_model(tmp_path)


def test_gold_with_unknown_code_is_a_clear_error(tmp_path, runner):
    bad = tmp_path / "s.txt"
    bad.write_text("# roles: JA=worker, C=client\nJA: Dag. ||| GROET\nC: Dag. ||| OVERIG\n", encoding="utf-8")
    res = runner.invoke(cli, ["train", str(bad), "-o", str(tmp_path / "m")])
    assert res.exit_code == 1
    assert res.output == (f"Error: {bad}, line 2: unknown code 'GROET'. Fix: use one of REL, HOOP, OPL, EVAL "
                          f"or OVERIG\n")


def test_subcodes_are_auxiliary_stage_one_targets(trained):
    """With subcodes in the gold, stage 1 also learns each frequent subcode and stage 2 sees it."""
    from werkzaam.models.training import MIN_AUX_TURNS, aux_matrix
    model, meta = load_model(trained)
    table = load_annotated(SMALL)
    aux, keys = aux_matrix(table, load_codebook())
    assert meta["aux_targets"] == keys and keys and aux.sum(axis=0).min() >= MIN_AUX_TURNS
    assert len(model.aux_estimators_) == len(keys)
    features = prepare(table.head(30), load_codebook()).features
    assert model.turn_proba(features).shape == (30, 4 + len(keys))
    assert aux_matrix(table.drop(columns=["subcodes"]), load_codebook()) == (None, [])


def test_an_auxiliary_target_without_positives_predicts_zero():
    from werkzaam.models.training import make_model
    codebook = load_codebook()
    table = load_annotated(SMALL)
    prepared, Y = prepare(table, codebook), gold_matrix(table, codebook.factor_codes)
    aux = np.column_stack([Y[:, 0], np.zeros(len(Y), dtype=int)])  # a subcode never coded
    model = make_model(codebook).fit(prepared.features, Y, aux)
    stage1 = model.turn_proba(prepared.features)
    assert stage1.shape == (len(table), 6) and not stage1[:, 5].any() and stage1[:, 4].any()
    assert model.predict_proba(prepared.features).shape == (len(table), 4)
