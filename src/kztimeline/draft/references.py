"""Dates a sentence names without stating that anything happened on them.

A year can name a work ("the 2021 modernisation plan", "a 1998 survey", "his 1967 song"), a
thing by the year of its make or its count ("the 1999 template", "at the 2009 census"),
describe someone by an event they took part in ("a veteran of the 2018 Winter Olympics"),
sit in a citation ("(see Bekov v. Akimat, judgment of 3 June 2015)", "(Omarov 2003, pp.
112-118)"; see :mod:`kztimeline.draft.citations`), in a copyright line, or be only a
measure to compare with ("twice the rate of 2017", "more than in 2019", "back to 2019
levels"), or only say which things are meant ("roads built since 2015 already need
repair"), or give the age of things ("pieces dating from c. 1200", a radiocarbon age "2150
+/- 40 BP"), end a period results cover ("the three months ended 31 March") or name a law
by its year ("the Labour Code of 2015"; a law's day, the day it was signed, is a fact), or
give an example ("dates such as 2000-02-29"), or a heading's thing ("TODAY'S TEAMS"). None
of these is a fact of the text, so none is drafted; a year naming an event that the sentence
tells of ("the 2012 elections were won by...") stays a date. A period described or measured
as a whole is :mod:`kztimeline.draft.periods`'s, a date inside a question
:mod:`kztimeline.draft.questions`'s. Used by :func:`~kztimeline.draft.normalise.find_dates`."""

from __future__ import annotations

import re

from kztimeline.draft.citations import cited, in_a_quoted_title
from kztimeline.draft.cues import ANOTHER_ACCOUNT, MONTH_WORDS, OTHER_SOURCES
from kztimeline.draft.questions import only_asked
from kztimeline.draft.verbs import clausal

__all__ = ("only_named",)

# The head of a noun phrase a year only names: a plan, a document, a work, a model, a level.
_WORK = re.compile(
    # a level a year set, right after it: "well below its 2022 peak", "the 2008 record"
    r"^\s+(?:peaks?|highs?|lows?|records?|averages?|baselines?|bases?|benchmarks?)\b|"
    # a document's capitalised name: "the 2025 Population and Housing Census", "the 1996
    # Fisheries Act", "the 1980 Nordic Language Prize"
    r"^\s+(?:(?:[A-Z][\w’'-]*|and|of|for|on|the)\s+){0,4}?(?:Census|Declaration|Agreement|Plan|Book|"
    r"Strategy|Report|Survey|Code|Programme|Assessment|Agenda|Vision|Act|Award|Prize|Fund|"
    r"Medal|Treaty|Convention|Directive|Regulations?|Anthology|Yearbook|Almanac|Protocol|"
    r"Memorandum|Exchange\s+of\s+(?:Notes|Letters)|"
    # "the 2021 Avian Influenza Prevention Order", "an 1851 Research Fellowship"
    r"Order|Scheme|Ordinance|Framework|Initiative|Statute|Rules|Fellowship|Scholarship|"
    r"Society|"  # "our Friends' scheme, the 1950 Society"
    # "the 1924 Trophy appeal", "the 1851 Club of former staff", the medal "the 1914-15
    # Star", "the 2013 Port Labour Law" as "the 1996 Fisheries Act", a cup's rounds ("the
    # 2026 World Cup qualifiers"); not a contest or a bill of that year ("the 1999 Ryder
    # Cup was held", "the 2019 Finance Bill was passed")
    r"Trophy|Shield|Club|Star|Law|Cup(?=\s+(?:qualifiers?|qualifying|finals?|play-?offs?|"
    r"squads?|campaign|draw|holders?|break|cycle|bid)\b))\b|"
    # a named prize: "the 1985 Broadcaster of the Year award", not "the 2024 prize"
    r"^\s+[A-Z][\w’'-]*\s+(?:(?:[A-Z][\w’'-]*|of|the|for)\s+){0,4}?(?:award|prize|trophy)\b|"
    # (no preposition between: "built in 1776-78 to designs by ..." is the building's)
    r"^(?:\s*[-–]\s*(?:1[6-9]|2[01])?\d\d)?\s+"
    r"(?:(?!(?:to|by|in|on|at|from|with)\s)[A-Za-z][\w’'-]*\s+){0,2}?"
    r"(?:plans?|strateg(?:y|ies)|programmes?|programs?|reports?|surveys?|stud(?:y|ies)|"
    r"audits?|reviews?|designs?|models?|songs?|albums?|films?|documentar(?:y|ies)|books?|"
    # (an edition of a contest told as held: "The 2020 edition was cancelled")
    r"novels?|editions?(?!\s+(?:was|were)\s+(?:cancelled|canceled|postponed|held|won|staged|"
    r"called\s+off|abandoned)\b)|versions?|roadmaps?|agendas?|concepts?|doctrines?|guidelines|"
    r"forecasts?|estimates?|figures|data|statistics|rankings?|index|papers?|articles?|"
    r"(?:financial\s+)?statements|accounts|constitutions?|charters?|codes?|"
    r"memos?|decrees?|resolutions?|statutes?|budget\s+(?:rules|code)|vintages?|goals?|targets?|"
    r"protocols?|methods?|methodolog(?:y|ies)|procedures?|standards?|manuals?|"
    r"classifications?|specifications?|census(?:es)?|templates?|forms?|maps?|lists?|timetables?|"
    r"(?:series|issues?)(?=\s+of\b)|"  # "the 1873 series of diocesan banknotes"
    r"(?:school\s+)?calendars?|curricul(?:um|a)|tariffs?|"  # "the 2025-26 school calendar"
    r"(?:electoral\s+)?cycles?|(?:sector\s+)?inquir(?:y|ies)|"  # "the 2029 cycle"
    # Things made, bought or kept, named by the year of their make: "his 1957 bicycle".
    r"cars?|bikes?|bicycles?|vehicles?|machines?|engines?|prototypes?|photo(?:graph)?s?|"
    r"paintings?|recordings?|catalogues?|posters?|coins?|banknotes?|stamps?|uniforms?|"
    r"amendments?|registers?|rolls?|(?:coalition\s+)?agreements?|pacts?|declarations?|"
    r"assessments?|"
    # People a year describes: "the 2018 champions Kairat", "their 1966 cup-winning captain".
    r"champions?|winners?|runners?-up|finalists?|medall?ists?|laureates?|graduates?|"
    r"captains?|squads?|"
    # "will vote on the 2030 host": who holds an event of that year, chosen now
    r"hosts?|host\s+(?:city|country|nation))\b(?!\s+(?:of|for)\s+the\s+year)"
)
_SPLIT_YEAR = re.compile(r"\d{4}\s*[/–-]\s*\d{2}")  # a financial or school year: "2025/26"
# A season or a financial year, with its slash ("2025/26"; "1914-18" is a span of years),
# and when it is the time of a fact: "won the cup in the 2019/20 season".
_SEASON = re.compile(r"\d{4}\s*/\s*\d{2}")
_IN_SEASON = re.compile(r"\b(?:in|during|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
# "the 2025-26 Europa League": a contest of a season, named by it
_CONTEST = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:League|Cup|Championship|Premiership|Series)\b(?!\s+season)"
)
# A plan named with the years it covers after it: "Neighbourhood Plan 2026-2040".
_PLAN_NAMED = re.compile(
    r"(?-i:\b(?:[A-Z][\w-]*\s+)?(?:Plan|Strategy|Programme|Program|Vision|Agenda|Framework|"
    r"Roadmap))\s+$"
)
_BUDGET = re.compile(r"\s+budgets?\b")  # "the 2025/26 budget"; "the 2014 budget" may be dated
# A page or a column of a printed work: "cols 2014-2046", "pp. 1998-2003"; a judgment's
# neutral citation, after its year: "2024 MT 51", "[2019] EWCA Civ 12".
_PRINTED_PAGES = re.compile(r"\b(?:cols\.?|col\.|pp\.?|p\.|ff\.|fols?\.)\s*$", re.IGNORECASE)
_NEUTRAL_CITATION = re.compile(r"\]?\s+[A-Z]{2,6}(?:\s+(?:Civ|Crim|Fam|Ch|QB|KB))?\s+\d{1,5}\b")
_MEASURE_AFTER = re.compile(r"\s*(?:[x×]\s*\d|=\s*\d)")  # a measure: "2048 x 2048", "2015=100"
# A product label's dates: "Best before: 28 May 2024 and 2 June 2024".
_SHELF_LIFE = re.compile(
    r"\b(?:Best\s+before(?:\s+end)?|Use\s+by|Sell\s+by|Display\s+until|Expiry\s+date)\s*:\s*"
    r"(?:[^:;]{0,24}?,?\s+(?:and|or|to)\s+)?"
    # "Best before: all dates up to and including 31 July 2025"
    r"(?:all\s+dates\s+)?(?:up\s+to\s+(?:and\s+including\s+)?|until\s+)?$|"
    # a wine's window: "drink now to 2033", "drink 2026-2035"
    r"\bdrink\s+(?:now\s+)?(?:to|until|till|through|by|from)?\s*$",
    re.IGNORECASE,
)
# A page of a law report, after its volume and series: "512 F.3d 1996, 2001", "289 N.C. 1979"
_REPORT_PAGE = re.compile(
    r"\b\d{1,4}\s+(?:(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)[A-Z][A-Za-z]*\.\s*){1,3}"
    r"(?:[1-9][a-z]{1,2}\s+)?(?:\d{1,5},\s*)*"
    # and the report's year in brackets after its pages: "289 N.C. 1979 (1976)"
    r"(?:\d{1,5}(?:,\s*\d{1,5})*\s*\((?:[^()]{0,20}\s)?)?$"
)
# What happened in a year or a decade, not a thing it names: "the 1929 crash's effects"
EVENT_NOUNS = (
    r"recessions?|famines?|crisis|crises|crash|boom|bust|wars?|depression|droughts?|floods?|"
    r"riots?|strikes?|epidemics?|pandemics?|collapse|election|elections|revolution|fire|storm"
)
# Things of a year, in the plural: "its 1710 bookcases", "their 1962 tractors"
_THINGS = re.compile(rf"\s+(?!(?:{EVENT_NOUNS})\b)[a-z]{{3,}}s\b(?!['’])")
# A decade naming a style: "the 1940s weekend", "a 1960s house"; not "the 1960s saw", "the 1880s,"
_DECADE_STYLE = re.compile(
    r"\s+(?!(?:and|or|but|to|when|as|saw|were|was|had|brought|in|on|at|of|for|with|by|through|"
    rf"until|onwards?|themselves)\b)(?!(?:[a-z]+\s+)?(?:{EVENT_NOUNS})\b)[a-z]+\b"
)
# A thing a year names, then what belongs to it: "replacing the 1868 building's upper tier".
_OWNER = re.compile(rf"\s+(?!(?:{EVENT_NOUNS})['’])[a-z]+['’]s\s")
# What a year is for, dated otherwise in its clause: "The 2025 budget was set on 12 May 2024"
_FOR_A_YEAR = re.compile(  # (or a count's: "The 2024 survey results will be sent in March 2025")
    r"\s+(?:[\w-]+\s+){0,2}(?:budget|catch|quota|allocation|limit|programme|plan|accounts|result|"
    r"estimates|tariff|levy|grant|contract|timetable|calendar|target|settlement|remit|survey)s?\b"
)
_DATED_TO_A_MONTH = re.compile(
    rf"\b(?:\d{{1,2}}\s+)?(?:{MONTH_WORDS})\.?,?\s+(?:\d{{1,2}},\s+)?\d{{4}}\b"
)
# An asteroid's designation after its year: "2011 QV4" (not "2023 NZ election")
_DESIGNATION = re.compile(r"\s+[A-Z]{2}\d{1,3}\b(?!\s+[a-z]+s\b)")
# Things numbered, whose numbers look like years: "Forest Roads 2150", "asteroid (2147) Tamsin"
_NUMBERED_THING = re.compile(
    r"\b(?:Roads?|Routes?|Highways?|Trails?|Flights?|Bus(?:es)?|Platforms?|Gates?|Rooms?|"
    r"Berths?|Hangars?|Units?|Lots?)\s+(?:\d+\s*(?:,|and|or|&)\s*)*$|\b(?:[Nn]os?|Nr)\.\s*$|"
    r"\basteroid\s+\($"
)
# People a year's possessive describes: "last year's champion" (not "Sunday's winner")
_WHOSE = re.compile(r"(?:\d{4}|(?i:last|this|next) year)['’]s (?:\w+ )?(?:champion|winner)s?\b")
# A determiner or a possessive before the year: "the", "a", "his", "the bank's".
_DETERMINER = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|[\w.]+['’]s)\s+$|\(\s*$", re.I
)
# "a veteran of the", "its bid for the": a person or a place described by an event.
_DESCRIBED = re.compile(
    r"\b(?:veterans?|winners?|champions?|medall?ists?|finalists?|hosts?|bids?|heroes|hero|"
    r"stars?|graduates?|alumn(?:us|i|a|ae)|members?|participants?|holders?)\s+"
    r"(?:of|for|at|in|from)\s+(?:the|a|an)\s+$",
    re.IGNORECASE,
)
# A measure to compare with: "twice the rate of", "more than in", "compared with", "a week
# earlier than last year"; not a bound ("no later than").
_COMPARISON = re.compile(
    r"(?:\b(?:twice|double|triple|half|(?:two|three|four|five|ten)\s+times)\s+the\s+"
    r"[a-z]+\s+(?:of|in|seen in)|(?<!no later )(?<!no earlier )(?<!no sooner )"
    r"(?<!not later )(?<!not earlier )(?<!not sooner )"
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against\s+[\d.,]+\s*(?:%|per\s?cent))"
    r"(?:\s+(?:in|in\s+the\s+\w+\s+of|(?:at|in)\s+the|that of|those of|"
    r"the same (?:period|month|day|quarter) (?:of|in)|"
    r"(?:the\s+)?levels? (?:of|in)))?|\b(?:to|at|from|below|above|near)\s+(?:the\s+)?"
    r"(?:level|levels|rate|rates)\s+(?:of|seen in))"
    r"\s+$",
    re.IGNORECASE,
)
# A date named to be denied or corrected ("It broke out on January 28, not January 29"), a
# plan given up for another ("KazEarth-3, originally planned for 2025, is now expected by
# June"), and a newspaper's own piece named by the day it ran ("An article on Tuesday about
# the fire misstated ..."): none is a day anything happened on.
_DENIED = re.compile(
    r"(?:,|\bbut)\s+not\s+(?:(?:on|in|from|between|at|by|until)\s+)?$|"
    r"\b(?:rather|other)\s+than\s+(?:on\s+|in\s+)?$|"
    r"\binstead\s+of\s+(?:on\s+|in\s+)?$|"
    r"\b(?:originally|initially|previously)\s+(?:planned|scheduled|set|due|expected|slated|"
    r"foreseen|intended)\s+(?:for|in|on)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-|late\s+)?$|"
    r"^\W*(?:an?|the|our|its)\s+(?:article|story|obituary|editorial|column|review|photo\s+caption|"
    r"caption|headline|report(?=\s+on\s+\w+day\b))(?:\s+(?:on|of|dated|published\s+on))?\s+$",
    re.IGNORECASE,
)
# A title that ends on the span of years its subject covers, after a comma (a table's row,
# "Joint venture with X: 1997-2001", is an entry).
_TITLE_SPAN = re.compile(
    r"[^.!?;]{3,100},\s+(?:c\.\s*)?(?:1[0-9]|20)\d\d\s*[-–—]\s*(?:1[0-9]|20)?\d\d\.?"
)
# A reference list's entry up to its year: "Halm, P. (2004).", "Faill, Robert (1802)."
_REFERENCE = re.compile(
    r"^\s*(?:References?\s+|Sources?\s+|Notes?\s+)?(?:\d{1,3}\.\s+)?(?:\^\s*)?"
    r"[A-Z][\w’'-]+,\s+(?:(?:[A-Z]\.\s*){1,3}|[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+)"
    r"(?:,?\s*(?:&|and)\s+[^()]{1,60})?\($"
)
_BODY_S_ENTRY = re.compile(r"(?:[A-Z][\w’'&-]*\s+){1,6}\((?:1[5-9]|20)\d\d\)\.")
# A record named by its number and its day: "quoting incident 1123 of 23 November"
_NUMBERED_OF = re.compile(
    r"\b(?i:incident|crime|log|occurrence|ticket|invoice|order)\s+(?:no\.?\s*|number\s+)?"
    r"[A-Z]*\d[\w/-]*\s+of\s+$"
)
_DAY_S_THING = re.compile(r"(?i:(?:today|tomorrow|yesterday|tonight)['’]s)\s+\w")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright)\s*(?:©\s*)?$", re.IGNORECASE)  # "© 2008-2022"
_LEVELS = re.compile(r"^\s+levels?\b")  # "rose to 2020 levels"
_DIRECTED = re.compile(r"^,\s*(?:dir\.|directed\s+by|by)(?:\s|$)")
# "an age of 2150 +/- 40 BP": a radiocarbon age, years before 1950, not a year of the era.
_BEFORE_PRESENT = re.compile(r"^\s*(?:(?:±|\+/-|\+-)\s*\d+\s*)?(?:(?:cal\.?|yr|years)\s*)*BP\b")
# "for the three months ended 31 March": the end of a period that results cover.
_NAMING = re.compile(
    r"\b(?:months?|weeks?|year|quarter|half|half-year|period)\s+(?:ended|ending|to)\s+(?:the\s+)?$"
    # a product's shelf date: "Best before 30.06.2025", "Use by: 3 May 2024"
    # (not "brought into use by the end of this month", "in use by 2027")
    r"|(?:\b(?i:best\s+before(?:\s+end)?|(?-i:(?<!into )(?<!in )(?<!In )(?<!of )(?<!for ))use\s+by|"
    r"expiry\s+date)|^\W*(?i:expires?))\s*:?\s*$"
    r"|\b(?i:use-by|best-before|expiry)\s+dates?\b[^.;]{0,30}$"  # "use-by dates up to 20 August"
    # "Criminal Appeal No. 88 of 2019", "Act No. 5 of 2020": a number's year, a docket's
    r"|\b(?i:no)\.?\s*\d+[A-Z]?\s+of\s+$"
    # "free for everyone born after 1995": people told by the year of their birth
    r"|\b(?i:everyone|anyone|those|people|persons|children|adults|pupils|residents|men|women)"
    r"\s+born\s+(?:after|before|since|in|from|between)\s+$"
    # "hatchbacks of model years 2023 and 2024": cars told by the year they are sold as
    r"|\b(?i:model)\s+years?\s+(?:\d{4}\s*(?:,|and|to|[-–])\s*)*$"
    # numbers of things, not years: "serial numbers 1102 to 1987", "fleet numbers 2101-2112"
    r"|\b(?i:(?:serial|fleet|running|sail|works|stock|lot)\s+(?:numbers?|nos?\.?)|msn|s/n)\s+"
    r"(?:\d+\s*(?:to|and|-|–)\s*)?$"
    # "The names of the men of 1939-45 were added": people told by their war
    r"|\b(?i:men|women|soldiers|veterans|heroes|fallen|dead)\s+of\s+$"
    # "The Class of 1975 will hold its reunion": a year group named by its year
    r"|\b(?:Class|class|Promotion|Cohort|cohort)\s+of\s+$"
    # "textbooks for basic schools, school year 2026/27": the period a supply is for
    r"|\b(?i:school|academic)\s+year\s+$"
    # "Subscriptions for 2025/26 are due": the period a fee is for
    r"|\b(?i:subscriptions?|fees?|dues|memberships?)\s+for\s+$"
    # "Passports issued before 2012 do not have a chip": things of a kind told by when
    # they were made
    r"|\b(?!(?i:is|was|has|this|its|always|perhaps)\b)[A-Za-z]+s\s+(?:issued|made|built|"
    r"registered|produced|printed|manufactured)\s+(?:before|after|since|until|from)\s+$"
    # "Timetables valid from 14 December are available": things told by when they hold;
    # "The rules are valid from 1 March" says they come into force, a fact.
    r"|\b(?!(?i:is|was|has|remains|stays)\b)[A-Za-z]+s\s+valid\s+(?:from|until|till|to)\s+$"
)
# A statute's section and the year of its edition, a case's year: "under ORS 308.205
# (2015)", "§ 12 (2019)", "the rule of Harlow v. Benton (1998)".
_EDITION = re.compile(
    # "Fla. Stat. section 627.4133 (2019)": a section spelt out too
    # "Section 80-4-612, MCA (1997)": the code's name after its section
    r"(?:\b[A-Z]{2,}\s+\d+(?:\.\d+)+[a-z]?|(?:§+|\b(?i:section|sec\.))\s*\d[\w.-]*"
    r"(?:,\s*[A-Z]{2,6})?|"
    r"\bv\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|"  # "Harlow v. Benton (1998)"
    r"\b[A-Z][\w-]*\s+(?:Rules|Code|Regulations))\s*\(\s*$"  # "Arbitration Rules (2013)"
)
# A law named by its day ("the Treaty of Paris of 10 February 1763") is named by the day it
# was signed or passed: a fact a chronology lists, where a year or a month only names it.
_LAW = re.compile(
    r"\b(?:Code|Act|Laws?|Constitution|Treaty|Convention|Charter|Protocol|Accords?|Orders|Rules)"
    # "the Code of Criminal Procedure of 2014"
    r"(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}?)?\s*of\s+(?:the\s+)?$"
)
# A statute's section and the years of its text: "Code Ann. § 5-101 (1974, as amended in 2004)"
_SECTION_YEARS = re.compile(
    r"§+\s*[\d.:-]+[a-z]?(?:\([a-z0-9]+\))*\s*\((?:\d{4},?\s*)?(?:as\s+amended(?:\s+in)?\s*)?$"
)
_A_DAY = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|\b[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\d{4}-\d\d-\d\d|\b\d{1,2}[./]\d{1,2}[./]\d{4}"
)
# "fails on dates such as 2000-02-29T12:00", "e.g. 31 December": a date given as an example
# of a kind of value names no day that anything happened on.
_EXAMPLE = re.compile(
    # after the words it gives an example of: an opening "For example, 2019 saw..." is a fact
    r"\w[\s,;(]*(?:\bsuch\s+as|\be\.\s?g\.|\bfor\s+(?:example|instance)|\bsay\s*,)\s*[,:]?\s*$|"
    # what a habit or a rule leaves out: "each year since 1923, except in 1940-1945"
    r"\b(?:except|excepting|save)(?:\s+(?:in|for|on|during|between))?\s+(?:the\s+years?\s+)?$",
    re.IGNORECASE,
)
# "fixed the levy for next year at 4,000 pounds", "fees for 2031 will rise": the
# year that a sum fixed for a period covers; the decision has a day of its own.
# A record named by the year it keeps, then told of as a thing: "The journal for 1897 is
# missing" ("His diary for 1916 records that his brother was killed" dates the death).
_RECORD_FOR = re.compile(
    r"\b(?:journals?|diar(?:y|ies)|log(?:book)?s?|accounts|registers?|ledgers?|minutes|records|"
    r"volumes?|reports?)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THING_AFTER = re.compile(r"\s+(?:is|was|were|are|has|have|had)\b")
_SUM_FOR = re.compile(
    r"\b(?:budgets?|precepts?|levy|levies|tax(?:es)?|rates?|fees?|charges?|tariffs?|prices?|"
    r"fares?|grants?|allowances?|salar(?:y|ies)|pay|wages?|rents?|subsid(?:y|ies)|quotas?|"
    r"allocations?|estimates?|(?:term\s+)?dates|calendars?|timetables?|schedules?|fixtures|"
    r"figures|statistics|data|results|limits?|ceilings?)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a participle giving the age of things, "some dating from c. 1200" ("dates from 1620" is a fact)
_AGE = re.compile(
    r"\bdating\s+(?:back\s+)?(?:from|to)\s+(?:the\s+)?(?:(?:ca?|cca)\.\s*|circa\s+|"
    r"around\s+|about\s+)?$|\bsurviv(?:e|es|ed)\s+from\s+before\s+$|"  # ("No work ... survives")
    # what a model or a map shows: "a model of the town as it stood around the year 1600"
    r"\bas\s+(?:it|they|the\s+\w+)\s+(?:stood|looked|appeared)\s+(?:in|around|about|c\.)?\s*"
    r"(?:the\s+year\s+)?$",
    re.IGNORECASE,
)


# "roads built since 2015 already need repair": "since" after a noun and its participle says
# which things are meant, when the clause's own verb comes after the date.
_SCOPE = re.compile(
    r"\b[A-Za-z][a-z]{2,}s\s+(?:[a-z]{3,}ed|built|made|sold|bought|held|won|taken|given|paid|grown|"
    r"laid|written|done|seen|born|set up)\s+since\s+(?:the\s+)?$"
)
_VERB_AFTER = re.compile(
    r"^\s+(?:[a-z]+ly\s+)?(?!(?:in|on|at|to|for|with|by|from|and|or|but|as|of|after|before|"
    r"when|while|until)\b)[a-z]+\b"
)
# A first mention, which a source of a year dates: "first appears in a tax roll of 1327".
_FIRST_NAMED = re.compile(
    r"\bfirst\s+(?:mentioned|mention|appears?|appeared|recorded|named|documented|attested|listed)\b",
    re.IGNORECASE,
)
# "We read the harbour logbooks for 1780-1795 against...", "tax rolls covering the years
# 1790-1810", "survey data from 2015": the years the sources or the data of a study cover,
# not an event. A day after such a noun ("the minutes of 3 May 2024") may be the meeting.
_SOURCES_FOR = re.compile(
    r"\b(?:records?|registers?|data|datasets?|accounts?|ledgers?|returns|archives?|rolls?|"
    r"logs?|logbooks?|diaries|minutes|census(?:es)?|statistics|figures|series|samples?|"
    r"newspapers?|issues|volumes?|directories|lists|inventories|files|sources|observations|"
    r"measurements|readings|entries)\s+(?:(?:for|from|of|covering|spanning|over)\s+)"
    r"(?:the\s+(?:years?|period|decades?)\s+)?(?:between\s+|from\s+)?$",
    re.IGNORECASE,
)
# "This article examines the cholera hospital of Trieste between 1836 and 1886": its years
_STUDIED = re.compile(
    r"\b(?:this|the|our|my)\s+(?:article|paper|study|thesis|chapter|book|essay|report|"
    r"dissertation|volume)\s+(?:examines|explores|studies|traces|surveys|investigates|"
    r"analy[sz]es|considers|discusses|describes|reconstructs|looks\s+at|covers)\b[^.;:]{0,100}?"
    r"\b(?:between|from|in|during|over)\s+(?:the\s+(?:years?|period|decades?)\s+)?$",
    re.IGNORECASE,
)
_TITLE_FIELD = re.compile(r"\bTitle\s*:[^:;.]{0,70}$")
_YEARS_ONLY = re.compile(
    r"(?:(?:between|from|to|and|the|years?|of)\b|['’]?\d{2,4}s?|[-–—/\s])+", re.IGNORECASE
)


# Another account's date for the fact just told: "though the boatman holds it was a year
# earlier", "Some historians place it in 1581". The text's own date stays, in doubt.
_OTHER_ACCOUNT = re.compile(
    rf"{ANOTHER_ACCOUNT}$|"
    rf"{OTHER_SOURCES}(?:(?:it|this|that|the\s+[a-z]+)\s+)?(?:(?:in|at|to|as)\s+)?$|"
    # "the year appears to be 1666, but it may be 1668"
    r"\bbut\s+it\s+(?:may|might|could)\s+(?:also\s+)?be\s+$",
    re.IGNORECASE,
)


# A correction's account of what a piece got wrong ("An article about the mill (Business, 9
# February, page 31) said the mill shut on 30 January."): the days it names are the piece's
# and its error, none a day anything happened on. The correction that follows stays.
_MISREPORTED = re.compile(
    r"^\W*(?:An?|Yesterday['’]s|\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?(?:article|report|"
    r"obituary|preview|caption|headline|listing|graphic|map|editorial|column|feature|piece)\b"
    # the paper's own piece, not one another body wrote ("A report by Human Rights Watch")
    r"(?!\s+(?:by|from|with|in)\b)[^.;]*?\b(?:said|stated|reported|gave|"
    r"described|misstated|misdated|wrongly|incorrectly|referred)\b",
    re.IGNORECASE,
)
_SOURCES_LINE = re.compile(r"^\s*(?i:sources?|references?|bibliography|further reading)\s*:")


def only_named(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``sentence`` is only named (see the module)."""
    if _MISREPORTED.match(sentence) or _SOURCES_LINE.match(sentence):
        return True  # "Sources: parish registers; 1841 and 1851 censuses"
    if _OTHER_ACCOUNT.search(sentence, max(0, start - 80), start):
        return True  # "though the boatman holds it was a year earlier": another account
    if _DAY_S_THING.match(sentence, start) and not clausal(sentence):
        return True  # "Tomorrow's weather"
    before, after = sentence[:start], sentence[end:]
    if _PLAN_NAMED.search(before[-60:]) and not re.match(r"\s+(?:[a-z]{3,}ed|ran|won)\b", after):
        return True  # "Neighbourhood Plan 2026-2040", not "The Marshall Plan 1948-1952 channelled"
    if _DETERMINER.search(before) and (_WORK.match(after) or _OWNER.match(after)):
        return True
    if _WHOSE.match(sentence, start) and re.search(r"\b(?:of|to|than|over|from)\s+$", before):
        return True  # "ahead of last year's champion, Hanne Visser" (not its subject)
    if re.search(r"\b(?i:its|their|his|her|our)\s+$", before) and _THINGS.match(after):
        return True  # "a restoration of its 1710 bookcases": things the year names
    own = re.split(r";|,\s+(?:and|but)\s", after, maxsplit=1)[0]  # the year's own clause
    if _DETERMINER.search(before) and _FOR_A_YEAR.match(after) and _DATED_TO_A_MONTH.search(own):
        return True  # "The 2025 budget was approved on 12 December 2024": what it is for
    if re.fullmatch(r"\d{3}0s", sentence[start:end]) and _DETERMINER.search(before):
        return bool(_DECADE_STYLE.match(after))  # "The 1940s weekend is not held this year"
    if _SEASON.fullmatch(sentence, start, end) and not _IN_SEASON.search(before):
        return True  # "Subscribers to the 2025/26 season", "Timetable 2025/26": a season named
    if _SPLIT_YEAR.fullmatch(sentence, start, end) and (
        _WORK.match(after)
        or _BUDGET.match(after)
        or (_CONTEST.match(after) and not re.search(r"(?i:\bin\s+(?:the\s+)?)$", before))
    ):
        return True  # "Council sets 2025/26 budget": a headline drops its "the"
    if _COPYRIGHT.search(before) or _LEVELS.match(after) or _AGE.search(before[-40:]):
        return True
    if _NUMBERED_OF.search(before[-40:]) or _SHELF_LIFE.search(before[-60:]):
        return True
    if sentence[start:end][:1].isdigit() and _NUMBERED_THING.search(before[-40:]):
        return True  # "Sketch no. 2024-31 attached", "Forest Roads 2150 and 2170": numbers
    designation = _DESIGNATION.match(after) and not re.search(r"(?i:\b(?:in|by|since)\s+)$", before)
    if designation or (not before.strip(" [(") and _NEUTRAL_CITATION.match(after)):
        return True  # an asteroid's "2011 QV4"; "2024 MT 51", "[2019] UKSC 5": a judgment's
    if _PRINTED_PAGES.search(before[-12:]) or _MEASURE_AFTER.match(after):
        return True  # "Vol. 712, cols 2014-2046", "2048 x 2048 pixels", "rebased to 2015=100"
    if _REPORT_PAGE.search(before[-40:]):
        return True
    if _BEFORE_PRESENT.match(after) or (_EDITION.search(before[-40:]) and after.startswith(")")):
        return True
    if before.endswith("(") and _DIRECTED.match(after):
        return True  # "The Salt Orchard (1962, dir. Leni Kovac)": a film's year
    if _NAMING.search(before[-70:]) or _EXAMPLE.search(before[-30:]) or _SUM_FOR.search(before):
        return True
    if _RECORD_FOR.search(before[-40:]) and _THING_AFTER.match(after) and after[:1] != "-":
        return True  # "The journal for 1897 is missing"
    # (or its years after its name: "the Employment Equality Acts 1998 to 2015")
    law = _LAW.search(before[-70:]) or _SECTION_YEARS.search(before[-80:])
    law = law or re.search(r"\b(?:Acts?|Regulations|Rules|Orders?)\s+$", before[-14:])
    if law and not _A_DAY.search(sentence, start, end):
        return True
    if _SCOPE.search(before[-60:]) and _VERB_AFTER.match(after):
        return True
    if (
        (
            # not a first mention: "first appears in a tax roll of 1327"
            (_SOURCES_FOR.search(before[-70:]) and not _FIRST_NAMED.search(before))
            or _STUDIED.search(before[-160:])
            # "Title: School transport 2025–2029": the years a notice's title names
            or _TITLE_FIELD.search(before[-70:])
        )
        and _YEARS_ONLY.fullmatch(sentence, start, end)
    ):
        return True
    if _DESCRIBED.search(before[-60:]) or _COMPARISON.search(before[-60:]):
        return True
    if _TITLE_SPAN.fullmatch(sentence) and not clausal(sentence):
        return True  # "SALT AND SILVER: PHOTOGRAPHS OF THE COAST, 1860-1920": a work's title
    return (
        _REFERENCE.match(sentence[:start]) is not None
        or _BODY_S_ENTRY.fullmatch(sentence) is not None
        or _DENIED.search(before[-80:]) is not None
        or cited(sentence, start, end)
        or in_a_quoted_title(sentence, start, end)
        or only_asked(sentence, start, end)
    )
