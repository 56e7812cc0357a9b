"""Facts the draft finds in the corners of a text: a phrase that picks members out of a
list, a date counted back from the one before it, a record's field line, a decision stated
in the present on the record's own day, and a pronoun whose name is in the same sentence."""

from __future__ import annotations

from kztimeline.draft import compose, draft, to_toml
from kztimeline.draft.article import read_article


def _drafted(text: str, published: str | None = None) -> dict[str, str]:
    return {event.date.text: event.title for event in draft(text, published=published)}


def test_a_fact_after_among_them_is_titled_with_its_own_phrase() -> None:
    text = "The museum will show 300 objects, among them pieces found near Issyk in 1969."
    assert _drafted(text, "2022-04-20") == {"1969": "Pieces found near Issyk"}


def test_a_date_counted_back_from_the_one_before_it_dates_the_phrase_after_it() -> None:
    text = (
        "Supplies were restored on 16 January 2025, two days after an accident at the "
        "compressor station."
    )
    assert _drafted(text) == {
        "2025-01-16": "Supplies were restored",
        "2025-01-14": "An accident at the compressor station",
    }


def test_a_date_counted_back_needs_no_comma_after_the_date() -> None:
    text = "Supplies were restored on 16 January 2025 two days after the accident."
    assert sorted(_drafted(text)) == ["2025-01-14", "2025-01-16"]


def test_a_count_after_no_date_counts_from_nothing() -> None:
    assert _drafted("Supplies were cut, two days after an accident.", "2025-01-20") == {}


def test_a_field_line_is_a_fact_and_does_not_date_the_page() -> None:
    text = (
        "Baiterek-2 mission summary\n\n"
        "Launch: 14 October 2025, 21:15 UTC, Baikonur Cosmodrome\nVehicle: Proton-M\n\n"
        "The satellite reached its slot on 2 November."
    )
    assert _drafted(text) == {
        "2025-10-14": "Launch, Baikonur Cosmodrome",
        "2025-11-02": "The satellite reached its slot",
    }


def test_a_published_field_still_dates_the_page() -> None:
    text = "Published: 3 May 2020\n\nThe satellite reached its slot on 2 November."
    assert _drafted(text) == {"2019-11-02": "The satellite reached its slot"}


def test_a_decision_in_the_present_takes_the_day_of_the_record() -> None:
    text = (
        "Mazhilis of the Parliament\n"
        "Verbatim record of the plenary sitting, Wednesday, 11 October 2023\n\n"
        "Chair: The bill is adopted in second reading."
    )
    assert _drafted(text) == {"2023-10-11": "The bill is adopted in second reading"}
    assert _drafted("If the bill is adopted, taxes will rise.", "2020-01-01") == {}


def test_a_records_formula_without_a_verb_to_be_takes_the_day_of_the_record() -> None:
    """A record's formula ("Motion carried", "Bill read a third time") states a decision of
    the sitting itself; a bill that was read on a day it names keeps that day."""
    text = (
        "Island Council: record of proceedings\nMonday, 7 February 2033\n\n"
        "Harbour Dues (Amendment) Bill\n\n"
        "The Bill was read a first time on 10 January. Bill read a third time and passed."
    )
    assert sorted(_drafted(text)) == ["2033-01-10", "2033-02-07"]
    assert sorted(_drafted("Motion carried by 14 votes to 3.", "2031-05-05")) == ["2031-05-05"]


def test_a_pronoun_other_than_the_subject_stands_for_the_name_before_it() -> None:
    text = (
        "Nurlan Abenov died on 3 February 2024.\n\n"
        "He married the singer Roza Temirova in 1966; she died in 2010."
    )
    assert _drafted(text) == {
        "2024-02-03": "Nurlan Abenov died",
        "1966": "Nurlan Abenov married the singer Roza Temirova",
        "2010": "Roza Temirova died",
    }


def test_a_meeting_a_participle_dates_titles_its_own_date() -> None:
    text = (
        "In fiscal 2022 the bank earned KZT 560 billion. It expects to pay a dividend in "
        "June, subject to approval at the annual general meeting scheduled for 26 May 2023."
    )
    assert _drafted(text, "2023-04-28") == {
        "2022": "The bank earned KZT 560 billion",
        "2023-06": "The bank expects to pay a dividend, subject to approval",
        "2023-05-26": "The annual general meeting scheduled",
    }


def test_a_life_in_brackets_gives_birth_and_death_and_names_the_pronouns_after() -> None:
    text = (
        "Abai Kunanbayev (10 August 1845 – 6 July 1904) was a Kazakh poet. He studied in "
        "Semey from 1855 to 1858. His Book of Words was written between 1890 and 1898 and "
        "first published in 1918."
    )
    assert _drafted(text) == {
        "1845-08-10": "Abai Kunanbayev was born",
        "1904-07-06": "Abai Kunanbayev died",
        "1855/1858": "Abai Kunanbayev studied in Semey",
        "1890/1898": "Abai Kunanbayev’s Book of Words was written",
        "1918": "Abai Kunanbayev’s Book of Words first published",
    }


def test_a_possessive_weekday_titles_the_thing_it_dates() -> None:
    text = "Rybakina will play Azarenka on Thursday for a place in Saturday's final."
    assert _drafted(text, "2023-01-24") == {
        "2023-01-26": "Rybakina will play Azarenka for a place in the final",
        "2023-01-28": "The final",
    }


def test_a_short_sentence_after_a_dateline_is_read() -> None:
    """A dateline with one short sentence after it is no dateline on a line of its own."""
    assert _drafted("Oil rises\n\nAstana, 5 March 2013. Oil prices rose on Tuesday.") == {
        "2013-03-05": "Oil prices rose"
    }


def test_a_clause_after_since_with_its_own_subject_owns_its_date() -> None:
    text = (
        "Air Astana said on Monday it had signed an order for 15 jets. It is the carrier's "
        "largest order since it was founded in 2001. Water levels were the highest since "
        "records began in 1936."
    )
    assert _drafted(text, "2024-06-10") == {
        "2024-06-10": "Air Astana said it had signed an order for 15 jets",
        "2001": "Air Astana was founded",
    }


def test_a_title_ends_on_no_word_that_leads_to_the_date_taken_out() -> None:
    text = "The reform raised the age from 58 to 63 over ten years starting in 2018."
    assert _drafted(text) == {"2018": "The reform raised the age from 58 to 63 over ten years"}


def test_a_date_after_the_publication_not_told_in_the_past_is_a_plan() -> None:
    def statuses(text: str) -> list[str | None]:
        return [event.status for event in draft(text, published="2023-05-01")]

    assert statuses("The airport may open in 2025.") == ["tentative"]
    assert statuses("Construction starts in 2025.") == ["tentative"]
    assert statuses("The airport opened in 2025.") == [None]  # the text says it happened
    assert statuses("Construction started in 2021.") == [None]


def test_he_far_from_the_name_stands_for_the_person_the_text_opens_on() -> None:
    filler = " ".join(f"Sentence number {number} says nothing new." for number in range(12))
    text = f"Nurlan Abenov, a composer, died on 3 February 2024.\n\n{filler}\n\nHe married in 1966."
    assert _drafted(text)["1966"] == "Nurlan Abenov married"


def test_a_date_that_repeats_the_verb_before_it_takes_its_words() -> None:
    text = "The plaintiff asked for their release on 11 October 2019, and again two weeks later."
    assert _drafted(text) == {
        "2019-10-11": "The plaintiff asked for their release",
        "2019-10-25": "The plaintiff asked for their release",
    }
    drafted = to_toml(compose([read_article(text, source_id="court")]))
    assert "title to write" not in drafted  # a title of its own, none to write by hand


def test_the_day_a_past_fact_was_told_is_no_event_of_its_own() -> None:
    """A report of a fact with its own date ("said on Monday that the bridge was reopened
    on 3 June") gives that fact alone, titled by the reported clause; a report of a plan,
    and one with no date of its own, keep the day they were told."""
    told = (
        "The ministry said on Monday that the ring road bridge was reopened on 3 June 2024. "
        "Nomad Rail announced today that it will open a depot in Taraz on 3 July 2024. "
        "The port authority said on Friday that it had hired 40 pilots."
    )
    assert _drafted(told, "2024-06-12") == {
        "2024-06-03": "The ring road bridge was reopened",
        "2024-06-12": "Nomad Rail announced that it will open a depot in Taraz",
        "2024-07-03": "Nomad Rail will open a depot in Taraz",
        "2024-06-07": "The port authority said that it had hired 40 pilots",
    }


def test_a_year_whose_clause_also_tells_the_day_is_that_day_alone() -> None:
    """ "In 2031 the trust bought the mill on 4 March": one fact, on 4 March 2031; a year
    of another clause stays its own fact."""
    assert list(_drafted("In 2031 the trust bought the mill on 4 March.")) == ["2031-03-04"]
    assert list(_drafted("In June 2031 the trust bought the mill on 4 June.")) == ["2031-06-04"]
    two = _drafted("In 2031 the trust opened a shop in Selby, and on 4 March it bought the mill.")
    assert sorted(two) == ["2031", "2031-03-04"]


def test_a_year_whose_clause_tells_a_rough_day_is_that_day_alone() -> None:
    assert list(_drafted("In 2030 the hay was cut around 10 June, a week late.")) == ["2030-06-10~"]
