"""When "today" means these days rather than the day of the text: "her maps are still used
today", "Today the mill houses a museum", "today about a third of the bicycles we build leave
the country", "Today our lines go to ... around the world"; not a day's news ("ACME today
announces its results", "today half of the staff walked out")."""

from __future__ import annotations

import re

from kztimeline.draft.verbs import clausal

__all__ = ("nowadays", "of_these_days")


# "her maps are still used today": a state that goes on.
_STILL = re.compile(r"\b(?:still|even|to this day)\b[^,;.]{0,60}$")
# "opened in 1934 and today cares for 900 animals", "Today the mill houses a museum", "today
# about a third of the bicycles we build leave": a state of these days, told in the present
# of a verb of being, having or holding, or a share of what is made; "ACME today announces"
# and "today half of the staff walked out" are news.
_STATE_OF_THESE_DAYS = re.compile(
    r",?\s+(?:(?:about|around|nearly|almost|some)\s+)?(?:a\s+(?:third|quarter|fifth)|half|most|"
    r"two-thirds|three-quarters)\s+of\s+(?:the|our|its|their)\s+[\w -]{1,30}?\s(?:we|they)\s+"
    r"(?:make|build|sell|grow|produce|catch|brew|print)\b|"
    r",?\s+(?:we|they)\s+(?:employ|produce|supply|own|operate)\b|"  # (not "the supply teachers")
    # what a maker makes goes far: "Today our lines go to sailing ships ... around the world"
    # (not "today the baton goes to schools all over the country")
    r",?\s+(?:our|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:go(?:es)?\s+to|(?:is|are)\s+sold\s+(?:to|in))"
    r"(?=[^.;]{0,80}\b(?:around|all\s+over|across)\s+the\s+(?:world|country|globe)\b)|"
    r",?\s+(?:(?:the|its|this|our|their)\s+(?:[\w'’-]+\s+){0,3}?|[A-Z][\w'’-]*\s+|"
    r"(?:we|they)\s+)?"
    # not of a day's news: "Apple today holds its meeting", "Smith today stands trial"; a
    # count held is a state ("Today we have fewer priests"; "Today there are 300 flights
    # cancelled" is the day's news)
    r"(?:ha(?:s|ve)(?=\s+(?:some|more|fewer|less|only|just|over|about|around|"
    r"nearly|almost|\d)\b)|houses|serves|"
    r"cares\s+for|employs|remains|lies|covers|owns|operates|produces|supplies|contains|"
    r"attracts|welcomes|belongs|survives|counts|numbers|boasts|manages|looks\s+after)\b"
)


# A heading of these days: "Valdemora today", "The club today", "Brell clocks today".
_HEADING = re.compile(r"(?:(?:[A-Z][\w'’-]*|the|our|its)\s+){1,4}(?:[a-z]+s\s+)?[Tt]oday")


def nowadays(sentence: str, start: int, end: int) -> bool:
    """Whether "today" at ``start:end`` of ``sentence`` means these days, not the day."""
    return bool(
        _STILL.search(sentence, 0, start)
        or _STATE_OF_THESE_DAYS.match(sentence, end)
        # (a heading, no clause: not a log's "Nurse visited today")
        or (_HEADING.fullmatch(sentence) and sentence[0].isupper() and not clausal(sentence))
    )


_TODAY = re.compile(r"\b[Tt]oday\b")


def of_these_days(sentence: str) -> bool:
    """Whether ``sentence`` tells of these days ("Today we have fewer priests, and since
    January ..."): the time it is in is the publication's, whatever was told before."""
    return any(nowadays(sentence, m.start(), m.end()) for m in _TODAY.finditer(sentence))
