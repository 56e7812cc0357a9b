"""Shared fixtures.

Golden files live in ``tests/golden/``. To regenerate them after an intended change, run
``KZTIMELINE_REGENERATE=1 python -m pytest`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kztimeline
from kztimeline import Timeline

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "events.toml"
EXPORTS = ROOT / "exports"
GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("KZTIMELINE_REGENERATE") == "1"


def assert_golden(name: str, data: bytes) -> None:
    """Compare ``data`` with ``tests/golden/<name>`` byte for byte (or rewrite it)."""
    path = GOLDEN / name
    if REGENERATE:
        path.write_bytes(data)
    assert path.is_file(), f"missing golden file {name}; run KZTIMELINE_REGENERATE=1 pytest"
    assert data == path.read_bytes(), f"{name} differs from the golden file"


@pytest.fixture(scope="session")
def timeline() -> Timeline:
    """The timeline of the project's events.toml."""
    return kztimeline.load(EVENTS)


HEADER = """\
[timeline]
title = "Test timeline"

[sources.a]
title = "Source A"
published = 2012-11-13
"""


@pytest.fixture
def write_events(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write an events file: ``write_events(body, header=HEADER) -> Path``."""

    def write(body: str, header: str = HEADER) -> Path:
        path = tmp_path / "events.toml"
        path.write_text(header + body, encoding="utf-8")
        return path

    return write
