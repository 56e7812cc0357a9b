"""Letters copied one after another with no salutation between, logs whose title names
their year after a dash, tables of numeric days, and the many ways a history says it is not
sure of a year: each rule on texts of other kinds than the ones it was found in, and the
lines at its edges read as before."""

from __future__ import annotations

from tests.conftest import drafted_events as _events


def test_a_history_s_ways_of_not_being_sure_of_a_year() -> None:
    doubted = {
        "Family tradition holds that the first loom was set up in 1788.": "1788?",
        "The chapel was consecrated, we are told by the vicar, in 1701.": "1701",
        "The quay was built, I am told, in 1742.": "1742?",
        "The ferry may be first mentioned in 1302, if the 'passage' of the rolls is it.": "1302?",
        "Parish records suggest a school in the church porch in 1690.": "1690?",
        "The bell was recast, it is thought in 1754, by a founder from Bristol.": "1754?",
        "The bridge, as the ferryman claims, was swept away in 1771.": "1771?",
        "The sluice was rebuilt in 1812, though the year is uncertain.": "1812?",
        "The cross is traditionally dated to 1480, although it may be later.": "1480?",
    }
    for sentence, value in doubted.items():
        assert value in _events(sentence), sentence
    # records that tell it, not suggest it, leave the year as it is
    assert set(_events("The minutes record that the hall opened in 1921.")) == {"1921"}
    # a year before 1600 after "dated to" is a year, not a count
    assert "1563" in _events("The chest is dated to 1563 by its carving.")


def test_a_log_titled_by_its_year_after_a_dash_and_a_year_a_stone_gives() -> None:
    text = (
        "PENLEE WEIR\nWeir-keeper's Diary - 1931\nKeeper: A. Roskilly\n\n"
        "Date    | Level   | Remarks\n"
        "--------+---------+---------------------------------------\n"
        "Feb 2   | High    | Boards drawn at dawn. Meadows flooded.\n"
        "Feb 15  | Falling | Boards replaced; eel trap set again.\n\n"
        "Weir built 1806 per the date on the sill.\n"
    )
    events = _events(text)
    assert {"1931-02-02", "1931-02-15", "1806"} <= set(events)
    # the cell that tells most of what happened names the row
    assert events["1931-02-02"][0].startswith("Boards drawn at dawn")
    # a built year's cue is "built", not a count's "built 1806 houses"
    assert "1806" not in _events("The firm built 1806 houses in the borough.")


def test_a_month_cut_short_after_its_day_ends_a_sentence_before_a_word() -> None:
    events = _events(
        "The committee agreed the new rules on 3 Oct. Members will vote on them on 14 Nov.",
        published="2025-10-20",
    )
    assert events["2025-10-03"][0] == "The committee agreed the new rules"
    assert events["2025-11-14"][0].startswith("Members will vote")
    # a year after it, or a day line of a log, still goes on
    assert set(_events("The hall opened on 12 Sept. 1926 with a dance.")) == {"1926-09-12"}


def test_a_table_s_column_of_numeric_days_takes_its_order_from_one_of_them() -> None:
    text = (
        "HOLT BELLRINGERS - PRACTICE BOOK\n\n"
        "Date       | Method              | Notes\n"
        "-----------+---------------------+---------------------------\n"
        "03/02/2026 | Plain Bob Doubles   | New learner, Ann Pike\n"
        "17/02/2026 | Grandsire Doubles   | Tower captain away\n"
        "03/03/2026 | Stedman Doubles     | First peal attempt\n"
    )
    events = _events(text)
    # 17/02 can only be the 17th of February, so 03/02 is the 3rd of February
    assert {"2026-02-03", "2026-02-17", "2026-03-03"} <= set(events)
    assert "2026-03-02" not in events
    # a column of days whose order nothing says is left out, as before
    alone = _events("Date       | Notes\n03/02/2026 | Practice\n04/03/2026 | Practice\n")
    assert not alone


def test_each_letter_of_a_copy_book_is_dated_by_its_own_line() -> None:
    text = (
        "Letters of Margaret Ives, schoolmistress, to her sister\n\n"
        "I.\n\n"
        "Schoolhouse, Low Fold, Keswick, 2nd October 1902\n\n"
        "My dear Nell,\n\n"
        "I began here on the 8th of September last, and the Board has promised a new stove "
        "before the 1st of December. The infants' room has been closed since the 22nd ult. "
        "for want of a fire.\n\n"
        "II.\n\n"
        "Keswick, 9th January 1903.\n"
        "The stove came on the 3rd inst. and the infants are back.\n"
    )
    events = _events(text)
    assert {"1902-09-08", "1902-09-22/..", "../1902-12-01", "1903-01-03"} <= set(events)
    # the date lines head their letters: no event of their own, no subject for "we"
    assert "1902-10-02" not in events
    assert "1903-01-09" not in events


def test_the_edges_a_review_found() -> None:
    # a source cited is no hedge
    assert set(
        _events("Court records indicate he was arrested on June 3, 2022.", "2022-07-01")
    ) == {"2022-06-03"}
    assert set(_events("The hall, as the plaque says, was opened on 3 May 1921.")) == {"1921-05-03"}
    # an uncertainty about another date doubts nothing of this one
    assert set(
        _events(
            "The merger was announced on 3 May 2023, though the date it takes effect is uncertain."
        )
    ) == {"2023-05-03"}
    # a short sentence with a comma is no letter's date line: "it" is still Acme
    plant = _events(
        "On Monday, Acme cut 300 jobs. It will close the plant on 3 June.", "2024-05-08"
    )
    assert plant["2024-06-03"][0].startswith("Acme will close")
    # a month cut short after a day that opens the sentence keeps its sentence
    assert (
        _events("On 21 Oct. Nelson engaged the combined fleet.", "1805-11-10")["1805-10-21"][0]
        == "Nelson engaged the combined fleet"
    )
    # a count after "built" is no year
    assert not _events("The firm built 1806 new houses in the borough.")
    # what one means to have done by a day lies ahead of the letter
    letter = _events(
        "Bannack, October 3rd, 1864\n\nDear Mother,\n\nHenry means to have our cabin roofed by "
        "the 1st of November.\n"
    )
    assert letter == {"../1864-11-01": ("Henry means to have our cabin roofed", "tentative")}
    # a letter's number and a place "near" another before its day
    numbered = _events(
        "LETTERS, 1883\n\nI.\n    Thornleigh Hall, near Ripon,\n    3rd March, 1883.\n"
        "My dearest Mama,\nI arrived here on the 27th of February.\n\nII.\n"
        "    14 Grosvenor Street,\n    20th May, 1883.\nDearest Mama,\n"
        "We came up to town on the 4th.\n"
    )
    assert set(numbered) == {"1883-02-27", "1883-05-04"}
    # a number with dots and a thirteenth "month" is a version, no day, and no crash
    assert not _events("Released as 1.13.2024 on the site.")
