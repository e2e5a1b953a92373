"""Project exceptions: every user error names what, where and how to fix it.

Messages never contain transcript text: they name the file and line only.
"""
from __future__ import annotations

from pathlib import Path


class WerkzaamError(Exception):
    """Base class of all errors the CLI reports without a traceback."""


class InputError(WerkzaamError):
    """A problem with one input file, located by file and (where known) line."""

    def __init__(self, source: str | Path, problem: str, fix: str, line: int | None = None):
        self.source = str(source)
        self.problem = problem
        self.fix = fix
        self.line = line
        super().__init__(self.message)

    @property
    def where(self) -> str:
        return f"{self.source}, line {self.line}" if self.line else self.source

    @property
    def message(self) -> str:
        return f"{self.where}: {self.problem}. Fix: {self.fix}"


class SchemaError(WerkzaamError):
    """A table does not have the columns or types Werkzaam expects."""
