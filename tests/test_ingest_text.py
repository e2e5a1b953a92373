"""Plain-text and f4 transcripts: prefixes, timestamps, continuation lines, headers, colons in speech."""
from werkzaam.pipeline import ingest

PREFIXED = """# session_id: vl-01
# setting: justitiehuis
# datum: 2026-03-02
JA: Goeiemiddag, zet u.
Peeters: Dag mevrouw.
JA: Ik ga eerst uitleggen wat ik doe:
ik schrijf een verslag voor de probatiecommissie
en dat bespreken we samen.
Peeters: Kijk, ik wil gewoon dat het vooruitgaat.
Kijk: dat lukt wel, als ge meewerkt.
JA: (lacht) Dat hoop ik, eh, ook.
"""


def test_prefixed_turns_continuations_and_headers(write):
    result = ingest([write("s.txt", PREFIXED)])
    t = result.table
    assert list(t["speaker"]) == ["JA", "Peeters", "JA", "Peeters", "JA"]
    assert list(t["turn"]) == [1, 2, 3, 4, 5]
    assert list(t["line"]) == [4, 5, 6, 9, 11]
    assert t.loc[2, "text"] == ("Ik ga eerst uitleggen wat ik doe: ik schrijf een verslag voor de "
                                "probatiecommissie en dat bespreken we samen.")
    # a colon in speech that never recurs as a label stays speech, and is reported by line
    assert t.loc[3, "text"] == "Kijk, ik wil gewoon dat het vooruitgaat. Kijk: dat lukt wel, als ge meewerkt."
    assert any(w.startswith("line 10:") for w in result.files[0].warnings)
    assert set(t["session_id"]) == {"vl-01"}
    assert t.loc[0, "setting"] == "justitiehuis" and t.loc[0, "datum"] == "2026-03-02"
    assert t.loc[4, "text"] == "(lacht) Dat hoop ik, eh, ook."
    assert t.loc[4, "text_clean"] == "Dat hoop ik, ook."
    assert list(t["role"]) == ["worker", "client", "worker", "client", "worker"]
    assert list(t["role_source"]) == ["label", "inferred", "label", "inferred", "label"]


def test_uppercase_labels_and_bracketed_timestamps(write):
    text = "[00:00:05] HULPVERLENER: Wat brengt jullie hier?\n[00:01:02.5] MOEDER: Hij spijbelt.\n" \
           "[01:02:03] JONGERE: Boeiend.\n[01:02:04] MOEDER: Zie je?\n"
    t = ingest([write("j.txt", text)]).table
    assert list(t["speaker"]) == ["HULPVERLENER", "MOEDER", "JONGERE", "MOEDER"]
    assert list(t["start"]) == [5.0, 62.5, 3723.0, 3724.0]
    assert t["end"].isna().all()
    # JONGERE is a standard client label; the mother is then inferred as another participant
    assert list(t["role"]) == ["worker", "other", "client", "other"]
    assert list(t["role_source"]) == ["label", "inferred", "label", "inferred"]


def test_bare_timestamps_before_label(write):
    text = "00:00:01 W: Hoi.\n00:00:03 C: Hallo, om 10:30 uur moet ik weg.\n00:00:09 W: Prima.\n"
    t = ingest([write("b.txt", text)]).table
    assert list(t["speaker"]) == ["W", "C", "W"]
    assert list(t["start"]) == [1.0, 3.0, 9.0]
    assert t.loc[1, "text"] == "Hallo, om 10:30 uur moet ik weg."


def test_f4_timestamps_at_end_of_turn(write):
    text = ("I: Wat is er sinds de vorige keer beter gegaan? #00:00:07-4#\n\n"
            "B: Ehm, ik heb de brief geopend. #00:00:12-45#\n\n"
            "I: Goed zo. #00:01:00-0#\n")
    result = ingest([write("f4.txt", text)])
    t = result.table
    assert result.files[0].format == "f4"
    assert list(t["end"]) == [7.4, 12.45, 60.0]
    assert t["start"].isna().tolist() == [True, False, False]
    assert list(t["start"][1:]) == [7.4, 12.45]
    assert t.loc[1, "text"] == "Ehm, ik heb de brief geopend."
    assert list(t["role"]) == ["worker", "client", "worker"]


def test_text_before_first_label_is_reported_not_silently_lost(write):
    result = ingest([write("p.txt", "Transcript gesprek\nJA: Dag.\nC: Dag.\n")])
    assert len(result.table) == 2
    assert any(w.startswith("line 1: text before the first speaker label") for w in result.files[0].warnings)


def test_label_alone_is_an_empty_turn(write):
    t = ingest([write("e.txt", "JA: Dag.\nC:\nJA: Alles goed?\n")]).table
    assert list(t["text"]) == ["Dag.", "", "Alles goed?"]
