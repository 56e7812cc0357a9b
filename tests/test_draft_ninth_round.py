"""Logs headed by a year on a line of its own, registers in tables, pages whose header
names their dates, and rules in force from a day: each rule on texts of
other kinds than the ones it was found in, and the lines at its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_year_on_a_line_of_its_own_heads_a_log_s_rows() -> None:
    text = (
        "HARBOUR MASTER'S LOG - PORT ELLAN\n\n"
        "Date     Time      Vessel            Remarks\n"
        "1884\n"
        "Oct. 2   6.30 am   --                Gale from S.E. Harbour closed to shipping.\n"
        "Oct. 5   2.15 pm   Brig Alert        Entered with timber from Riga.\n"
        "1885\n"
        "Jan. 9   8.00 am   --                Ice in the inner basin.\n"
    )
    events = _events(text)
    assert set(events) == {"1884-10-02", "1884-10-05", "1885-01-09"}
    # the hour's cell and the empty cells leave the title
    assert events["1884-10-02"][0].startswith("Gale from S.E")
    # a sentence's year wrapped onto a line of its own is no heading
    wrapped = _events("The mayor was arrested in Calais on July 31,\n2013.\n")
    assert set(wrapped) == {"2013-07-31"}


def test_a_register_s_rows_in_a_table_of_bars() -> None:
    text = (
        "REGISTER OF BURIALS, ST OSWALD, FENBY\n\n"
        "No. | When buried | Name | Age | By whom\n"
        "----+-------------+------+-----+--------\n"
        "41 | 1861 March 3 | Ann Hale (died 27 February) | 71 | T. Marsh, Vicar\n"
        "42 | March 10 | John Pell | 2 | T. Marsh, Vicar\n"
    )
    events = _events(text)
    assert {"1861-03-03", "1861-02-27", "1861-03-10"} <= set(events)
    # a numbered row is no date line of the page: its day is no publication day
    assert "1860-03-10" not in events
    # a year, a month and a day with a count after them are no date
    assert set(
        _events("Attendance was 1850 May 3 and 2100 May 4, the organisers said.", "2024-05-10")
    ) == {"2024-05-03", "2024-05-04"}


def test_a_page_s_header_over_its_main_part_names_its_dates() -> None:
    page = (
        "<html><body><header><h1>Harwick Book Fair</h1>"
        "<p>14&ndash;16 March 2025 &middot; Corn Exchange</p></header>"
        "<main><h2>Events</h2><ul><li><strong>Poetry night</strong> &ndash; Fri 14 Mar, "
        "19:00</li></ul><p>The fair was founded in 1998.</p></main></body></html>"
    )
    events = _events(page)
    assert {"2025-03-14/2025-03-16", "2025-03-14", "1998"} <= set(events)
    # a site's header over no main part changes nothing: the page is read whole
    fragment = _events(
        "<header><a href='/'>Lakeside Post</a></header>\n<ul>\n<li><strong>1908</strong> "
        "The boathouse is built by the rowing club.</li>\n</ul>"
    )
    assert set(fragment) == {"1908"}


def test_a_rule_in_force_from_a_day_and_a_participle_after_a_noun() -> None:
    rule = _events(
        "From 6 April 2025, visitors need a permit to climb the tower.", published="2025-05-01"
    )
    assert set(rule) == {"2025-04-06/.."}
    # a duty yet to come is a plan of that day; a range from a day to another no rule
    assert "2025-01-06" in _events(
        "From 6 January, all appointments must be booked online.", published="2024-12-01"
    )
    # (a range)
    assert set(
        _events("From 3 to 7 May, the road is closed to traffic.", published="2025-04-01")
    ) == {"2025-05-03/2025-05-07"}
    visit = _events(
        "The minister will open houses rebuilt under the scheme on Friday.",
        published="2025-01-22",
    )
    assert set(visit) == {"2025-01-24"}


def test_a_survey_s_year_before_its_days_and_an_era_s_rough_years() -> None:
    survey = _events(
        "Repeat counts were made in 2012 and 2018. Our 2023 survey ran from 2 to 9 May, and a "
        "dead adult was found on 5 May.",
    )
    assert {"2023-05-02/2023-05-09", "2023-05-05"} <= set(survey)
    assert "2018-05-05" not in survey
    core = _events(
        "Tree pollen falls sharply, marking clearance c. AD 1150. A charcoal layer is dated "
        "to cal AD 1320-1390."
    )
    assert set(core) == {"1150~", "1320/1390"}


def test_a_story_s_start_told_with_when_and_a_noun_the_same_in_both_numbers() -> None:
    started = _events(
        "It all began in 1921, when Ida Brook opened a tea room on Quay Street. Her son "
        "Walter joined her in 1930."
    )
    assert started["1921"][0].startswith("Ida Brook opened a tea room")
    works = _events(
        "In the war the works made shell cases. It was bombed in 1941 and again in 1942."
    )
    assert works["1941"][0].startswith("The works")
    # a doubt at the end of a quoted note
    note = _events(
        'Register of marriages\n\nMarginal note, in a later hand: "Mary Ann married James '
        'Cole at this church, June 1874?"\n'
    )
    assert set(note) == {"1874-06?"}


def test_a_table_s_cell_of_four_figures_heads_nothing() -> None:
    page = (
        "<html><body><h1>Ferries</h1><p>The summer timetable runs from 17 May to 28 "
        "September 2025.</p><table><tr><th>Dep.</th><th>Arr.</th></tr>"
        "<tr><td>1530</td><td>1620</td></tr></table><p>Sailings run daily.</p></body></html>"
    )
    assert set(_events(page)) == {"2025-05-17/2025-09-28"}


def test_prose_after_a_programme_s_days_counts_from_the_page_s_day() -> None:
    page = (
        "Harbour Music Weekend\n\nThe weekend will run from 1 to 3 August.\n\n"
        "Friday 1 August\n19:30 Opening concert on the quay.\n\n"
        "Sunday 3 August\n15:00 Closing parade.\n\n"
        "Early-bird tickets must be bought by 31 March; after that the full price applies.\n"
    )
    events = _events(page, published="2025-02-12")
    assert "../2025-03-31" in events
    assert "../2026-03-31" not in events


def test_the_edges_a_review_found() -> None:
    # a verb in -ed before "by" and a figure is a past tense
    assert set(_events("Prices increased by 2 per cent in March.", "2025-01-22")) == {"2024-03"}
    # a state for a while from a day is no rule in force
    assert set(_events("From 12 May, the road is shut for a day.", "2025-05-01")) == {"2025-05-12"}
    # a diary's year lines over its entries, each a year of its own
    diary = _events(
        "Diary\n\n1914\nAug. 4. War declared.\n1915\nMarch 2. Wounded at Neuve Chapelle.\n"
    )
    assert {"1914-08-04", "1915-03-02"} <= set(diary)
    # a year wrapped after "c." or a span's dash, and a list's year after its item
    assert set(_events("Notes\n\nThe house was built c.\n1750\nand extended later.\n")) == {"1750~"}
    assert set(_events("Works\n\nSilas Marner\n1861\nMiddlemarch\n1871\n")) == set()
    # a verb in -ed before "by" and its agent is still a past tense
    assert set(_events("Work finished by the end of May.", "2025-03-01")) == {"../2024-05"}
    # a capitalised word and a number under a list's year are no day
    assert _events("Publications\n\nThe Mill on the Floss\n1860\nVol. 2 was reprinted.\n") == {}
    # a banner in a page's header is no part of the page's name
    banner = _events(
        "<html><body><header><p>Site-wide: Sale ends 31 December 2024!</p></header><main>"
        "<h2>News</h2><p>The shop opened on 3 May 2020.</p></main></body></html>"
    )
    assert set(banner) == {"2020-05-03"}
    # "they" after "the works were closed" is still the works
    works = _events("The works were closed in 1980. They were demolished in 1985.")
    assert works["1985"][0].startswith("The works")
    # the clause after "when" is cut at its next clause, not at an aside's comma
    started = _events("It all started in 1874, when Martha Finch, a widow, began selling biscuits.")
    assert "began selling biscuits" in started["1874"][0]


def test_a_year_line_under_a_header_ruled_with_dashes() -> None:
    text = (
        "PILOT STATION - BOOK OF SERVICES\n\n"
        "Date       Out     Back    Remarks\n"
        "---------  ------  ------  ------------------------------\n"
        "1931\n"
        "Jan. 12    06.10   09.40   Brought in the barque Oriana.\n"
        "Feb. 3     22.00   01.15   Stood by the coaster Lark.\n"
    )
    assert set(_events(text)) == {"1931-01-12", "1931-02-03"}


def test_a_participle_under_its_scheme_is_no_past() -> None:
    visit = _events(
        "Visit\n\nThe minister will open homes repaired under the scheme on Friday.\n",
        published="2025-01-22",
    )
    assert set(visit) == {"2025-01-24"}
