"""Daybooks and journals whose lines open on their weekday and day; a diary's weekday and
feast after its day; old abbreviations of names, weekdays and "about"; a log's position
written out; letters' date lines with a stop after the place; a watch log's rows of day,
hour and entry; a release's "For immediate use"; a bulletin's stamp with its level and its
areas; habits of a season; a heading over an entry that opens on its verb; conditions and
hours of a day: each rule on texts of other kinds than the ones it was found in."""

from __future__ import annotations

from tests.drafting import dates_of, events_of, titles_of


def test_a_daybook_s_lines_that_open_on_their_weekday_and_day_are_entries_of_their_own() -> None:
    harvest = (
        "HARVEST BOOK, LOWER FARM.\n1851.\n\nAugust.\n"
        "Mon. 4th. Began reaping the long field with six men.\n"
        "Wed. 6th. Carted 12 loads of wheat to the rick yard.\n"
        "Sat. 9th. Paid the harvest men their month.\n"
    )
    assert titles_of(harvest) == {
        "1851-08-04": "Began reaping the long field with six men",
        "1851-08-06": "Carted 12 loads of wheat to the rick yard",
        "1851-08-09": "Paid the harvest men their month",
    }
    # (a line of prose that happens to open on a weekday and a day is no entry)
    prose = "The fair was held in 1851.\nSat. 9th. was the last day of it, and all went home."
    assert "1851" in dates_of(prose)


def test_a_feast_s_name_or_the_weather_alone_under_an_entry_s_day_is_no_title() -> None:
    diary = (
        "Diary of a curate.\n1862.\n\nDecember.\n"
        "Thurs. 25th. Christmas Day. Church at 11, then dined at the Hall.\n"
        "Sat. 27th. Very sharp frost. The pond bore and the boys were out on it.\n"
    )
    assert titles_of(diary) == {
        "1862-12-25": "Church at 11, then dined at the Hall",
        "1862-12-27": "The pond bore and the boys were out on it",
    }
    log = (
        "Log of the brig Alert.\n1841.\n\nMay.\n\nTues. 11th. Heavy sea.\n"
        "Shipped a green sea over the bows, which stove the long boat.\n"
    )
    assert titles_of(log) == {
        "1841-05-11": "Shipped a green sea over the bows, which stove the long boat"
    }


def test_news_a_letter_brings_is_dated_apart_from_the_day_it_came() -> None:
    agent = (
        "Estate journal.\n1838.\n\nJune.\n\n"
        "Tues. 5th. Note from the Bishop, he will preach the 17th inst. at the new church.\n"
    )
    drafted = events_of(agent)
    assert [(value, status) for value, _, status in drafted] == [
        ("1838-06-05", None),
        ("1838-06-17", "tentative"),
    ]
    assert drafted[0][1].startswith("Note from the Bishop")


def test_old_abbreviations_of_names_weekdays_and_about() -> None:
    accounts = (
        "Paid Danl. Hobbs for thatching the barn on 4 May 1790.\n\n"
        "The chapel, built abt. 1760, was pulled down on 2 June 1851.\n"
    )
    assert titles_of(accounts)["1790-05-04"] == "Paid Daniel Hobbs for thatching the barn"
    assert "1760~" in dates_of(accounts)
    assert "abt" not in titles_of(accounts)["1760~"]
    journal = (
        "Journal of the Revd. T. Pryce.\n1829.\n\nOctober.\n\n"
        "Frid. 2nd. Rode to Kington for the sessions.\n\n"
        "Mond. 5th. Buried Nathl. Powell, aged 80.\n"
    )
    assert titles_of(journal) == {
        "1829-10-02": "Rode to Kington for the sessions",
        "1829-10-05": "Buried Nathaniel Powell, aged 80",
    }


def test_a_log_s_position_written_out_is_one_phrase_and_no_title() -> None:
    log = (
        "Journal kept aboard the barque Corinna.\n1852.\n\nJanuary.\n\n"
        "Sat. 17th. Lat. 40 deg. 12 min. S. Sighted the island of Tristan at daybreak.\n"
    )
    assert titles_of(log) == {"1852-01-17": "Sighted the island of Tristan at daybreak"}


def test_an_hour_before_a_name_opens_no_phrase_that_takes_the_name_with_it() -> None:
    ward = (
        "Admissions book, Cottage Hospital.\n1901.\n\nMarch.\n\n"
        "Sun. 3rd. At 3 p.m. Mary Ellis, aged 40, was admitted with a broken wrist.\n"
    )
    assert titles_of(ward)["1901-03-03"].startswith("Mary Ellis")


def test_what_went_before_a_day_s_fact_leaves_the_fact_on_its_day() -> None:
    diary = (
        "Notebook of a district nurse.\n1923.\n\nApril.\n\n"
        "Sun. 15th. Old Mrs Dunn died at dawn, having been poorly since Wednesday.\n"
    )
    assert "1923-04-15" in dates_of(diary)
    assert titles_of(diary)["1923-04-15"].startswith("Old Mrs Dunn died")


def test_a_diary_s_weekday_or_feast_after_its_day_and_a_dash_is_no_part_of_the_title() -> None:
    garden = (
        "A GARDENER'S DIARY, 1889.\n\n"
        "Oct. 4. Fri. - Sharp frost. Lifted the last of the potatoes.\n\n"
        "Oct. 6. Sun. - Walked to chapel with the children.\n\n"
        "Oct. 15. Tues. - Sent the apples to market by the carrier.\n"
    )
    assert titles_of(garden) == {
        "1889-10-04": "Lifted the last of the potatoes",
        "1889-10-06": "Walked to chapel with the children",
        "1889-10-15": "Sent the apples to market by the carrier",
    }


def test_a_guess_between_commas_is_a_year_in_doubt() -> None:
    guide = "The cross is older than the church, perhaps 1350, and the porch c. 1500."
    assert dates_of(guide) == ["1350?", "1500~"]
    # (not a count: "perhaps 1350 people came")
    assert dates_of("The church was full on 2 May 1920, perhaps 1350 people came.") == [
        "1920-05-02"
    ]


def test_a_letter_s_date_line_with_a_stop_after_its_place_heads_its_letter() -> None:
    letters = (
        "Letters of Nurse Ada Fenn to her sister\n\n"
        "Boulogne. 3rd June 1915.\n\n"
        "Dear Nell,\nWe crossed on the 1st & I am to start on the wards on Mon. if all is well.\n"
        "Your loving sister,\nAda\n\n"
        "Etaples. 20th July 1915.\n\n"
        "Dear Nell,\nMatron moved me to the surgical huts on the 14th inst.\n"
        "Your loving sister,\nAda\n"
    )
    assert [(value, status) for value, _, status in events_of(letters)] == [
        ("1915-06-01", None),
        ("1915-06-07", "tentative"),
        ("1915-07-14", None),
    ]


def test_a_plan_of_a_day_of_the_month_told_with_am_to_or_before_an_ampersand() -> None:
    letter = (
        "Kew. 2nd May 1890.\n\nDear Father,\n"
        "I am to sit the examination on the 20th & then I hope to come home.\n"
        "We reached the lodgings on Thurs. 1st & unpacked.\n"
    )
    assert [(value, status) for value, _, status in events_of(letter)] == [
        ("1890-05-01", None),
        ("1890-05-20", "tentative"),
    ]


def test_a_weekday_cut_short_after_on_in_a_clause_that_goes_on() -> None:
    note = "The carrier is to call on Fri. if the roads are open."
    assert events_of(note, "1902-03-04") == [
        ("1902-03-07", "The carrier is to call if the roads are open", "tentative")
    ]


def test_a_watch_log_s_rows_of_day_hour_and_entry() -> None:
    occurrences = (
        "HARTWELL POLICE STATION\nOCCURRENCE BOOK - MARCH 2025\n\n"
        "Date    Time  Occurrence                                                  Init.\n"
        "Mon 3   0740  Break-in reported at Ferry Lane post office, rear window      PT\n"
        "              forced. CID informed.\n"
        "Mon 3   1915  Two youths cautioned for damage to the bus shelter.          PT\n"
        "Wed 5   0810  Ferry Lane suspect arrested at his home address.             RK\n"
        "Fri 7   1000  Ferry Lane suspect to appear in court Mon 10th.              RK\n"
    )
    drafted = events_of(occurrences)
    assert [(value, status) for value, _, status in drafted] == [
        ("2025-03-03", None),
        ("2025-03-03", None),
        ("2025-03-05", None),
        ("2025-03-10", "tentative"),
    ]
    titles = [title for _, title, _ in drafted]
    assert "Break-in reported at Ferry Lane post office, rear window forced" in titles
    # no officer's initials, no hour left in a title
    assert not any(title.endswith((" PT", " RK")) or title[:1].isdigit() for title in titles)
    # a state from a day of the month the log is in
    note = "Mon 3   0740  Street lamp out on Quay Road since the 1st, council told.\n"
    rows = occurrences.replace("Mon 3   1915", note.rstrip("\n") + "\nMon 3   1915", 1)
    assert "2025-03-01/.." in dates_of(rows)


def test_a_release_for_immediate_use_is_dated_by_that_line() -> None:
    release = (
        "PRESS RELEASE\n\nNorthfield Food Bank\n\n"
        "For immediate use: Monday 8 December 2025\n\n"
        "Northfield Food Bank opened its second warehouse today. Volunteers will begin "
        "deliveries from it on 15 December.\n"
    )
    assert [(value, status) for value, _, status in events_of(release)] == [
        ("2025-12-08", None),
        ("2025-12-15", "tentative"),
    ]


def test_a_bulletin_s_stamp_with_its_level_and_its_areas_field() -> None:
    snow = (
        "WESTERN ROADS AUTHORITY\nSNOW WARNINGS - JANUARY 2026\n\n"
        "WARNING 1 - YELLOW - issued 06:00 Monday 12 January 2026\n"
        "Areas: Upland routes, Pass roads\n\n"
        "Snow is expected from 18:00 on Tuesday. Gritters went out this morning.\n\n"
        "WARNING 2 - AMBER - issued 07:30 Wednesday 14 January 2026\n"
        "Area: Pass roads\n\n"
        "The Harl Pass was closed at 05:00 today. Snow ploughs cleared the A70 on Tuesday.\n"
    )
    assert titles_of(snow) == {
        "2026-01-12": "Gritters went out",
        "2026-01-13": "Snow ploughs cleared the A70",
        "2026-01-14": "The Harl Pass was closed",
    }
    assert not any(title.startswith(("Upland", "Pass roads")) for title in titles_of(snow).values())


def test_a_season_kept_each_summer_or_winter_is_a_habit() -> None:
    notice = "Winter shelters are opened each winter between 1 November and 31 March."
    assert events_of(notice, "2025-10-02") == []
    rota = "The ferry runs every summer from May to September."
    assert events_of(rota, "2025-10-02") == []
    # a season of one year is still dated
    once = "The shelter will be open between 1 November and 31 March this winter."
    assert dates_of(once, "2025-10-02") == ["2025-11-01/2026-03-31"]


def test_a_heading_names_an_entry_that_opens_on_its_verb() -> None:
    page = (
        "<html><head><title>Changes to performances | Corn Exchange</title></head><body>\n"
        "<h1>Changes to performances</h1>\n<ul>\n"
        "<li><h3>The Snow Queen</h3><p>Moved to 14 February 2026.</p></li>\n"
        "<li><h3>Brass Band Gala</h3><p>Cancelled on 3 January because of illness.</p></li>\n"
        "</ul>\n</body></html>\n"
    )
    titles = titles_of(page, "2025-12-10")
    assert titles["2026-02-14"] == "The Snow Queen moved"
    assert titles["2026-01-03"].startswith("Brass Band Gala cancelled")
    # (a diary's day over an entry that opens on its verb gives it no subject)
    diary = (
        "My diary\n\nTuesday 14 January 2025\n\nWalked to the quarry and back before lunch.\n\n"
        "Wednesday 15 January 2025\n\nRained all day.\n"
    )
    assert titles_of(diary) == {
        "2025-01-14": "Walked to the quarry and back before lunch",
        "2025-01-15": "Rained all day",
    }


def test_a_condition_still_to_be_met_looks_ahead() -> None:
    treaty = "If ratified, the treaty enters into force on Jan. 1 and runs for ten years."
    assert events_of(treaty, "2025-10-20") == [
        ("2026-01-01", "If ratified, the treaty enters into force", "tentative")
    ]


def test_the_hours_of_a_day_bound_no_event() -> None:
    fair = "A plant fair will be held from 10am to 4pm on Saturday 5 April in the walled garden."
    assert dates_of(fair, "2025-03-20") == ["2025-04-05"]
    # an end still bounds: "closed until 6pm on 5 April"
    assert dates_of("The garden is closed until 6pm on 5 April.", "2025-03-20") == ["../2025-04-05"]


def test_a_clause_of_its_own_in_the_present_looks_ahead_after_a_past() -> None:
    rally = (
        "Moreau won the Alpine stage on 12 May, and he can seal the title at the final "
        "rally in Digne from 14 to 16 June."
    )
    assert dates_of(rally, "2025-06-01") == ["2025-05-12", "2025-06-14/2025-06-16"]
    # (a clause that goes on in the past keeps the past: "and he retired on 20 June")
    gone = "Moreau won the Alpine stage on 12 May, and he retired on 20 June."
    assert dates_of(gone, "2025-06-01") == ["2024-06-20", "2025-05-12"]


def test_a_state_since_one_s_own_event_on_its_day() -> None:
    league = "Ostrova have topped the table since their win in Kessel on 3 March."
    assert dates_of(league, "2025-04-10") == ["2025-03-03/.."]


def test_a_date_that_owns_a_thing_bounds_nothing() -> None:
    board = "The board will decide on 2 May whether to add a women's race to next year's calendar."
    drafted = events_of(board, "2025-04-20")
    assert ("2025-05-02", "tentative") in [(value, status) for value, _, status in drafted]
    assert "../2026" not in dates_of(board, "2025-04-20")
    assert not any("'s calendar" in title for _, title, _ in drafted)


def test_a_bulletin_s_list_of_the_updates_before_it_is_furniture() -> None:
    bulletin = (
        "River Lune flood update\nUpdate 3 | issued 10:00, Friday 7 March 2025\n\n"
        "The river peaked at 4.2 m at Caton this morning.\n\n"
        "Earlier updates: Update 2 (18:00, 6 March), Update 1 (6 March)\n"
    )
    assert titles_of(bulletin) == {"2025-03-07": "The river peaked at 4.2 m at Caton"}


def test_a_season_a_yearly_habit_keeps_is_no_date() -> None:
    note = "Fog banks form over the estuary every autumn, mostly between October and December."
    assert events_of(note, "2025-03-01") == []


def test_a_price_after_a_comma_is_no_past() -> None:
    tickets = "Seats for the final go on sale on Thursday, priced £20."
    assert events_of(tickets, "2025-05-20") == [
        ("2025-05-22", "Seats for the final go on sale, priced £20", "tentative")
    ]


def test_an_age_set_off_after_then_is_no_clause() -> None:
    ruling = "The council appointed the claimant, then 52, as a caretaker on 3 April 2018."
    assert titles_of(ruling) == {"2018-04-03": "The council appointed the claimant as a caretaker"}


def test_an_opening_phrase_with_its_subject_inside_keeps_the_main_clause() -> None:
    probe = (
        "Tessa-2 was launched on 2 March 2021. After two years in a parking orbit it returned "
        "for a lunar flyby, passing 300 km above the surface on 9 May 2023."
    )
    assert titles_of(probe)["2023-05-09"].startswith("Tessa-2 returned for a lunar flyby")


def test_an_agreement_to_act_by_a_day_looks_ahead() -> None:
    talks = "On 4 March the ministers met in Oslo, and all agreed to publish their plans by June."
    assert [(value, status) for value, _, status in events_of(talks, "2025-03-10")] == [
        ("../2025-06", "tentative"),
        ("2025-03-04", None),
    ]


def test_a_statement_delivered_on_its_day() -> None:
    statement = (
        "Rail freight\n\nDelivered by: Rt Hon Ann Vale MP\nDelivered on: 11 March 2025\n\n"
        "Mr Speaker, today I have approved the new freight terminal at Harlow.\n"
    )
    assert titles_of(statement) == {
        "2025-03-11": "I have approved the new freight terminal at Harlow"
    }


def test_a_fact_that_waited_for_its_year_is_that_year_s() -> None:
    canal = "The bridge was not opened to traffic until 1861, when the county took it over."
    assert titles_of(canal) == {"1861": "The bridge was opened to traffic"}
    # (a state that lasted until a year, then a new fact: the fact is the year's)
    tolls = "Tolls were charged until 1878, when the county bought the bridge."
    assert titles_of(tolls) == {"1878": "The county bought the bridge"}


def test_a_place_in_the_subject_is_no_participle_s_phrase() -> None:
    shop = "The new café in the old station opened in 2021."
    assert titles_of(shop) == {"2021": "The new café in the old station opened"}


def test_a_listing_s_rows_of_days_and_runs_are_rows_of_their_own() -> None:
    card = (
        "RIVERSIDE BOWLS CLUB - KEY DATES 2025\n\n"
        "Sat 12 Apr        Opening drive\n"
        "3, 10, 17 May     Coaching for new members (green 2)\n"
        "26 Jul - 3 Aug    Club week\n"
        "Sun 14 Sep        Finals day\n"
    )
    assert titles_of(card, "2025-03-01") == {
        "2025-04-12": "Opening drive",
        "2025-05-03": "Coaching for new members (green 2)",
        "2025-05-10": "Coaching for new members (green 2)",
        "2025-05-17": "Coaching for new members (green 2)",
        "2025-07-26/2025-08-03": "Club week",
        "2025-09-14": "Finals day",
    }


def test_a_later_bulletin_tells_its_own_days_past_whatever_month_it_names() -> None:
    bulletins = (
        "COASTAL FLOOD BULLETINS - Ebb estuary\n\n"
        "BULLETIN No. 1\nIssued: 07:00, Monday 3 February 2025\n\n"
        "Tides are expected to peak on Tuesday 4 February.\n\n"
        "BULLETIN No. 2\nIssued: 07:00, Wednesday 5 February 2025\n\n"
        "The tide peaked at 5.9 m on Tuesday, the highest since March 2008.\n"
    )
    assert events_of(bulletins) == [
        ("2025-02-04", "The tide peaked at 5.9 m, the highest since March 2008", None),
        ("2025-02-04", "Tides are expected to peak", "tentative"),
    ]


def test_a_decision_of_a_day_to_act_is_titled_by_what_was_decided() -> None:
    appeal = (
        "This is an appeal against the Council's decision of 2 May 2024 to refuse the "
        "Appellant's licence."
    )
    assert titles_of(appeal) == {
        "2024-05-02": "The Council's decision to refuse the Appellant's licence"
    }


def test_the_next_day_of_a_weekly_habit_is_no_date() -> None:
    rota = "Teams are picked every Thursday for the following Sunday."
    assert events_of(rota, "2025-04-02") == []


def test_what_a_when_clause_does_to_it_is_the_main_clause_s_subject() -> None:
    ban = (
        "A hosepipe ban will stay in force until 30 September, when the company expects to lift it."
    )
    assert titles_of(ban, "2025-08-01") == {
        "2025-09-30": "The company expects to lift the hosepipe ban"
    }


def test_a_clause_that_tells_a_heading_s_fact_leads_its_event() -> None:
    history = (
        "Harwood Organs - Our story\n\n"
        "1902 - A loft in Kettle Lane\n"
        "Amos Harwood founded the firm in 1902 in a loft above a chapel in Kettle Lane.\n"
    )
    assert events_of(history) == [
        ("1902", "Amos Harwood founded the firm in a loft above a chapel in Kettle Lane", None)
    ]


def test_the_edges_the_reviews_found() -> None:
    # an hour's "am to" is no plan
    road = "The road was closed from 9 am to 5 pm on Sunday while the pipe was replaced."
    assert dates_of(road, "2025-07-08") == ["../2025-07-06"]
    # a deadline agreed to is the nearest one, not always ahead
    june = (
        "At the June meeting all five councils agreed to align their own lists by the end of June."
    )
    assert events_of(june, "2025-07-02")[0][0::2] == ("../2025-06", None)
    # a section's label names no subject of an entry that opens on its verb
    cv = (
        "JANE OKORO\n\nExperience\nJoined Arup as a graduate engineer in September 2015.\n\n"
        "Education\nGraduated from Leeds with a first in civil engineering in 2015.\n"
    )
    assert titles_of(cv) == {
        "2015": "Graduated from Leeds with a first in civil engineering",
        "2015-09": "Joined Arup as a graduate engineer",
    }
    # a clause after "said" inside an opening phrase is no subject of the title
    pier = "After the council said it was unsafe, the pier was closed on 4 May 2023."
    assert titles_of(pier) == {"2023-05-04": "The pier was closed"}
    married = "Before they were married in 1902 they had lived next door to each other in Hull."
    assert titles_of(married)["1902"].startswith("Before they were married")
    hull = "After three seasons at Hull from 2008 he moved to Bristol in 2011."
    assert titles_of(hull)["2008"].startswith("After three seasons at Hull")
    # "not ... until" only in a passive: a cleft, or "did not close", keeps the "when" clause
    mill = "The mill did not close until 1911, when a flood broke the dam."
    assert titles_of(mill) == {"1911": "A flood broke the dam"}
    informed = "The claimant was not informed until 12 January 2023, when she received the letter."
    assert titles_of(informed) == {"2023-01-12": "The claimant was informed"}
    # an "it" the "when" clause acts on is the main clause's object, unless that stays put
    record = "Ellis held the world record until 1998, when Okafor broke it."
    assert titles_of(record) == {"1998": "Okafor broke it"}
    # a decision's maker with "of" in the name; "to the Tribunal" is no decision
    refusal = (
        "The appellant challenges the Secretary of State's decision of 14 January 2024 to refuse "
        "her human rights claim."
    )
    assert titles_of(refusal)["2024-01-14"].startswith(
        "The Secretary of State's decision to refuse"
    )
    tribunal = (
        "Hughes appealed against the Commissioner's decision of 2 March 2022 to the Tribunal."
    )
    assert titles_of(tribunal)["2022-03-02"].startswith("Hughes appealed")
    # a habit in an aside leaves the main clause's month
    school = "The school, which closes each summer, reopened in September after a £2m refit."
    assert dates_of(school, "2025-09-10") == ["2025-09"]
    # a list of earlier updates that tells facts in prose is no furniture
    road_update = (
        "Road update, 16 January 2025\n\n"
        "Previous updates: the A59 was closed on 14 January and reopened on 15 January.\n"
    )
    assert dates_of(road_update) == ["2025-01-14", "2025-01-15"]
    # a weekday cut short in a habit or a label is no day
    assert events_of("The committee meets on Mon. and Thurs. evenings at 7.30.", "2025-03-06") == []
    # a place or a firm cut short before a new sentence ends it
    jos = (
        "Violence erupted on 7 September in the central Nigerian city of Jos. By Tuesday the "
        "Red Cross said more than 500 people had died."
    )
    assert titles_of(jos, "2001-09-12")["2001-09-07"].endswith("city of Jos")
    abt = "The car was prepared by Abt. It first raced at Hockenheim on 18 April 2004."
    assert titles_of(abt) == {"2004-04-18": "The car first raced at Hockenheim"}
    # a century after "since" is no day of the month
    fair = "A fair has been held in the town since the 13th, when King John granted a charter."
    assert events_of(fair, "2024-05-20") == []
    # a count after "then" is no age
    crowd = "A crowd of about 200, then 300, gathered on Sunday."
    assert "200" not in titles_of(crowd, "2024-03-06")["2024-03-03"]
    # a heading whose words the clause does not all tell keeps its own event
    library = (
        "2019 - Opening of the new library in Tallis Street\n"
        "In 2019 the old library in Tallis Street was demolished to make way for flats.\n"
    )
    assert titles_of(library) == {"2019": "Opening of the new library in Tallis Street"}
    # a watch log's rows with no full stop are rows of their own
    lifeboat = (
        "Lifeboat log, March 1998\n\nSat 14 0310 Launched to yacht aground at Saltwick\n"
        "Sat 14 0545 Returned to station\nSun 15 1120 Launched to missing swimmer\n"
    )
    assert events_of(lifeboat) == [
        ("1998-03-14", "Launched to yacht aground at Saltwick", None),
        ("1998-03-14", "Returned to station", None),
        ("1998-03-15", "Launched to missing swimmer", None),
    ]
    # (years in a column are no hours: "On this day" rows)
    on_this_day = (
        "On this day - November\n\nFri 1   1957  First Sputnik dog flight\n"
        "Mon 11  1918  Armistice signed at Compiegne\n"
    )
    assert "2024-11-01" not in dates_of(on_this_day, "2024-11-01")


def test_a_decision_s_date_issued_line_is_no_event() -> None:
    decision = (
        "EMPLOYMENT TRIBUNAL\n\nJUDGMENT\n\n1. The claim of unfair dismissal succeeds.\n\n"
        "2. The hearing took place on 3 and 4 June 2024.\n\n"
        "Employment Judge R. Amis\nDate issued: 19 June 2024\n"
    )
    assert "2024-06-19" not in dates_of(decision)
    assert dates_of(decision) == ["2024-06-03", "2024-06-04"]


def test_a_count_after_a_rough_opening_counts_from_the_event_before() -> None:
    probe = (
        "The probe entered orbit around Mars on 2 October 2024. About three months after orbit "
        "insertion, its orbit was circularised at 400 km."
    )
    assert titles_of(probe) == {
        "2024-10-02": "The probe entered orbit around Mars",
        "2025-01~": "The probe’s orbit was circularised at 400 km",
    }
    # (or after a timeline entry's label)
    timeline = (
        "- Landing: the lander touched down on 9 May 2024.\n"
        "- Rover: about six weeks after landing, the rover drove off the ramp.\n"
    )
    assert dates_of(timeline) == ["2024-05-09", "2024-06-20~"]
