"""Dated facts: what each sentence dates, and what the words around each date say.

A fact is one date of one sentence, with its title, kind, place and people guessed from the
words around it (:mod:`kztimeline.draft.grouping` makes events of them). A sentence that
reports a briefing, a press conference or a statement, with no date of its own, is dated by
the article's publication day: a news report's dateline dates the briefing it reports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

from kztimeline.draft.ahead import (
    coming_up,
    deadlines_gone,
    looks_ahead,
    plans_ahead,
    timetable_at,
)
from kztimeline.draft.anchors import Anchors
from kztimeline.draft.article import FOUNDED_NOTE, Article
from kztimeline.draft.briefings import tells_a_briefing
from kztimeline.draft.compared import every_date_only_compared
from kztimeline.draft.cues import ORDINAL
from kztimeline.draft.daylines import POSTED, STAMP_LINE, an_issue_line
from kztimeline.draft.decisions import VOTE
from kztimeline.draft.done import news_lead
from kztimeline.draft.entries import (
    a_day_alone,
    counted_from_its_day,
    day_dash_end,
    entry_s_opening,
    lists_of_days,
    log_stamp,
    stamped_by_its_day,
    told_at_an_hour,
    under_stamp,
)
from kztimeline.draft.furniture import dates_the_text, the_text_s_own_day
from kztimeline.draft.grammar import matches
from kztimeline.draft.guesses import kind_of, people_of, place_of
from kztimeline.draft.habits import tells_a_habit
from kztimeline.draft.headings import (
    a_letter_s_date_line,
    entry_of_the_day,
    head_title,
    heading_day,
    item_topic,
    main_clause_of_the_day,
    stamped,
    undated_heading,
    under_heading,
    years_ago,
)
from kztimeline.draft.letters import SALUTATION
from kztimeline.draft.line_breaks import YEAR_SENTENCE
from kztimeline.draft.listings import heading_over_prose, section_topic, told_again_below
from kztimeline.draft.mentions import one_fact_a_day
from kztimeline.draft.normalise import Mention, find_dates
from kztimeline.draft.plans import a_plan_s_entry, heads_plans, planned_by_thread, within_a_plan
from kztimeline.draft.restated import days_told_before
from kztimeline.draft.subjects import page_subject
from kztimeline.draft.table_rows import counts_by_month
from kztimeline.draft.title_year import (
    bare_period,
    in_its_season,
    month_alone,
    programme_s_year,
    season_of,
    titled_period,
    year_over_prose,
)
from kztimeline.draft.titles import is_furniture, title_of
from kztimeline.draft.trim import clean, cut
from kztimeline.draft.voices import article_voice
from kztimeline.draft.weather import weather_line
from kztimeline.draft.words import stems
from kztimeline.edtf import parse_partial_date

__all__ = ("Citation", "Fact", "facts_of")


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a fact was read: the source, the line of its file and the sentence."""

    source_id: str
    line: int
    quote: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One date of one sentence, with what the draft guesses from the words around it."""

    value: str
    citation: Citation
    title: str
    kind: str | None
    place: str | None
    people: tuple[str, ...]
    words: frozenset[str]
    term: bool = False
    annual: bool = False
    starts_something: bool = False
    planned: bool = False  # a plan or a forecast, not yet past
    untitled: bool = False  # no clause gave a title: a neutral one stands in
    notes: tuple[str, ...] = ()  # how a date not written in full was completed
    sentence: int = 0  # its sentence's place in the article, which tells two sentences apart


_STARTS = re.compile(
    r"\b(?:assumes?|assumed|assuming|take up|takes up|took up|begins?|began|starts?|started|"
    r"takes? office|took office|joins?|joined|sworn in)\b",
    re.IGNORECASE,
)
_CONTEXT = 5  # the undated sentences after a dated one that may name who takes part


def facts_of(
    article: Article,
    *,
    people: Mapping[str, Sequence[str]] | None = None,
    places: Sequence[str] = (),
    dropped: list[Citation] | None = None,
) -> list[Fact]:
    """Every dated fact of ``article``, in reading order.

    ``people`` maps a person id to the names and aliases to look for; ``places`` are place
    names to prefer over the ones guessed from ``in <Name>``. Each expression that names no
    date without a publication date ("on November 12", "on Friday") is appended to
    ``dropped``, when given, as a citation whose quote is the expression.
    """
    found: list[list[Mention]] = []
    texts = [sentence.text for sentence in article.sentences]
    anchors = Anchors(article.published)
    lists = lists_of_days(article)  # "Saturday 5 April", "Saturday 3 May": no headings
    head = head_title(article)
    anchors.titled(head)
    season = season_of(head, texts[:5]) if article.published is None else None  # "SEASON 2025/26"
    anchors.letter(texts[0] if texts else "")  # "Mother, / We came out of the line on the 1st"
    headed_item = just_headed = False  # entries since a dated heading all a list's; just read
    heading_plan, headings = False, 0  # whether that heading's day is a plan; how many
    year_heading: int | None = None  # the year of a heading alone just read ("<h2>1936</h2>")
    stamp_at, stamp_line = -1, ""  # the last news item's stamp; the entry's bulletin stamp
    notes: list[int] = []  # a masthead's "FERNDALE BOWLING CLUB (founded 1909)"
    plan_lead = ""  # a plan's lead over its list ("THE ORDER will prohibit vehicles in:")
    for number, sentence in enumerate(article.sentences):
        if FOUNDED_NOTE.fullmatch(sentence.text):
            notes.append(number)  # read last: it dates no entry and is no plan
            found.append([])
            continue
        letter = a_letter_s_date_line(article, number)  # "Kinyamba, 14th March 1887."
        next_text = texts[number + 1] if number + 1 < len(texts) else ""
        # (a letter's date line over its salutation is the letter's, however it looks: "The
        # Vicarage, 17 Jan. 1906." over "My dear Archdeacon,")
        saluted = letter and SALUTATION.match(next_text) is not None
        if is_furniture(sentence.text) and not saluted:
            found.append([])  # a docket header or a caption dates nothing
            own = find_dates(sentence.text) if an_issue_line(sentence.text) else []
            if (day := heading_day(sentence.text, own)) is not None:
                # "Issued: 18 September 2024" dates what follows; a "Posted 2 May" its post
                posted = POSTED.match(sentence.text) is not None
                anchors.heading(day, sentence.paragraph, issued=not posted)
                stamp_line = sentence.text  # "No. 42 | Issued Friday 7 February 2025, 17:00"
                headed_item = just_headed = posted and not stamped(article.sentences, number)
            elif dates_the_text(sentence.text):
                # "Stavanger, 23 October 2025" under a report's title: the year it is in
                lines = find_dates(sentence.text, published=anchors.reference)
                anchors.after(sentence.text, sentence.paragraph, lines, told=False)
                if not lines:  # "Est. 1893 / COMPETITION CALENDAR 2026": the card's year
                    anchors.section(sentence.text, sentence.paragraph)
            continue
        after = article.sentences[number + 1 : number + 3]
        if (column := years_ago(sentence.text, article.published, after)) is not None:
            anchors.dated(column[0] or article.published)  # "100 YEARS AGO - 1925 ... today"
        missed: list[str] = []
        frames: list[Mention] = []
        # (a bulletin's stamp heads what follows it wherever it stands: "UPDATE - 12:15 ...")
        stamp_here = STAMP_LINE.fullmatch(sentence.text) is not None
        day_alone = a_day_alone(article, number)  # (a diary's "5th." under the day before)
        opens = article.opens_paragraph(number) or letter or stamp_here or day_alone
        anchors.leave_heading_at_a_run(sentence.text, opens, article.published)
        stamp = log_stamp(article, number)  # "9.7.2024 - ... next year": a log's entry
        anchors.log_entry(stamp and stamp[0], sentence.paragraph, article.published)
        year_anchor, from_plan = anchors.year_for(
            sentence.text, sentence.paragraph, item=sentence.item
        )
        read = partial(
            find_dates,
            sentence.text,
            anchor_back=anchors.last_back,
            year_anchor=in_its_season(
                season, anchors.carried(year_anchor, sentence, article.published), sentence.text
            ),
            dropped=missed,
            frames=frames,
            frame=anchors.frame(),
        )
        counting = anchors.counting_day(article.published, heading_plan, sentence.text)
        mentions = read(published=counting, anchor=anchors.last_for(day_alone))
        mentions = under_stamp(mentions, stamp[0], sentence.text) if stamp else mentions
        logged = anchors.logged == sentence.paragraph
        entry_day = None if stamp else stamped_by_its_day(article, number, mentions, logged=logged)
        anchors.log_entry(entry_day, sentence.paragraph, article.published)  # "April 2nd. -"
        recounted: set[int] = set()  # its own relative words count from it ("Tuesday last")
        if entry_day and anchors.reference != counting:  # "Mar. 3rd. - ... on Tuesday last"
            missed.clear()  # (read again, from the entry's own day)
            frames.clear()
            again = read(published=anchors.reference, anchor=parse_partial_date(entry_day))
            mentions, recounted = counted_from_its_day(sentence.text, mentions, again, entry_day)
        if entry_day and logged:  # a log table's next row: its own day, no plan
            mentions = [replace(mentions[0], planned=False), *mentions[1:]]
        if entry_day:
            mentions = under_stamp(mentions, entry_day, sentence.text, recounted)
        headed_day = anchors.reference if anchors.headed else None
        mentions = under_heading(mentions, headed_day, sentence.text)
        mentions = [m for m in mentions if not the_text_s_own_day(sentence.text, m.start)]
        if counts_by_month(sentence.text, texts[number - 1] if number else ""):
            mentions = []  # "Peak counts by month, 2024" over "April 6 | May 14 | June 21"
        retrieved = texts[number + 1 : number + 2] and _RETRIEVED.match(texts[number + 1])
        if retrieved and len(mentions) == 1:  # "Maesfor Herald. 3 March 2023. Retrieved 9 May"
            beside = sentence.text[: mentions[0].start] + sentence.text[mentions[0].end :]
            mentions = mentions if _WORDS_BESIDE.sub("", beside) else []  # a source's day
        if column is not None and column[0] is not None:
            mentions = [m for m in mentions if m.start >= column[1]]  # not its heading's year
        entry = headed_item and (sentence.item or just_headed)
        weather = entry and weather_line(article, number, bool(mentions), anchors.reference)
        # the day is the next sentence's: what was done that day
        mentions, entry = ([] if weather else mentions), entry and not weather
        # "<h2>1936</h2>" over "The first cheese cellar opened.": a history's year heading
        days = anchors.heading_days or anchors.reference
        heading, plan = (days, heading_plan) if entry else (year_heading, False)
        if not entry and month_alone(sentence.text):
            heading = None  # "1893." over "March.": a month's heading of that year, no entry
        year_heading = None
        # an entry that names dates, none kept ("A preview said the festival would return on
        # 12 June"; not "the strongest since 2018"), or a habit ("Night buses run every
        # Friday"), is not of the heading's day; a news item's lead in the past, under its
        # stamp and headline, is of the stamp's day
        lead = 0 <= stamp_at == number - 2 and opens and news_lead(sentence.text)
        heading = anchors.reference if lead and anchors.headed else heading
        named = [] if mentions or heading is None else matches(sentence.text, None)
        dated = bool(named) and not every_date_only_compared(sentence.text, named)
        if not (mentions or heading is None or dated or tells_a_habit(sentence.text)):
            # "Tuesday 14 October" over "09:30 Opening address": a programme's entries are
            # the events of the day that heads them; a diary's "5 January" over "Landed
            # stores and the two weasels.", the first sentence of its entry.
            mentions = [entry_of_the_day(sentence.text, heading, article.published, planned=plan)]
        elif heading is not None:
            # "5 June." over "Reached Khapalu, where the party had arrived by 1 June."
            mentions = main_clause_of_the_day(
                sentence.text, mentions, heading, article.published, plan
            )
        just_headed = weather
        if anchors.headed and stamp_line:  # "issued a tsunami advisory at 03:25"
            mentions = told_at_an_hour(sentence.text, mentions, anchors.reference, stamp_line)
        listed = a_plan_s_entry(plan_lead, sentence.text, sentence.item)
        thread = from_plan and not entry_day  # (a plan's year, not an entry's own day)
        found.append(planned_by_thread(mentions, thread, sentence.text, listed, anchors.reference))
        plan_lead = sentence.text if sentence.text.endswith(":") else plan_lead if listed else ""
        runs = anchors.headed or (heading is not None and not _NTH.search(next_text))
        day = heading_day(sentence.text, found[-1], allow_runs=runs, letter=letter)
        if opens and day is not None and number not in lists:
            anchors.heading(day, sentence.paragraph)  # a diary's entry, a bulletin's issue
            stamp_line = sentence.text if an_issue_line(sentence.text) else ""
            heading_plan = (
                heads_plans(  # (the first heading, or one after a planned one)
                    day, found[-1], from_plan, year_anchor, heading_plan or not headings
                )
                or within_a_plan(
                    day, anchors.planned_run, article.sentences[number + 1 : number + 2]
                )
            )
            headings += 1
            found[-1] = []
            # (a letter's opening is no entry of its day: "My Dear Josiah, It is with a heavy")
            headed_item = just_headed = not saluted and not stamped(article.sentences, number)
            stamp_at = -1 if headed_item else number  # a news item's stamp, over its headline
            continue
        headed_item = headed_item and (sentence.item or weather)
        # "(date not sure)" over a diary's entry; not "Slipway reopens" under its news stamp
        undated = opens and not found[-1] and undated_heading(sentence.text)
        if anchors.headed and undated and number - 1 != stamp_at:
            anchors.unheaded(article.published)
        if dropped is not None:
            dropped += [Citation(article.source_id, sentence.line, text) for text in missed]
        # "2024 was a year of renewal. In March we ...": its year goes on to the dates after it
        alone = opens and _alone(article, number)  # the paragraph's only sentence
        after_it = texts[number + 1] if number + 1 < len(texts) else ""  # the section's prose
        # ("1948. In a borrowed garage, she begins ...": its paragraph's year; a line "1870")
        headed = (
            alone
            or (opens and sentence.text.rstrip().endswith("."))
            or (not sentence.item and YEAR_SENTENCE.fullmatch(sentence.text) is not None)
        )
        # a year alone ("<h2>1936</h2>") or with a short title ("1896: Beginnings") over prose
        year_over = headed and bare_period(sentence.text, found[-1])
        year_over = year_over or (alone and year_over_prose(sentence.text, found[-1], after_it))
        titled = alone and programme_s_year(sentence.text, found[-1])  # "2025 FIXTURES"
        if year_over or titled or (alone and titled_period(sentence.text, found[-1], after_it)):
            frames, found[-1] = found[-1], []  # "<h2>1950s</h2>" over the decade's paragraph
            if year_over and len(frames) == 1 and re.fullmatch(r"\d{4}", frames[0].value):
                year_heading = int(frames[0].value)  # a new year: no entry's day goes on
                anchors.unheaded(article.published, new_year=True)
        timed = sorted([*found[-1], *frames], key=lambda mention: mention.start)
        # "100 YEARS AGO (1925)" over a paragraph: a heading's year is the next paragraph's.
        heads = alone and frames and not found[-1]
        anchors.after(sentence.text, sentence.paragraph + (1 if heads else 0), timed)
        if (alone or month_alone(sentence.text)) and not timed:  # (or "1853. / July.")
            anchors.section(sentence.text, sentence.paragraph)  # "VOYAGE THE FIRST - ..., 1853"
    told_again_below(article, found)  # "18-21 April 2025" over "Follow the trail from 18 ..."
    days_told_before(texts, found)  # "on January 9, 2019 ... The letter of January 9"
    if article.published is None and looks_ahead(article.title, texts[:3]):
        found = plans_ahead(texts, found)  # an undated programme's coming shows
    elif article.published is None and (
        (programme := timetable_at(texts, lambda n: _alone(article, n))) is not None
    ):
        # "TIMETABLE" over "Thu 14 Aug  18:00 Registration closes": the rows under it
        found = [*found[:programme], *plans_ahead(texts, found)[programme:]]
    elif article.published is None and not headings:
        # "required ... no later than June 15, 2021" in an opinion (a diary's plan is its entry's)
        found = deadlines_gone(texts, found)
    tops = [undated_heading(text) and article.opens_paragraph(n) for n, text in enumerate(texts)]
    found = coming_up(texts, tops, found, article.published)  # "Coming up" over "on Saturday"
    for number in notes:  # (its brackets no citation's: "LEAGUE (Established 1891)")
        found[number] = find_dates(re.sub(r"[()]", " ", texts[number]))
    # Where the run of undated sentences after each one ends, found backwards in one pass.
    run_end = [0] * len(found)
    for index in range(len(found) - 1, -1, -1):
        later = index + 1
        run_end[index] = (
            later
            if later == len(found)
            or found[later]
            or article.sentences[later].paragraph != article.sentences[index].paragraph
            else run_end[later]
        )
    facts: list[Fact] = []
    for index, (sentence, mentions) in enumerate(zip(article.sentences, found, strict=True)):
        # A few undated sentences after a dated one go on about it ("The delegation is headed
        # by ..."): who they name takes part (a few: no long paragraph read once a sentence).
        reported = tells_a_briefing(sentence.text)  # "The minister told reporters that ..."
        if not mentions and not (article.published and reported):
            continue
        following = [
            later.text
            for later in article.sentences[index + 1 : min(run_end[index], index + 1 + _CONTEXT)]
        ]
        context = " ".join([sentence.text, *following])
        if not mentions and article.published and reported:
            value = article.published.isoformat()
            briefing = _fact(article, index, None, value, context, people or {}, places)
            # The briefing is where the article was written, not where its news happened.
            facts.append(replace(briefing, kind="statement", place=article.place))
        rest = (context, people or {}, places, mentions, lists.get(index))
        for mention in one_fact_a_day(mentions, sentence.text):
            facts.append(_fact(article, index, mention, mention.value, *rest))
    return facts


# a day of the month told ("94 degrees on the 26th"): a run of days under a year's line over
# it heads no entry (one among entries headed by their days, or under a year's line, does)
_NTH = re.compile(rf"\bthe\s+\d{{1,2}}{ORDINAL}\b")
# a reference's line after the day its source was published
_RETRIEVED = re.compile(r"(?:Retrieved|Accessed|Archived)(?:\s+(?:on|from))?\s+\d")
_WORDS_BESIDE = re.compile(r"[\W\d_]+")  # nothing but the date in its sentence


def _alone(article: Article, index: int) -> bool:
    """Whether the sentence at ``index`` is its paragraph's only one."""
    sentences = article.sentences
    paragraph = sentences[index].paragraph
    return index + 1 == len(sentences) or sentences[index + 1].paragraph != paragraph


def _fact(
    article: Article,
    index: int,
    mention: Mention | None,
    value: str,
    context: str,
    people: Mapping[str, Sequence[str]],
    places: Sequence[str],
    mentions: Sequence[Mention] = (),
    list_title: str | None = None,
) -> Fact:
    sentence = article.sentences[index]
    text = sentence.text
    term = mention is not None and mention.term
    # A date the sentence does not write (a heading's day over an entry) owns the whole entry.
    own = mention.spans if mention is not None and mention.text else ()
    # (not a span that holds the date or lies in it: "from 1610 until 1878, when ...")
    other = [
        span
        for other in mentions
        if other is not mention
        for span in other.spans
        if not any(span[0] < b and a < span[1] for a, b in own)
    ]
    if (stamp := log_stamp(article, index)) and (mention is None or mention.start > 0):
        other.append((0, stamp[1]))  # "9.7.2024 - The new roof ...": the log's stamp
    elif (opening := entry_s_opening(text, mention)) is not None:
        other.append(opening)  # "Saturday 14th. - Miss Greaves leaves us", "Jan. 5th, Mon. - "
    # The paragraph's sentences before, else the article's: where a pronoun's name is.
    # (without an entry's opening day: "March 20th. - The boat for the coast ...")
    earlier = [b.text[day_dash_end(b.text) :] for b in article.sentences[max(0, index - 8) : index]]
    if index > 8:
        earlier.insert(0, article.sentences[0].text)  # who "he" is, in a long biography
    voice = article_voice(article)
    page = page_subject(article.title)  # "Aksu Valley Observatory": its fields' subject
    prose = heading_over_prose(article, index, mentions)  # "1888 - The beginning" over its story
    told, spans, others = (prose, (), []) if prose else (text, own, other)
    title, untitled = (
        (clean(list_title), False)
        if list_title
        else title_of(told, spans, others, earlier, voice, page, site=voice != article.author)
    )
    if (
        re.fullmatch(VOTE, text)
        and index
        and article.sentences[index - 1].paragraph == sentence.paragraph
    ):
        # "RESOLUTION 2025-031 awarding the contract to X. Approved 4-1.": what was voted on
        title = cut(f"{clean(article.sentences[index - 1].text)}: {text.rstrip('.')}")
        untitled = False
    elif (topic := item_topic(article, index)) is not None:
        # "4. Public hearing on X. Continued to April 22.": the heading names what a verb lacks
        title, untitled = f"{topic}: {title}", False
    elif (section := section_topic(article, index, title, untitled)) is not None:
        title, untitled = section, False  # "Mapping the Marsh" over "Opens 3 October 2025"
    return Fact(
        value=value,
        citation=Citation(article.source_id, sentence.line, text),
        title=title,
        untitled=untitled,
        kind=kind_of(text, term=term),
        place=place_of(text, places) or place_of(context, places),
        people=people_of(context, people),
        words=stems(text),
        term=term,
        annual=mention is not None and mention.annual,
        starts_something=_STARTS.search(text) is not None,
        planned=mention is not None and mention.planned,
        notes=mention.notes if mention is not None else (f"dated by the publication day {value}",),
        sentence=index,
    )
