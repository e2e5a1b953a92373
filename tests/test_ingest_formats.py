"""WebVTT, SRT, .docx, .csv, .xlsx and ELAN, each written with the format's own library."""
import datetime as dt

import docx
import openpyxl
import pandas as pd
import srt
import webvtt
from pympi.Elan import Eaf, to_eaf

from werkzaam.pipeline import ingest


def test_webvtt_voice_tags_merge_consecutive_cues(tmp_path):
    vtt = webvtt.WebVTT()
    for start, end, text in [
        ("00:00:01.000", "00:00:03.000", "<v Justitieassistent>Goeiemiddag.</v>"),
        ("00:00:03.000", "00:00:06.250", "<v Justitieassistent>Ik leg eerst uit wat ik rapporteer.</v>"),
        ("00:00:06.500", "00:00:08.000", "<v Spreker 2>Oké (zucht).</v>"),
        ("00:00:08.000", "00:00:09.000", "<v Justitieassistent>Goed.</v>"),
    ]:
        vtt.captions.append(webvtt.Caption(start, end, text))
    path = tmp_path / "s.vtt"
    vtt.save(str(path))
    t = ingest([path]).table
    assert list(t["speaker"]) == ["Justitieassistent", "Spreker 2", "Justitieassistent"]
    assert t.loc[0, "text"] == "Goeiemiddag. Ik leg eerst uit wat ik rapporteer."
    assert (t.loc[0, "start"], t.loc[0, "end"]) == (1.0, 6.25)
    assert list(t["role"]) == ["worker", "client", "worker"]
    assert list(t["line"]) == [3, 9, 12]


def test_webvtt_whisperx_prefixes(tmp_path):
    vtt = webvtt.WebVTT()
    for start, end, text in [
        ("00:00:00.500", "00:00:02.000", "[SPEAKER_00]: Hoe gaat het sinds vorige week?"),
        ("00:00:02.000", "00:00:04.000", "[SPEAKER_01]: Beter."),
        ("00:00:04.000", "00:00:05.000", "SPEAKER_01: Echt beter."),
        ("00:00:05.000", "00:00:07.000", "SPEAKER_00: Wat maakt dat het beter gaat?"),
    ]:
        vtt.captions.append(webvtt.Caption(start, end, text))
    path = tmp_path / "w.vtt"
    vtt.save(str(path))
    t = ingest([path]).table
    assert list(t["speaker"]) == ["SPEAKER_00", "SPEAKER_01", "SPEAKER_00"]
    assert t.loc[1, "text"] == "Beter. Echt beter."
    assert list(t["role"]) == ["worker", "client", "worker"]
    assert set(t["role_source"]) == {"inferred"}


def test_srt_speaker_prefixes(tmp_path):
    subs = [
        srt.Subtitle(1, dt.timedelta(seconds=1), dt.timedelta(seconds=3), "[SPEAKER_00]: Welkom bij het wijkteam."),
        srt.Subtitle(2, dt.timedelta(seconds=3), dt.timedelta(seconds=5), "[SPEAKER_00]: Wat wilt u bespreken?"),
        srt.Subtitle(3, dt.timedelta(seconds=5), dt.timedelta(seconds=8, milliseconds=500), "[SPEAKER_01]: De post."),
    ]
    path = tmp_path / "s.srt"
    path.write_text(srt.compose(subs), encoding="utf-8")
    t = ingest([path]).table
    assert list(t["speaker"]) == ["SPEAKER_00", "SPEAKER_01"]
    assert t.loc[0, "text"] == "Welkom bij het wijkteam. Wat wilt u bespreken?"
    assert (t.loc[1, "start"], t.loc[1, "end"]) == (5.0, 8.5)
    assert list(t["line"]) == [2, 10]


def test_docx_paragraphs_and_tables(tmp_path):
    d = docx.Document()
    d.add_paragraph("# setting: amw")
    d.add_paragraph("MW: Fijn dat je er bent.")
    d.add_paragraph("Cliënt: Ja. Ik twijfelde.")
    table = d.add_table(rows=3, cols=2)
    for row, (speaker, text) in zip(table.rows, [("Spreker", "Tekst"), ("MW", "Wat hielp?"), ("Cliënt", "Praten.")]):
        row.cells[0].text, row.cells[1].text = speaker, text
    path = tmp_path / "s.docx"
    d.save(str(path))
    t = ingest([path]).table
    assert list(t["speaker"]) == ["MW", "Cliënt", "MW", "Cliënt"]
    assert list(t["text"]) == ["Fijn dat je er bent.", "Ja. Ik twijfelde.", "Wat hielp?", "Praten."]
    assert list(t["role"]) == ["worker", "client", "worker", "client"]
    assert t.loc[0, "setting"] == "amw"
    assert list(t["line"]) == [2, 3, 5, 6]


def test_csv_semicolon_with_custom_columns_and_times(write):
    path = write("s.csv", 'wie;zegt;van;tot\nJA;"Dag; kom binnen.";00:00:01;2.5\nC;Dag.;3;4\n;en nog iets;;\n')
    from werkzaam.pipeline.readers import Columns
    t = ingest([path], columns=Columns.given(text="zegt")).table
    assert list(t["speaker"]) == ["JA", "C"]
    assert list(t["text"]) == ["Dag; kom binnen.", "Dag. en nog iets"]
    assert list(t["start"]) == [1.0, 3.0] and list(t["end"]) == [2.5, 4.0]
    assert list(t["line"]) == [2, 3]


def test_csv_with_several_sessions(tmp_path):
    path = tmp_path / "all.csv"
    pd.DataFrame({"session_id": ["a", "a", "b"], "speaker": ["JA", "C", "JA"],
                  "text": ["Dag.", "Dag.", "Welkom."]}).to_csv(path, index=False)
    t = ingest([path]).table
    assert list(t["session_id"]) == ["a", "a", "b"] and list(t["turn"]) == [1, 2, 1]


def test_xlsx(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Spreker", "Tekst", "Start"])
    sheet.append(["Consulent", "Hoe gaat het met de brieven?", dt.time(0, 0, 4)])
    sheet.append(["Klant", "Ik open ze nu elke dag.", 9.5])
    path = tmp_path / "s.xlsx"
    book.save(path)
    t = ingest([path]).table
    assert list(t["speaker"]) == ["Consulent", "Klant"]
    assert list(t["start"]) == [4.0, 9.5]
    assert list(t["line"]) == [2, 3]
    assert list(t["role"]) == ["worker", "client"]


def test_elan_tiers_ordered_by_time(tmp_path):
    eaf = Eaf(author="test")
    eaf.add_tier("JA", part="Justitieassistent")
    eaf.add_tier("C", part="")
    eaf.add_annotation("JA", 0, 1500, "Dag, zet u.")
    eaf.add_annotation("C", 1600, 3000, "Dag.")
    eaf.add_annotation("JA", 3100, 5000, "Hoe ging het?")
    eaf.add_annotation("JA", 5000, 6000, "Sinds de vorige keer?")
    eaf.add_linguistic_type("ref", constraints="Symbolic_Association", timealignable=False)
    eaf.add_tier("vertaling", ling="ref", parent="JA")
    eaf.add_ref_annotation("vertaling", "JA", 500, "Hello")
    path = tmp_path / "s.eaf"
    to_eaf(str(path), eaf)
    t = ingest([path]).table
    assert list(t["speaker"]) == ["Justitieassistent", "C", "Justitieassistent"]
    assert t.loc[2, "text"] == "Hoe ging het? Sinds de vorige keer?"
    assert (t.loc[2, "start"], t.loc[2, "end"]) == (3.1, 6.0)
    assert "Hello" not in " ".join(t["text"])
