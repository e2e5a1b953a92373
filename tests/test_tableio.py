"""Utterance tables round-trip through Parquet, CSV and JSON Lines, validated on read and write."""
import os
import stat

import pandas as pd
import pytest

from werkzaam.pipeline import SchemaError, ingest, read_table, write_table
from werkzaam.pipeline.schema import UTTERANCE_COLUMNS

TEXT = ("# setting: amw\n[00:00:01] MW: Wat gaat er goed, ook al is het klein?\n"
        "[00:00:04] C: \"Eh\", tja... (lacht) het koken; en: de post, 100%.\n")


@pytest.mark.parametrize("ext", [".parquet", ".csv", ".jsonl"])
def test_round_trip_is_lossless(write, tmp_path, ext):
    table = ingest([write("s.txt", TEXT)]).table
    out = write_table(table, tmp_path / f"u{ext}")
    back = read_table(out)
    assert list(back.columns) == list(UTTERANCE_COLUMNS) + ["setting"]
    pd.testing.assert_frame_equal(back[list(UTTERANCE_COLUMNS)], table[list(UTTERANCE_COLUMNS)])
    assert list(back["setting"]) == ["amw", "amw"]


def test_written_files_are_owner_only_and_no_temp_left(write, tmp_path):
    out = write_table(ingest([write("s.txt", TEXT)]).table, tmp_path / "u.csv")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.txt", "u.csv"]


def test_failed_write_leaves_old_file(write, tmp_path):
    out = tmp_path / "u.csv"
    out.write_text("old")
    bad = ingest([write("s.txt", TEXT)]).table.assign(role="baas")
    with pytest.raises(SchemaError, match="column 'role' in data row 1 is not one of worker, client, other"):
        write_table(bad, out)
    assert out.read_text() == "old"


def test_read_rejects_table_without_columns(write):
    path = write("x.csv", "a,b\n1,2\n")
    with pytest.raises(SchemaError, match=r"x.csv: missing column\(s\) session_id, turn"):
        read_table(path)


def test_read_rejects_non_numeric_time(write, tmp_path):
    table = ingest([write("s.txt", TEXT)]).table
    path = write_table(table, tmp_path / "u.csv")
    path.write_text(path.read_text().replace(",1.0,", ",een,", 1))
    with pytest.raises(SchemaError, match="column 'start' must be numeric, but data row 1 is not"):
        read_table(path)


def test_umask_option_sets_file_mode(runner, write, tmp_path):
    from werkzaam.pipeline.cli import cli

    src = write("s.txt", "JA: Dag.\nC: Dag.\n")
    assert runner.invoke(cli, ["--umask", "022", "ingest", str(src), "-o", str(tmp_path / "a.csv")]).exit_code == 0
    assert stat.S_IMODE(os.stat(tmp_path / "a.csv").st_mode) == 0o644
    assert runner.invoke(cli, ["ingest", str(src), "-o", str(tmp_path / "b.csv")]).exit_code == 0
    assert stat.S_IMODE(os.stat(tmp_path / "b.csv").st_mode) == 0o600
    res = runner.invoke(cli, ["--umask", "9x", "ingest", str(src), "-o", str(tmp_path / "c.csv")])
    assert res.exit_code == 2 and "give an octal umask such as 077 or 022" in res.output
