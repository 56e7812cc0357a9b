"""The clause of a sentence that owns a date: the part of the sentence (its dates marked
with :data:`~kztimeline.draft.shapes.OWN` and :data:`~kztimeline.draft.shapes.OTHER`) that
a title is cut from (see :mod:`kztimeline.draft.titles`).

- a relative clause or an appositive that holds the date gives it with the name it
  describes; a participle's phrase, an "among them", a "having" clause, a "when" after a
  date only compared with, the same;
- coordinated clauses are split where each holds its own date, or where the second has only
  a verb, which then takes the subject of the first;
- reported speech gives what was said.
"""

from __future__ import annotations

import re

from kztimeline.draft.compared import told_when
from kztimeline.draft.coordinated import (
    AGAIN_WORDS,
    SERIES_COMMA,
    coordinated_clause,
    next_in_series,
)
from kztimeline.draft.cues import CLOCK, IRREGULAR_PARTICIPLE
from kztimeline.draft.gapping import gapped_title
from kztimeline.draft.layout import ROW_OF_CELLS
from kztimeline.draft.letters import SALUTATION
from kztimeline.draft.pronouns import plural, possessive, pronoun_of
from kztimeline.draft.shapes import (
    AMONG,
    APPOSITIVE,
    BEFORE_DATE,
    EFFECTIVE,
    MARKED_DATE,
    NEVER_PASSIVE,
    OTHER,
    OWN,
    SCHEDULED,
    SUBORDINATE,
    THAT,
    UNTIL_WHEN,
    a_side_s_name,
    without,
)
from kztimeline.draft.subjects import SUBJECT_AFTER_PHRASE, antecedent, subject_of
from kztimeline.draft.verbs import VERB, clausal, verb_start

__all__ = ("WAITED_UNTIL", "own_clause")

_OWN, _OTHER = OWN, OTHER
_DATES = MARKED_DATE
WAITED_UNTIL = re.compile(
    rf"\b(?:was|were)\s+not\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|{IRREGULAR_PARTICIPLE})\b"
    rf"[^,;.]{{0,60}}\b(?:until|till)\s+{_OWN},"
)
"""A passive that waited for its date ("was not authorised until 1792, when ..."): that
date's own fact, told without its "not", rather than the "when" clause after it."""

# a release's news told done on its own day: "\x00 announced that it has completed ...", "said
# \x00 that its board of directors has approved ..."
_SAYS = r"(?:announced|announces|confirmed|confirms|said|says)"
_DONE_NOW = re.compile(
    rf"(?:{_OWN}\s+{_SAYS}|{_SAYS}\s+(?:on\s+)?{_OWN})\s+that\s+"
    r"(?P<body>(?:it|we|they|(?P<owner>its|our|their)\s+(?:[a-z-]+\s+){0,3}[a-z-]+)\s+(?:has|have)\s+"
    r"(?:now\s+)?(?:[a-z]+ed|[a-z]+en|won|sold|bought|built|signed|begun|made)\b.*)"
)
# the name before it: "Nomad Energy (KASE: NMDE) ", "Ostervale A/S, a recycler of cells, "
_RELEASE_S_NAME = re.compile(
    r"([A-Z][\w&.'’/-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?(?:[A-Z][\w&.'’/-]*|plc)){0,6})\s*"
    r"(?:\([^()]*\))?"
    r"\s*(?:,[^,]*,\s*)?$"
)
# a record and who set it when: "the course record of 1:00:02 set by Pieter Vos in 2019"
_RECORD_SET = re.compile(
    r"\b(?P<np>(?:the|an?|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:record|best)"
    r"(?:\s+of\s+[\d:.,]+)?\s+set(?:\s+by\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?)"
    rf"\s+(?:in|on)\s+{_OWN}(?P<by>\s+by\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*)?"
)
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|announced|announces|informs|informed|reported|reports|stated|states|"
    r"recalled|recalls|reminded|reminds|confirmed|confirms|replied|replies|answered|responded|"
    r"(?:told|tell|tells|assure|assured)\s+(?:the\s+)?\w+|noted|notes|added|adds|"
    r"alleged|alleges|alleging|saying|claiming|stating|arguing|declared|declares|stressed|"
    r"stresses|explained|explains|warned|warns|insisted|insists|observed|observes|"
    # (a notice's own: "The Council, in exercise of its powers ..., gives notice that"; or
    # what a complaint says: "received a complaint from Ms Sandhu that the councillor had")
    r"(?:gives|give|gave)\s+(?:public\s+)?notice|"
    # (or a release's: "Varrak Resources Limited is pleased to announce that the first ...")
    r"(?:pleased|delighted|proud|happy)\s+to\s+(?:announce|report|confirm|advise|say|tell\s+you)|"
    r"(?<=Please )(?:note|be\s+aware|be\s+advised)|"  # (or a notice's "Please note that")
    r"(?:(?<=received )|(?<=lodged )|(?<=made ))(?:a\s+)?(?:complaint|allegation)"
    r"(?:\s+(?:from|by)\s+(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w.'’-]*)?(?=\s+that\s))\s+"
    # "noted with concern that", "said in a statement that", "told reporters outside the port
    # gates that"
    r"(?:(?:with|in|at|outside|after)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:\w+\s+){1,3}?"
    r"(?=that\s+(?!(?:evening|night|morning|afternoon|day|week)\b)))?"  # (not "that evening")
    r"(?:(?:on\s+)?(?:" + _DATES + r"|today|yesterday|[A-Z][a-z]+day)\s+)?"
    r"(?:that\s+|(?=(?:a|an|the|its|his|her|their)\s))"
)
# the next report after one, in the same sentence: ", adding that the depot should be ready"
_THEN_REPORTED = re.compile(r",\s+(?:adding|saying|noting)\s+that\s+")
_HE = re.compile(r"(?:he|she|it|they|we|I|his|her|its|their|our|my|your)\b", re.IGNORECASE)
_WORDED = re.compile(r"[A-Za-z]{2}")  # a cell or a piece with words, not only figures
_CLOCK_TIMES = re.compile(
    rf"\s*{CLOCK}(?:\s*(?:&|,|and|to|[-–])\s*{CLOCK})*\s*"
)  # "2.30pm & 7.30pm"
_AGAIN = re.compile(rf"\b(?:{AGAIN_WORDS}|also|then)\b")
# (not what was done "when", to its end: "again in 1403, when a royal army held it"), nor what
# went with the first time only ("besieged in 1321, during the revolt of ..., and again in")
_AGAIN_WHEN = re.compile(rf"^(\s*(?:and\s+)?(?:{AGAIN_WORDS})\b[^,]*),\s+when\s[^,;{_OWN}]*$")
_THAT_TIME = re.compile(r",\s+(?:during|in|amid|after|when|while|following)\s[^,]*")
_STRONG = re.compile(
    # (not a second phrase of one verb: "reported to her supervisor, and to the state agency,
    # that ...")
    # (or a decision's lettered item: "has decided: (a) the terminal hour is reduced")
    r";\s+|\s+[–—]\s+|(?:(?<=decided)|(?<=resolved)|(?<=directed)):\s+\([a-h]\)\s+(?=[^;]*\x00)|"
    r",\s+(?:and|but|while|whereas|yet|then|and then)\s+"
    r"(?!(?:to|for|with|from|by)\s+[\w\s'’-]{1,40},)|"
    # "..., the same year it was given the status": a date opening a clause of its own.
    r",\s+(?=[\x00\x01]\s+(?:it|he|she|they|we|the|a|an|its|his|her|their)\s)"
)

_OPENING_PARTICIPLE = re.compile(
    # not a field's label ("Exhibited: 'Pewter of the Baltic', 2 April 1988"), nor a name
    # that opens on an adjective in -ed ("Mixed Foursomes, Greensomes: Sun 9 August"), nor
    # an adjective before its noun and verb ("Occupied nests were counted on 14 March, ...")
    r"^(?P<part>(?:[A-Z][a-z]+ed|Born|Built|Set up|Founded)\b(?!\s*:|\s+[A-Z][a-z])"
    r"(?!\s+(?:[a-z-]+\s+){0,2}(?:was|were|is|are|has|have|had)\b)[^,]{0,80}),"
    r"\s+(?P<rest>.+)$"
)
# what opens a phrase after an opening participle's, with no subject of its own: ", with its
# tower added in 1920,", ", including new heated floors"
_NO_SUBJECT_AFTER = re.compile(r"(?:including|with|which|where|and|but|for|to|as|according)\b")
_ARTICLES = ("The", "A", "An", "Its", "Their", "His", "Her")
# What a participle takes after it (a preposition, a date, "by", an adverb), where a past
# tense takes its object ("closed two branches", "suspended milk collection").
_TAKEN = re.compile(
    r"(?:(?:first|originally|later|newly|also)\s+)?\S+\s*(?:$|,|[\x00\x01]|c\.|ca\.|(?:in|on|at|"
    r"by|from|during|for|as|with|after|before|under|near|around|about|circa|into|to|of|"
    r"since|until|and|or|then|also|[a-z]+ly)\b)"
)


# What a colon's clause may not open on to stand alone: a date or a pronoun ("said: Today
# is ...", "her birth: she was born on ..."); nor may a speech's verb come before it.
_SERIES = 4  # how many verbs of a series are parted, one at a time
_OWN_SUBJECT = re.compile(
    rf"[\"“‘]?(?:{_DATES}|(?i:he|she|it|they|we|i|our|its|their|his|her|my)\b)|\([a-z0-9]{{1,4}}\)"
)
_SAID = re.compile(r"\b(?:said|says|told\s+\w+|added|wrote|explained|announced|declared)\s*$")


# A title its subject held, set off by commas after it: "The Panthers, champions in 2019,"
_TITLE_HELD = re.compile(
    r"(?P<who>(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?P<np>(?:[a-z]+\s+)?champions)"
    r"\s+(?P<when>(?:in\s+)?[\x00\x01](?:(?:,\s*|\s+and\s+)[\x00\x01])*),"
)  # (the dates alone: not "a winner of the X on 4 May", "champions in 2019 until ... 2020")


def own_clause(text: str) -> str:
    """The part of ``text`` (dates marked) that the own date belongs to."""
    colon = text.rfind(": ", 0, max(text.find(_OWN), 0))
    if (
        colon > 0
        and clausal(text[:colon])
        and clausal(text[colon + 2 :])
        and not _SAID.search(text, 0, colon)
        and not _OWN_SUBJECT.match(text, colon + 2)
    ):
        text = text[colon + 2 :]  # "I found the old logbook: the first hut was built in 1911"
    listed = re.search(
        rf"(?:^|[,:;]\s+|\s+and\s+)(?P<item>[^,:;()]{{2,60}}?)\s*\((?:since|from|until|c\.|"
        rf"(?P<part>[a-z]+ed|built|born|begun|founded|Established|Founded|Built))?\s*{_OWN}\)",
        text,
    )
    founded = re.match(
        rf"(?P<item>[^,:;()]{{2,60}}?),?\s+(?:Est\.|EST\.|Established|Founded)\s*{_OWN}$",
        text,
    )
    if founded is not None:
        return f"{founded['item']} was founded"  # a masthead's "THORNBY CRICKET CLUB Est. 1868"
    if listed is not None and listed["part"]:
        return f"{listed['item']} was {listed['part'].lower()}"  # "The dam (completed 2005)"
    if listed is not None:
        return listed["item"]  # "A. Omarov (1991-1999), B. Sadykov (1999-2010)": each its own
    ended = UNTIL_WHEN.search(text) or re.search(
        rf"\b(?:until|till),?\s+(?:in|on)\s+{_OWN},\s+(?P<body>[^,;]+)", text
    )  # "it was housed above the cloister until, in 1873, it moved into the Deanery"
    if ended is not None and (waited := WAITED_UNTIL.search(text)):
        main = text[: ended.start("body")].rstrip(" ,").removesuffix("when").rstrip(" ,")
        return main[: waited.start()] + re.sub(r"\s+not\b", "", main[waited.start() :], count=1)
    if ended is not None and clausal(ended["body"]):
        return ended["body"]  # "It ground grain until 1911, when a flood broke the dam"
    ahead = re.search(
        r"\b(?:ahead\s+of|in\s+time\s+for)\s+(?:the|their|its|his|her)\s+(?P<np>[^,;]{1,60}?)\s+"
        rf"(?:on|in)\s+{_OWN}",
        text,
    )
    if ahead is not None and not clausal(ahead["np"]):
        return f"the {ahead['np']}"  # "open on 2 December, ahead of their launch on 15 March"
    compared = text.find(_OWN)
    told = told_when(text[:compared], text[compared + len(_OWN) :]) if compared >= 0 else None
    if told is not None:
        # "the first outbreak since February 2021, when geese were found ill"; "Kingsmoor
        # had not lost since December 7, when they went down at Felton": who "they" are
        subject = subject_of(text[:compared])
        they = re.match(r"(?:he|she|they|it)\b", told)
        return f"{subject}{told[they.end() :]}" if they and subject else told
    intro = SUBORDINATE.match(text)
    body, main = (intro["body"], text[intro.end() :]) if intro else ("", "")
    # (nor a phrase: "After the fall of X the garrison left", "After ... 3 March, an oblique view")
    phrase = SUBJECT_AFTER_PHRASE.match(text) or (re.match(r"an?\s", main) and not clausal(main))
    if _OWN in body and (clausal(body) or _OTHER in main) and not phrase:
        return body  # "Since it was set up in 2012, it...", "After a fire on 3 May, ... in June"
    having = re.search(
        r",\s+(?:(?:its|their|his|her|the)\s+(?P<noun>[a-z]+)\s+)?having\s+"
        r"(?P<body>(?:[a-z]+ly\s+|also\s+)?(?P<verb>[a-z]+)\b[^,;]*)",
        text,
    )
    if having is not None and _OWN in having["body"]:
        # "They will enter the qualifiers, having reached the group stage in 2015"; a
        # participle that is no past, with its "had": "having also taken the title in 2017";
        # a subject of its own: "..., its intention having first been advertised on"
        subject = f"The {having['noun']}" if having["noun"] else None
        subject = subject or subject_of(text[: having.start()]) or pronoun_of(text)
        had = "" if having["verb"].endswith("ed") else "had "
        if subject is not None:
            return f"{subject} {had}{having['body']}"
    opening = _OPENING_PARTICIPLE.match(text)
    if opening is not None:
        # "Founded in 1998 as a lender, Altyn Bank moved...": two facts, one subject.
        if _OWN not in opening["part"]:
            if re.fullmatch(rf"\W*(?:(?:c|ca)\.|about|around|by|in)?\s*{_OWN}\W*", opening["rest"]):
                return opening["part"]  # "Commissioned by Pieter Hooft, c. 1655;": the part
            return own_clause(opening["rest"])
        # (past a phrase with no subject: "Built in 1850, to a design by Pugin, the church";
        # none after it: "Closed since 17 March for a refurbishment, including new heated
        # floors", where "new" had been read as the subject of "heated")
        rest = opening["rest"]
        if _NO_SUBJECT_AFTER.match(rest):
            rest = rest.split(", ", 1)[1] if ", " in rest else ""
        subject = subject_of(rest) or pronoun_of(rest) if rest else None
        if subject is not None:
            part, be = opening["part"], "were" if a_side_s_name(subject) else "was"  # "the Hawks"
            return f"{subject} {be} {part[:1].lower() + part[1:]}"
    held = _TITLE_HELD.match(text)
    if held is not None and _OWN in held["when"]:  # "The Panthers, champions in 2019 and 2022,"
        return f"{held['who']} {'were' if plural(held['who']) else 'was'} {held['np']}"
    listed = AMONG.search(text)
    if listed is not None and _OWN in listed["body"] and clausal(listed["body"]):
        return listed["body"]  # "300 objects, among them pieces found near Issyk in 1969"
    appositives: list[re.Match[str]] = []
    for match in APPOSITIVE.finditer(text):
        if match["part"] and appositives and match.start() == appositives[-1].end():
            continue  # "The shaft, sunk in 1974, produced...": the verb after an appositive
        if match["part"] and not match["kind"] and not _TAKEN.match(match["part"]):
            continue  # "Orbis, the Almaty bank, closed two branches": a verb and its object
        left = text[: match.start()].rstrip()
        series = re.search(r"\s[\x00\x01]$", left) and next_in_series(left, match["part"] or "-")
        if match["part"] and series:
            continue  # "was founded in 1901, moved to Leeds in 1920,": the series' next verb
        appositives.append(match)
    for match in appositives:
        if _OWN in match.group():
            body = match["body"] if match["rel"] else match["part"]
            if match["rel"] == "where":
                return body
            # ", the latest setback for a company whose shares ...": the noun before "whose"
            inner = text[match.start() : match.start("rel")] if match["rel"] else ""
            last = list(re.finditer(r"\b(?:the|a|an|its|his|her|their)\s+", inner))
            inner = inner[last[-1].start() :].strip() if last else ""
            if re.search(r"\bof$", inner):
                # "its mills, the last of which closed in 1978": the last of the mills
                whole = antecedent(without(text[: match.start()], appositives))
                whole = re.sub(r"^(?:The|A|An|Its|Their)\b", lambda m: m[0].lower(), whole)
                inner = f"{inner} {whole}"
            named = (
                match["kind"] or inner or antecedent(without(text[: match.start()], appositives))
            )
            named = named.strip()
            if match["rel"] == "whose":
                return f"{possessive(named)} {body}"  # "X, whose songs were sung in 1967,"
            if _OTHER in body and (match["part"] or match["rel"] in ("which", "who")):
                # "The plant, built in 1957 and privatised in 1996,": each participle its own;
                # "the line, which the Government approved in 2019 and which opened in May
                # 2024": each relative clause
                and_ = r",?\s+and\s+" if match["part"] else r",?\s+and\s+(?:which|who)\s+"
                body = next((part for part in re.split(and_, body) if _OWN in part), body)
            if match["part"] and not re.match(r"(?:was|were)\b", body):
                # "The shaft, sunk in 1974, produced...": a passive, as the shaft was sunk.
                return f"{named} {'were' if plural(named) else 'was'} {body}"
            # "which users had requested": the verb the object goes after is the participle.
            verb = re.search(rf"{VERB.pattern}(?:\s+(?:[a-z]+ed|{IRREGULAR_PARTICIPLE})\b)?", body)
            if match["rel"] == "which" and verb and verb.start() and not verb_start(body):
                # "the float, which the president announced on 20 August": the float is the
                # object, put after the verb.
                thing = named[:1].lower() + named[1:] if named.split()[0] in _ARTICLES else named
                return f"{body[: verb.end()]} {thing}{body[verb.end() :]}"
            return f"{named} {body}"
    text = without(text, appositives)
    effective = EFFECTIVE.search(text)
    if effective is not None and not clausal(effective["thing"]):
        if effective["mark"] == _OWN:
            return effective["thing"]  # "its results and the appointment of X, effective 1 June"
        if _OWN in text[: effective.start()]:
            text = text[: effective.start()]  # "a loss in 2015 and the closure of X, effective..."
    reported: re.Match[str] | None = _REPORTED_THAT.search(text)
    # (or a later one, not of "he", nor an aside: "..., adding that the depot should be ready")
    own_at = text.find(_OWN)
    then = list(_THEN_REPORTED.finditer(text, 0, max(own_at, 0)))
    later = bool(then) and (reported is None or then[-1].start() > reported.end())
    later = later and ", that " not in text[then[-1].end() : own_at]  # (no aside)
    if later and not _HE.match(text, then[-1].end()):
        reported = then[-1]
    said = text[reported.end() :] if reported is not None else ""
    cut_at = _THEN_REPORTED.search(said)  # (its own words end at the next one, before the date)
    said = said[: cut_at.start()] if cut_at and _OWN in said[: cut_at.start()] else said
    # "said the bank would cut rates on 5 May" is reported speech; "reported a loss in
    # 2015", "added a quay in 1925", with no verb before the date, is the verb's own object.
    if (
        reported is not None
        and _OWN in said
        and (reported.group().rstrip().endswith("that") or clausal(said[: said.find(_OWN)]))
    ):
        text = said  # "announced that it will launch flights from 2 June"
    done = _DONE_NOW.search(text)
    who = _RELEASE_S_NAME.search(text, 0, done.start()) if done else None
    # ("they" only for two names: "Orbisat S.A. and Telvana Holdings plc")
    if done and (not done["body"].startswith("they") or (who and " and " in who[1])):
        # "X today announced that it has completed its acquisition of"
        name = possessive(who[1]) if who and done["owner"] else who[1] if who else None
        return (
            re.sub(r"^(?:its|our|their|it|we|they)\b", name, done["body"]) if name else done["body"]
        )
    record = _RECORD_SET.search(text)
    if record is not None:
        # "breaking the course record of 1:00:02 set by Pieter Vos in 2019", "the record set
        # in 2018 by Scotland's Ailsa Reid"
        return record["np"] + (record["by"] or "")
    that = THAT.search(text) or SCHEDULED.search(text)
    if that is not None and re.match(r"(?:held|signed|opened)\b", that["body"]):
        # (a past of the main verb when no verb comes before it: "The new shop in the old
        # mill opened in 2019", not "the treaty in the hall signed on 4 May")
        that = that if VERB.search(text, 0, that.start()) else None
    if that is not None:
        name = that["name"]
        # "season tickets on the Astana-Burabay line that were sold": a plural verb after a
        # singular noun belongs to the plural noun the phrase hangs from.
        if re.match(r"(?:were|are|have)\b", that["body"]) and not re.search(r"s\s*$", name):
            owner = re.search(
                r"(?:\b(?:the|its|their)\s+)?(?:\b[a-z][\w'’-]*[^s\W]\s+)?\b[a-z][\w'’-]+s\s+"
                r"(?:on|of|in|at|for|from)\s+$",
                text[: that.start("name")],
            )
            if owner is not None:
                name = owner.group() + name
        return f"{name}{that['body']}"
    pieces = _STRONG.split(text)
    # (a row's hour names nothing: "Thu 6 Mar 2025 – 7.30pm – The Glass Orchard – Cancelled")
    row = ROW_OF_CELLS.search(text) is not None
    hours = [piece for piece in pieces if row and _CLOCK_TIMES.fullmatch(piece)]
    if len(hours) > 1 or _OTHER in text or all(p in hours or _OWN in p for p in pieces):
        hours = []  # (one: not a row of its day and hours, "Mon 9 June – 9am – 5pm", nor two)
    pieces = [piece for piece in pieces if piece not in hours]
    index = next((number for number, piece in enumerate(pieces) if _OWN in piece), None)
    clause = text if index is None else pieces[index]
    dashes = text.count(" – ") - len(hours)  # (each hour's cell set off by its own dash)
    one_row = row and dashes == 2 and "\n" not in text
    named_row = one_row and _WORDED.search(pieces[0]) is not None
    if (
        index is not None
        and index + 1 < len(pieces)
        and not _WORDED.search(BEFORE_DATE.sub("", clause))
    ):
        # "16 December 1991 – Kazakhstan declares independence"; past an hour's cell too
        # ("12-Jul-2025 – 04:10 – Fire reported under control; four pumps remain")
        worded = (piece for piece in pieces[index + 1 :] if _WORDED.search(piece))
        clause, named_row = next(worded, pieces[index + 1]), named_row and index == 1
    elif index and not _WORDED.search(
        _AGAIN.sub("", BEFORE_DATE.sub("", _AGAIN_WHEN.sub(r"\1", clause))),
    ):
        # "Kanat Ermekov – 1962–1979": a table row's name; "asked on 11 October, and again
        # two weeks later": the same verb again
        clause = _THAT_TIME.sub("", pieces[index - 1])
        named_row = named_row and index == 2
    else:
        named_row = False
    # (or its date first, then what it names, then what is done to it: "Friday 14 March
    # 2025 – Main pool – Closes at 18:00 for club training")
    date_first = one_row and index == 0 and clause == pieces[1] and not VERB.search(clause)
    if date_first and verb_start(pieces[2][:1].lower() + pieces[2][1:]):
        named_row, pieces, clause = True, pieces[1:], pieces[2]
    if named_row:
        # a table's row of three, what its first cell names and what is done to it: "Main
        # pool – Mon 3 March to Fri 7 March – Drain-down", "Holm Lane – Closes – 28 February"
        clause = f"{pieces[0]}: {clause}"
    # "In February 2010, Kazakhstan presented and defended...": a date in the opening phrase
    # dates the whole clause.
    dated_opening = re.match(r"[^,]{0,60}" + _OWN + r"[^,]{0,40},", clause) is not None
    if (gapped := gapped_title(clause)) is not None:
        return gapped  # "a lead smelter opened in 1934 and an oil refinery in 1985"
    # "A reaction wheel failed in 2017, and a second in 2021": the second is of the same
    # kind and did the same ("The first aircraft will be delivered in 2028, and the last no
    # later than 31 March 2032": the last, what will be done)
    ordinal = re.match(
        r"(?:(?P<article>an?|the)\s+)?(?P<nth>second|third|fourth|another|last|final)\s+"
        rf"(?:in|on|by|before|no\s+later\s+than)\s+{_OWN}\W*$",
        clause,
    )
    before_it = pieces[index - 1] if index else ""
    kind = re.match(
        r"(?:An?|The)\s+(?:(?P<first>first|second|third)\s+)?(?!and\b)(?P<noun>[^,;]+?)\s+(?P<verb>"
        r"(?:(?:will|would|was|were|is|are|has|have|had)\s+(?:be\s+|been\s+)?)?[a-z]+ed)\b",
        before_it,
    )
    # (the last of the subject's kind: not "played its first gig in 1961, and the last in 1963")
    if ordinal and kind and (kind["first"] or ordinal["nth"] not in ("last", "final")):
        article = "" if ordinal["nth"] == "another" else f"{ordinal['article'] or 'a'} "
        return f"{article}{ordinal['nth']} {kind['noun']} {kind['verb']}"
    # a series of one subject's verbs, each its own ("was launched on 14 September 2022,
    # entered lunar orbit on 2 October and reached its mapping orbit two weeks later")
    for _ in range(_SERIES):
        split = coordinated_clause(clause, dated_opening=dated_opening)
        series = SERIES_COMMA.search(clause) is not None  # (only a series parts again)
        if split is clause:
            break
        clause = split
        if not series:
            break
    if clause is not pieces[0] and verb_start(clause):
        # "he taught himself ... and entered the conservatory in 1959": a pronoun is carried
        # too, for the name it stands for to replace it.
        # "I found the old logbook: the first hut was built in 1911 and burned down in 1957":
        # the clause after a colon has a subject of its own
        first = SALUTATION.sub("", pieces[0].rsplit(": ", 1)[-1], count=1)  # not "Dear Tom,"
        head = first[: max(first.find(clause), 0)] or first  # (the subject before the clause)
        subject = subject_of(head) or subject_of(first) or pronoun_of(first)
        participle = rf"(?:[a-z]+(?:ed|en|wn)|{IRREGULAR_PARTICIPLE})\b"
        passive = re.search(rf"\b(?P<be>was|were)\s+(?:\w+ly\s+)?{participle}", first)
        if (
            subject
            and passive
            and re.match(
                rf"\s*(?!{NEVER_PASSIVE}){participle}\s*(?:$|{_DATES}|(?:in|on|by|at)\b)", clause
            )
        ):
            subject = f"{subject} {passive['be']}"  # "was adopted in 1995 and amended in 1998"
        if subject is not None:
            clause = f"{subject} {clause.lstrip()}"
    return clause
