"""Bad input: one clear message naming file (and line) and a fix; the batch goes on; no traceback."""
import pytest

from werkzaam.pipeline import InputError, WerkzaamError, ingest
from werkzaam.pipeline.cli import cli

GOOD = "JA: Dag.\nC: Dag.\n"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt: the file is empty. Fix: check that the export or copy finished"),
        ("blank.txt", b"  \n\n", "blank.txt: the file is empty. Fix: check that the export or copy finished"),
        ("binary.txt", bytes(range(256)) * 4, "binary.txt: the file looks binary"),
        ("nolabels.txt", "zomaar wat tekst\nzonder sprekers\n".encode(), "nolabels.txt: no speaker turns found."),
        ("broken.vtt", b"dit is geen webvtt\n", "broken.vtt, line 1: not a valid WebVTT file."),
        ("broken.srt", b"1\nkapot --> niks\nhallo\n", "broken.srt, line 1: not a valid SRT file."),
        ("broken.docx", b"PK\x03\x04 niet echt een zip", "broken.docx: not a valid Word (.docx) document."),
        ("broken.xlsx", b"not a workbook", "broken.xlsx: not a valid Excel (.xlsx) workbook."),
        ("broken.eaf", b"<ANNOTATION_DOCUMENT><unclosed", "broken.eaf: not a valid ELAN (.eaf) file."),
        ("nocols.csv", b"a,b\n1,2\n", "nocols.csv, line 1: no speaker column found"),
        ("utf16.txt", b"\xff\xfe" + "JA: dag\n".encode("utf-16-le") + b"\x00\xd8", "utf16.txt, line 2: the bytes are not valid utf-16-le"),
    ],
)
def test_bad_file_is_reported_and_batch_goes_on(write, name, content, message):
    bad = write(name, content)
    good = write("good.txt", GOOD)
    result = ingest([bad, good])
    assert len(result.table) == 2
    [failed] = result.failed
    assert failed.source == str(bad)
    assert message in failed.error
    assert "Fix:" in failed.error
    with pytest.raises(InputError):
        ingest([bad, good], strict=True)


def test_missing_path_and_unknown_extension(tmp_path, write):
    other = write("notes.pdf", b"%PDF-1.4")
    result = ingest([tmp_path / "nope.txt", other, write("good.txt", GOOD)])
    errors = [f.error for f in result.failed]
    assert errors == [
        f"{tmp_path / 'nope.txt'}: no such file or folder. Fix: check the path",
        f"{other}: unknown transcript format '.pdf'. Fix: give one of .txt, .vtt, .srt, .docx, .csv, .xlsx, .eaf",
    ]
    with pytest.raises(WerkzaamError):
        ingest([tmp_path / "nope.txt"], strict=True)


def test_duplicate_session_ids_are_reported(tmp_path, write):
    write("a/s1.txt", GOOD)
    write("b/s1.txt", GOOD)
    result = ingest([tmp_path])
    assert len(result.table) == 2
    assert "session id 's1' is already used by another input file" in result.failed[0].error


def test_cli_exit_code_and_messages_without_traceback_or_text(runner, write, tmp_path):
    secret = "Mijn naam is Karel Geheim."
    bad = write("bad.txt", f"Hier staat {secret}\nzonder spreker\n")
    good = write("good.txt", f"JA: Dag.\nC: {secret}\n")
    out = tmp_path / "out.csv"
    res = runner.invoke(cli, ["ingest", str(bad), str(good), "-o", str(out), "-q"])
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    assert "Karel" not in res.stderr
    assert (f"  error: {bad}: no speaker turns found. Fix: write turns as 'Naam: tekst' lines, "
            f"voice-tagged cues, or speaker/text columns\n") in res.stderr
    assert "Read 1 file(s): 2 turns in 1 session(s); 1 file(s) failed." in res.stderr
    assert out.exists()

    strict = runner.invoke(cli, ["ingest", str(bad), str(good), "-o", str(tmp_path / "s.csv"), "--strict"])
    assert strict.exit_code == 1
    assert strict.output == (f"Error: {bad}: no speaker turns found. Fix: write turns as 'Naam: tekst' lines, "
                             f"voice-tagged cues, or speaker/text columns\n")
    assert not (tmp_path / "s.csv").exists()


def test_cli_unknown_output_format(runner, write, tmp_path):
    res = runner.invoke(cli, ["ingest", str(write("good.txt", GOOD)), "-o", str(tmp_path / "out.xls")])
    assert res.exit_code == 1
    assert res.output == (f"Error: {tmp_path / 'out.xls'}: unknown table format '.xls'. "
                          f"Fix: end the output name in .parquet, .csv, .jsonl.\n")
