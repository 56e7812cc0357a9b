"""Shared fixtures.

Golden files live in ``tests/golden/``. To regenerate them after an intended change, run
``KZTIMELINE_REGENERATE=1 python -m pytest`` and review the diff.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

import kztimeline
from kztimeline import Timeline
from kztimeline.draft import draft

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "events.toml"
EXPORTS = ROOT / "exports"
GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("KZTIMELINE_REGENERATE") == "1"
FUZZ = os.environ.get("KZTIMELINE_FUZZ") == "1"

# The test command is a gate, so it draws the same examples on every run: a failure it
# reports can be reproduced, and it never fails for a reason the change did not bring.
# KZTIMELINE_FUZZ=1 explores instead, with fresh random examples and 10,000 of them in the
# fuzz tests; save what it finds under tests/corpus/.
settings.register_profile("gate", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, print_blob=True)
settings.load_profile("explore" if FUZZ else "gate")
FUZZ_EXAMPLES = 10_000 if FUZZ else 200


def drafted_events(text: str, published: str | None = None) -> dict[str, tuple[str, str | None]]:
    """The events ``kztimeline draft`` finds in ``text``: each date's title and status."""
    return {
        event.date.text: (event.title, event.status) for event in draft(text, published=published)
    }


def benchmark_module(name: str) -> ModuleType:
    """``benchmarks/<name>.py``, which is a script folder, not a package."""
    path = ROOT / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


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


VARIED = """\
[timeline]
title = "Status, repeats and zones"

[sources.a]
title = "Source A"

[people.buzz]
name = "Buzz Aldrin"
aliases = ["Edwin Aldrin"]
role = "Lunar module pilot"

[[events]]
id = "launch"
title = "Apollo 11 launch"
date = 1969-07-16T09:32:00
timezone = "America/New_York"
place = "Kennedy Space Center, Florida"
people = ["buzz"]
sources = ["a"]

[[events]]
id = "parade"
title = "Parade"
date = "1969-08-13"
status = "cancelled"
kind = "ceremony"
tags = ["nyc"]
sources = ["a"]

[[events]]
id = "anniversary"
title = "Moon landing anniversary"
date = "1970-07-20"
repeat = "FREQ=YEARLY"
place = "Ellington AFB, Houston"
sources = ["a"]

[[events]]
id = "briefing"
title = "Weekly briefing"
date = 2012-11-12T00:30:00
timezone = "Asia/Almaty"
repeat = "FREQ=WEEKLY;COUNT=12"
status = "tentative"
sources = ["a"]
"""
"""Events with every status, a repeat rule and local times in two zones."""


@pytest.fixture
def varied(tmp_path: Path) -> Timeline:
    """The :data:`VARIED` timeline."""
    path = tmp_path / "varied.toml"
    path.write_text(VARIED, encoding="utf-8")
    return kztimeline.load(path)
