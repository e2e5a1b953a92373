"""Roles: built-in labels, a roles file (with '*'), inference with a warning; metadata join."""
import pytest

from werkzaam.pipeline import InputError, ingest
from werkzaam.pipeline.ingest import load_meta
from werkzaam.pipeline.roles import builtin_role, infer_roles, load_roles


@pytest.mark.parametrize("label", ["JA", "justitieassistent", "Hulpverlener", "MW", "maatschappelijk werker",
                                   "Consulent", "begeleider", "W", "I", "Interviewer"])
def test_builtin_worker_labels(label):
    assert builtin_role(label) == "worker"


@pytest.mark.parametrize("label", ["cliënt", "Client", "C", "B", "K", "jongere", "Cliënt 2"])
def test_builtin_client_labels(label):
    assert builtin_role(label) == "client"


def test_unknown_labels_have_no_builtin_role():
    assert builtin_role("Ellen") is None and builtin_role("SPEAKER_00") is None
    assert builtin_role("MOEDER") is None  # a family member may be the client or not: inferred


def test_roles_file_overrides_with_wildcard(write):
    roles = load_roles(write("roles.csv", "session_id,speaker,role\n*,Ellen,worker\ns2,Ellen,client\n*,C,other\n"))
    write("t/s2.txt", "Ellen: Dag.\nJA: Dag.\n")
    t = ingest([write("t/s1.txt", "Ellen: Dag.\nC: Dag.\nEllen: Hoe gaat het?\n").parent], roles=roles).table
    s1 = t[t.session_id == "s1"]
    assert list(s1["role"]) == ["worker", "other", "worker"]
    assert set(s1["role_source"]) == {"roles_file"}
    s2 = t[t.session_id == "s2"]
    assert list(s2["role"]) == ["client", "worker"]
    assert list(s2["role_source"]) == ["roles_file", "label"]


def test_bad_roles_file_names_line(write):
    path = write("roles.csv", "session_id,speaker,role\n*,Ellen,baas\n")
    with pytest.raises(InputError) as exc:
        load_roles(path)
    assert exc.value.line == 2
    assert "role must be one of worker, client, other" in exc.value.message


def test_inference_asker_and_opener_is_worker_and_warns_once(write):
    text = "Ellen: Goeiemorgen. Hoe gaat het?\nMarc: Goed.\nEllen: En het werk?\nMarc: Ook.\n"
    result = ingest([write("s.txt", text)])
    assert list(result.table["role"]) == ["worker", "client", "worker", "client"]
    warnings = [w for w in result.files[0].warnings if "role inferred" in w]
    assert len(warnings) == 1 and "Ellen" not in warnings[0]


def test_inference_with_known_worker_most_words_is_client_rest_other():
    assert infer_roles(["JA", "Piet", "Anna", "Piet"], ["Vraag?", "Ja, zeker weten.", "Wat?", "Ok."],
                       {"JA": "worker"}) == {"Piet": "client", "Anna": "other"}


def test_inference_with_known_client_finds_the_worker():
    assert infer_roles(["C", "Ellen", "Marc"], ["Dag.", "Hoe gaat het? Goed?", "Hallo."],
                       {"C": "client"}) == {"Ellen": "worker", "Marc": "other"}


def test_header_roles(write):
    t = ingest([write("s.txt", "# roles: Ellen=worker, Marc=client\nMarc: Vraag? Vraag?\nEllen: Antwoord.\n")]).table
    assert list(t["role"]) == ["client", "worker"] and set(t["role_source"]) == {"header"}


def test_meta_join_and_unmatched_warning(write):
    meta = load_meta(write("meta.csv", "session_id,setting,session_number\ns1,justitiehuis,2\nzz,amw,1\n"))
    result = ingest([write("s1.txt", "# setting: oud\nJA: Dag.\nC: Dag.\n")], meta=meta)
    assert list(result.table["setting"]) == ["justitiehuis"] * 2
    assert list(result.table["session_number"]) == ["2", "2"]
    assert result.warnings == ["metadata rows matched no transcript: session_id zz"]


def test_meta_needs_session_id(write):
    with pytest.raises(InputError, match="a metadata file needs a session_id column"):
        load_meta(write("meta.csv", "sessie,setting\ns1,x\n"))
