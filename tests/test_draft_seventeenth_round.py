"""A log's column of counts and its rows, a day of the month told back or ahead of its
entry, coordinated relative clauses and aims, whose name a pronoun stands for, habits told
in a present passive, a service's forecast, a release's date line and a weekday that is a
kind of thing: each rule on texts of other kinds than the ones it was found in, and the
lines at its edges read as before."""

from __future__ import annotations

from kztimeline.draft.layout import laid_out
from tests.conftest import drafted_events as _events

_REGISTER = """\
HOLLOWAY FERRY - COLLECTOR'S BOOK
Kept by Wm. Pask

Date      Remarks                                                          Fares
1881
Jun. 2    Rope renewed by the smith and the punt caulked. Crossing            14
          closed till noon.
Jun. 9    Water high after rain on or about the 6th, horses sent round        3
          by the bridge.
Jun. 15   The Surveyor is to come on the 18th to value the landing stage.     21
"""


def test_a_column_of_counts_at_the_lines_edge_is_read_into_no_sentence() -> None:
    events = _events(_REGISTER)
    assert events["1881-06-02"][0] == "Rope renewed by the smith and the punt caulked"
    assert not any(char.isdigit() for title, _ in events.values() for char in title)
    # a column of years is no count, and stays
    table = "Name                 Built\nUpper Mill           1712\nLower Mill           1748\n" * 2
    assert laid_out(table) == table


def test_a_day_of_the_month_before_a_row_s_day_is_of_its_month() -> None:
    events = _events(_REGISTER)
    # a day of the month before the row's, told in the past: that day, roughly
    assert events["1881-06-06~"][0].startswith("Water high after rain")
    # a visit with its purpose, after the row's day: a plan of that day
    assert events["1881-06-18"] == (
        "The Surveyor is to come to value the landing stage",
        "tentative",
    )
    # (a hole's number with its purpose is still no day)
    golf = _events(
        "The final round began on 18 July. He holed a putt on the 18th to settle the match.",
        published="2024-07-22",
    )
    assert set(golf) == {"2024-07-18"}
    assert golf["2024-07-18"][0].startswith("The final round began")


def test_each_relative_clause_of_two_takes_its_own_date() -> None:
    events = _events(
        "The new hall replaces the Corn Exchange, which was built in 1856 and which "
        "closed to dancing in April 1961."
    )
    assert events["1856"][0] == "Corn Exchange was built"
    assert events["1961-04"][0] == "Corn Exchange closed to dancing"


def test_the_last_of_which_names_what_it_is_the_last_of() -> None:
    events = _events("The valley had six lead mines, the last of which shut in 1938.")
    assert events["1938"][0] == "The last of six lead mines shut"


def test_a_habit_told_in_a_present_passive_dates_nothing() -> None:
    events = _events(
        "Surveys are carried out on the Saturday nearest the full moon each month from April "
        "to October. The first survey of the year took place on 12 April.",
        published="2025-05-01",
    )
    assert set(events) == {"2025-04-12"}
    # told in the past, the months are those of one year
    past = _events("Counts were made each month from April to October.", published="2025-12-01")
    assert past


def test_a_service_s_forecast_looks_ahead() -> None:
    events = _events(
        "The county's Met Service forecasts gales of 70 mph on Wednesday.", published="2025-07-07"
    )
    assert events == {
        "2025-07-09": ("The county's Met Service forecasts gales of 70 mph", "tentative")
    }
    # the forecasts as a thing told in the past
    told = _events("The forecasts issued on Monday were wrong.", published="2025-07-07")
    assert set(told) == {"2025-07-07"}


def test_a_release_s_date_line_dates_it_and_titles_nothing() -> None:
    release = (
        "MEDIA RELEASE - Harwick Borough Council\n"
        "3 March 2025 - for immediate use\n\n"
        "Harwick market hall to reopen\n\n"
        "The restored market hall will reopen on Saturday 5 April.\n"
    )
    events = _events(release)
    assert events == {"2025-04-05": ("The restored market hall will reopen", "tentative")}


def test_a_weekday_after_the_last_is_a_kind_or_a_weekday_of_a_month() -> None:
    events = _events(
        "The line closed to passengers in 1931; the last Sunday excursion ran in 1929.",
        published="2025-06-10",
    )
    assert events["1929"][0] == "The last Sunday excursion ran"
    assert set(events) == {"1931", "1929"}
    # "last Sunday" alone is still the Sunday before
    assert set(_events("We walked to the ferry last Sunday.", published="2025-06-10")) == {
        "2025-06-08"
    }


_FIXTURES = """\
HARWOOD BOWLS CLUB
Friendlies 2026

Away fixtures (Vale Triples League)
Date               Rink   Opponents                          Home/Away
Sat 9 May 2026     2      Harwood v Castle Lodge             A
Sat 23 May 2026    1      Priory Park v Harwood              A
Wed 3 Jun 2026     3      Harwood v Mill Lane Ladies         H
All games start at 2pm.
"""


def test_a_table_aligned_by_spaces_gives_each_row_its_own_title() -> None:
    events = _events(_FIXTURES)
    assert "Harwood v Castle Lodge" in events["2026-05-09"][0]
    assert "Priory Park v Harwood" in events["2026-05-23"][0]
    assert "Harwood v Mill Lane Ladies" in events["2026-06-03"][0]
    assert all("Opponents" not in title for title, _ in events.values())
    # a header with one line under it is no table, nor a timetable of hours
    one = "Date          Place        Event\n5 May 2025    Leeds        Opening of the hall\n"
    assert laid_out(one) == one
    tides = "Date        High water   Low water\nThu 1 May   0612   1240\nFri 2 May   0650   1322\n"
    assert laid_out(tides) == tides


def test_a_log_s_readings_name_no_row() -> None:
    log = (
        "Date | Time | Entry\n"
        "4-Mar-2025 | 06:12 | Pump failure reported at the works.\n"
        "5-Mar-2025 | 14:30 | Supply restored to all wards.\n"
    )
    events = _events(log)
    assert events["2025-03-04"][0] == "Pump failure reported at the works"
    assert events["2025-03-05"][0] == "Supply restored to all wards"
    # a code that names the row stays: "UK", a score
    codes = _events(
        "Year | Country | Event\n1973 | UK | Joined the EEC\n1986 | ES | Joined the EEC\n"
    )
    assert "UK" in codes["1973"][0]
    assert "ES" in codes["1986"][0]
    results = _events(
        "| Date | Opponent | Result |\n|---|---|---|\n| 5 April 2025 | Leeds | W 2-1 |\n"
    )
    assert "W 2-1" in results["2025-04-05"][0]


_OPINION = """\
IN THE COURT OF APPEALS OF THE STATE OF NORLAND

MARTA QUILL,                                      No. 44120-7
                   Appellant,
        v.                                        PUBLISHED OPINION
HEDLEY FREIGHT LTD.,
                   Respondent.                    Filed: March 3, 2025

ORTEGA, J. - Marta Quill appeals the dismissal of her claim.

Quill reported a loading fault on June 2, 2022. Hedley dismissed her on July 14, 2022. She
filed suit on May 5, 2023, and the trial court dismissed the claim on October 4, 2024.

We review the dismissal de novo. Arden v. Pell Mills, 201 Nd. App. 117, 120 (2016). Quill
points to nothing that shows the notice was written after her report.

The trial court will hear the costs application on Friday.
"""


def test_a_caption_s_filing_day_in_its_right_column_dates_the_opinion() -> None:
    events = _events(_OPINION)
    # the opinion's day, from its caption's right column: "on Friday" after 3 March 2025
    assert events["2025-03-07"][1] == "tentative"


def test_a_law_report_s_citation_dates_nothing() -> None:
    events = _events(_OPINION)
    assert "2016" not in events
    assert not any(title.startswith("120") or "117" in title for title, _ in events.values())


def test_an_opinion_s_dates_are_its_story_s() -> None:
    events = _events(_OPINION)
    assert {"2022-06-02", "2022-07-14", "2023-05-05", "2024-10-04", "2025-03-07"} <= set(events)
    assert events["2022-07-14"][0].startswith("Hedley dismissed")


def test_a_tribunal_s_hearing_days_do_not_carry_the_story_s_year() -> None:
    judgment = (
        "EMPLOYMENT TRIBUNALS\n\n"
        "Claimant: Mr J Arkwright\nRespondent: Fenby Foods Ltd\n"
        "Heard at: Lanchester            On: 10 and 11 February 2025\n\n"
        "REASONS\n\n"
        "1. The case was heard over two days on 10 and 11 February 2025.\n\n"
        "2. The claimant started work on 3 March 2019. On 4 April 2023 he reported a fault "
        "with the chiller. A meeting followed on 12 April.\n\n"
        "3. The claimant was dismissed on 30 May, and his appeal was refused on 21 June 2023.\n"
    )
    events = _events(judgment)
    assert events["2023-05-30"][0] == "The claimant was dismissed"
    assert "2025-05-30" not in events


def test_who_issued_a_bulletin_is_no_event_of_its_day() -> None:
    bulletin = (
        "FROST WARNING - Thursday 6 November 2025\n"
        "Issued by the Hollin Valley Growers' Service, 07:00\n\n"
        "A hard frost is expected on Friday night. Cover tender plants.\n"
    )
    events = _events(bulletin)
    assert set(events) == {"2025-11-07"}
    # a thing signed by someone, with its day, is still a fact
    signed = _events(
        "Published by the Assembly Press\n\nSigned by the Governor on 16 April 2024.\n"
    )
    assert set(signed) == {"2024-04-16"}


def test_a_summary_s_status_date_and_an_asteroid_s_name_date_nothing() -> None:
    summary = (
        "KESTREL - Comet Flyby Mission\n"
        "Mission summary (status as of 2 June 2025)\n\n"
        "Kestrel was launched on 3 May 2019 and reached comet 2014 QL on 14 April 2021. "
        "It flew past the nucleus on or about 9 September, at 480 km.\n"
    )
    events = _events(summary)
    assert set(events) == {"2019-05-03", "2021-04-14", "2021-09-09~"}
    # a degree after a year in a CV is no name
    assert "1993" in _events("Education\n\n1993  MA in Art History, University of York\n")


def test_what_the_review_found_reads_as_before() -> None:
    # a day after its month at a line's end is no count
    holy = (
        "Holy days of obligation in 1950:\n"
        "The Epiphany of Our Lord, January  6\n"
        "The Ascension, May  18\n"
        "The Assumption, August  15\n"
    )
    assert laid_out(holy) == holy
    # "for immediate use" inside a log's entry
    stores = (
        "Stores log\n\n14 June 1916 - 40 tons of flour released for immediate use\n"
        "15 June 1916 - Bakery reopened\n"
    )
    assert "1916-06-14" in _events(stores)
    # a wrapped sentence that opens on who issued a thing
    order = _events(
        "Issued by the county's chief constable, the order banned all marches\n"
        "in the town centre from 3 May until 17 May.\n",
        published="2025-05-10",
    )
    assert order["2025-05-03/2025-05-17"][0].startswith("The order banned")
    # a field at a line's end after no party's line
    appeal = _events(
        "Appeal ref APP/X1234/W/24/3345678      Decided: 28 April 2025\nThe appeal is dismissed.\n",
        published="2025-05-01",
    )
    assert "2025-04-28" in appeal
    # an app ends its sentence
    app = _events("The bank launched its new app. 300,000 customers downloaded it on 3 March 2025.")
    assert app["2025-03-03"][0] == "300,000 customers downloaded it"
    # forecasts as a noun
    flood = _events(
        "Despite accurate forecasts of heavy rain, the river burst its banks on 8 March.",
        published="2025-03-12",
    )
    assert set(flood) == {"2025-03-08"}
    assert flood["2025-03-08"][1] is None
    # two capitals after a year, no digits: no asteroid
    nz = _events(
        "After the 2023 NZ election, Christopher Luxon became prime minister on 27 November."
    )
    assert "2023-11-27" in nz
