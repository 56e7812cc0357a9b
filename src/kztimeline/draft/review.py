"""What a reader should check in a draft: dates completed from their context, plans, titles
that could not be read from the sentence, and expressions that could not be dated at all."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from kztimeline.draft.facts import Citation
from kztimeline.draft.grouping import DraftEvent

__all__ = ("PLANNED", "UNTITLED", "notes_of", "summary")

PLANNED = "planned"
"""The note of a date the text looks forward to: drafted as ``status = "tentative"``."""

UNTITLED = "title to write: no clause of the sentence names the fact"

# The note's first words, for the summary: "year from 2014-08-06, ..." is a year from a date
# named before.
_REASONS = (
    ("year from the publication date", "year from the publication date"),
    ("year from", "year from a date named before"),
    ("weekday resolved against the dated heading", "weekday resolved against a dated heading"),
    ("date resolved against the dated heading", "relative date resolved against a dated heading"),
    ("weekday resolved", "weekday resolved against the publication date"),
    ("date resolved", "relative date resolved against the publication date"),
    ("dated by the publication day", "dated by the publication day"),
    ("year of the publication date", "year of the publication date"),
    ("month of the publication date", "month of the publication date"),
    ("a decision in the present tense", "a decision in the present, dated by the text"),
    (PLANNED, "planned, not yet past"),
    ("title to write", "title to write"),
)


def notes_of(event: DraftEvent) -> tuple[str, ...]:
    """How the event's date was found when it was not written in full, and what else to
    check, one note each, in a stable order."""
    lead = event.lead
    notes = [*lead.notes]
    if lead.planned:
        notes.append(PLANNED)
    if lead.untitled:
        notes.append(UNTITLED)
    return tuple(dict.fromkeys(notes))


def _reason(note: str) -> str:
    return next((reason for start, reason in _REASONS if note.startswith(start)), note)


def summary(
    notes: Mapping[str, Sequence[str]], events: int, dropped: Sequence[Citation]
) -> list[str]:
    """Lines for standard error: how many of ``events`` need a look and why, then each
    expression that could not be dated without a publication date."""
    flagged = [event_notes for event_notes in notes.values() if event_notes]
    lines: list[str] = []
    if flagged:
        reasons = Counter(_reason(note) for event_notes in flagged for note in event_notes)
        why = "; ".join(f"{count} {reason}" for reason, count in sorted(reasons.items()))
        lines.append(f"{len(flagged)} of {events} drafted events need a look: {why}.")
    if dropped:
        noun = "expression" if len(dropped) == 1 else "expressions"
        lines.append(
            f"{len(dropped)} date {noun} left out, with nothing to count from (a publication "
            "date, --published, or a date named before):"
        )
        lines += [
            f'  {citation.source_id}, line {citation.line}: "{citation.quote}"'
            for citation in dropped
        ]
    return lines
