"""Fuzzing: whatever comes in, kztimeline gives correct output or one clear line and exit 2.

Every property here runs ``FUZZ_EXAMPLES`` examples: 200 in the test command, 10,000 with
``KZTIMELINE_FUZZ=1`` (which also draws fresh random examples; see conftest). A failure prints
the example; save it under ``tests/corpus/`` with its expected line once it is fixed.
"""

from __future__ import annotations

import io
import json
import math
import tempfile
import tomllib
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kztimeline
from kztimeline import KztimelineError, Timeline
from kztimeline.cli import main
from kztimeline.export.ics import DEFAULT_UID_DOMAIN, to_ics
from kztimeline.load import DEFAULT_MAX_PROBLEMS
from tests.conftest import EVENTS, FUZZ_EXAMPLES
from tests.test_dates import edtf_strings

SEED = EVENTS.read_bytes()
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def refuses_cleanly_or_loads(data: bytes, folder: Path) -> Timeline | None:
    """Load ``data`` from a file, and validate it through the CLI: both must agree, the
    CLI must exit 0 or 2, and a refusal must be one line naming the file per problem (then
    their count, when there are several)."""
    path = folder / "events.toml"
    path.write_bytes(data)
    try:
        timeline: Timeline | None = kztimeline.load(path)
        message = None
    except KztimelineError as err:  # any other exception fails the test
        timeline, message = None, str(err)
        problems = [str(problem) for problem in getattr(err, "problems", (err,))]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["validate", str(path)])
    if message is None:
        assert code == 0
        assert err.getvalue() == ""
        return timeline
    assert code == 2
    assert problems[0] == message
    for problem in problems:
        assert problem.startswith(f"{path}")
        assert "\n" not in problem
        assert "\r" not in problem
    count = [f"{len(problems)} problems in {path}"] if len(problems) > 1 else []
    if len(problems) > DEFAULT_MAX_PROBLEMS:
        count[0] += f"; the first {DEFAULT_MAX_PROBLEMS} are shown, --max-problems N shows more"
    shown = problems[:DEFAULT_MAX_PROBLEMS]
    assert err.getvalue() == "\n".join([*shown, *count]) + "\n"
    assert out.getvalue() == ""
    return None


# --- Mutated copies of events.toml --------------------------------------------------------


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True) or [b""]


MUTATIONS: dict[str, Callable[[bytes, st.DataObject], bytes]] = {
    "drop a line": lambda data, draw: b"".join(
        line
        for index, line in enumerate(_lines(data))
        if index != draw.draw(st.integers(0, len(_lines(data)) - 1))
    ),
    "duplicate a line": lambda data, draw: (
        lambda lines, index: b"".join(lines[: index + 1] + lines[index:])
    )(_lines(data), draw.draw(st.integers(0, len(_lines(data)) - 1))),
    "flip a byte": lambda data, draw: (
        (lambda index, bit: data[:index] + bytes([data[index] ^ (1 << bit)]) + data[index + 1 :])(
            draw.draw(st.integers(0, max(len(data) - 1, 0))), draw.draw(st.integers(0, 7))
        )
        if data
        else data
    ),
    "replace a character": lambda data, draw: (
        lambda index, char: data[:index] + char + data[index + 1 :]
    )(
        draw.draw(st.integers(0, max(len(data) - 1, 0))),
        draw.draw(st.sampled_from([b'"', b"'", b"[", b"]", b"=", b"\n", b"#", b"\\", b".", b"{"])),
    ),
    "truncate": lambda data, draw: data[: draw.draw(st.integers(0, len(data)))],
    "insert random bytes": lambda data, draw: (
        lambda index, noise: data[:index] + noise + data[index:]
    )(draw.draw(st.integers(0, len(data))), draw.draw(st.binary(min_size=1, max_size=16))),
    "swap two lines": lambda data, draw: (
        lambda lines, a, b: b"".join(
            lines[b] if i == a else lines[a] if i == b else line for i, line in enumerate(lines)
        )
    )(
        _lines(data),
        draw.draw(st.integers(0, len(_lines(data)) - 1)),
        draw.draw(st.integers(0, len(_lines(data)) - 1)),
    ),
}


@FUZZ
@given(st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=4), st.data())
def test_mutated_events_toml_loads_or_is_refused_in_one_line(
    folder: Path, mutations: list[str], data: st.DataObject
) -> None:
    """Dropped, duplicated or swapped lines, flipped bits, stray quotes and brackets,
    truncation and random bytes: never a traceback, never more than one line."""
    mutated = SEED
    for name in mutations:
        mutated = MUTATIONS[name](mutated, data)
    refuses_cleanly_or_loads(mutated, folder)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_are_refused_in_one_line(folder: Path, noise: bytes) -> None:
    refuses_cleanly_or_loads(noise, folder)


# --- Structurally valid TOML with wrong types ---------------------------------------------

SEED_DOCUMENT = tomllib.loads(SEED.decode("utf-8"))

toml_scalars = st.one_of(
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63, max_value=2**200),  # beyond what TOML promises
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.dates(),
    st.datetimes(timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=6))])),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.text(min_size=1, max_size=8), children, max_size=3),
    ),
    max_leaves=8,
)


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest
    (astral characters included, which JSON would write as surrogate pairs) as it is."""
    return (
        '"'
        + "".join(
            "\\" + char
            if char in '"\\'
            else f"\\u{ord(char):04X}"
            if ord(char) < 0x20 or ord(char) == 0x7F
            else char
            for char in text
        )
        + '"'
    )


def toml_value(value: Any) -> str:
    """``value`` written as TOML (inline tables for tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return ("-inf" if value < 0 else "inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_document(document: dict[str, Any]) -> str:
    """A whole document: top-level tables as ``[name]``, the events as ``[[events]]``."""
    parts = []
    for key, value in document.items():
        if key == "events" and isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for event in value:
                parts.append("[[events]]\n")
                parts.extend(f"{toml_string(k)} = {toml_value(v)}\n" for k, v in event.items())
        else:
            parts.append(f"{toml_string(key)} = {toml_value(value)}\n")
    return "".join(parts)


@FUZZ
@given(st.data())
def test_wrong_types_anywhere_are_refused_in_one_line(folder: Path, data: st.DataObject) -> None:
    """Replace one value of events.toml, at any depth, by any TOML value (``date = true``,
    arrays where strings belong, integers past 64 bits, tables, times), or add one."""
    document = tomllib.loads(toml_document(SEED_DOCUMENT))  # a deep copy
    node: Any = document
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = data.draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and data.draw(st.booleans()):
            node = child
            continue
        if isinstance(node, dict) and data.draw(st.integers(0, 4)) == 0:
            key = data.draw(st.text(min_size=1, max_size=8))  # an unknown key
        node[key] = data.draw(toml_values)
        break
    refuses_cleanly_or_loads(toml_document(document).encode("utf-8"), folder)


def test_the_document_writer_round_trips_events_toml() -> None:
    """The writer the wrong-type test relies on gives back events.toml's own data."""
    assert tomllib.loads(toml_document(SEED_DOCUMENT)) == SEED_DOCUMENT


# --- Round trips of random valid timelines --------------------------------------------------

_ALLOWED = st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
    blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff",
)
titles = st.text(_ALLOWED, min_size=1, max_size=60).filter(lambda text: text.strip() == text)
descriptions = st.lists(
    st.text(_ALLOWED, min_size=1, max_size=40).filter(lambda text: text.strip() == text),
    min_size=1,
    max_size=4,
).map("\n".join)
ids = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", fullmatch=True)


@st.composite
def timelines(draw: st.DrawFn) -> str:
    """The text of a valid events.toml with up to 6 random events."""
    chosen = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    parts = ['[timeline]\ntitle = "Random"\n\n[sources.s]\ntitle = "A source"\n']
    for event_id in chosen:
        parts.append(
            f"\n[[events]]\nid = {toml_string(event_id)}\ntitle = {toml_string(draw(titles))}\n"
            f'date = {toml_string(draw(edtf_strings()))}\nsources = ["s"]\n'
        )
        if draw(st.booleans()):
            parts.append(f"description = {toml_string(draw(descriptions))}\n")
    return "".join(parts)


@settings(max_examples=FUZZ_EXAMPLES // 2)
@given(timelines())
def test_to_ics_read_by_icalendar_gives_back_every_event(text: str) -> None:
    """ids, titles, descriptions, dates as written (so precision and qualifiers) and the
    days they cover survive the calendar, as another program reads it."""
    timeline = kztimeline.loads(text)
    calendar = icalendar.Calendar.from_ical(to_ics(timeline))
    read = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert sorted(read) == sorted(f"{event.id}@{DEFAULT_UID_DOMAIN}" for event in timeline)
    for event in timeline:
        found = read[f"{event.id}@{DEFAULT_UID_DOMAIN}"]
        assert str(found["SUMMARY"]) == event.title
        assert str(found["X-KZTIMELINE-DATE"]) == event.date.text
        description = str(found["DESCRIPTION"])
        if event.description:
            assert description.startswith(event.description + "\n\n")
        first = found.decoded("DTSTART")
        if "DTEND" in found:
            last = found.decoded("DTEND") - timedelta(days=1)
        else:  # the period ends on 31 Dec 9999: the day after it has no date
            last = first + (found.decoded("DURATION") - timedelta(days=1))
        assert (first, last) == (
            event.date.known_first_day,
            event.date.known_last_day,
        )


@settings(max_examples=FUZZ_EXAMPLES // 2)
@given(timelines())
def test_list_json_gives_back_every_event(text: str) -> None:
    """The same fields survive ``kztimeline list --json``, in chronological order."""
    timeline = kztimeline.loads(text)
    records = _list_json(text)
    assert [record["id"] for record in records] == [event.id for event in timeline]
    for record, event in zip(records, timeline, strict=True):
        assert record["title"] == event.title
        assert record["date"] == event.date.text
        assert record["precision"] == event.precision.value
        assert record["qualifier"] == event.qualifier.value
        assert record.get("description") == event.description
        assert (record["first_day"], record["last_day"]) == (
            event.first_day.isoformat(),
            event.last_day.isoformat(),
        )
        assert kztimeline.parse_date(record["date"]) == event.date


def _list_json(text: str) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "events.toml"
        path.write_text(text, encoding="utf-8")
        out = io.StringIO()
        with redirect_stdout(out):
            assert main(["list", str(path), "--json"]) == 0
    records: list[dict[str, Any]] = json.loads(out.getvalue())
    return records
