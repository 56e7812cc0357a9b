"""What a plan told carries on to the dates after it.

A date that takes its year from a plan is a plan too, unless its sentence tells of the
past ("The festival will take place from 5 to 9 August 2025. ... Tickets go on sale on 1
June"); so is an entry under a programme's day that lies inside the days of an event told
as coming ("Twenty-four rinks will take part in the bonspiel from 16 to 18 January 2026"
over the rows "Friday 16 January / 17:00 Welcome reception").
:class:`~kztimeline.draft.anchors.Anchors` keeps the last such run of days
(:func:`plan_s_run`) as the text is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kztimeline.dates import PartialDate
from kztimeline.draft.mentions import Mention, names_a_day, names_a_run_of_days
from kztimeline.draft.resolve import NAMED_BEFORE
from kztimeline.draft.sentences import Sentence
from kztimeline.draft.tense import Tense, tense_of

__all__ = ("a_plan_s_entry", "heads_plans", "plan_s_run", "planned_by_thread", "within_a_plan")


def planned_by_thread(
    mentions: list[Mention],
    from_plan: bool,
    sentence: str,
    listed: bool = False,
    reference: date | None = None,
) -> list[Mention]:
    """``mentions``, with a date that took its year from a plan marked planned itself when
    its sentence does not tell of the past ("Tickets go on sale on 1 June"); every day of an
    entry ``listed`` under a plan's lead (:func:`a_plan_s_entry`) too, when not before the
    day the text counts from (``reference``): not a year of a thing's past, "a ration book from
    1942", nor "the lease of the mill, dated 25 March 1827" in a sale's list of 2025."""
    if not (from_plan or listed) or tense_of(sentence) is Tense.PAST:
        return mentions
    if listed:
        firsts = [m.value.split("/")[0].strip(".~?") for m in mentions]
        ahead = [
            names_a_day(d) and (reference is None or d >= reference.isoformat()) for d in firsts
        ]
        return [replace(m, planned=True) if a else m for m, a in zip(mentions, ahead, strict=True)]
    return [
        replace(mention, planned=True)
        if _year_from_before(mention)
        # "has been under way since 2 June and will be finished before ...": begun already
        and not mention.value.endswith("/..")
        else mention
        for mention in mentions
    ]


# An entry of a list, by its mark: "(a) Mill Lane ...", "ii) Station Road ...", "3. The bridge"
_ENTRY_MARK = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[).]\s")


def a_plan_s_entry(lead: str, sentence: str, item: bool) -> bool:
    """Whether ``sentence`` (a list's ``item``, or marked as one) is an entry of the list
    that ``lead`` opens with its colon and tells as a plan: "THE EFFECT OF THE ORDER will be
    to prohibit any vehicle from proceeding in:" over "(a) Mill Lane, ... from 3 November
    2025 until 14 November 2025;"."""
    return (
        lead.endswith(":")
        and (item or _ENTRY_MARK.match(sentence) is not None)
        and tense_of(lead) is Tense.FUTURE
        and _SHOWN.search(lead) is None
    )


# what a lead shows, not what it will do: "Highlights will include:", "The talk will cover:"
_SHOWN = re.compile(
    r"\b(?:include|feature|cover|show|display|honour|honor|hear|contain|list|recall|"
    r"comprise|describe|mark|celebrate|remembers?|explore|look\s+at)\s*:\s*$",
    re.IGNORECASE,
)


def heads_plans(
    day: str, mentions: Sequence[Mention], from_plan: bool, year: PartialDate | None, after: bool
) -> bool:
    """Whether a dated heading (``day``, read as ``mentions``) heads plans, its year taken
    from a plan (``from_plan``; ``year``, the date that gave it): "Wednesday 2 October"
    under "will meet from 2 to 4 October". Not a log's day after a day expected, nor its
    next day before the day planned: only the first heading, or one ``after`` a planned
    one (not a diary's "Fri. 16 Jan." after "Dr Pryce is to come on the 8th")."""
    return (
        from_plan
        and any(map(_year_from_before, mentions))
        and (year is None or day >= year.first_day.isoformat())
        and after
    )


def within_a_plan(day: str, run: str | None, below: Sequence[Sentence]) -> bool:
    """Whether ``day`` (a heading's day or run of days, "2026-01-17") lies inside
    ``run``, the last run of days told as a plan ("2026-01-16/2026-01-18"), and heads a
    programme's rows (``below``, the sentence under it, an entry of a list: "17:00 Welcome
    reception"); a diary's prose under its day is written after the day, whatever was
    planned for it."""
    if run is None or not below or not below[0].item:
        return False
    first, _, last = run.partition("/")
    start, _, end = day.partition("/")
    return first <= start and (end or start) <= last


def plan_s_run(mentions: Sequence[Mention]) -> str | None:
    """The last run of whole days that ``mentions`` tell as a plan ("will take part in the
    bonspiel from 16 to 18 January 2026": ``2026-01-16/2026-01-18``), if any."""
    runs = [m.value for m in mentions if m.planned and names_a_run_of_days(m.value)]
    return runs[-1] if runs else None


def _year_from_before(mention: Mention) -> bool:
    """Whether ``mention`` took its year from the date named before it (its note says so)."""
    return any(NAMED_BEFORE in note for note in mention.notes)
