"""Publish a timeline to a CalDAV calendar collection: one object per event, in step."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple

from kztimeline.errors import PublishError
from kztimeline.ical.writer import DEFAULT_UID_DOMAIN, Imprecise, calendar_objects
from kztimeline.publishing.plan import Published, plan
from kztimeline.publishing.server import Calendar

if TYPE_CHECKING:
    from kztimeline.records import Event
    from kztimeline.timeline import Timeline

__all__ = ("publish",)


def publish(
    timeline: Timeline,
    url: str,
    *,
    user: str | None = None,
    password: str | None = None,
    dry_run: bool = False,
    prune: bool = False,
    force: bool = False,
    keep: Collection[str] = (),
    imprecise: Imprecise = "span",
    uid_domain: str = DEFAULT_UID_DOMAIN,
    timeout: float = 30,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> Published:
    """Make the CalDAV calendar collection at ``url`` hold ``timeline``; return what was done.

    A repeating event is published whole, even when ``timeline`` is a query result that
    holds some of its occurrences.

    The collection is created (MKCALENDAR, with the timeline's title and description) if it
    is not there. Each event is one object ``<uid>.ics`` (each ``also_on`` date too), whose
    VEVENTs are the text of :func:`~kztimeline.ical.to_ics`. An object that already says what
    the file says is not sent again; a changed one is PUT If-Match its ETag, with SEQUENCE
    one higher than the server's and LAST-MODIFIED ``now`` (default: the clock); a new one
    If-None-Match: ``*``. With ``prune``, objects of ``uid_domain`` that kztimeline published
    and the timeline no longer has are deleted, except those of the event ids in ``keep``
    (when ``timeline`` is a selection, the ids of the rest of the file). Objects of others
    are never touched; one edited on the server since kztimeline wrote it is a conflict (in
    the result, not sent) unless ``force``. ``dry_run`` reads the calendar and sends
    nothing. ``progress`` is called with (requests made, requests to make) after each one.

    Raises :class:`~kztimeline.errors.PublishError` when the server cannot be reached, refuses
    the credentials or an object, or does not answer within ``timeout`` seconds; its ``done``
    holds what was published before. Raises what :func:`~kztimeline.ical.to_ics` raises.
    """
    objects = calendar_objects(_whole(timeline), imprecise=imprecise, uid_domain=uid_domain)
    with Calendar(url, user, password, timeout=timeout) as calendar:
        options = _Options(dry_run, prune, force, keep, uid_domain, now, progress)
        return _publish(calendar, timeline, objects, options)


def _whole(timeline: Timeline) -> Timeline:
    """``timeline`` with each repeating event whole and once: a query result of ``between``
    holds its occurrences, and a calendar object is the whole series."""
    series: dict[str, Event] = {}
    for event in timeline:
        whole = event._series or event  # the repeating event of one occurrence
        series.setdefault(whole.id, whole)
    if len(series) == len(timeline) and all(event._series is None for event in timeline):
        return timeline
    return timeline.with_events(list(series.values()), presorted=False)


class _Options(NamedTuple):
    dry_run: bool
    prune: bool
    force: bool
    keep: Collection[str]
    uid_domain: str
    now: datetime | None
    progress: Callable[[int, int], None] | None


def _publish(
    calendar: Calendar,
    timeline: Timeline,
    objects: list[tuple[str, str, str]],
    options: _Options,
) -> Published:
    dry_run, progress = options.dry_run, options.progress
    created = False
    if calendar.exists():
        stored = calendar.objects()
    elif dry_run:
        created, stored = True, {}
    else:
        calendar.create(timeline.title, timeline.description)
        created, stored = True, {}
    steps, result = plan(
        ((uid, text) for uid, _, text in objects),
        stored,
        calendar=calendar.url,
        uid_domain=options.uid_domain,
        modified=(options.now or datetime.now(UTC)),
        prune=options.prune,
        force=options.force,
        keep=options.keep,
    )
    result.created = created
    if dry_run:
        result.dry_run = True
        return result
    done = Published(calendar.url, created=created, unchanged=result.unchanged)
    done.events = result.events
    done.conflicts = result.conflicts
    for number, step in enumerate(steps, 1):
        try:
            if step.action == "remove":
                calendar.delete(step.href, step.uid, step.etag)
            else:
                href = step.href or calendar.href_of(step.uid)
                calendar.put(href, step.uid, step.text, step.etag)
        except PublishError as err:
            done.not_done = [later.uid for later in steps[number - 1 :]]
            raise PublishError(f"{err.problem}; {done.summary()}", done=done) from err
        {"add": done.added, "change": done.changed, "remove": done.removed}[step.action].append(
            step.uid
        )
        if progress is not None:
            progress(number, len(steps))
    return done
