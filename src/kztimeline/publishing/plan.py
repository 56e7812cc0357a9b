"""What to send to a calendar server so that it holds the timeline, and no more: a pure
comparison of the objects the writer gives with those the server holds, by UID.

kztimeline keeps no state of its own between publications. Each VEVENT it puts carries
``X-KZTIMELINE-FINGERPRINT``, a hash of the object's content as kztimeline wrote it; a server
copy whose content no longer has that hash was edited since (in a calendar app), and an
object without it was never published by kztimeline. The hash covers the VEVENT lines only,
unfolded and sorted, without DTSTAMP, SEQUENCE, LAST-MODIFIED and itself: servers may fold
lines again, reorder properties or replace the VTIMEZONEs with their own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from kztimeline.ical.codec import CRLF, format_utc, unfold

__all__ = (
    "FINGERPRINT",
    "Conflict",
    "Published",
    "Step",
    "Stored",
    "fingerprint",
    "plan",
    "stamped",
    "value_of",
)

FINGERPRINT = "X-KZTIMELINE-FINGERPRINT"

# Lines a server or a publication changes without changing the event.
_NOT_CONTENT = frozenset({"DTSTAMP", "SEQUENCE", "LAST-MODIFIED", FINGERPRINT})


@dataclass(frozen=True)
class Stored:
    """One object the calendar holds: where it is, its ETag and its text."""

    href: str
    etag: str | None
    text: str


@dataclass(frozen=True)
class Conflict:
    """An object kztimeline would write but did not: its UID and what differs, in words."""

    uid: str
    differs: str


@dataclass(frozen=True)
class Step:
    """One request: PUT a new or changed object, or DELETE one; ``etag`` is the If-Match
    condition (None: If-None-Match: *, the object must not exist yet)."""

    action: Literal["add", "change", "remove"]
    uid: str
    href: str
    etag: str | None
    text: str = ""


@dataclass
class Published:
    """What :func:`~kztimeline.publishing.publish` did (or, with ``dry_run``, would do), by
    UID: one calendar object per event, and one per ``also_on`` date of an event."""

    calendar: str
    dry_run: bool = False
    created: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)
    """UIDs of the requests not made because the server failed first."""
    events: int = 0
    """How many objects the timeline gives: one per event, one per ``also_on`` date."""

    def summary(self) -> str:
        """One line: ``14 events: 2 added, 1 changed, 11 unchanged, 1 removed, 0 conflicts``."""
        total = self.events
        counts = (
            f"{total} {'event' if total == 1 else 'events'}: {len(self.added)} added, "
            f"{len(self.changed)} changed, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.conflicts)} "
            f"{'conflict' if len(self.conflicts) == 1 else 'conflicts'}"
        )
        if self.dry_run:
            counts += " (dry run: nothing was sent)"
        if self.not_done:
            counts += f"; {len(self.not_done)} not sent, the server failed first"
        return counts


def _unfolded(text: str) -> list[str]:
    """The content lines of ``text``, folds joined (:func:`kztimeline.ical.codec.unfold`)."""
    return [line for _, line in unfold(text)]


def _name(line: str) -> str:
    return line.split(";", 1)[0].split(":", 1)[0].upper()


def _content(text: str) -> list[str]:
    """The VEVENT lines of an object that say what the event is, sorted."""
    lines, inside = [], False
    for line in _unfolded(text):
        if line == "BEGIN:VEVENT":
            inside = True
        elif line == "END:VEVENT":
            inside = False
        elif inside and _name(line) not in _NOT_CONTENT:
            lines.append(line)
    return sorted(lines)


def fingerprint(text: str) -> str:
    """The hash of what an object says, as hex; the same however a server folds or orders it."""
    return hashlib.sha256("\n".join(_content(text)).encode("utf-8")).hexdigest()[:32]


def value_of(text: str, name: str) -> str | None:
    """The value of the first line named ``name`` in a VEVENT of ``text``."""
    inside = False
    for line in _unfolded(text):
        inside = (inside or line == "BEGIN:VEVENT") and line != "END:VEVENT"
        if inside and _name(line) == name:
            return line.split(":", 1)[1].strip()
    return None


def _differences(ours: str, theirs: str) -> str:
    """What an object edited on the server says otherwise than the file, in words."""
    mine, yours = set(_content(ours)), set(_content(theirs))
    names = sorted({_name(line) for line in mine ^ yours})
    return "edited on the server; differs from the file in " + ", ".join(names)


def stamped(text: str, sequence: int, modified: datetime) -> str:
    """``text`` with SEQUENCE, LAST-MODIFIED and the fingerprint after each DTSTAMP line."""
    extra = (
        f"SEQUENCE:{sequence}{CRLF}LAST-MODIFIED:{format_utc(modified)}{CRLF}"
        f"{FINGERPRINT}:{fingerprint(text)}{CRLF}"
    )
    lines = text.split(CRLF)
    out = []
    for line in lines:
        out.append(line)
        if line.startswith("DTSTAMP:"):
            out.append(extra.removesuffix(CRLF))
    return CRLF.join(out)


def plan(
    objects: Iterable[tuple[str, str]],
    stored: Mapping[str, Stored],
    *,
    calendar: str,
    uid_domain: str,
    modified: datetime,
    prune: bool = False,
    force: bool = False,
    keep: Collection[str] = (),
) -> tuple[list[Step], Published]:
    """The requests that bring the calendar in step with ``objects`` ((UID, text) pairs),
    given what it holds (``stored``, by UID), and the outcome if they all succeed.

    A new object is added; one whose content is what kztimeline last wrote there is left
    alone if it equals the new text, else changed with SEQUENCE one higher than the server's;
    one edited on the server since, or never written by kztimeline, is a conflict unless
    ``force``. With ``prune``, the objects of ``uid_domain`` that kztimeline wrote and
    ``objects`` no longer has are removed, but not those of the events named in ``keep``
    (the rest of the file, when ``objects`` come from a selection of it); no other object is
    ever named in a step.
    """
    steps: list[Step] = []
    wanted = dict(objects)
    result = Published(calendar, events=len(wanted))
    for uid, text in wanted.items():
        there = stored.get(uid)
        if there is None:
            steps.append(Step("add", uid, "", None, stamped(text, 0, modified)))
            result.added.append(uid)
            continue
        written = value_of(there.text, FINGERPRINT)
        if written is not None and fingerprint(there.text) == fingerprint(text):
            result.unchanged.append(uid)  # as the file says, whoever wrote it last
            continue
        if written != fingerprint(there.text) and not force:
            why = "not published by kztimeline" if written is None else ""
            result.conflicts.append(Conflict(uid, why or _differences(text, there.text)))
            continue
        sequence = _sequence(there.text) + 1
        steps.append(Step("change", uid, there.href, there.etag, stamped(text, sequence, modified)))
        result.changed.append(uid)
    if prune:
        for uid, there in stored.items():
            if uid in wanted or not uid.endswith("@" + uid_domain):
                continue
            if uid.removesuffix("@" + uid_domain).split(".also-")[0] in keep:
                continue  # in the file, outside the selection published
            written = value_of(there.text, FINGERPRINT)
            if written is None:
                continue  # someone else's object that happens to use the domain
            if written != fingerprint(there.text) and not force:
                why = "edited on the server, and gone from the file"
                result.conflicts.append(Conflict(uid, why))
                continue
            steps.append(Step("remove", uid, there.href, there.etag))
            result.removed.append(uid)
    return steps, result


def _sequence(text: str) -> int:
    """The highest SEQUENCE of the object's VEVENTs (0 without one)."""
    values = [line.split(":", 1)[1] for line in _unfolded(text) if _name(line) == "SEQUENCE"]
    numbers = [int(value) for value in values if value.strip().isdigit()]
    return max(numbers, default=0)
