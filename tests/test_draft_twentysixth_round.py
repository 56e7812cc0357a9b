"""A day "on or abt." and a diary's clipped past; a letter book's address and its "this
day"; a letter's feeling before its news and a month "last"; a relative clause's verb before
the main one's future; a row that opens on its date; a month's short name before a score;
"today" in quoted speech; a side's home game; where a subject is in a long title; a like not
had since a year; whom a statement is made to and a ship's "she"; a report's compiled line;
a match's last quarter; a link's aside; who says so: each rule on texts of other kinds than
the ones it was found in, and the lines at its edges (the reviews') read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of, titles_of


def test_a_day_on_or_abt_and_a_diary_s_clipped_past_are_the_entry_s_month() -> None:
    diary = (
        "Diary of a farm bailiff, 1871.\n\n"
        "Mon. 6th March. - Ploughing the long field.\n\n"
        "Sat. 11th. - Old Tom taken bad on the 8th & still abed. Ewe lost on or abt. "
        "the 9th.\n"
    )
    drafted = events_of(diary)
    assert ("1871-03-08", "Old Tom taken bad & still abed", None) in drafted
    assert any(value == "1871-03-09~" and "Ewe lost" in title for value, title, _ in drafted)
    assert "1871-03-11" not in [value for value, _, _ in drafted]
    # (what is still to be done keeps its day ahead)
    ahead = f"{diary}\nMon. 13th. - The mare to be taken to Ripon on the 20th.\n"
    assert ("1871-03-20", "The mare to be taken to Ripon", "tentative") in events_of(ahead)


def test_a_letter_book_s_address_and_its_this_day_head_the_letter() -> None:
    book = (
        "Letter book of a Liverpool ship-broker, 1802.\n\n"
        "Liverpool, 14th June 1802\n"
        "To Messrs. Vance & Orr, Belfast\n"
        "Gent.,\n"
        "The Swift arrived this morning from Riga. I have this day sold her cargo of hemp at "
        "52s. the cwt., & shall remit the proceeds by Saturday's post.\n"
        "I am, Gent., yr. obedt. Servt.\n"
        "R. Lyle\n"
    )
    drafted = titles_of(book)
    assert "Vance" not in " ".join(drafted.values())
    assert "1802-06-14" in drafted
    assert "sold her cargo" in " ".join(title for _, title, _ in events_of(book))


def test_a_letter_s_feeling_before_its_news_and_a_month_last_leave_the_title() -> None:
    letter = (
        "Bombay, 2nd April 1819\n"
        "Honoured Sir,\n"
        "It is with deep regret I inform you that the Eliza was burnt at her moorings on the "
        "17th February last, the crew all saved.\n"
        "I remain, Sir, yr. obedt. Servt.\n"
    )
    drafted = titles_of(letter)
    assert drafted["1819-02-17"] == "The Eliza was burnt at her moorings, the crew all saved"


def test_a_relative_clause_s_verb_does_not_turn_a_plan_to_the_past() -> None:
    statement = (
        "Statement by the Minister for Transport, 3 February 2025\n\n"
        "From 1 March, every driver who has held a licence for less than two years will be "
        "required to display a green plate on the rear of the vehicle at all times.\n"
    )
    assert [(value, status) for value, _, status in events_of(statement)] == [
        ("2025-03-01", "tentative")
    ]
    # (a relative clause that holds the date keeps it, and its fact is the title's)
    court = (
        "Court news\n\n"
        "A Hexham woman who set fire to a neighbour's shed on or about 3 November last year "
        "was given a suspended sentence at Newcastle Crown Court on Monday.\n"
    )
    assert "set fire" in titles_of(court, published="2025-02-14")["2024-11-03~"]


def test_a_row_that_opens_on_its_date_and_what_becomes_of_it_lies_ahead() -> None:
    page = (
        "Harbour works notice\n"
        "Published 4 November 2024\n\n"
        "Mon 23 Dec - Fri 3 Jan – Slipway closed for resurfacing.\n"
        "Sat 9 Nov – Pontoon B reopened after repairs.\n"
    )
    drafted = {value: status for value, _, status in events_of(page)}
    assert drafted["2024-12-23/2025-01-03"] == "tentative"


def test_a_month_s_short_name_before_a_score_is_no_span() -> None:
    report = (
        "Squash: Pell through to the final\n\n"
        "Mia Pell beat Kim Jun 11-9 in Saturday's semi-final and meets Ana Ruiz in the final "
        "on Sunday.\n"
    )
    drafted = dates_of(report, published="2025-03-08")
    assert drafted == ["2025-03-08", "2025-03-09"]
    # (a span of days in one month still reads so: "open Jun 6-9 daily")
    assert dates_of("The fair is open Jun 6-9, 2025.") == ["2025-06-06/2025-06-09"]


def test_today_in_quoted_speech_is_the_speaker_s_day_and_dates_nothing() -> None:
    story = (
        "Harbour trust opens new quay\n\n"
        'The trust opened the new fish quay at Kelby on 2 May. "Today was the day the boats '
        'finally got a proper place to land," said harbour master Ann Rigg.\n'
    )
    assert dates_of(story, published="2025-05-03") == ["2025-05-02"]
    # (the text's own "today" still dates its fact)
    told = "The trust opened the new fish quay at Kelby today, its chair said."
    assert dates_of(told, published="2025-05-03") == ["2025-05-03"]
    # (nor a quoted act of the day, or a quoted day that is no remark)
    act = '"Today I am publishing the review of the harbour," the minister said.'
    assert dates_of(act, published="2025-05-03") == ["2025-05-03"]
    reopens = '"The bridge reopens to traffic today after repairs," a spokesperson said.'
    assert dates_of(reopens, published="2025-05-03") == ["2025-05-03"]


def test_a_side_s_home_game_in_a_relative_clause_lies_ahead() -> None:
    report = (
        "Kelby Hornets 71 Orton Owls 64\n\n"
        "Coach Dee Marsh said her side was tired before Thursday's trip to Ashby, whom the "
        "Hornets host at Kelby Arena on Tuesday night.\n"
    )
    assert ("2025-01-14", "tentative") in [
        (value, status) for value, _, status in events_of(report, published="2025-01-12")
    ]


def test_where_a_subject_is_goes_before_its_verb_in_a_long_title() -> None:
    release = (
        "The second pump of the flood relief station on the River Kell at Ashby Mill was "
        "brought into service for the first time on 14 October 2025."
    )
    title = titles_of(release)["2025-10-14"]
    assert "brought into service" in title
    assert len(title) <= 90


def test_a_like_not_had_since_a_year_is_a_comparison() -> None:
    report = (
        "Kelby Show\n\n"
        "The show was first held in 1881. The show has not had such a crowd since 1998, the "
        "secretary said.\n"
    )
    assert dates_of(report, published="2025-08-10") == ["1881"]
    # (what has not been had since a year is still a state from it)
    assert dates_of("The pier has not had a lifeboat since 1998.") == ["1998/.."]


def test_a_house_s_presiding_officer_is_addressed_and_a_ship_s_she_is_the_ship() -> None:
    statement = (
        "Ministerial statement\n"
        "Hospital parking charges\n"
        "12 March 2025\n\n"
        "Presiding Officer,\n\n"
        "The new ferry MV Kelby Star was delivered on 3 March. She will enter service on the "
        "Ardley route on 1 April.\n"
    )
    drafted = titles_of(statement)
    assert drafted["2025-04-01"].startswith("The new ferry MV Kelby Star will enter service")


def test_a_report_s_compiled_line_is_the_report_s_own_day() -> None:
    survey = (
        "Barn owl nest box survey 2025\n"
        "Report compiled: 3 November 2025\n\n"
        "Chicks were ringed at 14 boxes on 12 July 2025.\n"
    )
    assert dates_of(survey) == ["2025-07-12"]
    # (a sentence that tells what was compiled on a day is still a fact)
    told = "The first county bird atlas was compiled in 1968 by the Kelby Naturalists."
    assert dates_of(told) == ["1968"]


def test_the_last_quarter_of_a_match_is_no_quarter_of_the_year() -> None:
    report = (
        "Kelby 24 Ashby 17\n\n"
        "Scrum-half Owen Price kicked two penalties in the last quarter as Kelby held on at "
        "Mill Park on Saturday.\n"
    )
    assert dates_of(report, published="2025-03-16") == ["2025-03-15"]
    # (a firm's last quarter is still the year's)
    assert dates_of("Profits rose 4% in the last quarter.", published="2025-03-16") == [
        "2024-10/2024-12"
    ]


def test_a_link_to_a_place_is_what_its_aside_tells_of() -> None:
    history = (
        "The canal from Ashby to Kelby, cut in 1796, was closed in 1931. The tramway to "
        "Orton Quarry, laid in 1842, was lifted in 1905."
    )
    drafted = titles_of(history)
    assert drafted["1796"] == "The canal from Ashby to Kelby was cut"
    assert drafted["1842"] == "The tramway to Orton Quarry was laid"


def test_who_says_so_is_no_part_of_the_title() -> None:
    history = (
        "The tithe barn, rebuilt, it is thought, in 1790, is now a museum. The mill, first "
        "worked, it is said, in 1620, closed in 1911."
    )
    drafted = titles_of(history)
    assert drafted["1790?"] == "The tithe barn was rebuilt"
    assert drafted["1620?"] == "The mill was first worked"
    # (who claims it stays: the text may dispute it)
    claimed = "The minister, it is claimed, misled Parliament on 14 March 2025. He denies it."
    assert "it is claimed" in titles_of(claimed)["2025-03-14"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a byline with where the reporter was, run into its lead, keeps the lead
        (
            "By Jo Marsh at Ketterly Road Sun 16 Mar The Ket burst its banks on Saturday night.",
            "2025-03-16",
            ["2025-03-15", "2025-03-16"],
        ),
        # a present that is its past's form, in a notice or a headline, still lies ahead
        (
            "Council notice: crews cut the verges along the A39 on 24 March.",
            "2025-03-10",
            ["2025-03-24"],
        ),
        (
            "Strikes hit the Tube on Tuesday, with no service on most lines.",
            "2025-03-15",
            ["2025-03-18"],
        ),
        # "host" that is a noun, or a past's "played host to"
        ("Rovers played host to Town on Saturday and won 3-1.", "2025-03-10", ["2025-03-08"]),
        (
            "On Monday, talk show host Jane Pike died at her home in Surrey.",
            "2025-02-14",
            ["2025-02-10"],
        ),
        # a relative clause's verb, then the main verb's past, then a future
        (
            "On 3 March the MP who had resigned said he would stand again.",
            "2025-03-10",
            ["2025-03-03"],
        ),
        (
            "On 6 March the man who stole the lorry was jailed and will be banned from driving.",
            "2025-03-10",
            ["2025-03-06"],
        ),
        # an inch's mark is no quotation; what was done "today" in a dated release is news
        ('A 36" water main burst this morning in Church Street.', "2025-03-10", ["2025-03-10"]),
        (
            "Police said the man, 5'10\", was last seen today in Market Street.",
            "2025-03-10",
            ["2025-03-10"],
        ),
        (
            '"We reopened the bridge to traffic this morning," a council spokesman said.',
            "2025-03-10",
            ["2025-03-10"],
        ),
        (
            '"We have today signed a contract with Ketterly Engineering," said Anna Fox.',
            "2025-03-10",
            ["2025-03-10"],
        ),
        # a decade, a title in quotes: no year of two figures
        (
            "The band's sound is rooted in '80s synth-pop, and they play Leeds on 14 March.",
            "2025-03-10",
            ["2025-03-14"],
        ),
        ("She starred in '42nd Street' at the Theatre Royal for two seasons.", "2025-03-10", []),
        (
            "The actor, who appeared in '21 Jump Street', opened the cinema on Friday.",
            "2025-02-14",
            ["2025-02-14"],
        ),
        # "this day" that is a day told before, or these days
        (
            "Britain declared war on 3 September 1939. This day changed everything for my family.",
            "2025-03-10",
            ["1939-09-03"],
        ),
        (
            "The custom is at this day kept up in parts of Somerset, as it was in 1850.",
            "2025-03-10",
            ["1850"],
        ),
        # a clipped participle before a bound still to come
        (
            "Return the signed consent form to the school office by the 25th.",
            "2025-03-20",
            ["../2025-03-25"],
        ),
        (
            "Friday 6th March 1891. Notice given to the tenant to quit by the 25th.",
            None,
            ["../1891-03-25"],
        ),
        # a count after a day and a dash is no score
        ("Wrestling card, Sat 28 Jun–4 bouts on the undercard.", "2025-07-02", ["2025-06-28"]),
        # a firm's quarter, though it "kicked off" or "tries"
        (
            "The council kicked off the consultation in the third quarter.",
            "2025-03-10",
            ["2024-07/2024-09"],
        ),
        # the third review's: a show's host, a day before "when he said he would", an old
        # text quoted, a gazetteer's year, a letter book under its title line
        (
            "Fox News host Tucker Carlson in April left the network after six years.",
            "2023-06-01",
            ["2023-04"],
        ),
        (
            "The hearing resumes on 26 March, when the judge said he would give his ruling.",
            "2025-03-20",
            ["2025-03-26"],
        ),
        (
            'A pamphlet reported: "His Majesty was this day beheaded before Whitehall."',
            "2025-01-30",
            [],
        ),
        (
            "County Gazetteer, Lincolnshire\nCompiled: 1856\nBoston, a borough and port, "
            "received its charter in 1545.",
            None,
            ["1545", "1856"],
        ),
        (
            "Letter-book of the Ashby Canal Company\nTo Mr. Jas. Barnes, Engineer\nSir,\n"
            "Your men left the works on the 2nd inst. without notice.\nAshby, 6 April 1799\n",
            None,
            ["1799-04-02"],
        ),
        # the fourth review's: a quoted act of the day, a relative "that would", an old
        # letter quoted, an event named with a figure, a chef and host, a day's own relative
        (
            '"Today we opened our fourth store in Leeds," said founder Ruth Adeyemi.',
            "2025-06-20",
            ["2025-06-20"],
        ),
        (
            "Councillors vote on 12 June on a scheme that would create 300 homes.",
            "2025-05-01",
            ["2025-06-12"],
        ),
        (
            'In his letter Nelson wrote: "I have this day sent the Amphion to Gibraltar."',
            "2025-03-01",
            [],
        ),
        (
            "Summer events: Sat 21 Jun-5 Mile Fun Run from the Rec, 10am.",
            "2025-05-20",
            ["2025-06-21"],
        ),
        (
            "Chef and host Nigella Lawson at the weekend opened a bakery in Hampstead.",
            "2025-10-06",
            ["2025-10-04/2025-10-05"],
        ),
        (
            "The match on Saturday which was postponed by snow will be replayed on 4 March.",
            "2025-02-07",
            ["2025-02-01", "2025-03-04"],
        ),
        # a society named "MS" is no ship
        (
            "The MS Society launched its appeal. She said on 3 March that it would fund research.",
            "2025-03-10",
            ["2025-03-03"],
        ),
    ],
)
def test_the_edges_the_reviews_found_read_as_before(
    text: str, published: str | None, expected: list[str]
) -> None:
    assert dates_of(text, published=published) == expected
