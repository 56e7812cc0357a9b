"""The records and the timeline under their former module name.

New code imports :mod:`kztimeline.records` and :mod:`kztimeline.timeline`; this module keeps
``from kztimeline.model import Event, Timeline`` working.
"""

from kztimeline.records import (
    Event,
    Person,
    Source,
    TimelineDocument,
    TimelineInfo,
    json_schema,
    type_name,
)
from kztimeline.timeline import Timeline

__all__ = (
    "Event",
    "Person",
    "Source",
    "Timeline",
    "TimelineDocument",
    "TimelineInfo",
    "json_schema",
    "type_name",
)
