"""The year a text's title or a section's heading names, which the days it gives without
a year are of ("The galley log of SS Marrowind, 1952", "FIXTURE CARD - 2025 SEASON", "VOYAGE
THE FIRST - LIVERPOOL TOWARDS VALPARAISO, 1853"); and a heading that is a period, bare or
with a short title ("1950s", "2025 FIXTURES", "1923 - 1950: From a Drammen workshop",
"1896: Beginnings"), over the prose it dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kztimeline.dates import PartialDate
from kztimeline.draft.cues import (
    HEADING_LINE,
    MONTH_NAMED,
    MONTH_NUMBERS,
    MONTH_WORDS,
    PROGRAMME_WORDS,
    RECORD_NAMES,
    YEAR_FIGURES,
)
from kztimeline.draft.grammar import matches
from kztimeline.draft.mentions import Mention, names_a_day
from kztimeline.draft.normalise import find_dates
from kztimeline.draft.tense import Tense, tense_of
from kztimeline.draft.verbs import clausal, verb_start
from kztimeline.draft.weekdays import WEEKDAY_PATTERN
from kztimeline.edtf import parse_date, parse_partial_date

__all__ = (
    "LEAGUE_YEAR",
    "bare_period",
    "in_its_season",
    "month_alone",
    "month_heading",
    "month_of_heading",
    "programme_s_year",
    "season_of",
    "titled_period",
    "titled_year",
    "year_of_section",
    "year_of_title",
    "year_over_prose",
)


def year_of_title(title: str) -> tuple[PartialDate, bool] | None:
    """The year (or the month) a text's title names, and whether it is a record's year
    alone ("Keeper's Log, 1897"), which holds for days told far from it; ``None`` when the
    title names none."""
    # (not its note in brackets: "..., 1931 / (copied in 1978 by the record office)";
    # but its year in them: "Diary of John Hale (1851)", "(Ambleside, 1887)")
    title = re.sub(r"\s*\([^()]*\b[a-z]{3,}\b[^()]*\)$", "", title)
    named = [mention.value for mention in find_dates(title)]
    # "DIARY OF THE ARDMORE GLACIER EXPEDITION, SPITSBERGEN, 1936 kept by ...": the
    # year that closes a line of the title, after a comma, when the title ends otherwise
    year = _TITLE_YEAR.search(title) or _TITLE_LINE_YEAR.search(title) or _MEETING.search(title)
    # a record's own year ("Keeper's Log, 1897", "Call-out log 2024"), not a name's
    # ("Villages - Cuvee 1961", "Gleirsch Hut 2022"), which dates less firmly
    kept = year is not None and _BEFORE_TITLE_YEAR.search(title, 0, year.start(1))
    years = {end[:4] for value in named for end in value.split("/") if end != ".."}
    runs = [v for v in named if "/" in v and all(names_a_day(e) for e in v.split("/"))]
    season = _SEASON_YEAR.search(title)
    if season is not None:
        # "THORNBY CC / Est. 1868 / FIXTURE CARD - 2025 SEASON", "Captain's Log - Season
        # 2025": a season's card or log gives its days the season's year, not a founding
        # year named above it
        return parse_partial_date(season[1] or season[2] or season[3]), True
    if (first := season_of(title)) is not None:
        # "FIXTURES CARD - SEASON 2025/26": a season across the turn of the year gives its
        # days its first year's from its first month (see :func:`in_its_season`), not a
        # founding year named beside it ("(Founded 1958)")
        return parse_partial_date(f"{first:04d}-{_SEASON_TURN:02d}"), True
    programme = (
        _PROGRAMME_YEAR.search(title) or _YEAR_PROGRAMME.search(title) or LEAGUE_YEAR.search(title)
    )
    if programme is not None and not any(map(names_a_day, named)):
        # "KESTERFOLD SOCIAL DODGEBALL LEAGUE AUTUMN FIXTURES 2025 - DIVISION ONE": a card in
        # capitals gives its days its year, not a founding year above it ("Founded 1893")
        return parse_partial_date(programme[1]), True
    if len(named) == 1 and "/" not in named[0] and not names_a_day(named[0]):
        return parse_partial_date(named[0].rstrip("~?")), False
    if year is not None and all(names_a_day(value) for value in named):
        # "... RELIEF LOG, 1897 / Form N.L.B. 14. Light first exhibited 1 Oct. 1866.":
        # the year of the title's line, not a fact's told under it; "Witness statement.
        # Signed 20 June 2022." dates its "On 14 June" too, but as a day's year it is no
        # guide over a story's own ("Recorded 9 May 2023" over "On August 14, 2003")
        return parse_partial_date(year[1]), bool(kept) and not any(
            v.startswith(year[1]) for v in named
        )
    if len(years) == 1 and runs and re.search(rf"\b{WEEKDAY_PATTERN}\b", title):
        # "LOWER RHINE FOLK FESTIVAL 2025 / Friday 4 July - Sunday 6 July 2025": a
        # programme's days give their year (not "The great storm of 15-16 October 1987:
        # thirty years on", nor "27 December 2024 - 5 January 2025")
        return parse_partial_date(years.pop()), False
    if len(years) == 1 and _PROGRAMME.search(title) and not any(map(names_a_day, named)):
        # "Walks Programme: January to March 2026": the programme's days are of its year,
        # not of a founding year told under it ("Founded in 1949, the club ...")
        return parse_partial_date(years.pop()), True
    if len(named) == 1 and _PROGRAMME.search(title) and re.fullmatch(_MONTHS_RUN, named[0]):
        # "Programme, November 2025 to February 2026": its days go on from its first
        # month, into the next year
        return parse_partial_date(named[0][:7]), True
    return None


def season_of(title: str | None, opening: Sequence[str] = ()) -> int | None:
    """The first year of the season across the turn of the year that ``title`` names
    ("FIXTURES CARD - SEASON 2025/26": 2025), or a line in capitals of the ``opening``
    sentences does (under "ST BRANNOCK WHIST CLUB / Founded 1947"), or ``None``."""
    lines = (title or "", *(line for line in opening if line.isupper()))
    season = next(filter(None, map(_SEASON_ACROSS_YEARS.search, lines)), None)
    if season is None:
        return None
    first, second = int(season[1] or season[3]), season[2] or season[4]
    return first if int(second[-2:]) == (first + 1) % 100 else None


def in_its_season(season: int | None, anchor: PartialDate | None, text: str) -> PartialDate | None:
    """``anchor``, the year for the days of ``text`` (a sentence) in a text of a ``season``
    across the turn of the year (its first year): months from July are the first year's, the
    rest the next's ("Results in January were poor" under "Grimsby Town: 2023/24 season" is
    January 2024); none when the sentence names months of both sides ("opens on 6 December
    and closes on 19 April"), whose one year would put half of them wrong, but the first
    year for a run across the turn that holds all its months ("No play from 18 December to
    7 January"), whatever row came last."""
    if season is None or anchor is None or anchor.year not in (season, season + 1):
        return anchor
    months = {MONTH_NUMBERS[name.rstrip(".").title()] for name in MONTH_NAMED.findall(text)}
    if not months:
        return anchor
    if min(months) < _SEASON_TURN <= max(months):
        run = _ACROSS_THE_TURN.search(text)
        if run is None:
            return None
        ends = [MONTH_NUMBERS[name.rstrip(".").title()] for name in MONTH_NAMED.findall(run[0])]
        rest = text[: run.start()] + text[run.end() :]
        # (its months all the run's, from July or later to before it: not "1 May to 31 July")
        turns = ends[0] >= _SEASON_TURN > ends[-1] and MONTH_NAMED.search(rest) is None
        turns = turns and not re.search(r"\bnext\s+(?:season|year)\b", text, re.IGNORECASE)
        return parse_partial_date(f"{season:04d}") if turns else anchor
    year = season + (max(months) < _SEASON_TURN)
    return anchor if year == anchor.year else parse_partial_date(f"{year:04d}")


def year_of_section(heading: str) -> PartialDate | None:
    """The year a section's heading with no verb ends on ("VOYAGE THE FIRST - LIVERPOOL
    TOWARDS VALPARAISO, 1853"), or names a programme by ("FIXTURES 2025 - 1st XI"), or
    ``None``."""
    if _PROGRAMME_HEADING.fullmatch(heading):  # "FIXTURES 2025 - 1st XI (Wessex League)"
        return parse_partial_date(re.findall(YEAR_FIGURES, heading)[0])
    year = _TITLE_YEAR.search(heading)
    if year is None or len(heading) > HEADING_LINE or heading.rstrip().endswith("."):
        return None
    if not _BEFORE_TITLE_YEAR.search(heading, 0, year.start(1)):
        return None  # "Herd mark HF 1951": a mark's number, no section's year
    if clausal(heading[: year.start()]):
        return None  # "The mill was sold in the end, 1853": a sentence, not a heading
    return parse_partial_date(year[1])


def month_alone(heading: str) -> bool:
    """Whether ``heading`` is a month's name alone ("MARCH", "April:", "March.")."""
    return _MONTH_ALONE.fullmatch(heading) is not None


def month_heading(line: str) -> bool:
    """Whether ``line`` is a month's heading with its year ("OCTOBER 2025" over a card's rows;
    not "October 3", nor "MARCH" under "Diary 1943", whose year the card does not say)."""
    return _MONTH_HEADING.fullmatch(line) is not None


def month_of_heading(
    heading: str, last: PartialDate | None, published: date | None
) -> PartialDate | None:
    """The month a month's name alone heads ("MARCH" over "Sun. 9th Hollin Edge"): of the
    year of the date named ``last``, or of the next year half a year or more before its
    month ("JANUARY" after "DECEMBER"; not "FEBRUARY" after a cow "to be delivered on 20th
    March"); with none named, or one named years from the ``published`` day (a founding),
    the one nearest that day; else ``None``."""
    month = _MONTH_ALONE.fullmatch(heading)
    if month is None or (last is None and published is None):
        return None
    number = MONTH_NUMBERS[month[1].title()]
    if last is not None and (published is None or abs(last.year - published.year) <= 1):
        later = last.month is not None and number <= last.month - _HALF_A_YEAR
        return parse_partial_date(f"{last.year + later:04d}-{number:02d}")
    assert published is not None
    count = published.year * 12 + published.month - 1
    year = min(
        (published.year + step for step in (-1, 0, 1)),
        key=lambda y: abs(y * 12 + number - 1 - count),
    )
    return parse_partial_date(f"{year:04d}-{number:02d}")


_MONTH_ALONE = re.compile(rf"\s*({MONTH_WORDS})\s*[:.]?\s*")  # "MARCH", "April:", "March."
_MONTH_HEADING = re.compile(rf"\s*(?i:{MONTH_WORDS})\.?\s+{YEAR_FIGURES}\s*:?\s*")
_HALF_A_YEAR = 6
# What a record's own year follows in its title: a comma, "in", "of", the record's name
# ("Call-out log 2024", "Diary of a farm labourer, 1871", "COMPETITION CALENDAR 2026")
_BEFORE_TITLE_YEAR = re.compile(
    rf"(?:[,(:–—-]|\b(?i:in|of|for|year|{RECORD_NAMES}|{PROGRAMME_WORDS}|spring|summer|autumn|"
    r"winter|expedition|tour|trip|voyage))\s*$"
)
# a season's year in a title: "Season 2025", "2025 SEASON" (not "season 2024/25"); in
# prose, "our 2026 season will open", the sentence's own (``years.season_named``)
# (or a season of a kind: "2025 REGULAR SEASON FIXTURES", "2024 Summer Season")
_SEASON_YEAR = re.compile(
    rf"\b(?i:season)\s+({YEAR_FIGURES})\b(?!\s*[/–-]\s*\d)"
    rf"|\b({YEAR_FIGURES})\s+(?i:season)\b|\b({YEAR_FIGURES})\s+(?i:(?:regular|summer|winter|"
    r"spring|autumn|indoor|outdoor|playing|racing|league|club)\s+season\s+(?:fixtures|schedule|"
    r"calendar|programme|timetable))\b"
)
_PROGRAMME = re.compile(rf"\b(?i:{PROGRAMME_WORDS})\b")
_SEASON_ACROSS_YEARS = re.compile(
    rf"\b(?i:season)\s+({YEAR_FIGURES})\s*[/–-]\s*(\d{{4}}|\d\d)\b"
    rf"|\b({YEAR_FIGURES})\s*[/–-]\s*(\d{{4}}|\d\d)\s+(?i:season)\b"
)
_SEASON_TURN = 7  # the first month of a season told by two years ("2025/26")
# a run across the turn of the year, which takes its first year: "from 28 November to 3 January"
_ACROSS_THE_TURN = re.compile(
    rf"\b(?:{MONTH_WORDS})\.?\s+(?:to|until|till|[-–])\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_WORDS})\b"
)
_MONTHS_RUN = r"\d{4}-\d\d/\d{4}-\d\d"  # "2025-11/2026-02"
# A title that ends on its year: "..., SS Marrowind, 1952", "Annual report 2024"
_TITLE_YEAR = re.compile(rf"[\s,(]({YEAR_FIGURES})\)?\.?(?:\s*\([^()]*\))?\s*$")
# ("RELIEF LOG, 1897 Form N.L.B. 14.", "Keeper's Log for the Year 1887 - kept by ...",
# "Apiary diary 2025 - Top Field", "Keeper's Journal - 1926 / Keeper: W. Hollis")
_TITLE_LINE_YEAR = re.compile(
    rf"(?:,\s*|\b(?:for|of)\s+the\s+[Yy]ear\s+|\b(?i:{RECORD_NAMES})(?:\s*[-–—:])?\s+)"
    rf"({YEAR_FIGURES})\s+(?-i:[a-z]|[A-Z][a-z]+[\s:]|[-–—])"
)
# A meeting's year in its title, over its venue and days: "Tern 14 National Championship 2024
# / Hallam Water Sailing Club, 7-11 August" (not "Olympic Games 2032 venues confirmed",
# "Commonwealth Games 2030 Glasgow, Bid Update", "Regatta 2026 Sponsorship Proposal")
_MEETING = re.compile(
    r"\b(?i:championships?|nationals|regatta|festival|games|tournament|trophy|gala|rally)\s+"
    rf"({YEAR_FIGURES})\s+(?=(?:[A-Z][\w'’&.-]*\s+){{0,5}}[A-Z][\w'’&.-]*(?:,\s+\d|\s+Report\s+by\b))"
)


# What a section's heading may give after its period: "1923 - 1950: From a Drammen
# workshop", "2000 - today: Electric and local", "2025 running season".
_PERIOD_TITLE = re.compile(
    r"[\W\s]*(?:(?:today|present|now)\b[\W\s]*)?(?:[A-Za-z][\w'’&-]*[\s,:-]*){0,6}",
    re.IGNORECASE,
)


def bare_period(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether ``text``, a paragraph of its own, is nothing but a year, a decade or a span
    of them ("1950s", "2008-2011"), or a week or a month counted from the page's day ("This
    week", "Next month"): a heading over what it dates, no fact of its own."""
    return _rest_of_period(text, mentions) == "" or _WEEK_HEADING.fullmatch(text) is not None


_WEEK_HEADING = re.compile(r"\s*(?i:this|next|last)\s+(?i:week|weekend|month)\s*:?\s*")


def programme_s_year(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether ``text``, a paragraph of its own, names a programme by its year and nothing
    else ("2025 FIXTURES - 1st XI", "SEASON 2026"): a heading over its entries, no fact."""
    if len(mentions) != 1 or len(text) > HEADING_LINE:
        return False
    # (or of a season of two years, anywhere in a line with no verb: "Women's Division 1 -
    # Fixtures, second half of the 2024-25 season")
    season = re.fullmatch(r"(\d{4})/(\d{4})", mentions[0].value)
    if season is not None and int(season[2]) == int(season[1]) + 1:
        return bool(_PROGRAMME.search(text)) and not clausal(text)
    return (
        len(text) <= 60 and mentions[0].value.isdigit() and bool(_PROGRAMME_HEADING.fullmatch(text))
    )


# (in capitals, its year beside its name, or a word of it alone ("2025 RACE CALENDAR"), and
# after a dash only what it is of: not a career's "2021 Programme Manager", nor "1966 SEASON:
# PROMOTION AND A CUP RUN")
_PROGRAMME_NAME = r"(?:PROGRAMME|PROGRAM|CALENDAR|SEASON|TIMETABLE|FIXTURES|SCHEDULE)"
_PROGRAMME_YEAR = re.compile(rf"\b{_PROGRAMME_NAME}\s+({YEAR_FIGURES})\b(?!\s*[/–-]\s*\d)")
# (its year first, but not a founding year's: "Founded 1893 FIXTURES 2025")
_YEAR_PROGRAMME = re.compile(rf"(?<![a-z] )\b({YEAR_FIGURES})\s+{_PROGRAMME_NAME}\b")
# (or a league's season by its name, then a dash and its fixtures: "SUMMER LEAGUE 2025 -
# DIVISION ONE FIXTURES"; not a headline's "NATIONAL LEAGUE 2026 BID FAILS", nor minutes'
# "ASHCOMBE DARTS LEAGUE 2024" or an obituary's "HOCKEY LEAGUE 1962 - OBITUARY")
LEAGUE_YEAR = re.compile(
    rf"\b[A-Z]+\s+LEAGUE\s+({YEAR_FIGURES})(?=\s+[-–—]\s+[^.]*\b(?:FIXTURES|DIVISION|CARD)\b)"
)
_PROGRAMME_HEADING = re.compile(
    rf"\s*(?:(?:{YEAR_FIGURES}\s+{_PROGRAMME_NAME}|(?:(?:[A-Z]+\s+)?{_PROGRAMME_NAME}|[A-Z]+\s+LEAGUE|"
    # (or a card's in title case, its year after: "Fixtures 2025 - Autumn Card")
    r"Fixtures|Programme|Timetable)"
    rf"\s+{YEAR_FIGURES})"
    # (what it is of, no fact: not "SEASON 1939 - ABANDONED AFTER WAR WAS DECLARED ON 3 ...")
    rf"(?:\s*[-–—]\s*(?![^.:;]*\b(?i:was|were|\d{{1,2}}\s+(?:{MONTH_WORDS}))\b)[^.:;]{{1,50}})?|"
    # (a word of its name between, alone: not "1939 CRICKET SEASON - ABANDONED", a fact)
    rf"{YEAR_FIGURES}\s+[A-Z]+\s+{_PROGRAMME_NAME})\s*"
)


def titled_period(text: str, mentions: Sequence[Mention], following: str) -> bool:
    """Whether ``text``, a paragraph of its own, is a period and a short title with no verb
    over prose (``following``) that tells of it: a section's heading. A span of years
    ("1923 - 1950: From a Drammen workshop", "2000 - today: Electric and local") heads
    prose that names a year in it; one year ("1999 - On the exchange") prose that tells a
    day or a month of it, or a state since it, not the bare year again ("1969: Moon landing"
    over "in 1969 the world watched"). A list's entry ("2004 - 2008: BSc Geography, Leeds")
    is followed by another entry."""
    rest = _rest_of_period(text, mentions)
    # (a heading's "From carts to coaches" is no infinitive)
    from_to = re.fullmatch(r"[\W\s]*(?i:from)\s+[^,;]+?\s+to\s+[^,;]+", rest or "") is not None
    if not rest or text.rstrip().endswith(".") or (clausal(rest) and not from_to):
        return False
    if not _PERIOD_TITLE.fullmatch(rest):
        return False
    if not (following.rstrip().endswith(".") and clausal(following)):
        return False
    value = mentions[0].value
    if "/" not in value and not _TO_NOW.match(rest):
        # (or its days with no year: "Checks in 2024" over "checked on 14 May and 11 June")
        days = re.search(rf"\bon\s+\d{{1,2}}\s+(?:{MONTH_WORDS})\b(?!,?\s+\d{{4}})", following)
        year = re.search(rf"\b(?:[A-Z][a-z]+,?|since)\s+{re.escape(value)}\b", following)
        return bool(year or (days and re.fullmatch(r"\d{4}", value)))
    span = parse_date(value.rstrip("~?").replace("/..", ""))
    first, last = span.known_first_day.year, span.known_last_day.year
    if _TO_NOW.match(rest):
        last = date.max.year
    years = [int(year) for year in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", following)]
    return any(first <= year <= last for year in years)


def titled_year(heading: str, mentions: Sequence[Mention], following: str) -> bool:
    """Whether ``heading``, a year or a span of years and a short title with no verb ("1888 -
    The beginning", "c. 1902 - The first factory"), heads ``following``, a sentence with no
    date of its own that tells an act, not a state ("Samuel Pellingham, a journeyman painter,
    opens a colour shop on Wharf Lane."): the prose, not the heading, names the fact."""
    # (its year first, then a dash and a chapter's title: not "(Founded 1893)", "2025 Fixtures &
    # Results", nor a name or a label that tells the fact, "Curator", "Victorian work box")
    titled = re.fullmatch(
        r"\s*(?:(?:c|ca)\.\s*)?[-–—:]\s*((?:The|A|An|Our|Its|First|Small|Early|New)\s.*)",
        _rest_of_period(heading, mentions) or "",
    )
    # (its subject's aside left out: "John Tarrow, a sailmaker, opens a rope walk"; an act,
    # not a state or a view: "The building is now a private house", "..., say readers")
    told = clausal(re.sub(r",[^,]{1,60},", "", following, count=1))
    told = told and _STATE_OR_VIEW.search(following) is None
    return (
        told and titled is not None and _titles_its_prose(titled[1].replace(" & ", " "), following)
    )


# (or what a label or a caption describes: "The mill stands on the Hale", "The photograph
# shows 64 workers"; or a pronoun, no name: "He opens a colour shop")
_STATE_OR_VIEW = re.compile(
    r"\b(?:is|are|was|were|has|have|now|today|remains?|says?|stands|shows|lies|houses|contains|"
    r"depicts|hangs|looks|belongs|comes)\b|^(?:He|She|It|They|We|I|This|These)\b"
)


def _titles_its_prose(rest: str, following: str) -> bool:
    """Whether ``rest``, a heading's words besides its year, is a short title with no verb
    and no fact of its own ("The beginning", not "Promoted to Associate Professor") over
    ``following``, a sentence with no date of its own that tells its own subject's fact (not
    a CV's "Wrote a thesis on dark matter.", nor one that compares or only describes)."""
    return (
        _PERIOD_TITLE.fullmatch(rest) is not None
        and not clausal(rest)
        and _TOLD_IN_THE_HEADING.match(rest) is None
        and following.rstrip().endswith(".")
        and _NOT_ITS_OWN.search(following) is None
        and not verb_start(following[:1].lower() + following[1:])
        and not matches(following, None)
    )


# prose whose story is not the year's own: a first person's, one that compares, one that
# only describes ("the site was a tannery", "was the son of a miner") or goes on from a
# heading that told the fact itself ("Promoted to Associate Professor" over "Led the ...")
_NOT_ITS_OWN = re.compile(
    r"^(?:I|We|They|[A-Z][a-z]+ed)\b|\b(?:since|than|still|despite)\b|"
    r"\b(?:was|were)\s+(?:a|an|the|its|his|her|their|one)\b"
)
_TOLD_IN_THE_HEADING = re.compile(r"\W*(?:[A-Z][a-z]+ed|Born|Won|Built|Made)\b")
_TO_NOW = re.compile(r"[\W\s]*(?:today|present|now)\b", re.IGNORECASE)


def year_over_prose(text: str, mentions: Sequence[Mention], following: str) -> bool:
    """Whether ``text``, a paragraph of its own, is one year and a short title with no verb
    ("1896: Beginnings") over prose (``following``) with no date of its own that tells in
    the past what was done ("Edwin Harrow opened a repair shop ..."): a section's heading,
    whose year that prose is of. Not prose of "I", "we" or "they" (a song's, a company's
    present), nor one that compares ("No match has drawn more than the 4,200 who watched",
    "have not won since", "still", "despite") or only describes ("John Ayre was the son of
    a miner"), nor under a heading that tells the fact itself ("2019: Promoted to ...")."""
    # (nor a CV's "2015: MSc Physics, Leeds" over "Wrote a thesis on dark matter.")
    if len(mentions) != 1 or not re.fullmatch(r"\d{4}", mentions[0].text) or "," in text:
        return False
    rest = _rest_of_period(text, mentions) or ""
    return bool(rest) and tense_of(following) is Tense.PAST and _titles_its_prose(rest, following)


def _rest_of_period(text: str, mentions: Sequence[Mention]) -> str | None:
    """The words of ``text`` besides its periods, stripped; ``None`` when it names none or
    names a day or a month."""
    if not mentions or any(re.search(r"\d{4}-\d\d", mention.value) for mention in mentions):
        return None
    rest = text
    for mention in mentions:
        rest = rest.replace(mention.text, " ")
    return "" if re.fullmatch(r"[\W\s]*", rest) else rest
