"""The words that mark the tense of a clause: the future ("will", "is to", "is expected
to", "next"), the past ("was", "said", an irregular past, a verb in -ed that is no
adjective), the present perfect, which tells of the past too, and a present that tells
nothing of its way. :mod:`kztimeline.draft.tense` weighs them by where they stand."""

from __future__ import annotations

import re

from kztimeline.draft.cues import IRREGULAR_PARTICIPLE, MONTH_WORDS, PARTICIPLE

__all__ = (
    "AGREED_BY",
    "ASKED",
    "CLIPPED",
    "DAY_BOOK_ROW",
    "FUTURE",
    "HEARSAY_VERB",
    "FUTURE_CLAUSE",
    "JOINED_PASSIVE",
    "OWN_PRESENT",
    "PAST",
    "PAST_ED",
    "PERFECT",
    "PLAIN_PAST",
    "PRESENT",
    "REPORTED_FUTURE",
    "a_participle",
)

_REPORTED = r"\b(?:that|said|says|told\s+\w+)\s+(?:[\w'’-]+\s+){0,8}?would\b"
# what is only said or thought of a thing, no plan for it: ", said to be completed on the 1st"
HEARSAY_VERB = r"(?:said|thought|believed|known|reported|alleged|supposed|claimed)"
REPORTED_FUTURE = re.compile(_REPORTED, re.IGNORECASE)
"""Reported speech, which looks forward from the day it was spoken ("said that pensions
would rise"): a future for what it reports, the saying's past for a date before it ("On 4
March the woman said she would climb again")."""

FUTURE = re.compile(
    # "will have received their stock by 29 September": the future perfect, to its participle
    r"\b(?:(?:will|shall)\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn)|will|shall|won't|must(?!\s+have)|"
    # (a thing's start set, after a comma: "Contract signed, deliveries to begin May 1"; "...;
    # to be sign'd the 25th")
    rf"(?:(?<=, )(?!{HEARSAY_VERB}\b)[a-z]+\s+|"
    r"(?<=; ))to(?=\s+(?:begin|start|commence|be\s+[a-z]+(?:ed|['’]d))\b)|"
    # a forecast's "A band of rain on Tuesday should bring counts down" (not "should be done")
    r"should(?!\s+(?:not\s+|never\s+)?(?:have|be)\b)(?=\s+[a-z]+\b)|"
    # "the amendment would take effect on 1 January", not a past's future ("the ferry,
    # which would later sink"), nor a machine's refusal ("the fog signal would not start")
    r"(?<!\bwhich )(?<!\bwho )would(?!\s+(?:later|eventually|never|go\s+on|soon)\b)"
    r"(?!\s*(?:not|n't)\s+(?:start|work|budge|move|fire|turn|catch|light|draw)\b)|"
    # a resolution's content: "RESOLVED: that the Clerk writes to the County by 29 March"
    r"(?i:resolved)\s*:?\s+that|(?:is|are|(?<=\bI )am)\s+(?:also\s+|still\s+|now\s+|"
    r"then\s+|soon\s+)?(?:to|due)|"
    # a log's "Dredger expected (on) Friday to clear the channel", read before the words below
    # (not "A ruling expected (on) Monday was postponed", "was due Monday but arrived ...")
    r"(?<!\bwas )(?<!\bwere )(?<!\bhad )(?:expected|due)"
    # ("Next relief expected 24 Feb.", "Block C expected complete by 24 May")
    r"(?=\s+(?:(?:complete|completed|finished|ready|back|open|done)\s+)?(?:(?:on|by|before)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}\s+[A-Z][a-z]{2}|"
    r"the\s+\d{1,2}(?:st|nd|rd|th|d)\b|"  # (a diary's "The Assize judges expected on the 17th")
    r"(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)"
    r"(?![^.;]*\b(?:was|were|had|came|went|got|arrived|(?!(?:expected|scheduled|planned)\b)"
    r"[a-z]{3,}ed)\b))|"
    # (a meeting called for its day: "has called a public meeting in Penwithy for March 20")
    # (after "has", not one told as held: "..., which was attended by 200")
    r"(?:(?<=\bhas )|(?<=\bhave ))(?:called|arranged|convened|booked)\s+(?:an?|the)\s+[^,.;]{0,50}?"
    r"\bfor"
    rf"(?=\s+(?:(?:{MONTH_WORDS})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![^.;]*\b(?:was|were|had)\b))|"
    # (not a plan told as it was: "The works were originally due to start on 3 February")
    r"(?<!\boriginally )(?:scheduled|planned|expected|set|likely|"
    r"going|slated|projected|estimated|due) to|(?:scheduled|planned|expected|slated|projected|"
    r"forecast|"
    # ("A remedy hearing is listed for 9 December 2024"; not "was set on 12 December")
    r"due) (?:for|in|on|from)|(?<!\bwas )(?<!\bwere )(?:set|listed|fixed) for|due by|plans? to|"
    # ("means to have our cabin roofed by the 1st", "purposes to have the cutting begun by the
    # 1st prox.", "A frost is likely on Tuesday night")
    r"intends? to|means? to|purposes? to|(?<!\bwas )(?<!\bwere )likely(?=\s+(?:on|in|by|from)\b)|"
    # a purpose or a sequel after a comma: "Ordered seed potatoes, to arrive on 15 January"
    r"(?<=, )to(?=\s+(?-i:[a-z]+)\s+(?:on|by|in|before|from)\s)|"
    # ("we need to turn off the supply on Thursday", "said it hoped to resume on Monday")
    r"expects?|aims? to|hopes? to|needs? to|(?<=\bsaid )(?:\w+\s+){0,2}?hoped\s+to|"
    # ("The Government remains committed to moving 2,500 posts out of the capital by 2028")
    # (and "We have committed to converting the whole fleet to electric by 2030")
    r"(?:is|are|remains?|stays?|ha(?:s|ve))\s+(?:fully\s+|firmly\s+)?committed\s+to|"
    r"to be held|if\s+all\s+goes\s+well|weather\s+permitting|"
    # a condition still to be met: "If approved, the new agreement takes effect on Jan. 1"
    r"\b(?:[Ii]f|[Oo]nce)\s+(?:approved|agreed|passed|ratified|adopted|confirmed|granted)(?=\s*,)|"
    # "approved the budget for next year on 5 May": a period something is for, no tense;
    # "tickets for next week's show": a thing still to come
    # not "the next year", which counts from a date told ("came the next year", "the very next
    # day"), nor a diary's "Next day began to clear it out", the day after the one told
    r"upcoming|forthcoming|"
    r"(?<!\bfor )(?<!\bthe )(?<!\bvery )next(?!\s+(?:day|morning|afternoon|evening|night)\b)|"
    r"(?<=\bfor )next(?=\s+\w+['’]s\b)|"
    r"(?:(?<=\bthe )|(?<=\bvery ))next(?!\s+(?:day|morning|afternoon|evening|night|week|month|year|"
    r"spring|summer|autumn|winter|season)\b)|"
    r"(?:promised|pledged|vowed|undertaken|undertook|offered) to|"
    # what someone is asked to do: "has been asked to table a new offer no later than"
    r"(?<!\bwas )(?<!\bwere )(?:asked|ordered|required|instructed|invited|urged|called on) to"
    r"(?=\s+(?!the\b|a\b|an\b)[a-z]+\b)|"
    # "has asked that normal loading resume by October 31": what is asked is still to come
    r"(?:has|have)\s+(?:asked|ordered|requested|demanded|urged)\s+that)\b"
    # A forecast said by who makes it: "we project a fall of 0.5 m by 2050".
    r"|\b(?:we|they|I)\s+(?:[a-z]+ly\s+)?(?:project|forecast|predict|anticipate)\b"
    # (or by a service: "The Met Service forecasts temperatures of 33C on Wednesday")
    r"|\b(?-i:[A-Z])[\w'’-]*\s+(?-i:forecasts|predicts)\s+(?!(?:of|for|that|suggest|show)\b)(?=[a-z])"
    # "2025 (scheduled): Renegotiation of the Compact": a timeline's entry marked as a plan
    r"|\((?:scheduled|planned|expected|proposed|provisional|projected|forthcoming)\)"
    # "is planned", "are scheduled": a plan without the verb it plans; "to be paid on":
    # a duty still to do, unless reported ("appeared to be damaged").
    r"|\b(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?(?:planned|scheduled|envisaged|"
    r"foreseen|proposed|expected)\b"
    r"|(?<!\bappear )(?<!\bappears )(?<!\bappeared )(?<!\bseem )(?<!\bseems )"
    r"(?<!\bseemed )(?<!\bbelieved )(?<!\bthought )(?<!\bknown )(?<!\bfound )(?<!\bsaid )"
    r"\bto be (?:new\s+|newly\s+)?[a-z]+(?:ed|en|id|wn|lt|ld)\b"
    # a headline's or a memorandum's plan, its subject then "to" and no verb before: "The new
    # coach to begin running from this yard on the 1st Feb.", "Library to reopen on 3 May"
    r"|^\W*(?:(?!(?:is|are|was|were|has|have|had|will|would|and|but|said|says|used|went|"
    r"came|how|what|where|when|due|able|going|about|ought|decision|plan|plans|bid|move|vote|"
    r"attempt|attempts|effort|efforts|order|proposal|agreement|right|chance|need|time|way|"
    r"failure|refusal|permission|intention|promise|deadline|date|out|began|chose|set|sought|"
    r"fought|tried|[a-z]+ed)\b)[\w'’&.-]+\s+){1,8}?"
    r"to\s+(?:begin|start|commence|open|reopen|close|resume)\b(?:\s+[a-z]+ing\b)?"
    r"(?![^.;]*\b(?:was|were|had|[a-z]+ed)\b)"
    # Reported speech looks forward from the day it was spoken: "said that pensions would".
    rf"|{_REPORTED}"
    r"|'ll\b"
    # a side's next home game: "Brackley Athletic, whom Rovers host at Millfield on Tuesday",
    # "and then host leaders Brackley on February 22" (not "played host to Town", "Fox News
    # host Tucker Carlson in April left", "Chef and host Nigella Lawson", "their host families")
    r"|(?:(?<=\band then )|(?<=, and )|(?<=\bthey )|(?<=\bwe ))(?-i:host)\b(?!\s+to\b)"
    r"|\bwhom\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?-i:host)\b",
    re.IGNORECASE,
)
# A participle joined to a passive still to come: "will be tested from June and rolled out
# across the country by" (not "was tested and rolled out", nor a clause of its own after a comma)
JOINED_PASSIVE = re.compile(
    rf"\b(?:will|shall|is\s+to|are\s+to)\s+be\s+{PARTICIPLE}\b[^.;,]{{0,80}}?"
    rf"\band\s+(?:then\s+)?{PARTICIPLE}\b[^.;,]{{0,80}}$"
)
# A present after "before", "until", "when", "once" looks ahead: "before the minister arrives".
FUTURE_CLAUSE = re.compile(
    r"\b(?:before|until|till|when|once|as soon as|by the time)\s+(?:[\w'’-]+\s+){0,5}?"
    # (its verb, no noun after a preposition: "when a ram split during trials")
    r"(?<!\bduring )(?<!\bin )(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bafter )"
    r"[a-z]+s\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# The present perfect: "has risen", "have been".
_PERFECT_WORDS = (
    r"(?:has|have)\s+(?:not\s+|already\s+|just\s+|now\s+)?(?:been|[a-z]+(?:ed|en|wn)|cut|put|set|"
    r"hit|won|held|made|paid|sold|bought|built|left|lost|kept|met|led|spent|sent|brought|"
    r"found|told|said|struck|become|come|run|begun|risen|fallen|grown|shown)"
)
PERFECT = re.compile(_PERFECT_WORDS, re.IGNORECASE)
# After "be", "been", "is" or "are" a participle is a passive ("will be held", "the draw is
# made on 18 November"), not a past tense.
PAST = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bis not )(?<!\bare not )"
    r"\b(?:was|were|had|did|took|held|said|became|met|won|gave|made|came|went|began|told|saw|"
    # (a rose, the Rose Bowl and a ROSE BOWL FINAL are no past of rising)
    r"(?<!\b[Aa] )(?<!\b[Tt]he )(?-i:rose)|"
    r"fell|left|brought|sent|spoke|wrote|found|struck|lost|sold|bought|built|fought|"
    r"caught|ago|yesterday|(?<!-)born|begun|recd|"
    # a perfect participle's passive: "its intention having first been advertised on"
    r"(?<=[a-z] )having\s+(?:[a-z]+\s+)?been|"
    # the other irregular pasts that are neither a present nor a participle ("the rebuilt
    # stand" is no past): "talks broke down on Friday"
    r"broke|drew|ran|grew|chose|drove|flew|froze|sank|withdrew|rode|sang|rang|swam|stole|"
    r"threw|shook|knew|forgot|overcame|arose|blew|woke|wore|tore|swore|sprang|forbade|"
    r"foresaw|slid|crept|fled|knelt|leapt|"
    # a result: "The Crown A beat the Railway Tavern 7-5 on Thursday" (not "must beat City
    # 2-0 on Saturday", "If Rovers beat Wigan 3-1 on Saturday they will be promoted")
    r"(?<!\bwill )(?<!\bto )(?<!\bmust )(?<!\bonly )(?<!\bneed )(?<!\bcan )(?<!\bcould )"
    r"(?<!\bshould )(?<!\bwould )(?<!\bmay )(?<!\bmight )"
    # (the result's own "and will" is no condition: "beat Ollerton 3-1 ... and will meet")
    # (a side's: not a question's "and will they", nor "Teams that beat")
    r"(?:(?<=\w )(?<!\bthat )(?<!\bwho )beat(?=\s[^.;]{0,50}?\b\d{1,3}-\d{1,3}\b)"
    r"(?![^.;]*\b(?:(?<!\band )will|(?<!\band )would|if|will\s+(?:they|we|it|he|she))\b)|"
    r"(?:"
    # (or a record set: "Harlow RC's eight set a course record of 5:21 on Friday")
    r"set(?=\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+)?record\b)|"
    # (or a verb the same in both, before its object: "when the Venn burst its banks on Sunday",
    # "after a lorry shed its load", a day's load and no habit's; not "hit" nor "spread", a
    # present too: "Strikes hit the Tube on Tuesday")
    r"(?:burst(?=\s+(?:its|their|the|a|an)\s)|shed(?=\s+its\s+load\b)))"
    r"(?![^.;]*\b(?:will|would|if)\b))|"
    # "last" as in "last week", not the verb of "will last until Friday", nor an adjective
    # of no time ("its last home match", "last champions", "for the last time")
    r"(?<!\bwill )(?<!\bto )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )last"
    r"(?=\s+(?:week|weekend|month|year|night|season|summer|winter|spring|autumn|decade|"
    r"century|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)|"
    # The present perfect tells of the past: "has risen", "have been".
    rf"{_PERFECT_WORDS})\b",
    re.IGNORECASE,
)
# A verb in -ed, lower case, not an adjective after an article, a number or a preposition
# ("the 18 elected members", "newly elected", "will remain docked", "to registered voters"),
# nor a word that merely ends so ("indeed", "DC-based").
PAST_ED = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bnewly )(?<!\bbe )"
    # (at a sentence's start too: "Newly elected councils take office on 1 December")
    r"(?<!\bThe )(?<!\bA )(?<!\bAn )(?<!\bIts )(?<!\bTheir )(?<!\bNewly )"
    r"(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\d )(?<!-)(?<!\bremain )(?<!\bstay )(?<!\bget )"
    r"(?<!['’]re )"  # ("we're delighted to say")
    r"(?<!\bis not )(?<!\bare not )"  # "week 3 is not played until 6 May": a passive still
    # ("when they are next published on 7 January", "is normally held"; not "The Orion next
    # called at Lisbon")
    r"(?<!\bis next )(?<!\bare next )(?<!\bis normally )(?<!\bare normally )"
    r"(?<!\bis usually )(?<!\bare usually )"
    r"(?<!\()"  # a calendar's mark: "2 November 2023 (confirmed)"
    # a participle after a preposition qualifies a noun: "sent to registered voters"
    r"(?<!\bto )(?<!\bfor )(?<!\bof )(?<!\bwith )(?<!\bfrom )(?<!\ball )(?<!\bamong )"
    r"(?<!\bon )(?<!\bin )(?<!\bat )(?<!\binto )(?<!\bover )(?<!\bnear )"  # "on untreated roads"
    # a participle after a word that counts or owns: "send each affected customer a code"
    r"(?<!\beach )(?<!\bevery )(?<!\bany )(?<!\bour )(?<!\byour )(?<!\bno )(?<!\bhis )"
    r"(?<!\bher )(?<!\bmy )"
    # an adjective's degree: "the other affected districts", "the most affected villages"
    r"(?<!\bother )(?<!\bmost )(?<!\bworst )(?<!\bhardest )"
    r"\b(?!(?:indeed|need|speed|proceed|exceed|succeed|seed|feed|breed|hundred|kindred|sacred|"
    r"naked|wicked|rugged|beloved|red|bed|shed)\b)"
    # a participle's phrase after a comma tells no time: "show it on 7 February, followed by
    # a members' choice in March"
    r"(?!(?<=, )[a-z]{2,}ed\s+by\b)(?!(?<=, )(?:priced|rated|aged|sized)\s+[£$€\d])"
    # (nor a note of what comes with it: "Harvest Supper Drive ... supper included, 6 pounds")
    r"(?!(?:included|provided|supplied|required|reserved)\s*(?:[,;.)]|$))[a-z]{2,}ed\b"
    # (a participle under its scheme: "homes repaired under the scheme")
    r"(?!\s+under\s+(?:the|a|an|its|their|[A-Z])\b)"
    r"(?<!\baged(?=\s(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|over|under|between)))"
)


# Present-tense verbs that schedule ("the forum opens on 20 November") look neither way.
PRESENT = re.compile(
    # (and its contraction: "we're delighted to say we reopen on Saturday")
    # (not the noun of a result: "beating the hosts 17-15")
    r"\b(?:is|are|am|(?<=\w['’])(?:re|m)|opens|ends|begins|starts|runs|meets|closes|"
    r"hosts(?![^.;,]{0,40}?\b\d{1,3}-\d{1,3}\b)|continues|takes place|"
    r"beginning(?!\s+of)|starting(?!\s+(?:of|in))|effective|running|"
    # "should be fit by December 14": the nearest such day (not "should be made by 1 April")
    r"should\s+be(?=\s+(?:fit|ready|back|available|fine|able)\s))\b",
    re.IGNORECASE,
)


# Auxiliaries and irregular pasts: unlike a word in -ed, never an adjective ("the 18
# elected nations") or the first verb of a list that goes on in the present.
PLAIN_PAST = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?:was|were|had|did|took|held|said|became|met|won|gave|"
    r"made|came|went|began|told|left|sent|spoke|wrote)\b",
    re.IGNORECASE,
)


# A participle with no auxiliary, a diary's clipped past ("Mrs. H. taken with fever on or abt.
# the 9th"; not "to be taken", "are sent", "has sent"), searched in the date's own clause
CLIPPED = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bhas )(?<!\bto )"
    rf"\b(?:{IRREGULAR_PARTICIPLE})\b"
)
# a day book's row, its day and its verb in the past, in capitals: "Mar. 2 Agreed w. Mr.
# Coombe", "3rd Jany. Wetted the first steep" (not "Based in", no day before it)
# (a verb before its object or a preposition: not a kind's "Mixed pairs", "Closed")
DAY_BOOK_ROW = re.compile(
    r"(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:st|nd|rd|th|d)?|"
    r"\d{1,2}(?:st|nd|rd|th|d)?\s+[A-Z][a-z]{2,4})\.?\s+"
    r"(?!(?:Scheduled|Planned|Proposed|Postponed|Cancelled|Reserved|Closed|Revised)\b)[A-Z][a-z]{2,}ed"
    r"(?=\s+(?:w\.|(?:the|a|an|his|her|my|our|their|him|them|it|me|us|with|to|of|from|at|up|out|"
    r"off|into|Mr|Mrs|Messrs|Dr|\d)\b))"
)
# what a notice asks its reader to do by a day, ahead of it: "please request a refund by"
# (in its own clause: not "Please pray for Margaret Dolan, who died on Monday", nor the day
# of a thing named, "please find the results of the ballot of 12 April")
ASKED = re.compile(
    # (nor a thing told done: "the forms we received by 31 January"; but "items borrowed")
    r"\b(?i:please)\s+(?!note\b)[a-z]+\b"
    r"(?:(?!\b(?:who|which|that|when|was|were|had)\b|\b(?:we|you|they|he|she|I)\s+[a-z]+ed\b)[^.;:,])*"
    r"\b(?:by|before|until|no\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?$"
)
# a deadline agreed to: "agreed to align their own lists by the end of"
AGREED_BY = re.compile(
    r"\bagreed\s+to\s+[a-z]+\b[^.;]{0,80}\b(?<!bound )(?<!abide )(?:by|before|no\s+later\s+than)\s+"
    r"(?:the\s+(?:end|start|middle)\s+of\s+)?$"
)
# A new clause with its own subject and a verb in the present: ", and she can clinch it"
# (or a noun's, in a fixture's present: ", and the sides meet again in the league on")
OWN_PRESENT = re.compile(
    r"(?:,\s+(?:and|but|while)|;)\s+(?:(?:he|she|it|they|we|I|you)\s+"
    r"(?:can|may|might|is|are|has|have|needs?)\b|"
    r"(?:the|its|their|both)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:can|may|might|is|are|"
    r"(?!(?:was|were|had|did)\b)[a-z]+\s+again)\b)"
)


# A word in -ed right after a verb of the future or of an infinitive qualifies its object:
# "will publish detailed guidance", "to release revised figures".
_OBJECT_AFTER = re.compile(
    r"\b(?i:will|shall|would|must|(?:is|are)\s+to|(?:expected|due|set|scheduled|planned|going|"
    r"likely)\s+to|(?:plans?|aims?|intends?|hopes?)\s+to)\s+[a-z]+\s+$"
)
# what one means to have done: "means to have our cabin roofed by the 1st of November"
_HAVE_IT_DONE = re.compile(
    r"\bto\s+(?:have|get)\s+(?:(?:the|a|an|our|his|her|their|its|my)\s+)?[a-z]+\s+$"
)
# "be" and an adverb before a participle: "will be deliberately deorbited in June 2026"
_BE_ADVERB = re.compile(r"\b(?:be|been|is|are|being)\s+[a-z]+ly\s+$")
# a verb ahead and its object, before a participle: "will meet residents affected by"
_VERB_AND_OBJECT = re.compile(r"\b(?i:will|shall|would|must|to)\s+[a-z]+\s+(?:[a-z]+\s+){1,3}$")
_BY_AFTER = re.compile(r"\s+by\b(?!\s+(?:the\s+)?end\b)")
# (or a noun's in an apposition after such a verb, before its preposition: "will launch its
# first range, three coarse mustards made with cider")
_APPOSITION_AFTER = re.compile(
    r"\b(?i:will|shall|would|must|to)\s+[a-z]+\s+[^.;:,]{0,60},\s+(?:[a-z]+\s+){1,3}$"
)
# (the apposition closed by its comma before the date: not "four volunteers praised for
# their bravery in the rescue on Saturday")
_ITS_PREPOSITION = re.compile(r"\s+(?:with|from|of|for|under|to)\b[^.;]*,\s+(?:on|in|from|by)\s")


def a_participle(sentence: str, start: int, end: int) -> bool:
    """Whether the past at ``start``-``end`` of ``sentence`` (a word in -ed, or an irregular
    one) is a participle that qualifies a noun or tells a passive, no past of its own ("will
    publish detailed guidance", "will be deliberately deorbited", "will meet residents
    affected by", "will launch its range, three mustards made with cider, ale and honey,
    on")."""
    return bool(
        _OBJECT_AFTER.search(sentence, max(0, start - 30), start)
        or _BE_ADVERB.search(sentence, max(0, start - 40), start)
        or _HAVE_IT_DONE.search(sentence, max(0, start - 40), start)
        or (
            _BY_AFTER.match(sentence, end)
            and _VERB_AND_OBJECT.search(sentence, max(0, start - 60), start)
        )
        or (
            _ITS_PREPOSITION.match(sentence, end)
            and _APPOSITION_AFTER.search(sentence, max(0, start - 120), start)
        )
    )
