"""The ``kztimeline`` command: argument parsing and printing only; the work is in the library.

Every error a user can cause prints one line on stderr and exits with 2; nothing prints a
traceback. Commands that only read (``validate``, ``list``, ``schema``) import neither
matplotlib nor ics.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kztimeline._cli_help import add_examples, guidance_for
from kztimeline.errors import KztimelineError, one_line
from kztimeline.load import DEFAULT_MAX_BYTES, bundled_path, load
from kztimeline.records import json_schema
from kztimeline.timeline import Timeline

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
    parser.add_argument(
        "--place", metavar="P", help="only events whose place holds P (any case, any part)"
    )
    parser.add_argument(
        "--search",
        metavar="TEXT",
        help="only events that hold every word of TEXT in their id, title, date, place, kind, "
        "tags, people (name, alias, role), status or description, as the HTML filter does",
    )


def _load(arguments: argparse.Namespace) -> Timeline:
    return load(arguments.file or default_file(), max_bytes=arguments.max_bytes)


def select(timeline: Timeline, arguments: argparse.Namespace) -> Timeline:
    """Apply the ``--from/--to/--within`` window and the filters of a command."""
    if arguments.start is not None or arguments.end is not None:
        start = arguments.start if arguments.start is not None else "0001"
        end = arguments.end if arguments.end is not None else "9999"
        timeline = timeline.between(start, end, within=arguments.within)
    return timeline.filter(
        kind=arguments.kind,
        tag=arguments.tag,
        person=arguments.person,
        place=arguments.place,
        search=arguments.search,
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
        import json

        json.dump([event.record() for event in timeline], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    # A local time is only a time with its zone; status and repeat in words come last.
    rows = [
        (
            event.written_date,
            event.title,
            event.place or "",
            "; ".join(event.notes),
        )
        for event in timeline
    ]
    if not rows:
        print("no events", file=out)
        return EXIT_OK
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[3]]).rstrip(), file=out)
    return EXIT_OK


def _schema(arguments: argparse.Namespace, out: TextIO) -> int:
    import json

    json.dump(json_schema(), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return EXIT_OK


def _build(arguments: argparse.Namespace, out: TextIO) -> int:
    from kztimeline.export import build

    # Each path as it is written: if a later one fails, these are known to be new.
    build(_load(arguments), arguments.out, progress=lambda path: print(path, file=out))
    return EXIT_OK


def _export(arguments: argparse.Namespace, out: TextIO) -> int:
    from kztimeline.errors import OutputError
    from kztimeline.export import FORMATS, export, export_name

    timeline = select(_load(arguments), arguments)
    chosen = FORMATS[arguments.format]
    if arguments.output == "-" and not chosen.is_text:
        raise OutputError("-", f"{arguments.format} is not text; write it to a file with -o PATH")
    data = export(timeline, arguments.format)
    default = chosen.file_name.format(name=export_name(timeline))
    return _emit(data, arguments.output, default, out)


def _emit(data: str | bytes, output: str | None, default: str, out: TextIO) -> int:
    """Write ``data`` to stdout (``-o -``), to ``output``, or atomically to exports/<default>."""
    from kztimeline.export import write_atomically

    if output == "-":
        out.write(data if isinstance(data, str) else data.decode("utf-8"))
        return EXIT_OK
    if output is None:
        target = Path("exports") / default
        target.parent.mkdir(exist_ok=True)
    else:
        target = Path(output)
    print(write_atomically(target, data), file=out)
    return EXIT_OK


def _ics(arguments: argparse.Namespace, out: TextIO) -> int:
    from kztimeline.export import export_name
    from kztimeline.ical.writer import to_ics

    timeline = select(_load(arguments), arguments)
    text = to_ics(timeline, imprecise=arguments.imprecise, uid_domain=arguments.uid_domain)
    return _emit(text, arguments.output, f"{export_name(timeline)}.ics", out)


def _plot(arguments: argparse.Namespace, out: TextIO) -> int:
    from kztimeline.export import require_events
    from kztimeline.plot import write_picture

    timeline = select(_load(arguments), arguments)
    target = Path(arguments.output)
    require_events(timeline, target.suffix.lstrip(".").lower() or "a picture")
    if arguments.output == _DEFAULT_PLOT:
        target.parent.mkdir(exist_ok=True)
    # The window given is the axis, even where the events end sooner.
    path, hint = write_picture(
        timeline,
        target,
        title=arguments.title,
        width=arguments.width,
        layout=arguments.layout,
        start=arguments.start,
        end=arguments.end,
    )
    print(path, file=out)
    if hint is not None:
        print(hint, file=sys.stderr)
    return EXIT_OK


_DEFAULT_PLOT = "exports/timeline.png"


def _import(arguments: argparse.Namespace, out: TextIO) -> int:
    from kztimeline.ical.reader import import_ics, read_calendar, write_new

    text, not_kept = import_ics(
        read_calendar(arguments.calendar),
        source_title=arguments.title,
        path=arguments.calendar,
    )
    for line in not_kept:
        print(f"{arguments.calendar}: {line}", file=sys.stderr)
    if arguments.output == "-":
        out.write(text)
        return EXIT_OK
    print(write_new(arguments.output, text, force=arguments.force), file=out)
    return EXIT_OK


def _draft(arguments: argparse.Namespace, out: TextIO) -> int:
    from kztimeline.draft.command import draft_files

    text, written = draft_files(
        arguments.articles,
        published=arguments.published,
        source_ids=arguments.source or (),
        into=arguments.into,
        output=arguments.output,
    )
    if written is None:
        out.write(text)
    else:
        print(written, file=out)
    return EXIT_OK


Command = Callable[[argparse.Namespace, TextIO], int]


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
    exporting.set_defaults(handler=_export)

    calendar = commands.add_parser("ics", help="write the events as an iCalendar file")
    _file_argument(calendar)
    _filter_arguments(calendar)
    calendar.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the file to write, or - for stdout (default: exports/<name>.ics)",
    )
    calendar.add_argument(
        "--imprecise",
        choices=("span", "start", "skip"),
        default="span",
        help="month- or year-precision events: cover the period (default), its first day, or skip",
    )
    calendar.add_argument(
        "--uid-domain",
        default="kztimeline.invalid",
        metavar="D",
        help="the domain of every UID, <event id>@D (default: kztimeline.invalid)",
    )
    calendar.set_defaults(handler=_ics)

    plotting = commands.add_parser("plot", help="draw the events as a picture")
    _file_argument(plotting)
    _filter_arguments(plotting)
    plotting.add_argument(
        "-o",
        "--output",
        default=_DEFAULT_PLOT,
        metavar="PATH",
        help=f"the picture to write, .png, .svg or .pdf (default: {_DEFAULT_PLOT})",
    )
    plotting.add_argument("--title", help="the picture's title (default: the timeline's)")
    plotting.add_argument(
        "--width", metavar="W", help="the width: inches, or with a unit (16cm, 160mm; default 12in)"
    )
    plotting.add_argument(
        "--layout",
        choices=("auto", "horizontal", "vertical"),
        default="auto",
        help="time across or down the page (default: chosen by how dense the events are)",
    )
    plotting.set_defaults(handler=_plot)

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
        "--force", action="store_true", help="replace PATH if it exists (default: refuse)"
    )
    importing.set_defaults(handler=_import)

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
    drafting.set_defaults(handler=_draft)

    schema = commands.add_parser("schema", help="print the JSON Schema of events.toml")
    schema.set_defaults(handler=_schema)
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
            f"kztimeline: internal error ({type(err).__name__}: {one_line(str(err))}); "
            "please report it, and set KZTIMELINE_DEBUG=1 to see the details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


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
