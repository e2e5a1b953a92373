"""The annotated corpus: it loads, follows the scheme, and its data card is current."""
from pathlib import Path

from werkzaam.annotation import datacard
from werkzaam.annotation.seed import HELDOUT_DIR, SEED_DIR, load_annotated

CODES = {"REL", "HOOP", "OPL", "EVAL", "OVERIG"}


def test_seed_corpus_size_and_codes():
    seed = load_annotated([SEED_DIR])
    assert seed["session_id"].nunique() >= 40 and len(seed) >= 2500
    assert set(seed["codes"].str.split("|").explode()) == CODES
    assert set(seed["region"]) == {"vlaanderen", "nederland"}


def test_heldout_is_separate_from_seed():
    seed, held = load_annotated([SEED_DIR]), load_annotated([HELDOUT_DIR])
    assert not set(seed["session_id"]) & set(held["session_id"])
    assert not set(seed["writer"]) & set(held["writer"])
    assert not set(seed["text"]) & set(held["text"].loc[held["text"].str.len() > 40])


def test_data_card_is_current():
    card = Path(datacard.__file__).resolve().parent / "DATA_CARD.md"
    assert card.read_text(encoding="utf-8") == datacard.render(), \
        "regenerate: python -m werkzaam.annotation.datacard > annotation/DATA_CARD.md"
