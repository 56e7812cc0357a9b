"""The command line: summaries, tables, JSON, the committed schema, and the default file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kztimeline.cli import main
from tests.conftest import EVENTS, ROOT


def test_validate_prints_a_one_line_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EVENTS)]) == 0
    assert capsys.readouterr().out == f"{EVENTS}: valid: 14 events, 2 sources, 8 people\n"


def test_list_json_has_the_written_date_and_iso_days(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", str(EVENTS), "--json", "--kind", "review"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert {key: record[key] for key in ("id", "title", "date", "first_day", "last_day")} == {
        "id": "upr-first-report-2010",
        "title": "Kazakhstan presents its first Universal Periodic Review report",
        "date": "2010-02",
        "first_day": "2010-02-01",
        "last_day": "2010-02-28",
    }


def test_list_without_within_adds_the_overlapping_events(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["list", str(EVENTS), "--from", "2012-11-13", "--to", "2012-11-18"]) == 0
    dates = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert dates == [
        "../2012",
        "2012",
        "2012-01-17/2012-12-31",
        "2012-11-12/2012-11-13",
        "2012-11-14",
        "2012-11-14/2012-11-16",
        "2012-11-15/2012-11-16",
        "2012-11-16/2012-11-18",
    ]


def test_schema_prints_the_committed_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """kztimeline.schema.json is what `kztimeline schema` prints; regenerate it if not."""
    assert main(["schema"]) == 0
    committed = (ROOT / "kztimeline.schema.json").read_text(encoding="utf-8")
    assert capsys.readouterr().out == committed


def test_file_defaults_to_events_toml_here_else_the_bundled_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 0
    assert "valid: 14 events" in capsys.readouterr().out
    (tmp_path / "events.toml").write_text(
        '[timeline]\ntitle = "T"\n[sources.a]\ntitle = "A"\n[[events]]\nid = "e"\n'
        'title = "x"\ndate = 2012-11-14\nsources = ["a"]\n',
        encoding="utf-8",
    )
    assert main(["validate"]) == 0
    assert capsys.readouterr().out == "events.toml: valid: 1 event, 1 source, 0 people\n"


@pytest.mark.parametrize(
    ("raised", "code", "message"),
    [
        (
            RuntimeError("boom\nsecond line"),
            1,
            "kztimeline: internal error (RuntimeError: boom\\nsecond line); please report it, "
            "and set KZTIMELINE_DEBUG=1 to see the details\n",
        ),
        (KeyboardInterrupt(), 130, ""),
    ],
    ids=["bug", "interrupted"],
)
def test_no_traceback_reaches_the_user(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    raised: BaseException,
    code: int,
    message: str,
) -> None:
    """Even a defect of ours is one line (and KZTIMELINE_DEBUG=1 shows the traceback)."""
    import kztimeline.cli

    def broken(*arguments: object) -> int:
        raise raised

    monkeypatch.setattr(kztimeline.cli, "validate_command", broken)
    monkeypatch.delenv("KZTIMELINE_DEBUG", raising=False)
    assert main(["validate", str(EVENTS)]) == code
    assert capsys.readouterr().err == message
    if code == 1:
        monkeypatch.setenv("KZTIMELINE_DEBUG", "1")
        with pytest.raises(RuntimeError):
            main(["validate", str(EVENTS)])


def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path) -> None:
    """`kztimeline list | head -1` on 5,000 events: far more than a pipe holds, so the
    command is still writing when head exits."""
    import subprocess
    import sys

    from tests.conftest import benchmark_module

    events = tmp_path / "events.toml"
    events.write_text(benchmark_module("generate").generate(5000), encoding="utf-8")
    command = f"{sys.executable} -m kztimeline list {events} | head -1"
    finished = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, check=False
    )
    assert (finished.returncode, finished.stderr) == (0, "")
    assert finished.stdout.count("\n") == 1


def test_list_shows_local_times_with_their_zone_then_status_and_repeat(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import VARIED

    path = tmp_path / "events.toml"
    path.write_text(VARIED, encoding="utf-8")
    assert main(["list", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("1969-07-16T09:32:00 America/New_York  Apollo 11 launch  ")
    assert lines[1].startswith("1969-08-13 ")
    assert lines[1].endswith("  cancelled")
    assert lines[2].endswith("  every year on 20 July from 1970")
    assert lines[3].startswith("2012-11-12T00:30:00 Asia/Almaty ")
    assert lines[3].endswith("  tentative; every Monday at 00:30 (Asia/Almaty), 12 times")


@pytest.mark.parametrize(
    ("options", "wanted"),
    [
        (["--search", "buzz pilot"], ["launch"]),
        (["--search", "CANCELLED"], ["parade"]),
        (["--place", "houston"], ["anniversary"]),
        (["--place", "a", "--search", "1969"], ["launch"]),
    ],
)
def test_search_and_place_options_filter_like_the_library(
    options: list[str], wanted: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--search`` and ``--place`` are the library's filter, in list and export alike."""
    from tests.conftest import VARIED

    path = tmp_path / "events.toml"
    path.write_text(VARIED, encoding="utf-8")
    assert main(["list", str(path), "--json", *options]) == 0
    assert [record["id"] for record in json.loads(capsys.readouterr().out)] == wanted
    assert main(["export", str(path), "--format", "csv", "-o", "-", *options]) == 0
    exported = capsys.readouterr().out.splitlines()[1:]
    assert [line.split(",")[0] for line in exported] == wanted
    assert main(["plot", str(path), "-o", str(tmp_path / "picture.svg"), *options]) == 0
    assert (tmp_path / "picture.svg").is_file()
