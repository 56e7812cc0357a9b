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
