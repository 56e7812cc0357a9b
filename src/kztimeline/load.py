"""Reading events.toml into a validated :class:`~kztimeline.timeline.Timeline`.

Every problem becomes one :class:`~kztimeline.errors.TimelineFileError` that names the file, the
line, the event and the key, and says what to change. The first problem in file order is the
one reported, so that fixing the file top to bottom converges.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli
from pydantic import BaseModel, ValidationError

from kztimeline._fields import pattern_problem
from kztimeline._files import read_text
from kztimeline.errors import FieldProblem, TimelineFileError
from kztimeline.records import (
    Event,
    Kind,
    Person,
    Source,
    TimelineDocument,
    TimelineInfo,
    type_name,
)
from kztimeline.timeline import Timeline

if TYPE_CHECKING:
    from kztimeline._locate import KeyLines
    from kztimeline.dates import EventDate

__all__ = ("DEFAULT_MAX_BYTES", "bundled_path", "load", "loads")

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this (64 MiB) are refused before they are parsed."""


def bundled_path() -> Path:
    """The path of the bundled default events.toml.

    An installed wheel carries it inside the package; a source checkout has it at the root.
    """
    from importlib import resources

    packaged = Path(str(resources.files("kztimeline"))) / "events.toml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "events.toml"


def load(path: Path | str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Timeline:
    """Read, validate and index the timeline in ``path``; with no path, the bundled default.

    Raises :class:`~kztimeline.errors.TimelineFileError` (a ``ValueError``) for a missing or
    unreadable file, a file over ``max_bytes``, text that is not UTF-8 or not TOML, and any
    content that breaks the format; the error names the line, the event and the key.
    """
    file = Path(path) if path is not None else bundled_path()

    def read() -> str:
        return read_text(
            file,
            max_bytes=max_bytes,
            error=lambda where, problem, line: TimelineFileError(where, problem, line=line),
            kind="a .toml file",
            limit_hint="; split it, or raise the limit with --max-bytes",
        )[1]

    text = read()
    with _collector_paused():
        raw = _parsed(text, file)
        # The text of a large file can take twice the memory of its bytes, and the parsed
        # tables five times: no copy of the file is kept while the models are made. Only an
        # error needs the text again, to point at a line; the file is read again for it.
        del text
        return _validated(raw, file, read)


_MANY_OBJECTS = 50_000
"""A load that leaves more new objects than this ends with one full collection."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    # Parsing and validating 100,000 events makes millions of containers and no garbage in
    # cycles, yet the cyclic collector walked the growing heap again and again: 30% of the CPU
    # time of such a load. It is paused for the load. Afterwards one full collection moves
    # what the load made to the oldest generation in one walk; left to the collections of the
    # young generations, it would be walked three times. A small file skips that walk, which
    # would cost more than the load.
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        if gc.get_count()[0] > _MANY_OBJECTS:
            gc.collect()


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$")


def loads(text: str, *, path: Path | str = "<string>") -> Timeline:
    """Validate the TOML ``text`` of an events file; ``path`` only names it in errors.

    Raises :class:`~kztimeline.errors.TimelineFileError` as :func:`load` does.
    """
    text = text.removeprefix("\ufeff")
    with _collector_paused():
        return _validated(_parsed(text, path), path, lambda: text)


# A key of more dotted parts than _locate.MAX_KEY_PARTS allows, at the start of a statement, a
# table header or an inline table's entry. The TOML parser takes time quadratic in the parts of
# one key (8 s for 20,000), so such a key is refused before parsing. The pattern may also match
# inside a string; _locate, which knows strings, then decides. Each search starts at a literal
# character, which keeps it to a few per cent of the time of parsing.
_KEY_PARTS = r"""[ \t]*\[{0,2}[ \t]*(?:(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')[ \t]*\.[ \t]*){100}"""
_LONG_KEY_FIRST = re.compile(_KEY_PARTS)
_LONG_KEY = re.compile("[\n{,]" + _KEY_PARTS)


def _parsed(text: str, path: Path | str) -> dict[str, Any]:
    if _LONG_KEY_FIRST.match(text) or _LONG_KEY.search(text):
        from kztimeline._locate import MAX_KEY_PARTS, locate

        line = locate(text).too_deep_line
        if line is not None:
            raise TimelineFileError(
                path, f"a key has more than {MAX_KEY_PARTS} dotted parts; shorten it", line=line
            )
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as err:
        raise _syntax_error(path, text, str(err)) from None
    except RecursionError:
        from kztimeline._locate import MAX_NESTING, locate

        located = locate(text)
        raise TimelineFileError(
            path,
            f"arrays or tables are nested too deeply (over {MAX_NESTING} levels); flatten them",
            line=located.too_deep_line,
        ) from None


def _validated(raw: dict[str, Any], path: Path | str, source: Callable[[], str]) -> Timeline:
    """The timeline of the parsed file ``raw``; ``source()`` gives its text, to find lines."""
    try:
        try:
            document, chronological = _validate(raw)
        except ValidationError:
            # _validate dropped the tables it had read; read them again, and report the first
            # of all the problems in the file.
            raw = tomli.loads(source())
            TimelineDocument.model_validate(raw)
            raise
    except ValidationError as err:
        raise _first_problem(path, source(), raw, err) from None
    except RecursionError:
        raise TimelineFileError(path, "is nested too deeply to read; flatten it") from None
    _check_references(path, source, document)
    return Timeline(
        chronological,
        info=document.timeline,
        sources=document.sources,
        people=document.people,
        path=Path(path),
        kind_tables=document.kinds,
    )


def _validate(raw: dict[str, Any]) -> tuple[TimelineDocument, list[Event]]:
    """``TimelineDocument.model_validate(raw)``, with the events validated one by one, and
    the events in the order they were made: nearly chronological.

    The tables are validated in the order of their dates as written, so that events near in
    time are near in memory, where a query that returns them reads them one after the other.
    Each event's parsed table is dropped from ``raw`` once its model is made, so that a large
    file never holds all the parsed tables and all the models at once. Raises ValidationError
    for the first invalid part met; the caller then validates a fresh parse whole, in file
    order, to report every problem.
    """
    items = raw.get("events")
    if not isinstance(items, list):
        document = TimelineDocument.model_validate(raw)
        return document, list(document.events)
    by_position: list[Event | None] = [None] * len(items)
    made: list[Event] = []
    # pydantic gives every model its own set of the names of the fields it was given, a third
    # of the memory of a typical event. Events are frozen, so nothing changes the set, and the
    # events given the same keys can share one.
    shared_names: dict[frozenset[str], set[str]] = {}
    strings: dict[str, str] = {}
    # The dates written the same way are one EventDate: made once, stored once. A date-time
    # is left out, since a timezone key can change what it means.
    dates: dict[str | date, EventDate] = {}
    for index in sorted(range(len(items)), key=lambda index: _written_start(items[index])):
        item = items[index]
        items[index] = None
        written = None
        if isinstance(item, dict):
            _share_strings(item, strings)
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
    # After the events, so that the document's validator reuses the one built for Event.
    document = TimelineDocument.model_validate({k: v for k, v in raw.items() if k != "events"})
    return document.model_copy(update={"events": tuple(by_position)}), made


def _written_start(item: object) -> str:
    # Where an event starts, as written: ISO dates, and intervals by their start, sort as text.
    if isinstance(item, dict):
        written = item.get("date")
        if isinstance(written, str):
            return written
        if isinstance(written, date):
            return written.isoformat()
    return ""


_REPEATED_KEYS = ("kind", "place", "sources", "people", "organizations", "tags", "status")


def _share_strings(item: dict[str, Any], strings: dict[str, str]) -> None:
    # tomli makes a new string for every "meeting" or source id; the values that repeat from
    # event to event are replaced by one shared copy.
    for key in _REPEATED_KEYS:
        value = item.get(key)
        if isinstance(value, str):
            item[key] = strings.setdefault(value, value)
        elif isinstance(value, list):
            item[key] = [
                strings.setdefault(part, part) if isinstance(part, str) else part for part in value
            ]


def _close_matches(word: str, known: list[str]) -> list[str]:
    import difflib  # for messages only: not imported by every load

    return difflib.get_close_matches(word, known, n=1)


_KEY_TUPLE = re.compile(r"\((?:'[^']*',? ?)+\)")
_QUOTED = re.compile(r"'([^']*)'")


def _syntax_error(path: Path | str, text: str, message: str) -> TimelineFileError:
    from kztimeline._syntax_hints import enclosing_event, syntax_advice

    position = _TOML_POSITION.search(message)
    problem = message[: position.start()] if position else message
    problem = problem[:1].lower() + problem[1:]
    # tomli names a table by its key tuple, ('sources', 'a'); the file writes [sources.a].
    problem = _KEY_TUPLE.sub(lambda found: f"[{'.'.join(_QUOTED.findall(found[0]))}]", problem)
    if position and position.group(1):
        line, column = int(position.group(1)), int(position.group(2))
        where = f"at column {column}"
    else:
        line, where = text.count("\n") + 1, "at the end of the file"
    subject, event_id = enclosing_event(text, line)
    line_text = text.split("\n")[line - 1] if line <= text.count("\n") + 1 else ""
    advice = syntax_advice(line_text.rstrip("\r"), problem, in_event=subject is not None)
    return TimelineFileError(
        path,
        f"invalid TOML: {problem} {where}; {advice}",
        line=line,
        subject=subject,
        event_id=event_id,
    )


_SECTION_MODELS: Mapping[str, type[BaseModel]] = {
    "events": Event,
    "sources": Source,
    "people": Person,
    "kinds": Kind,
}
_SUBJECTS = {"events": "event", "sources": "source", "people": "person", "kinds": "kind"}


def _first_problem(
    path: Path | str, text: str, raw: dict[str, Any], error: ValidationError
) -> TimelineFileError:
    from kztimeline._locate import locate

    # Finding lines is only needed for a message, so it is imported only on the way to one.
    located = locate(text)
    problems = [_describe(path, raw, located, detail) for detail in error.errors()]
    # "dat: unknown key; did you mean 'date'?" says more than "date: required key is missing".
    misspelt = {
        (problem.subject, found.group(1))
        for problem in problems
        if (found := _SUGGESTION.search(problem.problem))
    }
    problems = [
        problem
        for problem in problems
        if not (problem.problem == _MISSING and (problem.subject, problem.field) in misspelt)
    ]
    return min(problems, key=lambda problem: problem.line or located.line_count + 1)


_MISSING = "required key is missing; add it"
_SUGGESTION = re.compile(r"unknown key; did you mean '([^']+)'\?$")


def _describe(
    path: Path | str, raw: dict[str, Any], located: KeyLines, detail: Any
) -> TimelineFileError:
    loc: tuple[str | int, ...] = tuple(detail["loc"])
    cause = (detail.get("ctx") or {}).get("error")
    if isinstance(cause, FieldProblem):
        prefix = loc[:2] if loc and loc[0] in _SECTION_MODELS else loc[:1]
        loc = (*prefix, cause.field)

    subject: str | None = None
    event_id: str | None = None
    model: type[BaseModel] = TimelineDocument
    rest = loc
    if len(loc) >= 2 and loc[0] in _SECTION_MODELS:
        section, key = str(loc[0]), loc[1]
        model = _SECTION_MODELS[section]
        rest = loc[2:]
        if isinstance(key, int):
            event_id = _raw_event_id(raw, key)
            subject = f"event '{event_id}'" if event_id else f"event #{key + 1}"
        else:
            subject = f"{_SUBJECTS[section]} '{key}'"
    elif loc and loc[0] == "timeline":
        subject, model, rest = "timeline", TimelineInfo, loc[1:]

    field = str(rest[0]) if rest else None
    if field is None and subject is None and loc:
        field = str(loc[0])
    problem = _problem_text(detail, model, field, rest)
    return TimelineFileError(
        path,
        problem,
        line=located.line_of(loc),
        subject=subject,
        event_id=event_id,
        field=field,
    )


def _raw_event_id(raw: dict[str, Any], index: int) -> str | None:
    events = raw.get("events")
    if isinstance(events, list) and index < len(events) and isinstance(events[index], dict):
        event_id = events[index].get("id")
        if isinstance(event_id, str) and event_id.strip() and event_id.isprintable():
            return event_id
    return None


_EXPECTED_TYPES = {
    "string_type": "a string in quotes",
    "list_type": 'an array such as ["a", "b"]',
    "tuple_type": 'an array such as ["a", "b"]',
    "dict_type": "a table",
    "model_type": "a table",
    "model_attributes_type": "a table",
    "date_type": "a TOML date such as 2012-11-13",
    "date_parsing": "a TOML date such as 2012-11-13",
    "date_from_datetime_parsing": "a TOML date such as 2012-11-13",
    "date_from_datetime_inexact": "a TOML date such as 2012-11-13, without a time",
    "datetime_type": "a TOML date-time such as 2012-11-13T10:00:00+06:00",
    "bool_type": "true or false",
}


def _unquoted(value: object) -> str:
    """How to write a quoted date or date-time as the TOML value it stands for, if it is one."""
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return ""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}:\d{2}.*)?", value):
            return f"; write it without quotes, as {value}"
    return ""


def _problem_text(
    detail: Any, model: type[BaseModel], field: str | None, rest: tuple[str | int, ...]
) -> str:
    kind = detail["type"]
    item = f"item {int(rest[1]) + 1} " if len(rest) > 1 and isinstance(rest[1], int) else ""
    if kind == "missing":
        if model is TimelineInfo and field is None:
            return "required table is missing; add a [timeline] table with a title"
        return _MISSING
    if kind == "extra_forbidden":
        known = list(model.model_fields)
        close = _close_matches(field or "", known)
        hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(known)}"
        return f"unknown key; {hint}"
    if kind == "value_error":
        return str(detail["ctx"]["error"])
    if kind == "string_pattern_mismatch":
        return pattern_problem(detail["ctx"]["pattern"], detail["input"])
    if kind == "literal_error":
        expected = detail["ctx"]["expected"]
        found = detail["input"]
        close = _close_matches(found, _QUOTED.findall(expected)) if isinstance(found, str) else []
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return f"must be one of {expected}; got {found!r}{hint}"
    if field == "events" and kind in ("tuple_type", "list_type"):
        return "must be an array of tables, each written as [[events]]"
    if kind in _EXPECTED_TYPES:
        found = detail["input"]
        return f"{item}must be {_EXPECTED_TYPES[kind]}; got {type_name(found)}{_unquoted(found)}"
    message = str(detail["msg"])
    return item + message[:1].lower() + message[1:]


def _check_references(
    path: Path | str, source: Callable[[], str], document: TimelineDocument
) -> None:
    seen: dict[str, int] = {}
    for index, event in enumerate(document.events):
        problem: tuple[str, str] | None = None
        if event.id in seen:
            problem = ("id", "")
        else:
            seen[event.id] = index
            problem = _unknown_reference(
                "sources", event.sources, document.sources, "source"
            ) or _unknown_reference("people", event.people, document.people, "person")
        if problem is None:
            continue
        from kztimeline._locate import locate

        located = locate(source())
        field, message = problem
        if field == "id":
            first_line = located.line_of(("events", seen[event.id], "id"))
            message = (
                f"duplicate id; the event at line {first_line} has it already; "
                "give each event its own id"
            )
        raise TimelineFileError(
            path,
            message,
            line=located.line_of(("events", index, field)),
            subject=f"event '{event.id}'",
            event_id=event.id,
            field=field,
        )


def _unknown_reference(
    field: str, ids: tuple[str, ...], known: Mapping[str, object], table: str
) -> tuple[str, str] | None:
    for wanted in ids:
        if wanted not in known:
            close = _close_matches(wanted, list(known))
            hint = f"did you mean '{close[0]}'?" if close else f"add a [{field}.{wanted}] table"
            return field, f"unknown {table} '{wanted}'; {hint}"
    return None
