"""A seeded generator of synthetic events.toml files for the benchmarks.

``generate(n, seed, mix)`` returns the TOML text of ``n`` events that :func:`kztimeline.loads`
accepts. The same arguments always give the same text. The events are spread over 1950–2030,
in exact proportions (rounded to whole events, the rest single days). Two mixes:

``"standard"`` (:data:`MIX`), the mix the targets of issue 5 were first set on:

- 80% single days (a TOML date);
- 12% ranges of 2–30 days (``"1987-05-12/1987-05-20"``);
- 5% month or year precision (``"1987-05"``, ``"1987~"``);
- 2% multi-year terms of 2–6 years (``"1987-01-01/1990-12-31"``, ``"1987-01-01/1990"``);
- 1% yearly recurring events (a single day with ``repeat = "FREQ=YEARLY;..."``).

``"long-ranges"`` (:data:`LONG_RANGES_MIX`), with more long events and no rules, so that a
30-day window meets about 300 of them at 100,000 events:

- 80% single days;
- 12% ranges of 2–29 days;
- 5% month or year precision;
- 3% ranges of 400–3,000 days.

``"open-rules"`` (:data:`OPEN_RULES_MIX`), like a working calendar: standing meetings whose
rules often have no end, and timed events in several zones:

- 70% single days;
- 12% ranges of 2–30 days;
- 8% month or year precision;
- 5% multi-year terms;
- 2% timed events (an hour or two) in six zones, a third of them written with an offset;
- 3% weekly or monthly rules (``BYDAY`` with and without an ordinal, ``BYMONTHDAY`` with
  negative days, ``BYSETPOS``, ``INTERVAL``), all-day or timed in those zones; a third have
  no end, a third a ``COUNT`` and a third an ``UNTIL``; some skip a day (``except_on``) or
  change an occurrence (``[[events.changes]]``).

They cite a few sources (1–3 in the open-rules mix) and name a few people. Run
``python benchmarks/generate.py 1000`` (``--mix long-ranges`` or ``--mix open-rules`` for
the other mixes) to print a file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = (
    "FIRST_DAY",
    "LAST_DAY",
    "LONG_RANGES_MIX",
    "MIX",
    "MIXES",
    "OPEN_RULES_MIX",
    "SEED",
    "generate",
    "kind_counts",
)

SEED = 20121113
FIRST_DAY = date(1950, 1, 1)
LAST_DAY = date(2030, 12, 31)

MIX: tuple[tuple[str, float], ...] = (
    # (the kind of date, its share of the events); "single" takes what rounding leaves.
    ("single", 0.80),
    ("range", 0.12),
    ("imprecise", 0.05),
    ("term", 0.02),
    ("recurring", 0.01),
)
LONG_RANGES_MIX: tuple[tuple[str, float], ...] = (
    ("single", 0.80),
    ("short", 0.12),
    ("imprecise", 0.05),
    ("long", 0.03),
)
OPEN_RULES_MIX: tuple[tuple[str, float], ...] = (
    ("single", 0.70),
    ("range", 0.12),
    ("imprecise", 0.08),
    ("term", 0.05),
    ("timed", 0.02),
    ("rule", 0.03),
)
MIXES = {"standard": MIX, "long-ranges": LONG_RANGES_MIX, "open-rules": OPEN_RULES_MIX}
"""The mixes by name."""

_SOURCES = (
    ("gazette", "The Steppe Gazette", "Steppe Media", date(2031, 1, 15)),
    ("archive", "Annual Chronicle of Central Asia", "Institute of Regional History", None),
    ("ministry", "Statements of the Ministry", "Ministry of Foreign Affairs", date(2030, 6, 1)),
    ("wire", "Wire Service Digest", "Eurasia Wire", date(2029, 12, 31)),
    ("oral", "Oral History Collection", "Almaty University Library", date(2025, 3, 9)),
)
_PEOPLE = (
    ("abenova", "Aigerim Abenova", ("A. Abenova",), "historian"),
    ("bekov", "Nurlan Bekov", (), "diplomat"),
    ("ivanova", "Мария Иванова", ("Maria Ivanova",), "journalist"),
    ("yilmaz", "Şükrü Yılmaz", (), "envoy"),
    ("smith", "Jane Smith", ("J. Smith",), "observer"),
    ("tokayev", "Dana Tokayeva", (), "spokesperson"),
)
_KINDS = ("meeting", "statement", "election", "treaty", "visit", "report", "milestone")
_PLACES = ("Astana", "Almaty", "Geneva", "New York", "Алматы", "İstanbul", "Vienna", "Brussels")
_TAGS = ("un", "human-rights", "trade", "energy", "security", "culture", "elections", "osce")
_WORDS = [
    "council",
    "committee",
    "delegation",
    "summit",
    "agreement",
    "session",
    "review",
    "visit",
    "statement",
    "report",
    "election",
    "treaty",
    "forum",
    "conference",
    "talks",
    "mission",
    "declaration",
    "programme",
    "budget",
    "reform",
    "cooperation",
    "partnership",
    "dialogue",
    "assembly",
    "commission",
    "panel",
    "hearing",
]


def kind_counts(n: int, mix: str = "standard") -> dict[str, int]:
    """How many events of each kind of date ``generate(n, mix=mix)`` makes, by kind."""
    shares = MIXES[mix]
    counts = {name: round(n * share) for name, share in shares if name != "single"}
    counts["single"] = n - sum(counts.values())
    return {name: counts[name] for name, _ in shares}


def _string(value: str) -> str:
    # A JSON string without ASCII escaping is a valid TOML basic string.
    return json.dumps(value, ensure_ascii=False)


def _strings(values: list[str]) -> str:
    return "[" + ", ".join(_string(value) for value in values) + "]"


def _day(rng: random.Random, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


_RANGE_DAYS = {"range": (2, 30), "short": (2, 29), "long": (400, 3000)}
"""The kinds that are ranges of days, and how many days they last (inclusive bounds)."""


def _date_line(kind: str, rng: random.Random) -> list[str]:
    if kind == "single":
        return [f"date = {_day(rng).isoformat()}"]
    if kind in _RANGE_DAYS:
        length = rng.randint(*_RANGE_DAYS[kind])
        first = _day(rng, last=LAST_DAY - timedelta(days=length - 1))
        return [f'date = "{first.isoformat()}/{(first + timedelta(days=length - 1)).isoformat()}"']
    if kind == "imprecise":
        day = _day(rng)
        text = f"{day.year:04d}-{day.month:02d}" if rng.random() < 0.6 else f"{day.year:04d}"
        return [f'date = "{text}{rng.choice(("", "", "", "~", "?"))}"']
    if kind == "term":
        years = rng.randint(2, 6)
        first = _day(rng, last=date(LAST_DAY.year - years, 12, 31))
        last = date(first.year + years, first.month, min(first.day, 28)) - timedelta(days=1)
        end = last.isoformat() if rng.random() < 0.7 else f"{last.year:04d}"
        return [f'date = "{first.isoformat()}/{end}"']
    if kind == "timed":
        return _timed(rng, _day(rng))
    if kind == "rule":
        return _rule_lines(rng)
    assert kind == "recurring"
    day = _day(rng, last=date(LAST_DAY.year - 2, 12, 28))
    if rng.random() < 0.5:
        rule = f"FREQ=YEARLY;COUNT={rng.randint(2, min(20, LAST_DAY.year - day.year + 1))}"
    else:
        until = date(rng.randint(day.year + 1, LAST_DAY.year), 12, 31)
        rule = f"FREQ=YEARLY;UNTIL={until:%Y%m%d}"
    return [f"date = {day.isoformat()}", f'repeat = "{rule}"']


_ZONES = (
    "Asia/Almaty",
    "Europe/Berlin",
    "America/New_York",
    "Europe/Istanbul",
    "Australia/Sydney",
    "America/Sao_Paulo",
)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _timed(rng: random.Random, day: date) -> list[str]:
    """The date lines of a timed event on ``day``: in a zone, or with its offset."""
    hour, minute = rng.randint(7, 20), rng.choice((0, 15, 30, 45))
    zone = rng.choice(_ZONES)
    moment = f"{day.isoformat()}T{hour:02d}:{minute:02d}:00"
    length = rng.choice((30, 60, 90, 120))
    end_hour, end_minute = divmod(hour * 60 + minute + length, 60)
    if rng.random() < 1 / 3:
        offset = datetime.fromisoformat(moment).replace(tzinfo=ZoneInfo(zone)).strftime("%z")
        written = f"{offset[:3]}:{offset[3:]}"
        return [f"date = {moment}{written}"]
    end = f"{day.isoformat()}T{end_hour:02d}:{end_minute:02d}:00"
    return [f"date = {moment}", f'timezone = "{zone}"', f"end = {end}"]


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The ``nth`` (from the end if negative) ``weekday`` (0 = Monday) of a month, or None."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    days = [
        first + timedelta(days=offset)
        for offset in range((following - first).days)
        if (first + timedelta(days=offset)).weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


def _rule_lines(rng: random.Random) -> list[str]:
    """A weekly or monthly rule, its start on its first occurrence, its end (or none)."""
    base = _day(rng, last=date(2028, 12, 1))
    shape = rng.choice(("weekly", "weekdays", "nth", "last", "monthday", "setpos"))
    if shape == "weekly":
        interval = rng.choice((1, 1, 2))
        rule = f"FREQ=WEEKLY;INTERVAL={interval}" if interval > 1 else "FREQ=WEEKLY"
        start = base
    elif shape == "weekdays":
        days = sorted(rng.sample(range(5), 2))
        rule = "FREQ=WEEKLY;BYDAY=" + ",".join(_WEEKDAYS[day] for day in days)
        start = base + timedelta(days=(days[0] - base.weekday()) % 7)
    elif shape in ("nth", "last"):
        weekday = rng.randrange(5)
        nth = rng.randint(1, 4) if shape == "nth" else -1
        rule = f"FREQ=MONTHLY;BYDAY={nth}{_WEEKDAYS[weekday]}"
        start = _nth_weekday(base.year, base.month, weekday, nth) or base
        if start < base:
            month = base.month % 12 + 1
            start = _nth_weekday(base.year + (month == 1), month, weekday, nth) or base
    elif shape == "monthday":
        day = rng.choice((1, 10, 15, 20, 28, -1))
        interval = rng.choice((1, 1, 3))
        rule = f"FREQ=MONTHLY;BYMONTHDAY={day}" + (f";INTERVAL={interval}" * (interval > 1))
        # The first such day of the month after ``base``'s.
        month = base.month % 12 + 1
        year = base.year + (month == 1)
        following = date(year + (month == 12), month % 12 + 1, 1)
        start = date(year, month, day) if day > 0 else following - timedelta(days=1)
    else:
        rule = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
        year, month = base.year, base.month
        start = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        while start.weekday() > 4:
            start -= timedelta(days=1)
    timed = rng.random() < 0.4
    lines = _timed(rng, start) if timed else [f"date = {start}"]
    ending = rng.randrange(3)
    if ending == 1:
        rule += f";COUNT={rng.randint(2, 200)}"
    elif ending == 2:
        until = start + timedelta(days=rng.randint(30, 3650))
        rule += f";UNTIL={until:%Y%m%d}" + ("T235959Z" if timed else "")
    lines.append(f'repeat = "{rule}"')
    exception = rng.random()
    if exception < 0.1:
        lines.append(f"except_on = [{start}]")
    elif exception < 0.2:
        lines += ["", "[[events.changes]]", f"occurrence = {start}", 'title = "Moved"']
    return lines


def _title(rng: random.Random) -> str:
    words = rng.sample(_WORDS, rng.randint(3, 7))
    return " ".join(words).capitalize()


def _event(number: int, kind: str, rng: random.Random, most_sources: int) -> list[str]:
    title = _title(rng)
    dated = _date_line(kind, rng)
    # A changed occurrence is a table of its own, so it comes after the event's keys.
    cut = dated.index("") if "" in dated else len(dated)
    lines = [
        "[[events]]",
        f'id = "event-{number:06d}"',
        f"title = {_string(title)}",
        *dated[:cut],
        f"kind = {_string(rng.choice(_KINDS))}",
    ]
    if rng.random() < 0.7:
        lines.append(f"place = {_string(rng.choice(_PLACES))}")
    if rng.random() < 0.3:
        people = sorted(rng.sample([person[0] for person in _PEOPLE], rng.randint(1, 2)))
        lines.append(f"people = {_strings(people)}")
    tags = sorted(rng.sample(_TAGS, rng.randint(0, 3)))
    if tags:
        lines.append(f"tags = {_strings(tags)}")
    sources = sorted(rng.sample([source[0] for source in _SOURCES], rng.randint(1, most_sources)))
    lines.append(f"sources = {_strings(sources)}")
    if rng.random() < 0.5:
        sentences = [_title(rng) + "." for _ in range(rng.randint(1, 3))]
        lines.append(f"description = {_string(' '.join(sentences))}")
    return lines + dated[cut:]


def generate(n: int, seed: int = SEED, mix: str = "standard") -> str:
    """The TOML text of ``n`` synthetic events of the named ``mix`` drawn with ``seed``; see
    the module docstring. KeyError for an unknown mix."""
    rng = random.Random(seed)
    kinds = [name for name, count in kind_counts(n, mix).items() for _ in range(count)]
    rng.shuffle(kinds)
    described = "" if mix == "standard" else f", mix {mix}"
    lines = [
        f"# {n} synthetic events made by benchmarks/generate.py with seed {seed}{described}.",
        "",
        "[timeline]",
        f'title = "Synthetic chronology of {n} events"',
        'description = "Generated for the kztimeline benchmarks."',
        "revised = 2031-01-15",
    ]
    for source_id, title, publisher, published in _SOURCES:
        lines += ["", f"[sources.{source_id}]", f"title = {_string(title)}"]
        lines.append(f"publisher = {_string(publisher)}")
        if published is not None:
            lines.append(f"published = {published.isoformat()}")
    for person_id, name, aliases, role in _PEOPLE:
        lines += ["", f"[people.{person_id}]", f"name = {_string(name)}"]
        if aliases:
            lines.append(f"aliases = {_strings(list(aliases))}")
        lines.append(f"role = {_string(role)}")
    for number, kind in enumerate(kinds, start=1):
        lines.append("")
        lines.extend(_event(number, kind, rng, 3 if mix == "open-rules" else 2))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="Print a synthetic events.toml.")
    parser.add_argument("n", type=int, help="how many events")
    parser.add_argument("--seed", type=int, default=SEED, help=f"(default: {SEED})")
    parser.add_argument(
        "--mix", choices=sorted(MIXES), default="standard", help="(default: standard)"
    )
    arguments = parser.parse_args()
    sys.stdout.write(generate(arguments.n, arguments.seed, arguments.mix))


if __name__ == "__main__":
    main()
