"""iCalendar (RFC 5545): the codec, the writer and the reader, side by side.

- :mod:`kztimeline.ical.codec`: escaping, folding and every value format, both ways;
- :mod:`kztimeline.ical.writer`: :func:`to_ics` and :func:`write_ics`, the project's own
  writer;
- :mod:`kztimeline.ical.reader`: :func:`import_ics` and :func:`from_ics`, built on
  ``icalendar``;
- :mod:`kztimeline.ical.zones`: VTIMEZONE out, and the zone kept on the way in.

The writer does not import ``icalendar`` unless a timed event needs a VTIMEZONE; the reader
does. Names are loaded on first use, so importing this package costs nothing.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kztimeline.ical.reader import Imported, from_ics, import_ics, read_calendar, slugify
    from kztimeline.ical.writer import DEFAULT_UID_DOMAIN, Imprecise, to_ics, write_ics

__all__ = (
    # Writing
    "DEFAULT_UID_DOMAIN",
    "Imprecise",
    "to_ics",
    "write_ics",
    # Reading
    "Imported",
    "from_ics",
    "import_ics",
    "read_calendar",
    "slugify",
)

_WRITER = ("DEFAULT_UID_DOMAIN", "Imprecise", "to_ics", "write_ics")


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'kztimeline.ical' has no attribute {name!r}")
    # Loaded only when a lazy name is first used.
    from importlib import import_module

    module = "kztimeline.ical.writer" if name in _WRITER else "kztimeline.ical.reader"
    value = getattr(import_module(module), name)
    globals()[name] = value  # cached: the next use does not come here
    return value
