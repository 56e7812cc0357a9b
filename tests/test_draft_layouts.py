"""Drafts of layouts the reader must recognise before it reads a word: an HTML fragment that
opens on any block, a sidebar that is the story's own chronology, a definition list of dates."""

from __future__ import annotations

import pytest

from kztimeline.draft import draft
from tests.conftest import drafted_events as _events


@pytest.mark.parametrize(
    "opening",
    ["<header><a href='/'>Lakeside Post</a></header>", "<section>", "<main>", "<h2>History</h2>"],
)
def test_a_fragment_opening_on_any_block_is_read_as_html(opening: str) -> None:
    """A page cut out of a site may open on its header, a section or a heading; its tags are
    markup, never the words of a title."""
    text = (
        f"{opening}\n<ul>\n<li><strong>1908</strong> The boathouse is built by the rowing "
        "club.</li>\n<li><strong>c. 1950</strong> A second slipway is added.</li>\n</ul>"
    )
    events = _events(text)
    assert events["1908"][0] == "The boathouse is built by the rowing club"
    assert events["1950~"][0] == "A second slipway is added"


@pytest.mark.parametrize(
    "aside",
    ['<aside class="timeline">\n<h3>Milestones</h3>', "<aside>\n<h3>Key dates</h3>"],
)
def test_a_sidebar_of_key_dates_is_part_of_the_story(aside: str) -> None:
    """A news page's box of key dates is the story's own chronology: its entries are events,
    while a box of related stories stays out."""
    text = (
        "<article>\n<h1>Mill to close after a century</h1>\n"
        "<p>The Harlow paper mill will close on 30 June 2026, its owner said.</p>\n"
        f"{aside}\n<ul><li>1921: Mill opened by the Aske family</li>\n"
        "<li>12 May 1987: Fire destroys the pulp hall</li></ul>\n</aside>\n"
        "<aside><h3>Related</h3><ul><li>Paper prices highest since 2011 (3 May 2026)</li>"
        "</ul></aside>\n</article>"
    )
    events = _events(text, published="2026-05-20")
    assert events["1921"][0] == "Mill opened by the Aske family"
    assert events["1987-05-12"][0] == "Fire destroys the pulp hall"
    assert "2026-06-30" in events
    assert "2026-05-03" not in events
    assert "2011" not in events


def test_a_definition_list_gives_each_term_s_date_to_its_definition() -> None:
    """``<dt>1853</dt><dd>...</dd>``: the term is the date of the definition that follows, one
    entry as a line "1853: ..." would be."""
    text = (
        '<section>\n<h2>Our history</h2>\n<dl class="timeline">\n'
        "  <dt>1853</dt>\n  <dd>The society is founded by six ferrymen.</dd>\n"
        "  <dt>1946&ndash;1951</dt>\n  <dd>The quay office is rebuilt.</dd>\n"
        "  <dt>Since 2015</dt>\n  <dd>Part of the Tamar Group.</dd>\n</dl>\n</section>"
    )
    events = _events(text)
    assert events["1853"][0] == "The society is founded by six ferrymen"
    assert events["1946/1951"][0] == "The quay office is rebuilt"
    assert events["2015/.."][0] == "Part of the Tamar Group"


def test_a_tilde_before_a_date_makes_it_approximate() -> None:
    """A schedule's "~20 February" and a table's "~1870" are rough dates; the sign belongs to
    the date and never starts the title."""
    schedule = (
        "| Date            | Launcher  | Payload   | Status    |\n"
        "|-----------------|-----------|-----------|-----------|\n"
        "| 29 January 2026 | Soyuz-2   | QazSat-4  | Scheduled |\n"
        "| ~20 February    | Falcon 9  | DalaSat-2 | Scheduled |"
    )
    events = _events(schedule, published="2026-01-15")
    assert events["2026-02-20~"] == ("Falcon 9, DalaSat-2, Scheduled", "tentative")
    history = "| Year | Event |\n|---|---|\n| 1850 | Mill built |\n| ~1870 | Mill burnt down |"
    assert _events(history)["1870~"][0] == "Mill burnt down"
    assert _events("~1850: Mill built by the Aske family.") == {
        "1850~": ("Mill built by the Aske family", None)
    }


def test_a_statement_s_made_on_field_dates_it_and_is_no_event() -> None:
    """A written statement's "Made on: 3 July 2025" is the day it bears: the "30 May" of its
    body takes its year, and the field itself is no event."""
    text = (
        "Written ministerial statement\nMade on: 3 July 2025\n\n"
        "The consultation on the reform closed on 30 May."
    )
    assert _events(text) == {"2025-05-30": ("The consultation on the reform closed", None)}


def test_from_a_year_onwards_leaves_no_onwards_in_the_title() -> None:
    events = _events(
        "From 1805 onwards the khanate was under Russian rule, and it was abolished in 1819."
    )
    assert events["1805/.."][0] == "The khanate was under Russian rule"
    assert events["1819"][0] == "The khanate was abolished"


def test_a_doubt_over_a_whole_clause_is_the_date_s_and_not_the_title_s() -> None:
    """ "It is unclear whether X, who escaped to Portugal, died there in 1851": the date is
    doubted however many asides the clause holds, and the title is the doubted fact, not
    "It" taken for the name before."""
    text = (
        "The duty was abolished in 1840. It is unclear whether the leader, Tomas Ferrer, "
        "who escaped to Portugal, died there in 1851."
    )
    events = _events(text)
    assert events["1851?"][0].startswith("The leader, Tomas Ferrer")
    assert events["1851?"][0].endswith("died there")


def test_a_clause_after_an_introduction_is_no_appositive() -> None:
    """ ", a decision is expected by October 15" after "Under the ... Act" is the sentence's
    own clause, not a noun and its participle."""
    text = "Under the Drug User Fee Act, a decision is expected by October 15."
    assert _events(text, published="2025-02-03") == {
        "../2025-10-15": ("A decision is expected", "tentative")
    }


def test_a_report_s_paragraph_number_is_no_part_of_the_title() -> None:
    text = (
        "4.1 The Office received 1,900 complaints.\n\n"
        "4.3 On 10 December the Office held a roundtable with the Ministry of Justice."
    )
    events = _events(text, published="2025-01-20")
    assert events["2024-12-10"][0] == "The Office held a roundtable with the Ministry of Justice"


def test_she_is_a_person_of_the_paragraph_and_never_a_laboratory() -> None:
    """ "The Root Zone Laboratory, which she has led since 2011": "she" is the professor the
    text named before, not the laboratory, whose capitals look like a name."""
    text = (
        "Professor Okonjo joined Tarnfield in about 2003. The Root Zone Laboratory, which she "
        "has led since 2011, was rated world-leading. She will deliver the Halden Lecture on "
        "18 September."
    )
    events = _events(text, published="2025-06-02")
    assert events["2011/.."][0] == "Professor Okonjo has led the Root Zone Laboratory"
    assert events["2025-09-18"][0] == "Professor Okonjo will deliver the Halden Lecture"


def test_a_list_of_round_bullets_gives_each_entry_its_date() -> None:
    """ "•" marks an entry as "-" does; a doubt after a comma in an entry is of its cause, not
    of its date."""
    text = (
        "Milestones\n\n"
        "• 1838 – Auguste Verdier opens his first workshop in Saint-Imier.\n"
        "• 2019 – Cable laying probably begins.\n"
        "• 3 November 2024 – The cable is damaged, possibly by a ship's anchor.\n"
    )
    events = _events(text)
    assert events["1838"][0] == "Auguste Verdier opens his first workshop in Saint-Imier"
    assert events["2019?"][0] == "Cable laying probably begins"
    assert events["2024-11-03"][0].startswith("The cable is damaged")


def test_a_diary_that_opens_on_its_first_day_keeps_that_day_s_entry() -> None:
    """ "3 June 1952. Left Skardu ..." over "5 June. Reached Khapalu, where ... by 1 June":
    the first day heads an entry like the others, not the page; an entry's main clause is
    of its day even when a relative clause names another; "on the 17th" if the weather
    holds is a day of that month."""
    text = (
        "Journal of R. H. Tennant\n\n"
        "3 June 1952. Left Skardu at dawn with 42 porters.\n\n"
        "5 June. Reached Khapalu, where the advance party had arrived by 1 June.\n\n"
        "14 June. We intend to attempt the col on the 17th if the weather holds."
    )
    events = _events(text)
    assert events["1952-06-03"][0] == "Left Skardu at dawn with 42 porters"
    assert events["1952-06-05"][0].startswith("Reached Khapalu")
    assert "../1952-06-01" in events
    assert events["1952-06-17"][1] == "tentative"


def test_an_issued_field_dates_the_statement() -> None:
    """ "Issued: 21 February 2025" under a statement's title is the day it bears, so its
    "Tuesday 18 February" is the Tuesday before, and the field is no event."""
    text = (
        "Ministry of Water and Coasts\n\nStatement on the Ardle Dam inspection\n\n"
        "Issued: 21 February 2025\n\n"
        "The Ministry confirms that inspectors found cracks in the spillway on Tuesday 18 "
        "February."
    )
    assert list(_events(text)) == ["2025-02-18"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a team named in the plural is "they"
        (
            "The Ostrava Falcons are champions after a win on Sunday. Game one went to five "
            "sets. They won game two at home on April 9 in straight sets.",
            "The Ostrava Falcons won game two at home in straight sets",
        ),
        # who spoke, when the sentence's subject is no person
        (
            "Miners have worked without a contract since January 2024, union leader Aidar "
            "Seitkali told reporters. He said talks would resume on Monday.",
            "Aidar Seitkali said talks would resume",
        ),
        # "they" looks as far back for its plural as "he" does for a person
        (
            "The Harbour Rovers were formed by dockers. The club's ground is on Quay Street. "
            "Its stand holds 900. Tickets cost four pounds. They won the county cup in 1931.",
            "The Harbour Rovers won the county cup",
        ),
        # a name with an accent or a capital inside it is a person's name
        (
            "Zoë Ångström was a Swedish glassblower who worked in Kosta. She opened her own "
            "studio in 1962.",
            "Zoë Ångström opened her own studio",
        ),
        (
            "Dr Fiona MacKinnon, who has died aged 91, mapped the peat bogs of Lewis. She "
            "joined the survey in 1958.",
            "Dr Fiona MacKinnon joined the survey",
        ),
        # a subject after its verb: "In front of you hangs the tapestry"
        (
            "In front of you hangs the Amberley Tapestry, showing a hunt. It was woven in "
            "Brussels around 1540.",
            "The Amberley Tapestry was woven in Brussels",
        ),
    ],
)
def test_a_pronoun_stands_for_the_name_that_fits_it(text: str, title: str) -> None:
    assert title in [event.title for event in draft(text, published="2025-04-14")]


def test_it_never_stands_for_a_plural() -> None:
    text = (
        "The museum acquired the tapestry in 1957. Conservators spent from 2014 to 2017 "
        "re-lining it, and it has been on display since 2018."
    )
    assert not _events(text)["2018/.."][0].startswith("Conservators")


def test_a_name_in_s_is_still_it() -> None:
    text = (
        "Kestas, founded in 1993 as a credit cooperative, lost a contract in 2022. Its shares "
        "jumped 18 percent on Wednesday."
    )
    assert _events(text, published="2025-03-12")["2025-03-12"][0].startswith("Kestas’ shares")


def test_a_doubt_stops_at_the_second_verb_of_its_subject() -> None:
    text = "The breach probably began in November 2023 and was found only in February 2024."
    events = _events(text)
    assert events["2023-11?"][0] == "The breach probably began"
    assert events["2024-02"][0] == "The breach was found"


def test_a_history_page_of_year_headings_gives_each_paragraph_its_year() -> None:
    """A fragment opening on "<nav>", headings that are a year alone, and "around October"
    in the middle of a sentence."""
    text = (
        "<nav>Home | History</nav>\n<h1>Our history</h1>\n"
        "<h2>1888</h2>\n<p>Johan Brekke opens a ship chandlery on Bryggen on 2 May.</p>\n"
        "<h2>1957</h2>\n<p>The company opens a branch office in Rotterdam around October.</p>"
    )
    events = _events(text)
    assert events["1888-05-02"][0] == "Johan Brekke opens a ship chandlery on Bryggen"
    assert events["1957-10~"][0] == "The company opens a branch office in Rotterdam"


def test_a_weekday_may_be_approximate() -> None:
    text = "Storm Helka, which formed south of Iceland around Sunday, will bring gusts."
    assert list(_events(text, published="2025-11-11")) == ["2025-11-09~"]


def test_a_diary_of_day_lines_keeps_its_first_day() -> None:
    text = (
        "Sunday 1 October 2023\nLanded at Kansai at six in the morning.\n\n"
        "Wednesday 4 October\nFirst day of classes! The placement test will be on Friday.\n"
    )
    events = _events(text)
    assert events["2023-10-01"][0] == "Landed at Kansai at six in the morning"
    assert events["2023-10-06"][1] == "tentative"


def test_what_a_resolution_resolves_lies_ahead() -> None:
    """Minutes' "RESOLVED: that the Clerk writes ... no later than 29 March", after a year of
    the bridge's past: the 29 March after the meeting."""
    text = (
        "MINUTES OF THE ORDINARY MEETING held on Tuesday 12 March 2024\n\n"
        "24/31 MILL LANE BRIDGE\n(a) The bridge has been closed since 4 December 2023.\n"
        "(b) Members noted that the bridge was listed Grade II in 1985.\n"
        "(c) RESOLVED: that the Clerk writes to the County no later than 29 March."
    )
    assert "../2024-03-29" in _events(text)


def test_a_dateline_with_the_country_after_the_city_leaves_the_title() -> None:
    text = (
        "LEIDEN, the Netherlands, 9 September 2025 -- Helixora B.V. announced that it closed "
        "a EUR 42 million financing on 4 September."
    )
    events = _events(text)
    assert events["2025-09-04"][0].startswith("Helixora B.V. closed")
    assert not any(title.startswith("LEIDEN") for title, _ in events.values())


def test_a_numbered_point_that_ends_on_a_day_is_no_date_line() -> None:
    """A declaration's "2. Welcome the entry into force of the Agreement on 1 March 2025;"
    is a point of the text, not the page's date line."""
    text = "2. Welcome the entry into force of the Baltic Shore Power Agreement on 1 March 2025;"
    assert list(_events(text)) == ["2025-03-01"]


def test_a_field_may_give_an_hour_and_a_weekday_before_its_day() -> None:
    """A warning's head lines with hours before their days are fields of their own, not
    one run-on paragraph whose words title every day; its "Issued" and "Valid until" lines
    are the warning's own, no events."""
    text = (
        "ORANGE WARNING: WIND\n\nIssued: 07:00 Tuesday 11 November 2025\n"
        "Valid until: 12:00 Thursday 13 November 2025\nArea: Coastal Vestland\n\n"
        "Ferry operators cancelled several evening crossings on Monday."
    )
    events = _events(text)
    assert "2025-11-13" not in events
    assert events["2025-11-10"][0] == "Ferry operators cancelled several evening crossings"
    assert "2025-11-11" not in events


def test_a_lower_case_we_is_no_name_for_its() -> None:
    text = (
        "Larchmont Value Partners\nLetter to Shareholders\n\nOn 17 February we sold our stake "
        "in Orrin Shipping, after its board accepted a tender offer announced on 29 January."
    )
    events = _events(text, published="2026-05-14")
    assert events["2026-02-17"][0].startswith("Larchmont Value Partners sold")
    assert not events["2026-01-29"][0].startswith("We’s")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The 78-metre ship was ordered in March 2021, and her keel was laid on 14 February "
            "2022.",
            "The 78-metre ship’s keel was laid",
        ),
        (
            "The boat carried the island's children to school.\n\n"
            '"I was on the first sailing," says Aud Lind, now 91. She remembers it as a Sunday, '
            "the 14th of June 1959.",
            "Aud Lind remembers it",
        ),
    ],
)
def test_she_is_a_ship_or_the_speaker_named_after_a_quote(text: str, title: str) -> None:
    assert any(title_.startswith(title) for title_, _ in _events(text).values())


def test_a_first_name_in_s_is_one_person() -> None:
    text = (
        "Thomas was born about 1788 in Heptonstall. He married Hannah Greenwood at the parish "
        "church on 14 May 1811."
    )
    assert _events(text)["1811-05-14"][0].startswith("Thomas married Hannah Greenwood")


def test_a_provenance_s_lines_are_entries_and_by_march_is_no_byline() -> None:
    """Lines ending on ";" are entries of their own; a participle before the date titles it;
    "By March, the plant had closed" is a sentence, not a byline."""
    text = (
        "Provenance\n\nCommissioned by the Amsterdam merchant Pieter Hooft, c. 1655;\n"
        "his sale, Amsterdam, Van der Ley, 14 April 1789, lot 37;\n"
        "purchased by the museum from Galerie Arnholt, Zurich, 30 November 1972."
    )
    events = _events(text)
    assert events["1655~"][0] == "Commissioned by the Amsterdam merchant Pieter Hooft"
    assert events["1972-11-30"][0].startswith("Purchased by the museum")
    assert list(_events("By March 2020, the plant had closed.")) == ["../2020-03"]


def test_a_travel_diary_s_day_and_place_headings_date_their_entries() -> None:
    """ "Mon 5 May - Tournon" heads its entry like a day alone: "yesterday" in the entry of
    7 May is 6 May, and "by Sunday" the Sunday after it."""
    text = (
        "Down the Rhone by bike - my diary\n\n"
        "Sat 3 May 2025 - Lyon to Vienne, 38 km\nFinally set off from Lyon at nine.\n\n"
        "Mon 5 May - Tournon\nRest day in Tournon. The bike shop on the quay trued my wheel.\n\n"
        "Wed 7 May - Montelimar\nTwo punctures yesterday before Montelimar. The forecast says "
        "the mistral will drop by Sunday.\n"
    )
    events = _events(text)
    assert events["2025-05-05"][0] == "Rest day in Tournon"
    assert events["2025-05-06"][0].startswith("Two punctures before Montelimar")
    assert "../2025-05-11" in events


def test_a_diary_s_first_day_with_an_abbreviated_weekday_heads_its_entry() -> None:
    """ "Tue 4 March 2025" over its entry is the diary's first day, not the page's date: the
    later days are no plans."""
    text = (
        "Coastal log, spring 2025\n\n"
        "Tue 4 March 2025\nLeft the harbour at dawn.\n\n"
        "Wed 5 Mar\nAnchored off the cape.\n\n"
        "Thu 6 Mar\nFog all morning.\n"
    )
    events = _events(text)
    assert events["2025-03-04"] == ("Left the harbour at dawn", None)
    assert events["2025-03-05"] == ("Anchored off the cape", None)
    assert events["2025-03-06"] == ("Fog all morning", None)


def test_a_wire_dateline_with_accented_capitals_is_no_title() -> None:
    """ "ŽILINA, Slovakia, March 14 (Danubia Press) -" is a dateline like "ALMATY": left
    out of the title, and its day dates the story."""
    text = (
        "ŽILINA, Slovakia, March 14 (Danubia Press) - A road bridge over the Váh collapsed "
        "late on Wednesday."
    )
    events = _events(text, published="2025-03-14")
    assert events == {"2025-03-12": ("A road bridge over the Váh collapsed", None)}


def test_a_key_dates_sidebar_beside_the_main_story_is_read() -> None:
    """A page's story in <main> leaves its footer out, but not its own chronology in an
    <aside> headed "Key dates"."""
    page = (
        "<html><body><main><h1>Our history</h1><p>The mill was founded in 1801.</p></main>"
        "<aside><h3>Key dates</h3><ul><li><strong>c. 1850</strong> Weir rebuilt</li>"
        "<li><strong>1914-1918</strong> Mill requisitioned</li></ul></aside>"
        "<aside><h3>Related</h3><p>Visit the museum, open since 1990.</p></aside>"
        "<footer>&copy; 2024 Mill Trust</footer></body></html>"
    )
    events = _events(page)
    assert events["1850~"][0] == "Weir rebuilt"
    assert events["1914/1918"][0] == "Mill requisitioned"
    assert "1990/.." not in events


def test_a_year_heading_dates_the_first_sentence_of_its_paragraph() -> None:
    """ "<h2>1936</h2>" over "The first cellar opened." is that year's entry; a second
    clause's "the next year" counts from it."""
    page = (
        "<section><h1>Our story</h1><p>We brew in Vejle.</p>"
        "<h2>1936</h2><p>The brewery's first lager cellar opened.</p>"
        "<h2>1958</h2><p>A bottling hall was added, and a malt house followed the next "
        "year.</p></section>"
    )
    events = _events(page)
    assert events["1936"][0] == "The brewery's first lager cellar opened"
    assert events["1958"][0].startswith("A bottling hall was added")
    assert events["1959"][0] == "A malt house followed"


def test_a_title_that_names_the_page_s_kind_is_no_subject() -> None:
    """ "CURRICULUM VITAE" is what the page is, not who was born."""
    text = "CURRICULUM VITAE\n\nMarta Lind\n\nBorn 1971 in Bergen, Norway\n"
    assert _events(text) == {"1971": ("Born in Bergen, Norway", None)}


def test_a_cv_s_heading_in_capitals_over_a_numbered_line_and_a_month_to_a_year() -> None:
    """ "EXPERIENCE" over "03/2018 - present ..." is a heading, not the start of the entry;
    "09/2009 - 2012" runs from a month to a year."""
    text = (
        "CURRICULUM VITAE\n\nJonas Berg\n\n"
        "EXPERIENCE\n"
        "03/2018 - present    Head of Surveys, Nordkart, Trondheim\n"
        "09/2009 - 2012       Survey Assistant, Kartverket, Hønefoss\n"
    )
    events = _events(text)
    assert events["2018-03/.."][0] == "Head of Surveys, Nordkart, Trondheim"
    assert events["2009-09/2012"][0] == "Survey Assistant, Kartverket, Hønefoss"


def test_a_diary_s_day_heading_may_name_an_accented_place() -> None:
    """ "Tuesday, 14 May 2024 – Évora" heads its entry like "– Evora": "Yesterday" in it is
    13 May."""
    page = (
        '<article class="post"><h1>Cycling south</h1><section class="entry">'
        "<h2>Tuesday, 14 May 2024 – Évora</h2>"
        "<p>Today I reached Évora. Yesterday a spoke snapped near Arraiolos.</p></section>"
        '<section class="entry"><h2>Friday, 17 May 2024 – Mértola</h2>'
        "<p>A rest day by the river.</p></section></article>"
    )
    events = _events(page)
    assert events["2024-05-14"][0] == "I reached Évora"
    assert events["2024-05-13"][0] == "A spoke snapped near Arraiolos"


def test_a_diary_s_year_from_its_title_and_an_entry_under_an_undated_heading() -> None:
    """A log titled "..., 1952" gives its year to "4 March"; an entry headed "(date not
    sure)" is no longer of the day above it, and a cleft's frame leaves its title."""
    page = (
        "<html><body><h1>The field notebook of Mary Lusk, botanist, Orkney, 1952</h1>"
        "<h3>4 May</h3><p>Landed at Kirkwall with the press and the vasculum.</p>"
        "<h3>9 May</h3><p>Walked the cliffs at Yesnaby.</p>"
        "<h3>(undated)</h3><p>Rain for days. It was around 20 May that the primula "
        "flowered on the cliff top.</p></body></html>"
    )
    events = _events(page)
    assert events["1952-05-04"][0] == "Landed at Kirkwall with the press and the vasculum"
    assert events["1952-05-20~"][0] == "The primula flowered on the cliff top"
    assert "1951-05-20~" not in events


def test_a_table_s_since_column_gives_states_that_go_on() -> None:
    """ "Station | Status | Since" over "PAL-1 | online | 4 June 2025": the station has
    been online since that day."""
    page = (
        "<h1>Network status</h1><p>Last updated: 15 September 2025</p><table>"
        "<tr><th>Station</th><th>Status</th><th>Since</th></tr>"
        "<tr><td>Buoy 1</td><td>online</td><td>4 June 2025</td></tr>"
        "<tr><td>Buoy 2</td><td>offline</td><td>28 August 2025</td></tr></table>"
        "<p>The network was set up in 2008.</p>"
    )
    events = _events(page)
    assert "2025-06-04/.." in events
    assert "2025-08-28/.." in events
    assert "2025-06-04" not in events


def test_a_programme_s_day_time_and_venue_head_the_entry_under_them() -> None:
    """ "Mon 2 June, 19:00 | Castle courtyard" over the show: the show is the day's event and
    its title, not the venue line."""
    text = (
        "LUTKA 2025\n9th Festival of Shadow Theatre\nMaribor, 2-8 June 2025\n\nPROGRAMME\n"
        "Mon 2 June, 19:00 | Castle courtyard\n"
        "Opening: The Iron Dragon - Teatro Filo (Italy), marionettes, 70 min\n\n"
        "Wed 4 June, 11:00 | Tram depot\n"
        "Little Moon - Lutkovno gledalisce Kranj, for children aged 3+, 35 min\n"
    )
    events = _events(text)
    assert events["2025-06-02"][0].startswith("The Iron Dragon")
    assert events["2025-06-04"][0].startswith("Little Moon")


def test_an_undated_programme_s_coming_days_are_plans() -> None:
    """A programme with no publication day was written after the last thing it tells in the
    past, so the days it lists after that are plans; its history stays past."""
    text = (
        "Kolsva Chess Open 2027\nSchedule\n\n"
        "The tournament was first played in 1988. Registration opened on 1 March 2027.\n\n"
        "Friday 14 May 2027, 18:00 - Round 1, Town Hall\n"
        "Saturday 15 May 2027, 10:00 - Rounds 2 and 3\n"
        "Sunday 16 May 2027, 14:00 - Final round and prize giving\n"
    )
    assert {date: status for date, (_, status) in _events(text).items()} == {
        "1988": None,
        "2027-03-01": None,
        "2027-05-14": "tentative",
        "2027-05-15": "tentative",
        "2027-05-16": "tentative",
    }


def test_an_undated_history_s_later_days_are_no_plans() -> None:
    """A text that announces nothing by its heading keeps a day told without a verb as it
    stands: a history's list is no programme."""
    text = (
        "Kolsva chess club: a history\n\n"
        "The club was founded in 1988.\n\n"
        "14 May 1994 - First open tournament\n"
        "2 June 2003 - Club moves to the Town Hall\n"
    )
    assert all(status is None for _, status in _events(text).values())


def test_a_news_list_s_date_stamps_date_no_headline_and_no_entry() -> None:
    """In a list of news items, the date beside each headline is the day the item was
    posted: the headline and the item's undated sentences are no events of that day, and
    the item's "on Friday" counts from it."""
    text = (
        "<html><body><h1>Harbour news</h1><ul>\n"
        "<li><h2>Slipway works</h2>"
        '<p>Posted <time datetime="2031-06-11">11 June 2031</time></p>'
        "<p>The slipway closed on Friday for resurfacing. Boat owners should use the east "
        "ramp.</p></li>\n"
        '<li><time datetime="2031-06-04">4 June 2031</time>'
        "<h2>Regatta entries open</h2>"
        "<p>Entries for the regatta on 2 August 2031 are open. Forms are at the office.</p>"
        "</li>\n</ul></body></html>"
    )
    events = _events(text)
    assert set(events) == {"2031-06-06", "2031-08-02"}
    assert events["2031-06-06"][0].startswith("The slipway closed")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a doubt told after the date, in its clause
        ("The abbot died in 1214, though no record of his burial survives.", "1214?"),
        ("The canal opened in 1794 (some sources give 1796).", "1794?"),
        ("The beacon tower is traditionally dated to 1640.", "1640?"),
        ("The mint is said by a later annalist to have struck coins in 1170.", "1170?"),
        ("Whether the ship sailed in 1601, as the ledger implies, remains unclear.", "1601?"),
        ("The bell bears the date 1702, perhaps the year in which it was cast.", "1702?"),
        # a date the text says something may have, and another account of the date
        ("The font may date from 1420, though the evidence is thin.", "1420?"),
        ("The mill first ground corn in 1788, though the miller holds it was a year earlier.",
         "1788?"),
        ("The chapel was first built in 1604. Some historians place it in 1610.", "1604"),
        ("I went back to Tarvo only once, in 1967, I think, though my sister always said it "
         "was the year after.", "1967?"),
    ],
)  # fmt: skip
def test_a_doubt_after_the_date_or_around_it_is_kept(text: str, value: str) -> None:
    assert list(_events(text)) == [value]


def test_a_doubt_after_a_later_date_is_not_the_earlier_date_s() -> None:
    text = "The well was dug in 1702 and possibly deepened in 1760, though no record survives."
    assert list(_events(text)) == ["1702", "1760?"]


def test_a_subtitle_after_a_dash_is_no_dateline_and_the_posted_line_dates_the_post() -> None:
    """ "THE LONG ROOM - a rowing club blog" is a title, not a dateline's place: the
    "Posted on" line under the post's headline dates it, and its weekdays count from it."""
    text = (
        "THE LONG ROOM - a rowing club blog\n\n"
        "WE WON!!! Eights final report\n"
        "Posted on 9 May 2031 by cox_dan | 12 comments\n\n"
        "Our first eight won the regional final on Saturday by two lengths. The club was "
        "founded in 1889, and the next regatta is on 14 June.\n"
    )
    assert set(_events(text)) == {"2031-05-03", "1889", "2031-06-14"}


def test_a_start_and_an_end_told_by_two_verbs_are_one_span() -> None:
    text = (
        "The lock closure will begin at 06:00 on Monday 7 July 2031 and end at 18:00 on "
        "Thursday 10 July."
    )
    assert list(_events(text, published="2031-06-20")) == ["2031-07-07/2031-07-10"]


def test_a_log_s_year_in_its_head_and_its_days_without_a_month() -> None:
    """An untitled log's head ("Hull towards Archangel, 1868.") gives the year of the days
    it heads; "Sunday 16th." is a day of the month of the entry before."""
    text = (
        "JOURNAL OF THE BRIG ANNA HOLT, W. Dunn, Master.\n"
        "Hull towards Archangel, 1868.\n\n"
        "Friday 14th August. Sailed from Hull at noon with a fair wind.\n\n"
        "Sunday 16th. Passed the Naze at 4 p.m.\n"
    )
    assert set(_events(text)) == {"1868-08-14", "1868-08-16"}


def test_a_document_s_issue_line_dates_it_and_is_no_range() -> None:
    """ "Issue 3 - 12 February 2031" under a press kit's title is the day of that issue,
    not the days 3 to 12 February: what it names after that day is a plan."""
    text = (
        "ARGO-2\nLAUNCH KIT\nIssue 3 - 12 February 2031\n\n"
        "A test window runs from 3 to 9 April 2031. The probe was built in 2029.\n"
    )
    assert _events(text) == {
        "2031-04-03/2031-04-09": ("A test window runs", "tentative"),
        "2029": ("The probe was built", None),
    }


def test_an_undated_bulletin_s_issue_line_dates_it_past_its_section_headings() -> None:
    """ "Issued: Thursday 13 November 2031, 10:00 UTC" dates the whole bulletin: its
    "Tuesday" and "Saturday" under "Summary" and "Outlook" count from that day."""
    text = (
        "HARLOW RIVER AUTHORITY\nFLOOD BULLETIN No. 31/12\n\n"
        "Issued: Thursday 13 November 2031, 10:00 UTC\n\nSummary\n\n"
        "The river burst its banks at Eastford on Tuesday after two days of rain.\n\n"
        "Outlook\n\nEngineers will inspect the weir on Saturday.\n"
    )
    assert _events(text) == {
        "2031-11-11": ("The river burst its banks at Eastford after two days of rain", None),
        "2031-11-15": ("Engineers will inspect the weir", "tentative"),
    }


def test_a_title_line_s_year_and_a_bulletin_title_s_day() -> None:
    """A diary's year closes the first line of its two-line title; a bulletin's full date
    in its title line dates its "last night" and its weekdays."""
    diary = (
        "JOURNAL OF THE KARA SEA SURVEY, NOVAYA ZEMLYA, 1931\nkept by T. Orr, mate\n\n"
        "Monday, 3 August. Left Archangel in the Sibiryak.\n\n"
        "9 August. Anchored off Cape Zhelaniya.\n"
    )
    assert set(_events(diary)) == {"1931-08-03", "1931-08-09"}
    bulletin = (
        "RIVERSIDE FM - NEWS 0700 - FRIDAY 14 NOVEMBER 2031\nREADER: SAM   DURATION: 2'30\"\n\n"
        "The county council approved the new ring road last night.\n"
    )
    assert set(_events(bulletin)) == {"2031-11-13"}


@pytest.mark.parametrize("note", [" (selected services)", " (extract)"])
def test_a_title_s_year_before_a_note_in_brackets_dates_its_entries(note: str) -> None:
    """ "Call-out log 2031 (selected services)": the year of the title, before its note,
    is the year of the entries that give only a day and a month."""
    text = (
        f"KELLAN MOUNTAIN RESCUE TEAM\nCall-out log 2031{note}\n\n"
        "Team notes: the team was formed in 1962. Radios are tested every Monday.\n\n"
        "Sun 12 January - Team called to a walker with a broken ankle below the col.\n\n"
        "4 March - Search for two climbers overdue on the north ridge; both found well.\n"
    )
    assert set(_events(text)) == {"1962", "2031-01-12", "2031-03-04"}


def test_a_guestbook_s_stamp_dates_its_entry_and_yields_to_the_day_it_tells() -> None:
    """An undated guestbook's "12.8.2031 - ..." is the day its entry was written: "today"
    and "next year" count from it, and a day it tells in the fortnight before, or a span
    that holds it, is the entry's fact instead of the stamp's day."""
    text = (
        "REFUGE DU LAC NOIR - from the visitors' book\n\n"
        "The refuge was built in 1921.\n\n"
        "2.8.2031 - Reached the col at dawn today, our first crossing!\n\n"
        "12.8.2031 - Snowed in here from 10 to 12 August 2031, cards and soup.\n\n"
        "20.7.2032 - The new stove, carried up by mule on 15 July, works well. "
        "We will come back on 1 August next year.\n\n"
        "The refuge is open every year from June to September.\n"
    )
    assert set(_events(text)) == {
        "1921",
        "2031-08-02",
        "2031-08-10/2031-08-12",
        "2032-07-15",
        "2033-08-01",
    }
    assert _events(text)["2032-07-15"][0] == "The new stove, carried up by mule, works well"


def test_a_log_s_first_entry_after_its_day_and_a_dash_is_no_dateline() -> None:
    """ "12 January - Team called ..." over "4 March - Search ...": the first entry of a
    log keeps its day; "March 4 (Reuters) - ..." with its agency is still a dateline."""
    log = (
        "KELLAN MOUNTAIN RESCUE TEAM\nCall-out log, 2031\n\n"
        "12 January - Team called to a walker with a broken ankle below the col.\n\n"
        "4 March - Search for two climbers overdue on the north ridge; both found well.\n"
    )
    assert set(_events(log)) == {"2031-01-12", "2031-03-04"}
    factbox = (
        "Timeline of the flooding in Kellan\n\n"
        "March 4, 2031 (Coast Press) - Here is how the floods unfolded in Kellan.\n\n"
        "Feb 26 - The river bursts its banks at the mill.\n\n"
        "Feb 28 - The army builds a flood wall on the quay.\n"
    )
    assert set(_events(factbox)) == {"2031-02-26", "2031-02-28"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A flood in 1771 may have carried off the first bridge.", "1771?"),
        (
            "Engineers believe, though it has not been verified, that the seal failed in "
            "March 2029.",
            "2029-03?",
        ),
        # a share hedged, not the date
        ("The plague took perhaps a quarter of the parish in 1665.", "1665"),
    ],
)
def test_a_doubt_of_the_fact_or_of_a_share(text: str, value: str) -> None:
    assert list(_events(text)) == [value]


def test_an_on_this_day_column_s_today_is_the_day_in_its_section_s_year() -> None:
    """ "50 YEARS AGO - 1981" heads a section of a column published on 12 May 2031: its
    "today" is 12 May 1981, and its "last Friday" the Friday before; a section that gives
    its own days keeps them in its year."""
    text = (
        "ON THIS DAY\n\n"
        "50 YEARS AGO - 1981\n"
        "The new lifeboat was launched at Penmore today. The crew had trained since last "
        "Friday.\n\n"
        "25 YEARS AGO (2006)\n"
        "The pier reopened on 14 May after repairs.\n"
    )
    assert set(_events(text, published="2031-05-12")) == {
        "1981-05-12",
        "1981-05-08/..",
        "2006-05-14",
    }


def test_a_dateline_s_region_may_be_two_words() -> None:
    text = (
        "PERTH, Western Australia, Mar 4 (Coast Wire) - Ferry crews ended a strike on Monday "
        "after a new pay offer."
    )
    assert _events(text, published="2031-03-04") == {
        "2031-03-03": ("Ferry crews ended a strike after a new pay offer", None)
    }


def test_each_post_s_posted_by_line_dates_its_own_weekdays() -> None:
    """A second post's "Posted on 20 May 2031 by Press Office" dates its own "on Friday",
    though the page's first post is later."""
    text = (
        "<html><body>"
        "<div><h2>Grant for the harbour</h2><p>Posted on 2 June 2031 by Press Office</p>"
        "<p>The council won a harbour grant on 30 May.</p></div>"
        "<div><h2>Divers back</h2><p>Posted on 20 May 2031 by Press Office</p>"
        "<p>The survey divers returned on Friday after a month at sea.</p></div>"
        "</body></html>"
    )
    assert set(_events(text)) == {"2031-05-30", "2031-05-16"}


def test_a_news_item_s_stamp_dates_its_yesterday_under_its_headline() -> None:
    text = (
        "<html><body><ul><li><time>11 June 2031</time><h2>Slipway reopens</h2>"
        "<p>The slipway reopened yesterday after resurfacing.</p></li>"
        "<li><time>4 June 2031</time><h2>Regatta entries open</h2>"
        "<p>The committee agreed on Monday to cut the entry fee.</p></li></ul></body></html>"
    )
    assert set(_events(text)) == {"2031-06-10", "2031-06-02"}


def test_a_section_s_period_and_title_head_its_prose_not_a_list_s_entries() -> None:
    """ "1923 - 1950: From a Drammen workshop" over prose that tells its years heads a
    section; "2004 - 2008: BSc Geography, University of Leeds" in a CV is an entry."""
    history = (
        "Our history\n\n1923 - 1950: From a workshop\n\n"
        "The firm was founded in 1923 by two brothers.\n\n"
        "2000 - today: Electric and local\n\n"
        "In March 2004 the firm bought a frame maker.\n"
    )
    assert set(_events(history)) == {"1923", "2004-03"}
    cv = (
        "Dr Ana Marsh\n\n2004 - 2008: BSc Geography, University of Leeds\n\n"
        "2015 - present: Lecturer in Geography, University of York\n"
    )
    assert set(_events(cv)) == {"2004/2008", "2015/.."}


def test_a_decade_that_names_a_theme_dates_nothing() -> None:
    text = (
        "The 1940s weekend, a favourite with visitors, moves to June. In the 1960s the line closed."
    )
    assert set(_events(text)) == {"1960/1969"}


def test_a_year_and_a_title_head_prose_that_tells_a_day_of_it_not_the_bare_year() -> None:
    history = (
        "History\n\n1999 - On the exchange\n\nOn 14 June 1999 the shares were listed.\n\n"
        "2008 - Back to the family\n\nA foundation has owned the firm since 2008.\n"
    )
    assert set(_events(history)) == {"1999-06-14", "2008/.."}
    missions = (
        "Missions\n\n1969: Moon landing\n\nArmstrong walked on the Moon; in 1969 we watched.\n"
    )
    assert "1969" in _events(missions)


def test_a_title_in_capitals_over_its_fields_is_no_city_dateline() -> None:
    """ "NORTHLINK TRAINS - ENGINEERING WORKS UPDATE / Line: ... / Updated: 06:30, Monday 3
    March 2031": the title and its fields, so the update's day dates its "today" and its
    weekdays."""
    text = (
        "NORTHLINK TRAINS - ENGINEERING WORKS UPDATE\n"
        "Line: Kelso - Hawick via the Borders Railway\n"
        "Updated: 06:30, Monday 3 March 2031\n\n"
        "All trains between Kelso and Hawick are cancelled today after a landslip.\n\n"
        "The line was closed after the last train on Saturday night. Engineers expect to "
        "reopen it on Thursday."
    )
    assert sorted(_events(text)) == ["2031-03-01", "2031-03-03", "2031-03-06"]


def test_an_issued_line_with_its_hour_and_a_validity_dates_the_bulletin() -> None:
    text = (
        "FIRE DANGER BULLETIN - UPPER TAVRA\n"
        "Bulletin no. 12\n"
        "Issued Tuesday 8 July 2031, 16:00. Valid until Wednesday 9 July 2031, 16:00.\n\n"
        "A grass fire burned 40 hectares near Orlik on Sunday. Rain is expected on Friday."
    )
    events = _events(text)
    assert sorted(events) == ["2031-07-06", "2031-07-11"]
    assert events["2031-07-11"][1] == "tentative"


def test_a_diary_s_days_of_the_month_follow_its_first_full_date() -> None:
    """ "Tuesday 14th January 1896." opens the first entry, and "Thursday 16th." the next:
    each entry is of its day, not the first day the dateline of the whole text."""
    text = (
        "EXTRACT FROM THE MASTER'S LOG\n\n"
        "Friday 3rd March 1911. Wind NE, fresh. The barque Ellen Vane ran aground off the "
        "point.\n\n"
        "Sunday 5th. The tug Mercia towed her off at high water.\n\n"
        "Thursday 9th. Stores landed from the steamer."
    )
    assert sorted(_events(text)) == ["1911-03-03", "1911-03-05", "1911-03-09"]


@pytest.mark.parametrize(
    "head",
    [
        "REGIONAL HARBOUR BOARD OF KELSO AND DISTRICT\nCommittee on Finance and Infrastructure\n"
        "Minutes of the 9th meeting, Tuesday 4 March 2031, Room B 12\nChair: Aylin Moyo (Ind)",
        "KELSO TOWN COUNCIL\n\nMinutes of the Ordinary Meeting held on Tuesday 4 March 2031 at "
        "7.00 pm in the Council Chamber, Market Place",
    ],
)
def test_a_minutes_own_line_dates_the_record_and_is_no_event(head: str) -> None:
    """The meeting a set of minutes records is the record's own day: its "yesterday" counts
    from it, and the line itself is no event."""
    text = f"{head}\n\nItem 1\nThe Clerk reported that the slipway had reopened yesterday."
    assert list(_events(text)) == ["2031-03-03"]


@pytest.mark.parametrize(
    "head",
    [
        "COURT OF APPEALS FOR THE NINTH CIRCUIT\nNo. 29-1147\n"
        "HARBOUR FABRICATION, INC., Plaintiff-Appellant,\nv.\n"
        "KELSO STEEL CO., Defendant-Appellee.\n"
        "Appeal from the District Court for the District of Kelso.\n"
        "No. 3:29-cv-00412 - Filed March 3, 2031",
        "SENTENCING REMARKS - SUMMARY\nR v Daniel Oakes and Kyle Marsh\n"
        "Crown Court at Kelso | 3 March 2031 | Case no. T20317014\nHHJ Farrant",
    ],
)
def test_a_record_s_head_line_with_its_number_is_furniture(head: str) -> None:
    assert _events(f"{head}\n\nThe hall reopened in 1990 after a fire.") == {
        "1990": ("The hall reopened after a fire", None)
    }


def test_a_news_item_s_lead_in_the_past_is_of_its_stamp_s_day() -> None:
    """Under "<time>2 April 2031</time>" and its headline, "The committee approved the lane."
    is that day's news; a day its second clause names ("repairs that began in October 2030",
    "the agreement, signed in 2014") is a fact of its own, and a plan is no lead."""
    text = (
        "<html><body><ul>"
        "<li><time>2 April 2031</time><h2>Council approves cycle lane</h2>"
        "<p>The planning committee approved the cycle lane on Mill Road.</p></li>"
        "<li><time>28 March 2031</time><h2>Library reopens</h2>"
        "<p>The library reopened to the public after repairs that began in October 2030.</p></li>"
        "<li><time>11 March 2031</time><h2>Ten years of twinning</h2>"
        "<p>The mayor welcomed a delegation to mark the twinning agreement, signed in 2021.</p>"
        "</li><li><time>4 March 2031</time><h2>Pool consultation</h2>"
        "<p>Residents will be asked about the new pool in a survey.</p></li>"
        "</ul></body></html>"
    )
    assert sorted(_events(text)) == [
        "2021",
        "2030-10",
        "2031-03-11",
        "2031-03-28",
        "2031-04-02",
    ]


def test_an_entry_told_again_as_a_bound_is_a_bound_and_a_court_s_submitted_line_no_event() -> None:
    timeline = (
        "Key dates\n\n"
        "30 March 2031 - The remaining shops are expected to close by this date.\n\n"
        "2 February 2031 - Administrators are appointed."
    )
    assert sorted(_events(timeline)) == ["../2031-03-30", "2031-02-02"]
    opinion = "The appeal was heard.\n\nSubmitted on Briefs: January 12, 2031\n\nIt shut in 1990."
    assert list(_events(opinion)) == ["1990"]


def test_a_notice_s_issued_line_at_its_foot_with_who_issued_it_is_no_event() -> None:
    text = (
        "NOTICE OF RACE\n\nThe regatta will be sailed on 7 September 2031.\n\n"
        "Entries close on 1 September 2031.\n"
        "Issued 15 July 2031 by the Regatta Secretary, Ann Tolley (regatta@example.org)"
    )
    assert sorted(_events(text)) == ["2031-09-01", "2031-09-07"]


def test_a_court_s_filing_day_in_brackets_under_the_appeal_line_is_no_event() -> None:
    text = (
        "UNITED STATES COURT OF APPEALS FOR THE ELEVENTH CIRCUIT\nNo. 31-1234\n"
        "HARBOUR MARINE, Plaintiff-Appellant,\nv.\nKELL INSURANCE, Defendant-Appellee.\n"
        "Appeal from the United States District Court for the District of Kell\n"
        "(Filed August 5, 2031)\n\nBefore ADAMS and BRUNO, Circuit Judges.\n\n"
        "The mill shut in 1990."
    )
    assert list(_events(text)) == ["1990"]


def test_the_review_s_second_round_of_layouts() -> None:
    """A diary's entry with a habit of no weekday, a news item's state, a minutes' item on
    the previous meeting, and a caption's place and day at a page's foot."""
    diary = (
        "Diary\n\nMonday 6 June 1921\nThe bombers came every night, and we left at dawn.\n\n"
        "Tuesday 7 June 1921\nRain."
    )
    assert sorted(_events(diary)) == ["1921-06-06", "1921-06-07"]
    news = (
        "<html><body><ul><li><time>2 April 2031</time><h2>Library news</h2>"
        "<p>The library had been closed since the flood.</p></li></ul></body></html>"
    )
    assert list(_events(news)) == []
    minutes = (
        "KELL PARISH COUNCIL\n\nMinutes of the previous meeting held on 11 March 2031 were "
        "approved.\n\nThe clerk reported that the slipway reopened yesterday."
    )
    assert "2031-03-10" not in _events(minutes)
    caption = (
        "The bridge was widened in 1932 and extended last year.\n\n"
        "Rennie's Bridge, Kelso, 3 October 1948"
    )
    assert list(_events(caption)) == ["1932"]
