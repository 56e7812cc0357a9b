"""Where a chronology's leader runs across the lanes of marks: clear of every other mark and bar.

A leader leaves its mark level with it and runs right across the lanes beside the axis to
the label column. When another event's mark or bar stands in its way, it first goes up or
down the middle of its own lane to the nearest clear height. No matplotlib.
"""

from __future__ import annotations

import bisect
import itertools

__all__ = ("APART", "REACH", "Lanes", "Route", "by_arrival", "rows_rate")

# A quarter of a mark apart, alternately up and down, as far as six marks: enough to pass
# a row of marks that share a day, and a bar's end. Tried in turn until one is clear.
_SHIFTS = (0.0, *(side * 1.5 * step for step in range(1, 25) for side in (-1, 1)))
# Past those, and past a jog, as far as a long bar's length along its own lane (in turn
# up and down, each way until its own lane stops it): round a bar that covers every row.
_FAR = tuple(side * 1.5 * step for step in range(25, 200) for side in (-1, 1))
REACH = 1.0  # the least room, in points, between a leader and a mark or bar it passes
APART = 2.5  # points between the rows of two leaders, which run side by side to the column

Spans = dict[int, list[tuple[float, float, int]]]
Route = tuple[float, tuple[int, float] | None]
"""Where a leader runs: see :meth:`Lanes.route`."""


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
        self.edges: dict[int, list[tuple[float, float]]] = {}  # leaders along lane edges

    def blocked(
        self, lane: int, top: float, bottom: float, owner: int, reach: float = REACH
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
        """The height at which the leader of ``owner`` leaves its own lane: see :meth:`route`."""
        return self.route(owner, lane, mark_y)[0]

    def route(self, owner: int, lane: int, mark_y: float) -> tuple[float, tuple[int, float] | None]:
        """Where the leader of ``owner`` (its mark in ``lane`` at ``mark_y``) runs across the
        lanes to its right: ``(row, jog)``.

        ``row``: level with its mark unless another event's mark or bar is there or another
        leader runs within 2.5 pt; then the nearest clear height up or down that its own lane
        lets it reach (along the middle of the lane, up to a mark's edge there). A walk back
        through a lane stops where no earlier span reaches the height, so it passes only the
        spans that overlap it.

        ``jog``: ``None`` when the leader runs at ``row`` to the last lane; else
        ``(boundary, height)``: no row is clear all the way, so it runs at ``row`` to the
        edge between lanes ``boundary - 1`` and ``boundary`` (between their marks, which no
        mark crosses but a wide one), along that edge to ``height``, and on from there. If
        no such path is clear either, ``(row, None)`` with the row that passes the fewest
        lanes' marks."""
        fewest, best = 10 * len(self.spans) + 20, mark_y
        reachable = []
        for shift in _SHIFTS:
            y = mark_y + shift
            if self.blocked(lane, min(y, mark_y), max(y, mark_y), owner, reach=0.0):
                continue
            reachable.append(y)
            count = self._cost(owner, lane, y)
            if not count:
                fewest, best = 0, y
                break
            if count < fewest:
                fewest, best = count, y
        jog = None if not fewest else self._jog(owner, lane, reachable)
        if fewest and jog is None:
            stopped: set[bool] = set()
            for shift in _FAR:
                y, upward = mark_y + shift, shift > 0
                if upward in stopped:
                    continue
                if self.blocked(lane, min(y, mark_y), max(y, mark_y), owner, reach=0.0):
                    stopped.add(upward)
                    if len(stopped) == 2:
                        break
                    continue
                if not self._cost(owner, lane, y):
                    fewest, best = 0, y
                    break
        if jog is not None:
            best = jog[0]
            boundary, height = jog[1]
            bisect.insort(self.rows, height)
            self.edges.setdefault(boundary, []).append((min(best, height), max(best, height)))
            bisect.insort(self.rows, best)
            return best, jog[1]
        bisect.insort(self.rows, best)
        return best, None

    def _cost(self, owner: int, lane: int, y: float, until: int | None = None) -> int:
        """Ten for each lane right of ``lane`` (up to ``until``) whose marks a leader at
        ``y`` would pass within a point, and one if another leader runs within 2.5 pt
        (unless the run, to the edge before lane ``until``, is too short to be taken for
        another's: under three lanes, 20 pt)."""
        # Across each lane further right at y, a point clear of what it passes, and past
        # a mark of the next lane that spills into its own.
        crossed = sum(
            self.blocked(other, y, y, owner)
            for other in self.spans
            if other > lane and (until is None or other < until)
        )
        if self.spills is not None:
            crossed += self.spills.blocked(lane, y, y, owner)
        # Two leaders closer than that would read as one line, but a leader through
        # another event's mark is worse: it reads as that event's.
        if until is not None and until - lane < 3:
            return 10 * crossed
        near = bisect.bisect_left(self.rows, y - APART)
        return 10 * crossed + (near < len(self.rows) and self.rows[near] < y + APART)

    def _jog(
        self, owner: int, lane: int, reachable: list[float]
    ) -> tuple[float, tuple[int, float]] | None:
        """A row from ``reachable`` (heights the leader can reach in its own lane), an edge
        between lanes and a second row that together pass no other mark, or ``None``.
        Tried only for a leader no single row lets pass: O(shifts² × lanes) each."""
        for y in reachable:
            boundary = next(
                (
                    other
                    for other in sorted(self.spans)
                    if other > lane and self.blocked(other, y, y, owner)
                ),
                None,
            )
            if boundary is None or self._cost(owner, lane, y, boundary):
                continue
            for shift in _SHIFTS[1:]:
                height = y + shift
                low, high = min(y, height), max(y, height)
                if self._edge_taken(boundary, low, high, owner):
                    continue
                if not self._cost(owner, boundary - 1, height):
                    return y, (boundary, height)
        return None

    def _edge_taken(self, boundary: int, low: float, high: float, owner: int) -> bool:
        """Whether the edge before lane ``boundary`` is crossed between ``low`` and ``high``
        by a mark wider than its lane or run along by another leader."""
        if self.spills is not None and any(
            self.spills.blocked(side, low, high, owner, reach=0.0)
            for side in (boundary - 1, boundary - 2)
        ):
            return True
        return any(a - APART < high and low < b + APART for a, b in self.edges.get(boundary, ()))


def by_arrival(order: list[int], anchors: list[float], routes: dict[int, Route]) -> list[int]:
    """``order`` (indices sorted by ``anchors[index]``) with each run of one anchor sorted by
    the height at which its leaders leave the lanes (the last row of each route)."""
    result: list[int] = []
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and anchors[order[end + 1]] == anchors[order[start]]:
            end += 1
        run = order[start : end + 1]
        run.sort(key=lambda i: (_last_row(routes[i]), i))
        result.extend(run)
        start = end + 1
    return result


def _last_row(route: Route) -> float:
    row, jog = route
    return float(jog[1]) if jog is not None else float(row)


def rows_rate(anchors: list[float], mark: float) -> float:
    """The points per day a crowd's piece needs so that leaders pass between its places
    (sorted ``anchors``): the marks of one place stand in a row across the lanes, and each
    leader but the last of a row runs out above or below it, 2.5 pt from the next
    (see :class:`Lanes`), a point clear of the marks ``mark`` tall."""
    counts: list[int] = []
    places: list[float] = []
    for anchor in anchors:
        if places and anchor == places[-1]:
            counts[-1] += 1
        else:
            places.append(anchor)
            counts.append(1)
    rate = 0.0
    for index in range(1, len(places)):
        leaders = max(counts[index - 1], counts[index]) - 1
        room = mark + 2 * REACH + APART * leaders
        rate = max(rate, room / (places[index] - places[index - 1]))
    return rate
