"""Transcription marks and fillers: kept verbatim in ``text``, removed in ``text_clean``."""
from __future__ import annotations

import re

#: Fillers removed from ``text_clean`` (whole words, any case, optionally repeated letters).
FILLERS = ("eh", "ehm", "euh", "uh", "uhm", "um", "ehh", "ehhm", "euhm")

# [onverstaanbaar], [overlap], (lacht), (.), (3): innermost bracketed segment; not a
# pseudonymisation tag such as [PERSOON-1], which stands for words
_MARK = re.compile(r"\[(?![A-Z]+-\d+\])[^\[\]()]*\]|\([^\[\]()]*\)")
_ELLIPSIS = re.compile(r"\.{2,}|…")
_FILLER = re.compile(r"(?<![\w-])(?:" + "|".join(FILLERS) + r")(?![\w-])[,.]?", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:?!])")
_LEADING_PUNCT = re.compile(r"^[\s,.;:]+")


def _strip_marks(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _MARK.sub(" ", text)
    return text


def clean_text(text: str) -> str:
    """Remove transcription marks, pauses, ellipses and fillers; normalise spacing.

    Bracketed and parenthesised segments are marks (``[overlap]``, ``(lacht)``, ``(.)``, ``(3)``);
    nested marks are removed from the inside out; an unbalanced bracket is left as it is.
    """
    text = _strip_marks(text)
    text = _ELLIPSIS.sub(" ", text)
    text = _FILLER.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _LEADING_PUNCT.sub("", text).strip()
