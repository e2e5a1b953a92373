"""From segments (lines, cues, rows) to speaker turns: label detection, continuation, merging.

All readers reduce their format to :class:`Segment` objects and call :func:`to_turns`, so the
rules for speaker labels are the same in every format:

* a label is a short prefix before a colon (``Naam: tekst``, ``[SPEAKER_00]: tekst``);
* labels recur: a prefix that occurs once in the file and is no standard or given label is
  read as speech ("Kijk: dat lukt") and reported as a warning with its line;
* a segment without a label continues the previous turn.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

_LABEL = re.compile(
    r"^\s*(?P<label>\[[^\[\]:]{1,40}\]|[^\W\d_][\w.'’()\- ]{0,39}?)\s*:(?=\s|$)\s*(?P<text>.*)$", re.S
)
_BRACKET_SPEAKER = re.compile(r"^\s*\[(?P<label>SPEAKER_\d+)\]\s*:?\s*(?P<text>.*)$", re.S)
_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_TIME_PREFIX = re.compile(rf"^\s*(?:\[(?P<b>{_TIME})\]|\((?P<p>{_TIME})\)|(?P<t>{_TIME})(?=\s))\s*[-–]?\s*")
MAX_LABEL_WORDS = 4


@dataclass
class Segment:
    """One line, cue or row of a transcript, before speakers are assigned."""

    line: int
    text: str
    start: float | None = None
    end: float | None = None
    speaker: str | None = None  # set when the format names the speaker (voice tag, tier, column)
    session_id: str | None = None


@dataclass
class Turn:
    """One speaker turn."""

    speaker: str
    text: str
    line: int
    start: float | None = None
    end: float | None = None
    session_id: str | None = None


@dataclass
class Parsed:
    """What a reader found in one file."""

    turns: list[Turn]
    format: str
    encoding: str
    meta: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def parse_time(value: str | float | int | None) -> float | None:
    """Seconds from ``83.5``, ``1:23``, ``00:01:23.5`` or ``00:01:23,500``; None when empty."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return None if value != value else float(value)  # NaN -> None
    text = str(value).strip().replace(",", ".")
    if not text:
        return None
    seconds = 0.0
    for part in text.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def split_time_prefix(text: str) -> tuple[float | None, str]:
    """Split a leading ``[00:01:23]`` or ``00:01:23`` timestamp from a line."""
    m = _TIME_PREFIX.match(text)
    if not m:
        return None, text
    return parse_time(m.group("b") or m.group("p") or m.group("t")), text[m.end():]


def split_label(text: str) -> tuple[str, str] | None:
    """Split ``Label: text`` into ``(label, text)``; None when the line has no label form."""
    m = _BRACKET_SPEAKER.match(text) or _LABEL.match(text)
    if not m:
        return None
    label = m.group("label").strip().strip("[]").strip()
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return None
    return label, m.group("text").strip()


def to_turns(
    segments: Sequence[Segment],
    is_standard: Callable[[str], bool],
    merge_same_speaker: bool,
    warnings: list[str],
) -> list[Turn]:
    """Assign speakers to segments and build turns; problems are appended to ``warnings``.

    ``is_standard(label)`` says whether a label is known without recurring (built-in or given).
    """
    split = [None if s.speaker else split_label(s.text) for s in segments]
    counts = Counter(x[0] for x in split if x)
    turns: list[Turn] = []
    for seg, lab in zip(segments, split):
        speaker, text = seg.speaker, seg.text.strip()
        if lab and not (counts[lab[0]] > 1 or is_standard(lab[0])):
            if turns and turns[-1].session_id == seg.session_id:
                warnings.append(
                    f"line {seg.line}: a word before a colon occurs only once as a label in the file, "
                    f"so it was read as speech; if it is a speaker, list it in --roles"
                )
                lab = None
            else:
                warnings.append(f"line {seg.line}: a speaker label that occurs only once; check it")
        if lab:
            speaker, text = lab
        current = turns[-1] if turns and turns[-1].session_id == seg.session_id else None
        if speaker is None or (merge_same_speaker and current and current.speaker == speaker):
            if current is None:
                if text:
                    warnings.append(
                        f"line {seg.line}: text before the first speaker label is not a turn; "
                        f"start it with a speaker label, or with '#' if it is a header"
                    )
                continue
            current.text = f"{current.text} {text}".strip() if text else current.text
            current.end = seg.end if seg.end is not None else current.end
            continue
        turns.append(Turn(speaker, text, seg.line, seg.start, seg.end, seg.session_id))
    return turns
