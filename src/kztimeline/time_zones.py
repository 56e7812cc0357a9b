"""Time zones: an IANA name read into a zone, and the wall times a zone's clock changes make
doubtful. Re-exported by :mod:`kztimeline.dates`.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kztimeline.date_hints import time_zone_hint
from kztimeline.errors import DateError

__all__ = ("parse_time_zone", "wall_time_doubt")


def parse_time_zone(name: str) -> tzinfo:
    """The IANA time zone called ``name`` (``"Asia/Almaty"``).

    Raises :class:`DateError` if unknown, naming the nearest IANA names (``Europe/Pariss``:
    did you mean 'Europe/Paris'?).
    """
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        raise DateError(f"unknown time zone '{name}'; {time_zone_hint(name)}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as err:
        raise DateError(f"unknown time zone '{name}'; {time_zone_hint(name)}") from err


def wall_time_doubt(moment: datetime) -> str | None:
    """``"twice"`` if the wall time of the aware ``moment`` happens twice in its zone (the
    clocks go back over it), ``"never"`` if it does not happen (they go forward over it), else
    None. Either way the moment itself is the first reading (``fold=0``), as RFC 5545 §3.3.5
    asks: the earlier of the two, or the offset before the gap."""
    first, second = moment.replace(fold=0), moment.replace(fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    again = first.astimezone(UTC).astimezone(moment.tzinfo)
    return "twice" if again.replace(tzinfo=None) == first.replace(tzinfo=None) else "never"
