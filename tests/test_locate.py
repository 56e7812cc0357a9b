"""Line numbers of keys and tables, as error messages report them."""

from __future__ import annotations

import tomllib

from hypothesis import given
from hypothesis import strategies as st

from kztimeline._locate import MAX_KEY_PARTS, MAX_NESTING, locate
from tests.conftest import EVENTS


def _lines_starting(text: str, prefix: str) -> list[int]:
    return [number for number, line in enumerate(text.splitlines(), 1) if line.startswith(prefix)]


class TestLocate:
    def test_every_event_of_events_toml_is_found_on_its_own_lines(self) -> None:
        """Each ``[[events]]`` table and its ``id`` and ``date`` keys are found where they are."""
        text = EVENTS.read_text(encoding="utf-8")
        found = locate(text)
        headers = _lines_starting(text, "[[events]]")
        ids = _lines_starting(text, "id = ")
        dates = _lines_starting(text, "date = ")
        assert len(headers) == len(ids) == len(dates) == len(tomllib.loads(text)["events"])
        for index, (header, key, day) in enumerate(zip(headers, ids, dates, strict=True)):
            assert found.line_of(("events", index)) == header
            assert found.line_of(("events", index, "id")) == key
            assert found.line_of(("events", index, "date")) == day

    def test_line_ending_backslash_in_a_multi_line_string_still_counts_the_line(self) -> None:
        """A ``\\`` at the end of a line inside ``\"\"\"`` does not hide the newline."""
        text = 'a = """\\\none \\\ntwo"""\nb = 1\n'
        assert locate(text).line_of(("b",)) == 4

    def test_a_nested_array_of_tables_is_in_the_latest_table_of_its_parent(self) -> None:
        """``[[events.changes]]`` belongs to the ``[[events]]`` above it, counted from 0 in each,
        as the TOML parser reads it."""
        text = (
            "[[events]]\nid = 'a'\n[[events.changes]]\nx = 1\n"
            "[[events]]\nid = 'b'\n[[events.changes]]\nx = 2\n[[events.changes]]\ny = 3\n"
        )
        parsed = tomllib.loads(text)
        assert parsed["events"][1]["changes"][1] == {"y": 3}
        lines = locate(text).lines
        assert lines[("events", 0, "changes", 0, "x")] == 4
        assert lines[("events", 1, "changes", 0, "x")] == 8
        assert lines[("events", 1, "changes", 1)] == 9
        assert lines[("events", 1, "changes", 1, "y")] == 10

    def test_missing_key_falls_back_to_its_table(self) -> None:
        """A key that is not in the text is reported at the line of its nearest table."""
        found = locate("[timeline]\ntitle = 'x'\n")
        assert found.line_of(("timeline", "description")) == 1
        assert found.line_of(("nothing",)) is None

    def test_too_deep_nesting_and_too_many_key_parts_are_noticed(self) -> None:
        """Past the limits the locator records the line instead of recursing or looping."""
        deep = "x = 1\nv = " + "[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1) + "\n"
        assert locate(deep).too_deep_line == 2
        dotted = "\n" + ".".join(["k"] * (MAX_KEY_PARTS + 1)) + " = 1\n"
        assert locate(dotted).too_deep_line == 2

    @given(
        st.lists(
            st.tuples(
                st.sampled_from(['"""', "'''", '"', "'"]),
                st.lists(st.text("ab \\", max_size=4), min_size=1, max_size=4),
            ),
            min_size=1,
            max_size=6,
        )
    )
    def test_keys_after_strings_of_every_kind_are_on_the_right_line(
        self, values: list[tuple[str, list[str]]]
    ) -> None:
        """Whatever strings come first, a key is reported on the line it is written on."""
        lines: list[str] = []
        for number, (quote, pieces) in enumerate(values):
            multiline = len(quote) == 3
            literal = quote[0] == "'"
            body_pieces = [
                p.replace("\\", "") if literal else p.replace("\\", "\\\\") for p in pieces
            ]
            if multiline:
                separator = "\n" if literal else "\\\n"
                body = separator.join(body_pieces)
            else:
                body = "".join(body_pieces)
            lines.append(f"k{number} = {quote}{body}{quote}")
        text = "\n".join(lines) + "\n"
        tomllib.loads(text)  # the generated text is valid TOML
        found = locate(text)
        expected = 1
        for number, line in enumerate(lines):
            assert found.line_of((f"k{number}",)) == expected
            expected += line.count("\n") + 1
