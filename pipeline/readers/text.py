"""Plain-text transcripts: ``Naam: tekst`` lines, timestamps, ``#`` headers, f4/f5transkript."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from werkzaam.pipeline.readers.segments import Parsed, Segment, split_time_prefix, to_turns
from werkzaam.pipeline.roles import parse_roles_header

# f4/f5transkript: the time at the end of a turn, '#00:01:23-4#' (tenths) or '#00:01:23-45#'.
_F4_STAMP = re.compile(r"\s*#(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})[-.,](?P<f>\d{1,3})#\s*$")
_HEADER = re.compile(r"^#\s*(?P<key>[^:]{1,60}?)\s*:\s*(?P<value>.*)$")
_SESSION_KEYS = {"session_id", "sessie_id", "session", "sessie_code", "session_code"}


def header_key(key: str) -> str:
    """``'Sessie nummer'`` -> ``'sessie_nummer'``: a metadata column name."""
    key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", key).strip("_")


def _f4_seconds(m: re.Match[str]) -> float:
    frac = m.group("f")
    return int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s")) + int(frac) / 10 ** len(frac)


def read_lines(
    lines: Iterable[tuple[int, str]], is_standard: Callable[[str], bool], fmt: str, encoding: str
) -> Parsed:
    """Parse numbered lines of a prefixed transcript (also used for .docx paragraphs)."""
    parsed = Parsed([], fmt, encoding)
    segments: list[Segment] = []
    for number, raw in lines:
        line = raw.strip().lstrip("\ufeff")
        if not line:
            continue
        stamp = _F4_STAMP.search(line)
        end = _f4_seconds(stamp) if stamp else None
        if stamp:
            line = line[: stamp.start()].rstrip()
            parsed.format = "f4"
            if not line:  # a time mark on a line of its own closes the previous turn
                if segments:
                    segments[-1].end = end
                continue
        elif line.startswith("#"):
            header = _HEADER.match(line)
            if header:
                key, value = header_key(header.group("key")), header.group("value").strip()
                if key == "roles":
                    parsed.roles.update(parse_roles_header(value))
                elif key:
                    parsed.meta["session_id" if key in _SESSION_KEYS else key] = value
            continue
        start, line = split_time_prefix(line)
        segments.append(Segment(number, line, start=start, end=end))
    given = set(parsed.roles)
    parsed.turns = to_turns(segments, lambda lab: lab in given or is_standard(lab), False, parsed.warnings)
    if parsed.format == "f4":
        previous_end = None
        for turn in parsed.turns:  # an f4 mark ends a turn; the next turn starts there
            turn.start, previous_end = previous_end, turn.end
    return parsed


def read_text_transcript(text: str, encoding: str, is_standard: Callable[[str], bool]) -> Parsed:
    """Parse a decoded ``.txt`` transcript."""
    return read_lines(enumerate(re.split(r"\r\n|\r|\n", text), 1), is_standard, "txt", encoding)
