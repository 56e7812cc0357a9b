"""kztimeline: sourced chronologies as calendars, timeline pictures and date-range queries.

>>> import kztimeline
>>> timeline = kztimeline.load()
>>> [event.id for event in timeline.between("2012-11-13", "2012-11-18", within=True)][:2]
['mfa-briefing-2012-11-14', 'kz-eu-cooperation-committee-12']
"""

from importlib.metadata import PackageNotFoundError, version

from kztimeline.dates import EventDate, PartialDate, Precision, Qualifier, parse_date
from kztimeline.errors import (
    DateError,
    EmptySelectionError,
    KztimelineError,
    OutputError,
    QueryError,
    TimelineFileError,
)
from kztimeline.load import bundled_path, load, loads
from kztimeline.model import Event, Person, Source, Timeline, TimelineInfo, json_schema

try:
    __version__ = version("kztimeline")
except PackageNotFoundError:  # pragma: no cover - running from a checkout that is not installed
    __version__ = "0.0.0"

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
    # Dates
    "EventDate",
    "PartialDate",
    "Precision",
    "Qualifier",
    "parse_date",
    # Exceptions
    "DateError",
    "EmptySelectionError",
    "KztimelineError",
    "OutputError",
    "QueryError",
    "TimelineFileError",
    "__version__",
)
