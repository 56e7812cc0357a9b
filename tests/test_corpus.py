"""The regression corpus: every hostile file found by hand or by fuzzing, replayed on every run.

Each case in ``tests/corpus/`` is ``NAME.toml`` (or ``NAME.bin`` for bytes that are not UTF-8)
and ``NAME.expected``, the one line the CLI must print, with ``{path}`` for the file's path.
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
        assert text.count("\n") == 1, path
        assert text.endswith("\n"), path


@pytest.mark.parametrize("case", CASES, ids=[path.stem for path in CASES])
def test_load_refuses_with_the_expected_line(case: Path) -> None:
    with pytest.raises(KztimelineError) as caught:
        kztimeline.load(case)
    assert f"{caught.value}\n" == expected(case)


@pytest.mark.parametrize("case", CASES, ids=[path.stem for path in CASES])
def test_cli_prints_the_line_alone_and_exits_2(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(case)]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", expected(case))
