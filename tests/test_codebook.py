"""The codebook: loaded and validated; a broken entry gives a clear error naming it."""
import pytest

from werkzaam.pipeline.codebook import CodebookError, load_codebook

SUBCODES = {
    "REL": {"empathie", "echtheid", "rolhelderheid", "relatiecheck", "vertrouwen", "stroefheid"},
    "HOOP": {"krachten", "complimenten", "herwaarderen", "psycho-educatie", "toekomst", "vertrouwen-client"},
    "OPL": {"doelen", "hulpbronnen", "stappen", "informatie", "netwerk"},
    "EVAL": {"voortgang", "succesanalyse", "schaalvraag", "feedback", "afronding"},
}


def test_bundled_codebook_follows_the_scheme():
    cb = load_codebook()
    assert cb.factor_codes == ["REL", "HOOP", "OPL", "EVAL"]
    assert [c.code for c in cb.codes][-1] == "OVERIG"
    for code in cb.codes:
        assert code.definition
        if code.code in SUBCODES:
            assert {s.id for s in code.subcodes} == SUBCODES[code.code]
            assert all(s.phrases or s.patterns for s in code.subcodes)


MINIMAL = """
codes:
  - code: REL
    definition: relatie
    subcodes:
      - id: empathie
        phrases: [dat klinkt zwaar]
  - code: OVERIG
    definition: rest
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("codes: [", "not valid YAML"),
        ("name: x\n", "top level: no 'codes' list"),
        (MINIMAL.replace("  - code: OVERIG\n    definition: rest\n", ""), "codes: no OVERIG entry"),
        (MINIMAL.replace("definition: relatie", "label: x"), "code REL: has no definition"),
        (MINIMAL.replace("[dat klinkt zwaar]", "[dat klinkt zwaar, '']"),
         "subcode REL:empathie: 'phrases' must be a list of non-empty strings"),
        (MINIMAL.replace("phrases: [dat klinkt zwaar]", "patterns: [[{LOWR: dat}]]"),
         "subcode REL:empathie: unknown token attribute(s) LOWR"),
        (MINIMAL.replace("phrases: [dat klinkt zwaar]", "phrases: [x]\n        role: baas"),
         "subcode REL:empathie: role 'baas' is not worker or client"),
    ],
)
def test_broken_codebook_names_the_entry(tmp_path, text, message):
    path = tmp_path / "cb.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CodebookError) as exc:
        load_codebook(path)
    assert str(exc.value).startswith(str(path))
    assert message in str(exc.value) and "Fix:" in str(exc.value)


def test_codebook_hash_changes_with_content(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(MINIMAL, encoding="utf-8")
    b.write_text(MINIMAL.replace("dat klinkt zwaar", "dat is zwaar"), encoding="utf-8")
    assert load_codebook(a).sha256 != load_codebook(b).sha256
