"""The CLI: every command has help; ingest writes each table format."""
import pytest

from werkzaam.pipeline import read_table
from werkzaam.pipeline.cli import cli


def test_every_command_has_help(runner):
    assert runner.invoke(cli, ["--help"]).exit_code == 0
    for name, command in cli.commands.items():
        assert command.help, f"command {name} has no help text"
        res = runner.invoke(cli, [name, "--help"])
        assert res.exit_code == 0 and "Usage:" in res.output


@pytest.mark.parametrize("ext", [".parquet", ".csv", ".jsonl"])
def test_ingest_writes_format(runner, write, tmp_path, ext):
    src = write("s.txt", "JA: Dag.\nC: Dag.\n")
    out = tmp_path / f"out{ext}"
    res = runner.invoke(cli, ["ingest", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert f"  {src}: 2 turns (txt, utf-8)\n" in res.stderr
    assert f"Wrote {out} (2 rows).\n" in res.stderr
    assert len(read_table(out)) == 2


def test_ingest_roles_and_meta_options(runner, write, tmp_path):
    src = write("s1.txt", "Ellen: Dag.\nMarc: Dag?\n")
    roles = write("roles.csv", "session_id,speaker,role\n*,Ellen,worker\n*,Marc,client\n")
    meta = write("meta.csv", "session_id,setting\ns1,wijkteam\n")
    out = tmp_path / "o.csv"
    res = runner.invoke(cli, ["ingest", str(src), "-o", str(out), "--roles", str(roles), "--meta", str(meta)])
    assert res.exit_code == 0, res.output
    t = read_table(out)
    assert list(t["role"]) == ["worker", "client"] and list(t["setting"]) == ["wijkteam"] * 2


def test_roles_and_metadata_tables_in_a_folder_are_not_read_as_transcripts(runner, write, tmp_path):
    """`werkzaam code examples/` works although examples/ also holds roles.csv and metadata.csv."""
    src = write("in/s1.txt", "JA: Dag.\nC: Dag.\n")
    roles = write("in/roles.csv", "session_id,speaker,role\n*,Ellen,worker\n")
    meta = write("in/metadata.csv", "session_id,setting\ns1,wijkteam\n")
    table = write("in/turns.csv", "session_id,speaker,text\nt1,JA,Dag.\n")
    out = tmp_path / "o.csv"
    res = runner.invoke(cli, ["ingest", str(src.parent), "-o", str(out)])
    assert res.exit_code == 0, res.output
    for side in (meta, roles):
        assert (f"  warning: {side}: a roles or metadata table (session_id, no text column), not read as a "
                f"transcript; pass it with --roles or --meta\n") in res.stderr
    assert f"  {table}: 1 turns" in res.stderr and len(read_table(out)) == 3
    res = runner.invoke(cli, ["ingest", str(src.parent), "-o", str(out), "--roles", str(roles), "--meta", str(meta)])
    assert res.exit_code == 0 and "roles or metadata table" not in res.stderr


def test_ingest_bad_roles_file_is_a_clean_error(runner, write, tmp_path):
    roles = write("roles.csv", "wie,rol\n")
    res = runner.invoke(cli, ["ingest", str(write("s.txt", "JA: Dag.\n")), "-o", str(tmp_path / "o.csv"),
                              "--roles", str(roles)])
    assert res.exit_code == 1
    assert res.output == (f"Error: {roles}, line 1: a roles file needs the columns session_id,speaker,role. "
                          f"Fix: put 'session_id,speaker,role' on the first line\n")
