"""Every error kztimeline raises on purpose, under one root.

::

    KztimelineError (Exception)
    ├── CalendarError (ValueError)      an iCalendar file that cannot be imported; path, line
    ├── CalendarValueError (ValueError) one iCalendar value (a date, a duration) that cannot be read
    ├── DateError (ValueError)          a date, interval or time zone that cannot be read
    ├── TimelineFileError (ValueError)  events.toml cannot be read or is invalid;
    │                                   carries path, line, subject, field, and .problems
    ├── QueryError (ValueError)         a query that cannot be answered as asked
    ├── FieldProblem (ValueError)       inside validation: a problem of another field than
    │                                   the one checked; the loader reports it as that field's
    ├── EmptySelectionError (ValueError) nothing to export
    ├── ExportOptionError (ValueError)  an export option with a value the exporter does not know
    ├── DraftError (ValueError)         an article cannot be drafted from as asked; path, line
    ├── PictureError (ValueError)       a picture asked for in a way that cannot be drawn
    ├── OutputError (OSError)           an export could not be written; earlier files are intact
    └── PublishError (OSError)          a calendar server refused or could not be reached;
                                        names the server and the object, keeps what was done

    TimelineFileWarning (UserWarning)   events.toml is valid but may not mean what it says
                                        everywhere; carries path, line, subject, field

Each error reads as one sentence that says what is wrong and what to change, so that the
command line can print ``str(error)`` alone, without a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

__all__ = (
    "CalendarError",
    "CalendarValueError",
    "DateError",
    "DraftError",
    "EmptySelectionError",
    "ExportOptionError",
    "FieldProblem",
    "KztimelineError",
    "OutputError",
    "PictureError",
    "PublishError",
    "QueryError",
    "TimelineFileError",
    "TimelineFileWarning",
)


class KztimelineError(Exception):
    """The root of every error that kztimeline raises on purpose.

    Its message is always one line of printable text: a newline, a control character or a
    bidirectional override that came from the input (a key, a value, a file name) is shown
    as its escape, such as ``\\n``, so it cannot break the line or reorder what it says.
    """

    def __str__(self) -> str:
        return one_line(super().__str__())


def one_line(text: str) -> str:
    """``text`` with every character that is not printable shown as its escape (``\\n``)."""
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


class CalendarError(KztimelineError, ValueError):
    """An iCalendar file that cannot be imported. ``path`` and ``line`` (1-based, or None)
    say where; the message reads ``calendar.ics:12: <problem>``."""

    def __init__(self, path: Path | str, problem: str, *, line: int | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.line = line
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")


class CalendarValueError(KztimelineError, ValueError):
    """One iCalendar value (a date, a duration, an offset) that cannot be read; the reader
    turns it into a :class:`CalendarError` that says where it is."""

    @classmethod
    def expected(cls, text: str, what: str) -> CalendarValueError:
        return cls(f"{text!r} is not {what}")


class DateError(KztimelineError, ValueError):
    """A date, an interval, a time zone or a repeat rule that cannot be read.

    The message names the problem and what to write instead; the loader adds the file, the line
    and the event when the date comes from events.toml.
    """


class QueryError(KztimelineError, ValueError):
    """A query that cannot be answered as asked, such as a window that ends before it starts."""


class FieldProblem(KztimelineError, ValueError):
    """Raised inside validation for a problem that belongs to another field than the one checked.

    pydantic wraps it in its ``ValidationError``; the loader reads ``field`` to point at the
    right key and line, and reports the problem as a :class:`TimelineFileError`.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class EmptySelectionError(KztimelineError, ValueError):
    """An export was asked for a selection that holds no event.

    The one rule (``kztimeline.export.require_events``): every command that writes an output
    (``plot``, ``export``, ``ics``, ``build``) refuses an empty selection before it writes
    anything; ``list`` answers "no events".
    """

    @classmethod
    def for_format(cls, format_name: str) -> EmptySelectionError:
        return cls(f"no events to export as {format_name}; widen the date range or the filters")

    @classmethod
    def for_build(cls) -> EmptySelectionError:
        # build takes no filters: the file itself holds no event.
        return cls("no events to build the exports from; add an [[events]] table to the file")


class ExportOptionError(KztimelineError, ValueError):
    """An export option with a value the exporter does not know, such as ``imprecise="exact"``."""

    @classmethod
    def not_one_of(cls, name: str, value: object, allowed: tuple[str, ...]) -> ExportOptionError:
        return cls(f"{name}={value!r} is not one of: {', '.join(allowed)}")

    @classmethod
    def bad_epoch(cls, epoch: str) -> ExportOptionError:
        """``SOURCE_DATE_EPOCH``, which fixes the outputs' timestamp, is not whole seconds."""
        return cls(
            f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970; "
            "unset it or give an integer"
        )


class DraftError(KztimelineError, ValueError):
    """An article that cannot be read, or a ``kztimeline draft`` asked for something it
    cannot do. ``path`` and ``line`` say where, when a file is at fault."""

    def __init__(self, problem: str, *, path: Path | str | None = None, line: int | None = None):
        self.path = Path(path) if path is not None else None
        self.line = line
        self.problem = problem
        where = f"{path}:{line}: " if line is not None else f"{path}: " if path else ""
        super().__init__(f"{where}{problem}")

    @classmethod
    def in_file(cls, path: Path | str, problem: str, line: int | None = None) -> DraftError:
        """An article file that cannot be read."""
        return cls(problem, path=path, line=line)

    @classmethod
    def source_count(cls, ids: int, articles: int) -> DraftError:
        return cls(
            f"{ids} --source ids for {articles} articles; give one --source per article, "
            "or none to use the file names"
        )

    @classmethod
    def bad_source_id(cls, source_id: str, suggestion: str) -> DraftError:
        return cls(
            f"source id '{source_id}' is not a lowercase slug of a-z, 0-9 and '-'; "
            f"write e.g. '{suggestion}'"
        )

    @classmethod
    def duplicate_source(cls, source_id: str) -> DraftError:
        return cls(f"two articles have the source id '{source_id}'; give each its own --source")

    @classmethod
    def bad_published(cls, value: object, name: str = "--published") -> DraftError:
        """A publication day that is neither a ``date`` nor a ``YYYY-MM-DD`` text."""
        if not isinstance(value, str):
            return cls(
                f"{name} must be a date or a text YYYY-MM-DD, e.g. '2012-11-13'; "
                f"got {type(value).__name__}"
            )
        return cls(f"{name} '{value}' is not a day; write it as YYYY-MM-DD, e.g. 2012-11-13")

    @classmethod
    def output_is_into(cls, path: Path | str) -> DraftError:
        return cls(
            f"{path} is the --into file, which draft never writes; print the proposals "
            "(no -o) or write them to another file, then append what you keep"
        )


class PictureError(KztimelineError, ValueError):
    """A picture asked for in a way that cannot be drawn: an unknown format or layout, or a
    width that cannot be read."""

    @classmethod
    def bad_width(cls, width: str) -> PictureError:
        return cls(
            f"cannot use {width!r} as the picture's width; write 4 to 60 inches as a number, "
            "or with a unit, such as 16cm, 160mm, 6.5in or 460pt"
        )

    @classmethod
    def unknown_format(cls, format_name: str) -> PictureError:
        return cls(f"cannot draw a timeline as {format_name!r}; use png, svg or pdf")

    @classmethod
    def unknown_layout(cls, layout: str) -> PictureError:
        return cls(f"unknown layout {layout!r}; use auto, horizontal or vertical")

    @classmethod
    def unknown_lanes(cls, lanes: str) -> PictureError:
        return cls(f"unknown lanes {lanes!r}; use auto, or kind for a lane per kind")

    @classmethod
    def no_page(cls, page: int, pages: int | None) -> PictureError:
        """``page`` asked for, of ``pages`` (``None``: a number below 1)."""
        if pages is None:
            return cls(f"there is no page {page}; pages are numbered from 1")
        there = "there is 1 page" if pages == 1 else f"there are {pages} pages"
        return cls(f"there is no page {page}; {there} in this view")


class OutputError(KztimelineError, OSError):
    """An export could not be written. Any earlier file at the path is left as it was."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")

    @classmethod
    def from_os_error(cls, path: Path | str, err: OSError) -> OutputError:
        """Describe an ``OSError`` raised while writing ``path`` in plain words."""
        reason = err.strerror or str(err)
        return cls(path, f"cannot write: {reason.lower()}; nothing was changed")

    @classmethod
    def for_standard_output(cls, reason: str) -> OutputError:
        """Standard output refused the text (``> /dev/full``) for ``reason``."""
        error = cls("-", f"cannot write to standard output: {reason}")
        error.args = (error.problem,)
        return error


class PublishError(KztimelineError, OSError):
    """A calendar server that refused a request or could not be reached, or a publication
    asked for in a way that cannot be done. The message names the server (never with its
    credentials), the object at fault and what to do; ``done`` is what was published before
    it (a :class:`~kztimeline.publishing.Published`, or None if nothing was written)."""

    def __init__(self, problem: str, *, done: object = None) -> None:
        self.problem = problem
        self.done = done
        super().__init__(problem)

    @classmethod
    def needs_extra(cls) -> PublishError:
        """The CalDAV client, an optional dependency, is not installed."""
        return cls(
            "publishing needs the CalDAV client: pip install 'kztimeline[publish]' "
            "(or pip install caldav)"
        )


class _InTheFile(Exception):
    """The fields that say where in events.toml, and the one-line message built from them."""

    def __init__(
        self,
        path: Path | str,
        problem: str,
        *,
        line: int | None = None,
        subject: str | None = None,
        event_id: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.line = line
        self.subject = subject
        self.event_id = event_id
        self.field = field
        parts = [f"{path}:{line}" if line is not None else str(path), subject, field, problem]
        super().__init__(one_line(": ".join(part for part in parts if part)))


class TimelineFileError(_InTheFile, KztimelineError, ValueError):
    """events.toml cannot be read, or holds something invalid.

    The structured fields say where: ``path``, ``line`` (1-based, or ``None`` when the problem
    is the whole file), ``subject`` (``"event 'oic-cfm-39'"``, ``"source 'x'"``,
    ``"timeline"``, or ``None``), ``event_id`` (when the subject is an event with an id) and
    ``field`` (the key at fault, or ``None``). The message is built from them::

        events.toml:42: event 'oic-cfm-39': date: end 2012-11-14 is before start 2012-11-16

    A file with several independent problems raises one error, the first in line order, whose
    ``problems`` holds them all in line order (each a ``TimelineFileError`` with its own
    fields); a file with one problem has ``problems == (error,)``.
    """

    _all: tuple[TimelineFileError, ...] = ()

    @property
    def problems(self) -> tuple[TimelineFileError, ...]:
        """Every problem of the file, in line order; this one first."""
        return self._all or (self,)

    @classmethod
    def of_all(cls, problems: Sequence[TimelineFileError]) -> TimelineFileError:
        """The first of ``problems`` (at least one, in line order), carrying them all."""
        first = problems[0]
        first._all = tuple(problems)
        return first


class TimelineFileWarning(_InTheFile, UserWarning):
    """events.toml is valid, but something in it reads differently in other software: a
    local time that happens twice or never in its zone. ``load`` issues it with
    :func:`warnings.warn`, and the command line prints it on stderr. It has the fields and
    the message of :class:`TimelineFileError`::

        events.toml:12: event 'e': date: 2024-11-03T01:30:00 happens twice in …
    """
