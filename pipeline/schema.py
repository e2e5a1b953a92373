"""The utterance table: column names, dtypes and validation.

This module is the one place that knows the table's shape. Readers and writers call
:func:`validate_utterances`; everything else uses the column constants.
"""
from __future__ import annotations

import pandas as pd

from werkzaam.pipeline.errors import SchemaError

ROLES = ("worker", "client", "other")
ROLE_SOURCES = ("label", "roles_file", "header", "inferred")

#: Core columns in output order, with their pandas dtypes.
UTTERANCE_COLUMNS: dict[str, str] = {
    "session_id": "string",
    "turn": "Int64",
    "speaker": "string",
    "role": "string",
    "role_source": "string",
    "text": "string",
    "text_clean": "string",
    "start": "Float64",
    "end": "Float64",
    "source": "string",
    "line": "Int64",
    "format": "string",
    "encoding": "string",
}
#: Columns added by coding (``werkzaam code``), besides ``p_C`` and ``C`` per factor code C.
CODED_TEXT_COLUMNS = ("codes", "subcodes", "why")
#: Columns that must have a value in every row.
REQUIRED_VALUES = ("session_id", "turn", "speaker", "role", "text", "source")


def _coerce(series: pd.Series, dtype: str, column: str, where: str) -> pd.Series:
    if dtype == "string":
        return series.astype("string")
    raw = series.astype("string").str.strip().replace("", pd.NA)
    numbers = pd.to_numeric(raw, errors="coerce")
    bad = raw.notna() & numbers.isna()
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0]) + 1
        raise SchemaError(
            f"{where}: column '{column}' must be numeric, but data row {row} is not. "
            f"Fix: put a number (seconds for start/end) or leave the cell empty."
        )
    if dtype == "Int64":
        if (numbers.dropna() % 1 != 0).any():
            raise SchemaError(f"{where}: column '{column}' must hold whole numbers. Fix: correct it.")
        return numbers.astype("Int64")
    return numbers.astype("Float64")


def validate_utterances(df: pd.DataFrame, where: str = "utterance table") -> pd.DataFrame:
    """Return ``df`` with core columns first and coerced to their dtypes.

    Extra columns (session metadata, coding results) are kept after the core columns.
    Raises :class:`SchemaError` naming the table, column and row when the table is invalid.
    """
    missing = [c for c in UTTERANCE_COLUMNS if c not in df.columns]
    if missing:
        raise SchemaError(
            f"{where}: missing column(s) {', '.join(missing)}. "
            f"Fix: give a table written by 'werkzaam ingest', or transcripts to ingest."
        )
    out = df.copy()
    for column, dtype in UTTERANCE_COLUMNS.items():
        out[column] = _coerce(out[column], dtype, column, where)
    for column in REQUIRED_VALUES:
        empty = out[column].isna()
        if column != "text":
            empty |= out[column].astype("string").str.strip().eq("").fillna(False)
        if empty.any():
            row = int(empty.to_numpy().nonzero()[0][0]) + 1
            raise SchemaError(f"{where}: column '{column}' is empty in data row {row}. Fix: fill it in.")
    bad_role = ~out["role"].isin(ROLES)
    if bad_role.any():
        row = int(bad_role.to_numpy().nonzero()[0][0]) + 1
        raise SchemaError(
            f"{where}: column 'role' in data row {row} is not one of {', '.join(ROLES)}. Fix: correct it."
        )
    dup = out.duplicated(["session_id", "turn"])
    if dup.any():
        row = int(dup.to_numpy().nonzero()[0][0]) + 1
        raise SchemaError(
            f"{where}: data row {row} repeats a (session_id, turn) pair. "
            f"Fix: every turn number must occur once per session."
        )
    _coerce_coded(out, where)
    extra = [c for c in out.columns if c not in UTTERANCE_COLUMNS]
    return out[list(UTTERANCE_COLUMNS) + extra].reset_index(drop=True)


def _coerce_coded(out: pd.DataFrame, where: str) -> None:
    """Coding columns: ``p_C`` floats in [0, 1], ``C`` booleans, codes/subcodes/why strings."""
    for column in [c for c in out.columns if c.startswith("p_")]:
        out[column] = _coerce(out[column], "Float64", column, where)
        if ((out[column] < 0) | (out[column] > 1)).fillna(False).any():
            raise SchemaError(f"{where}: column '{column}' holds a probability outside 0..1. Fix: correct it.")
        code = column[2:]
        if code in out.columns:
            values = out[code].astype("string").str.strip().str.lower()
            mapped = values.map({"true": True, "false": False, "1": True, "0": False})
            if mapped.isna().any():
                raise SchemaError(f"{where}: column '{code}' must be True or False. Fix: correct it.")
            out[code] = mapped.astype("boolean")
    for column in CODED_TEXT_COLUMNS:
        if column in out.columns:
            out[column] = out[column].astype("string").fillna("")


def empty_utterances() -> pd.DataFrame:
    """An utterance table with no rows and the right dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in UTTERANCE_COLUMNS.items()})
