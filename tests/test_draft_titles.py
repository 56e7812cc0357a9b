"""Titles that name the fact their date belongs to, with no furniture and no loose ends."""

from __future__ import annotations

import pytest

from kztimeline.draft import compose, draft
from kztimeline.draft.article import read_article


def _titles(text: str) -> dict[str, str]:
    return {event.date.text: event.title for event in draft(text, published="2016-01-10")}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "The race starts in Leeds on July 5, 2014 and finishes in Paris on July 27.",
            {"2014-07-05": "The race starts in Leeds", "2014-07-27": "The race finishes in Paris"},
        ),
        (
            "Nibali, who won the Giro in 2013, finished third at the Tour in 2012.",
            {"2013": "Nibali won the Giro", "2012": "Nibali finished third at the Tour"},
        ),
        (
            "The terminal opened in 2004 after the old one burned down in 1999.",
            {"2004": "The terminal opened", "1999": "The old one burned down"},
        ),
        (
            "The team was founded in 2007 and is backed by a state fund.",
            {"2007": "The team was founded"},
        ),
        (
            "The city, which lost its bid for the 2022 Olympics in July 2015, built an ice "
            "palace that opened in December 2016.",
            {
                "2015-07": "The city lost its bid for the 2022 Olympics",
                "2016-12": "An ice palace opened",
            },
        ),
        (
            "The satellite separated 9 hours after launch and reached its slot on 2 November 2025.",
            {"2025-11-02": "The satellite reached its slot"},
        ),
        (
            "Nurlan Abenov, whose songs were sung at every wedding, died on 3 February 2024. "
            "Born in Semey on 19 August 1941, he taught himself the dombra and entered the "
            "Conservatory in 1959.",
            {
                "2024-02-03": "Nurlan Abenov died",
                "1941-08-19": "Nurlan Abenov was born in Semey",
                "1959": "Nurlan Abenov entered the Conservatory",
            },
        ),
        (
            "Astana will play in the Champions League qualifiers next July.",
            {"2016-07": "Astana will play in the Champions League qualifiers"},
        ),
        (
            "The bank cut its base rate on 5 March 2013, the governor told reporters.",
            {"2013-03-05": "The bank cut its base rate"},
        ),
        (
            "The Astana team was founded in 2007. Its sponsorship deal runs until 2016.",
            {
                "2007": "The Astana team was founded",
                "../2016": "The Astana team’s sponsorship deal runs",
            },
        ),
        (
            "In February 2010, Kazakhstan presented and defended its first national report.",
            {"2010-02": "Kazakhstan presented and defended its first national report"},
        ),
        # A word that finishes the verb before the date's own preposition stays with it.
        (
            "The new harbour master was sworn in on 4 March 2015. The siege of the port was "
            "declared over on 9 April 2015. Tenders must be in by 30 June 2016.",
            {
                "2015-03-04": "The new harbour master was sworn in",
                "2015-04-09": "The siege of the port was declared over",
                "../2016-06-30": "Tenders must be in",
            },
        ),
        # A date a change takes effect on is the last thing named's, "effective" goes with it.
        (
            "The harbour board reported a loss and the closure of its ferry office, "
            "effective 30 September 2015. The parish council approved the budget and a rise "
            "in burial fees, with effect from 1 April 2016.",
            {
                "2015-09-30": "The closure of its ferry office",
                "2016-04-01": "A rise in burial fees",
            },
        ),
        # A verb of saying with a plain object is no reported speech: its subject stays.
        (
            "The ferry company reported a loss in 2015 and the sale of its oldest boat, "
            "effective 1 March 2016. The vicar added a bell tower in 1887. The mayor said "
            "the bridge would reopen on 2 May 2016.",
            {
                "2015": "The ferry company reported a loss",
                "2016-03-01": "The sale of its oldest boat",
                "1887": "The vicar added a bell tower",
                "2016-05-02": "The bridge would reopen",
            },
        ),
        # An opening phrase with its own date, before a main clause with another, is its fact.
        (
            "Following a flood on 3 May 2014, the theatre closed for repairs in June 2014. "
            "After a ten-day strike in March 2015, the dockers signed a contract on 2 April "
            "2015.",
            {
                "2014-05-03": "A flood",
                "2014-06": "The theatre closed for repairs",
                "2015-03": "A ten-day strike",
                "2015-04-02": "The dockers signed a contract",
            },
        ),
        # An appositive noun with a participle dated at its end is what the participle says.
        (
            "The Tarn viaduct, a bridge completed in May 1888, was closed in 1990. The quartet "
            "played at the Lantern, a club opened on 2 March 1962.",
            {
                "1888-05": "A bridge was completed",
                "1990": "The Tarn viaduct was closed",
                "1962-03-02": "A club was opened",
            },
        ),
        # A noun after a preposition with a verb of its own is no "meeting scheduled for".
        (
            "An inquiry into the flooding of the tunnel was opened on 2 June 2015. A hearing "
            "on the new timetable was held on 9 June 2015.",
            {
                "2015-06-02": "An inquiry into the flooding of the tunnel was opened",
                "2015-06-09": "A hearing on the new timetable was held",
            },
        ),
        # "was built in 1850 and sold in 1921": the second participle is passive too.
        (
            "The granary was built in 1850 and sold in 1921. The chapel was built in 1790 "
            "with money from a guild and extended in 1884.",
            {
                "1850": "The granary was built",
                "1921": "The granary was sold",
                "1790": "The chapel was built with money from a guild",
                "1884": "The chapel was extended",
            },
        ),
        # ", the trust has confirmed" is an attribution; ", confirmed by tests" is no speaker.
        (
            "The museum will close on 1 March 2016 for repairs, the trust has confirmed. The "
            "skull, confirmed as Roman by tests in 2014, was found in 1911.",
            {
                "2016-03-01": "The museum will close for repairs",
                "2014": "The skull was confirmed as Roman by tests",
                "1911": "The skull was found",
            },
        ),
        # An opening phrase without a comma ends before a subject, never past its verb.
        (
            "After privatisation in 2003 it was sold to the Harlan Mining group, which shut it "
            "in 2010.",
            {
                "2003": "After privatisation it was sold to the Harlan Mining group",
                "2010": "The Harlan Mining group shut it",
            },
        ),
        # "which X had built in 1944": the object goes after the participle, not "had"; after
        # "It adds ...", the thing described is the object, not the clause.
        (
            "The pier, which the navy had built in 1944, was replaced in 1990. It adds a "
            "cycle lane, which riders had demanded since 2012.",
            {
                "1944": "The navy had built the pier",
                "1990": "The pier was replaced",
                "2012/..": "Riders had demanded a cycle lane",
            },
        ),
        # "as early as", "on the night of", ", evening" go with the date they lead to.
        (
            "The levee broke on the night of 3 March 1952. Leaks had been seen as early as "
            "1947. The river crested on 5 March 1952, evening.",
            {
                "1952-03-03": "The levee broke",
                "1947": "Leaks had been seen",
                "1952-03-05": "The river crested",
            },
        ),
        # "sometime" goes with the vague date it leads to.
        (
            "The keeper lived on the rock until sometime around 1975. The pier was last "
            "repaired some time in 1990.",
            {"../1975~": "The keeper lived on the rock", "1990~": "The pier was last repaired"},
        ),
    ],
)
def test_the_title_is_the_clause_that_owns_the_date(text: str, titles: dict[str, str]) -> None:
    assert _titles(text) == titles


def test_a_long_title_is_cut_at_a_phrase_boundary_never_inside_a_name() -> None:
    (title,) = _titles(
        "In 2010 the republic became the first country of the region to chair the "
        "Organization for Security and Co-operation in Europe with the consent of all members."
    ).values()
    assert title == "The republic became the first country of the region to chair the Organization"[
        :0
    ] + ("The republic became the first country of the region")


def test_page_furniture_dates_nothing() -> None:
    text = (
        "Case 1:14-cv-00123 Document 45 Filed 17 February 2014 Page 1 of 30\n\n"
        "Photo: The court building in London, 3 March 2014.\n\n"
        "The court sentenced the banker on 16 February 2014."
    )
    assert _titles(text) == {"2014-02-16": "The court sentenced the banker"}


def test_a_label_with_a_bare_date_is_the_document_s_own_record_not_a_fact() -> None:
    """ "Filmed 8 June 2021." or "Dated 2 March 2019" on its own line says when the page
    was made; a sentence with a subject and the same verb is a fact and keeps its date."""
    text = (
        "Interview. Filmed 8 June 2021. Aired on August 3, 2021.\n\n"
        "The harbour crane was dismantled on 14 April 2020.\n\n"
        "Dated 2 March 2019\n"
    )
    assert _titles(text) == {"2020-04-14": "The harbour crane was dismantled"}


def test_a_participle_with_a_subject_or_more_words_than_a_date_is_still_a_fact() -> None:
    text = (
        "The second album was released on 9 October 2018. "
        "Released on parole on 21 January 2019, the organiser returned to the union."
    )
    assert set(_titles(text)) == {"2018-10-09", "2019-01-21"}


def test_a_date_with_no_clause_around_it_gets_a_stand_in_title_to_review() -> None:
    drafted = compose([read_article("The hall was quiet.\n\nOn 5 May 2012.", source_id="a")])
    (event,) = drafted.timeline
    assert drafted.notes[event.id] == ("title to write: no clause of the sentence names the fact",)


def test_an_html_list_gives_each_entry_its_date_and_its_words() -> None:
    """A list item is an entry, not a dateline; its date heads it, the words after it title
    it, and a year that only heads the entry's own dates is no event."""
    page = (
        "<html><body><article><h1>Timeline</h1><ul>"
        "<li><b>16 December 1991</b> – The republic declares independence.</li>"
        "<li>1998 — The capital is renamed.</li>"
        "<li>2022: Protests in January; the parliament is dissolved in September.</li>"
        "</ul></article></body></html>"
    )
    assert {event.date.text: event.title for event in draft(page)} == {
        "1991-12-16": "The republic declares independence",
        "1998": "The capital is renamed",
        "2022-01": "Protests",
        "2022-09": "The parliament is dissolved",
    }


def test_a_press_release_loses_its_wire_tag_ticker_heading_and_signature() -> None:
    text = (
        "Nomad Energy completes acquisition\n\n"
        "ALMATY, Oct. 2, 2018 /PRNewswire/ -- Nomad Energy (KASE: NMDE) today announced that it "
        "has completed the purchase of Caspian Power.\n\n"
        "About Nomad Energy\nNomad Energy was founded in 2004 and runs three gas-fired plants.\n\n"
        "(Reporting by Aida Nurlanova; Editing by Jane Moss)\n\n"
        "Dated: March 2, 2017\n"
    )
    assert {event.date.text: event.title for event in draft(text)} == {
        # (the news done on the release's day, not its announcing)
        "2018-10-02": "Nomad Energy has completed the purchase of Caspian Power",
        "2004": "Nomad Energy was founded",
    }


def test_it_after_an_opening_participle_phrase_stands_for_the_subject_after_it() -> None:
    """ "Built in 1889 for the Tay line, the bridge carried..." makes the bridge the subject,
    so a later "it" stands for the bridge, not for the words of the phrase."""
    text = (
        "Built in 1889 by the firm of Arrol, the viaduct carries the line over the Esk. "
        "It was strengthened in 1978."
    )
    assert _titles(text)["1978"] == "The viaduct was strengthened"


def test_a_report_verb_with_a_manner_phrase_before_that_is_no_part_of_the_title() -> None:
    """ "noted with concern that X happened" is titled by what happened, as "said that" is."""
    text = (
        "The ministers noted with concern that the northern ferry route had been suspended "
        "on 4 March 2015 for lack of crews."
    )
    assert (
        _titles(text)["2015-03-04"]
        == "The northern ferry route had been suspended for lack of crews"
    )


def test_which_after_a_route_between_two_places_describes_the_route() -> None:
    """The places at the ends of a route are no antecedent of "which"; the route is."""
    text = (
        "Passengers mourned the night train between Almaty and Tashkent, which stopped "
        "running in March 2015."
    )
    assert _titles(text) == {
        "2015-03": "The night train between Almaty and Tashkent stopped running"
    }


def test_a_catalogue_field_is_titled_by_its_label_and_what_it_names() -> None:
    """A field label in the past ("Exhibited:") opens no participle phrase, and the
    catalogue number after the date is no part of the title."""
    text = "Exhibited: “Pewter of the Baltic”, 2 April - 31 August 1988, no. 112."
    assert _titles(text) == {"1988-04-02/1988-08-31": "Exhibited: Pewter of the Baltic"}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Exhibited: Paris, Salon, 1880; London, 1901.",
         {"1880": "Exhibited: Paris, Salon", "1901": "Exhibited: London"}),
        ("Recorded: Abbey Road, London, 1969; Paris, 1971.",
         {"1969": "Recorded: Abbey Road, London", "1971": "Recorded: Paris"}),
        # no list of past facts: a plain field, and a speaker's words
        ("Contents: Maps, 1976.", {}),
        ("Chair: The bill was adopted on 3 May 2015; the vote was close.",
         {"2015-05-03": "The bill was adopted"}),
    ],
)  # fmt: skip
def test_each_item_of_a_field_s_list_is_a_fact_titled_by_its_label(
    text: str, titles: dict[str, str]
) -> None:
    """A year closing an item of a list after a label in the past is that item's date, and
    the title is the label and the item; other labels and a speaker's name are no such list."""
    assert _titles(text) == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The Minister for Health (Ms Ida Roe): I am glad to tell members "
         "that the new ward will open on 3 May.", {"2016-05-03": "The new ward will open"}),
        ("Mr Vale (Harbour West): The pier was closed on 2 January.",
         {"2016-01-02": "The pier was closed"}),
        ("She told the inquiry that the mine closed in 1998.", {"1998": "The mine closed"}),
        # a sentence that opens with a name and a parenthesis but no colon names no speaker
        ("The Harbour Board (HB) closed the pier on 2 January.",
         {"2016-01-02": "The Harbour Board (HB) closed the pier"}),
    ],
)  # fmt: skip
def test_a_record_s_speaker_by_office_and_what_they_tell_is_left_out(
    text: str, titles: dict[str, str]
) -> None:
    """A speaker named by office, with the holder or the seat in brackets, is no part of
    the fact, nor is "I am glad to tell members that"; what is told is the title."""
    assert _titles(text) == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The hall was repainted in May 2015. It was agreed on 3 March 2015 to buy two lamps.",
         {"2015-05": "The hall was repainted", "2015-03-03": "It was agreed to buy two lamps"}),
        ("The ferry was repaired in 2014. It is expected to return on 3 May.",
         {"2014": "The ferry was repaired", "2016-05-03": "The ferry is expected to return"}),
        ("The ferry was repaired in 2014. It was sold on 3 March 2015 to a firm in Oban.",
         {"2014": "The ferry was repaired", "2015-03-03": "The ferry was sold to a firm in Oban"}),
    ],
)  # fmt: skip
def test_an_it_that_only_holds_the_subject_s_place_names_nothing(
    text: str, titles: dict[str, str]
) -> None:
    """An "it" in "it was agreed to..." or "it was noted that..." stands for no earlier
    subject; an "it" that does ("it was sold", "it is expected to return") still does."""
    assert _titles(text) == titles


def test_a_numbered_item_s_heading_names_what_its_sentence_is_about() -> None:
    """In minutes, "7. Car park. Resurfacing..." is about the car park: the heading
    leads the title, unless the title names it already or the item has no heading."""
    text = (
        "MINUTES\n\n"
        "6. Footpaths. The stile at Ash Lane was mended on 12 December 2015.\n"
        "7. Car park. Resurfacing will be done between 10 and 14 April.\n"
        "8. Swings. New swings were installed on 2 January.\n"
        "9. The bridge reopened on 4 January.\n"
    )
    assert _titles(text) == {
        "2015-12-12": "Footpaths: The stile at Ash Lane was mended",
        "2016-04-10/2016-04-14": "Car park: Resurfacing will be done",
        "2016-01-02": "New swings were installed",
        "2016-01-04": "The bridge reopened",
    }


def test_an_opening_for_instance_is_no_part_of_the_title() -> None:
    """A fact told as an example of the sentence before keeps its title without the marker."""
    text = "Floods were common. For instance, on 3 May 2015 the bridge was swept away."
    assert _titles(text) == {"2015-05-03": "The bridge was swept away"}


def test_a_report_verb_in_the_present_leaves_the_fact_it_reports() -> None:
    """A report such as "the minister stresses that X opened" is titled with X's own
    clause; a present verb whose object is the fact ("The firm adds a line in 2019") stays."""
    text = (
        "The minister stresses that the new border post opened on 3 March 2021. "
        "The firm adds a new bottling line in 2019."
    )
    assert _titles(text) == {
        "2021-03-03": "The new border post opened",
        "2019": "The firm adds a new bottling line",
    }


def test_a_participle_after_a_name_with_of_describes_the_whole_name() -> None:
    """A participle after "The Museum of Fine Arts," dates the museum's founding, not the
    arts'; a name with no "of" keeps its own run of capitals."""
    text = (
        "The Museum of Fine Arts, founded in 1936, moved to a new building in 1960. "
        "Asel and Marat Ospanov, who married in 1990, bought the farm in 2001."
    )
    assert _titles(text) == {
        "1936": "The Museum of Fine Arts was founded",
        "1960": "The Museum of Fine Arts moved to a new building",
        "1990": "Asel and Marat Ospanov married",
        "2001": "Asel and Marat Ospanov bought the farm",
    }


def test_full_dates_with_clock_times_at_both_ends_are_one_span_titled_without_the_hour() -> None:
    """ "from 7 a.m. on 2 June 2022 until 9 p.m. on 20 June 2022": the hours name the ends
    of one span; the hour left before the removed date is no part of the title."""
    text = (
        "The swimming baths will be shut from 7 a.m. on 2 June 2022 until 9 p.m. on "
        "20 June 2022 for retiling. "
        "The archive was closed to readers between 10:30 on 3 March 2020 and 16:00 on "
        "9 March 2020."
    )
    assert _titles(text) == {
        "2022-06-02/2022-06-20": "The swimming baths will be shut for retiling",
        "2020-03-03/2020-03-09": "The archive was closed to readers",
    }


def test_and_with_a_clock_time_before_a_second_date_still_joins_two_facts() -> None:
    text = "The depot opened on 4 May 2019, and at 9 a.m. on 6 May 2021 the last lorry left."
    assert set(_titles(text)) == {"2019-05-04", "2021-05-06"}


def test_a_masthead_line_of_a_body_and_a_date_is_the_page_s_own_date() -> None:
    """ "Northport Harbour Board | March 2021" under a heading says when the sheet was
    issued; a table's row names a fact, not a body, and keeps its date without the bar."""
    masthead = (
        "BRIEFING NOTE: The harbour dredging plan\n"
        "Northport Harbour Board | March 2021\n\n"
        "The board approved the plan on 3 February 2021."
    )
    assert _titles(masthead) == {"2021-02-03": "The board approved the plan"}
    table = "Milestones\n\nBridge Opening | May 2019\n\nCanal Widening | June 2020"
    assert _titles(table) == {"2019-05": "Bridge Opening", "2020-06": "Canal Widening"}


def test_a_notice_s_formula_and_its_purpose_are_no_part_of_the_title() -> None:
    """ "Notice is hereby given that, to allow X, the bridge will be closed": the fact is
    the closure; a sentence about a notice given keeps its words."""
    text = (
        "Notice is hereby given that, to allow resurfacing of the deck, the Weir Bridge "
        "will be closed on 1 March 2016. "
        "Notice was given on 3 May 2015 that the lease of the quay would end."
    )
    assert _titles(text) == {
        "2016-03-01": "The Weir Bridge will be closed",
        "2015-05-03": "Notice was given that the lease of the quay would end",
    }


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        (
            "Mainstream support ended on 31 December 2024, and extended support will end on "
            "30 September 2025.",
            "2025-09-30",
            "Extended support will end",
        ),
        (
            "Having found that it raised concerns in the supply of container handling at "
            "west-coast ports, the Authority opened a Phase 2 investigation on 2 May 2024.",
            "2024-05-02",
            "The Authority opened a Phase 2 investigation",
        ),
        ("Voting opened on Monday and closed on Thursday.", "2016-01-07", "Voting closed"),
        (
            "The result ended Albion's nine-match unbeaten run, which began on 23 September.",
            "2015-09-23",
            "Albion's nine-match unbeaten run began",
        ),
        (
            "The Mariners are chasing their first finals appearance since 2009. They last won "
            "a championship in 1979.",
            "1979",
            "The Mariners last won a championship",
        ),
        (
            "A reaction wheel failed in 2017, and a second in 2021; the spacecraft continued.",
            "2021",
            "A second reaction wheel failed",
        ),
        (
            "Raiders from the south sacked the town in 1425 and again in 1428, after which its "
            "walls were rebuilt in stone.",
            "1428",
            "Raiders from the south sacked the town",
        ),
        (
            "The Society suspended its campaigning in 1914. After the Representation of the "
            "People Act 1918 it continued to press for equal franchise, and it was dissolved in "
            "1928.",
            "1928",
            "The Society was dissolved",
        ),
        (
            "The Agency states that it has used a new system since January 2023. It decided "
            "the application on 2 September 2024.",
            "2024-09-02",
            "The Agency decided the application",
        ),
        (
            "Ian Reid was born in Campbeltown in 1941. After years in coasters he joined the "
            "Trust as a pilot in 1972 and was appointed harbour master in 1979.",
            "1979",
            "Ian Reid was appointed harbour master",
        ),
    ],
)
def test_the_round_s_titles_name_their_own_clause(text: str, date: str, title: str) -> None:
    assert _titles(text)[date] == title


@pytest.mark.parametrize(
    ("text", "date", "title"),
    [
        (
            "About 400 workers walked out on September 29, halting container traffic.",
            "2015-09-29",
            "About 400 workers walked out, halting container traffic",
        ),
        (
            "In 1548 the school was refounded by royal charter, surviving the dissolution of "
            "the chantries. For three centuries it was housed above the west cloister until, in "
            "1873, it moved into the Old Deanery.",
            "1873",
            "The school moved into the Old Deanery",
        ),
        (
            "The flood defences at Low Bentham, completed in 2018, are working as designed.",
            "2018",
            "The flood defences at Low Bentham were completed",
        ),
        (
            "Harwick Biosystems B.V., a maker of industrial enzymes for the dairy and baking "
            "industries, opened its second production plant on 12 February 2025.",
            "2025-02-12",
            "Harwick Biosystems B.V. opened its second production plant",
        ),
        (
            "Cambrook University Press invites you to the launch of Dr Helen Ashby's new book, "
            "which will be published on 13 March.",
            "2016-03-13",
            "Dr Helen Ashby's new book will be published",
        ),
        (
            "Samoa had come through their pool matches on Friday and Saturday unbeaten, beating "
            "Tonga 31-7.",
            "2016-01-09",
            "Samoa had come through their pool matches unbeaten, beating Tonga 31-7",
        ),
        (
            "MV Isle of Cairn has been in dry dock since 2 November. She is expected to return "
            "to service on Wednesday 12 November 2025.",
            "2025-11-12",
            "MV Isle of Cairn is expected to return to service",
        ),
    ],
)
def test_titles_past_a_count_a_place_an_appositive_and_a_ship_s_name(
    text: str, date: str, title: str
) -> None:
    assert _titles(text)[date] == title


def test_a_word_cut_short_before_and_is_no_second_clause() -> None:
    text = (
        "The group's biggest change was the launch of a Squirrels section for four- and "
        "five-year-olds in January 2025."
    )
    title = _titles(text)["2025-01"]
    assert title.startswith("The group's biggest change was the launch of a Squirrels section")
