"""UTF-8 with and without BOM, UTF-16 with BOM, Windows-1252 fallback; the encoding is recorded."""
import pytest

from werkzaam.pipeline import ingest

TEXT = "JA: Hoe gaat het met uw dochter, meneer Hoëllaert?\nC: Goed, ze is naar de crèche… echt.\n"


@pytest.mark.parametrize(
    ("encoding", "prefix", "recorded"),
    [("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
     ("utf-16-le", b"\xff\xfe", "utf-16"), ("utf-16-be", b"\xfe\xff", "utf-16"), ("cp1252", b"", "cp1252")],
)
def test_encodings_decode_to_the_same_turns(write, encoding, prefix, recorded):
    path = write(f"s-{recorded}.txt", prefix + TEXT.encode(encoding))
    result = ingest([path])
    assert result.files[0].encoding == recorded
    assert set(result.table["encoding"]) == {recorded}
    assert list(result.table["text"]) == [
        "Hoe gaat het met uw dochter, meneer Hoëllaert?", "Goed, ze is naar de crèche… echt."]


def test_windows_line_endings(write):
    t = ingest([write("crlf.txt", TEXT.replace("\n", "\r\n"))]).table
    assert list(t["line"]) == [1, 2] and t.loc[1, "text"].endswith("echt.")
