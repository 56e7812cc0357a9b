"""What a draft asks its reader to check: completed dates, plans, dates left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from kztimeline.cli import main
from kztimeline.draft import compose, draft, to_toml
from kztimeline.draft.article import read_article
from kztimeline.load import loads

ORBIT = """\
Probe lands on comet

The probe entered orbit on August 6, 2014, and its lander touched down on November 12.

The agency will launch a second mission in March 2019.
"""


@pytest.fixture(scope="module")
def orbit_toml() -> str:
    return to_toml(compose([read_article(ORBIT, source_id="probe", published="2016-01-10")]))


class TestNotes:
    def test_a_day_without_a_year_takes_the_year_of_the_day_before_it(
        self, orbit_toml: str
    ) -> None:
        """Not the publication year: the text has just named 2014."""
        assert {event.date.text for event in loads(orbit_toml)} == {
            "2014-08-06",
            "2014-11-12",
            "2019-03",
        }
        assert "# year from 2014-08-06, the date named before it\n[[events]]" in orbit_toml

    def test_a_plan_is_tentative_and_says_so(self, orbit_toml: str) -> None:
        (planned,) = [event for event in loads(orbit_toml) if event.date.text == "2019-03"]
        assert planned.status == "tentative"
        assert '# planned\n[[events]]\nid = "agency-will-launch-second-mission-2019"' in orbit_toml

    def test_a_date_written_in_full_has_no_note(self, orbit_toml: str) -> None:
        block = orbit_toml.split("\n\n")[-3]  # the orbit's own event
        assert "date = 2014-08-06" in block
        assert [
            line for line in block.splitlines() if line.startswith("# ") and '"' not in line
        ] == []

    def test_the_command_says_on_standard_error_what_needs_a_look(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        article = tmp_path / "probe.txt"
        article.write_text(ORBIT + "\nOfficials met on Friday.\n", encoding="utf-8")
        assert main(["draft", str(article)]) == 0
        err = capsys.readouterr().err.splitlines()
        assert err == [
            "2 of 3 drafted events need a look: 1 planned, not yet past; "
            "1 year from a date named before.",
            "1 date expression left out, with nothing to count from (a publication date, "
            "--published, or a date named before):",
            '  probe, line 7: "on Friday"',
        ]

    def test_a_draft_with_nothing_to_check_says_nothing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        article = tmp_path / "a.txt"
        article.write_text("The council met on 3 May 2010 in Astana.\n", encoding="utf-8")
        assert main(["draft", str(article)]) == 0
        assert capsys.readouterr().err == ""


def test_one_fact_stated_many_times_is_one_event_citing_each_sentence() -> None:
    """Facts meet through an index by date and word; a repeated one merges into one event."""
    sentence = "The parliament adopted the new budget law on 12 March 2015. "
    drafted = compose([read_article(sentence * 200, source_id="a", published="2015-03-20")])
    (event,) = drafted.timeline
    assert event.date.text == "2015-03-12"
    assert len(drafted.citations[event.id]) == 200


def test_two_facts_of_one_date_stay_two_events() -> None:
    text = (
        "The parliament adopted the budget law on 12 March 2015. "
        "A storm flooded the northern villages on 12 March 2015. "
        "The parliament adopted the budget law on 12 March 2015, the speaker said."
    )
    events = draft(text, published="2015-03-20")
    assert [event.title for event in events] == [
        "The parliament adopted the budget law",
        "A storm flooded the northern villages",
    ]


def test_a_decision_of_the_record_s_day_and_the_month_s_end_are_counted_by_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = tmp_path / "record.txt"
    record.write_text(
        "Mazhilis\nVerbatim record of the sitting, Wednesday, 11 October 2023\n\n"
        "Chair: The bill is adopted. The Senate will vote before the end of the month.\n",
        encoding="utf-8",
    )
    assert main(["draft", str(record)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "2 of 2 drafted events need a look: 1 a decision in the present, dated by the text; "
        "1 month of the publication date; 1 planned, not yet past."
    ]
