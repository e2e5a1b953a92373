"""The bundled examples go through the Quick start's ingest command."""
from werkzaam.pipeline import read_table
from werkzaam.pipeline.cli import cli

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_quick_start_ingest_of_examples(runner, tmp_path):
    ex = REPO / "examples"
    out = tmp_path / "utterances.csv"
    res = runner.invoke(cli, ["ingest", str(ex), "--meta", str(ex / "metadata.csv"),
                              "--roles", str(ex / "roles.csv"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "warning" not in res.stderr
    t = read_table(out)
    assert t["session_id"].nunique() == 6
    assert set(t["format"]) == {"txt", "f4", "vtt", "srt", "docx", "eaf"}
    assert t["setting"].notna().all() and set(t["role"]) == {"worker", "client"}
    assert (t.groupby("session_id")["turn"].max() >= 38).all()
