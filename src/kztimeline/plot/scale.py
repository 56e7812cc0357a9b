"""Time to points down a chronology's column: linear pieces with marked breaks between them.

One scale serves a whole column, so a bar's length is its duration; a long empty stretch is
left out (:data:`BREAK_SHARE`), and a crowd of events may get a piece of its own at a larger
scale; each break says what it stands for ("33 years omitted", "scale ×40"). No matplotlib.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ("BREAK", "BREAK_SHARE", "Scale", "gap_words")

BREAK = 16.0
"""The height of a break in the time axis, in points."""
BREAK_SHARE = 0.15
"""An empty stretch longer than this share of a column's time is left out: enough to make
room for the rest, never a short pause between two events."""
_PAD = 0.015  # kept on each side of a break, as a share of the column's time


def gap_words(days: float) -> str:
    """How long a left-out stretch is, in the largest unit that reads well."""
    for unit, length in (("year", 365.25), ("month", 30.44), ("day", 1.0), ("hour", 1 / 24)):
        if days >= 2 * length or unit == "hour":
            count = max(round(days / length), 1)
            return f"{count} {unit}{'s' if count != 1 else ''} omitted"
    raise AssertionError  # pragma: no cover - the loop always returns


@dataclass(frozen=True)
class Scale:
    """Time to points down a column: linear on each piece ``(start, end)`` of ``pieces``,
    at ``rates[i]`` points a day, with a break of :data:`BREAK` points between two pieces.

    Most pieces share one rate; a crowd of events (see the chronology's ``_crowds``) may get a
    piece of its own at a larger rate, and the break before it says by how much."""

    pieces: list[tuple[float, float]]
    rates: list[float]

    @classmethod
    def fit(
        cls,
        spans: list[tuple[float, float]],
        lo: float,
        hi: float,
        length: float,
        crowds: Sequence[tuple[float, float, float]] = (),
    ) -> Scale:
        """The scale of a column from ``lo`` to ``hi`` drawn ``length`` points long, leaving
        out every gap between the ``spans`` of its events longer than :data:`BREAK_SHARE`
        of its time, and giving each crowd ``(start, end, points)`` that many points.
        Sorting makes it O(n log n)."""
        total = max(hi - lo, 1e-9)
        pad = total * _PAD
        kept: list[tuple[float, float]] = []
        start, reached = lo, lo
        for a, b in sorted((max(a, lo), min(b, hi)) for a, b in spans):
            if a - reached > total * BREAK_SHARE and a - reached > 2 * pad:
                kept.append((start, reached + pad))
                start = a - pad
            reached = max(reached, b)
        kept.append((start, hi))
        pieces: list[tuple[float, float]] = []
        zoomed: dict[int, float] = {}
        for a, b in kept:
            for low, high, points in crowds:
                if a < low and high < b:
                    pieces.append((a, low))
                    zoomed[len(pieces)] = points
                    pieces.append((low, high))
                    a = high
            pieces.append((a, b))
        plain = sum(b - a for number, (a, b) in enumerate(pieces) if number not in zoomed)
        room = length - BREAK * (len(pieces) - 1) - sum(zoomed.values())
        rate = max(room, 1.0) / max(plain, 1e-9)
        rates = [
            zoomed[number] / (b - a) if number in zoomed else rate
            for number, (a, b) in enumerate(pieces)
        ]
        return cls(pieces, rates)

    def __call__(self, value: float) -> float:
        """Where ``value`` is; a time inside a break is put at the middle of it."""
        place = 0.0
        last = len(self.pieces) - 1
        for number, ((a, b), rate) in enumerate(zip(self.pieces, self.rates, strict=True)):
            if value <= b or number == last:
                if value < a:
                    return place - BREAK / 2
                return place + (min(value, b) - a) * rate
            place += (b - a) * rate + BREAK
        return place  # pragma: no cover - the last piece always returns

    def breaks(self) -> list[tuple[float, float, str]]:
        """Each break as ``(top, bottom, words)``: the time left out, and the scale after
        it where that changes ("scale ×40")."""
        found = []
        base = min(self.rates)
        for number in range(1, len(self.pieces)):
            before, after = self.pieces[number - 1], self.pieces[number]
            top = self(before[1])
            words = [gap_words(after[0] - before[1])] if after[0] > before[1] else []
            if not math.isclose(self.rates[number], self.rates[number - 1]):
                words.append(f"scale ×{self.rates[number] / base:.0f}")
            found.append((top, top + BREAK, "\n".join(words)))
        return found

    def inside(self, value: float) -> bool:
        """Whether ``value`` is on a piece (not in a break)."""
        starts = [a for a, _ in self.pieces]
        index = bisect.bisect_right(starts, value) - 1
        return index >= 0 and value <= self.pieces[index][1]

    def piece_heights(self) -> list[tuple[float, float, float]]:
        """Each piece as ``(start, end, points)``."""
        return [((a, b, (b - a) * r)) for (a, b), r in zip(self.pieces, self.rates, strict=True)]
