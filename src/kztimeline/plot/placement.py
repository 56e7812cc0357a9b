"""Where marks and labels go: exact sweeps over sizes in points, with no renderer.

Every function here takes positions and sizes already measured and returns where each thing
goes; none guesses, retries or drops a label. Each is O(n log n) or better.

* :func:`lanes`: marks that would overlap on the axis are put side by side in lanes, by the
  greedy of interval partitioning (sorted by start, each takes the lowest free lane), which
  uses the fewest lanes possible.
* :func:`levels`: labels beside a horizontal axis. A label runs right from its stem, so it
  covers the interval ``[anchor, anchor + width]``; a label must sit on a higher level than
  every label whose stem rises inside its interval, or that stem would cross it, and this
  also keeps labels on one level apart. Taken from the right, each label goes on the lowest
  level above those stems: the exact greedy of interval scheduling for this order, which
  gives the fewest levels that keep every stem clear. A stack of the labels still visible
  to the left finds that level by binary search.
* :func:`stack`: labels in a column beside a vertical axis, each as near its mark as the
  others allow: a sweep down pushes a label below the one before it, a sweep up pulls the
  last ones back inside the column.
* :func:`balance`: splits a chronology into columns of about the same height.
* :func:`choose_layout`: which layout to draw, from the heights the labelled ones need.
* :func:`runs`: for numbered marks, consecutive events whose numbers would collide share
  one label ("12–17").
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Callable, Sequence

__all__ = (
    "balance",
    "choose_layout",
    "kind_lanes",
    "lanes",
    "levels",
    "longest_first",
    "runs",
    "stack",
)


def lanes(extents: Sequence[tuple[float, float]], gap: float, most: int) -> list[int]:
    """The lane of each ``(start, end)`` extent, so that extents in one lane are at least
    ``gap`` apart; at most ``most`` lanes (past that, a lane is shared by the mark that
    ends first, so marks may touch but the picture keeps its height).

    Lanes are numbered from 0 and the lowest free one is taken.
    """
    order = sorted(range(len(extents)), key=lambda index: extents[index])
    result = [0] * len(extents)
    busy: list[tuple[float, int]] = []  # (end, lane)
    free: list[int] = []
    count = 0
    for index in order:
        start, end = extents[index]
        while busy and busy[0][0] + gap <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        elif count < most:
            lane, count = count, count + 1
        else:
            lane = heapq.heappop(busy)[1]
        result[index] = lane
        heapq.heappush(busy, (end, lane))
    return result


def lanes_first(
    extents: Sequence[tuple[float, float]], first: Sequence[bool], gap: float, most: int
) -> list[int]:
    """Lanes as :func:`lanes` gives them, but the extents marked ``first`` take the lowest
    lanes and the others the lanes after those (at least one is left for them).

    A repeating event's marks are kept in a lane of their own this way, on the side of the
    marks that no other event's stem or leader has to cross.
    """
    return lanes_in_tiers(extents, [0 if flag else 1 for flag in first], gap, most)


def lanes_in_tiers(
    extents: Sequence[tuple[float, float]],
    tiers: Sequence[int],
    gap: float,
    most: int,
    *,
    nested: bool = False,
) -> list[int]:
    """Lanes as :func:`lanes` gives them, tier by tier: the extents of tier 0 take the
    lowest lanes, those of tier 1 the lanes after them, and so on (each later tier is left
    at least one lane of the ``most``). With ``nested``, tier 0 (a chronology's long bars)
    is laid out by :func:`longest_first`."""
    result = [0] * len(extents)
    offset = 0
    order = sorted(set(tiers))
    for rank, tier in enumerate(order):
        members = [index for index, value in enumerate(tiers) if value == tier]
        room = max(most - offset - (len(order) - rank - 1), 1)
        chosen = [extents[i] for i in members]
        if nested and tier == 0:
            found = longest_first(chosen, gap, room)
        else:
            found = lanes(chosen, gap, room)
        for index, lane in zip(members, found, strict=True):
            result[index] = min(lane + offset, most - 1)
        offset = min(offset + max(found, default=-1) + 1, most - 1)
    return result


_SAME_LENGTH = math.log(1.1)
_SHORTEST = 1e-6


def longest_first(extents: Sequence[tuple[float, float]], gap: float, most: int) -> list[int]:
    """Lanes for long bars: the longest first (bars within a tenth of each other's length in
    time order), each in the lowest lane free along its whole extent (``gap`` apart) and
    outside every longer bar that holds it whole, so that its leader, which runs outward
    across the lanes, does not cross that bar. Past ``most`` lanes, the last is shared.
    O(log n) for each lane tried and each lane looked into."""
    taken: list[list[tuple[float, float]]] = []
    result = [0] * len(extents)

    def order(index: int) -> tuple[int, float, float, int]:
        # Bars within a tenth of each other's length (the years 1995 and 1996, two months)
        # in time order: the later, which begins where the earlier ends, then stands
        # outside it, and its leader leaves its top where the lanes to its right are free of
        # the bars that end there. A bar that holds another whole starts no later and ends
        # no sooner, so it still comes first.
        start, end = extents[index]
        return -math.floor(math.log(max(end - start, _SHORTEST)) / _SAME_LENGTH), start, -end, index

    for index in sorted(range(len(extents)), key=order):
        start, end = extents[index]
        # Outside the lanes of the longer bars that hold it: in each lane, only the span that
        # starts last at or before it can.
        lowest = 0
        for lane, spans in enumerate(taken):
            place = bisect.bisect_right(spans, (start, float("inf")))
            if place and spans[place - 1][1] >= end:
                lowest = lane + 1
        lane = lowest
        while lane < min(len(taken), most):
            spans = taken[lane]
            # The span that starts last before this one ends: the only one that may overlap
            # it, since the spans of a lane do not overlap each other.
            place = bisect.bisect_left(spans, (end + gap, float("-inf")))
            if not place or spans[place - 1][1] + gap <= start:
                break
            lane += 1
        lane = min(lane, most - 1)
        while len(taken) <= lane:
            taken.append([])
        bisect.insort(taken[lane], (start, end))
        result[index] = lane
    return result


def kind_lanes(
    extents: Sequence[tuple[float, float]], kinds: Sequence[str], gap: float
) -> tuple[list[int], dict[str, int]]:
    """Lanes as a Gantt chart gives them: each kind (in sorted order) its own run of lanes,
    as few as keep its extents ``gap`` apart (by :func:`lanes`, at most 3). Returns the lane
    of each extent and the first lane of each kind."""
    result = [0] * len(extents)
    first: dict[str, int] = {}
    by_kind: dict[str, list[int]] = {}
    for index, name in enumerate(kinds):
        by_kind.setdefault(name, []).append(index)
    base = 0
    for kind in sorted(by_kind):
        chosen = by_kind[kind]
        found = lanes([extents[index] for index in chosen], gap, 3)
        first[kind] = base
        for index, lane in zip(chosen, found, strict=True):
            result[index] = base + lane
        base += max(found, default=0) + 1
    return result, first


def levels(anchors: Sequence[float], widths: Sequence[float]) -> list[int]:
    """The level (0 nearest the axis) of each label, given its stem's position ``anchors[i]``
    and the width it covers to the right, ``widths[i]``, in one unit.

    ``anchors`` need not be sorted. No label on a level overlaps another on that level, and
    no stem rises through a label: the module docstring gives the rule.
    """
    order = sorted(range(len(anchors)), key=lambda index: (anchors[index], index))
    result = [0] * len(anchors)
    # Labels that a label further left could still cover: their anchors fall from the bottom
    # of the stack to the top, their levels fall too (a label hidden behind a nearer one at
    # least as high is dropped: any interval that reaches it reaches the nearer one first).
    stack_anchors: list[float] = []  # negated, so bisect sees them ascending
    stack_levels: list[int] = []
    for index in reversed(order):
        reach = anchors[index] + widths[index]
        # The deepest entry (the highest level) whose anchor is at most ``reach``.
        position = bisect.bisect_left(stack_anchors, -reach)
        level = stack_levels[position] + 1 if position < len(stack_levels) else 0
        result[index] = level
        while stack_levels and stack_levels[-1] <= level:
            stack_levels.pop()
            stack_anchors.pop()
        stack_anchors.append(-anchors[index])
        stack_levels.append(level)
    return result


def stack(
    ideals: Sequence[float], heights: Sequence[float], gap: float, length: float
) -> list[float]:
    """The top of each label in a column ``length`` long, in the order given (which is the
    order of their marks), as near its ``ideal`` top as the others allow.

    Labels keep ``gap`` between them and stay inside ``0..length`` when they fit, that is when
    ``length >= sum(heights) + gap * (n - 1)``; otherwise the last ones pass the end.
    """
    tops = list(ideals)
    bottom = -gap
    for index, height in enumerate(heights):
        tops[index] = max(tops[index], bottom + gap, 0.0)
        bottom = tops[index] + height
    if sum(heights) + gap * (len(heights) - 1) > length:
        return tops  # it does not fit: the caller gave too short a column
    limit = length
    for index in range(len(tops) - 1, -1, -1):
        tops[index] = min(tops[index], limit - heights[index])
        limit = tops[index] - gap
    return tops


def balance(heights: Sequence[float], columns: int) -> list[int]:
    """Where to cut ``heights`` (in order) into at most ``columns`` runs of about the same
    total: the start index of each run after the first."""
    total = sum(heights)
    cuts: list[int] = []
    running = 0.0
    for index, height in enumerate(heights):
        if (
            index
            and len(cuts) < columns - 1
            and running + height / 2 > total * (len(cuts) + 1) / columns
        ):
            cuts.append(index)
        running += height
    return cuts


def runs(
    anchors: Sequence[float], width: Callable[[int, int], float], gap: float
) -> list[tuple[int, int]]:
    """Group sorted ``anchors`` into runs ``(first, last)`` (inclusive indices) so that the
    label of each run, ``width(first, last)`` wide and starting at its first anchor, ends
    ``gap`` before the next run starts. A run grows while the next anchor is under its label.
    """
    result: list[tuple[int, int]] = []
    index = 0
    while index < len(anchors):
        last = index
        while (
            last + 1 < len(anchors)
            and anchors[last + 1] < anchors[index] + width(index, last + 1) + gap
        ):
            last += 1
        result.append((index, last))
        index = last + 1
    return result


def choose_layout(
    requested: str,
    horizontal: float | None,
    vertical: float | None,
    horizontal_most: float,
    tallest: float,
) -> str:
    """The layout to draw, from the heights (inches) the two labelled layouts need.

    ``horizontal`` and ``vertical`` are the heights of the band of labels around a horizontal
    axis and of the chronology, or ``None`` when that layout cannot name every event within
    ``tallest`` (the 40 in bound less the heading and legend). The rule:

    * ``"auto"``: horizontal when its band is at most ``horizontal_most`` (9 in): a sparse
      timeline keeps the familiar axis; else the chronology when it fits, since a column
      holds the most labels; else horizontal when it fits; else ``"numbered"``.
    * ``"horizontal"`` or ``"vertical"``: that layout when it fits, else ``"numbered"``.
    """
    fits_horizontal = horizontal is not None and horizontal <= tallest
    fits_vertical = vertical is not None and vertical <= tallest
    if requested == "horizontal":
        return "horizontal" if fits_horizontal else "numbered"
    if requested == "vertical":
        return "vertical" if fits_vertical else "numbered"
    if horizontal is not None and horizontal <= min(horizontal_most, tallest):
        return "horizontal"
    if fits_vertical:
        return "vertical"
    return "horizontal" if fits_horizontal else "numbered"
