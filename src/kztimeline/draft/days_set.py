"""The words that set a day apart from the day it is told on: a meeting put off or moved
to a day, a hearing remanded to one, an event called for one, a deadline someone was told to
meet, and a notice's state on its days. :mod:`kztimeline.draft.tense` weighs them where
they stand before a date."""

from __future__ import annotations

import re

__all__ = (
    "ARRANGED",
    "ARRANGING",
    "CALLED_OF",
    "CALLED_OFF",
    "CLOSED_HEADING",
    "EVENTS",
    "INVITED_TO",
    "MOVED_ON",
    "MOVED_TO",
    "MOVED_VERB",
    "NAME_S_STATE",
    "REMANDED_TO",
    "SET_FOR",
    "STATE_OF_THE_DAY",
    "TOLD_TO_BY",
)

# A meeting or a hearing put off to a new day: "was adjourned to 22 April", "Continued to
# April 22". The new day is a point still to come when it was set, no bound.
REMANDED_TO = re.compile(r"\bremanded(?:\s+in\s+custody)?\s+(?:to|until)\s+(?:\w+,?\s+){0,3}$")
# A meeting or an event put off or forward: "postponed", "brought forward", "was continued"
MOVED_VERB = (
    r"\b(?:adjourned|postponed|deferred|rescheduled|moved|moves?|put\s+off|pushed\s+back|brought\s+forward|"
    r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<![\w ]))continued)"
    r"(?:\s+(?:again|further|once\s+more))?"
)
MOVED_TO = re.compile(rf"{MOVED_VERB}\s+(?:to|until|till)\s+$", re.IGNORECASE)
# (or with what was moved, or the day it was moved from, between: "moved the meeting to 21
# March", "moved from 6 February to 21 March"; not "moved from their homes until")
MOVED_ON = re.compile(
    rf"{MOVED_VERB}(?:\s+(?:the|its|their|this|our|from(?=\s+(?-i:[\dA-Z])))\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:to|until|till)\s+$"
    # (or a fixture "rearranged to" its new day; not galleries "rearranged from 3 to 14 March")
    r"|\bre-?arranged\s+to\s+$",
    re.IGNORECASE,
)
# a date and its colon, then the state the place is in on it: "24 March to 28 March: closed
# for new lighting" (not a report's "29 October: closed, power cut")
STATE_OF_THE_DAY = re.compile(
    r"[^:;,.]{0,40}?:\s+(?:closed|open|shut)\s+(?:for|to|from|until|all\s+day)\b", re.IGNORECASE
)
# (or a name, its colon, then the state it is in on the days after: "Palm House: closed
# from 7 to 11 April for glass cleaning", "Mill Lane (between Church Street and the A412):
# closed from 11 to 15 November")
NAME_S_STATE = re.compile(
    r"[^:;,.]{2,40}?(?:\s*\([^():;]{1,60}\))?\s*:\s+(?:closed|shut|open|"
    # (or its hours: "Half-term: extended opening, 9am to 7pm, from 15 to 23 February")
    r"(?:extended|reduced|restricted|limited|special|late|early)\s+(?:opening|hours|service)"
    r"(?:,[^:;,]{1,30},)?)\s+(?:from|between|until|on)\s+",
    re.IGNORECASE,
)
# (or a notice's heading, no colon, its run of days right after the state: "Studio closed
# 13-19 October while the floor is sanded"; not "The mill closed in 1962", "Woolworths closed
# 5 January after a century")
CLOSED_HEADING = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?i:closed|shut)\s+"
    r"(?=\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*\d)"
)
EVENTS = (
    r"(?:meetings?|hearings?|votes?|ballots?|sessions?|summits?|talks|conferences?|ceremony|"
    r"match|trials?|elections?|referendum|strikes?|stoppages?|walkouts?|debates?|launch|"
    # (or a warning in force: "has issued a yellow wind warning from 18:00 Thursday")
    r"closures?|warnings?|alerts?)"
)
SET_FOR = re.compile(
    rf"\b{EVENTS}\s+(?P<way>on|for|from)\s+(?:\d{{1,2}}[:.]\d\d\s+)?$", re.IGNORECASE
)
ARRANGING = (
    r"(?:called|announced|set|scheduled|fixed|convened|arranged|planned|confirmed|proposed|"
    r"declared|organised|organized|summoned|issued)"
)
# (or, in the perfect, an event of a body set for a day: "has called a meeting of its
# national delegates for October 21"; not "called a meeting of residents for 12 June, which
# was attended by 200")
CALLED_OF = re.compile(
    rf"\b(?:has|have)\s+{ARRANGING}\s+(?:a|an|the)\s+{EVENTS}\s+of\s+[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,3}\s+(?P<way>for)\s+$",
    re.IGNORECASE,
)
# (or an invitation to it: "Residents have been invited to a public meeting at Tarnside
# village hall on Monday", "are invited to", an event still to come)
# (not another event's day after it, "summoned to a hearing over the brawl on Saturday", nor
# a relative clause's, "Residents who have been invited to the meeting on 3 March said")
INVITED_TO = re.compile(
    r"(?<!\bwho )(?<!\bthat )\b(?:(?:has|have)\s+been|are|is)\s+"
    rf"(?:invited|asked|called|summoned)\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{EVENTS}\b"
    r"(?:(?!\b(?:over|after|about|following|relating|which|that|who|into|held)\b)[^;,]){0,60}$",
    re.IGNORECASE,
)
# A perfect that arranges an event, not one that tells it was held: "has called", "has
# announced" (not "has held", "has attended").
ARRANGED = re.compile(rf"\b{ARRANGING}\b", re.IGNORECASE)
# an event called off or moved, told over: "The strike for Monday was called off"
CALLED_OFF = re.compile(r"\b(?:cancel+ed|called off|postponed|put back|brought forward)\b")
# The deadline of what someone was told to do: "has ordered both sides to restore normal
# operations no later than October 20" lies after the order, not before the text (its
# object's name set off by commas too: "to face his challenger, Ade Okonjo, by March 31")
TOLD_TO_BY = re.compile(
    r"\bto\s+[a-z]+\b(?:[^,;.]|,\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},){0,60}"
    # (its bound set off by a comma: "asked the Authority to report to me, no later than 31 May";
    # not "written to the Council twice, before 3 March")
    r"(?:,\s+(?=no\s+later|not\s+later))?\b(?:by|before|no later than|not later than)\s+"
    r"(?:the\s+(?:end|start|middle)\s+of\s+)?$",
    re.IGNORECASE,
)
