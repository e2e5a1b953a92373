"""ELAN .eaf (pympi-ling): one tier per speaker, annotations ordered by time.

The speaker is the tier's PARTICIPANT attribute, or the tier id. Dependent tiers (translations,
comments) are skipped. ``line`` is the line of the annotation in the XML file.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from pathlib import Path

from pympi.Elan import Eaf

from werkzaam.pipeline.errors import InputError
from werkzaam.pipeline.readers.segments import Parsed, Segment, to_turns

_ANNOTATION_ID = re.compile(r'ANNOTATION_ID="([^"]+)"')


def read_eaf(path: Path, is_standard: Callable[[str], bool]) -> Parsed:
    """Parse an ELAN .eaf transcript."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            eaf = Eaf(str(path))
    except Exception:  # pympi raises bare Exception for malformed EAF
        raise InputError(path, "not a valid ELAN (.eaf) file",
                         "open it in ELAN and save it again") from None
    text = path.read_text(encoding="utf-8", errors="replace")
    line_of = {m.group(1): text.count("\n", 0, m.start()) + 1 for m in _ANNOTATION_ID.finditer(text)}
    segments = []
    for tier_id, (aligned, _ref, attributes, _) in eaf.tiers.items():
        if attributes.get("PARENT_REF"):
            continue
        speaker = (attributes.get("PARTICIPANT") or "").strip() or tier_id
        for aid, (ts1, ts2, value, _svg) in aligned.items():
            start, end = eaf.timeslots.get(ts1), eaf.timeslots.get(ts2)
            if not (value or "").strip():
                continue
            segments.append(Segment(line_of.get(aid, 0), value.strip(),
                                    None if start is None else start / 1000,
                                    None if end is None else end / 1000, speaker=speaker))
    segments.sort(key=lambda s: (s.start if s.start is not None else float("inf"), s.line))
    parsed = Parsed([], "eaf", "xml")
    parsed.turns = to_turns(segments, is_standard, True, parsed.warnings)
    return parsed
