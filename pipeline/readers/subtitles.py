"""Subtitle transcripts: WebVTT (webvtt-py) and SRT (srt).

Speakers come from voice tags (``<v Spreker 1>``), WhisperX-style ``[SPEAKER_00]`` or
``SPEAKER_00:`` prefixes, or ``Naam:`` prefixes. Consecutive cues of one speaker are one turn,
from the start of the first cue to the end of the last.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import srt
import webvtt
from webvtt.errors import MalformedFileError

from werkzaam.pipeline.errors import InputError
from werkzaam.pipeline.readers.segments import Parsed, Segment, parse_time, to_turns


def _timing_lines(text: str) -> list[int]:
    """1-based numbers of the lines holding a cue timing (``-->``), in file order."""
    return [n for n, line in enumerate(re.split(r"\r\n|\r|\n", text), 1) if "-->" in line]


def _segments_to_parsed(segments: list[Segment], fmt: str, encoding: str,
                        is_standard: Callable[[str], bool]) -> Parsed:
    parsed = Parsed([], fmt, encoding)
    parsed.turns = to_turns(segments, is_standard, True, parsed.warnings)
    return parsed


def read_vtt(text: str, encoding: str, source: str, is_standard: Callable[[str], bool]) -> Parsed:
    """Parse a decoded WebVTT file."""
    try:
        captions = webvtt.from_string(text.lstrip("\ufeff")).captions
    except MalformedFileError:
        raise InputError(source, "not a valid WebVTT file", "it must start with 'WEBVTT' and hold cues "
                         "like '00:00:01.000 --> 00:00:04.000'", line=1) from None
    lines = _timing_lines(text)
    segments = [
        Segment(lines[i] if i < len(lines) else 0, " ".join(c.text.split()),
                parse_time(c.start), parse_time(c.end), speaker=(c.voice or "").strip() or None)
        for i, c in enumerate(captions)
    ]
    return _segments_to_parsed(segments, "vtt", encoding, is_standard)


def read_srt(text: str, encoding: str, source: str, is_standard: Callable[[str], bool]) -> Parsed:
    """Parse a decoded SRT file."""
    try:
        subtitles = list(srt.parse(text.lstrip("\ufeff")))
    except srt.SRTParseError as exc:
        line = text[: exc.expected_start].count("\n") + 1
        raise InputError(source, "not a valid SRT file", "each cue needs a number, a line like "
                         "'00:00:01,000 --> 00:00:04,000' and text", line=line) from None
    lines = _timing_lines(text)
    segments = [
        Segment(lines[i] if i < len(lines) else 0, " ".join(s.content.split()),
                s.start.total_seconds(), s.end.total_seconds())
        for i, s in enumerate(subtitles)
    ]
    return _segments_to_parsed(segments, "srt", encoding, is_standard)
