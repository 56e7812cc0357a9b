"""Page furniture, which dates nothing and titles nothing: docket headers, story numbers,
photo captions, bylines, "Published ..." lines and a bulletin's word on its next issue
(:func:`is_furniture`), and the agency tags, wire tags, tickers, datelines and a notice's
formula a title loses (:data:`AGENCY`, :data:`DATELINE`)."""

from __future__ import annotations

import re

from kztimeline.draft.cues import CAPITALS, ISSUE_LINE, LETTERS, MONTH_WORDS, PAGE_FIELD
from kztimeline.draft.pieces import WEEKDAY_AND_DAY
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN

__all__ = (
    "PAGE_NOTE",
    "FIELD_LINE",
    "field_value",
    "STATEMENT_TITLE",
    "AREA_FIELD",
    "PAPERS",
    "FOR_RELEASE",
    "PREVIOUS_ISSUES",
    "RELEASE_TAIL",
    "AGENCY",
    "DATELINE",
    "closes_with_its_day",
    "dates_the_text",
    "is_furniture",
    "the_text_s_own_day",
)

# A letterhead's or a statement's closing place and date: "Dushanbe, 18 June 2025" (not a
# diary's "Monday, 3 March 1952.").
_PLACE_DATE = re.compile(
    r"^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    # (not an award's line: "Winner, Best Leisure Venue, Drennock Business Awards, 14 November
    # 2024."; a "Prize Committee, London, 3 March 2025" still signs)
    r"(?!(?:Winner|Runner-up|Finalist)\b)"
    # "Given at Bishop's House, Ravensmoor, on 2 February 2025, the Feast of the
    # Presentation of the Lord.": a bishop's letter
    r"(?:(?:Given|Written|Dated|Done)\s+(?:at|in)\s+)?"
    # "Bishop's House, Wellbury, 15 March 2024": a house or a street before the town
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){0,2}"
    r",\s+(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})(?:,\s+the\s+[A-Z][^.;]{0,60})?\.?"
    # who signed under it: "Helsinki, 18 November 2024 / Anna Lehtinen, Deputy Ombudsman"
    r"(?:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+(?:[A-Z][\w-]*\s*){1,4})?$"
)
# A day written out: "20 November 2025", "November 20, 2025".
_MONTH = rf"(?:{MONTH_WORDS})\.?"  # "Sept.", "AUGUST"
_WRITTEN_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
# A report's field of the period it covers: "Reporting period: June 2025", also after its
# number ("Situation Report No. 7 | Reporting period: 1-28 February 2026"). No event, but
# the time the text is in.
_PERIOD = re.compile(
    r"(?:^|[|·•]\s*)(?:(?:Reporting\s+)?period(?:\s+covered)?|Covering\s+dates|Date\s+range|"
    # "Monthly report: October 2024" over an observatory's month; "1st Ashby Scout Group
    # Annual Report 2024-25" after the body's name
    r"(?-i:(?:[A-Z0-9][\w'’-]*\s+){0,6})(?:Monthly|Weekly|Quarterly|Annual)\s+"
    r"(?:report|summary|bulletin)|"
    # "Government bond auction calendar: second quarter 2025": the period a calendar covers
    r"(?-i:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,5}?\s+(?:calendar|timetable)|"
    # a card's own line: "FIXTURES CARD · AUTUMN 2025 - SPRING 2026", "FIXTURES - SEASON
    # 2025/26"
    r"(?:[A-Z][\w'’-]*\s+){0,4}?fixtures?(?:\s+(?:card|list))?\s*(?:[·:]|\s[–—-])\s*"
    # (the line no more than its seasons: not "Fixtures - Summer 2025 starts with the derby")
    r"(?:(?:season\s+|(?:autumn|spring|summer|winter)\s+)(?=\d{4}(?:\s*[/–-]\s*(?:\d{2}|\d{4}|"
    r"(?:autumn|spring|summer|winter)\s+\d{4}))?\s*$)|"
    # (or its months: "FIXTURES CARD - SEPTEMBER TO DECEMBER 2025")
    rf"{_MONTH}\s+(?:to|[–-])\s+{_MONTH}\s+(?=\d{{4}}\s*$)))"
    r"\s*(?::|\s[–—]\s|(?=\d))"  # a table's row: "Covering dates – 1778-1846"
    # no verb after it: not "The Annual Report 2023 was published on 4 May 2024"
    r"(?![^.;]*\b(?:was|were|is|are|has|had|have|will|took|came|began|[a-z]{3,}ed)\b)",
    re.I,
)
# A release's note to editors: "for immediate release", "for immediate use"
FOR_RELEASE = r"for\s+immediate\s+(?:release|use|publication)\b"
# a line that is one, or ends on one after a dash: "24 July 2025 - for immediate use"
RELEASE_TAIL = re.compile(rf"(?:^|[-–—|])\s*(?i:{FOR_RELEASE})\s*$")
# A bulletin's field of the areas it covers, a line of its own: "Regions: East, London"
AREA_FIELD = re.compile(
    r"(?:Regions?|Areas?|Counties|County|Districts?|Zones?|Locations?|Affected\s+areas?)\s*:"
    r"[^.;]{0,80}$"
)
# A field of a record's entry, a line of its own with no stop: "Danger level: 3
# (considerable)", "Weather: dry, 2.5 mm rain overnight", "Present: Cllr Hale and the clerk"
FIELD_LINE = re.compile(r"\s*[A-Z][\w ]{2,30}:\s+(?:[^.!?\n]|(?<=\d)\.(?=\d)){1,80}?\s*")


def field_value(text: str) -> str | None:
    """The value of ``text`` when it is a field of its own line ("Danger level: 3
    (considerable)" gives "3 (considerable)"), else ``None``."""
    return text.partition(":")[2].strip() if FIELD_LINE.fullmatch(text) else None


PREVIOUS_ISSUES = re.compile(
    r"(?:Previous|Earlier|Older)\s+(?:updates|bulletins|issues|warnings|alerts)\s*:\s*"
    r"(?:(?:Update|Bulletin|Issue|Warning|Alert|No\.)?\s*\d{1,3}\s*(?:\([^()]*\))?\s*(?:[,;]|and)?\s*)+"
    r"\.?"
)
"""A bulletin's list of those before it: "Previous updates: Update 3 (09:00, 16 January),
Update 2 (15 January)"."""
# The papers whose own day a head line gives after a verb ("Statement made on 24 June 2025",
# "Speech delivered on 12 May 2025"): no fact of that day. (A ruling's "Judgment delivered:
# 21 February 2025" is the ruling's day, a fact; its field labels are read above.)
PAPERS = r"statement|speech|notice|report|order|circular|bulletin"
# A statement's title line: "Statement by the Minister for Fisheries, Annika Roos, on fishing
# opportunities for 2026" (not "... said the forecast was wrong in 2024", nor a programme's
# "Statement by the Chancellor on the economy on Wednesday 12 March", the day it is made)
STATEMENT_TITLE = re.compile(
    r"(?:Written\s+|Oral\s+|Ministerial\s+)?Statement\s+by\s+(?:the\s+)?[A-Z]"
    r"(?![^.!?]*\b(?:was|were|is|are|has|had|said|[a-z]{3,}ed)\b)"
    rf"(?![^.!?]*\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})|(?:{MONTH_WORDS})\.?\s+\d))"
    # (the office, then the name set off by commas: not a programme's "Statement by the Chair
    # of the Trust on the future of the pier")
    r"[^,.!?]{0,80},\s+(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*,\s+on\s+[^.!?]{0,100}"
)
_FURNITURE = re.compile(
    r"^(?:(?:Case|Docket)\s+)?(?:No\.?\s*)?\d+:\d+-\w+-\d+|"
    # a record's head line of fields, its case number among them: "Crown Court at Norbury |
    # 14 February 2025 | Case no. T20237014"
    r"[|]\s*(?:Case|Claim|File|Ref(?:erence)?)\.?\s+(?:no\.?|number)\s*:?\s*[\w/-]+\s*(?:[|]|$)|"
    # a copy's note of the stamp on the paper: "[STAMP: COASTAL FOOD SAFETY UNIT - RECEIVED 19
    # AUG 2025]", "[Seal: ...]"
    r"^\[(?i:stamp|seal|received\s+stamp|date\s+stamp)\b[^\[\]]*\]$|"
    # a log entry's reference alone: "Ref. SP-2025-0211."
    r"^\(?Ref(?:erence)?\.?\s*(?:no\.?\s*)?:?\s*[A-Z0-9][\w/-]*\d[\w/-]*\)?\.?$|"
    r"\bDocument\s+\d+\s+Filed\b|"
    r"\bPage\s+\d+\s+of\s+\d+\b|\bStory\s+(?:No\.?|number|ID)\s*:?\s*\d+|"
    r"^(?:Photo|Photograph|Picture|Image|File photo|Caption)\b\s*(?:credit|caption)?\s*[:|–—-]|"
    # a figure's or a table's caption: "Figure 1: CPI 12-month rate, January 2014 to ..."
    r"^(?:Figure|Fig\.|Table|Chart|Graph)\s+\d+[a-z]?\s*[:.]\s"
    r"(?!.*\b(?:was|were|is|are|has|had|[a-z]{3,}ed)\b)|"  # not "... it collapsed on 4 May 1921"
    r"\b[A-Z]{3,}/[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$|"
    r"^\(?(?:By|Written by|Reporting by|Editing by|Interview(?:ed)? by|Text by|Photos? by|"
    r"Compiled by|Answered by|Asked by|Tabled by|Read by|Presented by)\s*:?\s+"
    r"(?:(?:Minister|Mr|Mrs|Ms|Dr)\.?\s+)?"
    # a name in capitals, case and all, never a month or a weekday: "By March, the plant
    # had closed", "By Sunday, inspectors had contacted all keepers"
    rf"(?-i:(?!(?:{MONTH_WORDS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})"
    r"(?:[;,|)]|\s+and\s|$)|^(?:Published|Posted|Updated|Last updated|Issue time)\b[^.]{0,80}$|"
    r"^Last\s+updated\b[^.]{0,60}\b\d{1,2}[:.]\d\d\.$|"  # "Last updated Wed 8 Oct, 11:40."
    rf"^Last\s+updated\s+(?:on\s+)?{_WRITTEN_DAY}\.$|"  # "Last updated 3 March 2024."
    r"^Published\s+(?:in|by)\s+(?:the\s+)?[A-Z][^.]{0,80}\.?$|"  # "in the Official Gazette on"
    # a bulletin's list of those before it: "Previous updates: Update 3 (09:00, 16 January)"
    rf"^{PREVIOUS_ISSUES.pattern}$|"
    # a release's banner and a masthead's issue: "For immediate release - 14 May 2025",
    # "Village newsletter · Issue 212 · October 2025"
    rf"^(?i:{FOR_RELEASE})|^[^.]{{0,60}}\b(?:Issue|Vol\.?|Volume|No\.?)\s+\d+\s*[·|•]|"
    r"^[^.]{0,40}[·|•]\s*(?:Issue|Vol\.?|Volume|No\.?)\s+\d+\s*$|"  # "October 2025 | Issue 112"
    # "12 September 2024 - for immediate release"; a blog's "« May 2019 | July 2019 »"
    rf"[-–—|]\s*{FOR_RELEASE}\s*$|"
    r"^\s*«\s*[A-Z][a-z]+\s+\d{4}\s*(?:[|·]\s*[A-Z][a-z]+\s+\d{4}\s*»)?\s*$|"
    r"^\s*[A-Z][a-z]+\s+\d{4}\s*»\s*$|"
    # "Reference: PCA/2023/0871 · Published 16 May 2025": the page's day after its fields
    r"[·|•]\s*(?:Published|Posted|Updated|Last\s+(?:updated|modified|edited))\s*:?\s+(?:on\s+)?"
    rf"{_WRITTEN_DAY}\s*$|"
    # a book's volume and the day it was begun: "Vol. IV, begun Lady Day 1816."
    r"^(?:Vol\.|Volume)\s+(?:[IVXLC]+|\d{1,3}),?\s+(?:begun|commenced|started)\b[^.;,]{0,40}\.?$|"
    # a week's tally: "Carts through this week: 41. Horses baited: 63."
    r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+(?:this|that|the)\s+(?:week|month|day)\s*:\s*\d[\d,]*\.?$|"
    # a document's revisions: "rev. A 2021-05-02 | rev. B 2023-10-11", "Revision 3, 4 May 2025"
    rf"^(?:(?:^|\s*[|;]\s*)(?i:rev(?:ision)?\.?)\s+[A-Z0-9][\w.]{{0,4}},?\s+"
    rf"(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|{_WRITTEN_DAY}))+\s*$|"
    # a maker's motto: "Made to be ridden since 1903.", "Proudly brewing in Leeds since 1921"
    r"^(?i:proudly\s+|lovingly\s+)?(?:Made|Built|Brewed|Crafted|Hand-?made|Hand-built|Serving|"
    r"Brewing|Making|Crafting|Building|Baking|Roasting|Trusted|Family[- ](?:run|owned))\b"
    r"(?:(?!\d{4}|\b(?:and|has|have|had|is|are|was|were|been)\b)[^.;:,]){0,50}"
    r"\bsince\s+\d{4}[.!]?$|"  # (no fact of its own: not "Building work has been suspended")
    # a card's head, the months it covers: "FIXTURES CARD: SEPTEMBER 2025 TO JANUARY 2026"
    rf"^(?i:fixtures?(?:\s+card|\s+list)?|programme|calendar|syllabus)\s*[:–—-]\s*"
    rf"(?:{_MONTH}\s+)?\d{{4}}\s+(?i:to|until|-|–)\s+(?:{_MONTH}\s+)?\d{{4}}\.?$|"
    # a page's section of what is on, named by its week: "What's on this week"
    r"^(?i:what['’]s\s+on|coming\s+up|events|fixtures|diary)\s+(?i:this|next)\s+"
    r"(?i:week|weekend|month)\W*$|"
    # a document named by its month or year: "Monetary Policy Summary, June 2023"
    r"^(?:[A-Z][\w'’-]*\s+){0,5}(?:Summary|Report|Review|Bulletin|Newsletter|Update|Digest|"
    r"Outlook|Briefing|Statement)\s*,?\s+(?:[A-Z][a-z]+\s+)?\d{4}$|"
    # ("Report No 7/2023 | March 2023": a report's number and month)
    r"^[^.]{0,40}\b(?:Issue|Vol\.?|Volume|No\.?)\s+\d+(?:/\d{2,4})?(?:,|\s+[|·•])?\s+"
    r"(?:[A-Z][a-z]+\s+)?\d{4}$|"
    rf"^(?-i:{STATEMENT_TITLE.pattern})$|"  # "Statement by the Minister for Fisheries, ..."
    # a document that names itself by its day: "Notice of 20 November 2025"
    rf"^(?:Notice|Circular|Bulletin|Letter)\s+of\s+{_WRITTEN_DAY}$|"
    # a head line's "(updated 3 April 2025)": the page's own date, after its subject
    # and a court's "Appeal from the District Court ... (Filed August 5, 2024)"
    # (and a summary's "(status as of 1 March 2025)")
    r"\((?:last\s+)?(?:updated|revised|filed|decided|argued|submitted|(?:status|correct)\s+as\s+"
    r"(?:of|at))\s+(?:on\s+)?[^()]{4,30}\)\s*$|"
    # "Page last updated: 02.09.2024 | Contact: ...": a page's own line, dots in its date.
    r"^\(?(?:This\s+)?(?:page|site|document|article|entry|profile|notice|record|listing|"
    r"factsheet)\s+(?:was\s+)?(?:last\s+)?(?:updated|"
    r"modified|reviewed|published|edited|revised|checked)\b|"
    # (or a document's, after its number: "Document AOS-MS-117, Revision C, last updated 30
    # August 2024"; not "the Traffic Order of 2012, last amended on 1 May 2021")
    r"\b(?:Document|Doc\.|Ref\.?|Reference)\s+[A-Z0-9][\w/.-]*\d[\w/.-]*,"
    r"(?:\s*(?:Revision|Rev\.|Issue|Version|Edition)\s+\w+,)?"
    rf"\s*last\s+(?:updated|revised|amended)\s*:?\s+(?:on\s+)?{_WRITTEN_DAY}\.?$|"
    # (or its correction: "(This article was amended on 6 March 2025 to correct ...)"; not a
    # listing's "Listing amended on 12 June 1987 to include the cart shed")
    r"^\(?This\s+(?:article|page|story|report)\s+(?:was|has\s+been)\s+(?:amended|corrected)\b|"
    # A masthead line, a publisher and a date with a bar between ("Ports Authority |
    # March 2021"): the date the page was issued, like a dateline. A table's row
    # ("Bridge Opening | May 2021") names no body and stays.
    r"^(?:[A-Z][\w&.'’-]*\s+){0,7}(?:Agency|Ministry|Office|Council|Board|Authority|"
    r"Department|Institute|Commission|Bank|Company|Group|Ltd|Inc|Trust|Foundation|Service|"
    r"University|Secretariat|Mission|Embassy)\s*[|•·]\s*(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?"
    r"(?:\s+\d{1,2},?)?\s+\d{4}\s*$|"
    # A statement's closing place and date ("Dushanbe, 18 June 2025"), and a page's
    # "... - Last updated: 3 November 2025": the document's own, like a dateline.
    rf"{_PLACE_DATE.pattern}|"
    r"\s[-–—|·]\s*(?:page\s+)?(?:last\s+)?(?:updated|published|posted|revised|modified)"
    r"\s*:?\s*[^.]{0,40}$|"
    # (or a card's, after its version and a bar: "... | Card v2, issued 1 Sep 2025")
    r"\s[|·]\s*[\w .]{1,20},\s*(?:issued|printed|updated|revised)\s+[^.|]{0,40}$|"
    # (or after a dash on a card's or a printer's line, its day alone: "Card no. 07/25 - Printed
    # by Quayside Print - Issued 1 April 2025"; not "The Penny Black - Issued 1 May 1840")
    rf"^(?=.*\b(?:Card\s+no\.|Printed\s+by)).*\s[-–—|·]\s*(?:issued|printed)\s+(?:on\s+)?"
    rf"{_WRITTEN_DAY}\.?$|"
    # (or its compiler's and its day, after its number: "Report SFWG/2025/03 · Compiled by A.
    # Lindqvist · 30 September 2025")
    rf"\s[|·]\s*(?:Compiled|Prepared|Written)\s+by\s+[^·|]{{1,40}}\s[|·]\s*{_WRITTEN_DAY}\s*$|"
    # (or the printer's and the month it printed: "Printed by Ballyfern Print, Sept 2025.")
    r"^Printed\s+by\s+[A-Z][^.,;]{1,50},\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}\.?\s*$|"
    # (or the card's own, at its foot: "Card printed August 2025.", "Card printed Aug 30, 2025")
    # (its own "Card", opening its line or after a number: not "the red card issued on 22 March")
    rf"(?:^|(?<=\d)\s+|(?<=[.:;])\s+)(?-i:Card)\s+(?:printed|issued)\s+(?:on\s+)?(?:{_WRITTEN_DAY}|{_MONTH}\s+\d{{4}})"
    r"\.?\s*$|"
    # A treaty's formula: "Done at Baku, on 14 May 2025, in one original ...".
    r"^Done\s+at\s+[A-Z]|"
    # the document's own stamp in a sentence: "This statement was last updated on 21
    # February 2025 at 11:30."
    r"^This\s+(?:page|statement|notice|document|release|article|story)\s+was\s+(?:last\s+)?"
    rf"(?:updated|revised|reviewed)\s+(?:on\s+)?{_WRITTEN_DAY}(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d)?"
    r"\.?$|"
    # a release's stamp with its hour: "Published 22.01.2025 07:00 CET." (not a book's day)
    r"^Published\s+(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),?\s+(?:at\s+)?"
    r"\d{1,2}[:.]\d\d(?:\s*(?:CET|CEST|EET|EEST|GMT|UTC|BST))?\.?$|"
    # A signature's date ("Dated: March 2, 2017"): the document's own, like a dateline.
    r"^(?:Dated|Date|Signed|Done)\s*:|"
    rf"{_PERIOD.pattern}|"
    # A signature: a name, a role and a date ("Martin Greaves Chairman 30 June 2026",
    # "Anders Brekke Chair of the Board Oslo, 13 March 2025").
    r"^(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){1,3})\s+(?:(?:Deputy|Vice|Acting)[- ])?"
    r"(?:Chair(?:man|woman|person)?|Director|Secretary|President|Chief\s+Executive|Mayor|"
    r"Clerk|Editor|Ombudsman|Ambassador|Governor|Registrar|Treasurer)\b"
    r"(?-i:\s+of\s+the\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?(?-i:,?\s+[A-Z][a-z]+)??,?\s+"
    rf"{_WRITTEN_DAY}\.?$|"
    # "Issued by the Public Relations Unit, 7 February 2025": the page's own line (and its hour:
    # "Issued by the Department for Transport press office, 6 March 2025, 12:40.")
    r"^(?:Issued|Published|Prepared|Compiled|Released)\s+by\s+[^.;]{3,80},\s+"
    rf"{_WRITTEN_DAY}(?:,?\s+\d{{1,2}}[:.]\d\d)?\.?$|"
    # A label and a bare date with nothing else ("Dated 4 June 2019", "Filmed on 2 May
    # 2020."): the document's own record of itself, no subject and no fact. "The film was
    # released on 2 May 2020" has a subject and stays.
    r"^(?:(?:Dated|Signed|Issued|Filmed|Compiled|Revised|Notice\s+issued|Sent|Filed|Decided|"
    r"Broadcast|Aired|Recorded|Released|Transcribed|Printed|Retrieved|Accessed|"
    r"Last\s+Update\s+Posted|Last\s+(?:edited|modified|reviewed|revised|checked))(?:\s*:)?|"
    r"Valid\s+(?:until|to|from)\s*:|"  # a bulletin's "Valid until: Friday 17 January 2025, 17:00"
    # a court's own record lines: "Submitted: October 22, 2024", "JUDGMENT SENT TO THE
    # PARTIES ON 19 February 2025" (with its "FOR THE TRIBUNAL OFFICE" under it; a planning
    # history's "Submitted on 14 January" is a fact)
    r"Submitted(?:\s+on\s+[Bb]riefs)?\s*:|Judgment\s+sent\s+to\s+the\s+parties|"
    r"Date\s+of\s+(?:dispatch|despatch|issue|publication)(?:\s+of\s+this\s+\w+)?\s*:|"
    r"(?:Issue|Publication|Release)\s+date\s*:|"
    # a ruling's own day: "Judgment date:", "Date of final decision:", after a record's
    # other fields: "GMC reference number: 7034512 Date of determination:"
    r"(?:[A-Z][\w .]{0,40}:\s*[\w/-]+\s+)*"
    r"(?i:date\s+of\s+(?:final\s+)?(?:decision|determination|judge?ment)|"
    # "Opinion delivered and filed:", "Decision released:", "Summary published:"
    r"(?:opinion|decision|determination|summary|award|ruling)\s+(?:released|published|delivered|filed|"
    r"issued)(?:\s+and\s+(?:filed|delivered|published|released))?|"
    r"(?:decision|determination|judge?ment)\s+date)\s*:)"
    # "Issued 07:00, Saturday 5 April 2031": its hour may come first
    r"\s+(?:on\s+)?(?:\d{1,2}[:.]\d\d,?\s+)?"
    rf"(?:[A-Z][a-z]+day,?\s+|{SHORT_WEEKDAY_PATTERN}\s+(?=\d))?"
    # (its year left to the page before its other fields: "Issued Mon 6 Jan | All times local";
    # not a log's "Issued 6 Jan • 14 new members")
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4}|(?=\s*\|))|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|"
    r"\d{4}\s+[A-Z][a-z]{2}\s+\d\d)"  # a space weather message's "2025 Jan 06 1420 UTC"
    # "Broadcast: Monday 15 September 2025, 07:40", "Issued: ..., 2:00 p.m. local time"
    r"(?:,?\s+(?:at\s+)?(?:\d{1,2}[:.]\d\d|\d{4})(?:\s*[ap]\.m\.|\s*[AaPp]M)?"
    r"(?:\s+(?:local\s+time|GMT|UTC|hrs|CET|CEST|EET|EEST|BST))?)?"
    # "Recorded 14.09.2023 | Duration 00:42:10": more of the record's fields after a bar;
    # "Issued: 3 September 2024 - R. Finch, Clerk": who issued it
    r"(?:\s*[|•·]\s*[^|.;]{1,60})*"
    r"(?:\s+[-–—]\s+(?:[A-Z]\.\s*)+[A-Z][\w'’-]+(?:,\s+[A-Z][\w ]{1,30})?)?"
    r"(?:\s+FOR\s+THE\s+(?:TRIBUNAL|SECRETARY|COURT)(?:\s+[A-Z]+)?)?\s*[.;]?$|"
    # "Issued 15 July 2024 by the Regatta Secretary, Ann Tolley (regatta@kbsc.example)": who
    # issued the page ("Signed 28 June 1919 by Germany and the Allies" is a fact)
    rf"^(?:Issued|Published|Posted|Prepared|Compiled)\s+(?:on\s+)?{_WRITTEN_DAY}\s+by\s+"
    r"(?:the\s+)?[A-Z][^;]{1,80}?\s*[.;]?$|"
    # a court opinion's date in brackets on its own line: "(March 4, 2024)"
    rf"^\(\s*{_WRITTEN_DAY}\s*\)\.?$|"
    # a document's issue and its day: "Issue 2 - 10 March 2025", "Version 3, 4 May 2024"
    rf"{ISSUE_LINE.pattern}{_WRITTEN_DAY}$|"
    # "Recorded in Almaty, spring 2024.": where and when the record itself was made
    r"^(?:Recorded|Filmed|Interviewed|Transcribed|Photographed)\s+(?:in|at)\s+"
    r"[A-Z][\w'’ -]{1,40},\s+[\w ]{0,20}\d{4}\.?$|"
    # A rolling alert's word on its own next issue ("The next advisory will be issued at
    # noon", "Next bulletin: 06:00 Friday"): the cadence of the page. A ministry's promise
    # of its next update, or a festival's next edition, is news.
    r"^(?:the\s+)?next\s+(?:bulletin|advisory|warning|alert)s?\b(?:\s*:|[^.;]{0,40}?"
    r"\b(?:will|is|are|shall)\s+(?:be\s+)?(?:due|issued|published|released|posted|sent|out))|"
    # after a contact line it shares a paragraph with: "Floodline: ... (24 hours) Next update:"
    r"(?:^|[)|·•]\s*)(?:the\s+)?next\s+(?:update|report|sitrep|situation\s+report|issue|"
    r"edition|statement)\s*:|"
    r"^this\s+(?:bulletin|advisory|warning|alert)\s+will\s+be\s+"
    r"(?:updated|reviewed|reissued|replaced)\b",
    re.IGNORECASE,
)


def dates_the_text(sentence: str) -> bool:
    """Whether ``sentence`` is furniture that still says when the text is ("Stavanger, 23
    October 2025" under a report's title, "Last updated Friday 14 June 2024, 09:10."): no
    event, but the year the text is in."""
    return (
        _PLACE_DATE.match(sentence) is not None
        or _PERIOD.search(sentence) is not None
        or _UPDATED.match(sentence) is not None
    )


_UPDATED = re.compile(r"\s*(?i:last\s+updated|updated)\b")


def closes_with_its_day(line: str) -> bool:
    """Whether ``line``, at the foot of a letter or a statement, is its place and date
    ("Bishop's House, Wellbury, 15 March 2024"): the day the whole text is written on."""
    # (its day's ordinal too, at a letter's foot: "Tarnbrook Hall, 14th July 1788"; over a
    # letter, such a line heads it, no furniture)
    return _PLACE_DATE.match(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", line.strip())) is not None


# A page's own note in brackets, of its making ("(Updated 4 March 2025 with the council's
# response.)", "(First published in the Courier on 12 February 1925.)"): no fact it tells
PAGE_NOTE = re.compile(
    r"\W*(?i:updated|posted|published|first|originally|last|embargoed|compiled|printed|"
    r"sponsored|this|amended|corrected|revised|transcribed|copied|reprinted)\b"
)


def is_furniture(sentence: str) -> bool:
    """Whether ``sentence`` is page furniture (a docket header, a story number, a photo
    caption, a byline, a "Published ..." line or the time of the next bulletin) rather than
    a sentence of the story."""
    return _FURNITURE.search(sentence) is not None


def the_text_s_own_day(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` is the value of a field that gives the day the
    document bears, among the fields of its head ("Notice dispatched: 10 March 2025
    Reference: VB-2025/044", "Team: Delta | Date of report: 22 November 2024"): no event."""
    label = _FIELD_LABEL.search(sentence, max(0, start - 80), start)
    if label is None:
        return False
    # (or the last of fields run together: "Report ref: BRS/24/117 Rev A Date of report:")
    last = re.search(r"\bDate\s+of\s+[a-z ]+$", label["label"])
    named = [label["label"], last.group() if last else ""]
    return any(PAGE_FIELD.fullmatch(name.lower()) for name in named)


# A field's label right before its value, at the start of a line or after another field
# ("Prepared by: X, Date of report: ...", a head's lines run together), capitalised: not in
# prose ("the tender opening date: ...").
_FIELD_LABEL = re.compile(
    # after a section's number too: "Complementary information VI.5 Date of dispatch of this
    # notice: 5 September 2025"
    r"(?:^|\s|\b(?:[IVX]+|\d+)\.\d+\s+)"
    r"(?P<label>(?-i:[A-Z])[A-Za-z ]{1,40}?)\s*:\s*"
    r"(?:[A-Z][a-z]+day,?\s+)?$"
)


AGENCY = re.compile(
    r"\s*\((?:Reuters|AP|AFP|Xinhua|TASS|Interfax|Bloomberg|UPI|dpa|Kazinform|Trend|"
    r"Tengrinews|RIA Novosti|Sputnik)\)\s*[-–—]?\s*|"
    # A press wire's tag and a stock ticker: "/PRNewswire/ --", "(KASE: NMDE)".
    r"^\s*/?[A-Za-z -]*(?:Newswire|NEWSWIRE|Wire|WIRE)/?\s*(?:--|[-–—])?\s*|"
    r"\s*\((?:[A-Z]+:\s*[A-Z.]+)\)|^\s*(?:--|[-–—])\s+"
)
DATELINE = re.compile(
    # (not a card's heading over its day, written or taken out: "CUP FINAL - Sat 12 July, 2pm")
    rf"^[{CAPITALS}][{CAPITALS} .'-]{{2,}}(?:,\s*[{CAPITALS}][{LETTERS}. ]{{1,30}})?\s*[-–—]\s+"
    rf"(?!\s*(?:{WEEKDAY_AND_DAY}|\x00\s*(?![-–—])))|"
    # A notice's formula and the purpose after it ("Notice is hereby given that, to allow
    # resurfacing, the bridge will be closed"): the fact is what follows, as after a dateline.
    r"^(?i:(?:public\s+)?notice\s+is\s+(?:hereby\s+)?given|(?:please\s+)?take\s+notice|"
    r"it\s+is\s+hereby\s+(?:notified|announced))\s+that\s*,?\s*(?:to\s+[^,;]{1,120},\s*)?"
)
