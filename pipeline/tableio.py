"""Read and write utterance tables as Parquet, CSV or JSON Lines, validated both ways."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from werkzaam.pipeline.atomic import atomic_path
from werkzaam.pipeline.errors import InputError, WerkzaamError
from werkzaam.pipeline.schema import validate_utterances

TABLE_FORMATS = (".parquet", ".csv", ".jsonl")


def table_format(path: str | Path) -> str:
    """The table format of ``path`` from its extension, or an error saying which are known."""
    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise WerkzaamError(
            f"{path}: unknown table format '{suffix or '(none)'}'. "
            f"Fix: end the output name in {', '.join(TABLE_FORMATS)}."
        )
    return suffix


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Validate ``df`` as an utterance table and write it atomically to ``path``."""
    table_format(path)
    return write_frame(validate_utterances(df, where=f"table for {path}"), path)


def write_frame(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a table atomically (owner-only); the extension picks the format. Utterance tables go
    through :func:`write_table`, which validates them first."""
    path = Path(path)
    fmt = table_format(path)
    with atomic_path(path) as tmp:
        if fmt == ".parquet":
            df.to_parquet(tmp, index=False)
        elif fmt == ".csv":
            df.to_csv(tmp, index=False, encoding="utf-8")
        else:
            df.to_json(tmp, orient="records", lines=True, force_ascii=False)
    return path


def read_table(path: str | Path) -> pd.DataFrame:
    """Read and validate an utterance table written by :func:`write_table`."""
    path = Path(path)
    fmt = table_format(path)
    try:
        if fmt == ".parquet":
            df = pd.read_parquet(path)
        elif fmt == ".csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        else:
            df = pd.read_json(path, lines=True, dtype=False)
    except FileNotFoundError:
        raise InputError(path, "file not found", "check the path") from None
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise InputError(
            path, f"cannot be read as a {fmt[1:]} table ({type(exc).__name__})",
            f"give a table written by 'werkzaam ingest'",
        ) from None
    return validate_utterances(df, where=str(path))
