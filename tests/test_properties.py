"""Property-based tests: any bytes end in a table or a clear error, and no turn is lost."""
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkzaam.pipeline import InputError, ingest

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
STANDARD = {"JA", "C", "MW", "SPEAKER_00"}
LABELS = st.sampled_from(["JA", "C", "MW", "Ellen", "SPEAKER_00", "Dhr. Peeters"])
SPEECH = st.text(alphabet=string.ascii_letters + " ,.?!:;()[]…éëï😀-'\"#", max_size=120)


@SETTINGS
@given(data=st.binary(max_size=2000), ext=st.sampled_from([".txt", ".vtt", ".srt", ".csv", ".docx", ".eaf", ".xlsx"]))
def test_arbitrary_bytes_give_table_or_clear_error(tmp_path, data, ext):
    path = tmp_path / f"x{ext}"
    path.write_bytes(data)
    result = ingest([path])
    if result.failed:
        assert result.failed[0].error.startswith(str(path)) and "Fix:" in result.failed[0].error
        assert result.table.empty
    else:
        assert len(result.table) == result.files[0].turns > 0


@SETTINGS
@given(turns=st.lists(st.tuples(LABELS, SPEECH), min_size=1, max_size=40))
def test_every_labelled_line_is_one_turn(tmp_path, turns):
    lines = [f"{label}: {speech}".rstrip() for label, speech in turns]
    path = tmp_path / "s.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        result = ingest([path], strict=True)
    except InputError:
        raise AssertionError("well-formed turns must not fail")
    table = result.table
    # a label begins a turn when it is standard or recurs (or opens the file); others are speech
    counts = {label: sum(1 for lab, _ in turns if lab == label) for label, _ in turns}
    expected = sum(1 for i, (label, _) in enumerate(turns)
                   if i == 0 or label in STANDARD or counts[label] > 1)
    assert len(table) == expected
    words = " ".join(table["speaker"] + " " + table["text"]).split()
    for label, speech in turns:
        for word in speech.split():
            assert word in words


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(SPEECH, min_size=1, max_size=12), roles=st.data())
def test_coding_any_turns_gives_one_coded_row_each(texts, roles):
    import pandas as pd

    from werkzaam.pipeline.coding import code_utterances
    from werkzaam.pipeline.marks import clean_text
    from werkzaam.pipeline.schema import validate_utterances

    n = len(texts)
    table = validate_utterances(pd.DataFrame({
        "session_id": "s", "turn": range(1, n + 1), "speaker": "X",
        "role": [roles.draw(st.sampled_from(["worker", "client", "other"])) for _ in texts],
        "role_source": "label", "text": texts, "text_clean": [clean_text(t) for t in texts],
        "start": None, "end": None, "source": "x", "line": range(1, n + 1), "format": "txt", "encoding": "utf-8"}))
    coded = code_utterances(table)
    assert len(coded) == n and coded["text"].tolist() == texts
    assert coded["codes"].str.len().gt(0).all()


def test_hundred_thousand_turns_are_all_ingested(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("".join(f"{'JA' if i % 2 else 'C'}: beurt {i}, eh, ja.\n" for i in range(100_000)), encoding="utf-8")
    table = ingest([path], strict=True).table
    assert len(table) == 100_000 and table["turn"].iloc[-1] == 100_000
    assert table["text_clean"].iloc[0] == "beurt 0, ja."
