"""text_clean removes transcription marks and fillers; text keeps them."""
import pytest

from werkzaam.pipeline.marks import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Eh, ik weet het niet (lacht) [onverstaanbaar] ... echt.", "ik weet het niet echt."),
        ("Ehm... ja. (zucht) Dat is (.) moeilijk", "ja. Dat is moeilijk"),
        ("euh ge moet weten, euh, da's lastig…", "ge moet weten, da's lastig"),
        ("[overlap (lacht) [dubbel]] ja", "ja"),
        ("ja (onbalans", "ja (onbalans"),
        ("Hm-hm.", "Hm-hm."),
        ("uhm", ""),
        ("Ehhm, Uhm, de heer Ehlers", "de heer Ehlers"),
        ("Dag [PERSOON-1] (lacht), uit [LOCATIE-2].", "Dag [PERSOON-1], uit [LOCATIE-2]."),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean
