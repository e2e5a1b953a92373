"""Werkzaam pipeline: ingest transcripts into one validated utterance table.

The Python API::

    from werkzaam.pipeline import ingest, read_table, write_table
    result = ingest(["examples/"])
    write_table(result.table, "utterances.parquet")
"""
from werkzaam.pipeline.errors import InputError, SchemaError, WerkzaamError
from werkzaam.pipeline.ingest import IngestResult, FileReport, ingest
from werkzaam.pipeline.tableio import read_table, write_table

__all__ = [
    "FileReport", "IngestResult", "InputError", "SchemaError", "WerkzaamError",
    "ingest", "read_table", "write_table",
]
