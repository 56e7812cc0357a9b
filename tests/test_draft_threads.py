"""The year a date written without one takes follows the thread of the text: a plan goes on
after a look back at the past, and a date in an aside sets no year for the clause around it."""

from __future__ import annotations

from kztimeline.draft import draft


def _drafted(text: str, published: str | None = None) -> dict[str, str | None]:
    return {event.date.text: event.status for event in draft(text, published=published)}


def test_a_plan_told_after_a_look_back_keeps_the_plan_year() -> None:
    text = (
        "The fair will be held from 12 to 14 September 2031 at the old racecourse. Founded "
        "in 1994, it was moved to the racecourse in 2009. Stalls open for booking on 3 March."
    )
    drafted = _drafted(text)
    assert drafted["2031-03-03"] == "tentative"
    assert "2009-03-03" not in drafted


def test_a_day_under_a_plan_in_a_programme_is_a_plan() -> None:
    text = (
        "The congress will meet from 2 to 4 October 2030 in Turkistan.\n\n"
        "Wednesday 2 October\n09:30 Welcome address by the rector"
    )
    assert _drafted(text)["2030-10-02"] == "tentative"


def test_a_year_in_an_aside_does_not_date_the_main_clause() -> None:
    text = "The theatre, closed in 2016, reopened on 12 March with a new production of Abai."
    assert sorted(_drafted(text, "2023-05-02")) == ["2016", "2023-03-12"]


def test_a_story_told_forward_crosses_into_the_next_year() -> None:
    text = (
        "The ferry was withdrawn on 28 November 2029 for a refit. It returned to service on "
        "4 February after the refit."
    )
    assert sorted(_drafted(text, "2030-03-01")) == ["2029-11-28", "2030-02-04"]


def test_plans_said_without_a_verb_to_plan_are_plans() -> None:
    text = (
        "Timeline of the Ural embankment\n\n"
        "- 2029: A second dike is planned.\n"
        "- 2030-2032: The old levee is scheduled to be raised by a metre.\n"
        "- The final fee, to be paid on 1 March 2033 at the latest, was agreed with the contractor."
    )
    assert _drafted(text) == {
        "2029": "tentative",
        "2030/2032": "tentative",
        "../2033-03-01": "tentative",
    }


def test_a_far_year_named_in_passing_does_not_date_the_days_after_it() -> None:
    """A paragraph about the weeks around its publication that glances back at a far year
    keeps its own year for the days after the glance."""
    text = (
        "The hospital opened its new wing on 6 May. The old wing dates from 1964. "
        "The last patients left it on 20 April."
    )
    assert sorted(_drafted(text, "2031-06-10")) == ["1964", "2031-04-20", "2031-05-06"]


def test_a_history_told_from_a_far_year_keeps_that_year() -> None:
    """A paragraph that starts in the past gives its year to the days it goes on to tell."""
    text = "The guild was founded in 1964. It held its first fair on 20 April."
    assert sorted(_drafted(text, "2031-06-10")) == ["1964", "1964-04-20"]


def test_a_year_described_as_a_whole_dates_nothing_but_gives_its_year() -> None:
    """ "2016 was a year of consolidation" is no event, yet the months after it are in 2016."""
    text = (
        "2016 was a year of consolidation for Kestrel Mills. In April we closed the Dorne "
        "plant, and in the fourth quarter we hired 40 weavers."
    )
    assert sorted(_drafted(text)) == ["2016-04", "2016-10/2016-12"]


def test_an_aside_with_an_irregular_participle_neither_dates_nor_tenses_the_clause() -> None:
    """An aside (", first held in 1974,") tells of the subject's past: neither its year nor its verb
    decides when the main clause's day without a year falls."""
    text = "The regatta, first held in 1974, returns to the estuary on 12 July."
    assert _drafted(text, "2031-03-01") == {"1974": None, "2031-07-12": "tentative"}
    text = "The organ, made c. 1790 and on loan since 2012, goes back to Leiden on 2 May."
    assert sorted(_drafted(text, "2031-03-01")) == ["1790~", "2012/..", "2031-05-02"]


def test_what_was_announced_for_a_later_day_is_a_plan() -> None:
    """A plan told in the past ("have called a strike for") with a day after the
    publication is still to come; the same verb with a day before it is a fact."""
    text = (
        "Teachers' unions have called a strike for Tuesday 14 October 2031. The union of "
        "nurses called a one-day strike on 2 October 2031."
    )
    assert _drafted(text, published="2031-10-08") == {
        "2031-10-14": "tentative",
        "2031-10-02": None,
    }


def test_a_deadline_a_rule_sets_is_a_plan_even_in_an_undated_text() -> None:
    """A "must ... by <day>" is an obligation still to meet; a deadline met in the past, and a
    duty in force since a date, are facts."""
    text = (
        "The contractor must repair the bridge no later than 1 September 2030. The old "
        "contractor repaired the ferry landing by 3 May 2028. Since 2019 every driver must "
        "carry a permit."
    )
    assert _drafted(text) == {
        "../2030-09-01": "tentative",
        "../2028-05-03": None,
        "2019/..": None,
    }


def test_a_season_told_forward_crosses_into_the_next_year_though_back_is_nearer() -> None:
    """A season told from its start: a day of spring after an autumn day goes on into the
    next year when that is still past; a day just before the one named stays in its year."""
    season = "The league season opened on 9 September 2030. The Eagles lost the final on 2 May."
    assert set(_drafted(season, published="2031-06-01")) == {"2030-09-09", "2031-05-02"}
    voyage = "The ship reached Aktau on 20 December 2030. It had left Astrakhan on 1 December."
    assert set(_drafted(voyage, published="2031-06-01")) == {"2030-12-20", "2030-12-01"}
