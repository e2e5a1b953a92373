"""The annotated seed corpus: session files with a code annotation after each turn.

Format (one turn per line)::

    # session_id: vl-ja-a01
    # roles: JA=worker, C=client
    JA: Hoe is het gegaan sinds de vorige keer? ||| EVAL:voortgang
    C: Goed. ||| OVERIG

Codes are ``CODE:subcode`` joined by ``; ``, or ``OVERIG``. :func:`load_annotated` returns an
utterance table with ``codes`` (``|``-joined, codebook order) and ``subcodes`` columns.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from werkzaam.pipeline.encoding import read_text
from werkzaam.pipeline.errors import InputError
from werkzaam.pipeline.ingest import frames_from_parsed
from werkzaam.pipeline.readers.text import read_text_transcript
from werkzaam.pipeline.roles import builtin_role
from werkzaam.pipeline.schema import validate_utterances

SEED_DIR = Path(__file__).resolve().parent / "seed"
HELDOUT_DIR = Path(__file__).resolve().parent / "heldout"
SEPARATOR = "|||"
CODES = ("REL", "HOOP", "OPL", "EVAL")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def annotated_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``.txt`` session files under ``paths`` (files or folders), sorted."""
    files = []
    for p in map(Path, paths):
        files += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    return files


def _parse_codes(annotation: str, path: Path, line: int, codes: Sequence[str]) -> tuple[list[str], list[str]]:
    annotation = annotation.strip()
    if annotation == "OVERIG":
        return [], []
    found, subs = [], []
    for item in annotation.split(";"):
        code, _, sub = item.strip().partition(":")
        if code not in codes:
            raise InputError(path, f"unknown code '{code}'", f"use one of {', '.join(codes)} or OVERIG", line=line)
        found.append(code)
        if sub:
            subs.append(f"{code}:{sub.strip()}")
    ordered = [c for c in codes if c in found]
    return ordered, subs


def load_annotated_file(path: Path, codes: Sequence[str] = CODES) -> pd.DataFrame:
    """Read one annotated session file into an utterance table with ``codes`` and ``subcodes``."""
    text, encoding = read_text(path)
    stripped, annotations = [], {}
    for number, line in enumerate(_LINE_BREAK.split(text), 1):
        if SEPARATOR in line and not line.lstrip().startswith("#"):
            talk, _, annotation = line.partition(SEPARATOR)
            annotations[number] = _parse_codes(annotation, path, number, codes)
            line = talk.rstrip()
        stripped.append(line)
    parsed = read_text_transcript("\n".join(stripped), encoding, lambda lab: builtin_role(lab) is not None)
    frames, _ = frames_from_parsed(parsed, path)
    table = pd.concat(frames, ignore_index=True)
    missing = [int(n) for n in table["line"] if int(n) not in annotations]
    if missing:
        raise InputError(path, "a turn has no code annotation", "end the line with ' ||| CODE:subcode' "
                         "or ' ||| OVERIG'", line=missing[0])
    table["codes"] = ["|".join(annotations[int(n)][0]) or "OVERIG" for n in table["line"]]
    table["subcodes"] = ["|".join(annotations[int(n)][1]) for n in table["line"]]
    return table


def load_annotated(paths: Iterable[str | Path], codes: Sequence[str] = CODES) -> pd.DataFrame:
    """Read annotated session files and folders into one validated utterance table."""
    frames = [load_annotated_file(f, codes) for f in annotated_files(paths)]
    if not frames:
        raise InputError(", ".join(map(str, paths)), "no annotated session files found",
                         "give .txt files in the seed format")
    return validate_utterances(pd.concat(frames, ignore_index=True), where="annotated corpus")


def corpus_hash(paths: Iterable[str | Path]) -> str:
    """SHA-256 over the annotated files' names and bytes, to tie a model to its training data."""
    digest = hashlib.sha256()
    for f in annotated_files(paths):
        digest.update(f.name.encode())
        digest.update(f.read_bytes())
    return digest.hexdigest()


def load_gold(paths: Iterable[str | Path], codes: Sequence[str] = CODES) -> pd.DataFrame:
    """Gold-coded turns from annotated session files/folders and/or utterance tables with ``codes``."""
    from werkzaam.pipeline.tableio import TABLE_FORMATS, read_table

    frames = []
    for p in map(Path, paths):
        if p.suffix.lower() in TABLE_FORMATS:
            table = read_table(p)
            if "codes" not in table.columns:
                raise InputError(p, "the table has no 'codes' column",
                                 "add gold codes ('REL|EVAL', 'OVERIG', ...) per turn")
            frames.append(table)
        elif p.is_dir() or p.suffix.lower() == ".txt":
            frames.append(load_annotated([p], codes))
        else:
            raise InputError(p, "not an annotated session file, folder or table",
                             "give .txt files in the annotated format, a folder of them, or a .csv/.parquet/.jsonl table")
    return validate_utterances(pd.concat(frames, ignore_index=True), where="gold turns")
