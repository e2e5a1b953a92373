"""Word documents (python-docx): one paragraph per turn with a speaker prefix, or two-column
tables ``speaker | text``. For .docx, ``line`` is the paragraph or table-row number in the body.
"""
from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from werkzaam.pipeline.errors import InputError
from werkzaam.pipeline.readers.segments import Parsed, Segment, split_time_prefix, to_turns
from werkzaam.pipeline.readers.text import read_lines

_HEADER_CELLS = {"spreker", "speaker", "naam", "name", "wie", "persoon"}


def read_docx(path: Path, is_standard: Callable[[str], bool]) -> Parsed:
    """Parse a .docx transcript."""
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise InputError(path, "not a valid Word (.docx) document",
                         "open it in Word and save it again as .docx (not .doc)") from None
    lines: list[tuple[int, str]] = []
    rows: list[Segment] = []
    number = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            number += 1
            lines.append((number, block.text))
        elif isinstance(block, Table):
            for row in block.rows:
                number += 1
                cells = [c.text.strip() for c in row.cells]
                if len(cells) < 2 or (not rows and cells[0].lower() in _HEADER_CELLS):
                    continue
                start, text = split_time_prefix(" ".join(cells[1:]))
                rows.append(Segment(number, text, start=start, speaker=cells[0] or None))
    parsed = read_lines(lines, is_standard, "docx", "docx")
    if rows:
        table_parsed = Parsed([], "docx", "docx")
        table_parsed.turns = to_turns(rows, is_standard, False, table_parsed.warnings)
        parsed.turns = sorted(parsed.turns + table_parsed.turns, key=lambda t: t.line)
        parsed.warnings += table_parsed.warnings
    return parsed
