"""The regression corpus: every hostile file found by hand or by fuzzing, replayed on every run.

Each case in ``tests/corpus/`` is ``NAME.toml`` (or ``NAME.bin`` for bytes that are not UTF-8)
and ``NAME.expected``, what the CLI must print, with ``{path}`` for the file's path: one line
for a file with one problem; for a file with several, a line for each in line order, then
their count. ``load`` raises an error whose message is the first line.
To add a case, save the file and its expected line; ``test_every_case_has_its_message``
fails until both are there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kztimeline
from kztimeline import KztimelineError
from kztimeline.cli import main

CORPUS = Path(__file__).resolve().parent / "corpus"
CASES = sorted(path for path in CORPUS.iterdir() if path.suffix in (".toml", ".bin"))


def expected(case: Path) -> str:
    return case.with_suffix(".expected").read_text(encoding="utf-8").replace("{path}", str(case))


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


def test_every_case_has_its_message() -> None:
    inputs = {path.stem for path in CASES}
    messages = {path.stem for path in CORPUS.glob("*.expected")}
    assert inputs == messages
    for path in CORPUS.glob("*.expected"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("{path}"), path
        assert text.endswith("\n"), path
        *problems, last = text.splitlines()
        if problems:
            assert all(line.startswith("{path}") for line in problems), path
            assert last == f"{len(problems)} problems in {{path}}", path


@pytest.mark.parametrize("case", CASES, ids=[path.stem for path in CASES])
def test_load_refuses_with_the_expected_line(case: Path) -> None:
    with pytest.raises(KztimelineError) as caught:
        kztimeline.load(case)
    assert str(caught.value) == expected(case).splitlines()[0]


@pytest.mark.parametrize("case", CASES, ids=[path.stem for path in CASES])
def test_cli_prints_the_line_alone_and_exits_2(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(case)]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", expected(case))


def test_load_holds_every_problem_in_line_order() -> None:
    """A file with seven independent mistakes gives seven problems, each with its own fields."""
    case = CORPUS / "seven-mistakes.toml"
    with pytest.raises(kztimeline.TimelineFileError) as caught:
        kztimeline.load(case)
    problems = caught.value.problems
    assert caught.value is problems[0]
    assert [(problem.event_id, problem.field) for problem in problems] == [
        ("launch", "dat"),
        ("landing", "date"),
        ("eva", "date"),
        ("splashdown", "sources"),
        ("parade", "status"),
        ("tour", "title"),
        ("launch", "id"),
    ]
    lines = [problem.line for problem in problems]
    assert lines == sorted(lines)
    assert [f"{problem}" for problem in problems] == expected(case).splitlines()[:-1]


@pytest.mark.parametrize(("limit", "shown"), [(3, 3), (0, 7), (7, 7)])
def test_max_problems_limits_the_lines_printed(
    limit: int, shown: int, capsys: pytest.CaptureFixture[str]
) -> None:
    case = CORPUS / "seven-mistakes.toml"
    assert main(["validate", str(case), "--max-problems", str(limit)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[:shown] == expected(case).splitlines()[:shown]
    more = "; the first 3 are shown, --max-problems N shows more" if shown < 7 else ""
    assert lines[shown:] == [f"7 problems in {case}{more}"]
