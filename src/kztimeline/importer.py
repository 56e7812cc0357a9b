"""The calendar import under its former name: :mod:`kztimeline.ical.reader` is the reader."""

from kztimeline.errors import CalendarError
from kztimeline.ical.reader import Imported, from_ics, import_ics, read_calendar, slugify, write_new

__all__ = (
    "CalendarError",
    "Imported",
    "from_ics",
    "import_ics",
    "read_calendar",
    "slugify",
    "write_new",
)
