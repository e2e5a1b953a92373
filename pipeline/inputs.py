"""Inputs of commands that take "transcripts or an utterance table": sort paths into the two."""
from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from werkzaam.pipeline.ingest import IngestResult, ingest
from werkzaam.pipeline.schema import UTTERANCE_COLUMNS, validate_utterances
from werkzaam.pipeline.tableio import read_table


def is_utterance_table(path: Path) -> bool:
    """True for .parquet/.jsonl files, and .csv files whose header has the utterance columns."""
    suffix = path.suffix.lower()
    if suffix in (".parquet", ".jsonl"):
        return True
    if suffix != ".csv" or not path.is_file():
        return False
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        header = next(csv.reader(fh), [])
    return {"session_id", "turn", "speaker", "text"} <= set(header) and set(UTTERANCE_COLUMNS) <= set(header)


def load_utterances(paths: Sequence[str | Path], **ingest_options) -> tuple[pd.DataFrame, IngestResult | None]:
    """Read utterance tables and ingest transcripts; returns the table and the ingest result."""
    tables = [Path(p) for p in paths if is_utterance_table(Path(p))]
    transcripts = [p for p in paths if Path(p) not in tables]
    frames = [read_table(t) for t in tables]
    result = None
    if transcripts:
        result = ingest(transcripts, **ingest_options)
        frames.append(result.table)
    table = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return validate_utterances(table, where="input turns"), result
