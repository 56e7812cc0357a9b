"""The ``kztimeline`` command: argument parsing and printing only; the work is in the library.

Every error a user can cause prints one line on stderr and exits with 2; nothing prints a
traceback. A file with several problems prints a line for each, then their count. Commands
that only read (``validate``, ``list``, ``schema``) import neither matplotlib nor ics.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kztimeline._cli_help import add_examples, guidance_for
from kztimeline._commands import (
    DEFAULT_PLOT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    Command,
    build_command,
    draft_command,
    export_command,
    ics_command,
    import_command,
    list_command,
    plot_command,
    problem_report,
    publish_command,
    schema_command,
    validate_command,
)
from kztimeline._files import guarded_output
from kztimeline.errors import KztimelineError, TimelineFileError, one_line
from kztimeline.load import DEFAULT_MAX_BYTES, DEFAULT_MAX_PROBLEMS

__all__ = ("main", "run")


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
    parser.add_argument(
        "--max-problems",
        type=_count_argument,
        default=DEFAULT_MAX_PROBLEMS,
        metavar="N",
        help=f"print at most N of a file's problems (default: {DEFAULT_MAX_PROBLEMS}; 0: all)",
    )


def _count_argument(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return number


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        metavar="D",
        help="window start (inclusive): 2012, 2012-11, 2012-11-14 or 2024-05-14T08:00[+05:00]",
    )
    parser.add_argument(
        "--to", dest="end", metavar="D", help="window end (inclusive), written as --from"
    )
    parser.add_argument(
        "--within",
        action="store_true",
        help="only events entirely inside the window (default: any that overlap it)",
    )
    parser.add_argument("--kind", metavar="K", help="only events of this kind")
    parser.add_argument("--tag", metavar="T", help="only events with this tag")
    parser.add_argument(
        "--person", metavar="P", help="only events naming this person: id, name or alias, any case"
    )
    parser.add_argument(
        "--place", metavar="P", help="only events whose place holds P (any case, any part)"
    )
    parser.add_argument(
        "--search",
        metavar="TEXT",
        help="only events that hold every word of TEXT, in any case and as part of a word, in "
        "their id, title, date, place, time zone, kind, tags, organizations, description, "
        "status, repeat, or the name, alias or role of a person they name, as the HTML filter "
        "does",
    )


def _calendar_arguments(parser: argparse.ArgumentParser) -> None:
    """How events become VEVENTs, for ``ics`` and ``publish`` alike."""
    parser.add_argument(
        "--imprecise",
        choices=("span", "start", "skip"),
        default="span",
        help="month- or year-precision events: cover the period (default), its first day, or skip",
    )
    parser.add_argument(
        "--uid-domain",
        default="kztimeline.invalid",
        metavar="D",
        help="the domain of every UID, <event id>@D (default: kztimeline.invalid)",
    )


class _Version(argparse.Action):
    """``--version``, which reads the installed metadata only when it is asked for: the
    metadata machinery costs every other command about 25 ms."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        # The version is read only when asked for (see _version).
        from kztimeline._version import version

        print(f"kztimeline {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="kztimeline",
        description="Sourced chronologies as calendars, timeline pictures and queries.",
    )
    parser.add_argument("-V", "--version", action=_Version)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    validate = commands.add_parser("validate", help="check an events file and summarise it")
    _file_argument(validate)
    validate.set_defaults(handler=validate_command)

    listing = commands.add_parser("list", help="list events, optionally in a date window")
    _file_argument(listing)
    _filter_arguments(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=list_command)

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
    _filter_arguments(build)
    build.set_defaults(handler=build_command)

    # The formats load only for the commands that write them.
    from kztimeline.export import FORMATS

    exporting = commands.add_parser("export", help="write the events in one format")
    _file_argument(exporting)
    _filter_arguments(exporting)
    exporting.add_argument(
        "--format", required=True, choices=list(FORMATS), help="the format to write"
    )
    exporting.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the file to write, or - for stdout (text formats); default: exports/<name>",
    )
    exporting.set_defaults(handler=export_command)

    calendar = commands.add_parser("ics", help="write the events as an iCalendar file")
    _file_argument(calendar)
    _filter_arguments(calendar)
    calendar.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the file to write, or - for stdout (default: exports/<name>.ics)",
    )
    _calendar_arguments(calendar)
    calendar.set_defaults(handler=ics_command)

    publishing = commands.add_parser(
        "publish", help="publish the events to a CalDAV calendar and keep it in step"
    )
    _file_argument(publishing)
    _filter_arguments(publishing)
    publishing.add_argument(
        "--calendar",
        required=True,
        metavar="URL",
        help="the CalDAV calendar collection (created if it is not there)",
    )
    publishing.add_argument("--user", metavar="NAME", help="the user name on the server")
    publishing.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the password from this environment variable (default: ~/.netrc, else ask)",
    )
    publishing.add_argument(
        "--dry-run", action="store_true", help="say what would be done, and send nothing"
    )
    publishing.add_argument(
        "--prune",
        action="store_true",
        help="delete the events kztimeline published that the file no longer has",
    )
    publishing.add_argument(
        "--force",
        action="store_true",
        help="overwrite events edited on the server since they were published",
    )
    _calendar_arguments(publishing)
    publishing.set_defaults(handler=publish_command)

    plotting = commands.add_parser("plot", help="draw the events as a picture")
    _file_argument(plotting)
    _filter_arguments(plotting)
    plotting.add_argument(
        "-o",
        "--output",
        default=DEFAULT_PLOT,
        metavar="PATH",
        help=f"the picture to write, .png, .svg or .pdf (default: {DEFAULT_PLOT})",
    )
    plotting.add_argument("--title", help="the picture's title (default: the timeline's)")
    plotting.add_argument(
        "--width", metavar="W", help="the width: inches, or with a unit (12cm, 6.5in; default 16cm)"
    )
    plotting.add_argument(
        "--layout",
        choices=("auto", "horizontal", "vertical"),
        default="auto",
        help="time across or down the page (default: chosen by how dense the events are)",
    )
    plotting.add_argument(
        "--zone",
        metavar="NAME",
        help="the zone the clock times are placed and said in: an IANA name, UTC or "
        "UTC+05:00 (default: the zone most events in view use, else UTC)",
    )
    plotting.add_argument(
        "--lanes",
        choices=("auto", "kind"),
        default="auto",
        help="kind: each kind its own rows, as in a Gantt chart (12 kinds or fewer in view)",
    )
    plotting.add_argument(
        "--page",
        type=int,
        metavar="N",
        help="when the events take several pages, one per period: write page N "
        "(a .png or .svg holds page 1, a .pdf all of them, without this)",
    )
    plotting.set_defaults(handler=plot_command)

    importing = commands.add_parser("import", help="turn an .ics calendar into an events file")
    importing.add_argument("calendar", type=Path, metavar="CALENDAR", help="the .ics file")
    importing.add_argument(
        "-o",
        "--output",
        default="events.toml",
        metavar="PATH",
        help="the events file to write, or - for stdout (default: events.toml)",
    )
    importing.add_argument("--title", help="the title of the calendar as a source")
    importing.add_argument(
        "--zone",
        metavar="NAME",
        help="the IANA time zone of times given in no zone (default: the calendar's, else UTC)",
    )
    importing.add_argument(
        "--force", action="store_true", help="replace PATH if it exists (default: refuse)"
    )
    importing.set_defaults(handler=import_command)

    drafting = commands.add_parser(
        "draft", help="draft dated events from articles (text or HTML) as TOML to check"
    )
    drafting.add_argument(
        "articles", type=Path, nargs="+", metavar="ARTICLE", help="a .txt or .html file"
    )
    drafting.add_argument(
        "--published", metavar="DATE", help="the day the articles were published, YYYY-MM-DD"
    )
    drafting.add_argument(
        "--source",
        action="append",
        metavar="ID",
        help="the source id of each article, in order (default: the file names)",
    )
    drafting.add_argument(
        "--into",
        type=Path,
        metavar="EVENTS",
        help="propose only what this events file lacks, and use its people (never written)",
    )
    drafting.add_argument(
        "-o", "--output", metavar="PATH", help="write the draft here (default: stdout)"
    )
    drafting.set_defaults(handler=draft_command)

    schema = commands.add_parser("schema", help="print the JSON Schema of events.toml")
    schema.set_defaults(handler=schema_command)
    add_examples(commands.choices)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    guidance = guidance_for(parser, sys.argv[1:] if argv is None else argv)
    if guidance is not None:
        print(guidance, file=sys.stderr)
        return EXIT_USAGE
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    handler: Command = arguments.handler
    out, failed = guarded_output(sys.stdout)
    try:
        code = handler(arguments, out)
        out.flush()
    except TimelineFileError as err:
        limit = getattr(arguments, "max_problems", DEFAULT_MAX_PROBLEMS)
        print(problem_report(err, limit), file=sys.stderr)
        return EXIT_USAGE
    except KztimelineError as err:
        print(str(err), file=sys.stderr)
        if failed():
            # What standard output could not take is dropped, not tried again at exit.
            _drop_standard_output()
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (``| head``) went away; that is not an error of ours or theirs.
        _drop_standard_output()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as err:
        if os.environ.get("KZTIMELINE_DEBUG"):
            raise
        print(
            f"kztimeline: internal error ({type(err).__name__}: {one_line(str(err))}); "
            "please report it, and set KZTIMELINE_DEBUG=1 to see the details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return code


def _drop_standard_output() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def run() -> None:
    """The console script entry point."""
    # pydantic looks for plugins in the entry points of every installed distribution when it
    # builds the first model: about 50 ms per command in a virtual environment with a few
    # dozen packages, for plugins (tracing, mostly) that a one-shot command has no use for.
    # Set PYDANTIC_DISABLE_PLUGINS yourself (to "" to load them all) to decide otherwise.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    code = main()
    # At exit the interpreter collects every object pydantic and the timeline made, which
    # took longer than listing the events. Freezing them skips that collection; files are
    # closed, buffers flushed and exit handlers run as usual.
    gc.freeze()
    sys.exit(code)
