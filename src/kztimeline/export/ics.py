"""The calendar export under its former name: :mod:`kztimeline.ical.writer` is the writer."""

from kztimeline.errors import ExportOptionError
from kztimeline.ical.codec import escape_text, fold
from kztimeline.ical.writer import DEFAULT_UID_DOMAIN, Imprecise, to_ics, write_ics

__all__ = (
    "DEFAULT_UID_DOMAIN",
    "ExportOptionError",
    "Imprecise",
    "escape_text",
    "fold",
    "to_ics",
    "write_ics",
)
