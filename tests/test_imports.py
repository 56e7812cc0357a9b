"""Loading, querying, ``validate`` and ``list`` import neither matplotlib, icalendar nor the
CalDAV client."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import EVENTS

SCRIPT = f"""
import sys, kztimeline
from kztimeline.cli import main
timeline = kztimeline.load({str(EVENTS)!r})
timeline.between("2012-11-13", "2012-11-18", within=True)
timeline.filter(person="Altai Abibullayev")
assert main(["validate", {str(EVENTS)!r}]) == 0
assert main(["list", {str(EVENTS)!r}, "--from", "2012"]) == 0
assert main(["list", {str(EVENTS)!r}, "--json"]) == 0
heavy = sorted(
    name for name in ("matplotlib", "icalendar", "caldav", "niquests") if name in sys.modules
)
print("HEAVY", heavy, file=sys.stderr)
"""


def test_read_only_commands_do_not_import_the_exporters_dependencies() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    assert "HEAVY []" in result.stderr


def test_exporting_does_import_them_so_the_check_above_can_fail() -> None:
    script = SCRIPT.replace(
        "heavy =",
        f"kztimeline.from_ics(kztimeline.to_ics(kztimeline.load({str(EVENTS)!r})))\nheavy =",
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "HEAVY ['icalendar']" in result.stderr
