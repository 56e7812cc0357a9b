"""Which day a weekday without its date is, counted from the publication: "last" and a past
verb look back, "next", a future verb and a timetable's present forward, any other
the nearest (see :func:`kztimeline.draft.relative.relative`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kztimeline.draft.cues import CLOCK, SINCE_BEFORE
from kztimeline.draft.tense import Tense, tense_of

__all__ = (
    "OLD_WEEKDAY_ABBREVIATIONS",
    "SHORT_WEEKDAY_PATTERN",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_PATTERN",
    "weekday_index",
    "weekday_of",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_PATTERN = rf"(?:{'|'.join(WEEKDAYS)})"
OLD_WEEKDAY_ABBREVIATIONS = ("Mond", "Tuesd", "Wedn", "Thursd", "Frid", "Satd", "Sund")
"""An old journal's weekdays cut short: "Mond. 3rd.", "Frid. 14th."."""
WEEKDAY_ABBREVIATIONS = (
    *("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"),
    *OLD_WEEKDAY_ABBREVIATIONS,
)
# "Thu 16 Oct", "Tues. 4 March": a weekday cut short before its day
SHORT_WEEKDAY_PATTERN = (
    rf"(?:{'|'.join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True))})\b\.?"
)


def weekday_index(name: str) -> int:
    """The number of the weekday ``name`` (Monday 0), spelt out or cut short ("Thu")."""
    return next(index for index, day in enumerate(WEEKDAYS) if name.startswith(day[:3]))


def weekday_of(match: re.Match[str], published: date, tense: Tense) -> str:
    """The day of a weekday the grammar matched, counted from ``published``: "last" and the
    past look back, "next" and the future forward ("on Saturday last": the word after)."""
    groups = match.groupdict()
    which = (groups.get("after") or groups.get("which") or "").lower()
    target = weekday_index(match["w"])  # (or cut short: "Sat. last")
    if groups.get("week"):
        weeks = {"last": -1, "next": 1}.get(match["week"].lower(), 0)
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=weeks)
        return (monday + timedelta(days=target)).isoformat()
    back = (published.weekday() - target) % 7
    forward = (target - published.weekday()) % 7
    # "Rovers, whose last title came in 1998, face the leaders on Wednesday": a timetable's verb
    # looks ahead, whatever an aside tells; not a name's ("won the Nordic Open on Saturday")
    before = match.string[: match.start()]
    verb = _SCHEDULED.search(before)
    clause = before[before.rfind(",", 0, verb.start()) + 1 : verb.start()] if verb else ""
    said = "" if verb is None else verb["verb"] or verb["fixture"]  # (the verb's own words)
    copula = said in ("is", "are")  # "the draw is on Thursday"
    # (a notice's "is closed on Monday", told that day, today's; not "is shut on Friday night
    # after the storm brought down a tree", the rest told as past)
    state = said.lower().endswith(("closed", "shut"))
    scheduled = (
        verb is not None
        and (verb[0][0].islower() or (verb.start() == 0 and tense is not Tense.PAST))
        and (not copula or which == "on")
        # (nor a state or a fixture told of after it: "... on Saturday delighted a crowd")
        and not ((state or verb["fixture"]) and tense_of(match.string[match.end() :]) is Tense.PAST)
        and tense_of(clause) is not Tense.PAST
        # "return the dog found on Sunday": a past between the verb and the day is the day's
        and tense_of(before[verb.start() + len(said) :]) is not Tense.PAST
    )
    # "since Tuesday" (not a cause: "Since Monday is a bank holiday, ...")
    since = SINCE_BEFORE.search(before) is not None and not re.match(
        r"\s+(?:is|was|falls|will)\b", match.string[match.end() :]
    )
    if which == "last" or since or (which != "next" and tense is Tense.PAST and not scheduled):
        # "on Saturday last", written on a Saturday: the one a week before
        return (published - timedelta(days=back or (7 if which == "last" else 0))).isoformat()
    if which == "next" or tense is Tense.FUTURE or scheduled:
        # ("move vehicles before 2200 on Sunday", "the vote is on Friday", told on that day:
        # later that day)
        later = (
            forward == 0 and which != "next" and (_HOUR_BEFORE.search(before) or copula or state)
        )
        return (published + timedelta(days=forward or (0 if later else 7))).isoformat()
    shift = -back if back < forward else forward
    return (published + timedelta(days=shift)).isoformat()


# an hour of the day before a weekday: "before 2200 on Sunday", "at 3pm on Sunday"
_HOUR_BEFORE = re.compile(rf"(?:{CLOCK}|\b[0-2]\d[0-5]\d)\s+(?:on\s+)?$", re.IGNORECASE)
# A word of the same clause: not across one of its own, "meet again after they drew on"
_WORD_OF_THE_CLAUSE = (
    r"(?:(?!(?:after|before|when|while|since|because|they|he|she|we|it|and|but)\b)[\w'’-]+\s+)"
)
# "The final starts on Friday": a verb of a timetable, in the present, before its weekday
# speaks of the coming one (the past one would be "started").
_SCHEDULED = re.compile(
    r"\b(?P<verb>opens|starts|begins|resumes|kicks off|takes place|closes|ends|meets|arrives|"
    r"departs|leaves|plays|faces|hosts(?![^.;,]{0,40}?\b\d{1,3}-\d{1,3}\b)|host|goes on sale|"
    r"comes into force|reopens|"
    # a plural subject's timetable: "The two sides meet again in a charity match on Saturday"
    r"returns|meet|play|face|open|start|begin|resume|return|go on sale|come into force|reopen|"
    # a release's day: "The Glass Orchard is out on Thursday"; a notice's: "We're closed on Monday"
    r"premieres|airs|(?:is|are)\s+(?:out|published|released|in\s+(?:shops|cinemas|bookshops))|"
    r"(?:is|are|re)\s+(?:closed|shut)|^Closed|"
    r"(?:is|are)(?=\s+$))"  # (its "on" the weekday's own: "the draw is on Thursday")
    rf"\s+{_WORD_OF_THE_CLAUSE}{{0,5}}?(?:on\s+)?(?:this\s+)?$|"
    # (or a side's next fixture, its place told at length: "Wanderers return to league action
    # at home to Penmore Rangers on Saturday", "Rovers, now third, travel to Castleton on";
    # not a noun, "City's return to form", an infinitive, "unable to travel to", nor one's own
    # "I take on", and only a side's opponent after "entertain" or "face": not "entertain
    # residents")
    r"(?<!\bthe )(?<!\ba )(?<!['’]s )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    r"(?<!\bto )(?<!\bnot )(?<!\bcould )(?<!\bwould )(?<!\bcan )(?<!\bI )(?<!\bwe )"
    r"\b(?P<fixture>returns?\s+to|travels?\s+to|"
    # (not "faces Crown Court charges over the crash on Monday")
    r"(?:entertains?|takes?\s+on|faces?)(?=\s+(?-i:[A-Z])(?![^.;]{0,40}\b(?:charges?|trial|court|"
    r"questions|allegations|prosecution|inquiry|inquest)\b)))"
    rf"\s+{_WORD_OF_THE_CLAUSE}{{0,9}}?(?:on\s+)?$",
    re.IGNORECASE,
)
