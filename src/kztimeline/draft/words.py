"""The content words of a text, cut to their stems: what two drafted facts must share to be
told as one (see :mod:`kztimeline.draft.build`)."""

from __future__ import annotations

import re

__all__ = ("similar", "stems")

_STOP = frozenset(
    "about above after again against also among and another any are been before being "
    "below between both but by can could did does doing down during each few for from "
    "further had has have having her here hers him his how into its itself just more most "
    "much must near not now off once only other our ours out over own same shall she "
    "should since some such than that the their theirs them then there these they this "
    "those through till too under until upon very was were what when where which while "
    "who whom why will with within would you your year years month months week day days "
    "today first last next new said says january february march april may june july "
    "august september october november december monday tuesday wednesday thursday friday "
    "saturday sunday annually every each".split()
)


def stems(text: str) -> frozenset[str]:
    """The content words of ``text``, cut to their first six letters so that ``established``
    and ``establishes``, ``elected`` and ``election`` meet."""
    words = re.findall(r"[A-Za-z][A-Za-z-]{3,}", text)
    return frozenset(word.lower()[:6] for word in words if word.lower() not in _STOP)


def similar(first: frozenset[str], second: frozenset[str], *, needed: int = 3) -> bool:
    """Whether two sets of stems share at least ``needed`` words."""
    return len(first & second) >= needed
