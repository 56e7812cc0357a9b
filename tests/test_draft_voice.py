"""Who "we" and "our" are in a title when no sentence before says: the organisation the
page's own title names, else the author its byline or date line gives, else the authors."""

from __future__ import annotations

from datetime import date

from kztimeline.draft import draft
from kztimeline.draft.article import read_article


def _titles(text: str, published: str | None = "2023-06-10") -> dict[str, str]:
    return {event.date.text: event.title for event in draft(text, published=published)}


def test_we_of_a_report_is_the_organisation_its_title_names() -> None:
    text = (
        "Aral Water Trust: Review of the Year\n\n"
        "Our school programme began in March 2019. We are building a clinic in Kazaly in 2025."
    )
    titles = _titles(text)
    assert titles["2019-03"] == "Aral Water Trust’s school programme began"
    assert titles["2025"].startswith("Aral Water Trust is building a clinic")


def test_we_of_a_blog_is_the_author_its_date_line_names() -> None:
    text = "A weekend at Kapchagay\n\nPosted on 4 June 2023 by Timur Ospanov\n\n"
    text += "We swam in the reservoir on 3 June and we were back home by nine."
    assert read_article(text, source_id="blog").author == "Timur Ospanov"
    assert _titles(text)["2023-06-03"].startswith("Timur Ospanov swam in the reservoir")


def test_we_is_carried_into_a_second_verb_and_named_there_too() -> None:
    text = (
        "Our story\n\nKestrel Cycles was set up in 1994 by two mechanics. We opened a second "
        "workshop in 2003 and started building frames in 2010."
    )
    titles = _titles(text)
    assert titles["2003"] == "Kestrel Cycles opened a second workshop"
    assert titles["2010"] == "Kestrel Cycles started building frames"


def test_we_with_no_name_anywhere_are_the_authors() -> None:
    text = "Summary\n\nWe measured the flow of the Ili river in April 2016 at four gauges."
    assert _titles(text)["2016-04"].startswith("Authors measured the flow of the Ili river")


def test_a_company_named_before_is_still_who_we_are() -> None:
    text = (
        "Annual letter of the Kaspi Steppe Foundation\n\n"
        "Last year was hard for Ertis Logistics. In May 2022 we opened a depot in Pavlodar."
    )
    assert _titles(text)["2022-05"].startswith("Ertis Logistics opened a depot")


def test_a_records_date_line_under_its_title_dates_the_days_without_a_year() -> None:
    sitting = (
        "RECORD OF THE CITY COUNCIL\nSession of Friday, 8 March 2019\n\n"
        "The budget was tabled on 2 February and approved on 1 March."
    )
    assert read_article(sitting, source_id="council").published == date(2019, 3, 8)
    assert set(_titles(sitting, None)) == {"2019-02-02", "2019-03-01"}
    minutes = (
        "Minutes of the committee of the Ak Bulak Residents Association\n"
        "Held on Monday 3 June 2019 at 6.30 p.m., library hall\n\n"
        "The treasurer resigned on 20 May."
    )
    # The minutes' own date line dates them, as a release's does, and is no event.
    assert read_article(minutes, source_id="minutes").published == date(2019, 6, 3)
    assert set(_titles(minutes, None)) == {"2019-05-20"}


def test_a_wrapped_line_of_prose_with_a_date_is_no_date_line() -> None:
    text = "The regional court of Taraz\nannulled the sale of 4 May 2020\nlast week, lawyers said."
    assert read_article(text, source_id="prose").published is None


def test_a_timetable_verb_in_the_present_looks_to_the_coming_weekday() -> None:
    # Published on a Thursday: the nearest Monday is three days back, the coming one four on.
    text = "The festival opens on Monday in Turkistan. The old market closed on Monday."
    titles = {e.date.text: e.title for e in draft(text, published="2022-09-15")}
    assert set(titles) == {"2022-09-19", "2022-09-12"}
    assert titles["2022-09-19"].startswith("The festival opens")


def test_a_courts_ruling_in_the_present_is_dated_by_its_opinion() -> None:
    text = (
        "REGIONAL COURT OF PAVLODAR\n\nJudgment delivered 9 October 2018\n\n"
        "The tenant sued on 3 April 2017. The claim is dismissed."
    )
    assert set(_titles(text, None)) == {"2017-04-03", "2018-10-09"}


def test_a_speakers_we_is_left_to_the_speaker() -> None:
    text = '"We will reopen the library by 2026," the district head said.'
    assert _titles(text)["../2026"].startswith("We will reopen the library")


def test_a_doubt_after_the_date_of_an_entry_is_kept() -> None:
    text = "Chronology of the mill\n\n- 1850 – the first mill was probably built here\n"
    text += "- 1874 – the mill burned down"
    assert set(_titles(text, None)) == {"1850?", "1874"}


def test_since_the_event_of_a_year_starts_a_state_unless_compared() -> None:
    assert set(_titles("Since the great drought of 2012, the well has stood empty.")) == {"2012/.."}
    assert not _titles("Wheat prices are the lowest since the harvest failure of 2010.")


def test_a_programme_named_by_its_target_year_is_no_date() -> None:
    text = "The city opened four parks in 2021 under the 2040 Vision of the mayor's office."
    assert set(_titles(text)) == {"2021"}


def test_two_weekdays_joined_by_until_are_one_span() -> None:
    # Published on a Tuesday: the coming Thursday night until Saturday.
    text = "Frost will grip the valley from Thursday night until Saturday."
    drafted = draft(text, published="2021-02-02")
    assert [(e.date.text, e.status) for e in drafted] == [("2021-02-04/2021-02-06", "tentative")]


def test_an_ordinal_day_alone_is_a_later_day_of_the_month_named_before() -> None:
    text = "The ship left Aktau on 9 June 1998 and reached Baku on the 11th."
    assert set(_titles(text, None)) == {"1998-06-09", "1998-06-11"}
    # Earlier than the day named, or after a month alone: no day is guessed.
    assert set(_titles("The ship left on 9 June 1998 and docked on the 2nd.", None)) == {
        "1998-06-09"
    }
    assert set(_titles("Talks opened in June 1998; rent is paid on the 5th.", None)) == {"1998-06"}


def test_it_stands_for_a_subject_whose_verb_is_in_the_present() -> None:
    text = (
        "The orchestra dates back to a choir of railway workers formed in Aktobe around 1931. "
        "In 1962 it was renamed, and it toured Japan in 1975."
    )
    titles = _titles(text, None)
    assert titles["1962"] == "The orchestra was renamed"
    assert titles["1975"].startswith("The orchestra toured Japan")
    plans = "The plans for the new bridge were drawn up in 2014. It opened in 2019."
    assert _titles(plans, None)["2019"].startswith("The plans for the new bridge")


def test_a_participle_field_is_said_of_the_page_its_title_names() -> None:
    card = "Karatau Mining Museum\n\nFounded: 12 May 1986\nReopened: 2004 (after repairs)"
    titles = _titles(card, None)
    assert titles["1986-05-12"] == "Karatau Mining Museum founded"
    # a field that says more keeps its words, said of the page too
    assert titles["2004"] == "Karatau Mining Museum reopened (after repairs)"
    generic = "Our history\n\nFounded: 12 May 1986"
    assert _titles(generic, None)["1986-05-12"] == "Founded"


def test_we_is_never_a_person_named_by_a_title() -> None:
    text = (
        "Sunday 14 July 2023\n"
        "Concert in the cathedral. Madame Roux, the organist, played an encore.\n"
        "We sail home on 16 July."
    )
    assert not _titles(text)["2023-07-16"].startswith("Madame")
