"""When a weekday or a month without a year tells of a habit rather than a day: "open
Tuesday to Sunday", "every second Wednesday", "on the first Saturday of each month", "each
Tuesday in May", "each March and September" (and when "today" means these days:
:mod:`kztimeline.draft.nowadays`)."""

from __future__ import annotations

import re

from kztimeline.draft.citations import quotation_open
from kztimeline.draft.cues import MONTH_NUMBERS, MONTH_WORDS, USUALLY
from kztimeline.draft.relative import WITH_ITS_DAY
from kztimeline.draft.tense import Tense, tense_of
from kztimeline.draft.weekdays import WEEKDAY_PATTERN as _WEEKDAY

__all__ = (
    "day_of_a_habit",
    "done_each_time",
    "habit_paid_off",
    "month_of_a_habit",
    "recurs_each_year",
    "tells_a_habit",
    "weekday_of_a_habit",
    "weekdays_of_an_event",
)

_WEEKDAY_TO = re.compile(rf"{_WEEKDAY}\s*(?:[-–—]|to|through|till|until|and)\s*$")
# (not "from Monday until Wednesday 17 December": a span to a day of its own)
_WEEKDAY_FROM = re.compile(rf"\s*(?:[-–—]|to|through|till|until)\s*{_WEEKDAY}\b(?!{WITH_ITS_DAY})")
# "on Thursday and Friday": days listed after "on" (or after the next of what is set "for"
# days: "is scheduled for Friday and the finals for Saturday and"), each a date, where "open
# Tuesday and Thursday" tells a habit (and "Rehearsals are scheduled for Monday and
# Wednesday" one too, "Day tickets for Friday, Saturday and Sunday" a kind)
_WEEKDAYS_LISTED = re.compile(
    rf"(?:\b[Oo]n|\b(?:scheduled|set|planned|fixed|due)\s+for\s+{_WEEKDAY}\s+and\s+[^.;,:]{{1,60}}"
    r"\bfor)\s+"
    rf"(?:{_WEEKDAY},\s*)*{_WEEKDAY},?\s+and\s+$"
)
_CLOCK_HOUR = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
_HOURS_ROW = re.compile(  # (or "Sunday – Closed")
    rf"{_WEEKDAY}(?:\s*(?:,|and|&)\s*{_WEEKDAY})*(?:\s+[-–—]|\s*:)\s*"
    rf"(?:{_CLOCK_HOUR}\s*(?:to|[-–])\s*{_CLOCK_HOUR}|(?i:closed))\.?"
)
_EVERY_WEEK = re.compile(r"\b(?:each|every)\s+week\b|\bweekly\b", re.IGNORECASE)
_EACH_PERIOD = re.compile(  # (or "by Wednesday evening each week")
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:each|every)\s+week(?=\s*(?:[.,;:)]|$))|"
    r"\s+(?:of|in)\s+(?:(?:each|every|the)\s+(?:month|year|quarter)\b(?!-)|(?:each|every)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)",  # "on the second Sunday of every November"
    re.I,
)
# "each Tuesday in May", "on a Sunday", "another Friday", "every second Wednesday": a
# weekday of a habit or of no week in particular.
_NO_WEEK = re.compile(
    r"\b(?:every|each|a|an|one|any|some|another)\s+(?:other\s+|second\s+|third\s+|alternate\s+)?$"
    r"|\b(?:alternate|most|many|some|several)\s+$",  # "on alternate Wednesdays"
    re.I,
)
# A month without a year that only bounds a weekly habit: "each Tuesday in May", "every
# Friday and Sunday from October" (or a yearly one: "every winter, mostly between December")
_HABIT_MONTH = re.compile(
    r"\b(?i:each|every)\s+(?i:year|spring|summer|autumn|winter)"
    r"(?:,?\s+(?:mostly|usually|often|generally|typically|normally))?\s+(?:between|from|in|during)\s+$|"
    rf"\b(?i:every|each)\s+(?i:(?:other|second|third)\s+)?{_WEEKDAY}s?"
    rf"(?:(?:,\s*|\s+(?:and|or)\s+){_WEEKDAY}s?)*(?:\s+(?i:morning|afternoon|evening|night)s?)?"
    # (its hours between: "every Tuesday and Thursday, 6-8 pm, from October to March")
    r"(?:,?\s+[\d.:]+\s*(?:-|–|to)\s*[\d.:]+\s*(?:am|pm|a\.m\.|p\.m\.)?,?)?"
    r"\s+(?:in|of|during|from|until|till)\s+$"
    # "are open daily from April to October", "boats leave the pier daily from May": the
    # season a place or a service keeps, in the present ("will run daily from June" starts
    # a service)
    r"|(?<!\bwill\s)(?<!\bto\s)\b(?i:open|opens|runs?|leaves?|sails?|operates?|departs?|"
    # ("trip boats run daily from Valdmark basin between May and September")
    # (and a service's present passive: "Bulletins are issued daily at 17:00 from December")
    r"calls?|(?:is|are)\s+(?:issued|published|updated|produced|broadcast))\b[^,;.]{0,30}?\b(?i:daily|every\s+day|each\s+day|hourly|(?:each|every)\s+(?:year|spring|summer|autumn|winter)|annually|"
    # ("Cabins run every twenty minutes from May to October")
    r"every\s+(?:[\w-]+\s+)?(?:minutes|hours|hour))\s+(?:[^,;.]{0,40}?\s)?"
    r"(?:from|between|in|during)\s+$"
    # "Today the circus tours Britain from March to November": the season of these days
    # (a verb in the present right after its subject, and no other: not "Today the minister
    # announced that the bridge would be closed from March to June")
    r"|^\W*(?i:today|nowadays|these\s+days)\b(?!\s*,)\s+(?:[\w'’-]+\s+){0,3}?[a-z]{3,}[^s\W]s\b"
    r"(?:(?!\b(?:will|would|was|were|has|had|[a-z]{3,}ed)\b)[^.;]){0,80}?\b(?:from|between)\s+$"
)
# A habit's season told in the present: "Members meet on the second Thursday of every month
# from September to June", "train every Wednesday evening from May onwards" (not "Inflation
# fell every month from March to August", "wrote to her every Sunday evening from May").
_PRESENT_SEASON = re.compile(
    rf"\b(?i:every|each)\s+(?:(?i:month|week|fortnight)|{_WEEKDAY}s?\s+"
    r"(?i:morning|afternoon|evening|night)s?)\s+"
    r"(?:from|between|in|during)\s+$"
)
_PAST = re.compile(
    # (not a passive in the present: "Counts are made ... each month from September")
    r"\b(?<!\bis )(?<!\bare )(?:was|were|had|fell|rose|lost|won|wrote|made|went|came|took|"
    r"[a-z]{3,}ed)\b"
)
# "each March and September": every month listed after "each" is the habit's.
_HABIT_MONTHS = re.compile(
    rf"\b(?i:each|every)\s+(?:(?:{MONTH_WORDS})\.?(?:,\s*|\s+(?:and|or)\s+))+$"
)
# "every Monday, Wednesday, Friday and Sunday": each weekday listed after "every".
_EVERY_LISTED = re.compile(
    rf"\b(?i:every|each)\s+(?:{_WEEKDAY}s?(?:\s+(?:morning|afternoon|evening|night)s?)?"
    r"(?:,\s*|,?\s+(?:and|or)\s+))+$"
)


# "Mass times: Saturday vigil 6pm; Sunday 10am", "Opening hours: Monday 9-17": a timetable.
# (a weekday that opens an item of it, not one in a sentence after a label: "Visiting hours:
# the ward reopens on Monday")
# ("Opening hours: Monday-Friday 9:00-18:00, Saturday 9:00-13:00": the other items before
# it are days and hours)
_TIMETABLE = re.compile(
    r"\b(?i:times|hours|timetable)\s*:\s*(?:[^.:;]*;\s*)*"
    rf"(?:[\d\s,&/–—-]|[:.](?=\d)|\b(?i:{_WEEKDAY}|and|to|am|pm|closed|noon)\b)*$|"
    # (or hours before a weekday after another: "Monday to Saturday and 12:00 to 22:30 on Sunday")
    rf"\b(?i:{_WEEKDAY})\b[^.;]{{0,40}}\b\d{{1,2}}[:.]\d\d\s*(?:to|-|–)\s*\d{{1,2}}[:.]\d\d\s+(?:on\s+)?$"
)
_FOR_EACH_DAY = re.compile(
    rf"\b(?i:every|each)\s+{_WEEKDAY}s?\s+(?:for|before|after)\s+the\s+(?:following|next|previous)\s+$"
)
# "every clear Friday", "every Easter Monday": a word between "every" and the weekday; and
# a rate's "£25 per Saturday"
_EVERY_ONE = re.compile(r"\b(?i:every|each)\s+[A-Za-z]+\s+$|\b(?i:per)\s+$")


# "Saturday workshops", "Sunday lunches": a weekday before a plural noun names a kind of day
# after a possessive or an adjective of a kind: "its Sunday lunches", "free Saturday workshops"
# (and a kind of school: "two of my Sunday scholars", "her Sunday school")
_PLURAL_AFTER = re.compile(
    r"\s+(?!(?:as|is|was|has|his|its|this|us|thus|plus|always|perhaps|unless|whereas)\b)[a-z]+s\b|"
    r"\s+school\b"
)
_KIND_BEFORE = re.compile(
    r"\b(?:its|their|our|my|his|her|your|free|weekly|regular|popular|usual|traditional)\s+$",
    re.IGNORECASE,
)
# A habit's adverb in the clause before: "often", "usually" ("arrive ... and leave by June")
_OFTEN = re.compile(
    r"\b(?:often|usually|generally|normally|typically|always|regularly|sometimes|tend\s+to)\b"
    r"(?:(?!\b(?:but|when|while)\b|\band\s+(?:the|an?|this|that|its?|they|their|he|his|she|"
    r"her|we|our|in|on|at|last|then|now|later|[a-z]+ed|beat|won|lost|came|went|made|took|gave|"
    r"ran|held|met|saw|began|left|fell|rose|broke|was|were|had|will|would|shall|is|are)\b)"
    r"[^,;.])*$",
    re.IGNORECASE,
)


# What runs over a few days of one week: "The show, which ran from Thursday to Sunday".
_GATHERING = re.compile(
    r"\b(?i:shows?|fairs?|festivals?|conference|congress|summit|meetings?|talks|strikes?|"
    r"walkouts?|tournament|championships?|games|races?|regatta|rally|exhibitions?|trial|"
    r"hearings?|events?|visit|tour|camp|convention|expo|market|session|competition|cup|"
    # weather that fell or raged over the days: "Snow fell from Monday to Wednesday",
    # "Rainfall of 48 mm fell across the upper catchment between Saturday and Sunday"
    r"(?:snow(?:fall)?|rain(?:fall)?|showers|storms?|gales?|winds?|hail|floods?|fog|blizzards?|"
    r"heatwave)\s+(?:[\w-]+\s+){0,4}?(?:fell|raged|"
    r"blew|persisted|lasted|continued|swept|battered|hit|closed|cut))\b"
    r"[^;.]*$"
)
# What is shut for a few days: "The road will be closed from Monday to Wednesday"
_SHUT = re.compile(
    r"\b(?:closed|shut|suspended|diverted|cancelled|canceled|halted)(?:\s+to\s+\w+)?\s+$",
    re.IGNORECASE,
)
# what tells opening hours or a season's habit: "Opening hours: closed from Monday to Tuesday"
_HOURS = re.compile(
    r"\b(?:open|opening|hours|every|each|winter|summer|weekly|usually|normally)\b", re.IGNORECASE
)


def weekdays_of_an_event(sentence: str, start: int) -> bool:
    """Whether the span of weekdays at ``start`` ("from Thursday to Sunday") is the days
    of an event its clause names or of a closing ("will be closed from Monday to
    Wednesday"), not the days a shop opens."""
    shut = _SHUT.search(sentence, 0, start) and not _HOURS.search(sentence)
    return _GATHERING.search(sentence, 0, start) is not None or bool(shut)


_NTH_OF_A_MONTH = re.compile(
    r"\bthe\s+(?:first|second|third|fourth|last|[1-4](?:st|nd|rd|th))\s+$", re.IGNORECASE
)
# A weekday's nights: "the Premier League, which is played on Thursday nights", a habit
# unless the sentence tells of the past ("Police made 14 arrests on Friday and Saturday
# nights": those two nights).
_NIGHTS = re.compile(  # (or of more, told in the present: "on Friday and Saturday nights")
    rf"(?P<two>(?:(?:,\s*|\s+(?:and|or|&)\s+){_WEEKDAY})+)?"
    r"\s+(?:nights|evenings|mornings|afternoons)\b"
)
_THIS_WEEK = re.compile(r"\b(?:this|next)\s+week(?:end)?\b|\bonly\b", re.IGNORECASE)
# (a perfect's habit still: "The choir has rehearsed on Tuesday evenings for forty years")
_DONE = re.compile(
    r"\b(?:was|were|had|made)\b|(?<!\bis )(?<!\bare )(?<!\bhas )(?<!\bhave )\b[a-z]{3,}ed\b"
)
# a day kept each week: "Practice night is Thursday", "Choir practice is Friday", "Bin day
# is Tuesday" (not "Sports day is Friday", "Polling day is Thursday", "The big day is ...")
_STANDING_DAY = re.compile(
    r"\W*(?:[A-Z][a-z]+\s+(?:practice|training|rehearsal|surgery)|(?:Practice|Club|Bin|Quiz|"
    r"Band|Ringing|Training|Collection)\s+(?:night|day|evening|morning))\s+(?:is|are)\s+(?:on\s+)?$"
)


# A thing a weekday names the kind of: "the Sunday school", "a Saturday league"
_A_KIND_OF_THING = re.compile(
    r"\s+(?i:school|schools|scholars|league|roast|lunch|papers?|supplement|trading|best)\b"
)


# (or opening on that day of every week: "Sunday opening", "Sunday hours"; not "the Saturday
# opening of the bridge", "the play's Thursday opening night", nor a market's "Monday trading")
_OPENING_OF_A_DAY = re.compile(r"\s+(?i:opening|openings|hours)\b(?!\s+(?:of|at|by|night|day)\b)")
# (not one thing's own opening: "at its Saturday opening", "The play's Friday opening")
_OWNED = re.compile(r"(?:\b(?:its|the|their|his|her|our|my|your|a|an|this|that)|['’]s)\s+$", re.I)
_BEFORE_EACH = re.compile(r"\s+(?:before|after|preceding|following)\s+(?i:each|every)\s+[a-z]+")
_NEAREST_EACH = re.compile(
    r"\s+(?:nearest|closest|next|after|before|following)\s+(?:to\s+)?[^.;,]{0,30}?"
    r"\b(?i:each|every)\s+(?:month|year|quarter|term)\b"
)


def weekday_of_a_habit(sentence: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start:end`` of ``sentence`` is one of a habit."""
    before = sentence[:start]
    if _EVERY_LISTED.search(before) or _TIMETABLE.search(before) or _STANDING_DAY.match(before):
        return True
    if _FOR_EACH_DAY.search(before):
        return True  # "appointed every Monday for the following Saturday": the habit's
    day = re.search(r"[A-Z][a-z]+day", sentence[start:end])
    label = day and re.match(rf"[^:.;]{{0,40}}:\s*(?i:every|each)\s+{day.group()}", sentence[end:])
    if label:
        return True  # "Wednesday evening racing: every Wednesday in summer": its label's day
    if _EVERY_ONE.search(before) and not sentence[start:end].lower().startswith("on "):
        return True
    if _PLURAL_AFTER.match(sentence, end) and (
        _KIND_BEFORE.search(before) or _OFTEN.search(before)
    ):
        # "Its free Saturday workshops run throughout the year", "Demonstrations often take
        # place after Friday prayers": a kind of day
        return True
    if _NTH_OF_A_MONTH.search(before):
        # "is held every year on the first Saturday of December", "on the last Sunday in
        # May": a weekday of a month, no day counted from the text's; "the last Sunday bus
        # ran there in 2014": a kind of bus
        return True
    if _NEAREST_EACH.match(sentence, end):
        return True  # "on the Sunday nearest the middle of each month": a day of every month
    if re.search(r"\bthe\s+$", before) and _BEFORE_EACH.match(sentence, end):
        return True  # "by 6 pm on the Wednesday before each competition": a day of each
    if (nights := _NIGHTS.match(sentence, end)) and not _DONE.search(before):
        # "which is played on Thursday nights"; "made arrests on ... nights" are days, and so
        # are two nights not told in the present ("caught 14 drivers", "will run ... this week")
        # (told in its own part of the sentence: not "(rather than to 03:00 as applied for)")
        begin = max(sentence.rfind("(", 0, end), sentence.rfind(";", 0, end)) + 1
        stops = [i for i in (sentence.find("(", end), sentence.find(";", end)) if i >= 0]
        own = sentence[begin : min(stops, default=len(sentence))]
        plain = tense_of(own) is Tense.NEUTRAL and not _THIS_WEEK.search(sentence)
        return not nights["two"] or plain
    if _A_KIND_OF_THING.match(sentence, end) and re.search(
        r"\b(?i:the|a|an|their|our|his|her|its)\s+(?:(?i:last|first|only|new|old)\s+)?$", before
    ):
        return True  # "The Sunday school had their tea", "the Saturday league": a kind
    if _OPENING_OF_A_DAY.match(sentence, end) and not _OWNED.search(before):
        return True  # "Sunday opening, dropped in 2011, will resume": a kind, article or none
    if _HOURS_ROW.fullmatch(sentence):
        return True  # "Saturday and Sunday – 9:00 to 16:00": a row of opening hours
    ranged = _WEEKDAY_TO.search(before) or _WEEKDAY_FROM.match(sentence, end)
    every_week = _EVERY_WEEK.search(sentence, end) is not None  # "... and Thursday each week"
    if ranged and (not _WEEKDAYS_LISTED.search(before) or every_week):
        return True  # "open Tuesday to Sunday"
    return bool(_EACH_PERIOD.match(sentence, end) or _NO_WEEK.search(before))


def month_of_a_habit(before: str) -> bool:
    """Whether a month without a year, after ``before``, only bounds a habit; so does the
    second month of its season ("run daily between May and September")."""
    first = re.search(rf"(?:{MONTH_WORDS})\s+(?:and|to|until|till|through|[-–])\s+$", before)
    return any(
        _HABIT_MONTH.search(text)
        or _OFTEN.search(text)  # "Results are normally published in August"
        or _HABIT_MONTHS.search(text)
        or (_PRESENT_SEASON.search(text) is not None and not _PAST.search(text))
        for text in (before, before[: first.start()] if first else before)
    )


# "payable each 15 January and 15 July", "every 1 May", "every Christmas Eve": days of the
# year a habit keeps.
_HABIT_DAYS = re.compile(
    rf"\b(?i:each|every)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})\.?"
    r"(?:,\s*|\s+(?:and|or)\s+))*$"
)


# "no later than April 1 of each year": the day every year comes back to
# (after the list's other days too: "on 1 April and 1 October in each year")
_EACH_YEAR = re.compile(  # (or a span's end: "from 18:00 on 24 December to 06:00 on 2 January")
    rf"(?:\s*(?:,|and|or|to)\s*(?:\d\d:\d\d\s+on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})\.?)*"
    r"(?:\s*,?\s*(?:(?:of|in)\s+)?(?:each|every)\s+year\b|\s+(?:annually|yearly)\b)"
)


def day_of_a_habit(before: str, after: str = "") -> bool:
    """Whether a day without a year, between ``before`` and ``after``, is one a habit keeps
    every year: "payable each 15 January", "April 1 of each year", "usually opens on"."""
    return (
        _HABIT_DAYS.search(before) is not None
        or _EACH_YEAR.match(after) is not None
        or (_YEARLY_FROM.search(before) or USUALLY.search(before)) is not None
    )


# "alerts are issued each year between 1 June and 30 September": the season a year keeps
# (or in brackets after it: "during the bird nesting season each year (1 April to 31 July)")
# (its first day too, before its last: "each year between 1 June and ")
_YEARLY_FROM = re.compile(
    r"\b(?i:each|every)\s+(?:year|spring|summer|autumn|winter)\s*"
    r"(?:\(|\s(?:between|from|on|until|till)\s+)"
    rf"(?:(?:\d{{1,2}}(?:\s+(?:{MONTH_WORDS}))?|(?:{MONTH_WORDS})\s+\d{{1,2}})\s*(?:to|and|[-–])\s*)?$"
)


# "Night buses run on route N1 every Friday and Saturday": a sentence of what is done again
# and again, whatever day heads it. A habit of no weekday still goes with its day: a
# minutes' "The Council meets on the second Tuesday of every month" under the next
# meeting's day, a diary's "The bombers came every night, and we left at dawn".
_AGAIN_AND_AGAIN = re.compile(rf"\b(?i:every|each)\s+(?:other\s+)?{_WEEKDAY}\b")


def done_each_time(sentence: str) -> bool:
    """Whether ``sentence`` tells of something done each time ("Marshals hold a briefing
    before every meeting", "at the start of every shift"): no event of the day it is told."""
    return _EACH_TIME.search(sentence) is not None


_EACH_TIME = re.compile(
    r"\b(?i:every|each)\s+(?:\w+\s+)?(?:day|morning|afternoon|evening|night|week|month|shift|"
    r"meeting|match|race|session|time|visit)\b"
)


def tells_a_habit(sentence: str) -> bool:
    """Whether ``sentence`` tells of a habit ("... run every Friday and Saturday"): no event
    of the day of the heading or the stamp above it. A habit of someone the sentence names
    is none of the sentence's ("Buried Wm. Pardew, who rang the tenor bell every Sunday")."""
    return _AGAIN_AND_AGAIN.search(_RELATIVE_CLAUSE.sub("", sentence)) is not None


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose)\b[^,;]*")


# A habit, then the day it showed its worth: "We train every Tuesday, and today it paid
# off", "We test the failover every Saturday, and it worked last weekend".
_PAID_OFF = re.compile(
    r"\bevery\s+(?:[a-z]+\s+)?(?:day|morning|evening|night|week|weekend|month|"
    rf"{_WEEKDAY})\b[^.;]{{0,80}}\b(?:and|but)\s+(?:[\w'’-]+\s+){{0,3}}$",
    re.IGNORECASE,
)
# What the habit's day showed: "it paid off", "it showed", "it worked".
_WORTH = re.compile(
    r"\b(?:paid off|pays off|showed|shows|worked|made the difference|came good|was worth it)\b",
    re.IGNORECASE,
)


def habit_paid_off(sentence: str, start: int) -> bool:
    """Whether the relative day at ``start`` of ``sentence`` comes after a habit told in a
    quotation, as the day it paid off: a remark, no event ("and it worked last weekend"; a
    quoted "today" is no day of the text's anyway)."""
    clause = re.match(r"[^,;.\"”]*", sentence[start:])
    near = sentence[max(0, start - 30) : start] + (clause[0] if clause else "")
    return bool(
        quotation_open(sentence, start)
        and _PAID_OFF.search(sentence, 0, start)
        and _WORTH.search(near)
    )


def recurs_each_year(sentence: str) -> bool:
    """Whether ``sentence``, which says that something happens every year and names no date
    of its own, tells of an event that recurs (the sheep fair "is held every year"): not of a
    state said of every year, a rate, nor a habit whose months say when it comes back."""
    months = (
        month
        for month in _MONTHS_OF_A_HABIT.finditer(sentence)
        # (not another's, in a relative clause: "in honour of its founder, who died in May")
        if not _IN_A_RELATIVE_CLAUSE.search(sentence, 0, month.start())
    )
    return not (_STATE.search(sentence) or next(months, None))


# "was the top player in the world each year": a state said of every year is a habit, not
# an event that recurs.
# "lends more than 12,000 books every year": a count of things a year is a rate, not an
# event that recurs either.
_STATE = re.compile(
    r"\b(?:is|was|were|are|remained|remains|became|becomes)\s+(?:the|a|an|its|his|her|their|"
    r"one|among)\b|\b\d[\d,.]*(?:\s*%|\s+per\s?cent)?\s+"
    # "on 1 August each year" is a habit's day, not a count of anything.
    rf"(?!(?:{'|'.join(MONTH_NUMBERS)})\b)(?:[a-z-]+\s+){{0,3}}"
    r"(?:every|each|a|per)\s+year\b|"  # "40,000 visitors", "14%" a year: a rate
    r"\b(?:(?:every|each)\s+year|annually|yearly)\s+since\b",  # dated by that year, or by none
    re.IGNORECASE,
)
# Its months, that say when it comes back, right before its repetition or its end:
# "takes place in September every year", "are most active every year from April to
# November.", "shuts on 1 August each year", "is held on the second Sunday of April" (not a
# name's, "the Queen of May", "June Whitfield", nor another fact's: "from June, our
# treasurer", "founded in May 1968")
_MONTH_OF_IT = rf"(?:(?:early|late|mid)[\s-]+|\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_WORDS})\b"
_IN_A_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;.]*$")
_MONTHS_OF_A_HABIT = re.compile(
    rf"\b(?i:in|from|between|during|until|till|to|through|on)\s+{_MONTH_OF_IT}"
    rf"(?=\s*(?:[.;!]|$)|\s+(?i:every|each|annually)\b|\s+(?i:and|to|or|until|till|through)\s+"
    rf"{_MONTH_OF_IT})|"
    rf"\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|week)\s+of\s+{_MONTH_OF_IT}|"
    # (or right after it: "meet every year in February in the Heritage Classic")
    rf"\b(?i:(?:every|each)\s+year|annually|yearly)\s+(?i:in|from|during|on)\s+{_MONTH_OF_IT}"
)
