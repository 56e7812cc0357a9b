"""Help that guides: an example at the end of each command's --help, the list of commands when
none is given, and the nearest command's name for a misspelt one.

argparse alone answers "the following arguments are required: COMMAND" and "invalid choice";
these say what to type instead. Kept apart from :mod:`kztimeline.cli`, which parses.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence

__all__ = ("add_examples", "guidance_for")


_EXAMPLES = {
    "validate": "kztimeline validate events.toml",
    "list": "kztimeline list events.toml --from 2012-11 --to 2012-12 --search idrisov",
    "build": "kztimeline build events.toml -o exports",
    "export": "kztimeline export events.toml --format markdown --place brussels -o -",
    "ics": "kztimeline ics events.toml --imprecise start -o calendar.ics",
    "plot": "kztimeline plot events.toml --from 2012-11 -o timeline.svg",
    "publish": "kztimeline publish events.toml --calendar "
    "https://dav.example.org/anna/team/ --user anna --password-env DAV_PASSWORD",
    "import": "kztimeline import calendar.ics --title 'Team calendar' -o events.toml",
    "draft": "kztimeline draft article.html --published 2012-11-16 --into events.toml",
    "schema": "kztimeline schema > kztimeline.schema.json",
}
"""One command line per command, shown at the end of its --help."""


def guidance_for(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """What to print instead of argparse's terse error when no command or a wrong one is given:
    every command with its summary, or the nearest command's name."""
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    given = next((word for word in argv if not word.startswith("-")), None)
    if given is None and not {"-h", "--help", "-V", "--version"} & set(argv):
        lines = [f"  {choice.dest:<9} {choice.help}" for choice in commands._choices_actions]
        return "\n".join(
            ["kztimeline: give a command:", *lines, "see 'kztimeline COMMAND --help' for more"]
        )
    if given is None or given in commands.choices:
        return None
    # difflib is for messages only: loaded when a suggestion is needed.
    import difflib

    nearest = difflib.get_close_matches(given, list(commands.choices), n=1, cutoff=0.5)
    if nearest:
        return f"kztimeline: unknown command '{given}'; did you mean '{nearest[0]}'?"
    return f"kztimeline: unknown command '{given}'; use one of {', '.join(commands.choices)}"


def add_examples(commands: Mapping[str, argparse.ArgumentParser]) -> None:
    """End each command's --help with its example from :data:`_EXAMPLES` (KeyError if none)."""
    for name, command in commands.items():
        command.formatter_class = argparse.RawDescriptionHelpFormatter
        command.epilog = f"example:\n  {_EXAMPLES[name]}"
