"""Transcripts written independently of the parser: exactly one row per speaker turn, right roles."""
from pathlib import Path

import pandas as pd
import pytest

from werkzaam.pipeline import ingest

UNSEEN = Path(__file__).parent / "data" / "unseen"
GOLD = pd.read_csv(UNSEEN / "expected.csv", dtype=str, keep_default_na=False)


@pytest.mark.parametrize("name", sorted(GOLD["file"].unique()))
def test_unseen_file_matches_gold_turn_by_turn(name):
    gold = GOLD[GOLD["file"] == name]
    result = ingest([UNSEEN / name], strict=True)
    table = result.table
    assert len(table) == len(gold)
    assert table["speaker"].tolist() == gold["speaker"].tolist()
    assert table["role"].tolist() == gold["role"].tolist()
    assert [" ".join(t.split()[:3]) for t in table["text"]] == gold["first_words"].tolist()
