"""The references of events to ``[sources]`` and ``[people]``, and their ids, checked.

Both ways of loading use it: a valid file, through its events, and an invalid one, through its
parsed tables, so that an unknown source is reported together with the other problems. One
mistake that repeats, such as a source id misspelt in 40 events, is one line that names the
count and the lines.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kztimeline.errors import TimelineFileError

if TYPE_CHECKING:
    from kztimeline._locate import KeyLines

__all__ = ("EventRefs", "in_line_order", "reference_problems")

EventRefs = tuple[int, str, Sequence[str], Sequence[str]]
"""An event's position among the ``[[events]]``, its id, its source ids and its person ids."""

_LINES_NAMED = 8
"""A repeated mistake names this many of its lines, then how many more."""


def reference_problems(
    path: Path | str,
    locate: Callable[[], KeyLines],
    events: Iterable[EventRefs],
    sources: Collection[str] | None,
    people: Collection[str] | None,
) -> list[TimelineFileError]:
    """Duplicate ids, and ids not in ``sources`` or ``people`` (``None``: the table itself is
    invalid, so its ids are not judged); ``locate()`` places them, called only if needed."""
    seen: dict[str, int] = {}
    # (field, wanted) -> the events that name it; one mistake, however often it is repeated.
    unknown: dict[tuple[str, str], list[tuple[int, str]]] = {}
    duplicates: list[tuple[int, str]] = []
    for index, event_id, source_ids, person_ids in events:
        if event_id in seen:
            duplicates.append((index, event_id))
        else:
            seen[event_id] = index
        for field, ids, known in (("sources", source_ids, sources), ("people", person_ids, people)):
            if known is None:
                continue
            for wanted in ids:
                if wanted not in known:
                    naming = unknown.setdefault((field, wanted), [])
                    if not naming or naming[-1][0] != index:  # an id cited twice by one event
                        naming.append((index, event_id))
    if not duplicates and not unknown:
        return []
    located = locate()
    problems = []
    for index, event_id in duplicates:
        first_line = located.line_of(("events", seen[event_id], "id"))
        message = (
            f"duplicate id; the event at line {first_line} has it already; "
            "give each event its own id"
        )
        problems.append(_at(path, located, index, event_id, "id", message))
    for (field, wanted), naming in unknown.items():
        known = sources if field == "sources" else people
        assert known is not None
        message = _unknown_message(field, wanted, known)
        index, event_id = naming[0]
        if len(naming) > 1:
            lines = [located.line_of(("events", at, field)) for at, _ in naming]
            message += f"; the same in {len(naming)} events, at lines {_some(lines)}"
        problems.append(_at(path, located, index, event_id, field, message))
    return problems


def _at(
    path: Path | str, located: KeyLines, index: int, event_id: str, field: str, message: str
) -> TimelineFileError:
    return TimelineFileError(
        path,
        message,
        line=located.line_of(("events", index, field)),
        subject=f"event '{event_id}'",
        event_id=event_id,
        field=field,
    )


def _unknown_message(field: str, wanted: str, known: Collection[str]) -> str:
    import difflib  # for messages only: not imported by every load

    table = "source" if field == "sources" else "person"
    close = difflib.get_close_matches(wanted, list(known), n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"add a [{field}.{wanted}] table"
    return f"unknown {table} '{wanted}'; {hint}"


def _some(lines: Sequence[int | None]) -> str:
    named = ", ".join(str(line) for line in lines[:_LINES_NAMED] if line is not None)
    rest = len(lines) - _LINES_NAMED
    return f"{named} and {rest} more" if rest > 0 else named


def in_line_order(problems: Iterable[TimelineFileError]) -> list[TimelineFileError]:
    """``problems`` by line; those of no line (the whole file) last, as found."""
    return sorted(problems, key=lambda problem: (problem.line is None, problem.line or 0))
