"""The finish of titles on the faults a reader sees: a purpose clause cut after "whether",
a word that needs another at the end, a comma left before a bracket, and two lines of a
timeline read as one sentence."""

from __future__ import annotations

import pytest

from kztimeline.draft import draft
from kztimeline.draft.trim import clean


@pytest.mark.parametrize(
    ("title", "finished"),
    [
        ("The board met in Room 4 to consider whether", "The board met in Room 4"),
        ("The tower was restored only", "The tower was restored"),
        ("Reopened, (after a flood)", "Reopened (after a flood)"),
    ],
)
def test_a_title_ends_on_a_whole_phrase(title: str, finished: str) -> None:
    assert clean(title) == finished


def test_each_line_of_a_timeline_is_its_own_fact() -> None:
    text = (
        "Chronology of the Irtysh ferry\n\n"
        "12 May 1958 - The first ferry crosses at Pavlodar.\n"
        "c. 1975 - a second landing is built downstream.\n"
        "1999 - The crossing is closed."
    )
    titles = {event.date.text: event.title for event in draft(text)}
    assert titles == {
        "1958-05-12": "The first ferry crosses at Pavlodar",
        "1975~": "A second landing is built downstream",
        "1999": "The crossing is closed",
    }
