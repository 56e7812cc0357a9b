"""kztimeline: sourced chronologies as calendars, timeline pictures and date-range queries.

>>> import kztimeline
>>> timeline = kztimeline.load()
>>> [event.id for event in timeline.between("2012-11-13", "2012-11-18", within=True)][:2]
['mfa-briefing-2012-11-14', 'kz-eu-cooperation-committee-12']
"""

import importlib
import typing

from kztimeline._version import version as _version
from kztimeline.dates import EventDate, PartialDate, Precision, Qualifier
from kztimeline.edtf import parse_date
from kztimeline.errors import (
    CalendarError,
    CalendarValueError,
    DateError,
    DraftError,
    EmptySelectionError,
    ExportOptionError,
    FieldProblem,
    KztimelineError,
    OutputError,
    PictureError,
    PublishError,
    QueryError,
    TimelineFileError,
)
from kztimeline.load import bundled_path, load, loads
from kztimeline.records import Event, Person, Source, TimelineInfo, json_schema
from kztimeline.timeline import Timeline

if typing.TYPE_CHECKING:
    from kztimeline.export.html import to_html
    from kztimeline.export.markdown import to_markdown
    from kztimeline.export.tabular import to_csv
    from kztimeline.export.timelinejs import to_timelinejs
    from kztimeline.ical.reader import from_ics
    from kztimeline.ical.writer import DEFAULT_UID_DOMAIN, to_ics, write_ics
    from kztimeline.plot import render, save_plot
    from kztimeline.publishing import publish

    __version__: str

# Exporters, the importer and the version are imported on first use, so that loading and
# querying (and `kztimeline list`) start fast: name -> the module that defines it.
_LAZY = {
    "to_html": "kztimeline.export.html",
    "DEFAULT_UID_DOMAIN": "kztimeline.ical.writer",
    "to_ics": "kztimeline.ical.writer",
    "write_ics": "kztimeline.ical.writer",
    "to_markdown": "kztimeline.export.markdown",
    "render": "kztimeline.plot",
    "save_plot": "kztimeline.plot",
    "to_csv": "kztimeline.export.tabular",
    "to_timelinejs": "kztimeline.export.timelinejs",
    "from_ics": "kztimeline.ical.reader",
    "publish": "kztimeline.publishing",
}


def __getattr__(name: str) -> typing.Any:
    """Import a lazy name on first use and keep it, so the import happens once."""
    if name == "__version__":
        value: typing.Any = _version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'kztimeline' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = (
    # Loading
    "bundled_path",
    "load",
    "loads",
    "json_schema",
    # The model
    "Event",
    "Person",
    "Source",
    "Timeline",
    "TimelineInfo",
    # Calendars (ics is imported when they are called)
    "DEFAULT_UID_DOMAIN",
    "to_ics",
    "write_ics",
    "publish",
    # Interchange formats
    "from_ics",
    "to_csv",
    "to_html",
    "to_markdown",
    "to_timelinejs",
    # Pictures (matplotlib is imported when they are called)
    "render",
    "save_plot",
    # Dates
    "EventDate",
    "PartialDate",
    "Precision",
    "Qualifier",
    "parse_date",
    # Exceptions
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
    "__version__",
)
