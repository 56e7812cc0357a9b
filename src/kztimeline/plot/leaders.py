"""Where a chronology's leader runs across the lanes of marks: clear of every other mark and bar.

A leader leaves its mark level with it and runs right across the lanes beside the axis to
the label column. When another event's mark or bar stands in its way, it first goes up or
down the middle of its own lane to the nearest clear height. No matplotlib.
"""

from __future__ import annotations

import bisect
import itertools

__all__ = ("Lanes",)

# A quarter of a mark apart, alternately up and down, as far as six marks: enough to pass
# a row of marks that share a day, and a bar's end. Tried in turn until one is clear.
_SHIFTS = (0.0, *(side * 1.5 * step for step in range(1, 25) for side in (-1, 1)))
_REACH = 1.0  # the least room, in points, between a leader and a mark or bar it passes
_APART = 2.5  # points between the rows of two leaders, which run side by side to the column

Spans = dict[int, list[tuple[float, float, int]]]


class Lanes:
    """The spans ``(top, bottom)`` taken by each event's marks and bars, lane by lane."""

    def __init__(self, spans: Spans, spills: Spans | None = None) -> None:
        """``spans``: for each lane, ``(top, bottom, owner)`` of every mark and bar in it;
        ``spills``: of each mark wider than its lane (whiskers, a ring), in the lane before."""
        self.spans = {lane: sorted(found) for lane, found in spans.items()}
        # The furthest bottom of each lane's spans up to each one: a search stops at the
        # first span before which nothing reaches down to the height it looks at.
        self.reaches = {
            lane: list(itertools.accumulate((b for _, b, _ in found), max))
            for lane, found in self.spans.items()
        }
        self.spills = Lanes(spills) if spills else None
        self.rows: list[float] = []  # the rows taken by leaders so far, sorted

    def blocked(
        self, lane: int, top: float, bottom: float, owner: int, reach: float = _REACH
    ) -> bool:
        """Whether a span of another owner than ``owner`` in ``lane`` comes within ``reach``
        of ``top..bottom``."""
        if lane not in self.spans:
            return False
        found, reaches = self.spans[lane], self.reaches[lane]
        index = bisect.bisect_right(found, (bottom + reach, float("inf"), 0)) - 1
        while index >= 0 and reaches[index] > top - reach:
            a, b, other = found[index]
            if other != owner and a - reach < bottom and top < b + reach:
                return True
            index -= 1
        return False

    def row(self, owner: int, lane: int, mark_y: float) -> float:
        """The height at which the leader of ``owner`` runs across the lanes right of
        ``lane``: level with its mark at ``mark_y`` unless another event's mark or bar is
        there or another leader runs within 2.5 pt; then the nearest clear height up or
        down that its own lane lets it reach (along the middle of the lane, up to a mark's
        edge there); if none is clear, the height that passes the fewest lanes' marks.
        A walk back through a lane stops where no earlier span reaches the height, so it
        passes only the spans that overlap it."""
        fewest, best = 10 * len(self.spans) + 20, mark_y
        for shift in _SHIFTS:
            y = mark_y + shift
            if self.blocked(lane, min(y, mark_y), max(y, mark_y), owner, reach=0.0):
                continue
            # Across each lane further right at y, a point clear of what it passes, and past
            # a mark of the next lane that spills into its own.
            crossed = sum(self.blocked(other, y, y, owner) for other in self.spans if other > lane)
            if self.spills is not None:
                crossed += self.spills.blocked(lane, y, y, owner)
            # Two leaders closer than that would read as one line, but a leader through
            # another event's mark is worse: it reads as that event's.
            near = bisect.bisect_left(self.rows, y - _APART)
            count = 10 * crossed + (near < len(self.rows) and self.rows[near] < y + _APART)
            if not count:
                fewest, best = 0, y
                break
            if count < fewest:
                fewest, best = count, y
        bisect.insort(self.rows, best)
        return best
