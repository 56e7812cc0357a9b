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


def test_a_row_s_day_gives_way_to_the_day_it_tells_of() -> None:
    events = _events(_REGISTER)
    # a day of the month before the row's, told in the past: that day, roughly
    assert events["1881-06-06~"][0].startswith("Water high after rain")
    assert "1881-06-09" not in events
    # a visit with its purpose, after the row's day: a plan of that day; the row's day
    # neither dates it nor titles it
    assert events["1881-06-18"] == (
        "The Surveyor is to come to value the landing stage",
        "tentative",
    )
    assert "1881-06-15" not in events


def test_a_diary_s_day_of_the_month_with_its_subject_after_it() -> None:
    events = _events("On 3 May 1911 we left Bergen, and on the 5th we reached Trondheim.")
    assert set(events) == {"1911-05-03", "1911-05-05"}
    # (a hole's number, with a player after it, is still no day)
    golf = _events("On 3 May he led by one. On the 17th he drove into the trees.", "2024-05-06")
    assert set(golf) == {"2024-05-03"}


def test_each_relative_clause_of_two_takes_its_own_date() -> None:
    events = _events(
        "The new hall replaces the Corn Exchange, which was built in 1856 and which "
        "closed to dancing in April 1961."
    )
    assert events["1856"][0] == "Corn Exchange was built"
    assert events["1961-04"][0] == "Corn Exchange closed to dancing"


def test_a_second_aim_keeps_its_plan_and_its_subject() -> None:
    events = _events(
        "The trust said it hoped to reopen the gardens by Easter Sunday, 20 April, and to "
        "finish the glasshouse by the end of June.",
        published="2025-03-02",
    )
    assert events["../2025-06"] == ("The trust hoped to finish the glasshouse", "tentative")
    # a second place of a journey told in the past is no aim
    journey = _events("In 1920 she moved to Lyon, and to Geneva in 1925.")
    assert journey["1925"][1] is None


def test_he_stands_for_the_owner_of_the_subject_the_sentence_gives_him() -> None:
    events = _events(
        "Brannock set up the winning goal. Hale's strike was his first since he signed from "
        "Penmoor in March 2022.",
        published="2024-10-12",
    )
    assert events["2022-03"][0] == "Hale signed from Penmoor"
    # not a place's
    other = _events(
        "Brannock set up the winning goal. Penmoor's ground was empty when he signed in "
        "March 2022.",
        published="2024-10-12",
    )
    assert other["2022-03"][0].startswith("Brannock")


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
    assert events["2026-05-09"][0].startswith("Harwood v Castle Lodge")
    assert events["2026-05-23"][0].startswith("Priory Park v Harwood")
    assert events["2026-06-03"][0].startswith("Harwood v Mill Lane Ladies")
    # a header with one line under it is no table
    one = "Date          Place        Event\n5 May 2025    Leeds        Opening of the hall\n"
    assert laid_out(one) == one


def test_a_row_s_cells_name_its_date_in_their_order() -> None:
    log = (
        "Date | Time | Entry\n"
        "4-Mar-2025 | 06:12 | Pump failure reported; two wards on bottled water.\n"
        "5-Mar-2025 | 14:30 | Supply restored; boil notice lifted.\n"
    )
    events = _events(log)
    assert events["2025-03-04"][0] == "Pump failure reported"
    assert events["2025-03-05"][0] == "Supply restored"
    # a cell that tells of a year names its row's date too
    tracker = (
        "Date | Body | Action\n"
        "2 Feb 2024 | Council | Adopted (Bylaw 12 of 2024)\n"
        "9 Mar 2024 | Mayor | Signed the bylaw\n"
    )
    assert _events(tracker)["2024-02-02"][0] == "Council, Adopted (Bylaw 12)"


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
points to nothing that shows the notice of July 14 was written after her report.

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


def test_a_day_named_again_keeps_the_year_it_was_told_in() -> None:
    events = _events(_OPINION)
    assert set(events) == {"2022-06-02", "2022-07-14", "2023-05-05", "2024-10-04", "2025-03-07"}
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


def test_a_month_of_the_following_year_counts_from_the_year_before() -> None:
    events = _events(
        "Building began in February 2021 and was finished in August of the following year.",
        published="2023-11-20",
    )
    assert set(events) == {"2021-02", "2022-08"}
    # "of that year" stays the year named
    assert "2016-09" in _events("Work began in June 2016 and ended in September of that year.")


def test_a_verb_the_same_in_the_present_after_a_name_tells_the_past() -> None:
    events = _events(
        "The Morven Lass hit the pier on Monday evening with 40 cars on board.",
        published="2025-03-14",
    )
    assert events == {"2025-03-10": ("The Morven Lass hit the pier with 40 cars on board", None)}
    # a plural's present, an aside's verb and a plan stay as they were
    plural = _events("The new stamps hit the shops on 1 June.", published="2025-03-14")
    assert plural["2025-06-01"][1] == "tentative"
    visit = _events(
        "The Minister will visit Dunby, where the river Lune burst its banks, on Friday.",
        published="2025-03-14",
    )
    assert set(visit) == {"2025-03-21"}


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
