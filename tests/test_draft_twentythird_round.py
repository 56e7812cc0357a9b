"""An entry's number before its day; a bulletin's stamp with its day in figures and the time
it holds for, its fields and the hours of its entries; a meeting's year in a title; an old
diary's days and skies in one paragraph; a letter's place with its state cut short; a
statement's day under its title, and its title line; what a year's possessive only names; a
weekday of the days named before: each rule on texts of other kinds than the ones it was
found in, and the lines at its edges read as before."""

from __future__ import annotations

from kztimeline.draft.letters import a_day_under_its_place
from tests.drafting import dates_of, events_of, titles_of


def test_an_entry_s_number_before_its_day_is_no_run_of_days() -> None:
    survey = (
        "DORMOUSE MONITORING - SITE HW-2\n\n"
        "Visit 1 - 14 May 2024, 10:00. Nine tubes checked, two nests found.\n"
        "Visit 2 - 11 June 2024, 09:30. A female with young was found in tube 14.\n"
    )
    assert dates_of(survey) == ["2024-05-14", "2024-06-11"]
    # (a run of days after a word that counts nothing is still a run)
    assert dates_of("The exhibition runs 3 - 14 March 2025 in the Long Gallery.\n") == [
        "2025-03-03/2025-03-14"
    ]


def test_an_update_s_number_and_day_head_its_entry() -> None:
    log = (
        "HARTFELL FIRE - INCIDENT LOG\n\n"
        "Update 2 — 9 July 2025, 18:00\n"
        "Crews contained the northern flank at 16:40 today.\n\n"
        "Update 1 — 8 July 2025, 21:15\n"
        "A fire broke out on the moor above Hartfell this evening. Two roads were closed.\n"
    )
    drafted = events_of(log)
    assert ("2025-07-09", "Crews contained the northern flank", None) in drafted
    assert "2025-07-08" in dates_of(log)
    assert all("Update" not in title for _, title, _ in drafted)


def test_a_bulletin_stamp_with_its_day_in_figures_and_its_time_heads_its_entry() -> None:
    bulletins = (
        "FIRE DANGER SERVICE - NORTHERN UPLANDS\n\n"
        "Bulletin No. 12 - issued Tue 05.08.2025, 16:00 - valid until Wed 06.08.2025, 16:00\n"
        "Fire danger level: 4 (very high) on the eastern moors\n"
        "A heath fire near Carrow was put out on Tuesday afternoon. For Wednesday, level 5 is "
        "forecast for the eastern moors.\n\n"
        "Bulletin No. 13 - issued Wed 06.08.2025, 16:00 - valid until Thu 07.08.2025, 16:00\n"
        "Fire danger level: 5 (extreme)\n"
        "Two fires were reported on Wednesday; the Carrow road was closed at 12:30 and "
        "remains closed. Showers are expected to reach the moors by Friday.\n"
    )
    drafted = events_of(bulletins)
    assert ("2025-08-05", "A heath fire near Carrow was put out", None) in drafted
    assert ("2025-08-06", "Level 5 is forecast for the eastern moors", "tentative") in drafted
    assert ("2025-08-06", "The Carrow road was closed and remains closed", None) in drafted
    assert ("../2025-08-08", "Showers are expected to reach the moors", "tentative") in drafted
    titles = [title for _, title, _ in drafted]
    assert not any("danger level" in title.lower() or "Bulletin" in title for title in titles)


def test_a_height_after_a_number_is_no_year() -> None:
    forecast = "Issued 3 February 2025.\n\nSnow will fall down to 1500 m on Tuesday.\n"
    assert dates_of(forecast) == ["2025-02-04"]
    assert dates_of("The pass was closed up to 2000 ft on 4 May 2024.\n") == ["2024-05-04"]


def test_each_hour_of_an_entry_is_a_fact_of_its_day() -> None:
    log = (
        "VOLCANO OBSERVATORY - UPDATES\n\n"
        "Update 3 — 14 October 2024, 14:00\n"
        "An ash plume rose to 6 km at 09:10. The aviation colour code was raised to red at "
        "09:25 and lowered to orange at 12:50.\n\n"
        "Update 2 — 13 October 2024, 18:00\n"
        "Tremor has grown since noon.\n"
    )
    drafted = [event for event in events_of(log) if event[0] == "2024-10-14"]
    assert len(drafted) == 3
    titles = [title for _, title, _ in drafted]
    assert any("raised" in title for title in titles)
    assert any("lowered" in title for title in titles)
    # (an hour told as ahead is no fact of the entry's day)
    plan = log.replace("was raised", "will be raised").replace("and lowered", "and lowered")
    assert not any("raised" in title for _, title, _ in events_of(plan))


def test_a_meeting_s_year_in_its_title_dates_its_days() -> None:
    report = (
        "Cadet Pairs Regatta 2025\nLochan Water Club\nReport by the Sailing Secretary\n\n"
        "Saturday 14 June: Racing started late in a falling breeze.\n"
        "Sunday 15 June: The Mairs twins won three races and took the lead.\n"
    )
    assert "2025-06-15" in dates_of(report)
    assert titles_of(report)["2025-06-15"].startswith("The Mairs twins won three races")


def test_an_old_diary_s_days_and_skies_in_one_paragraph() -> None:
    diary = (
        "Journal of Ruth Ames, Schoolmistress\n\n1791\n\n"
        "Febry 7th. Clear & cold. The school opened with 14 scholars.\n"
        "9th. Stormy. Mr Ladd's mill dam gave way.\n"
        "12th. Sabbath. Thaw.\n"
        "14th. The Committee visited & heard the children read. Mr Ladd says he will mend "
        "the dam abt the 20th of March.\n"
    )
    drafted = events_of(diary)
    assert ("1791-02-07", "The school opened with 14 scholars", None) in drafted
    assert ("1791-02-09", "Mr Ladd's mill dam gave way", None) in drafted
    assert ("1791-03-20~", "Mr Ladd says he will mend the dam", "tentative") in drafted


def test_a_letter_s_place_with_its_state_cut_short() -> None:
    # (the day alone under a place that ends on its state, over the salutation, heads a
    # letter: read on its own, as the draft asks it where nothing else headed the letter)
    assert a_day_under_its_place("Jan. 1st 1885", "Calumet, Mich.", "Dear Mother,")
    assert a_day_under_its_place("May 2nd 1880", "Leadville, Colo.", "Dear Brother,")
    assert not a_day_under_its_place("Jan. 1st 1885", "The mine closed.", "Dear Mother,")
    assert not a_day_under_its_place("Jan. 1st 1885", "Calumet, Mich.", "The snow is deep.")
    letters = (
        "I.\nLeadville, Colo.\nMay 2nd 1880\n\nDear Brother,\nI came up on the 28th ult.\n"
        "Your brother\nTom\n\n"
        "II.\nDenver, Colo.\nJan. 9th 1882\n\nDear Brother,\nWe were married on the 3rd inst.\n"
        "Tom\n"
    )
    assert dates_of(letters) == ["1880-04-28", "1882-01-03"]


def test_a_statement_s_day_under_its_title_dates_its_words() -> None:
    statement = (
        "MINISTRY OF TRANSPORT\n"
        "Statement by the Minister of Transport, Pol Varga, on the Norden rail tunnel repairs\n"
        "Kestad, 4 November 2025\n\n"
        "The Norden tunnel reopened to freight this morning. Passenger trains will return "
        "on Monday.\n"
    )
    assert events_of(statement) == [
        ("2025-11-04", "The Norden tunnel reopened to freight", None),
        ("2025-11-10", "Passenger trains will return", "tentative"),
    ]
    # (not the end of a heading's sentence wrapped before its place: "... on Hound / Rock,")
    report = (
        "Report on the investigation of the fire on board the ferry Tern Isle off Hardy\n"
        "Point, Kyle Sound, on 3 March 2023\n\n"
        "The ferry was towed to Ardbeg on 5 March.\n"
    )
    assert dates_of(report) == ["2023-03-05"]


def test_a_statement_s_title_line_is_no_fact() -> None:
    statement = (
        "MINISTRY OF INFRASTRUCTURE\n"
        "Statement by the Minister for Infrastructure, Aileen Ferrow, on the Calder Bridge\n"
        "Tuesday 21 May 2024\n\nThe bridge reopened to traffic yesterday.\n"
    )
    assert events_of(statement) == [("2024-05-20", "The bridge reopened to traffic", None)]
    told = "Statement of Mr Hale, who was arrested on 3 May 2024, was read to the court.\n"
    assert dates_of(told) == ["2024-05-03"]


def test_limits_and_ceilings_for_a_year_only_name_it() -> None:
    text = "Ministers reached agreement on catch limits for next year in the early hours.\n"
    assert dates_of(text, "2025-12-12") == []
    assert dates_of("The board agreed the pay rise in 2024.\n") == ["2024"]


def test_a_possessive_year_gives_way_to_the_day_set_off_after_it() -> None:
    text = "Entries for next year's show, scheduled for June 7, close on March 1.\n"
    assert dates_of(text, "2025-08-30") == ["2026-03-01", "2026-06-07"]


def test_a_year_s_champion_is_only_named() -> None:
    report = "Aila Berg won the sprint on Sunday, ahead of last year's winner, Ida Holm.\n"
    assert dates_of(report, "2025-02-10") == ["2025-02-09"]
    assert dates_of("Last year's race was won by Ida Holm.\n", "2025-02-10") == ["2024"]


def test_a_weekday_of_the_days_named_before() -> None:
    programme = (
        "The folk weekend runs from Friday 6 to Sunday 8 June 2025. The ceilidh will be held "
        "on the Saturday; booking is essential.\n"
    )
    assert ("2025-06-07", "The ceilidh will be held", "tentative") in events_of(
        programme, "2025-05-01"
    )
    # ("the Sunday before Easter" is not the weekday of a day named)
    habit = "On 6 June 2025 the fair was opened. It is held on the Sunday before Easter.\n"
    assert dates_of(habit) == ["2025-06-06"]


def test_a_message_s_headline_titles_the_time_its_field_gives() -> None:
    messages = (
        "RIVER OBSERVATORY - ALERTS (newest last)\n\n"
        "Message Code: FLD01\nIssue Time: 2025 Mar 03 0915 UTC\n\n"
        "WARNING: River Tay above flood stage at Perth\n"
        "Begin Time: 2025 Mar 03 0840 UTC\n"
        "Comment: Levels are expected to peak on 4 Mar.\n\n"
        "Message Code: FLD02\nIssue Time: 2025 Mar 05 1200 UTC\n\n"
        "SUMMARY: River Tay back below flood stage\n"
        "Observed: 2025 Mar 05 1130 UTC\n"
    )
    drafted = events_of(messages)
    assert ("2025-03-03", "River Tay above flood stage at Perth", None) in drafted
    assert ("2025-03-05", "River Tay back below flood stage", None) in drafted
    assert not any("Issue Time" in title for _, title, _ in drafted)
    # (a field that tells more than its time keeps its own words)
    told = "WARNING: River Tay above flood stage\nBegin Time: 3 March 2025, when the gauge failed\n"
    assert not any(title == "River Tay above flood stage" for _, title, _ in events_of(told))


def test_a_day_told_again_in_a_clause_of_its_own_is_a_fact_of_its_own() -> None:
    text = (
        "On 12 May 2025 the ferry left Oban at dawn, and the storm reached the islands on "
        "12 May and 13 May.\n"
    )
    titles = [title for value, title, _ in events_of(text) if value == "2025-05-12"]
    assert len(titles) == 2
    # (said again in its own clause: one fact)
    again = "The ferry left Oban on 28 April 2025. Two weeks later, on 12 May, it returned.\n"
    assert dates_of(again) == ["2025-04-28", "2025-05-12"]


def test_the_edges_the_reviews_found() -> None:
    # an event's own run of days after "Week", "Day" or "Match" is still its run
    assert "2025-08-02/2025-08-09" in dates_of(
        "Cowes Week 2-9 August 2025 entries open on 1 April.\n", "2025-03-01"
    )
    assert dates_of("Sports Day 3 and 4 July, weather permitting.\n", "2025-05-01") == [
        "2025-07-03",
        "2025-07-04",
    ]
    # a day's winner is of that day; a hole or a floor is no day of the month
    assert dates_of("Sunday's winner, Jasper Philipsen, took the stage.\n", "2024-07-08") == [
        "2024-07-07"
    ]
    golf = "Schauffele won the Open on 21 July. His birdie on the 18th was the shot of the week.\n"
    assert dates_of(golf, "2024-07-22") == ["2024-07-21"]
    # "on the Monday" after a single day is a weekday of its own, as it was
    shut = "The exhibition opened on 10 April. It will be closed on the Monday for the holiday.\n"
    assert "2025-04-21" in dates_of(shut, "2025-04-14")
    assert dates_of("The fire started on the Saturday.\n", "2025-06-09") == ["2025-06-07"]
    # an hour that is a state's, a level's or a day before's is no fact of the entry's day
    log = (
        "Monday 3 March 2025\nBusy night. Sunset was at 18:49. The river peaked at 10.32 "
        "metres. The funeral will be held on 14 March. He had died at 04:15.\n\n"
        "Tuesday 4 March 2025\nQuieter.\n"
    )
    assert "2025-03-14" in dates_of(log)
    assert not any("died" in title or "Sunset" in title for _, title, _ in events_of(log))
    # an event's title over its day stays an event; a programme's address is no title line
    notice = (
        "THORNBURY ALLOTMENT SOCIETY\n"
        "Notice of the Annual General Meeting of the Society to be held in the Village Hall\n"
        "Thursday 12 June 2025\n\nAll members are welcome.\n"
    )
    assert "2025-06-12" in dates_of(notice)
    programme = (
        "Remembrance Day arrangements\n10:45 Parade forms up in the Market Place\n"
        "Address by the Bishop at the War Memorial on Sunday 9 November\n"
    )
    assert "2025-11-09" in dates_of(programme, "2025-04-20")
    # a Games' year in a headline is no year of the news under it
    games = (
        "Olympic Games 2032 venues confirmed by organising committee\n\n"
        "On 14 March the organising committee confirmed the stadium.\n"
    )
    assert dates_of(games) == []
    # "m." for married, yards of ships, pence in a day book, a fair day
    assert "1762" in dates_of(
        "Register abstract\nWm. Ames bapt. 1762 m. 1785 Eliz. Hall bur. 1820\n"
    )
    assert dates_of("In 1943 yards on the Clyde launched more ships than ever.\n") == ["1943"]
    book = "Day book 1901\n\nOct. 2nd. Paid the drover 1s. 3d. Heavy rain.\nOct. 3rd. Threshed.\n"
    assert "1901-10-03" not in [value for value, title, _ in events_of(book) if "rain" in title]
    fair = "June 10th 1868. Fair day at Hexham. Sold the grey mare for £18.\nJune 11th. Hoed.\n"
    assert titles_of(fair)["1868-06-10"] == "Fair day at Hexham"
    # a programme's line that reads as a field is the entry itself
    festival = (
        "MARIONETKA 2025\nLjubljana, 2-8 June 2025\n\nPROGRAMME\n"
        "Mon 2 June, 19:00 | Castle courtyard\n"
        "Opening: The Iron Dragon - Teatro Filo (Italy), marionettes, 70 min\n"
    )
    assert any("Iron Dragon" in title for _, title, _ in events_of(festival))


def test_numbers_and_labels_that_look_like_dates_or_titles() -> None:
    # an asteroid's number in brackets, a decision's day issued to the parties
    assert dates_of("The probe reached the asteroid (4179) Toutatis on 13 December 2012.\n") == [
        "2012-12-13"
    ]
    decision = (
        "Decision of the Tribunal\nDate issued to the parties: 4 March 2025\n\n"
        "The appeal was heard on 12 February 2025.\n"
    )
    assert dates_of(decision) == ["2025-02-12"]
    # an entry's number before its sentence is no part of its title
    assert titles_of("Visit 3 - The nest box was checked on 9 May 2024 in heavy rain.\n") == {
        "2024-05-09": "The nest box was checked in heavy rain"
    }
    # "no ... survives from before 1700" dates nothing; "all-around" is no "around"
    assert dates_of("No record of the mill survives from before 1700.\n") == []
    assert dates_of("Mia Lund won the all-around on Friday with 55.1 points.\n", "2024-07-08") == [
        "2024-07-05"
    ]


def test_an_old_journal_s_abbreviations_and_clauses() -> None:
    journal = (
        "Journal of the works, 1794\n\n"
        "May 6th. Mr. Pell & I agreed that the bridge shall be of stone, & that it be finish'd "
        "by the end of July.\n\n"
        "June 6th. H.M. Inspector visited & survey'd the works.\n"
    )
    drafted = events_of(journal)
    agreed = [title for value, title, _ in drafted if value == "1794-05-06"]
    assert agreed
    assert agreed[0].startswith("Mr. Pell & I agreed that the bridge")
    assert any(value == "1794-06-06" and "Inspector" in title for value, title, _ in drafted)


def test_the_edges_the_second_review_found() -> None:
    # an hour after the stamp's own, said, a habit's or another day's is no fact of its day
    update = (
        "UPDATE 2 - 07:15 Sunday 12 January 2025\nCrews were called to a fire. They arrived "
        "at 22:58.\nThe warden said the ferry always left at 07:30 in the old days.\n\n"
        "UPDATE 3 - 12:00 Sunday 12 January 2025\nThe burglary was reported at 08:10 on "
        "Saturday; officers attended at 09:30.\n"
    )
    assert not any(
        word in title
        for _, title, _ in events_of(update)
        for word in ("arrived", "ferry", "officers")
    )
    # after days gone by, what comes next in the present is no day among them
    strike = "The strike lasted from Monday 5 to Wednesday 7 May. Talks resume on the Tuesday.\n"
    assert ("2025-05-13", "Talks resume", "tentative") in events_of(strike, "2025-05-12")
    # a day said again as a name or a subject is no fact of its own
    dismissed = "He was dismissed on 3 May 2024; the letter was dated 3 May 2024.\n"
    assert len(events_of(dismissed)) == 1
    # a sky before what happened is no line of the sky alone
    diary = (
        "DIARY OF MARY HALE, 1887\nJanry 3d. Snow all day.\n"
        "Janry 4th. Stormy night, the barn roof blew off. Men came to mend it.\n"
    )
    assert titles_of(diary)["1887-01-04"] == "Stormy night, the barn roof blew off"
    # last year's winner who did something is last year's fact; a programme's statement
    winner = "Last year's winner, Jane Smith, received a trophy.\n"
    assert dates_of(winner, "2025-03-20") == ["2024"]
    business = (
        "HOUSE OF COMMONS BUSINESS\nWednesday 12 March 2025\nPrime Minister's Questions\n"
        "Thursday 13 March 2025\nStatement by the Leader of the House on future business\n"
    )
    assert dates_of(business, "2025-03-10") == ["2025-03-12", "2025-03-13"]
    # a field under a stamp that gives a day of its own keeps it
    notice = (
        "ROAD NOTICE - issued 09:00 Monday 10 March 2025\n"
        "Closure: 20:00 Saturday 15 March to 06:00 Monday 17 March\n"
        "The bridge deck will be resurfaced.\n"
    )
    assert "2025-03-15/2025-03-17" in dates_of(notice)
