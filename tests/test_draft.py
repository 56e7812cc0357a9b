"""``kztimeline draft`` and ``draft()``: from articles to a sourced draft chronology."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kztimeline.cli import main
from kztimeline.dates import Precision
from kztimeline.draft import compose, draft, find_dates, read_articles, to_toml
from kztimeline.draft.article import read_article
from kztimeline.errors import DraftError
from kztimeline.load import bundled_path, load, loads
from kztimeline.timeline import Timeline
from tests.conftest import benchmark_module
from tests.draft_articles import ARTICLES, PIPELINE, STATE_VISIT, Article

SEEDS = Path(__file__).parents[2] / "shared" / "seeds"

# Every dated fact of the bundled events.toml that the two seed articles state.
SEED_FACTS = frozenset(
    {
        "2006-03-15",
        "2010-02",
        "2010",
        "2012",
        "2012-01-17",
        "2012-01-17/2012-12-31",
        "2012-11-12",
        "2012-11-14",
        "2012-11-14/2012-11-16",
        "2012-11-15/2012-11-16",
        "2012-11-16/2012-11-18",
        "2013-01-01/2015",
        "../2012",  # the annual high-level segment
    }
)
COMMENT = re.compile(r'^# (?P<source>[a-z0-9-]+), line (?P<line>\d+): "(?P<quote>.*)"$')


@pytest.fixture(scope="module")
def draft_benchmark() -> ModuleType:
    return benchmark_module("draft_dates")


@pytest.fixture(scope="module")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    if len(paths) < 2:
        pytest.skip(f"the seed articles are not in {SEEDS}")
    return paths


@pytest.fixture(scope="module")
def seed_draft_toml(seed_paths: list[Path]) -> str:
    return to_toml(compose(read_articles(seed_paths)))


@pytest.fixture(scope="module")
def seed_timeline(seed_draft_toml: str) -> Timeline:
    return loads(seed_draft_toml)


def _days_stated(event_quotes: list[str]) -> set[int]:
    return {int(number) for quote in event_quotes for number in re.findall(r"\d+", quote)}


class TestSeeds:
    def test_every_dated_fact_of_events_toml_is_found(self, seed_timeline: Timeline) -> None:
        found = {event.date.text for event in seed_timeline}
        assert found >= SEED_FACTS, sorted(SEED_FACTS - found)

    def test_at_most_three_drafts_are_not_dated_facts(self, seed_timeline: Timeline) -> None:
        others = [event.date.text for event in seed_timeline if event.date.text not in SEED_FACTS]
        assert len(others) <= 3, others

    def test_the_bundled_file_agrees(self, seed_timeline: Timeline) -> None:
        """The facts listed here are the dated facts of events.toml (except the analysts'
        reading of the reactions as a two-day span, which no sentence states)."""
        bundled = {event.date.text for event in load(bundled_path())}
        assert bundled - {"2012-11-12/2012-11-13"} == SEED_FACTS

    def test_no_day_that_the_text_does_not_give(
        self, seed_draft_toml: str, seed_timeline: Timeline
    ) -> None:
        """A day in a draft is a number in its sentence, the last day of a year its sentence
        says "until the end of", or the day the article was published (a briefing it
        reports)."""
        quotes = _quotes_by_event(seed_draft_toml)
        published = {source.published for source in seed_timeline.sources.values()}
        for event in seed_timeline:
            for side in (event.date.start, event.date.end):
                if side is None or side.precision is not Precision.DAY:
                    continue
                stated = side.day in _days_stated(quotes[event.id])
                end_of_year = (side.month, side.day) == (12, 31) and any(
                    f"end of {side.year}" in quote for quote in quotes[event.id]
                )
                assert stated or end_of_year or side.first_day in published, event.id

    def test_the_founding_in_both_articles_is_one_event_citing_both(
        self, seed_timeline: Timeline
    ) -> None:
        (founding,) = [event for event in seed_timeline if event.date.text == "2006-03-15"]
        assert len(founding.sources) == 2
        assert founding.kind == "milestone"

    def test_the_annual_segment_is_open_ended_with_no_rule(self, seed_timeline: Timeline) -> None:
        (segment,) = [event for event in seed_timeline if event.date.text == "../2012"]
        assert segment.repeat is None
        assert segment.description is not None
        assert "every year" in segment.description
        assert len(segment.sources) == 2

    def test_a_term_and_the_election_that_began_it_are_two_events(
        self, seed_timeline: Timeline
    ) -> None:
        kinds = {event.date.text: event.kind for event in seed_timeline}
        assert kinds["2012-01-17"] == "election"
        assert kinds["2012-01-17/2012-12-31"] == "term"
        assert kinds["2013-01-01/2015"] == "term"

    def test_datelines_date_the_sources(self, seed_timeline: Timeline) -> None:
        """ "ASTANA, Nov. 13" and "Nov 14. MFA" have no year: it comes from the dates inside."""
        published = sorted(source.published for source in seed_timeline.sources.values())
        assert published == [date(2012, 11, 13), date(2012, 11, 14)]

    def test_each_event_quotes_the_lines_it_came_from(
        self, seed_paths: list[Path], seed_draft_toml: str
    ) -> None:
        texts = {path.stem.replace("_", "-"): path.read_text().splitlines() for path in seed_paths}
        comments = [COMMENT.match(line) for line in seed_draft_toml.splitlines()]
        found = [match for match in comments if match is not None]
        assert len(found) >= len(SEED_FACTS)
        for match in found:
            line = texts[match["source"]][int(match["line"]) - 1]
            assert match["quote"].rstrip("…")[:40] in line

    def test_places_and_kinds_are_guessed_from_the_words(self, seed_timeline: Timeline) -> None:
        by_date = {event.date.text: event for event in seed_timeline}
        assert by_date["2012-11-12"].place == "New York"
        assert by_date["2012-11-12"].kind == "election"
        assert by_date["2012-11-14/2012-11-16"].place == "Brussels"
        assert by_date["2012-11-15/2012-11-16"].place == "Djibouti"
        assert by_date["2012-11-16/2012-11-18"].place == "Abu Dhabi"
        assert by_date["2012-11-14"].kind == "statement"
        assert by_date["2012-11-14"].place is None  # "Nov 14. MFA" names no place
        assert by_date["2010-02"].kind == "report"

    def test_the_same_articles_give_the_same_bytes(
        self, seed_paths: list[Path], seed_draft_toml: str
    ) -> None:
        assert to_toml(compose(read_articles(list(reversed(seed_paths))))) != ""
        assert to_toml(compose(read_articles(seed_paths))) == seed_draft_toml


def _quotes_by_event(text: str) -> dict[str, list[str]]:
    quotes: dict[str, list[str]] = {}
    pending: list[str] = []
    for line in text.splitlines():
        comment = COMMENT.match(line)
        if comment:
            pending.append(comment["quote"])
        elif line.startswith("id = "):
            quotes[line.split('"')[1]] = pending
            pending = []
    return quotes


class TestInto:
    def test_the_bundled_file_already_holds_the_seeds(self, seed_paths: list[Path]) -> None:
        """Everything the seeds date is in events.toml, so at most the non-facts remain."""
        proposals = compose(read_articles(seed_paths), into=load(bundled_path())).timeline
        assert len(proposals) <= 3
        assert not {event.date.text for event in proposals} & SEED_FACTS

    def test_only_what_the_file_lacks_is_proposed_and_it_appends_cleanly(
        self, seed_paths: list[Path], tmp_path: Path
    ) -> None:
        text = bundled_path().read_text(encoding="utf-8")
        start = text.index('[[events]]\nid = "oic-cfm-39"')
        end = text.index("[[events]]", start + 1)
        events = tmp_path / "events.toml"
        events.write_text(text[:start] + text[end:], encoding="utf-8")
        before = events.read_bytes()

        out = tmp_path / "proposals.toml"
        assert main(["draft", *map(str, seed_paths), "--into", str(events), "-o", str(out)]) == 0
        assert events.read_bytes() == before

        appended = loads(before.decode("utf-8") + out.read_text(encoding="utf-8"))
        added = [event for event in appended if event.id not in load(events)]
        assert "2012-11-15/2012-11-16" in {event.date.text for event in added}
        (oic,) = [event for event in added if event.date.text == "2012-11-15/2012-11-16"]
        assert set(oic.people) == {"idrisov", "ihsanoglu"}
        assert oic.sources == ("mfa-2012-11-14",)  # the file's own id for the same article
        assert "[sources." not in out.read_text(encoding="utf-8")

    def test_people_are_matched_by_name_and_alias(self, seed_paths: list[Path]) -> None:
        people_only = load(bundled_path()).with_events([], presorted=True)
        drafted = compose(read_articles(seed_paths), into=people_only).timeline
        people = {event.date.text: set(event.people) for event in drafted}
        assert people["2012-11-14/2012-11-16"] == {"volkov"}
        assert people["2012-11-14"] == {"abibullayev"}  # "Altai Abibullayev", an alias
        assert people["2012-01-17"] == {"sarsenbayev"}

    def test_the_into_file_is_never_the_output(
        self, seed_paths: list[Path], tmp_path: Path
    ) -> None:
        events = tmp_path / "events.toml"
        events.write_bytes(bundled_path().read_bytes())
        code = main(["draft", *map(str, seed_paths), "--into", str(events), "-o", str(events)])
        assert code == 2
        assert events.read_bytes() == bundled_path().read_bytes()


class TestOwnArticles:
    @pytest.mark.parametrize("article", ARTICLES, ids=[article.name for article in ARTICLES])
    def test_every_dated_fact_and_nothing_else(self, article: Article) -> None:
        timeline = draft({article.name: article.text}, published=article.published)
        assert {event.date.text for event in timeline} == article.expected

    @pytest.mark.parametrize("article", ARTICLES, ids=[article.name for article in ARTICLES])
    def test_the_draft_is_a_valid_events_file(self, article: Article) -> None:
        articles = [read_article(article.text, source_id=article.name, published=article.published)]
        timeline = loads(to_toml(compose(articles)))
        assert {event.date.text for event in timeline} == article.expected

    def test_the_same_signing_in_two_articles_is_one_event(self) -> None:
        texts = {STATE_VISIT.name: STATE_VISIT.text, PIPELINE.name: PIPELINE.text}
        timeline = draft(texts)
        (signing,) = [event for event in timeline if event.date.text == "2013-09-07"]
        assert signing.sources == ("state-visit", "pipeline")
        assert signing.kind == "agreement"
        assert len(timeline) == len(STATE_VISIT.expected | PIPELINE.expected)

    def test_an_html_page_is_read_as_text_with_its_own_lines(self) -> None:
        page = next(article for article in ARTICLES if article.name == "budget")
        article = read_article(page.text, source_id="budget")
        assert article.title == "Parliament approves 2015 budget"
        assert article.published == date(2014, 12, 3)
        lines = page.text.splitlines()
        for sentence in article.sentences:
            assert sentence.text[:20] in lines[sentence.line - 1]
        assert not any("2099" in s.text or "2001" in s.text for s in article.sentences)

    def test_only_the_story_of_a_page_is_read(self) -> None:
        """Headlines of other stories, sidebars and forms around the article give no event."""
        page = """<html><body>
<div class="most-read"><p>Flood hits Almaty on 3 May 2014</p></div>
<article>
<h1>Senate passes budget</h1>
<p>The Senate passed the budget on 10 December 2014.</p>
<aside><p>Related: the Mazhilis vote of 3 December 2014</p></aside>
<form><label>Subscribe before 1 January 2015</label></form>
</article>
<div><p>Archive: 12 March 2001</p></div>
</body></html>"""
        timeline = draft({"senate": page})
        assert [event.date.text for event in timeline] == ["2014-12-10"]
        assert timeline.sources["senate"].title == "Senate passes budget"

    @pytest.mark.parametrize(
        "metadata",
        [
            '<meta property="article:published_time" content="2014-12-03T09:00:00+06:00">',
            '<meta itemprop="datePublished" content="2014-12-03">',
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2014-12-03T09:00:00+06:00"}</script>',
            '<time datetime="2014-12-03">3 December</time>',
        ],
    )
    def test_a_page_is_dated_by_its_metadata(self, metadata: str) -> None:
        page = f"<html><head>{metadata}</head><body><p>The Senate met on Monday.</p></body></html>"
        article = read_article(page, source_id="senate")
        assert article.published == date(2014, 12, 3)
        assert [event.date.text for event in draft({"senate": page})] == ["2014-12-01"]

    def test_a_byline_and_a_dated_dateline_fill_the_source(self) -> None:
        bank = next(article for article in ARTICLES if article.name == "central-bank")
        article = read_article(bank.text, source_id="bank")
        assert (article.author, article.place) == ("Dana Omarova", "Almaty")
        assert article.published == date(2013, 3, 5)
        assert article.sentences[0].text.startswith("Kazakhstan's central bank cut")

    def test_a_date_in_the_byline_dates_the_article(self) -> None:
        text = (
            "Bank cuts rate\n\nBy Dana Omarova | Published: Tuesday, 5 March 2013, 10:32\n\n"
            "ALMATY, March 5 (Reuters) - The bank cut its rate on Tuesday, as it said in May."
        )
        article = read_article(text, source_id="bank")
        assert (article.author, article.published, article.place) == (
            "Dana Omarova",
            date(2013, 3, 5),
            "Almaty",
        )
        assert article.sentences[0].text.startswith("The bank cut its rate")
        dates = {event.date.text for event in draft({"bank": text})}
        assert dates == {"2013-03-05", "2012-05"}

    @pytest.mark.parametrize(
        "line",
        [
            "Updated 5:30 PM EST, Mon January 5, 2015",
            "January 5, 2015 at 3:45 p.m. ET",
            "Monday 5 January 2015 15.45 GMT",
            "Last updated: January 5, 2015",
            "2015-01-05",
            "By Jane Doe, Associated Press | January 5, 2015",
        ],
    )
    def test_a_line_of_the_head_that_only_gives_a_date_dates_the_article(self, line: str) -> None:
        text = f"Council meets\n\n{line}\n\nThe council met yesterday in Astana."
        article = read_article(text, source_id="council")
        assert article.published == date(2015, 1, 5)
        assert [s.text for s in article.sentences] == ["The council met yesterday in Astana."]
        assert [event.date.text for event in draft({"council": text})] == ["2015-01-04"]

    def test_a_date_line_then_a_dateline_with_the_place(self) -> None:
        text = (
            "Floods\n\nPublished: Sunday, 14 April 2024, 18:20\n\n"
            "PETROPAVL, Kazakhstan (AP) — The river rose on Saturday, officials said Sunday."
        )
        article = read_article(text, source_id="floods")
        assert (article.published, article.place) == (date(2024, 4, 14), "Petropavl")
        assert article.sentences[0].text.startswith("The river rose")
        dates = [event.date.text for event in draft({"floods": text})]
        assert dates == ["2024-04-13", "2024-04-14"]

    @pytest.mark.parametrize(
        ("head", "place"),
        [
            ("Ministry of Water Resources\nPress service\nAstana, 4 June 2024", "Astana"),
            ("Mazhilis\nVerbatim record of the sitting, Tuesday, 4 June 2024", None),
            ("Statement by the Ministry of Energy\n4 June 2024", None),
        ],
    )
    def test_a_letterhead_line_that_ends_on_a_day_dates_the_text(
        self, head: str, place: str | None
    ) -> None:
        text = f"{head}\nThe sitting opened at 10:00.\n\nThe dam will be inspected by 1 July."
        article = read_article(text, source_id="water")
        assert (article.published, article.place) == (date(2024, 6, 4), place)
        assert [event.date.text for event in draft({"water": text})] == ["../2024-07-01"]

    def test_a_wrapped_line_of_prose_that_ends_on_a_day_is_no_date_line(self) -> None:
        text = (
            "Visas\n\nCitizens of 12 countries will be able to enter\nKazakhstan from 1 May 2024\n"
            "without a visa, the ministry said."
        )
        article = read_article(text, source_id="visa")
        assert article.published is None
        assert len(article.sentences) == 1

    def test_a_press_releases_banner_and_wire_tag_are_no_text(self) -> None:
        text = (
            "FOR IMMEDIATE RELEASE\n\nSaryarka Bank launches instant payments\n\n"
            "ALMATY, Kazakhstan, March 2, 2024 /PRNewswire/ -- The bank launched instant "
            "payments for its clients today."
        )
        article = read_article(text, source_id="bank")
        assert (article.title, article.published) == (
            "Saryarka Bank launches instant payments",
            date(2024, 3, 2),
        )
        assert [s.text for s in article.sentences] == [
            "The bank launched instant payments for its clients today."
        ]

    def test_markdown_headings_and_entries_are_read_one_by_one(self) -> None:
        text = (
            "# Changelog\n\n## 4.2.0 - 2024-05-06\n- Sync resumes after a dropped connection.\n"
            "- Dropped support for Windows 7.\n\n## 4.1.1 - 2024-03-18\n- Fixed a crash.\n"
        )
        article = read_article(text, source_id="changes")
        assert (article.title, article.published) == ("Changelog", None)
        assert [s.text for s in article.sentences][:2] == [
            "4.2.0 - 2024-05-06",
            "Sync resumes after a dropped connection.",
        ]
        titles = {event.date.text: event.title for event in draft({"changes": text})}
        assert titles == {"2024-05-06": "4.2.0", "2024-03-18": "4.1.1"}

    def test_a_briefing_is_dated_and_placed_by_the_dateline(self) -> None:
        text = (
            "Ministry briefing\n\nASTANA, March 5, 2013 – The spokesman told a media briefing "
            "that the vote in New York had gone well."
        )
        (briefing,) = draft({"mfa": text})
        assert (briefing.date.text, briefing.kind, briefing.place) == (
            "2013-03-05",
            "statement",
            "Astana",
        )

    def test_a_dateline_without_a_date_names_the_place(self) -> None:
        text = "Rates cut\n\nALMATY (Reuters) - The bank cut rates on 5 March 2013."
        article = read_article(text, source_id="bank")
        assert article.place == "Almaty"
        assert article.sentences[0].text == "The bank cut rates on 5 March 2013."

    def test_a_sentence_that_opens_with_a_date_is_not_a_dateline(self) -> None:
        text = "Vote held\n\nOn 12 November 2012 - after months of lobbying - the vote was held."
        article = read_article(text, source_id="vote")
        assert article.published is None
        assert [event.date.text for event in draft({"vote": text})] == ["2012-11-12"]

    def test_the_publication_date_given_wins_over_the_dateline(self) -> None:
        bank = next(article for article in ARTICLES if article.name == "central-bank")
        timeline = draft({"bank": bank.text}, published=date(2013, 3, 8))
        assert "2013-03-05" in {event.date.text for event in timeline}  # Tuesday before the 8th
        assert timeline.sources["bank"].published == date(2013, 3, 8)

    def test_the_publication_date_may_be_given_as_text(self) -> None:
        bank = next(article for article in ARTICLES if article.name == "central-bank")
        as_date = draft({"bank": bank.text}, published=date(2013, 3, 8))
        as_text = draft({"bank": bank.text}, published="2013-03-08")
        assert [event.date.text for event in as_text] == [event.date.text for event in as_date]
        assert as_text.sources["bank"].published == date(2013, 3, 8)
        articles = read_articles([], published="2013-03-08")
        assert articles == []
        article = read_article(bank.text, source_id="bank", published="2013-03-08")
        assert article.published == date(2013, 3, 8)
        mentions = find_dates("The vote is on Friday.", published="2013-03-08")
        assert [mention.value for mention in mentions] == ["2013-03-08"]

    @pytest.mark.parametrize(
        ("published", "message"),
        [
            ("2012-13-01", "published '2012-13-01' is not a day; write it as YYYY-MM-DD"),
            ("13 Nov 2012", "published '13 Nov 2012' is not a day"),
            ("20121114", "published '20121114' is not a day"),
            (20121114, "published must be a date or a text YYYY-MM-DD, e.g. '2012-11-13'; got int"),
        ],
    )
    def test_a_publication_date_that_is_no_day_is_refused_in_one_line(
        self, published: object, message: str
    ) -> None:
        for call in (
            lambda: draft({"a": "Text."}, published=published),  # type: ignore[arg-type]
            lambda: read_article("Text.", source_id="a", published=published),  # type: ignore[arg-type]
            lambda: find_dates("On 3 May.", published=published),  # type: ignore[arg-type]
        ):
            with pytest.raises(DraftError) as raised:
                call()
            assert str(raised.value) == message or str(raised.value).startswith(message)
            assert "\n" not in str(raised.value)

    def test_the_following_day_counts_from_the_day_named_before(self) -> None:
        text = (
            "Ceasefire breaks down\n\nThe ceasefire was signed in Geneva on 3 May 2012.\n\n"
            "The next day, fighting resumed. Two weeks later, on 18 May 2012, talks reopened."
        )
        timeline = draft({"war": text})
        assert [event.date.text for event in timeline] == ["2012-05-03", "2012-05-04", "2012-05-18"]

    def test_one_text_is_one_article(self) -> None:
        timeline = draft("Talks ended. The treaty was signed on 2 May 1997 in Almaty.")
        assert list(timeline.sources) == ["article-1"]
        assert [event.date.text for event in timeline] == ["1997-05-02"]

    def test_the_same_sentence_twice_is_one_fact_stated_twice(self) -> None:
        text = "Head\n\n" + " ".join(["The council met on 3 May 2010 in Astana."] * 3)
        (event,) = draft({"minutes": text})
        assert event.sources == ("minutes",)

    def test_an_undated_article_gives_only_what_it_dates_in_full(self) -> None:
        text = "Talks ended yesterday. The treaty was signed on 2 May 1997 in Almaty."
        (event,) = draft([text])
        assert (event.date.text, event.place, event.sources) == (
            "1997-05-02",
            "Almaty",
            ("article-1",),
        )


class TestSentences:
    def test_abbreviations_and_initials_do_not_end_a_sentence(self) -> None:
        text = (
            "Nov 14. MFA\n\nMr. E. Idrisov met Dr. Smith on Nov. 15. They spoke. “Good,” he said."
        )
        sentences = [s.text for s in read_article(text, source_id="a").sentences]
        assert sentences == [
            "Mr. E. Idrisov met Dr. Smith on Nov. 15.",
            "They spoke.",
            "“Good,” he said.",
        ]

    def test_a_hard_wrapped_paragraph_is_one_text_that_remembers_its_lines(self) -> None:
        text = (
            "Heading\n\nThe council met on 3 May 2010\nin Astana. It agreed on 5 May 2010\nto act."
        )
        sentences = read_article(text, source_id="a").sentences
        assert [(s.text, s.line) for s in sentences] == [
            ("The council met on 3 May 2010 in Astana.", 3),
            ("It agreed on 5 May 2010 to act.", 4),
        ]

    def test_controls_and_direction_overrides_are_dropped(self) -> None:
        text = "Heading\n\nThe vote\u202e took place on 3 May 2010\x07 in Astana."
        (event,) = draft({"a": text})
        assert "\u202e" not in event.title
        assert "\x07" not in event.title


class TestErrors:
    def test_a_source_id_must_be_a_slug(self) -> None:
        with pytest.raises(DraftError, match=r"'Bad Id' is not a lowercase slug.*'bad-id'"):
            draft({"Bad Id": "On 3 May 2010 the council met."})

    def test_one_source_per_article(self, tmp_path: Path) -> None:
        article = tmp_path / "a.txt"
        article.write_text("On 3 May 2010 the council met.", encoding="utf-8")
        with pytest.raises(DraftError, match="2 --source ids for 1 articles"):
            read_articles([article], source_ids=["a", "b"])
        with pytest.raises(DraftError, match="two articles have the source id 'a'"):
            read_articles([article, article])

    @pytest.mark.parametrize(
        ("arguments", "message"),
        [
            (["missing.txt"], "missing.txt: no such file; check the path"),
            (["{article}", "--published", "2012-13-01"], "--published '2012-13-01' is not a day"),
            (["{article}", "--published", "13 Nov 2012"], "write it as YYYY-MM-DD"),
            (["{article}", "--source", "A B"], "source id 'A B' is not a lowercase slug"),
            (["{latin1}"], "is not UTF-8 (byte 0xe9); save the file as UTF-8"),
        ],
    )
    def test_the_command_says_what_to_fix_in_one_line(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        arguments: list[str],
        message: str,
    ) -> None:
        article = tmp_path / "article.txt"
        article.write_text("On 3 May 2010 the council met.", encoding="utf-8")
        latin1 = tmp_path / "latin1.txt"
        latin1.write_bytes("On 3 May 2010 the caf\xe9 opened.".encode("latin-1"))
        filled = [arg.format(article=article, latin1=latin1) for arg in arguments]
        assert main(["draft", *filled]) == 2
        error = capsys.readouterr().err
        assert message in error
        assert error.count("\n") == 1
        assert "Traceback" not in error


class TestCommand:
    def test_prints_the_draft(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        article = tmp_path / "council-report.txt"
        article.write_text("Heading\n\nThe council met on 3 May 2010 in Astana.\n", "utf-8")
        assert main(["draft", str(article)]) == 0
        out = capsys.readouterr().out
        assert '# council-report, line 3: "The council met on 3 May 2010 in Astana."' in out
        timeline = loads(out)
        assert [event.date.text for event in timeline] == ["2010-05-03"]
        assert list(timeline.sources) == ["council-report"]

    def test_writes_the_draft_atomically_and_names_the_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        article = tmp_path / "a.html"
        article.write_text("<p>The council met on 3 May 2010.</p>", encoding="utf-8")
        target = tmp_path / "draft.toml"
        arguments = ["draft", str(article), "--source", "minutes", "--published", "2010-05-04"]
        assert main([*arguments, "-o", str(target)]) == 0
        assert capsys.readouterr().out.strip() == str(target)
        timeline = load(target)
        assert timeline.sources["minutes"].published == date(2010, 5, 4)
        assert sorted(path.name for path in tmp_path.iterdir()) == ["a.html", "draft.toml"]


class TestBenchmark:
    def test_scores_count_exact_lenient_and_invented_dates(self) -> None:
        """The benchmark's arithmetic: a day inside a gold month is lenient and invented."""
        module = benchmark_module("draft_dates")
        total = module.Score()
        total.add({"2010-02-14", "2012-11-12", "1999"}, {"2010-02", "2012-11-12", "2013"})
        assert (total.found, total.gold, total.strict, total.recalled) == (3, 3, 1, 1)
        assert (total.lenient, total.covered, total.invented) == (2, 2, 1)

    def test_dateparser_gives_a_day_the_text_does_not(self) -> None:
        """The peer's weakness the benchmark measures is real, not assumed."""
        pytest.importorskip("dateparser")
        module = benchmark_module("draft_dates")
        case = module.Case("upr", "In February 2010, Kazakhstan presented its report.",
                           date(2012, 11, 14), frozenset({"2010-02"}))  # fmt: skip
        assert module.with_dateparser(case) == {"2010-02-14"}
        assert module.with_draft(case) == {"2010-02"}
        assert module.score(module.with_dateparser, [case]).invented == 1

    def test_the_corpus_is_twenty_texts_in_six_styles_or_more(
        self, draft_benchmark: ModuleType
    ) -> None:
        corpus = draft_benchmark.CORPUS
        assert len(corpus) >= 20
        assert len({text.style for text in corpus}) >= 6
        assert all(text.events for text in corpus)

    def test_the_draft_meets_the_targets_on_the_corpus(self, draft_benchmark: ModuleType) -> None:
        """Dates, titles and qualifiers, as the issue's targets put them; the figures are
        the ones the benchmark prints beside dateparser's."""
        found = draft_benchmark.evaluate()
        assert found.dates.strict / found.dates.found >= 0.97
        assert found.dates.recalled / found.dates.gold >= 0.95
        assert found.wrong_days == 0
        assert found.right_titles / found.dated >= 0.90
        assert found.faulty * 30 <= found.titles
        assert found.kept / found.qualified >= 0.80

    def test_a_key_word_matches_the_title_whatever_its_case(
        self, draft_benchmark: ModuleType
    ) -> None:
        """A key word written with a capital ("Quarry") names the fact as well as one
        written in lower case, as the corpus format promises."""
        corpus = sys.modules["draft_corpus"]
        text = corpus.Text(
            "quarry", "wire story", date(2019, 4, 2), "The Brede Quarry closed on 1 March.\n",
            (corpus.expect("2019-03-01", "Brede Quarry", "closed"),),
        )  # fmt: skip
        found = draft_benchmark.evaluate([text])
        assert (found.dated, found.right_titles) == (1, 1)

    @pytest.mark.parametrize(
        ("title", "faults"),
        [
            ("The bank cut its base rate", []),
            ("It held a one-day walkout", ["pronoun start"]),
            ("ALMATY (Reuters) - The bank cut its rate", ["boilerplate"]),
            ("The season's final round is", ["cut word"]),
            ("The bank cut its rate (), again", ["stray punctuation"]),
            ("The bank cut its rate (in March", ["stray punctuation"]),
            ("Last updated: 14 May | Privacy", ["boilerplate", "stray punctuation"]),
            ("Dear Members opened a second branch", ["boilerplate"]),
            ("The panel met to ask if", ["cut word"]),
            ("Was the best harvest on record", ["no subject"]),
            ("Inspectors was to report", ["agreement"]),
            ("The dam is finished. - A road is built over it", ["two lines joined"]),
            ("Opened, (annex)", ["stray punctuation"]),
            ("The Glass was blown in Venice", []),
        ],
    )
    def test_title_hygiene_names_each_fault(
        self, draft_benchmark: ModuleType, title: str, faults: list[str]
    ) -> None:
        assert draft_benchmark.hygiene(title) == faults


# Words and numbers that the grammar reacts to, mixed with anything, so that the examples
# reach the rules rather than only plain text.
_PIECES = st.sampled_from(
    [
        "on", "in", "from", "to", "until", "the end of", "between", "and", "since", "every year",
        "annually", "last", "next", "week", "month", "year", "ago", "yesterday", "Monday",
        "May", "March", "Nov.", "December", "February", "1", "14", "29", "31", "16-18",
        "2012", "2013", "1990s", "2010–12", "05/06/2012", "31/12/2012", "2012-02-30", ",",
        ".", " – ", "(", ")", "\n", "\n\n", "By", "ASTANA,", "will", "was", "said", "for a term",
        "briefing", "<p>", "</p>", "<script>", "&amp;", "\u202e", "\x00", "“", "”",
    ]
)  # fmt: skip
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map(" ".join)


class TestAnyText:
    @given(text=_TEXTS, published=st.one_of(st.none(), st.dates()))
    @settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
    def test_any_text_drafts_to_a_valid_events_file(self, text: str, published: date) -> None:
        """Whatever an article holds, the draft is an events file that loads, and every
        date in it is one the grammar found in a sentence of the article."""
        article = read_article(text, source_id="any", published=published)
        drafted = compose([article])
        timeline = loads(to_toml(drafted))
        assert len(timeline) == len(drafted.timeline)
        for event in drafted.timeline:
            assert all(citation.source_id == "any" for citation in drafted.citations[event.id])
