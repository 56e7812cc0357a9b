"""A day of the month told as "the Nth" alone, without its month: what stands around it
that makes it a day (see the "anchored" shape of :mod:`kztimeline.draft.relative`, which
counts it from the date named before), not a hole, an inning or a rank."""

from __future__ import annotations

from kztimeline.draft.cues import ORDINAL

__all__ = ("BEFELL_OF", "BEFORE_AN_ERRAND", "FIXED_FOR", "OPENING_ITS_SENTENCE")

# What befell on a day of the month: "the Storm of the 27th", "your letter of the 3rd"
_BEFELL = ("storm", "gale", "flood", "fire", "frost", "meeting", "letter", "night")
BEFELL_OF = "|".join(rf"(?<=\b[{w[0].upper()}{w[0]}]{w[1:]} of )" for w in _BEFELL)
"""Lookbehinds, one a word, for what befell on the day after it."""

FIXED_FOR = "|".join(
    rf"(?<=\b{tense} {verb} for )"
    for verb in ("fixed", "set", "arranged")
    for tense in ("is", "been")
)
"""A day a thing is fixed for while it still is: "the sale is fixed for the 16th" (not "was
set for the 12th, but was cancelled")."""

OPENING_ITS_SENTENCE = (
    r"^On\s+the\s+(?P<nth_o>[1-9]|[12]\d|3[01])" + ORDINAL + r",?(?=\s+(?:I|we|my|our)\s)"
    r"(?![^.;]*\b(?:hole[ds]?|putt(?:ed|s)?|birdie[ds]?|bogey(?:ed|s)?|eagle[ds]?|tee|fairway|"
    r"bunker|green|water|burn|bounds|chipped|pitched|par|innings?)\b)"
)
"""A letter's "On the 15th I sent you ...": a day opening its sentence before its writer
(not a hole's: "On the 17th he found the water", "On the 18th we holed out")."""

# Who comes or goes on a day for an errand
_COMING = ("coming", "going", "calling")  # (not a habit's: "Smith comes on the 8th to bowl")
BEFORE_AN_ERRAND = (
    "(?:"
    + "|".join(rf"(?<=\b{verb} on )" for verb in _COMING)
    + r")the\s+(?P<nth_g>[1-9]|[12]\d|3[01])"
    + ORDINAL
    + r"(?=\s+to\s+[a-z]{3,}\b)"
)
"""A visit's day, its errand after it: "The inspector is coming on the 10th to count the
acres"."""
