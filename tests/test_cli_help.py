"""The command line guides: the commands when none is given, "did you mean", -V, examples."""

from __future__ import annotations

import pytest

from kztimeline.cli import build_parser, main

COMMANDS = (
    "validate",
    "list",
    "build",
    "export",
    "ics",
    "publish",
    "plot",
    "import",
    "draft",
    "schema",
)


def test_no_command_lists_every_command_with_its_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines[0] == "kztimeline: give a command:"
    listed = [line.split()[0] for line in lines[1:-1]]
    assert listed == list(COMMANDS)
    assert "  validate  check an events file and summarise it" in lines
    assert lines[-1] == "see 'kztimeline COMMAND --help' for more"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("validat", "validate"), ("lsit", "list"), ("exprot", "export"), ("Plot", "plot")],
)
def test_a_misspelt_command_is_told_the_nearest(
    typed: str, meant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([typed, "events.toml"]) == 2
    assert capsys.readouterr().err == (
        f"kztimeline: unknown command '{typed}'; did you mean '{meant}'?\n"
    )


def test_a_command_like_none_is_told_them_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kztimeline: unknown command 'frobnicate'; use one of validate, list")
    assert err.count("\n") == 1


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_capital_v_is_version(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    assert main([flag]) == 0
    assert capsys.readouterr().out == f"kztimeline {version('kztimeline')}\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_each_commands_help_ends_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--help"]) == 0
    lines = capsys.readouterr().out.rstrip("\n").splitlines()
    assert lines[-2] == "example:"
    assert lines[-1].startswith(f"  kztimeline {command}")


@pytest.mark.parametrize("command", COMMANDS)
def test_each_example_is_a_command_line_the_parser_accepts(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import shlex

    assert main([command, "--help"]) == 0
    example = capsys.readouterr().out.rstrip("\n").splitlines()[-1]
    words = shlex.split(example.split(">")[0])
    arguments = build_parser().parse_args(words[1:])
    assert arguments.command == command


def test_the_list_example_finds_events_on_the_bundled_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run as it is written, from the project's folder, where events.toml is the bundled file."""
    import shlex
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    assert main(["list", "--help"]) == 0
    example = capsys.readouterr().out.rstrip("\n").splitlines()[-1]
    assert main(shlex.split(example)[1:]) == 0
    found = capsys.readouterr().out.splitlines()
    assert found
    assert "no events" not in found


def test_person_finds_an_id_written_in_any_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--person", "Idrisov"]) == 0
    by_name = capsys.readouterr().out
    assert main(["list", "--person", "idrisov"]) == 0
    assert capsys.readouterr().out == by_name
    assert "Council of Foreign Ministers" in by_name


def test_the_search_help_names_the_fields_the_readme_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    said = re.search(r"of a word, in their (.*?)\. The filter", " ".join(readme.split()))
    assert said is not None
    assert main(["list", "--help"]) == 0
    helped = " ".join(capsys.readouterr().out.split())
    assert said.group(1) in helped
