"""The codebook: codes, subcodes and their markers, loaded from YAML and validated.

The default is ``configs/codebook.yaml``; users pass their own with ``--codebook``. A broken
codebook raises :class:`CodebookError` naming the entry and how to fix it.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import yaml

from werkzaam.pipeline.errors import WerkzaamError

NONE_CODE = "OVERIG"
ROLES = ("worker", "client")
_TOKEN_KEYS = {"ORTH", "TEXT", "LOWER", "LEMMA", "NORM", "POS", "TAG", "IS_PUNCT", "IS_DIGIT", "LIKE_NUM",
               "IS_ALPHA", "IS_STOP", "LENGTH", "OP", "SHAPE", "IS_SPACE", "IS_TITLE", "IS_UPPER", "IS_LOWER"}


class CodebookError(WerkzaamError):
    """The codebook file is invalid."""


@dataclass(frozen=True)
class Subcode:
    code: str
    id: str
    label: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[tuple[dict, ...], ...] = ()
    role: str | None = None

    @property
    def key(self) -> str:
        return f"{self.code}:{self.id}"


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    definition: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    subcodes: tuple[Subcode, ...] = ()


@dataclass(frozen=True)
class Codebook:
    version: str
    name: str
    codes: tuple[Code, ...]
    source: str = ""
    sha256: str = field(default="", compare=False)

    @property
    def factor_codes(self) -> list[str]:
        """The factor codes in codebook order, without OVERIG."""
        return [c.code for c in self.codes if c.code != NONE_CODE]

    @property
    def subcodes(self) -> list[Subcode]:
        return [s for c in self.codes for s in c.subcodes]


def default_codebook_path() -> Path:
    return Path(str(files("werkzaam.configs").joinpath("codebook.yaml")))


def _fail(path, entry: str, problem: str, fix: str):
    raise CodebookError(f"{path}: {entry}: {problem}. Fix: {fix}")


def _check_pattern(path, entry: str, pattern) -> tuple[dict, ...]:
    if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
        _fail(path, entry, "a pattern must be a list of token dicts", "write it like [{LOWER: dat}, {LEMMA: klinken}]")
    for token in pattern:
        unknown = set(token) - _TOKEN_KEYS
        if unknown:
            _fail(path, entry, f"unknown token attribute(s) {', '.join(sorted(unknown))}",
                  f"use spaCy Matcher attributes such as {', '.join(sorted(_TOKEN_KEYS)[:6])}")
    return tuple(pattern)


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load and validate a codebook (default: the bundled ``configs/codebook.yaml``)."""
    path = Path(path) if path else default_codebook_path()
    try:
        raw_bytes = path.read_bytes()
        data = yaml.safe_load(raw_bytes)
    except FileNotFoundError:
        raise CodebookError(f"{path}: codebook not found. Fix: check the path") from None
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f", line {line + 1}" if line is not None else ""
        raise CodebookError(f"{path}{where}: not valid YAML. Fix: check indentation and quoting there") from None
    if not isinstance(data, dict) or not isinstance(data.get("codes"), list):
        _fail(path, "top level", "no 'codes' list", "start from configs/codebook.yaml")
    codes, seen = [], set()
    for i, entry in enumerate(data["codes"], 1):
        if not isinstance(entry, dict) or not entry.get("code"):
            _fail(path, f"codes entry {i}", "has no 'code'", "give every entry a code such as REL")
        name = str(entry["code"])
        if name in seen:
            _fail(path, f"code {name}", "occurs twice", "keep one entry per code")
        seen.add(name)
        if not entry.get("definition"):
            _fail(path, f"code {name}", "has no definition", "add a 'definition'")
        subs = []
        for j, sub in enumerate(entry.get("subcodes") or [], 1):
            if not isinstance(sub, dict) or not sub.get("id"):
                _fail(path, f"code {name}, subcode {j}", "has no 'id'", "give every subcode an id")
            entry_name = f"subcode {name}:{sub['id']}"
            role = sub.get("role")
            if role is not None and role not in ROLES:
                _fail(path, entry_name, f"role '{role}' is not worker or client", "fix or remove 'role'")
            phrases = sub.get("phrases") or []
            if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
                _fail(path, entry_name, "'phrases' must be a list of non-empty strings", "quote each phrase")
            patterns = tuple(_check_pattern(path, entry_name, p) for p in sub.get("patterns") or [])
            subs.append(Subcode(name, str(sub["id"]), str(sub.get("label", sub["id"])), tuple(phrases),
                                patterns, role))
        ids = [s.id for s in subs]
        if len(set(ids)) != len(ids):
            _fail(path, f"code {name}", "has a subcode id twice", "make subcode ids unique within the code")
        codes.append(Code(name, str(entry.get("label", name)), str(entry["definition"]),
                          tuple(entry.get("include") or ()), tuple(entry.get("exclude") or ()), tuple(subs)))
    if NONE_CODE not in seen:
        _fail(path, "codes", f"no {NONE_CODE} entry", f"add the code {NONE_CODE} for talk with none of the factors")
    if len(seen) < 2:
        _fail(path, "codes", "no factor codes", "add at least one code besides OVERIG")
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return Codebook(str(data.get("version", "")), str(data.get("name", "")), tuple(codes), str(path), digest)
