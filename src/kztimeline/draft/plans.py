"""What a plan told carries on to the dates after it.

A date that takes its year from a plan is a plan too, unless its sentence tells of the
past ("The festival will take place from 5 to 9 August 2025. ... Tickets go on sale on 1
June"); so is an entry under a programme's day that lies inside the days of an event told
as coming ("Twenty-four rinks will take part in the bonspiel from 16 to 18 January 2026"
over "Friday 16 January / 17:00 Welcome reception"). :class:`~kztimeline.draft.anchors.
Anchors` keeps the last such run of days as the text is read.
"""

from __future__ import annotations

from dataclasses import replace

from kztimeline.draft.mentions import Mention
from kztimeline.draft.tense import Tense, tense_of

__all__ = ("planned_by_thread", "within_a_plan")


def planned_by_thread(mentions: list[Mention], from_plan: bool, sentence: str) -> list[Mention]:
    """``mentions``, with a date that took its year from a plan marked planned itself when
    its sentence does not tell of the past ("Tickets go on sale on 1 June")."""
    if not from_plan or tense_of(sentence) is Tense.PAST:
        return mentions
    return [
        replace(mention, planned=True)
        if any("the date named before it" in note for note in mention.notes)
        # "has been under way since 2 June and will be finished before ...": begun already
        and not mention.value.endswith("/..")
        else mention
        for mention in mentions
    ]


def within_a_plan(day: str, run: str | None) -> bool:
    """Whether ``day`` (a heading's, "2026-01-17") lies inside ``run``, the last run of
    days told as a plan ("2026-01-16/2026-01-18"), if any."""
    if run is None:
        return False
    first, _, last = run.partition("/")
    return first <= day.split("/")[0] and day.split("/")[-1] <= last
