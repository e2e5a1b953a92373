"""The ``werkzaam`` command line: a thin Click layer over the Python API.

Each command parses its options, calls one library function and prints a summary. Library
errors (:class:`~werkzaam.pipeline.errors.WerkzaamError`) become a one-line message and exit
code 1 in :class:`WerkzaamGroup`, the one place where that happens.
"""
from __future__ import annotations

import json
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click
from tqdm import tqdm

from werkzaam.annotation.seed import load_gold
from werkzaam.models.evaluation import error_rates, evaluate_gold
from werkzaam.models.store import load_model
from werkzaam.models.training import train_model
from werkzaam.pipeline.codebook import load_codebook
from werkzaam.pipeline.coding import code_utterances
from werkzaam.pipeline.atomic import set_umask
from werkzaam.pipeline.errors import WerkzaamError
from werkzaam.pipeline.inputs import load_utterances
from werkzaam.pipeline.ingest import IngestResult, ingest, load_meta
from werkzaam.pipeline.readers import Columns
from werkzaam.pipeline.roles import load_roles
from werkzaam.pipeline.profiles import factor_codes, group_profiles, session_profiles, transitions
from werkzaam.pipeline.report import write_report
from werkzaam.pipeline.tableio import TABLE_FORMATS, read_table, table_format, write_frame, write_table


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


def _umask(ctx, param, value):
    if value is None:
        return None
    try:
        return int(value, 8)
    except ValueError:
        raise click.BadParameter("give an octal umask such as 077 or 022") from None


@click.group(cls=WerkzaamGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), prog_name="werkzaam")
@click.option("--umask", callback=_umask, help="Octal umask for written files (default: owner-only, as 077; "
              "022 makes them readable by all).")
def cli(umask) -> None:
    """Werkzaam: code social-work session transcripts with the common factors
    (REL, HOOP, OPL, EVAL) of the working alliance. Everything runs locally and offline."""
    set_umask(0o077 if umask is None else umask)


def _progress(quiet: bool, desc: str):
    return lambda items: tqdm(items, desc=desc, unit="file", disable=quiet or None, file=sys.stderr, leave=False)


def _pseudonymize_options(f):
    options = [
        click.option("--pseudonymize", is_flag=True,
                     help="Replace personal data (names, places, dates, phone numbers, ids, ...) by tags "
                          "such as [PERSOON-1], consistent within a session, before anything else."),
        click.option("--key", "key_file", type=click.Path(dir_okay=False, path_type=Path),
                     help="With --pseudonymize: keep the tag -> original mapping in this local CSV "
                          "(owner-only; never share it). Without it the mapping is discarded."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _notify(message: str) -> None:
    click.echo(message, err=True)


def _pseudonymized(table, key_file):
    from werkzaam.pipeline.pseudonymize import pseudonymize_table, shared_pseudonymizer, write_key

    table, key = pseudonymize_table(table, shared_pseudonymizer(_notify))
    if key_file:
        write_key(key, key_file)
    return table


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
@_pseudonymize_options
def ingest_command(paths, output, roles_file, meta_file, speaker_col, text_col, start_col, end_col,
                   session_col, strict, quiet, pseudonymize, key_file) -> None:
    """Read transcripts into one utterance table (one row per speaker turn).

    PATHS are files or folders (searched recursively) with the extensions .txt, .vtt, .srt,
    .docx, .csv, .xlsx and .eaf (a CSV in a folder with a session_id column and no text column
    is a roles or metadata table and is skipped with a warning). Files that fail are reported by
    file and line; the others are still written, and the exit code is 1.
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
        write_table(_pseudonymized(result.table, key_file) if pseudonymize else result.table, output)
        click.echo(f"Wrote {output} ({len(result.table)} rows).", err=True)
    if result.failed or not len(result.table):
        sys.exit(1)


def _ingest_options(f):
    """The options of ``ingest`` that also apply where transcripts are ingested on the fly."""
    options = [
        click.option("--roles", "roles_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="CSV session_id,speaker,role for transcripts (see 'werkzaam ingest --help')."),
        click.option("--meta", "meta_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="CSV with session_id and metadata columns, joined to every turn."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-file lines or warnings."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _load_inputs(inputs, roles_file, meta_file, quiet):
    table, result = load_utterances(
        inputs, roles=load_roles(roles_file) if roles_file else None,
        meta=load_meta(meta_file) if meta_file else None, progress=_progress(quiet, "ingest"),
        exclude=[p for p in (roles_file, meta_file) if p])
    if result is not None:
        print_ingest_summary(result, quiet)
    return table, result


@cli.command("code")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help=f"Coded table; the extension picks the format: {', '.join(TABLE_FORMATS)}.")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Model folder from 'werkzaam train' (default: the shipped model).")
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Codebook YAML (default: the bundled configs/codebook.yaml).")
@_ingest_options
@_pseudonymize_options
def code_command(inputs, output, model_dir, codebook, roles_file, meta_file, quiet, pseudonymize, key_file) -> None:
    """Code every turn with the common factors (REL, HOOP, OPL, EVAL; OVERIG when none).

    INPUTS are transcripts (ingested on the fly, as 'werkzaam ingest' does) or utterance
    tables. The output adds p_C and C for each code C, 'codes', 'subcodes' and 'why'.
    """
    table_format(output)
    table, result = _load_inputs(inputs, roles_file, meta_file, quiet)
    if pseudonymize:
        table = _pseudonymized(table, key_file)
    coded = code_utterances(table, model_dir, load_codebook(codebook) if codebook else None)
    write_table(coded, output)
    counts = coded["codes"].str.split("|").explode().value_counts()
    click.echo(f"Coded {len(coded)} turns in {coded['session_id'].nunique()} session(s): "
               + ", ".join(f"{code} {n}" for code, n in counts.items()) + f". Wrote {output}.", err=True)
    if result is not None and result.failed:
        sys.exit(1)


@cli.command("train")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for model.skops, metadata.json and MODEL_CARD.md.")
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Codebook YAML (default: the bundled configs/codebook.yaml).")
@click.option("--heldout", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Gold sessions kept out of training, each scored separately in the model card (repeatable: one per writer).")
@click.option("--folds", default=5, show_default=True, type=click.IntRange(2, 20),
              help="Folds of the cross-validation grouped by session.")
@click.option("--description", help="What the gold turns are (who coded what, from which setting), for the model "
                                    "card. Default: the seed corpus's description when training on it.")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Cross-validation folds fitted in parallel processes (at most one per CPU core). The scores do "
                   "not depend on it; memory use grows with it.")
def train_command(gold, output, codebook, heldout, folds, description, jobs) -> None:
    """Train a classifier on gold-coded turns, with cross-validation grouped by session.

    GOLD is annotated session files or folders (the format of annotation/seed/) or utterance
    tables with a 'codes' column. Subcodes in the gold (the annotated files, or a 'subcodes'
    column) with at least 20 turns are learnt as auxiliary targets. Writes the model, its
    metadata and its model card.
    """
    meta = train_model(gold, output, codebook, heldout, n_splits=folds, description=description, n_jobs=jobs)
    click.echo(f"Grouped {folds}-fold CV on {meta['training_data']['n_turns']} turns: macro-F1 "
               f"{meta['cv']['classifier']['macro_f1']:.3f} (rules only {meta['cv']['rules_only']['macro_f1']:.3f})"
               + "".join(f"; held-out {h['source']} macro-F1 {h['classifier']['macro_f1']:.3f}"
                         for h in meta.get("heldout", []))
               + f". Wrote {output}.", err=True)


def _scores_text(title: str, scores: dict) -> str:
    lines = [f"{title}: macro-F1 {scores['macro_f1']:.3f} ({scores['n_turns']} turns)",
             f"  {'code':6} {'prec':>6} {'recall':>6} {'F1':>6} {'kappa':>6}   tp   fp   fn    tn"]
    for code, s in scores["per_code"].items():
        c = s["confusion"]
        lines.append(f"  {code:6} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['kappa']:6.3f} "
                     f"{c['tp']:4d} {c['fp']:4d} {c['fn']:4d} {c['tn']:5d}")
    return "\n".join(lines)


@cli.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Model folder (default: the shipped model).")
@click.option("--codebook", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Codebook YAML (default: the bundled configs/codebook.yaml).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_command(gold, model_dir, codebook, as_json) -> None:
    """Score a model against gold codes: per code precision, recall, F1, Cohen's kappa and the
    confusion counts, macro-F1, and the same for the rules-only baseline; and how far each
    session's share of turns per code (from the codes, and from the mean probability) is from
    the share in the gold codes.

    GOLD is annotated session files or folders, or utterance tables with a 'codes' column.
    """
    cb = load_codebook(codebook) if codebook else load_codebook()
    scores = evaluate_gold(load_gold(gold, cb.factor_codes), model_dir, cb)
    if as_json:
        click.echo(json.dumps(scores, indent=2))
    else:
        click.echo(_scores_text("Model", scores["classifier"]))
        click.echo(_scores_text("Rules only", scores["rules_only"]))
        shares = scores["session_shares"]
        click.echo(f"Per-session share of turns per code, mean absolute error over {shares['sessions']} "
                   f"session(s): share_C {shares['share_mae']:.3f}, pshare_C {shares['pshare_mae']:.3f}")


def _coded_input(path: Path):
    coded = read_table(path)
    factor_codes(coded)
    return coded


@cli.command("profile")
@click.argument("coded", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help=f"Profile table; the extension picks the format: {', '.join(TABLE_FORMATS)}.")
@click.option("--by", help="Aggregate sessions by this column (worker_id, setting, session_number, ...).")
@click.option("--transitions", "transitions_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the code transitions per session (long form) to this table.")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The model that coded the table, for the adjusted shares of --by groups "
                   "(default: the shipped model).")
def profile_command(coded, output, by, transitions_out, model_dir) -> None:
    """Profile each session of a coded table (from 'werkzaam code'): shares of each code overall,
    per role and per phase, co-construction, probability-averaged shares with 95% bootstrap
    intervals; with --by, the same per group of sessions, plus the adjusted count of the group's
    pooled turns (ashare_C, from the model's cross-validated error rates)."""
    table_format(output)
    table = _coded_input(coded)
    profiles = session_profiles(table)
    result = group_profiles(profiles, by, error_rates(load_model(model_dir)[1])) if by else profiles
    write_frame(result, output)
    if transitions_out:
        write_frame(transitions(table), transitions_out)
    click.echo(f"Profiled {len(profiles)} session(s)" + (f" in {len(result)} group(s) of '{by}'" if by else "")
               + f". Wrote {output}.", err=True)


@cli.command("report")
@click.argument("coded", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML report; its numbers go to a folder '<name>_data' beside it.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True, help="Language of the report.")
@click.option("--by", help="Compare groups of sessions by this column (setting, worker_id, ...).")
@click.option("--flags", "flags_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Audit flag rules (default: the bundled configs/flags.yaml).")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The model the table was coded with, for the methods section (default: the shipped model).")
@click.option("--no-pseudonymize", "originals", is_flag=True,
              help="Show original names and text in the examples (they are pseudonymised by default).")
def report_command(coded, output, lang, by, flags_file, model_dir, originals) -> None:
    """Write one self-contained HTML report (opens offline: no scripts, no network) of a coded
    table, plus a data folder with the same numbers as CSV. The example turns it shows are
    pseudonymised unless --no-pseudonymize."""
    result = build_report(_coded_input(coded), output, lang, by, flags_file, model_dir, pseudonymize=not originals)
    click.echo(f"Wrote {result.html} and {result.data_dir}/ ({len(result.profiles)} sessions, "
               f"{len(result.flags)} flags).", err=True)


def build_report(coded, output, lang, by, flags_file, model_dir, pseudonymize=True):
    _, meta = load_model(model_dir)
    codebook = load_codebook()
    shown = None
    if pseudonymize:
        shown = _pseudonymized(coded, None)
        shown["why"] = shown["why"].str.replace(r"'[^']*'", "'…'", regex=True)
    return write_report(coded, output, lang, by, flags_file, meta, f"{codebook.name} {codebook.version}", shown)


@cli.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for utterances.parquet, coded.parquet, profiles.csv, report.html and report_data/.")
@click.option("--model", "model_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Model folder (default: the shipped model).")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True, help="Language of the report.")
@click.option("--by", help="Compare groups of sessions by this column in the report.")
@click.option("--no-pseudonymize-report", "report_originals", is_flag=True,
              help="Show the original names and text in the report's examples (the report is pseudonymised by default).")
@_ingest_options
@_pseudonymize_options
def run_command(inputs, output, model_dir, lang, by, report_originals, roles_file, meta_file, quiet,
                pseudonymize, key_file) -> None:
    """The main job: ingest, code, profile and report in one go.

    INPUTS are transcripts or utterance tables. Files that fail are reported and the rest goes
    on (exit code 1 at the end).
    """
    stages = tqdm(total=4, desc="werkzaam run", disable=quiet or None, file=sys.stderr, leave=False)
    table, result = _load_inputs(inputs, roles_file, meta_file, quiet)
    if pseudonymize:
        table = _pseudonymized(table, key_file)
    write_table(table, output / "utterances.parquet")
    stages.update()
    coded = code_utterances(table, model_dir)
    write_table(coded, output / "coded.parquet")
    stages.update()
    write_frame(session_profiles(coded), output / "profiles.csv")
    stages.update()
    report = build_report(coded, output / "report.html", lang, by, None, model_dir,
                          pseudonymize=not (pseudonymize or report_originals))
    stages.update()
    stages.close()
    click.echo(f"Coded {len(coded)} turns in {coded['session_id'].nunique()} session(s), "
               f"{len(report.flags)} flag(s). Wrote {output}/: utterances.parquet, coded.parquet, "
               f"profiles.csv, report.html, report_data/.", err=True)
    if result is not None and result.failed:
        sys.exit(1)


@cli.command("pseudonymize")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help=f"Pseudonymised table; the extension picks the format: {', '.join(TABLE_FORMATS)}.")
@click.option("--key", "key_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the tag -> original mapping in this local CSV (owner-only; never share it).")
@_ingest_options
def pseudonymize_command(inputs, output, key_file, roles_file, meta_file, quiet) -> None:
    """Replace personal data by tags such as [PERSOON-1], consistent within a session, in the
    text and in speaker labels. Built on deduce, extended for Flanders (Belgian places, phone
    numbers, rijksregisternummers, postcodes, street forms). INPUTS are transcripts or tables."""
    table_format(output)
    table, result = _load_inputs(inputs, roles_file, meta_file, quiet)
    write_table(_pseudonymized(table, key_file), output)
    click.echo(f"Pseudonymised {len(table)} turns in {table['session_id'].nunique()} session(s). Wrote {output}"
               + (f"; key in {key_file} (keep it local)." if key_file else "; the mapping was discarded."), err=True)
    if result is not None and result.failed:
        sys.exit(1)


def main() -> None:
    """Console-script entry point."""
    cli()
