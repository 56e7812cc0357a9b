"""Relative dates (``yesterday``, ``last week``, ``on Monday``), resolved from the publication
date the way the tense of their verb points (see :mod:`kztimeline.draft.tense`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kztimeline.draft.cues import IRREGULAR_PARTICIPLE, MONTH_NUMBERS, MONTH_WORDS, ORDINAL
from kztimeline.draft.found import same_day_months_on
from kztimeline.draft.month_days import BEFELL_OF, BEFORE_AN_ERRAND, FIXED_FOR, OPENING_ITS_SENTENCE
from kztimeline.draft.numbers import NUMBER_PATTERN, NUMBER_WORDS
from kztimeline.draft.tense import Tense
from kztimeline.draft.weekdays import (
    SHORT_WEEKDAY_PATTERN,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    weekday_of,
)
from kztimeline.draft.years import THAT_YEAR

__all__ = (
    "BEFELL",
    "HOUR_AND_ENTRY",
    "TEAMS_AFTER",
    "ORDINAL_NOUNS",
    "RELATIVE_SHAPES",
    "WITH_ITS_DAY",
    "approximately_ago",
    "relative",
)

# The months' full names, whatever the machine's locale says (not ``calendar.month_name``)
_MONTHS = "|".join(name for name in MONTH_NUMBERS if len(name) > 3 or name == "May")
# a weekday's own day after it: "Wednesday 17 December", "Friday the 19th of December"
WITH_ITS_DAY = rf",?\s+(?:the\s+)?\d{{1,2}}(?:{ORDINAL})?\s+(?:of\s+)?(?:{MONTH_WORDS})\b"
HOUR_AND_ENTRY = r",?\s{1,3}(?:[01]\d|2[0-3]):[0-5]\d\s+(?:-\s+)?[A-Z]"
"""What follows a day of the month in a watch log's row: its hour and its entry, each in its
column ("Tue 12  0500  Gale warning", its hour written with a colon once read as a log)."""
ORDINAL_NOUNS = r"[XVI]+|Team|Eleven|Squad|Division|Battalion|Brigade|Army|Corps|Class|Floor"
"""What an ordinal numbers when it is no day: "1st XI", "2nd Division", "3rd Class"."""
# what follows a fixture card's day in its row, its teams: "Sat 13   Hallam v Tynedale"
TEAMS_AFTER = r"(?<=\d)\s+(?![XVI]+\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+vs?\.?\s+[A-Z]"


# A letter's day of a month named by its place ("on the 2nd inst.", "by the 20th inst.",
# "yours of the 12th ult.", "your parcel of the 20th of last month"), and in the old style,
# with no preposition ("the keel was laid the 3rd instant"): its place word makes it a day
# anywhere but at a span's end ("closed from the 3rd to the 10th inst.": no day of its own).
_NO_SPAN_END = r"(?<!\bto )(?<!\band )(?<!\buntil )(?<!\btill )"
# (with its weekday, "on Tuesday the 25th ult.", "on Mon. 25th ult."; alone, "stop here 14th inst.")
_LETTER_S_DAY = (
    rf"(?:\bon\s+)?{_NO_SPAN_END}\b(?:(?:{WEEKDAY_PATTERN},?\s+)?the\s+|"
    rf"(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN}),?\s+(?:the\s+)?|(?<!\bthe\s))"
)
_DAY_OF_A_MONTH = rf"(?:\bon\s+)?{_NO_SPAN_END}\bthe\s+"

# The shapes of relative dates, for the grammar (:mod:`kztimeline.draft.grammar`): counted
# from the publication day, or from the date named before ("anchored", "counted_to").
BEFELL = r"\s+(?:he|she|we|they|I|it|you|upon)\b"
"""What befell on a day told as a weekday and "the Nth", after it: "on Thursday the 30th he
made me an offer", "on Wednesday the 22d upon business"."""
RELATIVE_SHAPES: tuple[tuple[str, str], ...] = (
    # "last summer", "next spring": the season of the year before or after, by the day.
    (
        "relative_season",
        r"\b(?P<which>(?i:last|next|this|this past|the coming))\s+"
        r"(?P<season>(?i:spring|summer|autumn|fall))\b",
    ),
    (
        "relative_day",
        # (not the time of a count held: "As of today the museum has 300 members")
        r"(?!(?<=\b(?i:as of) )(?i:today|this morning),?\s+[^.;]{0,40}?\b(?:has|have)\s+(?:\d|some|"
        r"about|over|more|fewer))"
        r"\b(?i:the day (?:before yesterday|after to-?morrow)|to-?day|yesterday|to-?morrow|"
        r"to-?night|this (?:morning|afternoon|evening)|last night|"
        # (an old letter's "I have this day drawn a Bill"; not "this day changed everything")
        r"(?:(?<=\bhave )|(?<=\bhas ))this day"
        rf"(?=\s+(?:[a-z]+(?:ed|'d|pt)|{IRREGULAR_PARTICIPLE})\b))\b",
    ),
    (
        "relative_period",
        # ("the average for the past year", "within the coming year": a stretch, no calendar
        # year; "over the past week" is that week; nor a thing of that year got in against it:
        # "sheep hurdles against next year's lambing", on the entry's own day)
        r"(?!(?<=[a-z]s against )(?i:next|last|this)\s+year['’]s\b)"
        r"\b(?P<which>(?i:last|next|this|(?<!\bfor )(?<!\bwithin )(?:the past|"
        r"the coming)|earlier this|later this))\s+"
        r"(?P<unit>week|month|year)\b",
    ),
    (
        "ago",
        # (an old hand's "since" for "ago": "bought him about 3 years since; a good puller"; not
        # a habit's "held every two years since")
        rf"\b(?<!\bevery\s)(?P<count>\d+|(?i:{NUMBER_PATTERN}))\s+"
        r"(?P<unit>day|week|fortnight|month|year|decade)s?"
        r"\s+(?:ago|since(?=\s*(?:[,.;:)]|$)|\s+for\b))\b(?P<today>,?\s+(?i:today)\b(?!['’]))?"
        # "Forty years ago this week, on 15 March 1984": the week's day follows
        r"(?:,?\s+(?i:this\s+(?:week|month))\b)?",
    ),
    # "will be held in ten days", "in two years' time": counted forward, in the future only.
    (
        "from_now",
        # ("expects to reach the Cape in about three weeks": that day, roughly)
        r"\b(?i:in)\s+(?P<rough>(?i:about|around|some|roughly|approximately)\s+)?"
        rf"(?P<count>\d+|(?i:{NUMBER_PATTERN}))\s+(?P<unit>day|week|fortnight|month|year)s?"
        r"(?:['’]?\s+time)?\b(?!\s+(?:of|after|before|from))",
    ),
    # "ran from Thursday to Sunday": the days of one week, from the first on
    (
        "weekdays",
        # ("between Sunday and Tuesday" too)
        rf"\b(?i:from\s+(?=\w+\s+(?:to|until|till|through)\s)|between\s+(?=\w+\s+and\s))"
        rf"(?P<w>{WEEKDAY_PATTERN})\s+(?i:to|until|till|through|and)\s+"
        # (not "from Monday until Wednesday 17 December": a weekday, then a day of its own;
        # "from Friday to Sunday next week": that week's)
        rf"(?P<w2>{WEEKDAY_PATTERN})\b(?!{WITH_ITS_DAY})(?:\s+(?P<week>(?i:last|next|this))\s+week\b)?",
    ),
    (
        "weekday",
        # (not an adjective's: "the last Sunday bus ran in 2014", "a new Saturday morning club";
        # or cut short before "last": a letter's "finished the sod house Sat. last")
        rf"\b(?:(?i:the)\s+(?=\w+\s+of\s))?(?:(?P<which>(?i:(?<!\bthe\s)last|next|this|on))\s+)?"
        # (nor a day of a week the text does not name: "by the Friday after the match", "let
        # Jan know by the Wednesday if you can't play", "at the Tuesday and Thursday
        # sessions"; but "the Tuesday of next week", "The Saturday opening of the bridge")
        rf"(?P<w>(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\bnew )(?<!\bweekly )"
        rf"(?!(?<=\b[Tt]he ){WEEKDAY_PATTERN}(?:\s+(?i:after|before|if|unless)\b|"
        rf"\s+and\s+{WEEKDAY_PATTERN}\s+[a-z]+s\b))"
        rf"{WEEKDAY_PATTERN}\b(?!(?<=[Ss]unday)\s+(?i:schools?)\b)|"  # (not "the Sunday school")
        rf"(?<![–-]){SHORT_WEEKDAY_PATTERN}(?<=\.)(?=\s+(?:last|next)\b)|"
        # (or after "on", before a condition: "go back to billets on Sat. if all goes well")
        rf"(?<=\bon\s){SHORT_WEEKDAY_PATTERN}(?<=\.)(?=\s+(?:if|unless|weather)\b))"
        # "on Monday last week", "on Tuesday of next week": that week's; "Tuesday last": old
        r"(?:\s+(?:of\s+)?(?P<week>(?i:last|next|this))\s+week\b|"
        r"\s+(?P<after>(?i:last|next))\b(?!\s+(?i:month|year|time|season|summer|winter|to)\b))?",
    ),
    # (not an adjective: "a yearly fair had been granted by 1241")
    (
        "annual",
        r"\b(?i:annually|every year|each year|once a year|yearly(?!\s+(?!(?:in|on|at|from|"
        r"since|until|and|or|by|for|to)\b)[a-z]))\b",
    ),
    (
        "weekend",
        r"\b(?P<which>(?i:last|next|this past|this|at the|over the|on the))\s+weekend\b"
        r"(?!\s+of\b)",
    ),
    (
        "anchored",
        # "over the following days" is a stretch; "took over the following day", a day
        r"(?:(?<!\bover )|(?<=\btook over )|(?<=\btake over )|(?<=\btakes over )|"
        r"(?<=\bhanded over ))(?<!\bwithin )(?<!\bduring )"
        # (not "for the following days"; but "Funeral fixed for Sat. 13th")
        rf"(?:(?<!\bfor )|(?=[A-Z][a-z]{{2}})|{FIXED_FOR})"
        # (a diary's "Next day began to clear it out" too, with no "the"; not a shop's "next day
        # delivery", nor an entry's label, "Next day. Counted the wounded")
        r"\b(?i:(?:the\s+(?:very\s+(?=\w+\s+(?:day|morning|evening|night)\b))?|(?=(?:next|following)\s+"
        r"(?:day|morning|afternoon|evening|night)\b(?!\s+(?:delivery|dispatch|shipping|service|and)\b|"
        r"\s*[.:;])))"
        r"(?P<which>following|next|previous|same)\s+"
        rf"(?:(?P<one>day|month|year)|(?P<weekday>{WEEKDAY_PATTERN})|(?P<a_month>{_MONTHS})\b|"
        r"(?P<part>morning|afternoon|"
        r"evening|night))|(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?P<that>day|month|year|spring|summer|"
        r"autumn|fall)"
        # (not a school's "that Year 7 classrooms"; and a state's start, "closed since then")
        r"(?!-|(?-i:(?<=Year))\s+(?:[1-9]|1[0-3])\s+[a-z])|(?<=\bsince )(?P<then>then)\b(?!\s+only)"
        rf"|(?P<count>{NUMBER_PATTERN}|\d+)\s+(?P<unit>day|week|month|year|decade)s?\s+"
        # ("buried two days after.", "who came two days after & bled him", a past in -d after
        # "&", "two years after that it burned"; not "two days after the vote", "two years
        # after, in 1904", "let them stand 3 days after & then pressed them", "& could not")
        r"(?P<way>later|earlier|afterwards|after(?:\s+that)?(?=\s*(?:[.;:),]|&\s+(?!could|would|should)[a-z]+d\b|$))|after\s+that(?=\s+(?:it|he|she|they|we|I|the|a|an|(?-i:[A-Z]))\b))"
        r"|the\s+(?P<alone>day|month|year)\s+(?P<side>before|after|following)"
        # "the day after" alone; "the day after the vote" counts from the vote instead.
        r"(?!\s+(?:the|a|an|his|her|its|their|this|that|last|next|[A-Z0-9]))"
        # a log's "Sunday 17th." after "Thursday 14th March." ("Tues. 4th."): a day of that
        # month, not a team ("Sat 1st XI beat Hexham")
        # (with its "the", before a pronoun or "upon" too: "on Wednesday the 22d upon
        # business", "on Thursday the 30th he made me an offer"; not "the 9th Circuit", "the
        # 2nd in command", "the 1st for Leeds")
        rf"|(?-i:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN}),?\s+(?:(?P<the_nth>the)\s+)?"
        # (the number alone in a table's row, "Mon.  4     6    4   Wind S.W."; then a log
        # table's next cell, "Thurs 10th  47.12 N  9.40 W  NW", or "Sat. 13th at St Bega's";
        # with whole counts: not "Sat 1  10 16  Open" nor a tide table's "Mon. 4   6.12")
        r"(?P<nth_w>[1-9]|[12]\d|3[01])(?:" + ORDINAL + r"|"
        r"(?:(?<=\.\s\d)|(?<=\.\s\d\d))(?=\s+\d+\s+\d+\s)|"
        # (or a watch log's row, its day and its hour: "Tue 12  05:00 - Gale warning"; a card's)
        rf"(?={HOUR_AND_ENTRY}|{TEAMS_AFTER}))"
        rf"\b(?!\s+(?:of\s+)?(?:{MONTH_WORDS})\b)(?={HOUR_AND_ENTRY}|{TEAMS_AFTER}|\s*[.,:;–—-]|\s+(?:(?:to|at|and|but)\b|&)|\s*$|"
        r"\s+\d{1,3}\.\d{2}\s+[NSEW]\b|\s+\d[\d.]*\s+\d|"
        # (or a programme's row, opening its line: "Sun. 9th Hollin Edge & Black Tarn.", "Sat.
        # 10th - Sat. 17th Club holiday week"; not a team, "Sat 1st XI beat Hexham")
        r"(?:(?<=^...\s\d..)|(?<=^....\s\d..)|(?<=^...\s\d\d..)|(?<=^....\s\d\d..)|"
        r"(?<=[-–—]\s...\s\d..)|(?<=[-–—]\s....\s\d..)|"
        rf"(?<=[-–—]\s...\s\d\d..)|(?<=[-–—]\s....\s\d\d..))(?!\s+(?:{ORDINAL_NOUNS})\b)"
        r"\s+(?:[A-Z(]|\d{1,3}(?:st|nd|rd|th)\s+[a-z])|"
        # (after "the" only, see the_nth above: a pronoun or "upon")
        rf"(?(the_nth){BEFELL}|(?!)))"
        # (or alone, a diary's entry under the day before: "4th.", "The 12th." after "Mon. 3rd")
        r"|^(?:The\s+)?(?P<nth_h>[1-9]|[12]\d|3[01])" + ORDINAL + r"(?=\.?$)"
        # "...entered orbit on 16 August and lowered it on the 22nd": a day of that month
        # ("blew a mine on or about the 28th", an old hand's "on or abt. the 9th": roughly;
        # not "around the 20th at the halfway mark", a place)
        # (or what befell on it: "the great Elm fell in the Storm of the 27th")
        # (or a cleft's: "it was the 9th before James got his stores ashore")
        # (or a state from it: "Wave buoy M6 still off line since the 9th")
        r"|(?:on\s+|(?<=\bby )|(?<=\buntil )|(?<=\btill )|(?<=\bbefore )|(?<=\bon or about )|"
        # (or its part: "peaked at Ashby on the evening of the 18th")
        r"(?<=\bor abt\. )|(?<=\bmorning of )|(?<=\bevening of )|(?<=\bnight of )|"
        # (not a century's: "has stood on the site since the 16th, when it served drovers")
        r"(?<=\bsince )(?=the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s*,\s*when\b|\s+centur))|"
        r"(?<=\b[Ii]t was )(?=the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:before|when|that)\s)|"
        # (a day a thing is fixed for: "the sale is fixed for the 16th at Hexford")
         + FIXED_FOR + "|" + BEFELL_OF + r")"
        r"the\s+"
        r"(?P<nth>[1-9]|[12]\d|3[01])" + ORDINAL + r"(?!-|['’]s\b)"
        # (not "holing a putt on the 18th to finish", "his birdie on the 18th was": a hole; but
        # a visit's purpose: "Dr Pryce is to come up on the 8th to see them")
        # (and "settled on or abt. the 22d of that month": the month before)
        r"(?!\s+(?!(?:and|at|if|or|but|when|unless|in|with|before|after|from|for|"
        r"of(?=\s+(?:that|the\s+same)\s+month))\b)"
        r"(?!to\s+(?:see|visit|meet|attend|inspect|examine|discuss|collect|fetch|sign|"
        r"confirm|preach|speak|stay|dine|marry|bury|baptise|baptize|bless|vaccinate|survey|"
        r"perform|view|value|measure|mend|repair|deliver)\b)"
        r"[A-Za-z])"
        # (or opening a letter's sentence, or before a visit's errand)
         + rf"|{OPENING_ITS_SENTENCE}|{BEFORE_AN_ERRAND}"
        # "sailed for Salonika about the 10th, so ...": a day, roughly, ending its clause (not
        # "around the 20th at the halfway mark")
        r"|(?:(?<=\babout )|(?<=\babt\. ))the\s+(?P<nth_r>[1-9]|[12]\d|3[01])"
        + ORDINAL
        # (or before a condition: "we shall reach Las Palmas about the 12th if it eases"; or
        # a second verb: "expects the steamer about the 18th and asks that the berth")
        + r"(?=\s*[,.;]|\s*$|\s+(?:if|unless|or\s+so)\b"
        + r"|\s+and\s+(?!the\b)[a-z]{3,}s\s+(?:that|to|for)\b)"
        # "About the 25th we made Pitcairn's Island": a day, roughly
        r"|(?:(?<=\bAbout )|(?<=\bAbt\. ))the\s+(?P<nth_a>[1-9]|[12]\d|3[01])"
        + ORDINAL
        + r"(?=\s+(?:we|I|he|she|it|they)\b|,))\b"
        # "Work began that October", "lifted in September of that year": a month of the
        # year named before
        # (not a conjunction's "that": "warned that March would be the wettest month", "said
        # that October sales rose")
        r"|\b(?<![Aa]t )(?<!\bsaid )(?<!\bsays )(?<!\bwarned )(?<!\bagreed )(?<!\bnoted )"
        r"(?<!\bfeared )(?<!\bhoped )(?<!\bstated )(?<!\bclaimed )(?<!\bbelieved )"
        r"(?i:that)\s+(?P<that_month>" + _MONTHS + r")\b"
        r"(?=\s*[,.;:]|\s*$|\s+(?:and|but|in|on|at|of|with|when|after|before|the|a|an|he|she|"
        r"it|they|we|I)\b)"
        # a letter's "on the 2nd inst.": a day of the month it is written in; "on or about
        # the 28th of last month", "about the 20th of next month": of the month before, after
        rf"|{_LETTER_S_DAY}(?P<inst>[1-9]|[12]\d|3[01]){ORDINAL}\s+inst(?:ant)?\.?"
        # (its "the 30th ult.", of the month before, and "the 4th prox.", of the month after)
        rf"|{_LETTER_S_DAY}(?P<ult>[1-9]|[12]\d|3[01]){ORDINAL}"
        r"\s+(?P<ult_way>ult(?:imo)?|prox(?:imo)?)\b\.?"
        # (and a letter's "your parcel of the 20th of last month")
        rf"|{_DAY_OF_A_MONTH}(?P<nth_of>[1-9]|[12]\d|3[01]){ORDINAL}\s+of\s+"
        r"(?P<month_way>last|next|this)\s+month\b"
        # (not a day's: "on 14 December of that year", "the 2nd of December of that year")
        r"|\b(?<!\d )(?<!\d[a-z]{2} )(?<!\bof )(?P<month_of>" + _MONTHS + r")\s+of\s+" + THAT_YEAR,
    ),
    # "restored on 16 January, two days after an accident": the date of the accident,
    # counted back from the date just before; opening a sentence ("Two days after orbit
    # insertion, the team released ..."), the day counted on from the date named before.
    (
        "counted_to",
        rf"\b(?P<count>(?i:{NUMBER_PATTERN})|\d+)\s+(?P<unit>day|week|month|year)s?\s+"
        r"(?P<way>after|before)(?=\s+(?:an?|the|his|her|its|their)\s|\s+[a-z]+(?:\s+[a-z]+)?,|"
        # (or a clause's subject and verb: "refloated on Wednesday, two days after it ran aground")
        r"\s+(?:it|he|she|we|I)\s+[a-z]{2,}\b|\s+[a-z]{3,}ing\s)",
    ),
)


def approximately_ago(match: re.Match[str], published: date) -> str:
    """ "about two weeks ago" (or ahead: "in about three weeks"): the day, month or year the
    count comes to, approximate, not the whole week or month it falls in."""
    count = match["count"].lower()
    ahead = re.search(r"\b(?:ago|since)\b", match.group(), re.IGNORECASE) is None
    step = (-1 if ahead else 1) * (int(count) if count.isdigit() else NUMBER_WORDS[count])
    unit = match["unit"]
    if unit in ("day", "week", "fortnight"):
        days = step * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return (published - timedelta(days=days)).isoformat() + "~"
    if unit == "month":
        return _month_of(published.year, published.month - step) + "~"
    return f"{published.year - step * (10 if unit == 'decade' else 1):04d}~"


def _week_of(day: date) -> str:
    monday = day - timedelta(days=day.weekday())
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _month_of(year: int, month: int) -> str:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def _weekend(which: str, published: date, tense: Tense) -> str:
    """Saturday and Sunday: of the week of publication (``this``; told in the past on a
    Monday, the one just gone), the week before (``last``), after (``next``); "at the
    weekend" goes by the tense."""
    this_saturday = published + timedelta(days=5 - published.weekday())
    if which in ("last", "this past"):
        saturday = this_saturday - timedelta(weeks=1)
    elif which == "next":
        saturday = this_saturday + timedelta(weeks=1)
    elif which == "this" and not (tense is Tense.PAST and published.weekday() == 0):
        saturday = this_saturday
    elif tense is Tense.PAST:  # (or "this weekend" told in the past on a Monday: gone)
        # The weekend just gone: on a Sunday, the one that is ending.
        saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
    else:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"


_BOUND_BEFORE = re.compile(r"\b(?:for|ahead\s+of|to|until|till)\s+$", re.IGNORECASE)
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}  # the month each begins


def _season(which: str, season: str, published: date) -> str:
    """The year of a season named from the publication: ``last`` the latest one already
    over, ``next`` the first one not begun, ``this`` this year's."""
    first = _SEASONS[season]
    year = published.year
    if which in ("last", "this past"):
        year -= published.month <= first + 2  # the latest one that is over
    elif which in ("next", "the coming"):
        year += published.month >= first
    return f"{year:04d}"


def relative(name: str, match: re.Match[str], published: date, tense: Tense) -> str | None:
    """The EDTF value of a relative expression that the grammar matched as ``name``,
    counted from ``published``; ``tense`` decides which way a bare weekday lies."""
    text = match.group().lower()
    if name == "relative_day":
        text = text.replace("to-", "to")  # an old "to-morrow" too
        shift = {
            "yesterday": -1,
            "tomorrow": 1,
            "last night": -1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }.get(text, 0)
        return (published + timedelta(days=shift)).isoformat()
    if name in ("relative_period", "ago", "from_now"):
        if name != "relative_period":
            if name == "from_now" and tense is not Tense.FUTURE:
                return None  # "in two years" of a past story counts from no known day
            count = match["count"].lower()
            step = int(count) if count.isdigit() else NUMBER_WORDS[count]
            step = step if name == "from_now" else -step
        else:
            which = match["which"].lower()
            step = {"last": -1, "the past": -1, "next": 1, "the coming": 1}.get(which, 0)
        unit = match["unit"]
        if unit in ("decade", "fortnight"):  # "a fortnight ago": two weeks
            unit, step = ("year", step * 10) if unit == "decade" else ("week", step * 2)
        if match.groupdict().get("today") and unit in ("year", "month"):
            return same_day_months_on(published, step * (12 if unit == "year" else 1)).isoformat()
        if unit == "day":
            return (published + timedelta(days=step)).isoformat()
        if unit == "week":
            return _week_of(published + timedelta(weeks=step))
        if unit == "month":
            return _month_of(published.year, published.month + step)
        return f"{published.year + step:04d}"
    if name == "weekend":
        # ("this weekend's match", "rescheduled for this weekend": the weekend, whatever verb)
        ahead = re.match(r"['’]s\b", match.string[match.end() :]) or _BOUND_BEFORE.search(
            match.string, 0, match.start()
        )
        told = Tense.NEUTRAL if ahead and tense is not Tense.PAST else tense
        return _weekend(match["which"].lower(), published, told)
    if name == "relative_season":
        return _season(match["which"].lower(), match["season"].lower(), published)
    if name == "weekdays":
        first = date.fromisoformat(weekday_of(match, published, tense))
        days = (WEEKDAYS.index(match["w2"]) - WEEKDAYS.index(match["w"])) % 7
        if tense is Tense.PAST and first + timedelta(days=days) > published and not match["week"]:
            first -= timedelta(weeks=1)  # a past span ends by the day it is told
        return f"{first.isoformat()}/{(first + timedelta(days=days)).isoformat()}"
    return weekday_of(match, published, tense)
