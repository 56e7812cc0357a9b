"""What each command of ``kztimeline`` does with its parsed arguments.

Each handler takes the parsed arguments and the stream to print on, calls the library and
returns the exit code; :mod:`kztimeline.cli` parses, dispatches and turns errors into one line.
A handler imports the format it needs when it runs, not at the top: ``validate`` and ``list``
then load neither matplotlib nor icalendar, which would double their start-up time
(``tests/test_imports.py``, and the cold-start row of the benchmark).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kztimeline.errors import OutputError, TimelineFileError, TimelineFileWarning
from kztimeline.load import bundled_path, load
from kztimeline.records import json_schema
from kztimeline.timeline import Timeline

if TYPE_CHECKING:
    from kztimeline.export import Window

__all__ = (
    "DEFAULT_PLOT",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "Command",
    "build_command",
    "default_file",
    "draft_command",
    "export_command",
    "ics_command",
    "import_command",
    "list_command",
    "plot_command",
    "problem_report",
    "publish_command",
    "schema_command",
    "select",
    "validate_command",
)

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace, TextIO], int]
"""A command's handler: the parsed arguments and stdout in, the exit code out."""


def default_file() -> Path:
    """``./events.toml`` if there is one, else the bundled default."""
    local = Path("events.toml")
    return local if local.is_file() else bundled_path()


def _load(arguments: argparse.Namespace) -> Timeline:
    return _load_telling(arguments)[0]


def _load_telling(arguments: argparse.Namespace) -> tuple[Timeline, int]:
    """The timeline, and how many warnings about the file were printed on stderr, one line
    each; other warnings go on as they came."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", TimelineFileWarning)
        timeline = load(arguments.file or default_file(), max_bytes=arguments.max_bytes)
    told = 0
    for found in caught:
        if isinstance(found.message, TimelineFileWarning):
            print(f"warning: {found.message}", file=sys.stderr)
            told += 1
        else:
            warnings.warn_explicit(found.message, found.category, found.filename, found.lineno)
    return timeline, told


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


def _window(arguments: argparse.Namespace) -> Window:
    # The window given is the pictures' axis, even where the events end sooner.
    from kztimeline.export import Window

    return Window(arguments.start, arguments.end)


def validate_command(arguments: argparse.Namespace, out: TextIO) -> int:
    timeline, told = _load_telling(arguments)
    path = arguments.file or default_file()
    print(
        f"{path}: valid: {_count(len(timeline), 'event')}, "
        f"{_count(len(timeline.sources), 'source')}, {_count(len(timeline.people), 'person')}"
        + (f"; {_count(told, 'warning')} on stderr" if told else ""),
        file=out,
    )
    return EXIT_OK


def problem_report(error: TimelineFileError, limit: int) -> str:
    """The lines that tell a refused file's problems: one per problem in line order, at most
    ``limit`` of them (0: all), then how many there are when there are several."""
    problems = error.problems
    shown = problems if limit == 0 else problems[:limit]
    lines = [str(problem) for problem in shown]
    if len(problems) > 1:
        count = f"{_count(len(problems), 'problem')} in {error.path}"
        if len(shown) < len(problems):
            count += f"; the first {len(shown)} are shown, --max-problems N shows more"
        lines.append(count)
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    plural = "people" if noun == "person" else f"{noun}s"
    return f"{number} {noun if number == 1 else plural}"


def list_command(arguments: argparse.Namespace, out: TextIO) -> int:
    timeline = select(_load(arguments), arguments)
    if arguments.json:
        # json is loaded only by the commands that print it.
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


def schema_command(arguments: argparse.Namespace, out: TextIO) -> int:
    # json is loaded only by the commands that print it.
    import json

    json.dump(json_schema(), out, ensure_ascii=False, indent=2)
    out.write("\n")
    return EXIT_OK


def build_command(arguments: argparse.Namespace, out: TextIO) -> int:
    # The formats load only for the commands that write them.
    from kztimeline.export import build

    # Each path as it is written: if a later one fails, these are known to be new.
    build(
        select(_load(arguments), arguments),
        arguments.out,
        progress=lambda path: print(path, file=out),
        window=_window(arguments),
    )
    return EXIT_OK


def export_command(arguments: argparse.Namespace, out: TextIO) -> int:
    # The formats load only for the commands that write them.
    from kztimeline.export import FORMATS, export, output_name

    timeline = select(_load(arguments), arguments)
    chosen = FORMATS[arguments.format]
    if arguments.output == "-" and not chosen.is_text:
        raise OutputError("-", f"{arguments.format} is not text; write it to a file with -o PATH")
    data = export(timeline, arguments.format, _window(arguments))
    default = output_name(timeline, arguments.format)
    return _emit(data, arguments.output, default, out)


def _emit(data: str | bytes, output: str | None, default: str, out: TextIO) -> int:
    """Write ``data`` to stdout (``-o -``), to ``output``, or atomically to exports/<default>."""
    # The formats load only for the commands that write them.
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


def ics_command(arguments: argparse.Namespace, out: TextIO) -> int:
    # The formats load only for the commands that write them.
    from kztimeline.export import output_name
    from kztimeline.ical.writer import to_ics

    timeline = select(_load(arguments), arguments)
    text = to_ics(timeline, imprecise=arguments.imprecise, uid_domain=arguments.uid_domain)
    return _emit(text, arguments.output, output_name(timeline, "ics"), out)


def plot_command(arguments: argparse.Namespace, out: TextIO) -> int:
    # The formats load only for the commands that write them.
    from kztimeline.export import require_events
    from kztimeline.plot.pages import write_pages

    if arguments.zone is not None:
        _place_bounds_in(arguments, arguments.zone)
    timeline = select(_load(arguments), arguments)
    target = Path(arguments.output)
    require_events(timeline, target.suffix.lstrip(".").lower() or "a picture")
    if arguments.output == DEFAULT_PLOT:
        target.parent.mkdir(exist_ok=True)
    # The window given is the axis, even where the events end sooner.
    path, notices = write_pages(
        timeline,
        target,
        arguments.page,
        title=arguments.title,
        width=arguments.width,
        layout=arguments.layout,
        start=arguments.start,
        end=arguments.end,
        zone=arguments.zone,
        lanes=arguments.lanes,
    )
    print(path, file=out)
    for notice in notices:
        print(notice, file=sys.stderr)
    return EXIT_OK


DEFAULT_PLOT = "exports/timeline.png"


def _place_bounds_in(arguments: argparse.Namespace, zone_name: str) -> None:
    """Read a clock time of ``--from/--to`` written without an offset in the ``--zone`` the
    picture gives, so that the events chosen and the axis drawn are the same hours."""
    # The formats load only for the commands that write them.
    from kztimeline.plot.zones import choose_zone
    from kztimeline.query import read_bound

    zone = choose_zone((), zone_name)
    for side in ("start", "end"):
        value = getattr(arguments, side)
        bound = read_bound(value) if value is not None else None
        if isinstance(bound, datetime) and bound.tzinfo is None:
            setattr(arguments, side, bound.replace(tzinfo=zone.tz))


def import_command(arguments: argparse.Namespace, out: TextIO) -> int:
    # icalendar and matplotlib load only when their format is written, never for list.
    from kztimeline.ical.reader import import_ics, read_calendar_bytes, write_new

    # The bytes, not the text: import_ics decodes one component at a time.
    text, not_kept = import_ics(
        read_calendar_bytes(arguments.calendar),
        source_title=arguments.title,
        path=arguments.calendar,
        zone=arguments.zone,
    )
    for line in not_kept:
        print(line, file=sys.stderr)
    if arguments.output == "-":
        out.write(text)
        return EXIT_OK
    print(write_new(arguments.output, text, force=arguments.force), file=out)
    return EXIT_OK


def draft_command(arguments: argparse.Namespace, out: TextIO) -> int:
    # The drafting rules load only for the draft command.
    from kztimeline.draft.command import draft_files

    text, written, review = draft_files(
        arguments.articles,
        published=arguments.published,
        source_ids=arguments.source or (),
        into=arguments.into,
        output=arguments.output,
    )
    for line in review:
        print(line, file=sys.stderr)
    if written is None:
        out.write(text)
    else:
        print(written, file=out)
    return EXIT_OK


def publish_command(arguments: argparse.Namespace, out: TextIO) -> int:
    # The CalDAV client loads only for the publish command.
    from kztimeline.errors import PublishError
    from kztimeline.publishing import publish
    from kztimeline.publishing.server import credentials

    whole = _load(arguments)
    timeline = select(whole, arguments)
    # --prune removes what the file lost, never the events a filter left out.
    outside = {event.id for event in whole} - {event.id for event in timeline}
    user, password = credentials(arguments.calendar, arguments.user, arguments.password_env)

    shown = []

    def progress(done: int, total: int) -> None:
        if total > 100:
            end = "\n" if done == total else ""
            print(f"\rpublishing: {done}/{total}", end=end, file=sys.stderr, flush=True)
            shown.append(done)

    try:
        result = publish(
            timeline,
            arguments.calendar,
            user=user,
            password=password,
            dry_run=arguments.dry_run,
            prune=arguments.prune,
            force=arguments.force,
            keep=outside,
            imprecise=arguments.imprecise,
            uid_domain=arguments.uid_domain,
            progress=progress,
        )
    except PublishError:
        if shown:
            print(file=sys.stderr)  # the error on a line of its own, after the progress
        raise
    for conflict in result.conflicts:
        print(f"conflict: {conflict.uid}: {conflict.differs}; --force overwrites it", file=out)
    if result.created:
        made = "would create" if result.dry_run else "created"
        print(f"{made} the calendar {result.calendar}", file=out)
    print(result.summary(), file=out)
    return EXIT_OK
