"""Ingest transcripts into one utterance table, with a report per file.

A file that cannot be read is reported by file and line and the rest of the batch goes on;
with ``strict=True`` the first failure raises.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from werkzaam.pipeline.encoding import read_text
from werkzaam.pipeline.errors import InputError, WerkzaamError
from werkzaam.pipeline.marks import clean_text
from werkzaam.pipeline.readers import TRANSCRIPT_EXTENSIONS, Columns, Parsed, read_transcript
from werkzaam.pipeline.roles import RoleMap, builtin_role, infer_roles
from werkzaam.pipeline.schema import UTTERANCE_COLUMNS, empty_utterances, validate_utterances

_WHISPER_LABEL = re.compile(r"^SPEAKER_\d+$")


@dataclass
class FileReport:
    """What happened to one input file. Messages name lines, never transcript text."""

    source: str
    format: str = ""
    encoding: str = ""
    turns: int = 0
    sessions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class IngestResult:
    """The utterance table and one report per input file."""

    table: pd.DataFrame
    files: list[FileReport]
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.error]


def _is_side_table(path: Path) -> bool:
    """Whether a CSV is a roles or metadata table (a ``session_id`` column and no text column),
    not a table of turns."""
    if path.suffix.lower() != ".csv":
        return False
    try:
        first = read_text(path)[0].split("\n", 1)[0]
    except (InputError, OSError):
        return False
    header = {cell.strip().lower() for cell in next(csv.reader([first]), [])}
    return "session_id" in header and not header & set(Columns().text)


def collect_files(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()
                  ) -> tuple[list[Path], list[FileReport], list[str]]:
    """Expand folders (recursively, by extension); report paths that are missing or unknown.

    Files in ``exclude`` (the roles and metadata files) are not read as transcripts, and neither
    are roles or metadata tables found in a folder (returned as notes: pass them with --roles or
    --meta).
    """
    files, problems, side = [], [], []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TRANSCRIPT_EXTENSIONS
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            side += [f for f in found if _is_side_table(f)]
            files += [f for f in found if f not in side]
        elif p.is_file() and p.suffix.lower() in TRANSCRIPT_EXTENSIONS:
            files.append(p)
        elif p.exists():
            problems.append(FileReport(str(p), error=InputError(
                p, f"unknown transcript format '{p.suffix or '(none)'}'",
                f"give one of {', '.join(TRANSCRIPT_EXTENSIONS)}").message))
        else:
            problems.append(FileReport(str(p), error=InputError(p, "no such file or folder", "check the path").message))
    skip = {Path(p).resolve() for p in exclude}
    notes = [f"{f}: a roles or metadata table (session_id, no text column), not read as a transcript; "
             "pass it with --roles or --meta" for f in side if f.resolve() not in skip]
    return [f for f in dict.fromkeys(files) if f.resolve() not in skip], problems, notes


def load_meta(path: str | Path) -> pd.DataFrame:
    """Read a session metadata CSV with a ``session_id`` column and any other columns."""
    path = Path(path)
    text, _ = read_text(path)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    header = [h.strip() for h in rows[0]] if rows else []
    if "session_id" not in header:
        raise InputError(path, "a metadata file needs a session_id column",
                         "put session_id and the other column names on the first line", line=1)
    clash = [h for h in header if h in UTTERANCE_COLUMNS and h != "session_id"]
    if clash:
        raise InputError(path, f"column(s) {', '.join(clash)} are names of the utterance table",
                         "rename them", line=1)
    meta = pd.DataFrame([r + [""] * (len(header) - len(r)) for r in rows[1:] if any(c.strip() for c in r)],
                        columns=header, dtype="string")
    dup = meta["session_id"].duplicated()
    if dup.any():
        raise InputError(path, "a session_id occurs twice", "give each session one row",
                         line=int(dup.to_numpy().nonzero()[0][0]) + 2)
    return meta.set_index("session_id")


def _standard_labels(roles: RoleMap | None) -> Callable[[str], bool]:
    given = {s for (_sid, s) in roles.entries} if roles else set()
    return lambda label: label in given or builtin_role(label) is not None or bool(_WHISPER_LABEL.match(label))


def _session_frame(session_id: str, turns: list, parsed: Parsed, path: Path,
                   roles: RoleMap | None, report: FileReport) -> pd.DataFrame:
    speakers = [t.speaker for t in turns]
    assigned: dict[str, tuple[str, str]] = {}
    for s in dict.fromkeys(speakers):
        given = roles.get(session_id, s) if roles else None
        if given:
            assigned[s] = (given, "roles_file")
        elif s in parsed.roles:
            assigned[s] = (parsed.roles[s], "header")
        elif builtin_role(s):
            assigned[s] = (builtin_role(s), "label")
    inferred = infer_roles(speakers, [t.text for t in turns], {s: r for s, (r, _) in assigned.items()})
    if inferred:
        counts = pd.Series(list(inferred.values())).value_counts()
        report.warnings.append(
            f"session {session_id}: role inferred for {len(inferred)} speaker(s) without a standard label "
            f"({', '.join(f'{n} {r}' for r, n in counts.items())}); check rows with role_source=inferred "
            f"or give the roles with --roles"
        )
    assigned.update({s: (r, "inferred") for s, r in inferred.items()})
    frame = pd.DataFrame({
        "session_id": session_id,
        "turn": range(1, len(turns) + 1),
        "speaker": speakers,
        "role": [assigned[s][0] for s in speakers],
        "role_source": [assigned[s][1] for s in speakers],
        "text": [t.text for t in turns],
        "text_clean": [clean_text(t.text) for t in turns],
        "start": pd.array([t.start for t in turns], dtype="Float64"),
        "end": pd.array([t.end for t in turns], dtype="Float64"),
        "source": str(path),
        "line": [t.line for t in turns],
        "format": parsed.format,
        "encoding": parsed.encoding,
    })
    for key, value in parsed.meta.items():
        if key == "session_id":
            continue
        if key in frame.columns:
            report.warnings.append(f"header '{key}' has the name of a table column and was skipped")
        else:
            frame[key] = value
    return frame


def ingest_file(path: Path, roles: RoleMap | None = None, columns: Columns | None = None,
                taken: set[str] | None = None) -> tuple[list[pd.DataFrame], FileReport]:
    """Read one transcript into one frame per session; raises :class:`InputError`."""
    try:
        parsed = read_transcript(path, columns or Columns(), _standard_labels(roles))
    except WerkzaamError:
        raise
    except Exception as exc:  # a library failing on a malformed file: report it, never a traceback
        raise InputError(path, f"could not be parsed ({type(exc).__name__})",
                         "check that the file is a complete, valid transcript of its format") from None
    return frames_from_parsed(parsed, path, roles, taken)


def frames_from_parsed(parsed: Parsed, path: Path, roles: RoleMap | None = None,
                       taken: set[str] | None = None) -> tuple[list[pd.DataFrame], FileReport]:
    """Turn what a reader found into one utterance frame per session, with roles and metadata."""
    report = FileReport(str(path), parsed.format, parsed.encoding, warnings=parsed.warnings)
    if not parsed.turns:
        raise InputError(path, "no speaker turns found",
                         "write turns as 'Naam: tekst' lines, voice-tagged cues, or speaker/text columns")
    default_id = parsed.meta.get("session_id") or path.stem
    by_session: dict[str, list] = {}
    for turn in parsed.turns:
        by_session.setdefault(turn.session_id or default_id, []).append(turn)
    for session_id in by_session:
        if taken is not None and session_id in taken:
            raise InputError(path, f"session id '{session_id}' is already used by another input file",
                             "rename one file or set '# session_id: ...' in its header")
    frames = [_session_frame(sid, turns, parsed, path, roles, report) for sid, turns in by_session.items()]
    report.sessions = list(by_session)
    report.turns = sum(len(f) for f in frames)
    return frames, report


def ingest(
    paths: Sequence[str | Path],
    roles: RoleMap | None = None,
    meta: pd.DataFrame | None = None,
    columns: Columns | None = None,
    strict: bool = False,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    exclude: Iterable[str | Path] = (),
) -> IngestResult:
    """Ingest transcript files and folders into one validated utterance table.

    ``roles`` (from :func:`~werkzaam.pipeline.roles.load_roles`) overrides speaker roles;
    ``meta`` (from :func:`load_meta`) is joined on ``session_id``. With ``strict`` the first
    failing file raises :class:`InputError`; otherwise it is reported in ``IngestResult.files``.
    Files in ``exclude`` are skipped (pass the roles and metadata files that sit among the transcripts).
    """
    files, reports, notes = collect_files(paths, exclude)
    if strict and reports:
        raise WerkzaamError(reports[0].error)
    frames: list[pd.DataFrame] = []
    taken: set[str] = set()
    for path in (progress or iter)(files):
        try:
            file_frames, report = ingest_file(path, roles, columns, taken)
        except InputError as exc:
            if strict:
                raise
            reports.append(FileReport(str(path), error=exc.message))
            continue
        taken.update(report.sessions)
        frames += file_frames
        reports.append(report)
    table = pd.concat(frames, ignore_index=True) if frames else empty_utterances()
    result = IngestResult(table, reports, notes)
    if meta is not None and not meta.empty:
        result.table = _join_meta(table, meta, result.warnings)
    result.table = validate_utterances(result.table, where="ingested utterances")
    return result


def _join_meta(table: pd.DataFrame, meta: pd.DataFrame, warnings: list[str]) -> pd.DataFrame:
    unmatched = sorted(set(meta.index) - set(table["session_id"]))
    if unmatched:
        warnings.append(f"metadata rows matched no transcript: session_id {', '.join(unmatched)}")
    for column in meta.columns:
        values = table["session_id"].map(meta[column])
        table[column] = values.where(values.notna(), table[column]) if column in table else values
    return table
