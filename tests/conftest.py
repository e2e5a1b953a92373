"""Shared fixtures: transcripts of each format, written with that format's own library."""
from __future__ import annotations

from pathlib import Path

import os

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
# deduce's lookup cache (built once, about two minutes) is kept in the checkout between test runs
os.environ.setdefault("WERKZAAM_CACHE_DIR", str(REPO / ".cache"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write(tmp_path):
    """Write text (or bytes) to a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode(encoding))
        return path

    return _write
