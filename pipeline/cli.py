"""The ``werkzaam`` command line: a thin Click layer over the Python API.

Each command parses its options, calls one library function and prints a summary. Library
errors (:class:`~werkzaam.pipeline.errors.WerkzaamError`) become a one-line message and exit
code 1 in :class:`WerkzaamGroup`, the one place where that happens.
"""
from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click
from tqdm import tqdm

from werkzaam.pipeline.errors import WerkzaamError
from werkzaam.pipeline.ingest import IngestResult, ingest, load_meta
from werkzaam.pipeline.readers import Columns
from werkzaam.pipeline.roles import load_roles
from werkzaam.pipeline.tableio import TABLE_FORMATS, table_format, write_table


def _version() -> str:
    try:
        return version("werkzaam")
    except PackageNotFoundError:
        return "unknown"


class WerkzaamGroup(click.Group):
    """Turns library errors into a clean message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except WerkzaamError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=WerkzaamGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), prog_name="werkzaam")
def cli() -> None:
    """Werkzaam: code social-work session transcripts with the common factors
    (REL, HOOP, OPL, EVAL) of the working alliance. Everything runs locally and offline."""


def _progress(quiet: bool, desc: str):
    return lambda items: tqdm(items, desc=desc, unit="file", disable=quiet or None, file=sys.stderr, leave=False)


def print_ingest_summary(result: IngestResult, quiet: bool) -> None:
    """Print files read, turns per file, warnings and failures to stderr."""
    ok = [f for f in result.files if not f.error]
    echo = lambda msg: click.echo(msg, err=True)  # noqa: E731
    if not quiet:
        for f in ok:
            echo(f"  {f.source}: {f.turns} turns ({f.format}, {f.encoding})")
            for w in f.warnings:
                echo(f"  warning: {f.source}, {w}")
        for w in result.warnings:
            echo(f"  warning: {w}")
    for f in result.failed:
        echo(f"  error: {f.error}")
    sessions = result.table["session_id"].nunique()
    echo(f"Read {len(ok)} file(s): {len(result.table)} turns in {sessions} session(s); "
         f"{len(result.failed)} file(s) failed.")


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help=f"Output table; the extension picks the format: {', '.join(TABLE_FORMATS)}.")
@click.option("--roles", "roles_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV with session_id,speaker,role (role: worker, client, other; '*' as session_id = all).")
@click.option("--meta", "meta_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV with session_id and any metadata columns (setting, client_id, session_number, ...).")
@click.option("--speaker-col", help="Speaker column name in .csv/.xlsx transcripts.")
@click.option("--text-col", help="Text column name in .csv/.xlsx transcripts.")
@click.option("--start-col", help="Start-time column name in .csv/.xlsx transcripts.")
@click.option("--end-col", help="End-time column name in .csv/.xlsx transcripts.")
@click.option("--session-col", help="Session-id column name in .csv/.xlsx transcripts holding several sessions.")
@click.option("--strict", is_flag=True, help="Stop at the first file that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-file lines or warnings.")
def ingest_command(paths, output, roles_file, meta_file, speaker_col, text_col, start_col, end_col,
                   session_col, strict, quiet) -> None:
    """Read transcripts into one utterance table (one row per speaker turn).

    PATHS are files or folders (searched recursively) with the extensions .txt, .vtt, .srt,
    .docx, .csv, .xlsx and .eaf. Files that fail are reported by file and line; the others
    are still written, and the exit code is 1.
    """
    table_format(output)
    result = ingest(
        paths,
        roles=load_roles(roles_file) if roles_file else None,
        meta=load_meta(meta_file) if meta_file else None,
        columns=Columns.given(speaker_col, text_col, start_col, end_col, session_col),
        strict=strict,
        progress=_progress(quiet, "ingest"),
        exclude=[p for p in (roles_file, meta_file) if p],
    )
    print_ingest_summary(result, quiet)
    if len(result.table):
        write_table(result.table, output)
        click.echo(f"Wrote {output} ({len(result.table)} rows).", err=True)
    if result.failed or not len(result.table):
        sys.exit(1)


def main() -> None:
    """Console-script entry point."""
    cli()
