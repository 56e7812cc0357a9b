"""Publishing a timeline to a CalDAV calendar, and keeping it in step with the file.

- :mod:`kztimeline.publishing.plan`: what to send, a pure comparison by UID and fingerprint;
- :mod:`kztimeline.publishing.server`: the calendar collection, through the ``caldav``
  package (the optional extra ``kztimeline[publish]``);
- :mod:`kztimeline.publishing.publish`: :func:`publish`, which joins the two.
"""

from kztimeline.publishing.plan import Conflict, Published
from kztimeline.publishing.publish import publish

__all__ = ("Conflict", "Published", "publish")
