"""English date expressions in news text, normalised to the project's EDTF subset.

The grammar is the whole rule set, as HeidelTime's rule files: the shapes of dates
(:mod:`~kztimeline.draft.grammar`), the tense that says which way a date without a year lies
(:mod:`~kztimeline.draft.tense`), and here what the text leaves out. Its specification is
``tests/test_draft_normalise.py`` and the sweep of forms in ``tests/test_draft_forms.py``.

What it reads, in every order and with or without a weekday in front:

- full dates: ``12 November 2012``, ``November 12, 2012``, ``Nov. 12th 2012``,
  ``the 12th of November``, ``2012-11-12``, ``2012/11/12``, ``12.11.2012`` (day first),
  ``Christmas Day 2012``, and ``12/11/2012`` only where the order cannot be mistaken (one
  part above 12);
- a month and year, a year alone (``in 2010``, ``the 2012 elections``, ``mid-2012``), a
  decade (``the 1990s``, ``the '90s``; ``the 1800s`` is a century), a half or a quarter
  (``the first half of 2014``, ``Q4 2012``, ``3Q 2012``), a fiscal year (``FY2012``), a
  season (``the 2019/20 season``), ``May '10``;
- ranges: ``14-16 November``, ``January–March 2012``, ``2010–12``, ``between 5 and 9 May``;
- terms: ``on 1 January 2013 ... until 2015``, ``until the end of 2012``, ``since 2010``;
- lists: ``in 2005, 2007, and 2009``, ``on 3, 5 and 7 May``, ``in May, June and July
  2010``, one mention each, and one year for a list written without one;
- dates without a year: the year of the date named before when it names a day or lies
  years from the publication (:mod:`~kztimeline.draft.years`), else, like weekdays, a
  quarter without a year, ``the end of the year`` and relative expressions (``yesterday``,
  ``last week``, ``next month``, ``two years ago``, ``at the weekend``), resolved against
  the publication date: the verb that governs the date decides (``will be held on`` and
  ``before he arrives on`` look forward, ``was held on`` back, ``opens on`` takes the
  nearest), and ``last``/``next`` say it themselves;
- days counted from a date named before: ``the following day``, ``two days later``, ``later
  that year``, and back: ``on 16 January, two days after an accident`` dates the accident;
- qualifiers (:mod:`~kztimeline.draft.qualifiers`): ``about`` gives ``~``, ``by`` and
  ``before`` ``../X``, ``since`` ``X/..`` unless it only compares, ``probably`` ``?``; a
  plan is ``planned``, and so is a date after the publication not told in the past;
- ``annually``, ``every year``: a repetition with no day or first year, unless a habit.

It never gives a day the text does not: a month stays a month, a week becomes the range of
its seven days, and a numeric date whose order is ambiguous is left out. A year-like number
is a year only where the words around it say so, so ``183 of 193``, ``2,000 people`` and
``Strategy 2050`` are not dates; nor is a date the text only names
(:mod:`~kztimeline.draft.references`: ``the 2021 plan``, a citation, ``twice the rate of
2017``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from kztimeline.dates import PartialDate
from kztimeline.draft.compared import a_change_s_base, dates_nothing
from kztimeline.draft.counted import (
    DAY_OF_THE_MONTH,
    DAYS_NAMED_NOTE,
    LETTER_S_MONTHS,
    counted_roughly,
    of_the_days_named,
    of_this_month,
    shifted,
)
from kztimeline.draft.cues import SINCE_BEFORE
from kztimeline.draft.decisions import decided_now
from kztimeline.draft.grammar import matches
from kztimeline.draft.habits import recurs_each_year
from kztimeline.draft.joins import join
from kztimeline.draft.mentions import (
    Mention,
    a_row_s_run,
    a_run_of_days_counted,
    alternatives,
    counted_from,
    in_the_entry_s_year,
    lifespan,
    named_by_a_closer,
    names_a_day,
    only_the_report,
    weekdays_in_order,
)
from kztimeline.draft.periods import only_framing
from kztimeline.draft.qualifiers import bounded, open_to_present, planned
from kztimeline.draft.references import only_named
from kztimeline.draft.relative import TEAMS_AFTER
from kztimeline.draft.resolve import Joined, listed, lists, resolved_value
from kztimeline.draft.restated import (
    RESTATED,
    days_within,
    restated_by_the_next,
    restated_with_its_year,
    restates_the_day,
)
from kztimeline.draft.tense import Tense, clipped_tense, tense_at
from kztimeline.draft.years import glance_back, in_aside, near_it, opens_on, season_named
from kztimeline.edtf import parse_date, parse_partial_date
from kztimeline.errors import DraftError

__all__ = ("Mention", "find_dates", "written_year")


# --- Resolving ------------------------------------------------------------------------------


_BY = re.compile(r"\b(?:by|until|till|before)\s+$", re.IGNORECASE)


def published_day(value: date | str | None, *, name: str = "published") -> date | None:
    """The publication day ``value`` names: a ``date`` (a ``datetime`` gives its day), a text
    ``YYYY-MM-DD``, or ``None``. Raises :class:`~kztimeline.errors.DraftError` naming ``name``
    for anything else, e.g. "2012-13-01" or "13 Nov 2012".
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise DraftError.bad_published(value, name)


def written_year(value: str) -> PartialDate | None:
    """The date whose year a later date written without one takes: the start of ``value``,
    or its end when the start is open."""
    parsed = parse_date(value)
    return parsed.start or parsed.end


_NAMED_YEAR = re.compile(
    r"\s*,?\s*(?:of\s+)?(?:last|next|this|that|the\s+(?:previous|following|same))\s+year\b|"
    # "in June three years later": the month of the year counted to
    r"\s*,?\s*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
    # (not "since 1992, six years after the charity was founded": a count of its own)
    r"(?:later|after(?=\s*(?:[,;.)]|$))|afterwards|on)\b"
)


def _exists(value: str) -> bool:
    try:
        parse_date(value)
    except ValueError:
        return False  # "29 February next year", in a year with no such day
    return True


def _of_named_year(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A month or a day followed by the year it is in, named without a number ("in April
    last year", "on 3 May next year", "on or about 4 February this year", "completed by
    14 August this year"): one date, in that year."""
    merged: list[Mention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        # one year of a day, a month, a bound or a span in a year: "from 2 to 11 April this year"
        years = set(re.findall(r"\d{4}", before.value)) if before is not None else set()
        if (
            before is not None
            and len(years) == 1
            and not re.fullmatch(r"[\d~?]+", before.value)  # a year alone names its own
            and re.fullmatch(r"\d{4}", mention.value)
            and (named := _NAMED_YEAR.match(sentence, before.end)) is not None
            and named.end() == mention.end
            and _exists(value := before.value.replace(years.pop(), mention.value))
        ):
            note = f"year from '{mention.text}'"
            merged[-1] = replace(
                before,
                end=mention.end,
                text=sentence[before.start : mention.end],
                value=value,
                notes=(note,),
            )
            continue
        merged.append(mention)
    return merged


_AGO = re.compile(r"\bago$", re.IGNORECASE)
_TEAMS_AFTER = re.compile(TEAMS_AFTER)  # a card's row: "Sat 13   Hallam v Tynedale"
_AFTER_WINDOW = 200  # how far after a date its comparison is read: no copy of all the rest
_LETTER_S_DAYS_BACK = 62  # how many days before a letter's date a day told in it may lie
# A heading naming the period what follows tells of: "100 YEARS AGO (1925)", "Events of 2022"
_AGO_HEADING = re.compile(
    r"\s*(?:(?:\d+|[A-Za-z-]+)\s+(?:years?|decades?)\s+ago\s*\(\s*\d{4}\s*\)|(?:key\s+)?"
    r"(?:events|highlights|developments|overview|summary|review)\s+(?:of|for|in)\s+"
    r"(?:the\s+year\s+)?\d{4})\s*[.:]?\s*",
    re.I,
)


def find_dates(
    sentence: str,
    *,
    published: date | str | None = None,
    anchor: PartialDate | None = None,
    anchor_back: PartialDate | None = None,
    year_anchor: PartialDate | None = None,
    dropped: list[str] | None = None,
    frames: list[Mention] | None = None,
    frame: PartialDate | None = None,
) -> list[Mention]:
    """Every date stated in ``sentence``, in order, as EDTF.

    ``published`` is the publication date that dates without a year, weekdays and relative
    expressions are resolved against; without it they are left out. ``anchor`` is the last
    date the text named before the sentence: "the following day", "two days later" and "a
    year later" count from it, or from a date named earlier in the sentence, at the
    precision they carry; without one precise enough they are left out; a count back ("the
    day before") counts from ``anchor_back``, the first day of a span named last. A
    sentence that says an event happens ``annually`` gives one mention ``../YYYY`` (the
    publication year) when it states no other date nor a habit
    (:func:`~kztimeline.draft.habits.recurs_each_year`), else marks its other dates ``annual``.
    ``published`` may be a text ``YYYY-MM-DD``; raises :class:`~kztimeline.errors.DraftError`
    only when it is neither that nor a date. A date without a year takes the year of
    ``year_anchor`` (the last date named before the sentence, a point or an interval) or of
    a date before it in the sentence (not a month or a year before ``frame``, the story's
    own time: "recalled the relations set up in 1958 and welcomed the entry into force on 1
    January"), unless its tense says otherwise, then the publication date's. The text of
    each expression that names no date without the publication date or an anchor is
    appended to ``dropped``, when given. A period only
    described or measured as a whole ("2024 was a year of renewal", "the bill for 2022-23
    was £1,240") dates no fact: it is appended to ``frames``, when given, as the time the
    text is in, which a later date without a year may take its year from.
    """
    if frames is None:
        frames = []
    published = published_day(published)
    found = matches(sentence, published)
    markers = [item for item in found if item.annual]
    # "every year in September": the month says when it repeats, not when it happened.
    dated = [
        item
        for item in found
        if not item.annual
        and not any(
            re.fullmatch(r"\s*(?:in|on|at|from)?\s*", sentence[marker.end : item.start])
            for marker in markers
            if marker.end <= item.start
        )
        # "in July every year": a month or day without its year, then the habit's words; "As
        # every year, Family Tuesdays run in July and August": a month anywhere in its sentence
        and not (
            item.first is not None
            and item.first.year is None
            and (
                (item.first.day is None and bool(markers))
                or any(
                    re.fullmatch(r"\s*,?\s*(?:in\s+)?", sentence[item.end : marker.start])
                    for marker in markers
                    if marker.start >= item.end
                )
            )
        )
    ]
    annual = bool(markers)
    joined = [
        listed
        for item in join(sentence, dated, published)
        for listed in (
            item,
            *(
                Joined(replace(item.found, first=side, last=side, more=(), weekday=None))
                for side in item.found.more
            ),
        )
    ]
    mentions: list[Mention] = []
    restated, narrowed = set[int](), set[int]()  # told again by the next, or more closely
    season = season_named(sentence)
    items = lists(sentence, joined, published, year_anchor)
    framed = False  # whether the sentence opened on its year
    for index in range(len(items)):
        item = items[index]
        expression = item.found
        before = sentence[: expression.start]
        after = sentence[expression.end : expression.end + _AFTER_WINDOW]
        if dates_nothing(before, after, span=expression.first != expression.last):
            continue  # "the biggest gain since 2011" compares; it dates nothing
        if only_named(sentence, expression.start, expression.end):
            continue  # "the 2021 plan", "(see X v. Y, 2015)": no fact happened then
        if season is not None and season[0] <= expression.start:
            year_anchor, season = parse_partial_date(season[1]), None  # "our 2026 season will"
        # "2024 was a year of renewal", "the water bill for 2022-23 was £1,240": the period
        # described or measured, no fact in it; still the time the text is in.
        framing = only_framing(sentence, expression.start, expression.end, expression.is_period)
        shift = expression.shift
        if shift is not None and a_change_s_base(before):
            continue  # "fell 11 percent in September from a year earlier": the base
        notes: tuple[str, ...] = ()
        if restates_the_day(sentence, expression.start, expression.end, shift, mentions):
            continue  # "on 28 November, sixteen days later,": the same day told again
        if shift is not None:
            base = anchor if shift[0] >= 0 else anchor_back or anchor  # "two weeks earlier"
            words = sentence[expression.start : expression.end]
            if shift[1] in LETTER_S_MONTHS and published and near_it(base, published, words):
                # "reached me only on the 11th of this month", after "the 8th of June", in a
                # letter of 19 November: of the month it is written in (not "In a letter of
                # 14 March 1850, he wrote the mill had burned on the 2nd of this month")
                base = parse_partial_date(published.isoformat())
            if shift[1].startswith(f"{DAY_OF_THE_MONTH},") and base and frame:
                # a diary's "Wednesday 4th." after a glance back to October 1922: of the
                # latest day told (a month ahead may be the heading of the entries under it)
                base = frame if frame.first_day > base.last_day else base
            value = None if base is None else shifted(base, *shift)
            fixture = value is None and _TEAMS_AFTER.match(sentence, expression.end)
            if value is None and shift[1].startswith(f"{DAY_OF_THE_MONTH},") and not fixture:
                # "Mon. 27th." after an entry that glanced back ("the 28th of last month",
                # "since Christmas 1915"): a day of the month the entries are in, the day
                # they count from or the latest told, when its weekday fits
                own = parse_partial_date(published.isoformat()) if published else frame
                value = None if own is None else shifted(own, *shift)
            before, after = sentence[: expression.start], sentence[expression.end :]
            # "by the 20th" in a letter of 3 March: a bound in the month it is written in;
            # "We came up to town on the 4th" in a letter of 20 May: a day gone of its month
            by = _BY.search(before) is not None
            since = SINCE_BEFORE.search(before) is not None
            # a diary entry's own day, no year ("April 2nd. -"; not "3 March 2025 -", "Next day")
            entry = mentions[0] if mentions and not mentions[0].start else None
            stamp = entry.value if entry and re.fullmatch(r"\D*\d\d?\D*", entry.text) else ""
            if shift[1] == DAY_OF_THE_MONTH and (published or names_a_day(stamp)):
                # (a diary's clipped past, "taken ill on the 9th", but not before a bound)
                tense = (tense_at if by else clipped_tense)(sentence, expression.start)
                # (after a date named, not a hole or an inning: "an eagle on the 4th")
                gone = published and base and tense is Tense.PAST and shift[0] < published.day
                # ("Mr. Fell is to go down to the coast on the 20th", after "the 22nd ult.": a
                # day of the month before; not after a year, "will tee off on the 10th"; or
                # after a day ahead of the text's: "expects the steamer about the 18th")
                near = (published - base.last_day).days if published and base and base.day else None
                ahead = near is not None and (
                    near < 0 or (tense is Tense.FUTURE and near <= _LETTER_S_DAYS_BACK)
                )
                ahead = ahead and published is not None and shift[0] > published.day
                # (or a state since a day gone: "Wave buoy M6 still off line since the 9th")
                since_gone = since and published is not None and shift[0] <= published.day
                # (or a past after the text's day: "On the 28th we marched" of 3 May, of April)
                late = bool(published and tense is Tense.PAST and value and value > str(published))
                late = late and sentence.startswith("On the ")  # (a log's "About the 25th" told on)
                if published and (late or (value is None and (by or gone or ahead or since_gone))):
                    value = of_this_month(published, shift[0], tense)
                elif names_a_day(stamp) and tense is Tense.PAST and (not value or value > stamp):
                    # "April 2nd. - Got away on the 30th": of March; "Apr. 21 Rose on the 19th"
                    value = of_this_month(date.fromisoformat(stamp), shift[0], tense)
            # (and "since the 28th ult.", "since then": a state from that day)
            if shift[1] in (DAY_OF_THE_MONTH, *LETTER_S_MONTHS, "then") and (by or since) and value:
                value = bounded(value, before, after, term=False)
            if (
                shift[0] == 0
                and re.search(r"\b(?:of|from|for)\s+$", sentence[: expression.start])
                and any(m.value.rstrip("~?") == value for m in mentions)
            ):
                continue  # "closed in 1967, though no timetable of that year survives"
            doubted = expression.doubted and shift[1].startswith("day of")  # "possibly ... 16th"
            rough = counted_roughly(base, shift, value)  # "in about 2016 ... two years later"
            if value is not None and (expression.approximate or rough or doubted):
                value += "~" if expression.approximate or rough else "?"
            resolved = None if value is None else (value, notes)
            if RESTATED.match(sentence, expression.end):
                restated.add(len(mentions))  # "forty-one days later, on 11 June"
        else:
            resolved = resolved_value(
                listed(item, sentence, mentions), sentence, published, year_anchor
            )
            within = of_the_days_named(
                sentence, expression.start, expression.end, (anchor_back, anchor), published
            )
            resolved = (within, (DAYS_NAMED_NOTE,)) if resolved and within else resolved
            if _AGO.search(sentence, expression.start, expression.end) and RESTATED.match(
                sentence, expression.end
            ):
                narrowed.add(len(mentions))  # "ten years ago, on 4 March 2014"
        if resolved is None:
            if dropped is not None:
                dropped.append(sentence[expression.start : expression.end])
            continue
        value, notes = resolved
        counted = counted_from(value, sentence, expression.start)
        anchor_back, anchor = counted or (anchor_back, anchor)
        written = written_year(value)
        days_after, its_days = days_within(sentence, written, expression.end)
        if days_after:
            narrowed.add(len(mentions))  # "in 2018, from 6 July to 21 September"
        after = sentence[expression.end :]  # (a month's clause may go on to its days)
        glance = written is not None and glance_back(written, frame, after) and not its_days
        aside = in_aside(sentence, expression.start, expression.end, other_year=bool(frame))
        if written is not None and not aside and not glance:
            year_anchor = written
            # (the year a sentence opens on frames its lists too, "In 2024 counts were made on
            # 4, 18 and 29 June", and so does each year after it: "; this month ... on 6, 12
            # and 18 June"; read again only after a year written)
            if framed or opens_on(sentence[: expression.end + 12], written.year):
                items[index + 1 :] = lists(sentence, joined[index + 1 :], published, written)
                framed = True
        end = expression.end
        if value.endswith("/..") and not item.term:
            end += open_to_present(sentence[end:])  # "2015 – present": the words are the date's
        (frames if framing else mentions).append(
            Mention(
                expression.start,
                end,
                sentence[expression.start : end],
                value,
                item.term,
                annual,
                item.parts,
                planned=planned(sentence, expression.start, value, published),
                notes=notes,
            )
        )
    told_once = restated_by_the_next(sentence, mentions, restated, narrowed)
    mentions = restated_with_its_year(sentence, told_once)
    mentions = _of_named_year(sentence, mentions)
    mentions = [part for mention in mentions for part in lifespan(sentence, mention)]
    mentions = weekdays_in_order(sentence, alternatives(sentence, mentions))
    mentions = [
        mention
        for mention in mentions
        if not named_by_a_closer(sentence, mention, mentions)
        and not only_the_report(sentence, mention, mentions)
    ]
    mentions = a_row_s_run(sentence, in_the_entry_s_year(sentence, mentions))
    mentions = a_run_of_days_counted(sentence, mentions)
    if (
        len(mentions) > 1
        and re.fullmatch(r"\d{4}", mentions[0].value)
        and re.match(r"\s*[:–—-]\s", sentence[mentions[0].end :])
        and not sentence[: mentions[0].start].strip()
        and all(
            later.value.startswith(mentions[0].value) and later.value != mentions[0].value
            for later in mentions[1:]
        )
    ):
        # "2022: protests in January, ...", "1968 – From 1968 onwards ...": the year heads them
        mentions = mentions[1:]
    if mentions and _AGO_HEADING.fullmatch(sentence):
        frames.extend(mentions)  # "100 YEARS AGO (1925)", "Events of 2022": the period of
        mentions = []  # what follows
    if not found and published is not None and decided_now(sentence):
        end = len(sentence.rstrip(" .!"))  # no words of a date: the title keeps them all
        note = f"a decision in the present tense: the day of the text, {published.isoformat()}"
        mentions.append(Mention(end, end, "", published.isoformat(), notes=(note,)))
    if annual and not mentions and published is not None and recurs_each_year(sentence):
        marker = next(item for item in found if item.annual)
        text = sentence[marker.start : marker.end]
        mentions.append(
            Mention(marker.start, marker.end, text, f"../{published.year:04d}", annual=True)
        )
    return mentions
