"""What a TOML syntax error in events.toml is about, and how to fix it.

tomllib says where the parser stopped ("invalid hex value at column 14"), not what the person
meant; :func:`syntax_error` turns its message into the file's one-line error. These rules
look at the line it names and propose the fix for the common mistakes: a date without quotes,
a quote or a backslash inside "…", a key given twice, a second ``[timeline]``.
:func:`enclosing_event` names the ``[[events]]`` table the line is in, so the message says
which event to open.
"""

from __future__ import annotations

import re
from pathlib import Path

from kztimeline.edtf import parse_date, proposed_dates
from kztimeline.errors import DateError, TimelineFileError

__all__ = ("enclosing_event", "syntax_advice", "syntax_error")

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$")

_HEADER = re.compile(r"\s*\[")
_EVENTS_HEADER = re.compile(r"\s*\[\[\s*events\s*\]\]\s*(?:#.*)?")
_EVENT_ID = re.compile(r"""\s*id\s*=\s*(?:"([^"\\\n]*)"|'([^'\n]*)')\s*(?:#.*)?""")
_KEY_VALUE = re.compile(r"""\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=\s*(.*?)\s*""")
_DATE_LIKE = re.compile(r"\d{1,4}[-/.]\d|[A-Za-z]{3,}\.? \d|\d+ [A-Za-z]{3,}")
# A second '"' that is not escaped, after the opening one: the string ended early.
_EARLY_END = re.compile(r'"(?:[^"\\]|\\.)*"[^#]*"')
_BACKSLASH_PROBLEMS = ("invalid hex value", "unescaped '\\' in a string", "invalid escape")
_KEY_TUPLE = re.compile(r"\((?:'[^']*',? ?)+\)")
_QUOTED = re.compile(r"'([^']*)'")


def syntax_error(path: Path | str, text: str, message: str) -> TimelineFileError:
    """The error for tomllib's ``message`` about ``text``: where, in which event, and the fix."""
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


def enclosing_event(text: str, line: int) -> tuple[str | None, str | None]:
    """The ``[[events]]`` table that holds line ``line`` (1-based) of ``text``.

    Returns ``(subject, event_id)``: ``("event 'oic-cfm-39'", "oic-cfm-39")`` when the table
    has a readable ``id``, ``("event #3", None)`` when it has none, and ``(None, None)`` when
    the line is in no event (the ``[timeline]``, a source, a person, or before any table).
    """
    lines = text.split("\n")[:line]
    number = sum(1 for written in lines if _EVENTS_HEADER.fullmatch(written))
    for index in range(len(lines) - 1, -1, -1):
        if _EVENTS_HEADER.fullmatch(lines[index]):
            start = index
            break
        if _HEADER.match(lines[index]):
            return None, None
    else:
        return None, None
    for written in text.split("\n")[start + 1 :]:
        if _HEADER.match(written):
            break
        found = _EVENT_ID.fullmatch(written)
        if found:
            event_id = found.group(1) if found.group(1) is not None else found.group(2)
            if event_id and event_id.isprintable():
                return f"event '{event_id}'", event_id
    return f"event #{number}", None


def syntax_advice(line_text: str, problem: str, *, in_event: bool) -> str:
    """The fix for a TOML syntax ``problem`` (tomllib's words, lower case) on ``line_text``.

    Ends a sentence, such as ``write date = "2012-11-15"``; ``"fix the syntax"`` when no rule
    knows the mistake.
    """
    table = "this event" if in_event else "this table"
    declared = re.fullmatch(r"cannot declare \[(.*)\] twice", problem)
    if declared and declared.group(1) == "timeline":
        return "a file has one [timeline] table; merge the two into the first"
    if declared and declared.group(1) == "events":
        return "write each event under [[events]], with double brackets"
    if declared:
        return f"[{declared.group(1)}] may be written once; merge the two tables"
    pair = _KEY_VALUE.fullmatch(line_text.split(" #")[0])
    if problem == "cannot overwrite a value":
        key = pair.group(1) if pair else "a key"
        return f"{key} is given twice in {table}; keep one"
    if pair is None:
        return "fix the syntax"
    key, value = pair.groups()
    if not value:
        return f'{key} has no value; write one, as {key} = "…", or remove the line'
    if problem.startswith(_BACKSLASH_PROBLEMS) and value.startswith('"'):
        inner = value[1:].rstrip('"')
        return (
            'a backslash in "…" starts an escape; write the text in single quotes, as '
            f"{key} = {_literal(inner)}, or write each backslash as \\\\"
        )
    if value.startswith('"') and not value.startswith('"""') and _EARLY_END.match(value):
        inner = value[1 : value.rindex('"')]
        return (
            'a quote inside "…" ends the text; write it in single quotes, as '
            f'{key} = {_literal(inner)}, or write each inner quote as \\"'
        )
    if value and value[0] not in "\"'[{" and _DATE_LIKE.match(value):
        return _date_advice(key, value)
    return "fix the syntax"


def _literal(inner: str) -> str:
    # A literal string cannot hold a single quote; a multi-line literal string can.
    return f"'''{inner}'''" if "'" in inner else f"'{inner}'"


def _date_advice(key: str, value: str) -> str:
    # Only a rewrite the date parser reads is proposed; else what is wrong with the date.
    proposals = proposed_dates(value)
    if key != "date":
        # published and revised are TOML dates, written without quotes, to the day.
        days = [proposal for proposal in proposals if re.fullmatch(r"\d{4}-\d{2}-\d{2}", proposal)]
        if days:
            return f"write a TOML date, year first: {key} = {days[0]}"
        return _date_problem(value) or "fix the syntax"
    if not proposals:
        return _date_problem(value) or "fix the syntax"
    written = " or ".join(f'{key} = "{proposal}"' for proposal in proposals)
    if proposals == (value,):
        return f"write the date in quotes: {written}"
    return f"write the date in quotes, as EDTF: {written}"


def _date_problem(value: str) -> str | None:
    """What the date parser says is wrong with ``value``, such as a day the month lacks."""
    try:
        parse_date(value)
    except DateError as err:
        return str(err)
    return None
