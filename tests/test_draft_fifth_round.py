"""Logs kept by the day of the month, bulletins' own lines, pages of listings and the years
that a written weekday or a statute's section belies: each rule on texts of other kinds
than the ones it was found in, and the sentences at its edges read as before."""

from __future__ import annotations

import pytest

from tests.conftest import drafted_events as _events


def test_a_log_s_short_weekday_with_its_stop_opens_its_entries() -> None:
    events = _events(
        "FIELD STATION RECORD\n\n"
        "Mon. 3rd Mar. 1969. Fine, cold. The party left camp at dawn for the glacier snout.\n\n"
        "Tues. 4th. Overcast. The stake network on the lower tongue was re-measured.\n\n"
        "Wed. 5th. Radio contact with the base was lost for six hours.\n"
    )
    assert set(events) == {"1969-03-03", "1969-03-04", "1969-03-05"}
    assert "stake network" in events["1969-03-04"][0]
    assert "Radio contact" in events["1969-03-05"][0]


def test_a_day_of_the_month_with_its_weekday_under_a_month_heading() -> None:
    # the weekday written with the day checks it against the month the log is in
    text = (
        "Observatory Day Book\nOctober 1923\n\n"
        "Tue 2nd. The new clock drive was fitted to the equatorial.\n\n"
        "Fri 5th. A bright comet was seen low in the west after sunset.\n"
    )
    events = _events(text)
    assert {"1923-10-02", "1923-10-05"} <= set(events)
    assert "comet" in events["1923-10-05"][0]
    # a weekday that does not fit the month dates nothing: no day is made up
    wrong = text.replace("Fri 5th.", "Sat 5th.")
    assert "1923-10-05" not in _events(wrong)


def test_a_log_s_weather_line_gives_the_entry_s_day_to_what_was_done() -> None:
    events = _events(
        "SCHOONER WILLOW - LOG\n\n"
        "Thursday 12 June 1902. Wind NE 4, hazy. Landed the mails at Scalpay and took on "
        "water.\n\n"
        "Friday 13 June 1902. Light airs. Anchored off Rodel to wait for the tide.\n\n"
        "Saturday 14 June 1902. Wind dropped at noon and we sailed for Lochmaddy.\n"
    )
    assert "mails" in events["1902-06-12"][0]
    assert "Anchored" in events["1902-06-13"][0]
    # a line that tells what was done is the entry, even when it opens on the wind
    assert "Wind dropped" in events["1902-06-14"][0]


def test_a_log_s_run_of_two_days_of_the_month() -> None:
    events = _events(
        "Diary of the survey party\n\n"
        "Monday 7th July 1930. Reached the head of the valley.\n\n"
        "Wed. 9th to Fri. 11th. Snowed in at the upper camp; no work possible.\n\n"
        "Sat. 12th. Broke camp and descended.\n"
    )
    assert "1930-07-09/1930-07-11" in events
    assert "1930-07-12" in events
    assert not {"1930-07-09", "1930-07-11"} & set(events)


def test_a_plan_expected_complete_by_a_day_looks_ahead() -> None:
    events = _events(
        "Site diary\n\nMon 2 September 2024\nFoundations poured for the east wing.\n\n"
        "Tue 3 September\nScaffold inspected. Roof steel expected complete by 20 September.\n"
    )
    assert events["../2024-09-20"][1] == "tentative"


def test_a_bulletin_s_year_month_and_day_and_its_issue_time() -> None:
    events = _events(
        "RIVER ICE MESSAGE CODE: RIC12\nSERIAL NUMBER: 88\nISSUE TIME: 2026 Mar 14 0900 UTC\n\n"
        "ADVISORY: Ice jam risk\n\n"
        "COMMENT: The ice cover on the upper river began to break up on 11 March. A jam is "
        "expected to form near Fort Alder on 16 March.\n"
    )
    assert "2026-03-11" in events
    assert events["2026-03-16"][1] == "tentative"
    assert "2026-03-14" not in events  # the message's own time is no event


def test_a_year_opening_its_paragraph_with_a_stop_heads_it() -> None:
    events = _events(
        "Our story\n\n"
        "1921. In a rented loft in Leiden, Cor Visser starts repairing clocks for the town's "
        "shops.\n\n"
        "The first wristwatch left the workshop in 1934.\n"
    )
    assert "Cor Visser starts repairing clocks" in events["1921"][0]
    assert "1934" in events


def test_a_listing_s_bare_date_or_verb_takes_its_section_heading() -> None:
    events = _events(
        "<html><body><h1>Exhibitions</h1>\n"
        "<div><h2>Paper Boats: Origami from Kyoto</h2>\n"
        "<p class='dates'>4 May - 29 June 2025</p>\n"
        "<p>Two hundred folded models from one family's collection.</p></div>\n"
        "<div><h2>The Lost Gardens</h2>\n<p class='dates'>Opens 12 July 2025</p></div>\n"
        "<div><h2>Winter Lights</h2>\n<p>The trail opens on 5 December 2025 and runs to "
        "4 January 2026.</p></div>\n"
        "</body></html>",
        "2025-04-01",
    )
    assert events["2025-05-04/2025-06-29"][0] == "Paper Boats: Origami from Kyoto"
    assert events["2025-07-12"][0] == "The Lost Gardens opens"
    # a sentence that names its fact keeps its own title
    assert "The trail opens" in events["2025-12-05/2026-01-04"][0]


def test_a_bare_date_told_again_by_the_sentence_under_it_is_one_event() -> None:
    events = _events(
        "<html><body><h1>Orchard events</h1>\n<h2>Apple Day</h2>\n<p>11-12 October 2025</p>\n"
        "<p>Bring your apples to be pressed from 11 to 12 October at the orchard.</p>\n"
        "</body></html>",
        "2025-09-01",
    )
    assert list(events) == ["2025-10-11/2025-10-12"]
    assert "apples" in events["2025-10-11/2025-10-12"][0]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the weekday fits the publication's year, not the year of the state named before
        (
            "The pier, a listed structure since 1911, closed on Tuesday 6 May for repairs.",
            "2025-05-20",
            "2025-05-06",
        ),
        # it fits the year named before: that year stays
        ("The pier was opened in 1913, and on Tuesday 6 May a storm damaged it.", None, None),
    ],
)
def test_a_written_weekday_chooses_between_the_years(
    text: str, published: str | None, date: str | None
) -> None:
    events = _events(text, published)
    if date is not None:
        assert date in events
        assert "1911-05-06" not in events
    else:
        assert "1913-05-06" in events


def test_a_date_line_with_the_document_s_reference_dates_it() -> None:
    events = _events(
        "DEPARTMENT OF TRANSPORT\nNotice on the Harlow bypass\n14 May 2025 - Ref: DT/2025/044\n\n"
        "The contractor closed the northbound carriageway on Monday. It will reopen on "
        "2 June.\n"
    )
    assert "2025-05-12" in events
    assert events["2025-06-02"][1] == "tentative"
    assert not any("Ref" in title for title, _ in events.values())


def test_the_years_of_a_statute_s_section_are_no_events() -> None:
    events = _events(
        "The tenant sued in 2021 under Rev. Stat. § 44-12 (1988, as amended in 2009). The "
        "court ruled on 3 May 2022."
    )
    assert set(events) == {"2021", "2022-05-03"}
    # a year after a section in prose is still one
    assert "1988" in _events("Section 12 was first enacted in 1988.")
