"""An old hand's "Apl." and "Sepr." before a day, its "abt" with no stop, and a log's run of
days with a stop after the first: each rule on texts of other kinds than the ones it was
found in, and the lines at its edges read as before."""

from __future__ import annotations

from tests.drafting import dates_of, events_of


def test_an_old_hand_s_april_before_its_day_and_weekday_heads_the_entry() -> None:
    diary = (
        "FARM DIARY OF THOS. WEBB, 1851\n\n"
        "Apl. 3. Thurs. Sowed the barley in the long field.\n"
        "Apl. 7. Mon. Lambing begun, 14 ewes down.\n"
        "Sepr. 2. Tues. Carried the last of the wheat.\n"
    )
    assert dates_of(diary) == ["1851-04-03", "1851-04-07", "1851-09-02"]


def test_abt_with_no_stop_is_about() -> None:
    memoir = (
        "Notes on the mill, written by Jas. Webb\n\n"
        "My grandfather worked the mill from abt 1790 until he died in 1832.\n"
    )
    assert dates_of(memoir) == ["1790~", "1832"]


def test_a_log_s_run_of_days_with_a_stop_after_the_first_is_one_span() -> None:
    log = (
        "LIGHTHOUSE LOG, SKERRY POINT\n\n"
        "1879\n"
        "Jany. 3. Fri. Gale from the N.W.; lamp lit at 4 p.m.\n"
        "Feby. 10. to 15. Lens taken down for cleaning; the spare lamp used.\n"
    )
    assert events_of(log) == [
        ("1879-01-03", "Gale from the N.W.; lamp lit", None),
        ("1879-02-10/1879-02-15", "Lens taken down for cleaning; the spare lamp used", None),
    ]


def test_a_notice_over_a_page_s_story_is_read_with_it() -> None:
    page = (
        "<html><head><title>About us | Fernside Bike Works, Holt</title></head><body>\n"
        '<div class="notice" role="alert"><p>The workshop will be closed from Monday 13 April to '
        "Friday 17 April while we move the stands. We reopen on Saturday 18 April.</p></div>\n"
        "<main><h1>About Fernside Bike Works</h1>\n"
        "<p>Fernside Bike Works opened in March 2018 in a railway arch on Holt Lane.</p>\n"
        "</main></body></html>"
    )
    assert dates_of(page, "2026-04-01") == ["2018-03", "2026-04-13/2026-04-17", "2026-04-18"]


def test_we_on_a_site_s_page_are_not_a_body_its_owner_once_trained_at() -> None:
    page = (
        "<html><head><title>About us | Fernside Bike Works, Holt</title></head><body><main>\n"
        "<p>Owner Jo Marsh trained as a mechanic at the Holt Cycling Academy around 2010.</p>\n"
        "<p>We moved to our present shop on Holt Lane on 1 June 2021.</p>\n"
        "</main></body></html>"
    )
    titles = {value: title for value, title, _ in events_of(page, "2026-04-01")}
    assert titles["2021-06-01"].startswith("Fernside Bike Works moved")


def test_a_season_s_break_across_the_turn_is_in_its_first_year_whatever_row_came_last() -> None:
    card = (
        "HOLM CHESS CLUB\n"
        "FIXTURES - SEASON 2025/26\n\n"
        "Thu 11 Sep ..... Opening night\n"
        "Thu 16 Apr ..... Prize-giving\n\n"
        "No play from 18 December to 7 January.\n"
    )
    assert "2025-12-18/2026-01-07" in dates_of(card)
