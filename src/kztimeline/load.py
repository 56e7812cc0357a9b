"""Reading events.toml into a validated :class:`~kztimeline.timeline.Timeline`.

Every problem is a :class:`~kztimeline.errors.TimelineFileError` that names the file, the
line, the event and the key, and says what to change. A file is refused with one error, the
first problem in line order, whose ``problems`` holds every independent problem of the file:
all of them are fixed in one round. A TOML syntax error stops the reading; the problems of
the tables before it are still reported.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, AnyStr

import tomli
from pydantic import ValidationError

from kztimeline._collector import collector_paused
from kztimeline._fields import share_repeated
from kztimeline._files import read_text
from kztimeline._problems import (
    check_references,
    file_problems,
    problems_before,
    warn_of_doubtful_times,
)
from kztimeline.errors import TimelineFileError
from kztimeline.records import (
    Event,
    TimelineDocument,
)
from kztimeline.timeline import Timeline

if TYPE_CHECKING:
    from kztimeline.dates import EventDate

__all__ = ("DEFAULT_MAX_BYTES", "DEFAULT_MAX_PROBLEMS", "bundled_path", "load", "loads")

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this (64 MiB) are refused before they are parsed."""
DEFAULT_MAX_PROBLEMS = 50
"""The command line prints at most this many problems of a file; ``.problems`` holds all."""


def bundled_path() -> Path:
    """The path of the bundled default events.toml.

    An installed wheel carries it inside the package; a source checkout has it at the root.
    """
    # importlib.resources is needed only for the bundled file.
    from importlib import resources

    packaged = Path(str(resources.files("kztimeline"))) / "events.toml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "events.toml"


def load(path: Path | str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Timeline:
    """Read, validate and index the timeline in ``path``; with no path, the bundled default.

    Raises :class:`~kztimeline.errors.TimelineFileError` (a ``ValueError``) for a missing or
    unreadable file, a file over ``max_bytes``, text that is not UTF-8 or not TOML, and any
    content that breaks the format; the error names the line, the event and the key of the
    first problem in line order, and its ``problems`` holds every problem of the file.
    """
    file = Path(path) if path is not None else bundled_path()

    def read() -> tuple[bytes, str]:
        return read_text(
            file,
            max_bytes=max_bytes,
            error=lambda where, problem, line: TimelineFileError(where, problem, line=line),
            kind="a .toml file",
            limit_hint="; split it, or raise the limit with --max-bytes",
        )

    data, text = read()
    data = data.removeprefix(codecs.BOM_UTF8)  # as read_text drops it from the text
    with collector_paused(then_collect_over=_MANY_OBJECTS):
        _refuse_long_keys(text, file)
        # The text of a large file can take twice the memory of its bytes (one character
        # outside Latin-1 makes every character two bytes): the bytes are kept, and each piece
        # is decoded as it is parsed. Only an error needs the text again, to point at a line;
        # the file is read again for it.
        del text
        return _validated(data, file, lambda: read()[1])


_MANY_OBJECTS = 50_000
"""A load that leaves more new objects than this ends with one full collection
(:func:`kztimeline._collector.collector_paused`)."""


def loads(text: str, *, path: Path | str = "<string>") -> Timeline:
    """Validate the TOML ``text`` of an events file; ``path`` only names it in errors.

    Raises :class:`~kztimeline.errors.TimelineFileError` as :func:`load` does.
    """
    text = text.removeprefix("\ufeff")
    with collector_paused(then_collect_over=_MANY_OBJECTS):
        _refuse_long_keys(text, path)
        return _validated(text, path, lambda: text)


# A key of more dotted parts than _locate.MAX_KEY_PARTS allows, at the start of a statement, a
# table header or an inline table's entry. The TOML parser takes time quadratic in the parts of
# one key (8 s for 20,000), so such a key is refused before parsing. The pattern may also match
# inside a string; _locate, which knows strings, then decides. Each search starts at a literal
# character, which keeps it to a few per cent of the time of parsing.
_KEY_PARTS = r"""[ \t]*\[{0,2}[ \t]*(?:(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')[ \t]*\.[ \t]*){100}"""
_LONG_KEY_FIRST = re.compile(_KEY_PARTS)
_LONG_KEY = re.compile("[\n{,]" + _KEY_PARTS)


def _refuse_long_keys(text: str, path: Path | str) -> None:
    if _LONG_KEY_FIRST.match(text) or _LONG_KEY.search(text):
        # The line locator is needed only to place an error.
        from kztimeline._locate import MAX_KEY_PARTS, locate

        line = locate(text).too_deep_line
        if line is not None:
            raise TimelineFileError(
                path, f"a key has more than {MAX_KEY_PARTS} dotted parts; shorten it", line=line
            )


def _parsed(text: str, path: Path | str) -> dict[str, Any]:
    # load() and loads() refused a key of too many parts in this text before any parse.
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as err:
        # Hints are read only when the file has a syntax error.
        from kztimeline._syntax_hints import syntax_error

        stop = syntax_error(path, text, str(err))
        # Nothing after a syntax error can be trusted; every problem before it is reported.
        before = problems_before(path, text, stop.line or 1)
        raise TimelineFileError.of_all([*before, stop]) from None
    except RecursionError:
        # The line locator is needed only to place an error.
        from kztimeline._locate import MAX_NESTING, locate

        located = locate(text)
        raise TimelineFileError(
            path,
            f"arrays or tables are nested too deeply (over {MAX_NESTING} levels); flatten them",
            line=located.too_deep_line,
        ) from None


def _validated(written: str | bytes, path: Path | str, source: Callable[[], str]) -> Timeline:
    """The timeline of the file whose text or UTF-8 bytes are ``written``; ``source()``
    gives its text, to parse it whole or to find lines."""
    raw: dict[str, Any] = {}
    try:
        try:
            made = _validate_in_pieces(written)
            if made is None:
                # A piece did not read as it reads in the whole file: the whole is parsed,
                # which finds the syntax error or what made the pieces differ.
                made = _validate(_parsed(source(), path))
            document, chronological = made
        except ValidationError:
            # The tables read were dropped; read them again, and report all the problems in
            # the file, or the syntax error that a later piece would have met.
            raw = _parsed(source(), path)
            TimelineDocument.model_validate(raw)
            raise
    except ValidationError as err:
        raise file_problems(path, source(), raw, err) from None
    except RecursionError:
        raise TimelineFileError(path, "is nested too deeply to read; flatten it") from None
    check_references(path, source, document)
    warn_of_doubtful_times(path, source, document)
    return Timeline(
        chronological,
        info=document.timeline,
        sources=document.sources,
        people=document.people,
        path=Path(path),
        kind_tables=document.kinds,
    )


_PIECE_SIZE = 1 << 20
"""A file is parsed in pieces of about this many characters or bytes (1 MiB)."""


def _pieces(written: AnyStr, line_start: AnyStr) -> Iterator[AnyStr]:
    # The tables before the first line that starts as ``line_start`` after its newline, then
    # pieces of about _PIECE_SIZE, each from the start of such a line to the start of another.
    if written.startswith(line_start[1:]):
        cut = 0
    else:
        cut = written.find(line_start) + 1
        if cut == 0:
            yield written  # no such line
            return
    yield written[:cut]
    while cut < len(written):
        after = written.find(line_start, cut + _PIECE_SIZE) + 1
        if after <= 0:
            after = len(written)
        yield written[cut:after]
        cut = after


def _validate_in_pieces(written: str | bytes) -> tuple[TimelineDocument, list[Event]] | None:
    """As :func:`_validate`, parsing the file in pieces cut before ``[[events]]`` lines.

    Each piece's events are made before the next piece is parsed, so that a large file never
    holds all its parsed tables (five times its bytes) and all its events at once. A cut
    inside a multi-line value leaves the piece before it unfinished, a syntax error; a table
    that a later piece defines again, or extends, reads in pieces otherwise than in the whole
    file. In either case, None: the caller parses the file whole.
    """
    pieces: Iterator[str | bytes] = (
        _pieces(written, "\n[[events]]")
        if isinstance(written, str)
        else _pieces(written, b"\n[[events]]")
    )
    tables: dict[str, Any] = {}
    in_file_order: list[Event] = []
    made: list[Event] = []
    shared = _Shared()
    for number, piece in enumerate(pieces):
        try:
            parsed = tomli.loads(piece if isinstance(piece, str) else piece.decode())
        except (tomli.TOMLDecodeError, RecursionError):
            return None
        del piece
        items = parsed.pop("events", None)
        if (number == 0) != (items is None) or tables.keys() & parsed.keys():
            return None
        tables.update(parsed)
        if isinstance(items, list):
            made += _make_events(items, in_file_order, shared)
    # After the events, so that the document's validator reuses the one built for Event.
    document = TimelineDocument.model_validate(tables)
    return document.model_copy(update={"events": tuple(in_file_order)}), made


def _validate(raw: dict[str, Any]) -> tuple[TimelineDocument, list[Event]]:
    """``TimelineDocument.model_validate(raw)``, with the events validated one by one, and
    the events in the order they were made: nearly chronological.

    Raises ValidationError for the first invalid part met; the caller then validates a fresh
    parse whole, in file order, to report every problem.
    """
    items = raw.get("events")
    if not isinstance(items, list):
        document = TimelineDocument.model_validate(raw)
        return document, list(document.events)
    in_file_order: list[Event] = []
    made = _make_events(items, in_file_order, _Shared())
    # After the events, so that the document's validator reuses the one built for Event.
    document = TimelineDocument.model_validate({k: v for k, v in raw.items() if k != "events"})
    return document.model_copy(update={"events": tuple(in_file_order)}), made


@dataclass
class _Shared:
    """What events made by one load share."""

    # pydantic gives every model its own set of the names of the fields it was given, a third
    # of the memory of a typical event. Events are frozen, so nothing changes the set, and the
    # events given the same keys can share one.
    names: dict[frozenset[str], set[str]] = field(default_factory=dict)
    strings: dict[str, str] = field(default_factory=dict)
    # The dates written the same way are one EventDate: made once, stored once. A date-time
    # is left out, since a timezone key can change what it means.
    dates: dict[str | date, EventDate] = field(default_factory=dict)


def _make_events(items: list[Any], in_file_order: list[Event], shared: _Shared) -> list[Event]:
    """The events of the parsed tables ``items``, in the order they were made; also appended
    to ``in_file_order`` in the order of ``items``.

    The tables are validated in the order of their dates as written, so that events near in
    time are near in memory, where a query that returns them reads them one after the other.
    Each event's parsed table is dropped from ``items`` once its model is made, so that a
    large file never holds all the parsed tables and all the models at once.
    """
    by_position: list[Event | None] = [None] * len(items)
    made: list[Event] = []
    strings, dates, shared_names = shared.strings, shared.dates, shared.names
    for index in sorted(range(len(items)), key=lambda index: _written_start(items[index])):
        item = items[index]
        items[index] = None
        written = None
        if isinstance(item, dict):
            share_repeated(item, strings)
            written = item.get("date")
            if type(written) is str or type(written) is date:
                known = dates.get(written)
                if known is not None:
                    item["date"] = known
                    written = None
            else:
                written = None
        event = Event.model_validate(item)
        if written is not None:
            dates[written] = event.date
        names = event.__pydantic_fields_set__
        kept = shared_names.setdefault(frozenset(names), names)
        if kept is not names:
            object.__setattr__(event, "__pydantic_fields_set__", kept)
        by_position[index] = event
        made.append(event)
    in_file_order.extend(event for event in by_position if event is not None)
    return made


def _written_start(item: object) -> str:
    # Where an event starts, as written: ISO dates, and intervals by their start, sort as text.
    if isinstance(item, dict):
        written = item.get("date")
        if isinstance(written, str):
            return written
        if isinstance(written, date):
            return written.isoformat()
    return ""
