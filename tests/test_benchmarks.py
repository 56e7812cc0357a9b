"""The benchmark harness runs, and its synthetic events are what the issue asks for.

Nothing here is timed: the harness runs at N = 1,000 only, to prove that every row of its table
is produced. The numbers themselves are in benchmarks/README.md.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import pytest

import kztimeline
from tests.conftest import benchmark_module

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return benchmark_module("generate")


def _kind(event: dict[str, object]) -> str:
    value = event["date"]
    if "repeat" in event:
        return "recurring"
    if isinstance(value, date):
        return "single"
    assert isinstance(value, str)
    if "/" not in value:
        return "imprecise"
    start, end = value.split("/")
    if len(end) == 10 and (date.fromisoformat(end) - date.fromisoformat(start)).days < 30:
        return "range"
    return "term"


class TestGenerate:
    def test_the_same_seed_gives_the_same_text(self, generate: ModuleType) -> None:
        """Two runs with one seed give identical files; another seed gives another file."""
        assert generate.generate(2_000, seed=7) == generate.generate(2_000, seed=7)
        assert generate.generate(2_000, seed=7) != generate.generate(2_000, seed=8)

    @pytest.mark.parametrize("n", [100, 1_000, 4_321])
    def test_the_mix_is_exact(self, generate: ModuleType, n: int) -> None:
        """80% single days, 12% short ranges, 5% months or years, 2% terms, 1% yearly rules."""
        events = tomllib.loads(generate.generate(n))["events"]
        counts = {name: 0 for name, _ in generate.MIX}
        for event in events:
            counts[_kind(event)] += 1
        assert counts == generate.kind_counts(n)
        if n == 1_000:
            assert counts == {
                "single": 800,
                "range": 120,
                "imprecise": 50,
                "term": 20,
                "recurring": 10,
            }

    @pytest.mark.parametrize("n", [100, 1_000, 4_321])
    def test_the_long_ranges_mix_is_exact(self, generate: ModuleType, n: int) -> None:
        """80% single days, 12% ranges of up to 29 days, 5% months or years, 3% ranges of
        400–3,000 days, and no rules."""
        events = tomllib.loads(generate.generate(n, mix="long-ranges"))["events"]
        counts = dict.fromkeys(("single", "short", "imprecise", "long"), 0)
        for event in events:
            kind = _kind(event)
            if kind == "range":
                start, end = (date.fromisoformat(side) for side in str(event["date"]).split("/"))
                kind = "short" if (end - start).days < 29 else "other"
            elif kind == "term":
                start, end = (date.fromisoformat(side) for side in str(event["date"]).split("/"))
                kind = "long" if 399 <= (end - start).days <= 2999 else "other"
            counts[kind] += 1
        assert counts == generate.kind_counts(n, "long-ranges")
        if n == 1_000:
            assert counts == {"single": 800, "short": 120, "imprecise": 50, "long": 30}

    def test_the_open_rules_mix_is_what_the_issue_measured_on(self, generate: ModuleType) -> None:
        """3% weekly or monthly rules, about a third with no end, 2% timed events in six zones
        (besides the timed rules), 1–3 sources; the file loads, and its endless rules answer a
        query in 2030."""
        text = generate.generate(1_000, mix="open-rules")
        events = tomllib.loads(text)["events"]
        rules = [event["repeat"] for event in events if "repeat" in event]
        assert len(rules) == 30
        assert {rule.split(";")[0] for rule in rules} == {"FREQ=WEEKLY", "FREQ=MONTHLY"}
        endless = [rule for rule in rules if "COUNT" not in rule and "UNTIL" not in rule]
        assert 5 <= len(endless) <= 15
        timed = [
            event
            for event in events
            if "repeat" not in event
            and (isinstance(event["date"], datetime) or "T" in str(event["date"]))
        ]
        assert len(timed) == 20
        assert {len(event["sources"]) for event in events} == {1, 2, 3}
        timeline = kztimeline.loads(text)
        later = timeline.between("2030-01", "2030-12")
        assert {event.id for event in later if event.recurrence_id} >= {
            event["id"] for event in events if event.get("repeat") in endless
        } - {event["id"] for event in events if str(event["date"]) > "2030-12-31"}

    def test_the_events_load_and_stay_in_1950_to_2030(self, generate: ModuleType) -> None:
        """The file is valid for kztimeline.loads, and every occurrence lies in 1950–2030."""
        timeline = kztimeline.loads(generate.generate(1_000))
        assert len(timeline) == 1_000
        assert len(timeline.sources) > 1
        assert len(timeline.people) > 1
        everything = timeline.between("1900", "2100")
        assert min(event.first_day for event in everything) >= date(1950, 1, 1)
        assert max(event.last_day for event in everything) <= date(2030, 12, 31)
        assert all(event.repeat is None or "YEARLY" in event.repeat for event in timeline)


# The harness runs in three pieces, so that the test workers share it: the rows every run
# has (load, queries, memory) with the calendar and its peers; the pictures; the command line,
# the hostile files and the rows of work that must grow linearly (at tiny sizes, on one mix).
# Together they print every operation of the table.
GROWTH = ("changes", "draft", "import")
HARNESS_PIECES = {
    # Both run the open-rules mix, whose month's answer is also costed per event.
    "queries and calendar": (
        "plot,cli,hostile," + ",".join(GROWTH),
        {"to_ics", "1-month between, per event"},
    ),
    "pictures": (
        "ics,peer,cli,hostile," + ",".join(GROWTH),
        {
            "save_plot PNG",
            "save_plot growth",
            "save_plot 300 labelled",
            "1-month between, per event",
        },
    ),
    "command line, hostile files and growth": (
        "ics,peer,plot",
        {
            "CLI cold start",
            "refuse hostile file",
            "ics with changes",
            "draft repeated sentences",
            "draft one long sentence",
            "import a large calendar",
        },
    ),
}
# The growth rows at sizes that take milliseconds, and one mix where the piece is not about it.
PIECE_OPTIONS = {
    "command line, hostile files and growth": (
        *("--mixes", "standard", "--changes", "50,200", "--sentences", "20,80"),
        *("--import-mb", "0.05"),
        # Three cold starts of each process show the row; the table's medians take 21.
        *("--cli-runs", "3"),
    ),
}
ALWAYS = {
    "load + validate",
    "1-day between",
    "1-month between",
    "first query (index build)",
    "peak RSS, load + index",
}


def script_table(script: str, *arguments: str) -> tuple[list[str], list[list[str]]]:
    """The lines that ``benchmarks/<script>`` prints with ``arguments``, and the cells of
    each row of its Markdown table."""
    finished = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *arguments],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    lines = finished.stdout.strip().splitlines()
    return lines, [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]


def harness_rows(without: str, size: int = 1000, *options: str) -> list[list[str]]:
    """The table rows of a quick run at N = ``size`` leaving out the parts in ``without``; the
    picture that must name every event has 60 events, not the table's 300."""
    lines, rows = script_table(
        "run.py",
        *("--sizes", str(size), "--repeat", "1", "--budget", "0.2", "--labelled", "60"),
        # tomllib needs gigabytes for the 20,000-part key; the refusal is what is tested.
        *("--key-parts", "2000", "--without", without, "--quiet"),
        *options,
    )
    assert lines[0].startswith("| operation | N | kztimeline |")
    assert all(len(row) == 7 for row in rows), lines
    measured = [row for row in rows if row[0] != "save_plot growth"]
    assert not [row for row in measured if "not available" in row[2]], lines
    return rows


def test_the_pieces_cover_every_operation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The three pieces below print, between them, every operation of the table."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # run.py imports generate.py beside it
    run = benchmark_module("run")
    covered = set(ALWAYS).union(*(operations for _, operations in HARNESS_PIECES.values()))
    assert covered == set(run.OPERATIONS)
    assert {part for without, _ in HARNESS_PIECES.values() for part in without.split(",")} == set(
        run.PARTS
    )


@pytest.mark.parametrize("piece", list(HARNESS_PIECES))
def test_the_harness_prints_every_row(piece: str) -> None:
    """A quick run at N = 1,000 (30 for the pictures, which draw every page) prints one
    Markdown table with a row for each operation of its piece, each measured."""
    without, operations = HARNESS_PIECES[piece]
    rows = harness_rows(without, 30 if piece == "pictures" else 1000, *PIECE_OPTIONS.get(piece, ()))
    assert {row[0] for row in rows} == ALWAYS | operations
    between = [row for row in rows if row[0] == "1-month between"]
    assert "linear scan" in between[0][3]
    if piece == "queries and calendar":
        mixes = {row[1].split("(")[1].rstrip(")") for row in rows if row[0] == "1-day between"}
        assert mixes == {"standard", "long-ranges", "open-rules"}
        per_event = [row for row in rows if row[0] == "1-month between, per event"]
        assert [row[1] for row in per_event] == ["1,000 (open-rules)"]
        assert "`model_copy()`" in per_event[0][3]
    if "changes" not in without:
        growth = [row for row in rows if row[0] == "ics with changes"]
        assert [row[1] for row in growth] == ["50 changes", "200 changes"]
        assert growth[1][4].endswith("×")
    if "peer" not in without:
        assert "recurring_ical_events" in between[1][3]
    if "ics" not in without:
        to_ics = [row for row in rows if row[0] == "to_ics"]
        assert [row[3].split(":")[0] for row in to_ics] == ["`icalendar` build + `to_ical()`"]
        assert to_ics[0][5] == "≤ 0.5× icalendar"
    if "hostile" not in without:
        hostile = [row for row in rows if row[0] == "refuse hostile file"]
        assert [row[1] for row in hostile][-1] == "a key of 2,000 parts"


def test_the_picture_benchmark_prints_a_row_per_mix() -> None:
    """benchmarks/pictures.py at 30 events (at 40 dpi, to be quick): one row per mix of
    generate.py, each with the page count, both times and their ratio (nothing timed is
    asserted)."""
    lines, rows = script_table("pictures.py", "--sizes", "30", "--repeat", "1", "--dpi", "40")
    assert lines[0].startswith("| N in view | mix | pages (layout) | kztimeline | annotate() |")
    assert [row[:2] for row in rows] == [["30", "standard"], ["30", "long-ranges"]]
    for row in rows:
        assert row[3].endswith(" s")
        assert row[4].endswith(" s")
        assert row[5].endswith("×")
