"""Tables of turns: .csv (any of , ; tab) and .xlsx (openpyxl), one row per turn.

Columns are found by name (case-insensitive); :class:`Columns` lists the names tried and a user
can give their own. A ``session_id`` column splits one table into several sessions. A row with
text but no speaker continues the previous turn. ``line`` is the row's line (CSV) or row number
(Excel), header included.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from werkzaam.pipeline.errors import InputError
from werkzaam.pipeline.readers.segments import Parsed, Segment, parse_time, to_turns


@dataclass(frozen=True)
class Columns:
    """Column names tried, in order, for each field of a table of turns."""

    speaker: Sequence[str] = ("speaker", "spreker", "naam", "name", "wie")
    text: Sequence[str] = ("text", "tekst", "utterance", "uiting", "transcript")
    start: Sequence[str] = ("start", "begin", "start_time", "van")
    end: Sequence[str] = ("end", "eind", "einde", "end_time", "tot")
    session: Sequence[str] = ("session_id", "sessie_id", "sessie", "session")

    @classmethod
    def given(cls, speaker=None, text=None, start=None, end=None, session=None) -> "Columns":
        """Columns with the user's names replacing the defaults where given."""
        d = cls()
        pick = lambda v, default: (v,) if v else default  # noqa: E731
        return cls(pick(speaker, d.speaker), pick(text, d.text), pick(start, d.start),
                   pick(end, d.end), pick(session, d.session))


def _find(header: list[str], names: Sequence[str]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    for name in names:
        if name.lower() in lowered:
            return lowered.index(name.lower())
    return None


def _rows_to_parsed(rows: Iterable[tuple[int, list]], header: list[str], columns: Columns, fmt: str,
                    encoding: str, source: str, is_standard: Callable[[str], bool]) -> Parsed:
    idx = {f: _find(header, getattr(columns, f)) for f in ("speaker", "text", "start", "end", "session")}
    for field in ("speaker", "text"):
        if idx[field] is None:
            opt = "--speaker-col" if field == "speaker" else "--text-col"
            raise InputError(source, f"no {field} column found (tried {', '.join(getattr(columns, field))})",
                             f"rename the column or name it with {opt}", line=1)
    cell = lambda row, f: (row[idx[f]] if idx[f] is not None and idx[f] < len(row) else None)  # noqa: E731
    segments = []
    for number, row in rows:
        text = "" if cell(row, "text") is None else str(cell(row, "text")).strip()
        speaker = "" if cell(row, "speaker") is None else str(cell(row, "speaker")).strip()
        if not text and not speaker:
            continue
        try:
            start, end = parse_time(cell(row, "start")), parse_time(cell(row, "end"))
        except ValueError:
            raise InputError(source, "a start or end time is not a number of seconds or hh:mm:ss",
                             "correct the time or empty the cell", line=number) from None
        session = cell(row, "session")
        segments.append(Segment(number, text, start, end, speaker=speaker or None,
                                session_id=None if session in (None, "") else str(session).strip()))
    parsed = Parsed([], fmt, encoding)
    parsed.turns = to_turns(segments, is_standard, False, parsed.warnings)
    return parsed


def read_csv_turns(text: str, encoding: str, source: str, columns: Columns,
                   is_standard: Callable[[str], bool]) -> Parsed:
    """Parse a decoded CSV table of turns; the delimiter is sniffed from , ; and tab."""
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
        rows = []
        line = reader.line_num + 1
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error:
        raise InputError(source, "the CSV cannot be parsed (unbalanced quotes?)",
                         "check the quoting near that line", line=reader.line_num) from None
    return _rows_to_parsed(rows, header, columns, "csv", encoding, source, is_standard)


def read_xlsx_turns(path: Path, columns: Columns, is_standard: Callable[[str], bool]) -> Parsed:
    """Parse the first sheet of an .xlsx table of turns."""
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise InputError(path, "not a valid Excel (.xlsx) workbook",
                         "open it in Excel and save it again as .xlsx") from None
    try:
        sheet = book.worksheets[0]
        values = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    if not values:
        raise InputError(path, "the first sheet is empty", "put the turns on the first sheet")
    header = ["" if v is None else str(v) for v in values[0]]
    rows = [(n, list(r)) for n, r in enumerate(values[1:], 2)]
    return _rows_to_parsed(rows, header, columns, "xlsx", "xlsx", str(path), is_standard)
