"""The README's examples are true: its Python session runs, and its commands work."""

from __future__ import annotations

import doctest
import os
import re

import pytest

from kztimeline.cli import main
from tests.conftest import EVENTS, ROOT

README = ROOT / "README.md"


def test_python_examples_in_the_readme_give_the_output_shown() -> None:
    """Every ``>>>`` line of the README gives the output printed under it."""
    failures, tried = doctest.testfile(
        str(README), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE
    )
    assert tried > 0
    assert failures == 0


def _quick_start_commands() -> list[str]:
    quick_start = README.read_text(encoding="utf-8").split("## Quick start", 1)[1]
    quick_start = quick_start.split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", quick_start)


def test_the_quick_start_has_exactly_the_two_commands() -> None:
    """One command installs and builds exports/, the other installs and runs the tests.

    Both make and use a virtual environment, and the test tools come from the ``dev``
    dependency group, which pip reads from version 25.1, so that command upgrades pip first.
    """
    build, tests = _quick_start_commands()
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    assert build == venv + "python -m pip install . && kztimeline build"
    assert tests.startswith(venv + "python -m pip install --upgrade pip && ")
    assert tests.endswith("python -m pip install -e . --group dev && python -m pytest -n auto")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    """``.ci/run`` runs the README's test command, then lint and types."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"\n{_quick_start_commands()[1]}\n" in script
    for check in ("ruff check", "ruff format --check", "mypy --strict src"):
        assert f"\n{check}\n" in script


def test_the_listing_shown_in_the_readme_is_what_the_command_prints(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The ``kztimeline list ... --within`` example prints exactly these lines."""
    text = README.read_text(encoding="utf-8")
    shown = text.split("$ kztimeline list --from 2012-11-13 --to 2012-11-18 --within\n", 1)[1]
    shown = shown.split("```", 1)[0]
    assert (
        main(["list", str(EVENTS), "--from", "2012-11-13", "--to", "2012-11-18", "--within"]) == 0
    )
    assert capsys.readouterr().out == shown


def test_the_readme_says_what_the_skipped_tests_of_a_fresh_clone_need() -> None:
    """The folder the seed-article tests read and the npm command of the ical.js tests are
    the ones the tests and .ci/run use."""
    from tests.test_draft import SEEDS

    text = " ".join(README.read_text(encoding="utf-8").split("## Quick start", 1)[1].split())
    assert f"`{os.path.relpath(SEEDS, ROOT)}`" in text
    npm = re.search(r"`(npm ci --prefix tests/js)`", text)
    assert npm is not None
    assert npm.group(1) in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
