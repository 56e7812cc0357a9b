"""Season cards and captains' logs, letters copied one after another, programmes whose days
stand under the names of what is on, and the words around a day that bound it, doubt it
or count from it: each rule on texts of other kinds than the ones it was found in, and the
lines at its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_season_s_year_in_the_title_dates_its_card_over_a_founding_year() -> None:
    card = (
        "WESTFIELD BOWLS CLUB\nFounded 1902\nFIXTURES - 2026 SEASON\n\n"
        "Sat 2 May     Hallam (A)          Friendly, 2.00pm\n"
        "Sun 10 May    Roseby (H)          League\n\n"
        "CLUB DINNER: Friday 25 September, 7pm, the pavilion.\n"
    )
    events = _events(card)
    assert {"2026-05-02", "2026-05-10", "2026-09-25"} <= set(events)
    assert not any(day.startswith("1902-") for day in events)
    # each row of the card is titled by its own cells, not its neighbours'
    assert events["2026-05-10"][0].startswith("Roseby (H)")
    log = _events(
        "ORMSBY ANGLING CLUB\nBailiff's Log - Season 2025\n\n"
        "Date      | Water  | Notes\n"
        "----------+--------+------------------------------------\n"
        "Sat 5 Apr | Beat 2 | Two trout returned; bank repairs\n"
        "          |        | finished by the work party.\n"
        "Sun 13 Apr | Beat 1 | Otter seen below the weir.\n"
    )
    assert {"2025-04-05", "2025-04-13"} <= set(log)
    # a row's cell that tells what happened names it, not its code
    assert log["2025-04-05"][0].startswith("Two trout returned")
    # a log tells what happened: its days are no plans
    assert log["2025-04-13"][1] is None


def test_a_day_of_an_occasion_one_is_picked_for_lies_ahead() -> None:
    events = _events(
        "Ellen Shaw was selected on 3 May for the Northern Championships (21-22 June).",
        published="2025-05-04",
    )
    assert set(events) == {"2025-05-03", "2025-06-21/2025-06-22"}
    # a past occasion named after a past verb stays in the past
    assert "2024-06-21/2024-06-22" in _events(
        "She won at the Northern Championships on 21-22 June.", published="2025-05-04"
    )


def test_each_letter_of_a_collection_is_dated_by_its_own_line() -> None:
    text = (
        "Letters of a shepherd's wife to her brother, copied by her granddaughter.\n\n"
        "                                  Gartmore, 2nd April 1871\n"
        "Dear Tom,\n"
        "The lambing began on the 20th of March and is nearly done.\n\n"
        "                                  Gartmore, 5th October 1872\n"
        "Dear Tom,\n"
        "Father was taken ill on the 9th of September and died three days after.\n"
    )
    events = _events(text)
    assert {"1871-03-20", "1872-09-09", "1872-09-12"} <= set(events)
    # the subject carried into "died" is the letter's, not its salutation
    assert events["1872-09-12"][0] == "Father died"
    # the date lines head their letters: they are no events of their own
    assert "1872-10-05" not in events
    assert not any(day.startswith("1871-09") for day in events)


def test_a_count_of_days_after_a_thing_named_counts_from_the_date_before() -> None:
    events = _events(
        "The rover landed on 4 March 2031. Three days after touchdown, it sent its first panorama."
    )
    assert events["2031-03-07"][0] == "The rover sent its first panorama"
    # "afterwards" and "after" at a clause's end count on too
    assert "1901-05-09" in _events(
        "The old mill burned on 6 May 1901 and was pulled down three days afterwards."
    )
    # a count to a thing dated in the same sentence counts back, as before
    assert "1884-09-30" in _events("He resigned on 2 October 1884, two days after the vote.")


def test_a_date_its_teller_will_not_vouch_for_is_doubted() -> None:
    events = _events(
        "The chapel was first used in 1712, so the verger says, though he will not swear to it."
    )
    assert set(events) == {"1712?"}
    assert set(
        _events(
            "The deed is dated 1403, though some scholars have questioned whether the date is "
            "right."
        )
    ) == {"1403?"}
    # a teller who is sure leaves the date as it is
    assert set(_events("The chapel was first used in 1712, so the verger says.")) == {"1712"}


def test_open_days_on_two_days_are_two_events_and_a_weekend_show_one() -> None:
    days = _events(
        "Race days will be held on Saturday 9 August and Sunday 10 August.",
        published="2025-06-01",
    )
    assert set(days) == {"2025-08-09", "2025-08-10"}
    show = _events(
        "The show runs over two days, on Saturday 9 and Sunday 10 August.",
        published="2025-06-01",
    )
    assert set(show) == {"2025-08-09/2025-08-10"}


def test_a_span_of_years_before_to_and_by_is_the_building_s() -> None:
    events = _events("The chapel was rebuilt in 1852-54 to plans by a local architect.")
    assert set(events) == {"1852/1854"}
    # a plan named by its years is still a name
    assert not _events("The 2019 plan was dropped.")


def test_a_report_s_past_after_a_plan_keeps_its_own_year() -> None:
    text = (
        "MILLBECK VILLAGE HALL\nAnnual Report 2023-24\n\n"
        "This report will be presented at the annual meeting on Thursday 16 May 2024.\n\n"
        "The new kitchen opened on 8 June 2023.\n\n"
        "Mrs Ada Holt stood down in September 2023, and Mr Len Pike was elected treasurer "
        "on 2 November.\n"
    )
    events = _events(text)
    assert "2023-11-02" in events
    assert "2024-11-02" not in events


def test_a_numbered_record_s_day_heads_what_follows_it() -> None:
    text = (
        "REGISTER OF SERVICES, ST MARY'S, HOLTBY\n\n"
        "No. 41. Sunday, 3 March 1929.\n"
        "Confirmation by the Bishop of Wakefield; 23 candidates.\n\n"
        "No. 42. Sunday, 14 April 1929.\n"
        "Dedication of the new organ.\n\n"
        "Choir practice is Friday, 7 to 8 pm.\n"
    )
    events = _events(text)
    assert events["1929-03-03"][0].startswith("Confirmation by the Bishop")
    assert events["1929-04-14"][0].startswith("Dedication of the new organ")
    # a day kept each week is no event of the day after the last heading
    assert set(events) == {"1929-03-03", "1929-04-14"}
    # "the big day", with its article, is one day
    assert len(_events("The big day is Saturday.", published="2025-06-03")) == 1


def test_our_with_no_name_for_us_is_the_thing_itself() -> None:
    events = _events("Our spring fair, on 12 April, raised £900.", published="2025-04-20")
    title = events["2025-04-12"][0]
    assert title.startswith("The spring fair")
    assert "Authors" not in title


def test_a_warning_s_hours_bound_its_span_and_its_deadlines() -> None:
    events = _events(
        "Snow is expected to begin on Friday night and to continue into Sunday morning.",
        published="2025-01-22",
    )
    assert set(events) == {"2025-01-24/2025-01-26"}
    validity = _events(
        "FLOOD ALERT\nIssued: 08:00 Monday 3 March 2025\n"
        "Valid from 12:00 Monday 3 March until 18:00 Tuesday 4 March.\n"
        "Levels are expected to peak this evening.\n"
    )
    # the span it is valid for is no heading: "this evening" is the day of issue
    assert {"2025-03-03/2025-03-04", "2025-03-03"} <= set(validity)
    assert "2025-03-04" not in validity
    deadline = _events(
        "The council will publish its decision by 17:00 GMT on 9 March.", published="2025-03-03"
    )
    assert set(deadline) == {"../2025-03-09"}


def test_a_stretch_up_to_the_day_is_no_year_and_the_year_since_is_a_state() -> None:
    events = _events(
        "Rainfall was 60 mm on 2 March, twice the average for the past year.",
        published="2025-03-05",
    )
    assert set(events) == {"2025-03-02"}
    assert set(_events("The ward has kept these records since the year 1851.")) == {"1851/.."}
    # a comparison since the year is still a comparison
    assert not _events("It was the wettest June since the year 1910.", published="2025-07-02")
    # last year is still a year
    assert set(_events("Rainfall fell last year.", published="2025-03-05")) == {"2024"}


def test_a_letter_s_days_of_the_month_before_and_after() -> None:
    text = (
        "Funchal, Madeira, 14th June 1832.\nDear Brother,\n"
        "The mate fell from the yard on or about the 28th ult. and has not worked since. "
        "The master means to sail about the 20th inst. and to reach Bahia on or about the 2nd "
        "prox.\n"
    )
    events = _events(text)
    assert {"1832-05-28~", "1832-06-20~", "1832-07-02~"} <= set(events)
    # and after "of" or a weekday: "yours of the 12th ult.", "on Tuesday the 12th inst."
    reply = _events(
        "Funchal, 14th June 1832.\nDear Sir,\nYour letter of the 12th ult. reached me on "
        "Tuesday the 12th inst. with the parcel.\n"
    )
    assert {"1832-05-12", "1832-06-12"} <= set(reply)
    # the weekday written before it is the same day, no second one
    assert set(_events("He died on Tuesday the 25th ult. at his residence.", "1851-03-04")) == {
        "1851-02-25"
    }


def test_a_log_s_position_line_leaves_the_entry_s_title() -> None:
    text = (
        "JOURNAL OF THE SCHOONER PETREL, 1851.\n\n"
        "April 3rd. Lat. 12° 14' N., Long. 23° 40' W. Caught a shark of 9 ft. Crew in good "
        "health.\n\n"
        "April 5th. Wind N.E. 15 knots. Sighted the Cape Verde islands.\n"
    )
    events = _events(text)
    assert events["1851-04-03"][0].startswith("Caught a shark")
    assert events["1851-04-05"][0].startswith("Sighted the Cape Verde")


def test_a_close_told_with_when_before_a_state_until_a_year() -> None:
    events = _events(
        "The forge shut in 1931, when the last smith died, and stood idle until 1960, when "
        "a craft school took it over."
    )
    assert {"1931", "1960"} <= set(events)
    assert "smith" in events["1931"][0]


def test_a_kin_s_name_after_a_year_that_opens_a_sentence() -> None:
    events = _events(
        "Weaving at Holmfirth is first recorded in 1640. In 1781 Samuel Dyson built the "
        "fulling mill. His son Joseph added a dye house in 1803."
    )
    assert events["1803"][0].startswith("Samuel Dyson’s son Joseph")
    # a gerund before "at" is no person
    assert not events["1803"][0].startswith("Weaving")


def test_an_old_record_s_names_cut_short_and_a_diary_s_verb_first() -> None:
    text = (
        "5th Oct. 1887. - Wm. Pratt, thatcher, fell from a rick on or about the 1st inst. "
        "Set the arm. Told the family to keep him in bed, which they did. It is to be looked "
        "at again on the 12th.\n"
    )
    events = _events(text)
    assert "1887-10-01~" in events
    assert "1887-10-12" in events
    assert not events["1887-10-12"][0].startswith("Told the")


def test_a_calendar_s_labelled_days_and_a_weekday_kept_every_week() -> None:
    text = (
        "KESTON ROWING CLUB\nREGATTA CALENDAR 2026\n"
        "Issued by the Committee, 10 January 2026\n"
        "Head of the River: Saturday 7 March, first crew off 10:00\n"
        "Thursday evening training: every Thursday from April, 18:30\n"
        "Captain's Cup: Sunday 14 June\n"
        "Notes\n"
        "1. Crews must be entered in the 2026 list by the captains.\n"
    )
    events = _events(text)
    assert {"2026-03-07", "2026-06-14"} <= set(events)
    assert events["2026-06-14"][0].startswith("Captain's Cup")
    # the weekday of a habit is no day; a list named by its year is no event
    assert set(events) == {"2026-03-07", "2026-06-14"}


def test_a_programme_s_day_lines_under_the_names_of_what_is_on() -> None:
    page = (
        "<html><body><main><h1>Events this spring</h1>"
        "<p class='updated'>Updated 2 March 2026</p>"
        "<h2>Talk: The lost villages of Holderness</h2>"
        "<p><strong>Tuesday 10 March, 7pm</strong> &middot; Lecture room &middot; £4</p>"
        "<h2>Seed swap</h2>"
        "<p><strong>Saturday 21 March, 10am&ndash;noon</strong> &middot; Foyer</p>"
        "</main></body></html>"
    )
    events = _events(page)
    assert events["2026-03-10"][0].startswith("Talk: The lost villages")
    assert events["2026-03-21"][0].startswith("Seed swap")


def test_a_list_of_days_alone_under_its_heading() -> None:
    page = (
        "<html><body><main><h1>Repair Café</h1><h2>Repair café dates 2026</h2>"
        "<p>Bring anything broken.</p><h3>Next sessions</h3>"
        "<ul><li>Saturday 7 March</li><li>Saturday 4 April</li>"
        "<li>Saturday 2 May (with the bike doctor)</li></ul></main></body></html>"
    )
    events = _events(page, published="2026-02-20")
    assert {"2026-03-07", "2026-04-04", "2026-05-02"} <= set(events)
    assert events["2026-03-07"][0].startswith("Repair café")
    # a diary's day alone over its entry still heads it
    diary = _events(
        "DIARY OF A. LINDSAY, 1916\n\n12 March.\nRain all day. Wrote to Mother.\n\n"
        "14 March.\nSnow.\n"
    )
    assert set(diary) == {"1916-03-12", "1916-03-14"}
    assert diary["1916-03-12"][0].startswith("Rain all day")


def test_a_count_from_a_rough_date_is_rough_and_a_doubt_in_brackets() -> None:
    assert set(_events("The chapel was begun in about 1320 and finished ten years later.")) == {
        "1320~",
        "1330~",
    }
    assert set(_events("The survey party arrived around 3 May 2019 and left two days later.")) == {
        "2019-05-03~",
        "2019-05-05~",
    }
    events = _events("The mill of (probably) 1790 was pulled down in 1902.")
    assert set(events) == {"1790?", "1902"}
    # the doubt's words leave the title: the "?" says it
    assert "probably" not in events["1790?"][0]


def test_a_far_year_in_a_diary_s_entry_counts_no_day() -> None:
    diary = _events(
        "DIARY OF J. ROSS, 1931\n\n"
        "June 2nd. Rain. Read of the Alpine party of 1898, which turned back at the col. "
        "Mackay hopes to cross the pass about the 10th.\n\n"
        "June 4th. Walked on the pier with Mackay.\n"
    )
    # the day of the month counts from the entry's day, not from the year read of; "the
    # col." is a noun after its article, no rank, and ends its sentence
    assert {"1898", "1931-06-10~", "1931-06-04"} <= set(diary)
    assert diary["1931-06-10~"][0].startswith("Mackay hopes")


def test_the_edges_a_review_found() -> None:
    # a length before a full stop is no position: the next sentence is its own
    events = _events("The bridge is 40 metres long. 1,200 people crossed it on 5 May 2024.")
    assert events["2024-05-05"][0] == "1,200 people crossed it"
    # a habit told in another clause leaves the day itself alone
    assert "2025-06-04" in _events(
        "The lifeboat was launched on Wednesday, although the crew normally trains every "
        "Wednesday.",
        published="2025-06-06",
    )
    # an occasion named with its days, but no one picked for it: the days as the tense says
    sold = _events("Tickets for the County Show (12-13 June) sold out.", published="2025-07-01")
    assert sold == {"2025-06-12/2025-06-13": ("Tickets for the County Show", None)}
    # a deed in one word after a diary's day is no place
    married = _events(
        "DIARY, 1863\n\nSaturday, 4th April. Married. We went to Brighton afterwards.\n\n"
        "Monday, 6th April. Rain.\n"
    )
    assert married["1863-04-04"][0] == "Married"
    # a count of days in words, then two days: one span
    assert set(
        _events("The fair lasts nine days, on Saturday 9 and Sunday 10 August.", "2025-06-01")
    ) == {"2025-08-09/2025-08-10"}
    # a verb no one does to anything is no passive: the subject is carried without "was"
    assert (
        _events("Father was taken ill on 9 September 1872 and died three days later.")[
            "1872-09-12"
        ][0]
        == "Father died"
    )
    # "can't swear to it" doubts too; "little doubt that" does not
    assert set(_events("The inn opened in 1790, though he won't swear to it.")) == {"1790?"}
    assert set(
        _events("The charter is dated 1156, though there is little doubt that the date is right.")
    ) == {"1156"}
    # a count of days after a thing with no comma near it counts nothing
    launch = _events(
        "The probe launched on 3 March 2024. Two days after the launch the team released its "
        "first images of the moon, and the public cheered."
    )
    assert set(launch) == {"2024-03-03"}
