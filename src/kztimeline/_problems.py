"""How a load that failed is told: a line for each problem, with the file, the line, the
event, the key and the fix.

:mod:`kztimeline.load` parses and validates; when pydantic or a reference refuses the file,
the functions here find every independent problem, leave out those that follow from another
(a key reported missing because it is misspelt), locate each key's line
(:mod:`kztimeline._locate`) and word it, with a suggestion where one is known. A TOML syntax
error is worded by :mod:`kztimeline._syntax_hints`; the tables before it are judged here.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import tomli
from pydantic import BaseModel, ValidationError

from kztimeline._fields import pattern_problem
from kztimeline._references import EventRefs, in_line_order, reference_problems
from kztimeline.date_hints import fixed_zone_hint
from kztimeline.dates import wall_time_doubt
from kztimeline.errors import FieldProblem, TimelineFileError, TimelineFileWarning
from kztimeline.records import (
    Change,
    Event,
    Kind,
    Person,
    Source,
    TimelineDocument,
    TimelineInfo,
    type_name,
)

if TYPE_CHECKING:
    from kztimeline._locate import KeyLines


__all__ = (
    "check_references",
    "file_problems",
    "problems_before",
    "validation_problems",
    "warn_of_doubtful_times",
)


def _close_matches(word: str, known: list[str]) -> list[str]:
    import difflib  # for messages only: not imported by every load

    return difflib.get_close_matches(word, known, n=1)


_QUOTED = re.compile(r"'([^']*)'")


_SECTION_MODELS: Mapping[str, type[BaseModel]] = {
    "events": Event,
    "sources": Source,
    "people": Person,
    "kinds": Kind,
}
_SUBJECTS = {"events": "event", "sources": "source", "people": "person", "kinds": "kind"}


def validation_problems(
    path: Path | str,
    text: str,
    raw: dict[str, Any],
    error: ValidationError,
    *,
    located: KeyLines | None = None,
) -> list[TimelineFileError]:
    """Every problem pydantic found in the parsed file ``raw`` (of ``text``, whose lines are
    ``located``), each placed at its line and worded; a key reported as missing because it is
    misspelt is left out."""
    if located is None:
        # The line locator is needed only to place an error.
        from kztimeline._locate import locate

        located = locate(text)
    problems = [_describe(path, raw, located, detail) for detail in error.errors()]
    # "dat: unknown key; did you mean 'date'?" says more than "date: required key is missing".
    # So does "changes.sources: … belongs to the event" than "sources: … missing".
    misspelt = {
        (problem.subject, _sibling(problem.field, found.group(1)))
        for problem in problems
        if (found := _SUGGESTION.search(problem.problem))
    } | {
        (problem.subject, (problem.field or "").partition(".")[2])
        for problem in problems
        if _BELONGS_TO_EVENT in problem.problem
    }
    return [
        problem
        for problem in problems
        if not (problem.problem == _MISSING and (problem.subject, problem.field) in misspelt)
    ]


_HEADER = re.compile(r"[ \t]*\[")
_LATER_TABLE = r"""^[ \t]*\[[ \t]*["']?{}\b"""


def problems_before(path: Path | str, text: str, line: int) -> list[TimelineFileError]:
    """The problems of the tables of ``text`` that end before the table holding ``line``,
    where a syntax error stopped the parser. What comes later cannot be read: a key or a
    table missing at the top is not judged, nor a reference to ``[sources]`` or ``[people]``
    when a table of theirs comes later."""
    lines = text.split("\n")
    cut = min(line, len(lines)) - 1
    while cut > 0 and not _HEADER.match(lines[cut]):
        cut -= 1
    if cut <= 0:
        return []
    before = "\n".join(lines[:cut])
    later = "\n".join(lines[cut:])
    try:
        raw = tomli.loads(before)
        TimelineDocument.model_validate(raw)
        error = None
    except ValidationError as err:
        error = err
    except (tomli.TOMLDecodeError, RecursionError):
        return []  # the cut fell inside a multi-line value: only the syntax error is sure
    judged = {
        table: not re.search(_LATER_TABLE.format(table), later, re.MULTILINE)
        for table in ("sources", "people")
    }
    problems = _problems_of(path, before, raw, error, judged)
    return [
        problem
        for problem in problems
        if problem.subject is not None or not problem.problem.startswith("required")
    ]


def file_problems(
    path: Path | str, text: str, raw: dict[str, Any], error: ValidationError
) -> TimelineFileError:
    """One error holding every problem of the invalid file ``raw`` (parsed from ``text``):
    what pydantic found and the references of the events, in line order."""
    problems = _problems_of(path, text, raw, error, {"sources": True, "people": True})
    return TimelineFileError.of_all(problems)


def _problems_of(
    path: Path | str,
    text: str,
    raw: dict[str, Any],
    error: ValidationError | None,
    judged: Mapping[str, bool],
) -> list[TimelineFileError]:
    # The line locator is needed only to place an error.
    from kztimeline._locate import locate

    located = locate(text)
    problems = [] if error is None else validation_problems(path, text, raw, error, located=located)
    problems += reference_problems(
        path,
        lambda: located,
        _raw_references(raw),
        _raw_ids(raw, "sources") if judged["sources"] else None,
        _raw_ids(raw, "people") if judged["people"] else None,
    )
    return in_line_order(problems)


_MISSING = "required key is missing; add it"
_SUGGESTION = re.compile(r"unknown key(?: in \S+)?; did you mean '([^']+)'\?$")
_BELONGS_TO_EVENT = "belongs to the event"
_CHANGE_TABLE = "[[events.changes]]"


def _sibling(field: str | None, key: str) -> str:
    """The key ``key`` in the table that holds ``field``: ``changes.titel`` -> ``changes.title``."""
    table, dot, _ = (field or "").rpartition(".")
    return f"{table}{dot}{key}"


def _change_key_problem(kind: str, key: str) -> str:
    """A key missing from, or unknown in, an ``[[events.changes]]`` table."""
    if kind == "missing":
        return _MISSING
    if key in Event.model_fields:
        # The usual TOML slip: a key of the event written after its first sub-table.
        return (
            f"unknown key in {_CHANGE_TABLE}; {key} {_BELONGS_TO_EVENT}: write it before "
            f"the event's first {_CHANGE_TABLE} table"
        )
    close = _close_matches(key, list(Change.model_fields))
    if close:
        return f"unknown key in {_CHANGE_TABLE}; did you mean '{close[0]}'?"
    return f"unknown key in {_CHANGE_TABLE}; known keys: {', '.join(Change.model_fields)}"


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
    if (
        model is Event
        and len(rest) == 3
        and rest[0] == "changes"
        and detail["type"] in ("missing", "extra_forbidden")
    ):
        # A key of one change is named, and placed at its own line, not at the event's.
        field = f"changes.{rest[2]}"
        problem = _change_key_problem(detail["type"], str(rest[2]))
    else:
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


def check_references(
    path: Path | str, source: Callable[[], str], document: TimelineDocument
) -> None:
    """Raise one :class:`TimelineFileError` holding every duplicate id and every unknown source
    or person of the valid ``document``; ``source()`` gives the text, to place them."""
    # The line locator is needed only to place an error.
    from kztimeline._locate import locate

    problems = reference_problems(
        path,
        lambda: locate(source()),
        (
            (index, event.id, event.sources, event.people)
            for index, event in enumerate(document.events)
        ),
        document.sources,
        document.people,
    )
    if problems:
        raise TimelineFileError.of_all(in_line_order(problems))


def _raw_references(raw: dict[str, Any]) -> Iterator[EventRefs]:
    # The events as parsed, where they can be read: an id that is not text, or sources that
    # are not an array of text, are problems of their own, already reported.
    events = raw.get("events")
    if not isinstance(events, list):
        return
    for index, event in enumerate(events):
        if not isinstance(event, dict):
            continue
        event_id = _raw_event_id(raw, index)
        sources, people = event.get("sources", []), event.get("people", [])
        if event_id is None or not _texts(sources) or not _texts(people):
            continue
        yield index, event_id, sources, people


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(part, str) for part in value)


def _raw_ids(raw: dict[str, Any], table: str) -> Collection[str] | None:
    found = raw.get(table, {})
    return found if isinstance(found, dict) else None


def warn_of_doubtful_times(
    path: Path | str, source: Callable[[], str], document: TimelineDocument
) -> None:
    """A :class:`TimelineFileWarning` for each local date-time of an event that happens twice
    or never in its zone: calendars read it differently, and the offset form says which; and
    for a zone such as EST, which has no daylight saving, unlike the region it names."""
    located: KeyLines | None = None
    for index, event in enumerate(document.events):
        start = event.date.time
        if start is None or not isinstance(start.tzinfo, ZoneInfo):
            continue  # a day, or a time written with its offset, which has no doubt
        for field, message in _doubts(event):
            if located is None:
                # The line locator is needed only to place a warning.
                from kztimeline._locate import locate

                located = locate(source())
            warning = TimelineFileWarning(
                path,
                message,
                line=located.line_of(("events", index, field)),
                subject=f"event '{event.id}'",
                event_id=event.id,
                field=field,
            )
            warnings.warn(warning, stacklevel=4)


def _doubts(event: Event) -> Iterator[tuple[str, str]]:
    """(key, warning) for the event's zone if it is a fixed abbreviation such as EST, then for
    each of its local date-times that happens twice or never."""
    fixed = fixed_zone_hint(event.timezone) if event.timezone else None
    if fixed is not None:
        yield "timezone", fixed
    for field, moment in _local_times(event):
        doubt = wall_time_doubt(moment)
        if doubt is not None:
            yield field, _doubt_message(moment, doubt)


def _local_times(event: Event) -> Iterator[tuple[str, datetime]]:
    """(key, moment) for each date-time the event's own keys give, in its zone."""
    assert event.date.time is not None
    yield "date", event.date.time
    if event.date.until is not None:
        yield "end", event.date.until
    for item in event.also_on:
        if isinstance(item, datetime):
            yield "also_on", item
    for change in event.changes:
        if change.date is not None and change.date.time is not None:
            yield "changes", change.date.time
        if change.end is not None:
            yield "changes", change.end


def _doubt_message(moment: datetime, doubt: str) -> str:
    wall = moment.replace(tzinfo=None).isoformat()
    zone = moment.tzinfo
    # The two readings, each in the offset it has: the first is the moment itself (fold=0).
    first = moment.replace(fold=0).astimezone(UTC).astimezone(zone).isoformat()
    second = moment.replace(fold=1).astimezone(UTC).astimezone(zone).isoformat()
    if doubt == "twice":
        return (
            f"{wall} happens twice in {zone} (the clocks go back over it); kztimeline and "
            f"RFC 5545 take the first, some calendars (ical.js: Thunderbird) the second; "
            f"write {first} for the first or {second} for the second"
        )
    return (
        f"{wall} never happens in {zone} (the clocks go forward over it); kztimeline and "
        f"RFC 5545 read it as {first}, some calendars (ical.js: Thunderbird) as {second}; "
        "write the one you mean"
    )
