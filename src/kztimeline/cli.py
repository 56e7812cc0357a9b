"""The ``kztimeline`` command: argument parsing and printing only; the work is in the library.

Every error a user can cause prints one line on stderr and exits with 2; nothing prints a
traceback. Commands that only read (``validate``, ``list``, ``schema``) import neither
matplotlib nor ics.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kztimeline.errors import KztimelineError
from kztimeline.load import DEFAULT_MAX_BYTES, bundled_path, load
from kztimeline.model import Timeline, json_schema

__all__ = ("main", "run")

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2


def default_file() -> Path:
    """``./events.toml`` if there is one, else the bundled default."""
    local = Path("events.toml")
    return local if local.is_file() else bundled_path()


def _file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="the events file (default: ./events.toml if present, else the bundled timeline)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse files larger than N bytes (default: {DEFAULT_MAX_BYTES:,})",
    )


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="D", help="window start (inclusive)")
    parser.add_argument("--to", dest="end", metavar="D", help="window end (inclusive)")
    parser.add_argument(
        "--within",
        action="store_true",
        help="only events entirely inside the window (default: any that overlap it)",
    )
    parser.add_argument("--kind", metavar="K", help="only events of this kind")
    parser.add_argument("--tag", metavar="T", help="only events with this tag")
    parser.add_argument("--person", metavar="P", help="only events naming this person")
    parser.add_argument("--place", metavar="P", help="only events at this place")


def _load(arguments: argparse.Namespace) -> Timeline:
    return load(arguments.file or default_file(), max_bytes=arguments.max_bytes)


def select(timeline: Timeline, arguments: argparse.Namespace) -> Timeline:
    """Apply the ``--from/--to/--within`` window and the filters of a command."""
    if arguments.start is not None or arguments.end is not None:
        start = arguments.start if arguments.start is not None else "0001"
        end = arguments.end if arguments.end is not None else "9999"
        timeline = timeline.between(start, end, within=arguments.within)
    return timeline.filter(
        kind=arguments.kind, tag=arguments.tag, person=arguments.person, place=arguments.place
    )


def _validate(arguments: argparse.Namespace, out: TextIO) -> int:
    timeline = _load(arguments)
    path = arguments.file or default_file()
    print(
        f"{path}: valid: {_count(len(timeline), 'event')}, "
        f"{_count(len(timeline.sources), 'source')}, {_count(len(timeline.people), 'person')}",
        file=out,
    )
    return EXIT_OK


def _count(number: int, noun: str) -> str:
    plural = "people" if noun == "person" else f"{noun}s"
    return f"{number} {noun if number == 1 else plural}"


def _list(arguments: argparse.Namespace, out: TextIO) -> int:
    timeline = select(_load(arguments), arguments)
    if arguments.json:
        json.dump([event.record() for event in timeline], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    rows = [(event.date.text, event.title, event.place or "") for event in timeline]
    if not rows:
        print("no events", file=out)
        return EXIT_OK
    date_width = max(len(row[0]) for row in rows)
    title_width = max(len(row[1]) for row in rows)
    for written, title, place in rows:
        print(f"{written:<{date_width}}  {title:<{title_width}}  {place}".rstrip(), file=out)
    return EXIT_OK


def _schema(arguments: argparse.Namespace, out: TextIO) -> int:
    json.dump(json_schema(), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return EXIT_OK


def _build(arguments: argparse.Namespace, out: TextIO) -> int:
    from kztimeline.export import build

    for path in build(_load(arguments), arguments.out):
        print(path, file=out)
    return EXIT_OK


Command = Callable[[argparse.Namespace, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="kztimeline",
        description="Sourced chronologies as calendars, timeline pictures and queries.",
    )
    from kztimeline import __version__

    parser.add_argument("--version", action="version", version=f"kztimeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    validate = commands.add_parser("validate", help="check an events file and summarise it")
    _file_argument(validate)
    validate.set_defaults(handler=_validate)

    listing = commands.add_parser("list", help="list events, optionally in a date window")
    _file_argument(listing)
    _filter_arguments(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=_list)

    build = commands.add_parser("build", help="write every export into a folder")
    _file_argument(build)
    build.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("exports"),
        metavar="DIR",
        help="the folder to write into (default: exports)",
    )
    build.set_defaults(handler=_build)

    schema = commands.add_parser("schema", help="print the JSON Schema of events.toml")
    schema.set_defaults(handler=_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    handler: Command = arguments.handler
    try:
        return handler(arguments, sys.stdout)
    except KztimelineError as err:
        print(str(err), file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (``| head``) went away; that is not an error of ours or theirs.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as err:
        if os.environ.get("KZTIMELINE_DEBUG"):
            raise
        print(
            f"kztimeline: internal error ({type(err).__name__}: {err}); "
            "please report it, and set KZTIMELINE_DEBUG=1 to see the details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def run() -> None:
    """The console script entry point."""
    sys.exit(main())
