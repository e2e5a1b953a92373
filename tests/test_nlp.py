"""The spaCy pipeline: Flemish forms, lemmas, and codebook markers found as data says."""
import pandas as pd
import pytest

from werkzaam.pipeline.nlp import build_nlp
from werkzaam.pipeline.tagging import tag_utterances


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("heb", "hebben"), ("ben", "zijn"), ("is", "zijn"), ("was", "zijn"), ("stappen", "stap"),
     ("kinderen", "kind"), ("gedaan", "doen"), ("gelukt", "lukken"), ("ge", "je"), ("gij", "je"),
     ("hebt", "hebben"), ("afspraken", "afspraak"), ("verslagen", "verslag"), ("'k", "ik")],
)
def test_lemmas_of_frequent_and_flemish_forms(nlp, form, lemma):
    assert nlp(form)[0].lemma_ == lemma


def test_das_splits_into_dat_is(nlp):
    assert [t.lemma_ for t in nlp("Da's zwaar")] == ["dat", "zijn", "zwaar"]


def test_pipeline_components(nlp):
    assert nlp.pipe_names == ["werkzaam_lemmatizer", "sentencizer", "werkzaam_codebook"]


def test_markers_match_inflected_and_flemish_forms(nlp):
    keys = lambda text: {k for k, _, _ in nlp(text)._.rule_hits}  # noqa: E731
    assert "REL:empathie" in keys("Dat klonk echt zwaar voor jou.")
    assert "EVAL:succesanalyse" in keys("Amai, hoe hebt ge dat klaargespeeld?")
    assert "EVAL:schaalvraag" in keys("Op een schaal van nul tot tien, waar zit je nu?")
    assert "OPL:hulpbronnen" in keys("'k Ga morgen de schuldhulp bellen.")
    assert keys("Goeiemiddag, kom maar binnen.") == set()


def test_role_restricted_markers_only_count_for_that_role(nlp):
    table = pd.DataFrame({"text_clean": ["Jullie controleren me toch alleen maar."] * 2,
                          "role": ["client", "worker"]})
    tagged = tag_utterances(table, nlp)
    assert {k for k, _ in tagged.hits[0]} == {"REL:stroefheid"}
    assert tagged.hits[1] == []


def test_a_changed_codebook_changes_the_hits(tmp_path):
    path = tmp_path / "cb.yaml"
    path.write_text("codes:\n  - code: HOOP\n    definition: hoop\n    subcodes:\n      - id: krachten\n"
                    "        phrases: [de zon schijnt]\n  - code: OVERIG\n    definition: rest\n", encoding="utf-8")
    doc = build_nlp(path)("Kijk, de zon scheen vandaag.")
    assert [k for k, _, _ in doc._.rule_hits] == ["HOOP:krachten"]
