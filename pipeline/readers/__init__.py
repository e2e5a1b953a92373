"""Readers per transcript format; :func:`read_transcript` picks one by extension."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from werkzaam.pipeline.encoding import read_text
from werkzaam.pipeline.readers.elan import read_eaf
from werkzaam.pipeline.readers.office import read_docx
from werkzaam.pipeline.readers.segments import Parsed, Turn
from werkzaam.pipeline.readers.spreadsheet import Columns, read_csv_turns, read_xlsx_turns
from werkzaam.pipeline.readers.subtitles import read_srt, read_vtt
from werkzaam.pipeline.readers.text import read_text_transcript

#: File extensions read as transcripts.
TRANSCRIPT_EXTENSIONS = (".txt", ".vtt", ".srt", ".docx", ".csv", ".xlsx", ".eaf")

__all__ = ["Columns", "Parsed", "TRANSCRIPT_EXTENSIONS", "Turn", "read_transcript"]


def read_transcript(path: Path, columns: Columns, is_standard: Callable[[str], bool]) -> Parsed:
    """Read one transcript file; raises :class:`~werkzaam.pipeline.errors.InputError` when it cannot."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path, is_standard)
    if suffix == ".xlsx":
        return read_xlsx_turns(path, columns, is_standard)
    if suffix == ".eaf":
        return read_eaf(path, is_standard)
    text, encoding = read_text(path)
    if suffix == ".vtt":
        return read_vtt(text, encoding, str(path), is_standard)
    if suffix == ".srt":
        return read_srt(text, encoding, str(path), is_standard)
    if suffix == ".csv":
        return read_csv_turns(text, encoding, str(path), columns, is_standard)
    return read_text_transcript(text, encoding, is_standard)
