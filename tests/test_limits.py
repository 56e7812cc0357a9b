"""Resource limits: big files, deep nesting, long keys, endless rules and endless axes.

Each is refused with one line, or handled in bounded work. How fast the refusals are is
measured by ``benchmarks/run.py`` (the "hostile input" rows), not here.
"""

from __future__ import annotations

import importlib
import io
from contextlib import redirect_stderr
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

import kztimeline
from kztimeline import QueryError, TimelineFileError
from kztimeline._locate import MAX_KEY_PARTS, MAX_NESTING
from kztimeline.cli import main
from kztimeline.load import DEFAULT_MAX_BYTES
from kztimeline.recurrence import MAX_OCCURRENCES, occurrence_starts
from tests.conftest import FUZZ_EXAMPLES

load_module = importlib.import_module("kztimeline.load")  # the module, not the function
HEADER = '[timeline]\ntitle = "T"\n\n[sources.a]\ntitle = "A"\n\n'


def event(event_id: str, written: str, repeat: str = "") -> str:
    text = f'[[events]]\nid = "{event_id}"\ntitle = "{event_id}"\ndate = {written}\n'
    return text + 'sources = ["a"]\n' + (f'repeat = "{repeat}"\n' if repeat else "")


def cli(*arguments: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(list(arguments))
    return code, err.getvalue()


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the loader reaches the TOML parser."""

    def refuse(text: str) -> dict[str, Any]:
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(load_module.tomli, "loads", refuse)


class TestSize:
    def test_the_default_limit_is_64_mib(self) -> None:
        assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024

    def test_a_file_one_byte_over_the_default_is_refused_unparsed(
        self, tmp_path: Path, no_parsing: None
    ) -> None:
        path = tmp_path / "big.toml"
        with path.open("wb") as stream:
            stream.write(HEADER.encode())
            stream.truncate(DEFAULT_MAX_BYTES + 1)  # the rest reads as NUL bytes
        with pytest.raises(TimelineFileError) as caught:
            kztimeline.load(path)
        assert str(caught.value) == (
            f"{path}: is larger than the limit of 67,108,864 bytes; "
            "split it, or raise the limit with --max-bytes"
        )
        code, err = cli("validate", str(path))
        assert (code, err.count("\n")) == (2, 1)
        assert "--max-bytes" in err  # the CLI says how to raise it

    def test_the_limit_is_configurable(self, tmp_path: Path, no_parsing: None) -> None:
        path = tmp_path / "events.toml"
        path.write_text(HEADER + event("e", "2012-11-12"), encoding="utf-8")
        with pytest.raises(TimelineFileError, match="larger than the limit of 100 bytes"):
            kztimeline.load(path, max_bytes=100)
        assert cli("validate", str(path), "--max-bytes", "100")[0] == 2

    def test_a_file_at_the_limit_is_read(self, tmp_path: Path) -> None:
        text = HEADER + event("e", "2012-11-12")
        path = tmp_path / "events.toml"
        path.write_text(text, encoding="utf-8")
        assert len(kztimeline.load(path, max_bytes=len(text.encode()))) == 1


class TestStructure:
    @pytest.mark.parametrize(
        "value",
        ["[" * 5000 + "]" * 5000, "{a = " * 5000 + "1" + "}" * 5000],
        ids=["arrays", "inline tables"],
    )
    def test_nesting_5000_deep_is_refused(self, tmp_path: Path, value: str) -> None:
        path = tmp_path / "events.toml"
        path.write_text(HEADER + f"x = {value}\n", encoding="utf-8")
        with pytest.raises(TimelineFileError) as caught:
            kztimeline.load(path)
        assert str(caught.value) == (
            f"{path}:7: arrays or tables are nested too deeply "
            f"(over {MAX_NESTING} levels); flatten them"
        )

    @pytest.mark.parametrize(
        "key",
        [
            "a" + ".a" * 19_999,
            ".".join(['"a"'] * 20_000),
            "[" + ".".join(["t"] * 20_000) + "]",
            "x = {" + " . ".join(["k"] * 20_000) + " = 1}",
        ],
        ids=["bare", "quoted", "table header", "inline table"],
    )
    def test_a_key_of_20000_parts_is_refused_unparsed(
        self, tmp_path: Path, no_parsing: None, key: str
    ) -> None:
        """tomllib's time is quadratic in the parts of a key (8 s for these), so the
        loader refuses them before parsing."""
        path = tmp_path / "events.toml"
        path.write_text(HEADER + key + (" = 1\n" if "=" not in key else "\n"), encoding="utf-8")
        with pytest.raises(TimelineFileError) as caught:
            kztimeline.load(path)
        assert str(caught.value) == (
            f"{path}:7: a key has more than {MAX_KEY_PARTS} dotted parts; shorten it"
        )

    def test_the_pre_parse_search_and_the_locator_agree_on_the_limit(self) -> None:
        assert load_module._KEY_PARTS.endswith(f"{{{MAX_KEY_PARTS}}}")

    def test_dots_in_a_string_are_not_a_long_key(self, tmp_path: Path) -> None:
        """The search may match prose; the locator, which knows strings, lets it through."""
        prose = "\n".join(["word. " * 150] * 3)
        path = tmp_path / "events.toml"
        path.write_text(
            HEADER + event("e", "2012-11-12") + f'description = """\n{prose}\n"""\n',
            encoding="utf-8",
        )
        assert kztimeline.load(path)["e"].description == prose + "\n"

    def test_100_parts_are_allowed(self, tmp_path: Path) -> None:
        path = tmp_path / "events.toml"
        key = ".".join(["k"] * MAX_KEY_PARTS)
        path.write_text(HEADER + f"[people.p]\nname = 'P'\n{key} = 1\n", encoding="utf-8")
        with pytest.raises(TimelineFileError, match="k: unknown key"):
            kztimeline.load(path)


class TestEndlessRules:
    def timeline(self, *events: str) -> kztimeline.Timeline:
        return kztimeline.loads(HEADER + "".join(events))

    def test_a_yearly_rule_with_no_end_over_years_1_to_9999(self) -> None:
        timeline = self.timeline(event("y", "2012-11-12", "FREQ=YEARLY"))
        found = timeline.between(date(1, 1, 1), date(9999, 12, 31))
        assert len(found) == 9999 - 2012 + 1
        assert list(found)[-1].first_day == date(9999, 11, 12)

    def test_a_daily_rule_over_years_1_to_9999_is_refused_in_one_line(self) -> None:
        timeline = self.timeline(event("d", "2012-11-12", "FREQ=DAILY"))
        with pytest.raises(QueryError) as caught:
            timeline.between(date(1, 1, 1), date(9999, 12, 31))
        assert str(caught.value) == (
            f"the window holds more than {MAX_OCCURRENCES:,} occurrences of the rule "
            "'FREQ=DAILY'; narrow the window"
        )

    def test_the_cli_says_the_same_and_exits_2(self, tmp_path: Path) -> None:
        path = tmp_path / "events.toml"
        path.write_text(HEADER + event("d", "2012-11-12", "FREQ=DAILY"), encoding="utf-8")
        code, err = cli("list", str(path), "--from", "0001-01-01", "--to", "9999-12-31")
        assert (code, err.count("\n")) == (2, 1)
        assert "narrow the window" in err

    def test_a_window_in_year_9999_is_expanded_there_only(self) -> None:
        """The rule's start moves to the window by whole periods, so this costs what a
        window near 2012 does instead of some three million steps."""
        timeline = self.timeline(event("d", "2012-11-12", "FREQ=DAILY;INTERVAL=3"))
        found = timeline.between(date(9999, 12, 1), date(9999, 12, 31))
        first = (date(9999, 12, 1) - date(2012, 11, 12)).days
        expected = [
            date(2012, 11, 12) + timedelta(days=n)
            for n in range(first + (-first) % 3, first + 31, 3)  # every third day of December
        ]
        assert len(expected) == 10
        assert [occurrence.first_day for occurrence in found] == expected


RULES = st.builds(
    lambda frequency, interval, extra: f"FREQ={frequency};INTERVAL={interval}{extra}",
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    st.integers(1, 5),
    st.sampled_from(
        [
            "",
            ";BYDAY=MO,WE",
            ";BYDAY=-1FR",
            ";BYMONTHDAY=1,15,-1",
            ";BYMONTH=2,11",
            ";BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            ";WKST=SU;BYDAY=SU,SA",
            ";BYYEARDAY=1,-1",
            ";BYWEEKNO=20;BYDAY=MO",
            ";UNTIL=20501231",
        ]
    ),
)


@settings(max_examples=FUZZ_EXAMPLES)
@given(
    RULES,
    st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    st.dates(date(1990, 1, 1), date(2060, 12, 31)),
    st.integers(0, 120),
)
def test_moving_the_start_keeps_every_occurrence(
    rule: str, start: date, window_start: date, length: int
) -> None:
    """What the moved start gives equals dateutil's own expansion from the real start."""
    window_end = window_start + timedelta(days=length)
    written = kztimeline.parse_date(start.isoformat())
    ours = list(occurrence_starts(rule, written, window_start, window_end))
    expanded = rrulestr(rule, dtstart=datetime.combine(start, time.min))
    theirs = [
        moment.date()
        for moment in expanded.between(
            datetime.combine(window_start, time.min),
            datetime.combine(window_end, time.max),
            inc=True,
        )
    ]
    assert ours == theirs


class TestEndlessAxis:
    def test_years_1_to_9999_render_at_the_default_size(self, tmp_path: Path) -> None:
        """A timeline from year 1 to 9999, with an endless daily rule, draws on the usual
        canvas: the axis is compressed, never the figure grown."""
        timeline = self.timeline()
        figure = kztimeline.render(timeline)
        width, height = figure.get_size_inches()
        assert width == pytest.approx(16 / 2.54)
        assert height < 12.0
        code, err = cli("plot", str(self.path(tmp_path)), "-o", str(tmp_path / "t.png"))
        assert (code, err) == (0, "")

    def timeline(self) -> kztimeline.Timeline:
        return kztimeline.loads(self.text())

    def path(self, folder: Path) -> Path:
        path = folder / "events.toml"
        path.write_text(self.text(), encoding="utf-8")
        return path

    @staticmethod
    def text() -> str:
        return HEADER + "".join(
            [
                event("first", '"0001"'),
                event("daily", "2012-11-12", "FREQ=DAILY"),
                event("last", '"9999-12-31"'),
            ]
        )
