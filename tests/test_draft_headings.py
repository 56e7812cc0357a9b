"""A line that is nothing but a date heads the text under it: a logbook's entries, a
bulletin's issue line and a broadcast's day date what follows them until the next, and are
no facts themselves."""

from __future__ import annotations

from datetime import date

from kztimeline.draft import compose, draft, to_toml
from kztimeline.draft.article import read_article


def _drafted(text: str, published: str | None = None) -> dict[str, str]:
    return {event.date.text: event.title for event in draft(text, published=published)}


def test_each_entry_of_a_logbook_dates_the_relative_days_under_it() -> None:
    text = (
        "Ship's log of the Aral Star\n\n"
        "Wednesday, 2 June 1971.\nThe ship left Aralsk today.\n\n"
        "Saturday, 12 June 1971.\nThe engine failed yesterday and was mended by noon."
    )
    assert _drafted(text) == {
        "1971-06-02": "The ship left Aralsk",
        "1971-06-11": "The engine failed",
    }


def test_an_issue_line_dates_the_weekdays_of_a_bulletin() -> None:
    text = (
        "FLOOD NOTICE No. 4\n\n"
        "Issued: 18:30 local time, Monday 14 April 2031\n\n"
        "On Sunday the river rose above the warning mark at Semey. The water will reach "
        "Kurchatov on Wednesday."
    )
    drafted = {event.date.text: event.status for event in draft(text)}
    assert drafted == {"2031-04-13": None, "2031-04-16": "tentative"}


def test_a_field_that_names_an_event_is_no_heading() -> None:
    text = "Key dates:\nApproval: 4 May 2018\nOpening: 9 June 2019"
    assert sorted(_drafted(text)) == ["2018-05-04", "2019-06-09"]


def test_the_review_note_names_the_heading_a_weekday_was_counted_from() -> None:
    text = "FLOOD NOTICE No. 5\n\nIssued: Monday 14 April 2031\n\nOn Sunday the river rose."
    (event,) = draft(text)
    assert event.date.text == "2031-04-13"
    drafted = to_toml(compose([read_article(text, source_id="notice")]))
    assert "# weekday resolved against the dated heading 2031-04-14" in drafted


def test_a_dateline_after_a_standfirst_still_dates_the_story() -> None:
    text = (
        "Bank cuts rate\n\nThe central bank cut its base rate for the third time this year.\n\n"
        "ASTANA, Nov. 13, 2031 (Reuters) - The National Bank cut its base rate on Friday."
    )
    article = read_article(text, source_id="wire")
    assert (article.published, article.place) == (date(2031, 11, 13), "Astana")


def test_a_record_line_that_says_a_meeting_was_held_dates_the_record_only() -> None:
    """Minutes' own date line is the record's date, as a press release's is: it dates the
    text after it, and is no fact of the chronology."""
    text = (
        "Minutes of the Governors of Harlow Lane Primary School\n\n"
        "Held on Thursday 9 October 2031 at 6 pm, school library\n\n"
        "1. The head reported that the new roof was finished on 29 September.\n"
    )
    assert read_article(text, source_id="minutes").published == date(2031, 10, 9)
    assert _drafted(text) == {"2031-09-29": "The new roof was finished"}


def test_a_full_date_in_the_title_dates_what_the_text_leaves_without_a_year() -> None:
    """With no other date of the text's own, the day its title names is what a date without
    a year is read against."""
    text = (
        "Notes of the parish council's walk of the flood banks, held Saturday 4 April 2037\n\n"
        "The sluice at Mill End was cleared on 30 March. A new gauge will be fitted on 2 May.\n"
    )
    assert sorted(_drafted(text)) == ["2037-03-30", "2037-05-02"]


def test_a_line_that_says_someone_was_born_is_a_fact_not_the_page_date() -> None:
    """A short line under a title that opens with a life's event is drafted as that fact;
    it does not date the text, so the later dates are no plans."""
    text = (
        "Marta Ilves, violinist - biography\n\n"
        "b. 3 March 1951, Tartu\n\n"
        "She joined the Estonian Radio Orchestra in 1974 and retired in 2009.\n"
    )
    article = read_article(text, source_id="bio")
    assert article.published is None
    drafted = {event.date.text: event.status for event in draft(text)}
    assert drafted == {"1951-03-03": None, "1974": None, "2009": None}


def test_a_founding_line_under_a_society_name_is_the_founding() -> None:
    text = (
        "Kelso Amateur Astronomers\n\n"
        "Founded 12.01.1962 in the back room of the Cross Keys\n\n"
        "The society bought its first telescope in 1965.\n"
    )
    assert _drafted(text) == {
        "1962-01-12": "Kelso Amateur Astronomers was founded in the back room of the Cross Keys",
        "1965": "The society bought its first telescope",
    }


def test_a_birth_line_under_a_cv_s_name_is_titled_with_the_name() -> None:
    """The name before what the page is, without its honorific, is who was born."""
    text = (
        "Prof. Ilse Marren - Curriculum vitae\n\n"
        "Born 04.11.1955 in Graz\n\n"
        "Career\n1981-1990   Lecturer in hydrology, University of Linz\n"
    )
    assert _drafted(text)["1955-11-04"] == "Ilse Marren was born in Graz"


def test_a_founding_line_of_a_history_is_said_of_the_page_s_name() -> None:
    """A history's line "1921 - Founded in Omsk" under a firm's name is the firm's
    founding; a line whose verb takes an object ("Opened a second mill") keeps its words."""
    text = (
        "Irtysh Milling Company - Our story\n\n"
        "1921 - Founded in Omsk as a cooperative of four millers.\n"
        "1948 - Opened a second mill at Pavlodar.\n"
    )
    assert _drafted(text) == {
        "1921": "Irtysh Milling Company was founded in Omsk as a cooperative of four millers",
        "1948": "Opened a second mill at Pavlodar",
    }


def test_a_posted_line_still_dates_the_page() -> None:
    text = "Harbour notes\n\nPosted 14 May 2031\n\nThe ferry will sail again on Friday.\n"
    assert read_article(text, source_id="blog").published == date(2031, 5, 14)


_PROGRAMME = (
    "<html><body><h1>Delta Days 2031</h1><p>The festival runs from 3 to 5 July 2031.</p>"
    "<h2>Friday 3 July</h2><ul><li>10:00 Keynote on river ecology</li>"
    "<li>14:00-16:00 Boat trip to the delta</li></ul>"
    "<h2>Practical information</h2><ul><li>Tickets at the door</li></ul></body></html>"
)


def test_a_programme_s_entries_are_the_events_of_the_day_that_heads_them() -> None:
    """The entries of a list right under a day heading are that day's, plans when the
    page is older, titled with their time of day; a list under an undated heading, and
    prose under a diary's day, date nothing."""
    drafted = sorted(
        (event.date.text, event.title, event.status)
        for event in draft(_PROGRAMME, published="2031-05-01")
    )
    assert drafted == [
        ("2031-07-03", "10:00 Keynote on river ecology", "tentative"),
        ("2031-07-03", "14:00-16:00 Boat trip to the delta", "tentative"),
        ("2031-07-03/2031-07-05", "The festival runs", "tentative"),
    ]
    plain = "Delta Days 2031\n\nAstrakhan, 3-5 July 2031\n\nFriday 3 July\n- 10:00 Keynote\n"
    assert {event.date.text for event in draft(plain, published="2031-05-01")} == {
        "2031-07-03/2031-07-05",
        "2031-07-03",
    }
    diary = "Thursday, 6 March 2031.\n\nRain all day. The ferry did not run.\n\n- Letters written\n"
    assert list(draft(diary)) == []
