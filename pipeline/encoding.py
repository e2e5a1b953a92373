"""Decode transcript bytes: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 fallback."""
from __future__ import annotations

import codecs
from pathlib import Path

from werkzaam.pipeline.errors import InputError

# Bytes that are never in text: C0 controls other than tab, newline, form feed and carriage return.
_CONTROL = set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) | {0x7F}


def decode_text(data: bytes, source: str | Path) -> tuple[str, str]:
    """Return ``(text, encoding)`` for a text transcript, or raise :class:`InputError`.

    UTF-16 needs its byte-order mark. Bytes that are not UTF-8 are read as Windows-1252,
    the encoding of text saved by older Windows editors and Word ("Tekst zonder opmaak").
    """
    if not data.strip():
        raise InputError(source, "the file is empty", "check that the export or copy finished")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[2:], name, source), "utf-16"
    if any(b in _CONTROL for b in data[:65536]):
        raise InputError(
            source, "the file looks binary (it holds control bytes), not a text transcript",
            "export the transcript as text (.txt, .vtt, .srt), .docx, .xlsx, .csv or .eaf",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _strict(data, "cp1252", source), "cp1252"


def _strict(data: bytes, encoding: str, source: str | Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n" if "16" not in encoding else "\n".encode(encoding)) + 1
        raise InputError(
            source, f"the bytes are not valid {encoding}", "save the file again as UTF-8", line=line
        ) from None


def read_text(path: Path) -> tuple[str, str]:
    """Read and decode a text file; see :func:`decode_text`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})", "check the path and permissions") from None
    return decode_text(data, path)
