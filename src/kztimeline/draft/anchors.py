"""What the dates of a sentence count from, as an article is read from top to bottom.

Three things carry over from one sentence to the next: the day relative dates count from
(the publication, or the last dated heading above: a diary's entry), the last date named
("the following day" counts from it) and the date whose year a date without one takes.
That last one follows the thread the sentence belongs to: a text that tells of its plans
("The festival will take place from 5 to 9 August 2025") and then of its history ("it moved
to the city in 2018") goes on about its plans in the present ("Tickets go on sale on 1
June"), so a sentence not in the past takes the year of the last date told in the present
or the future rather than of a past one named in between, and a date so placed after a
plan is a plan too (:mod:`kztimeline.draft.plans`). A date in an aside (", relegated in
2021,") sets no year at all, nor does a far year named in passing in a paragraph that
already tells of the days around the publication ("set up in 1987").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kztimeline.dates import PartialDate
from kztimeline.draft.ahead import looks_ahead
from kztimeline.draft.cues import MEMORANDA, MEMORANDUM, MONTH_NAMED, MONTH_WORDS
from kztimeline.draft.decisions import PROCEDURE
from kztimeline.draft.headings import opens_on_a_run_of_days
from kztimeline.draft.letters import SALUTATION
from kztimeline.draft.mentions import Mention, counted_from, names_a_day
from kztimeline.draft.normalise import find_dates, written_year
from kztimeline.draft.nowadays import of_these_days
from kztimeline.draft.plans import plan_s_run
from kztimeline.draft.sentences import Sentence
from kztimeline.draft.tense import Tense, tense_at, tense_of
from kztimeline.draft.title_year import month_of_heading, year_of_section, year_of_title
from kztimeline.draft.years import counted_on, glance_back, in_aside
from kztimeline.edtf import parse_partial_date

__all__ = ("Anchors",)


@dataclass
class Anchors:
    """The reading state of one article (see the module)."""

    reference: date | None  # what relative dates count from
    headed: bool = False  # whether that is a dated heading's day, not the publication
    last: PartialDate | None = None  # the last date named, for "the following day"
    last_back: PartialDate | None = None  # its first day, for "the day before"
    year: PartialDate | None = None  # the last date, for a day without a year
    year_paragraph: int = -1  # the paragraph that named it
    year_past: bool = False  # whether it was told in the past tense
    year_planned: bool = False  # whether it was a plan
    present: PartialDate | None = None  # the last date told in the present or the future
    present_future: bool = False  # whether that one was a plan
    past: PartialDate | None = None  # the last date told in the past tense
    latest: PartialDate | None = None  # the latest day told so far, in any order
    latest_planned: bool = False  # whether that day is a plan's
    latest_from: date | None = None  # the first day of the span that ends on ``latest``
    year_behind: bool = False  # whether ``year`` was told after, and lies before, ``latest``
    titled_year: PartialDate | None = None  # the year the title names, with no publication
    titled_alone: bool = False  # whether it is a record's year alone ("Keeper's Log, 1897")
    logged: int = -1  # the paragraph whose log stamp ``reference`` is the day of
    issued: date | None = None  # the day an undated text says it was issued on
    heading_days: str | None = None  # a dated heading's run of days ("Mar. 21st to 24th.")
    next_year: bool = False  # whether ``year`` was told as next year's ("next year's race")
    planned_run: str | None = None  # the last run of days told as a plan ("will take part ...")

    def year_for(
        self, sentence: str, paragraph: int, *, item: bool = False
    ) -> tuple[PartialDate | None, bool]:
        """The year anchor for ``sentence`` (of ``paragraph``, an entry of a list when
        ``item``) and whether it comes from a plan: the last date, or, for a sentence not in
        the past after a past date, the last date of the present thread; for a plan in a text
        with no publication day, the latest day told when that is later."""
        if self.reference is not None and of_these_days(sentence):
            # "founded in 1877. Today we have fewer priests, and since January ...": the
            # month of a sentence of these days is in the publication's year
            return parse_partial_date(self.reference.isoformat()), False
        tense = tense_of(sentence)
        anchor: PartialDate | None = self.year
        planned = self.year_planned
        if self.year_past and self.present is not None and tense is not Tense.PAST:
            anchor, planned = self.present, self.present_future
        if tense is Tense.PAST and self.year_planned and self.past is not None:
            # "Repairs are planned to begin in March 2024. - The team presented its findings
            # on 20 October": a past told after a plan is in the year of the last past told
            anchor, planned = self.past, False
        if (
            tense is Tense.FUTURE
            and self.reference is None
            and self.latest is not None
            and anchor is not None
            and anchor.year < self.latest.year
        ):
            # "Our next talk will be on 13 March", after "recorded in 1279" and "On 14
            # February 2024 she spoke": with no publication day, what is still to come lies
            # after the latest day told, not in the year of an older date named last.
            return self.latest, False
        # a timeline's entry, which opens on its date, goes on in the year of the entry
        # right before it ("* August 2023 - ..." over "* Dec 12 - ..."): no glance back
        entry = item and self.year_paragraph == paragraph - 1 and _OPENS_ON_A_DAY.match(sentence)
        if (
            entry
            and anchor is not None
            and anchor.month is None
            and self.reference is not None
            and abs(anchor.year - self.reference.year) > _NEAR_YEARS
        ):
            # "* 2003 - The last escape ..." over "* June 8 - Three inmates leave ...", in a
            # text of June 2025: the history's years give no year to the news's days
            return None, False
        timeline = entry and anchor is not None and anchor.month is not None
        frame = None if timeline else self.frame()
        if anchor is not None and glance_back(anchor, frame):
            # "The mission took place from 3 to 19 September 2024. The previous one took place
            # around June 2022. - On 9 September a trawler was found ...": a month or a year
            # before the story's own time is a glance back; the days after stay in its time.
            return frame, False
        if (
            anchor is self.year
            and anchor is not None
            and frame is not None
            and self.year_behind
            # (nor, in an undated text, behind a plan: "This report will be presented on 21
            # May 2025. - The play area opened on 12 July 2024. - ... co-opted on 7 November")
            and not (self.latest_planned and self.reference is None)
            and anchor.year < frame.year
            and self.year_paragraph != paragraph
        ):
            # "On 17 January 2023 the helicopter landed hard. - Its last inspection took
            # place on 2 December 2022. - The wreckage was recovered on 19 January": a day
            # of an earlier year, told in another paragraph, is background too.
            return frame, False
        return anchor, planned

    def frame(self) -> PartialDate | None:
        """The story's own time: the latest day told, when there is no publication day or
        that day is past and near it; the publication day, when the latest day told is a
        coming one; else ``None``."""
        if self.latest is None:
            return None
        if self.reference is None or (
            self.latest.first_day <= self.reference
            and self.reference.year - self.latest.year <= _NEAR_YEARS
        ):
            return self.latest
        if self.latest.first_day > self.reference and (
            self.latest.year - self.reference.year <= _NEAR_YEARS
        ):
            # a notice of coming days ("will be interrupted on 8 July"): its day is its own
            return parse_partial_date(self.reference.isoformat())
        return None

    def titled(self, title: str | None) -> None:
        """A text with no publication day whose title names its year ("The galley log of
        SS Marrowind, 1952", "Kungsleden, August 2024 - trail notes"): the days it gives
        without a year are of that year."""
        if self.reference is not None or not title:
            return
        named = year_of_title(title)
        if named is not None:
            self.year, self.titled_alone = named
            if self.year.month is not None:
                self.last = self.year  # "Day Book / October 1923" over "Tue 2nd.": its days
        self.titled_year = self.year
        if looks_ahead(title, ()):
            # a programme's year is the time a sentence in the present is in: "What's on:
            # March 2025 / ... founded in 1896. Here is what is happening in March."
            self.present = self.year

    def letter(self, first: str) -> None:
        """A letter dated by its head, whose first sentence opens on its salutation
        ("Mother, / We came out of the line on the 1st."): its day is the date its days of
        the month count from, though no date is named before them."""
        if self.reference is not None and SALUTATION.match(first):
            self.last = self.last_back = parse_partial_date(self.reference.isoformat())

    def section(self, heading: str, paragraph: int) -> None:
        """A section's heading with no verb that ends on its year, under the title or not
        ("VOYAGE THE FIRST - LIVERPOOL TOWARDS VALPARAISO, 1853"): the days without a year
        under it are of that year; a month's name alone, of that month ("MARCH" over "Sun.
        9th Hollin Edge")."""
        year = year_of_section(heading)
        month = None if year is not None else month_of_heading(heading, self.year, self.reference)
        if month is not None:  # (the rows' own time from here: not a day told above)
            year = self.last = self.last_back = self.latest = month
        if year is None:
            return
        self.year, self.year_paragraph = year, paragraph
        self.year_past = self.year_planned = self.year_behind = False
        self.present = self.past = self.latest_from = None
        if self.titled_year is not None:
            self.titled_year = self.year  # a log's later voyage: its days are of its year

    def last_for(self, day_alone: bool) -> PartialDate | None:
        """The day a sentence's dates count from: the last day named, but for a diary's
        ``day_alone`` ("7th.") the day of the entry before it, when that entry glanced back
        at a day before its own ("Letter from Mary, written on the 20th ult.") or named only
        its year ("... a joke with the men this year")."""
        last, day = self.last, self.reference
        if not (self.headed and day_alone and day is not None and last is not None):
            return last
        back = last.day is not None and last.first_day < day
        return parse_partial_date(day.isoformat()) if back or _holds(last, day) else last

    def carried(
        self, anchor: PartialDate | None, sentence: Sentence, published: date | None
    ) -> PartialDate | None:
        """The date whose year a date of ``sentence`` written without one may take: the
        last date named (``anchor``, from :meth:`year_for`), when it is in the same paragraph
        or the entry before, when it names a day within about a year of the publication or
        of the story's latest day told (a report on a past year), or when the article has no
        publication date to go by; a month or a year of an earlier paragraph ("has operated
        since April 2014") is no guide to "began on 3 April" in a dated article, nor in one
        that says the day it was issued ("Issued: 27 June 2025")."""
        paragraph = self.year_paragraph
        published = published or self.issued
        if (
            published is None
            and anchor is not None
            and self.titled_year is not None
            # or, for a record's year alone, a day far from it: "RELIEF LOG, 1897 / Light first
            # exhibited 1 Oct. 1866.", "Keeper's Log, 1897 / Transcribed on 12 March 2019"
            and (
                anchor.month is None
                or (self.titled_alone and abs(anchor.year - self.titled_year.year) > _NEAR_YEARS)
            )
            and paragraph != sentence.paragraph
            and not sentence.item
        ):
            # "Call-out log 2031" over notes on "the team formed in 1962", then "4 March -
            # Search for two climbers": a year told in passing does not move the log's own
            return self.titled_year
        if anchor is None or published is None:
            return anchor
        if self.next_year and anchor.year > published.year and anchor.first_day > published:
            # "next year's race will move to Saturday 6 June 2026.", then "Entries close on 30
            # September": next year's plan is no guide to a day that lies ahead of the
            # publication on its own, in its paragraph or another (a programme of a later
            # year's games still is: "The Games open on 24 July 2026. / Athletics begins on 27
            # July")
            return None
        if paragraph != sentence.paragraph and tense_of(sentence.text) is Tense.FUTURE:
            # "The next meeting is scheduled for 6 December", a paragraph after "a term
            # beginning on 1 January 2025", in a text of 10 October 2024: a plan of a
            # paragraph with no date of its own lies ahead of the publication.
            return None
        # "* June 2023 - Strike ..." over "* Around Sept 20 - Dredging begins": a list's
        # entry goes on in the year of the entry before it.
        # (not a bare year far from the publication: "The lawns were laid in 1903." over a
        # calendar's rows, "Sat 26 April  Lawns open")
        far = anchor.month is None and abs(anchor.year - published.year) > 1
        listed = sentence.item and paragraph == sentence.paragraph - 1 and not far
        if paragraph == sentence.paragraph or listed:
            return anchor
        if anchor.day is None:
            return None
        # A day of an earlier paragraph goes on into this one when it is of the story's own
        # year; "arrested on 9 May 2021" in a report of October 2024 is background, and "The
        # trial, which opened on February 12" a paragraph later is of the year it was
        # written. A report published in 2025 on a death in August 2023 tells its story in
        # 2023: "on 9 August", a paragraph after "on 7 August 2023", is of that year.
        own = published
        if self.latest is not None and (published - self.latest.last_day).days > _NEAR_DAYS:
            own = self.latest.last_day
        return anchor if abs((own - anchor.last_day).days) <= _NEAR_DAYS else None

    def counting_day(self, published: date | None, plan: bool, text: str) -> date | None:
        """The day the dates of ``text`` count from: the reference, but the publication for
        prose that names a month after a programme's dated heading, a ``plan`` ("Sunday 3
        August" over "Early-bird tickets must be bought by 31 March", on a page of 12
        February; "Shuttle buses run on Saturday" is still the festival's), unless it tells
        what was done (a later bulletin's "peaked on Wednesday, the highest since 2015"), nor
        under a later message's day of issue ("Issue Time: 2024 Oct 09 1422 UTC")."""
        ahead = self.headed and published and self.reference and self.reference > published
        ahead = ahead and self.reference != self.issued
        month = MONTH_NAMED.search(text) is not None and tense_of(text) is not Tense.PAST
        return published if ahead and month else self.reference

    def unheaded(self, published: date | None, *, new_year: bool = False) -> None:
        """An entry under a heading with no date: relative dates count from the publication
        (or the day the text was issued) again; after a ``new_year``'s heading ("1794" over
        an account book's rows), no day of the year before carries on, past or present."""
        self.reference, self.headed = published or self.issued, False
        if new_year:
            self.present = self.past = None

    def leave_heading_at_a_run(self, text: str, opens: bool, published: date | None) -> None:
        """A paragraph of an undated diary that opens on a run of days after the dated
        heading above it and tells of them ("From 10 to 13 January the cable car was
        closed.", under "8 January. A gust ...") is a later entry: its days are not counted
        back from that day. Not a run before it ("From 1 to 8 March we were in the front
        trench. Yesterday ..." under "Friday 9 March."), nor a heading ("10 to 13 January.")."""
        memo = MEMORANDUM.match(text) and MONTH_NAMED.search(text)
        if self.headed and (memo or MEMORANDA.fullmatch(text)):
            self.unheaded(published)  # "Mem. my licence renewed ab.t the 1st of August"
            return
        end = opens_on_a_run_of_days(text) if opens and published is None else 0
        if not (end and self.headed and self.reference):
            return
        run = find_dates(text[:end], published=self.reference)
        first = run[0].value.split("/")[0] if run else ""
        if names_a_day(first) and date.fromisoformat(first) > self.reference:
            self.unheaded(None)

    def log_entry(self, day: str | None, paragraph: int, published: date | None) -> None:
        """A paragraph that opens on its day and a dash ("9.7.2024 - ... next year") dates
        its own relative words; the next paragraph without one counts from the publication
        again."""
        if day is not None:
            self.heading(day, paragraph)
            self.logged = paragraph
        elif self.logged not in (-1, paragraph):
            self.unheaded(published)
            self.logged = -1

    def dated(self, day: date | None) -> None:
        """A section of a column that is of ``day`` ("100 YEARS AGO - 1925"): its "today"
        and its weekdays count from it."""
        self.reference = day

    def heading(self, day: str, paragraph: int, *, issued: bool = False) -> None:
        """A dated heading: what follows counts from its day; the day the whole text was
        ``issued`` ("Issued: Thursday 7 November 2024, 10:00 UTC") also after the next
        heading without a date ("Summary")."""
        first, _, last = day.rstrip("?").partition("/")  # a run of days counts from its last
        self.reference, self.headed = date.fromisoformat(last or first), True
        self.heading_days = day if last or day.endswith("?") else None  # (or a doubted day)
        if issued:
            self.issued = self.reference
        self.last = self.last_back = self.year = parse_partial_date(last or first)
        self.year_paragraph, self.year_past, self.present = paragraph, False, None
        self.year_planned = self.year_behind = False
        self.past = None

    def after(
        self, sentence: str, paragraph: int, mentions: Sequence[Mention], *, told: bool = True
    ) -> None:
        """Move on past ``sentence`` and its dates; a line of the page's own ("Stavanger, 23
        October 2025") is not ``told``: it gives its year, not a day of the story."""
        # "Hearing: 24-27 February 2025", "Judgment handed down: 11 April 2025": the days of
        # a case's own record, over the story it tells from its start, are not its latest
        told = told and not (mentions and PROCEDURE.search(sentence, 0, mentions[0].start))
        # "May 9th. ... the German party of (I think) 1934 ... try for the summit about the
        # 25th": a far year named in passing is no date a day of the month counts from
        passing = [
            (written := written_year(mention.value.rstrip("~?"))) is not None
            and self._in_passing(written, paragraph)
            for mention in mentions
        ]
        self.planned_run = plan_s_run(mentions) or self.planned_run  # (see plans.py)
        for mention in mentions:
            end = mention.value.split("/")[-1]  # "3 to 19 September 2024": its last day
            newer = False
            if told and names_a_day(end):
                day = parse_partial_date(end)
                if self.latest is None or day.first_day > self.latest.first_day:
                    self.latest, self.latest_planned, newer = day, mention.planned, True
                    first = mention.value.split("/")[0]  # (a span's first day, or the day's)
                    self.latest_from = date.fromisoformat(first) if names_a_day(first) else None
            aside = in_aside(sentence, mention.start, mention.end, other_year=bool(self.latest))
            # (or a day, in a text whose own day gives the year: "to be completed by 31 March
            # 2027. A consultation will run from 9 June", in a statement of 3 June 2025)
            bound = mention.planned and (
                _BY_A_YEAR.fullmatch(mention.value) is not None
                or (self.reference is not None and mention.value.startswith("../"))
            )
            counted = counted_on(sentence, mention.start, mention.end)  # ("Nov. last")
            if aside or mention.value.endswith("/..") or bound or counted:
                # "has run a basin since 2019": a state that goes on to the present; "expects
                # to hold 20,000 collections by 2030": a bound ahead, no time the text is in
                continue
            if _ROUGH_YEAR.fullmatch(mention.value):
                continue  # "The main was laid around 1905": no year to put a day in
            written = written_year(mention.value)
            if written is None or self._in_passing(written, paragraph):
                continue
            tense = tense_at(sentence, mention.start)
            self.year, self.year_paragraph = written, paragraph
            self.next_year = _NEXT_YEAR.search(sentence) is not None
            # (not a day inside the span told last: a lease's term, then a day of it)
            self.year_behind = (
                not newer
                and self.latest is not None
                and written.last_day < self.latest.first_day
                and not (self.latest_from and written.first_day >= self.latest_from)
            )
            self.year_past, self.year_planned = tense is Tense.PAST, mention.planned
            if not self.year_past:
                self.present, self.present_future = written, mention.planned
            elif not mention.planned:
                self.past = written
        # "Osei, who joined in January 2023, scored twice": what an aside dates is not the
        # day "three days earlier" counts from
        points = [
            point
            for mention, passed in zip(mentions, passing, strict=True)
            if not passed
            and not counted_on(sentence, mention.start, mention.end)  # (nor "2 May that year")
            and (point := counted_from(mention.value, sentence, mention.start)) is not None
            and not (
                _WHO_ASIDE.search(sentence, 0, mention.start)
                and re.match(r"[^,;.]{0,40},\s", sentence[mention.end :])
            )
        ]
        if points:
            self.last_back, self.last = points[-1]

    def _in_passing(self, written: PartialDate, paragraph: int) -> bool:
        """Whether ``written``, a bare year far from the publication, is only a glance back
        from a paragraph that already tells of the days around it ("The bill was introduced
        on 9 March. The scheme was set up in 1987. The consultation closed on 28
        February."): the days after it stay in the paragraph's own time."""
        near = _NEAR_YEARS
        return (
            self.reference is not None
            and self.year is not None
            and self.year_paragraph == paragraph
            and self.year.month is not None
            and abs(self.year.year - self.reference.year) <= near
            and written.month is None
            and abs(written.year - self.reference.year) > near
        )


# "Dec 12 - Talks begin", "Around May 20 - A video appears": an entry that opens on its day
_OPENS_ON_A_DAY = re.compile(
    rf"\W*(?:(?i:around|about|c\.)\s*)?(?:(?:{MONTH_WORDS})\.?\s+\d|\d{{1,2}}\s+(?:{MONTH_WORDS}))"
)
_NEAR_DAYS = 400  # how far from the story's own time a day of an earlier paragraph goes on
_NEAR_YEARS = 2  # how far from the publication a year is still the text's own time
# A clause of "who" or "which", or a participle's, set off by commas, up to a date in it:
# "Osei, who joined in January 2023,", "The vessel, built in 1967 for the crossing,".
_WHO_ASIDE = re.compile(
    r",\s+(?:who|which|whose|(?:first\s+|originally\s+)?(?:[a-z]{3,}ed|built|made|born|"
    r"begun|sold|laid))\b[^,;.]*$"
)
_BY_A_YEAR = re.compile(r"\.\./\d{4}[~?]?")  # "by 2030"
# A year the text gives only roughly or in doubt ("1905~", "1987?").
_ROUGH_YEAR = re.compile(r"-?\d{4}[~?%]")
_NEXT_YEAR = re.compile(r"\bnext\s+year\b", re.IGNORECASE)


def _holds(year: PartialDate, day: date) -> bool:
    """Whether ``year``, a year alone, holds ``day``."""
    return year.month is None and year.year == day.year
