"""A bulletin's fields beside its issue and a series of bulletins under their stamps, a
programme's month headings over rows of days, entries that hang in a column beside their
days, a letter's date line with no comma and its old months, and a weekday that names a
kind of school: each rule on texts of other kinds than the ones it was found in, and the
lines at its edges read as before."""

from __future__ import annotations

from kztimeline.draft import draft
from kztimeline.draft.layout import laid_out
from tests.conftest import drafted_events as _events


def test_a_bulletin_s_number_and_validity_leave_its_issue_day_the_heading() -> None:
    bulletin = (
        "MOORLAND FIRE DANGER SERVICE\n\n"
        "Bulletin 7 | Issued Monday 4 August 2025, 06:00 | Valid until Tuesday 5 August, 06:00\n"
        "A grass fire burned 40 hectares above Oxen Clough yesterday. Access to the open moor "
        "will be closed tomorrow.\n\n"
        "Bulletin 8 | Issued Tuesday 5 August 2025, 06:00 | Valid until Wednesday 6 August, 06:00\n"
        "Rain fell overnight. Wardens will reopen the moor on Thursday.\n\n"
        "Forecasts are issued daily at 06:00 from April to September.\n"
    )
    assert sorted((event.date.text, event.title) for event in draft(bulletin)) == [
        ("2025-08-03", "A grass fire burned 40 hectares above Oxen Clough"),
        ("2025-08-05", "Access to the open moor will be closed"),
        # (the first line under an issue is of its day, as a programme's entry is)
        ("2025-08-05", "Rain fell overnight"),
        ("2025-08-07", "Wardens will reopen the moor"),
    ]
    # a field that is neither its number nor its validity: the issue dates as before
    area = (
        "No. 3 | Issued Sunday 4 May 2025, 08:00 | Area: Kelso and the Tweed valley\n"
        "The river rose overnight and fell again this afternoon. Fords will close tomorrow.\n"
    )
    assert _events(area) == {
        "2025-05-04": ("The river fell", None),
        "2025-05-05": ("Fords will close", "tentative"),
    }


def test_a_series_of_bulletins_under_stamps_in_capitals_dates_each_from_its_stamp() -> None:
    series = (
        "RIVER ALDER - FLOOD BULLETINS\n\n"
        "FLOOD ALERT - issued 16:00 Friday 7 November 2025\n"
        "The Alder is rising. Gauges at Marsh Bridge rose 1.2 m this afternoon.\n\n"
        "FLOOD WARNING - issued 07:30 Saturday 8 November 2025\n"
        "The footbridge at Elm Wharf will be closed at noon tomorrow.\n"
    )
    events = _events(series)
    assert events["2025-11-07"] == ("Gauges at Marsh Bridge rose 1.2 m", None)
    assert events["2025-11-09"] == ("The footbridge at Elm Wharf will be closed", "tentative")
    # one stamp alone is the page's own day, as before
    single = (
        "FROST WARNING - Thursday 6 November 2025\n\nA hard frost is expected on Friday night.\n"
    )
    assert set(_events(single)) == {"2025-11-07"}


_FIELD_MEETINGS = """\
HOLLIN BIRD CLUB - PROGRAMME OF FIELD MEETINGS, NOVEMBER 2025 TO FEBRUARY 2026

NOVEMBER
Sat. 8th     Estuary walk, Saltmere. Meet the sea wall car park at 9.00. Leader: T. Ames.
Sun. 23rd    Reservoir count. Leader: J. Pryor.

DECEMBER
Fri. 5th - Sun. 7th   Weekend on Islay. Full.

JANUARY
Sat. 17th    Winter thrushes, Long Wood. 4 miles, E.
Wed. 28th    Indoor meeting: owls of the county.
"""


def test_a_programme_s_month_headings_date_its_rows_of_days() -> None:
    events = _events(_FIELD_MEETINGS)
    assert events["2025-11-08"] == ("Estuary walk, Saltmere", "tentative")
    assert events["2025-11-23"][0] == "Reservoir count"
    # a row's run of days is one span
    assert events["2025-12-05/2025-12-07"][0] == "Weekend on Islay"
    # January after December is of the next year; a grade's letter ends its row
    assert events["2026-01-17"][0].startswith("Winter thrushes, Long Wood")
    assert events["2026-01-28"][0].startswith("Indoor meeting")
    # a team is still no day
    assert _events("FIXTURES 2025\n\nMAY\nSat 1st XI beat Hexham by four wickets.\n") == {}


def test_entries_that_hang_beside_their_days_are_read_a_row_to_a_line() -> None:
    season = (
        "KELSO FESTIVAL ORCHESTRA\nSeason 2026-27\n\n"
        "CONCERTS\n"
        "Fri 2 October 2026, 7.30pm    Sibelius: Symphony No. 2\n"
        "                              Town Hall, Kelso\n"
        "Sat 12 & Sun 13 December,     Handel: Messiah\n"
        "  3pm                         Abbey Church, Kelso\n"
    )
    events = _events(season)
    assert events["2026-10-02"] == ("Sibelius: Symphony No. 2", "tentative")
    assert events["2026-12-12"] == ("Handel: Messiah", "tentative")
    assert events["2026-12-13"] == ("Handel: Messiah", "tentative")
    # a wrapped line goes on in the next, no stop put between them
    register = (
        "Jun. 2    Rope renewed by the smith and the punt caulked, as ordered by Mr\n"
        "          Pask. Crossing closed till noon.\n"
        "Jun. 9    Water high after rain.\n"
    )
    assert "ordered by Mr Pask. Crossing" in laid_out(register)
    # rows with nothing hanging under them are left as they are
    fixtures = "Sat 10 May   Hollinby (H)\nSun 18 May   Sedbury Taverners (H)    Cup, 11.00am\n"
    assert laid_out(fixtures) == fixtures


_LETTERS = """\
Letters of Ann Colley to her sister, 1797-1798

1797

Hobart Town Decr 4th
My dear Sister,
The Minerva came in on the 28th ult. & brought your parcel of the 3d of June. We have
wanted for nothing since the harvest.

The Parsonage, 9 Feby. 1798.
My dear Sister,
The Sunday School was opened on Thursday the 1st, & eleven children came. Mr Knopwood
reckons the chapel was raised about 1790, & I am to see him on the 20th inst. about the roof.
"""


def test_a_letter_s_date_line_with_no_comma_and_old_months_heads_the_letter() -> None:
    events = _events(_LETTERS)
    assert events["1797-11-28"][0].startswith("The Minerva came")
    assert events["1798-02-01"][0].startswith("The Sunday School was opened")
    # "the 20th inst." after "about 1790": of the letter's month, not of no date
    assert "I am to see him" in events["1798-02-20"][0]
    # the letter's day itself, and its salutation, are no events
    assert not any(day in events for day in ("1797-12-04", "1798-02-09"))
    # (no Sunday counted back from the letter for "the Sunday School")
    assert "1798-02-04" not in events
    # a docket's line is no letter's date line over the next
    docket = "Filed June 3, 2024\n\nI. BACKGROUND\n\nThe contract was signed on March 3, 2021.\n"
    assert set(_events(docket)) == {"2021-03-03"}


def test_a_plan_said_in_the_past_and_a_clause_of_its_own_after_a_date() -> None:
    # what was said to be expected, in a report written after it, stays in the past
    report = (
        "Before kick-off the manager said he expected the side to win on Saturday, but "
        "Rovers lost 3-0.\n"
    )
    assert set(_events(report, "2025-03-17")) == {"2025-03-15"}
    # ", and on 3 June the union said it would ballot": the day it was said, past
    said = "Talks broke down in May, and on 3 June the union said it would ballot members.\n"
    assert _events(said, "2025-06-20")["2025-06-03"][1] is None
    # "closed in 1983, and the site stood empty until 1996": the closing is a fact of its own
    mill = "The mill closed in 1983, and the site stood empty until 1996.\n"
    assert _events(mill)["1983"][0] == "The mill closed"
    # (a term with no subject of its own after "and" stays one: "worked there from 1961 ...")
    served = "She joined the board in 1961 and served until 1990.\n"
    assert "1961" not in _events(served)
    # "Since 2021 ... capped at 140": a rule in force, not a figure for a period
    capped = "Since 2021 the herring fleet has been capped at 60 licences.\n"
    assert _events(capped) == {
        "2021/..": ("The herring fleet has been capped at 60 licences", None)
    }
    # (a figure stays a figure: "in 2015 the town had 40,000 inhabitants")
    assert _events("In 2015 the town had 40,000 inhabitants.\n") == {}


def test_a_yearly_season_dates_nothing_and_document_lines_date_the_text() -> None:
    season = (
        "Fire warnings are issued each year between 1 May and 30 September.\n"
        "Work stops during the lambing season each year (1 March to 30 April).\n"
    )
    assert _events(season) == {}
    # a revision's number is no first day of a run; who prepared the text is no event
    summary = (
        "KITE-3 MISSION SUMMARY\nDocument KT-MS-0012, Rev. 4 - 18 February 2025\n"
        "Prepared by: Flight Dynamics Group, Norland Space Agency\n\n"
        "KITE-3 was launched on 2 March 2023. Science operations began on 14 June.\n"
    )
    assert _events(summary) == {
        "2023-03-02": ("KITE-3 was launched", None),
        "2023-06-14": ("Science operations began", None),
    }
    # a release's reference beside its day leaves the day alone on its line
    release = (
        "NEWS RELEASE\n\nIssued: 3 June 2025        Reference: PL/2291\n\n"
        "Council approves harbour wall repairs\n\n"
        "The council today approved repairs to the harbour wall.\n"
    )
    assert _events(release) == {
        "2025-06-03": ("The council approved repairs to the harbour wall", None)
    }
    # a law report's series number ends no sentence
    opinion = "See Hale v. Dorn, 212 Marr. App. 3d 44, 49 (1998). The lease was signed in 2015.\n"
    assert set(_events(opinion)) == {"2015"}


def test_an_old_letter_s_christmas_day_and_a_sentence_wrapped_before_its_date() -> None:
    letter = (
        "Hobart Town, 9th January 1843.\n\nMy dear Sister,\n"
        "Little Ann was taken with a fever on Christmas day but is now mending.\n"
    )
    assert _events(letter)["1842-12-25"][0].startswith("Little Ann was taken with a fever")
    # a head's line that wraps a sentence before its day is no date line of the page
    page = (
        "Branch closures\n\nWestgate Library will close permanently at 5pm on\n"
        "Saturday 29 March 2025.\n\nThe cabinet approved the strategy on 22 January.\n"
    )
    events = _events(page, "2025-03-03")
    assert events["2025-03-29"] == ("Westgate Library will close permanently", "tentative")


def test_numbered_points_a_request_ahead_and_a_clause_that_opens_on_its_date() -> None:
    # "2.2 He completed ...": a numbered point is a paragraph of its own, and its "he" the
    # name of the point before
    decision = (
        "2. Evidence\n"
        "2.1 Mr Okafor has held a tenancy at Wren Court since August 2021. He pays the rent.\n"
        "2.2 He completed a budgeting course in 2023 and a repairs course in 2024.\n"
    )
    events = _events(decision)
    assert events["2021-08/.."][0] == "Mr Okafor has held a tenancy at Wren Court"
    assert events["2023"][0].startswith("Mr Okafor completed a budgeting course")
    # "I have asked each board to submit ... by 28 February": a deadline still to come
    asked = (
        "Statement of the Minister, 4 February 2025\n\n"
        "I have asked each health board to submit a winter plan by 28 February.\n"
    )
    assert _events(asked)["../2025-02-28"][1] == "tentative"
    # (what was done before, on its day, stays done)
    done = "On 3 February 2025 I asked each health board to submit a winter plan.\n"
    assert _events(done)["2025-02-03"][1] is None
    # ", and from 15 December trains will run": the clause's own verb looks ahead
    rail = (
        "Made on: 4 November 2024\n\n"
        "Resignalling of the branch was completed in September 2024, and from 15 December "
        "trains will run every 20 minutes, cutting the journey by 9 minutes.\n"
    )
    assert _events(rail)["2024-12-15"][1] == "tentative"
    # (a role held over years is still an aside: ", vicar here from 1989 to 2006,")
    vicar = "Canon Reed, vicar here from 1989 to 2006, died on 4 May 2024.\n"
    assert _events(vicar)["2024-05-04"][0].startswith("Canon Reed")


def test_a_programme_s_year_heading_and_a_last_updated_line_are_furniture() -> None:
    card = (
        "ELMFIELD BOWLS CLUB\n\n2026 FIXTURES - FIRST FOUR\n\n"
        "Sat 2 May      Hexley Park          H\nSat 9 May      Castle Vale          A\n"
    )
    assert set(_events(card)) == {"2026-05-02", "2026-05-09"}
    # (a heading with a verb is a fact: "2026 season opens with a new green")
    page = "<p>Last updated Tue 7 Oct, 09:15.</p><p>The matinee will move to 12 October.</p>"
    assert set(_events(page, "2025-10-07")) == {"2025-10-12"}


def test_the_review_s_edges_read_as_before() -> None:
    # capitalised fields with a full date are no bulletins' stamps
    minutes = (
        "WIXFORD PARISH COUNCIL\nDATE: Tuesday 14 January 2025\n"
        "The council agreed on Tuesday to repair the bus shelter. The clerk will write to the "
        "county on Friday.\nNEXT MEETING: Tuesday 11 February 2025\n"
    )
    events = _events(minutes)
    assert events["2025-01-14"][0] == "The council agreed to repair the bus shelter"
    assert events["2025-01-17"] == ("The clerk will write to the county", "tentative")
    # a wrapped line ending on a small word goes on in the next, capital or not
    diary = (
        "Journal of a tour, 1788\n\nMon 2 June    Set out from\n"
        "              Bath in the morning.\nTue 3 June    Reached Wells.\n"
    )
    assert _events(diary)["1788-06-02"][0] == "Set out from Bath in the morning"
    # a career's year and its post are no programme's heading
    career = "Career\n\n2021 Programme Manager, Northern Rail\n\n2018 Schedule coordinator\n"
    assert {"2018", "2021"} <= set(_events(career))
    # a month heading after a plan told under the last one stays in its year
    garden = (
        "Garden diary 2023\n\nPlanted out the dahlias on 20 May 2023. Ordered bulbs for "
        "delivery in October.\n\nJUNE\n\nJune 4th. First roses.\n"
    )
    assert _events(garden)["2023-06-04"][0] == "First roses"
    # with a publication and no date named, the month nearest it
    news = "Club news\n\nFEBRUARY\nSat 8th Quiz night raised £300 for the hall.\n"
    assert "2025-02-08" in _events(news, "2025-03-05")
    # a wrapped prose line that opens on "10.30 Saturday" is no numbered point
    service = (
        "The memorial service for the lifeboat crew will be held in the parish church at\n"
        "10.30 Saturday, the vicar said on Monday.\n"
    )
    assert _events(service, "2025-03-04")["2025-03-08"][1] == "tentative"
    # an old letter's "this month" after a year named in an article is the letter's
    article = "In 1850 he wrote that the mill had burned on the 2nd of this month.\n"
    assert set(_events(article, "2024-05-20")) == {"1850"}
    # a team's, a division's and a floor's ordinals are no days
    notes = "Hotel staff notes, April 2025\n\nWed 2nd Floor corridor carpet replaced.\n"
    assert "2025-04-02" not in _events(notes)
    # "rev." after a count ends its sentence; a revision's "Rev. 2," too
    car = "Engine idles at 800 rev. The car was serviced on 12 May.\n"
    assert _events(car, "2025-06-01")["2025-05-12"][0] == "The car was serviced"
    # a season told of in a long title is no programme's
    history = (
        "Harwell Town FC and the 1966 season: promotion, a cup run and a new stand for the "
        "town\n\n3 September 1966 - first game in the Second Division, a 2-2 draw.\n"
    )
    assert _events(history)["1966-09-03"][1] is None
    # a past fact inside what a court orders stays past
    order = "The judge has ordered the company to pay compensation for the spill on 12 April.\n"
    assert "2025-04-12" in _events(order, "2025-06-10")
    # "Christmas day collections" names the collections, not the day
    bins = "Bin collections: Christmas day collections move to Saturday 27 December.\n"
    assert "2025-12-25" not in " ".join(_events(bins, "2025-12-10"))


def test_the_second_review_s_edges_read_as_before() -> None:
    # "and on 10 June the advance would begin": a story's future of its past
    story = (
        "The division crossed the Seine in August, and on 3 September it would enter Brussels.\n"
    )
    assert "1945-09-03" in _events(story, "1946-01-01")
    # a month heading under a founding year named long before takes the publication's
    season = (
        "The society gave its first concert in May 1952.\n\nDECEMBER\n\n"
        "Sat 13th Carols by candlelight.\n"
    )
    assert _events(season, "2025-10-01")["2025-12-13"] == ("Carols by candlelight", "tentative")
    # a stamp with an hour of the twelve-hour clock is no bulletin's
    concert = (
        "CONCERT - 7.30pm Saturday 11 October 2025\nHaydn: The Creation, St Mary's Church.\n\n"
        "CONCERT - 7.30pm Saturday 8 November 2025\nMozart: Requiem, the Guildhall.\n"
    )
    assert "7.30pm" not in {title for title, _ in _events(concert, "2025-09-01").values()}
    # a career's entries in capitals are no programme's year headings
    career = "CAREER\n\n2021 PROGRAMME MANAGER, NORTHERN RAIL\n\n2016 SEASON TICKET MANAGER\n"
    assert {"2016", "2021"} <= set(_events(career, "2025-01-01"))
