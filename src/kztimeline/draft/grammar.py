"""The grammar of date expressions: each written shape of a date (its patterns are in
:mod:`kztimeline.draft.patterns`) matched and read into its sides before anything is
resolved. The rules and their examples are described in
:mod:`kztimeline.draft.normalise`."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kztimeline.draft.citations import quotation_open
from kztimeline.draft.counted import shift_of
from kztimeline.draft.cues import (
    CLOCK,
    COUNTED,
    DAY_ORDINALS,
    KEPT_SINCE,
    MONTH_NUMBERS,
    MONTH_WORDS,
    TILDE,
    YEAR_FIGURES,
    a_name_s_month,
    is_year,
    month_cued,
)
from kztimeline.draft.datelists import read_list
from kztimeline.draft.doubts import approximate_after, approximate_before, doubted
from kztimeline.draft.found import Found, Side, exists
from kztimeline.draft.habits import (
    day_of_a_habit,
    habit_paid_off,
    month_of_a_habit,
    weekday_of_a_habit,
    weekdays_of_an_event,
)
from kztimeline.draft.nowadays import nowadays
from kztimeline.draft.old_years import an_old_year
from kztimeline.draft.patterns import PATTERNS
from kztimeline.draft.pieces import ENTRY_NUMBER, HOLIDAYS
from kztimeline.draft.relative import approximately_ago, relative
from kztimeline.draft.tense import Tense, tense_at, tense_of, tense_of_a_day
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN, weekday_index

__all__ = ("WEEKDAY_NOTE", "matches")

WEEKDAY_NOTE = "weekday resolved against the publication date"  # its note: it tells no year

# --- Raw matches ------------------------------------------------------------------------------


def _side(match: re.Match[str], year: str, month: str | None, day: str | None) -> Side:
    def number(group: str | None) -> int | None:
        text = match.group(group) if group and group in match.re.groupindex else None
        if text is None:
            return None
        if text.isdigit():
            return int(text)
        return DAY_ORDINALS.get(text.lower()) or MONTH_NUMBERS[text.rstrip(".").title()]

    return Side(number(year), number(month), number(day))


# What comes back on a day each year: "an annual fair at Michaelmas", "rents due at Lady
# Day", "Tolls are always light in the week after Michaelmas" (not "always lived there until")
_KEPT_YEARLY = re.compile(
    r"\b(?:(?i:annual|yearly|fairs?|rents?)|(?:is|are)\s+always|always\s+[a-z]+s)\b"
    r"(?![^.;,]*\b(?:until|since|from|till|next|last|this)\b)[^.;,]{0,60}$|"
    # ("called out mostly between Michaelmas & Lady Day"; not "rained so often that ... until")
    r"\b(?i:mostly|usually|generally|normally|often)\s+(?:between|at|about|around|from)\s+"
    r"(?:(?:[\w'’]+\s+){1,3}(?:&|and|to)\s+)?$"
)
# The play of a match, whose quarters are its own, no year's: a score told as play ("trailed
# 48-41", "a 14-2 run"; not "voted 5-2") or a word of play ("half-time", "14 rebounds")
_A_GAME = re.compile(
    r"\b(?:(?:an?\s+)\d{1,3}-\d{1,3}\s+run|(?:trailed|trailing)\s+\d{1,3}-\d{1,3})\b|"
    r"\b(?:half-?time|touchdowns?|three-pointers?|"
    r"free\s+throws?|penalty\s+corners?|unanswered|yellow\s+cards?|red\s+cards?|"
    r"\d+\s+rebounds|scored\s+\d+|"
    # ("Tries from Okafor and Peel turned the game in the last quarter")
    r"[Tt]ries\s+from|(?:turned|swung)\s+the\s+(?:game|match)|"
    # ("Ekwueme ran in two tries in the first quarter"; not "two points", nor a charity's
    # "three goals")
    r"(?:scored|ran\s+in|kicked|converted|netted|sank|added)\s+(?:two|three|four|five|six|\d+)\s+"
    r"(?:tries|goals|baskets)|"
    # ("Price kicked two penalties in the last quarter"; not "kicked off the consultation")
    r"kicked\b[^.;]{0,50}\bpenalties)\b",
    re.IGNORECASE,
)


def matches(sentence: str, published: date | None) -> list[Found]:
    """Every expression of the grammar, longest first where two overlap."""
    candidates: list[Found] = []
    for name, pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            found = _read(name, match, sentence, published)
            if found is not None:
                candidates.append(found)
    candidates.sort(key=lambda found: (found.start - found.end, found.start))
    chosen: list[Found] = []
    for found in candidates:
        if all(found.end <= other.start or found.start >= other.end for other in chosen):
            chosen.append(found)
    return sorted(chosen, key=lambda found: found.start)


# (after a timeline entry's label too: "Science orbit: about two months after orbit insertion")
_ROUGHLY_ALONE = re.compile(
    r"\W*(?:[A-Z][\w -]{0,30}:\s+)?(?:(?i:about|around|some|roughly|nearly|almost)\s+)?"
)
# A number that labels a room or an item ("Gallery 3 - 14 March to 27 July"): no day range.
_LABEL_NUMBER = re.compile(
    r"(?:\b(?:Gallery|Hall|Room|Stand|Booth|Stage|Gate|Platform|Pavilion|Item|Lot|Unit|Block|"
    r"Building|Floor|Level|Suite|Court|Courtroom|Field|Pitch|Track|Lane|Section|Zone|Area)|"
    r"\bNo\.?|\bNr\.?|#)\s*$"
)
# nor one that counts a record's entries, opening its line, a spaced dash after it ("Walk 1 -
# 12 April 2024", "Update 1 — 19 January 2025"; not "Cowes Week 2-9 August")
_ENTRY_NUMBER = re.compile(rf"(?:^|\n)\s*{ENTRY_NUMBER}\s+[-–—]\s+$")
_NAMED_WEEKDAY = re.compile(rf"(?i:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN})")


def _weekday_of(text: str) -> int | None:
    """The weekday ``text`` opens on ("Tuesday, May 5"), if any."""
    named_day = _NAMED_WEEKDAY.match(text)
    return weekday_index(named_day[0].title()) if named_day else None


def _read(name: str, match: re.Match[str], sentence: str, published: date | None) -> Found | None:
    if name in ("days_dm", "day_list_dm") and _LABEL_NUMBER.search(
        sentence, max(0, match.start() - 20), match.start()
    ):
        return None
    if name == "days_dm" and _ENTRY_NUMBER.search(sentence, 0, match.start("d2")):
        return None
    found = _read_shape(name, match, sentence, published)
    if found is None:
        return None
    before, after = sentence[: found.start], sentence[found.end :]
    if tilde := TILDE.search(before):
        # a table's "~20 February": the sign is the date's, not the title's
        return replace(found, start=tilde.start(), approximate=True)
    if name == "years" and match["about"] is not None:
        found = replace(found, rough_end=True)  # "from 1829 to about 1850"
    rough = name == "from_now" and match["rough"] is not None  # "in about three weeks"
    if name == "circa" or rough or approximate_before(before) or approximate_after(after):
        if name in ("ago", "from_now") and published is not None and found.value is not None:
            return replace(found, value=approximately_ago(match, published))
        return replace(found, approximate=True)
    return replace(found, doubted=True) if doubted(before, after) else found


# where a clause ends: "fell; more is expected", "searched, and the search will resume"
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:and|but|which|while|where|when)\b|\s(?:but|while|whereas)\s|"
    r"\sand\s+(?:the|a|an|more|it|they|this|that|its|their)\b"
)
# "beat Rao Jun 6-5 in the semi-final": a score, its dash between the figures with no space
# (not "Sat 28 Jun–4 bouts", a count); the span of days reads it too (see "backwards")
_SCORE_AFTER = re.compile(
    r"[-–](\d{1,2})\b(?![:.]\d|\s*[ap]\.?m\b|\s+(?!(?:in|at|on|to|after|before|with|and|for)\b)[A-Za-z])"
)
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+$")  # '"We have today signed a contract"': news
# what follows a quoted "today" in a remark on play or feeling: "and today they saw it out",
# "Today I felt", "Today was about the supporters" (not an act of the day: "Today we opened
# our fourth store", "Today I am publishing the review", "Today it was confirmed that")
_REMARK = re.compile(
    r",?\s+(?:I|we|they|you|he|she|it)\s+(?:just\s+)?(?:paid|showed|saw|played|did|wanted|felt|"
    r"enjoyed|kept|came|got|were\s+(?![a-z]+ed\b))\b|\s+(?:was|is|showed|paid|proved)\s+(?![a-z]+ed\b)",
    re.I,
)
_THIS_DAY = re.compile(r"(?i:this day)")
_TOLD_OF = re.compile(r"(?:\bthat\b|:)[^.;]*$")  # ("Pepys records that the King has this day")
_SPEAKER_S_DAY = re.compile(r"(?i:to-?day)")
# what a plan's bound follows: "I mean to sail for home before Christmas", "hope to be back by"
_MEANT_BY = re.compile(
    r"\b(?:mean|means|hope|hopes|intend|intends|expect|expects|shall|will)\b[^.;]*$"
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)  # "between 5 and 9 May": a range
# a state that lasts to a day: "is closed until Friday", "in effect until 6 pm Friday", "runs
# through Sunday" (not a total up to one: "Attendance figures until Sunday remain provisional")
_UNTIL_A_DAY = re.compile(
    r"\b(?:closed|shut|open|suspended|in\s+(?:effect|force|place)|runs?|continues?|stays?|"
    r"remains?|lasts?|valid|extended)\s+(?:[a-z]+\s+){0,2}?(?:until|till|through)\s+"
    rf"(?:{CLOCK}\s+(?:[A-Z]{{2,4}}\s+)?)?(?:on\s+)?$",
    re.IGNORECASE,
)
# A release's number, not a day ("build 8.4.2019"); a log's day with its hour ("Sat 30 Jan. 1000")
_VERSION = re.compile(r"\b(?:build|version|firmware|ver\.?|v)\s*(?:no\.?\s*)?$", re.IGNORECASE)
# what numbers the thing before a day: "Rev. 3 - 20 January", "No. 7 - 12 May"
_NUMBERED = re.compile(r"\b(?:Rev|No|Nos|Vol|Issue|Part|Item|Bulletin|Edition|Ed)\.?\s*$")
# what is held on each of the days: "open days", "race days" (not "over two days", "in recent days")
_EACH_A_DAY = re.compile(
    r"\b(?:(?i:open|race|match|show|fun|sports?|family|heritage|market|study|practice|training|"
    r"activity|taster|trial|competition|garden|visiting|inset|work|volunteer)\s+days|"
    # ("extra matinees", "the high tides", "cooling centres will open": again each day; not
    # "The conference on performances of early music runs", "a two-day festival")
    r"(?<!\bon )(?<!\bof )(?:matinees|performances|screenings|showings|tides|centres|centers))\b"
    r"(?![^.;:,]*\btwo[\s-]days?\b)(?:[^.;:,]|\.(?=\d))*$"
)
# what a count of days is after, up to its comma: " the launch,", " orbit insertion,"
_THING_THEN_COMMA = re.compile(
    r"\s+(?!(?:he|she|it|they|we|I|you)\b)(?:(?:an?|the|his|her|its|their)\s+)?[\w-]+(?:\s+[\w-]+)?,"
)
_A_DATE_AFTER = re.compile(rf"\b(?:{YEAR_FIGURES}|(?:{MONTH_WORDS}))\b")
_LOG_DAY = re.compile(r"[A-Z][a-z]{2}\s+\d{1,2}\s+[A-Z][a-z]{2}\.\s+\d{4}$")


def _read_shape(
    name: str, match: re.Match[str], sentence: str, published: date | None
) -> Found | None:
    start, end = match.span()
    before = sentence[:start]
    if name in ("day_list_dm", "day_list_md", "year_list", "old_year_list", "month_list"):
        listed = read_list(name, match, sentence)
        # "on Tue 4 and Wed 5 Nov": the first day's weekday gives the year of them all
        weekday = _weekday_of(match.group())
        return listed if listed is None or weekday is None else replace(listed, weekday=weekday)
    if name == "old_years":
        # "rose from 1200 to 1500 members": a count, not years
        if COUNTED.match(sentence[end:]) or re.match(r"\s*(?:[-–/]\d|%)", sentence[end:]):
            return None
        begin, finish = int(match["y1"] or match["b1"]), int(match["y2"] or match["b2"])
        return Found(start, end, Side(begin), Side(finish)) if begin < finish else None
    if name in ("old_year", "circa", "era_year"):
        cue = "circa" if name == "circa" else match.groupdict().get("cue")
        if name != "era_year" and not an_old_year(sentence, start, end, cue, match["y"]):
            return None  # "around 1400 pilgrims", "were about 1500.": counts
        begin = start if name == "era_year" else match.start("y")  # "circa AD 70": all of it
        one, other = int(match["y"]), int(match.groupdict().get("y2") or match["y"])
        return Found(begin, end, Side(one), Side(max(one, other)))  # "cal AD 1320-1390"
    if name in ("days_dm", "days_md"):
        both = _weekday_of(match["lead2"]) is not None and int(match["d2"]) == int(match["d1"]) + 1
        # (but "Open days will be held on Saturday 21 June and Sunday 22 June": days, each one;
        # so are things held again each day, "extra matinees on Tue 4 and Wed 5 Nov")
        both = both and not _EACH_A_DAY.search(before)
        if match["to"].strip() == "and" and not (_BETWEEN.search(before) or both):
            return None  # a list; "on Saturday 9 and Sunday 10 August", two days in a row: a span
        if _weekday_of(match["lead2"]) is not None and _weekday_of(match.group()) is None:
            return None  # "Issue 14 - Friday 21 March": a number, then the day
        if _NUMBERED.search(before) and match["d1"] and match.group().startswith(match["d1"]):
            return None  # "Document ARC-MS-0045, Rev. 3 - 20 January 2025": a revision's
        first = _side(match, "y1", "m1", "d1")
        last = _side(match, "y", "m2", "d2")
        one_month_unnamed = None in (first.month, last.month)
        # "Incident 42/25 - 19 March": a number, then the day; no span runs backwards within
        # its month ("beat Rao Jun 6-5": a name, then a score, as _SCORE_AFTER reads a day's)
        backwards = first.day is not None and last.day is not None and first.day >= last.day
        if (first.month is None and before.endswith("/")) or (backwards and one_month_unnamed):
            return None
        month1 = first.month or last.month
        month2 = last.month or first.month
        # "14-16 November 2012": the first day's year is the last's, unless the first names
        # its own month ("1 December to 31 March 2015"), which may lie in the year before.
        year1 = first.year or (last.year if first.month is None else None)
        if last.year is None and day_of_a_habit(before):
            return None  # "each year between 1 June and 30 September": a habit's season
        return Found(
            start,
            end,
            Side(year1, month1, first.day),
            Side(last.year, month2, last.day),
            weekday=_weekday_of(match.group()),  # "from Thursday 16 January": the year it is in
        )
    if name == "month_span":
        if match["to"].strip() == "and" and not _BETWEEN.search(before):
            return None  # "in March and May" is a list; "between March and May" a span
        if not (match["to"].strip() in "-–—" or month_cued(before) or _BETWEEN.search(before)):
            return None  # "May to July" needs "in", "from": "May" may be a verb
        if month_of_a_habit(before):
            return None  # "every other Thursday from October to March": a habit's season
        return Found(start, end, _side(match, "", "m1", None), _side(match, "", "m2", None))
    if name == "months":
        if match["to"].strip() == "and" and not _BETWEEN.search(before):
            return None  # "in June and July 2010" is a list
        return Found(start, end, _side(match, "y1", "m1", None), _side(match, "y", "m2", None))
    if name in ("day_dm", "day_md", "iso", "month_year"):
        point = _side(match, "y", "m", "d" if name != "month_year" else None)
        if (point.year or 1600) < 1600 and _LOG_DAY.match(match.group()):
            point = replace(point, year=None)  # "Sat 30 Jan. 1000 relieved by": a log's hour
        if point.year is None and day_of_a_habit(before, sentence[end:]):
            return None  # "payable each 15 January and 15 July": the days of a habit
        score = _SCORE_AFTER.match(sentence, end)
        if score and point.day and point.year is None and int(score[1]) < point.day:
            return None  # "beat Rao Jun 6-5": a name, then a score
        # ("August 9th, Sunday.": its weekday read with it, but not trusted to choose a year)
        weekday = None if match.groupdict().get("wd") else _weekday_of(match.group())
        return Found(start, end, point, point, weekday=weekday)
    if name == "numeric":
        if _VERSION.search(before):
            return None  # "build 8.4.2019", "version 2.1.2020": a release's number
        first_number, second_number = int(match["a"]), int(match["b"])
        if first_number > 12 >= second_number or match[2] == ".":  # dots: day.month.year
            day, month = first_number, second_number
        elif second_number > 12 >= first_number:
            day, month = second_number, first_number
        else:
            return None  # 05/06/2012: either order could be meant, so neither is given
        point = Side(int(match["y"]), month, day)
        return Found(start, end, point, point) if exists(point) else None
    if name == "holiday":
        month, day = HOLIDAYS[match["h"].replace("’", "'")]
        point = Side(int(match["y"]) if match["y"] else None, month, day)
        quarter_day = match["h"][0] in "LMC" and not match["h"].startswith("Christmas")
        if point.year is None and (
            day_of_a_habit(before) or (quarter_day and _KEPT_YEARLY.search(before))
        ):
            # "We still bake it every Christmas Eve", "added an annual fair of three days at
            # Michaelmas": a day a habit keeps
            return None
        if match["h"] == "Christmas" and not point.year and not _MEANT_BY.search(before[-80:]):
            return None  # a season ("the final home game before Christmas"), not a plan's bound
        return Found(start, end, point, point)
    if name == "month_yy":
        if published is None:
            return None
        # The year with those last two digits nearest the publication, ten years ahead at most.
        full = published.year // 100 * 100 + int(match["yy"])
        full -= 100 if full > published.year + 10 else 0
        point = Side(full, MONTH_NUMBERS[match["m"].rstrip(".").title()])
        return Found(start, end, point, point)
    if name == "season":
        first_year, written = int(match["y1"]), match["y2"]
        if int(written) != (first_year + 1) % (100 if len(written) == 2 else 10_000):
            return None  # "2010/45" is the number of a law, not two years in a row
        return Found(start, end, Side(first_year), Side(first_year + 1))
    if name == "years":
        first_year = int(match["y1"])
        written = match["y2"]
        last_year = int(written) if len(written) == 4 else first_year // 100 * 100 + int(written)
        if not 0 < last_year - first_year <= 100:
            return None
        if match["to"].strip() == "and" and not _BETWEEN.search(before):
            return None
        if match["about"] and (match["to"].strip() != "to" or COUNTED.match(sentence[end:])):
            return None  # "between 1600 and about 1700 people": a count
        return Found(start, end, Side(first_year), Side(last_year))
    if name == "year_end":
        if published is None:
            return Found(start, end, None, None)  # named, but nothing to count it from
        this_year = Side(published.year, published.month if match["unit"] == "month" else None)
        note = f"{match['unit']} of the publication date {published.isoformat()}"
        return Found(start, end, this_year, this_year, note=note)
    if name in ("part", "quarter", "part_of_year"):
        year = int(match["y"]) if name != "part_of_year" else None  # the tense gives it later
        if name == "part_of_year" and not match["rel"]:
            clause = re.split(r",\s+and\s+|;\s+", before)[-1] + sentence[end:]  # (its own)
            if _A_GAME.search(clause):
                return None  # "scored six unanswered goals in the third quarter": the match's
        if name == "part_of_year" and match["rel"]:
            if published is None:
                return Found(start, end, None, None)  # "of next year": counted from the day
            year = published.year + (1 if match["rel"].lower() in ("next", "coming") else -1)
        if name == "quarter":
            unit = "half" if "H" in match["q"] else "quarter"
            number = int(match["q"].strip("QH"))
        else:
            unit = "half" if (match["unit"] or "half") == "half" else "quarter"
            part = match["part"].lower()
            words = ("first", "second", "third", "fourth")
            number = (2 if unit == "half" else 4) if part == "last" else words.index(part) + 1
            if unit == "half" and number > 2:
                return None
        months = 6 if unit == "half" else 3
        first_month = (number - 1) * months + 1
        return Found(start, end, Side(year, first_month), Side(year, first_month + months - 1))
    if name == "short_decade":
        first_year = 1900 + int(match["yy"])
        return Found(start, end, Side(first_year), Side(first_year + 9))
    if name == "decade":
        first_year = int(match["y"])
        # "the 1800s" is a century; "the 2000s" and "the 1990s" are decades.
        span = 99 if first_year % 100 == 0 and first_year < 2000 else 9
        return Found(start, end, Side(first_year), Side(first_year + span))
    if name == "year":
        if not is_year(sentence, match.start(), match.end()):
            return None
        point = Side(int(match["y"]))
        return Found(start, end, point, point)
    if name == "month":
        if not month_cued(before) or month_of_a_habit(before):
            return None
        if a_name_s_month(match.group(), before, sentence[end:]):
            return None  # "gathered around June Carter", "The age of Jan Drost": a name
        point = Side(None, MONTH_NUMBERS[match["m"].rstrip(".").title()])
        return Found(start, end, point, point)
    if name == "annual":
        return Found(start, end, None, None, annual=True)
    if name == "anchored":
        if re.match(r"\s+than\b", sentence[end:]):
            return None  # "one week later than planned": a delay, not a day after the last
        if match["then"] and not KEPT_SINCE.search(before):
            return None  # "have attempted a recovery ... since then": no state kept
        return Found(start, end, None, None, shift=shift_of(match))
    if name == "counted_to":
        thing = _THING_THEN_COMMA.match(sentence, end)
        # (not when the sentence dates its own fact: "Three years after, she founded Acme in 2010")
        own = thing is not None and _A_DATE_AFTER.search(sentence, thing.end()) is not None
        opening = _ROUGHLY_ALONE.fullmatch(before) is not None  # (or "About two months after")
        if opening and match["way"].lower() == "after" and thing and not own:
            # "Two days after the launch, ...": all of it up to the comma names the day
            return Found(start, thing.end() - 1, None, None, shift=shift_of(match))
        if not re.search(rf"(?:\d|\b(?:{MONTH_WORDS}|{WEEKDAY_PATTERN})\.?),?\s$", before):
            return None  # only right after a date: "on 16 January, two days after", "on Monday,"
        count, unit = shift_of(match)
        return Found(start, end, None, None, shift=(-count, unit))
    # ("Between Sunday and Tuesday, 60 cm of snow fell": opening its sentence, the verb after)
    opening = name == "weekdays" and not before.strip()
    if name == "weekdays":
        clause = _CLAUSE_END.split(sentence[end:], maxsplit=1)[0]  # (not "; more is expected")
        told = tense_of(clause) if opening else tense_at(sentence, start)
        weekly = told is Tense.NEUTRAL and not match.groupdict().get("week")  # (not "next week")
        if weekly or not (opening or weekdays_of_an_event(sentence, start)):
            return None  # "open from Tuesday to Sunday": a habit; "The show ran from Thursday to"
    if name == "weekday" and weekday_of_a_habit(sentence, start, end):
        return None  # "open Tuesday to Sunday", "a Sunday fair": a habit, not dates
    # "flooded on 2 February, and staff spent the next week carrying books", "the last week
    # of June": a stretch after a date told, or of a month (not "In the last week, ...")
    if (
        name == "relative_period"
        and re.search(r"\b[Tt]he\s+$", before)
        and (re.match(r"\s+of\s", sentence[end:]) or _A_DATE_AFTER.search(before))
    ):
        return None
    if _THIS_DAY.fullmatch(sentence[start:end]) and (
        quotation_open(sentence, start) or _TOLD_OF.search(before)
    ):
        return None  # 'Nelson wrote: "I have this day sent"': the old writer's day, not the text's
    if name == "relative_day" and nowadays(sentence, start, end):
        return None  # "her maps are still used today": a state, no event of that day
    if (
        _SPEAKER_S_DAY.fullmatch(sentence[start:end])
        and quotation_open(sentence, start)
        and _REMARK.match(sentence, end) is not None
        and not _PERFECT_BEFORE.search(before)
    ):
        return None  # '"... and today they saw it out," he said': the speaker's day, unknown
    if name in ("relative_day", "weekend") and habit_paid_off(sentence, start):
        return None  # "We train every Tuesday, and today it paid off": the habit's worth
    if published is None:
        return Found(start, end, None, None)  # named, but nothing to count it from
    tense = told if opening else tense_of_a_day(sentence, start)
    if name == "weekday" and tense is Tense.NEUTRAL and _UNTIL_A_DAY.search(before):
        tense = Tense.FUTURE  # "The road is closed until Friday": a state that lasts to it
    value = relative(name, match, published, tense)
    what = WEEKDAY_NOTE if name == "weekday" else "date resolved against the publication date"
    note = f"{what} {published.isoformat()}"
    return None if value is None else Found(start, end, None, None, value=value, note=note)
