"""Loading events.toml: every mistake a hand-edited file allows gets one exact line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

import kztimeline
from kztimeline import TimelineFileError
from kztimeline.cli import main

HEADER = '[timeline]\ntitle = "T"\n\n[sources.a]\ntitle = "A"\n\n[people.p]\nname = "P"\n\n'
EVENT = '[[events]]\nid = "e"\ntitle = "x"\nsources = ["a"]\n'

# (case, the text after HEADER, the message after "<path>:")
CASES = [
    (
        "syntax",
        EVENT + "date = 2012-11-14\ntitle2 = ",
        "15: event 'e': invalid TOML: invalid value at column 10; "
        'title2 has no value; write one, as title2 = "…", or remove the line',
    ),
    (
        "unknown key",
        EVENT + 'date = 2012-11-14\ntitel = "y"',
        "15: event 'e': titel: unknown key; did you mean 'title'?",
    ),
    (
        "missing key",
        '[[events]]\nid = "e"\ntitle = "x"\nsources = ["a"]',
        "10: event 'e': date: required key is missing; add it",
    ),
    (
        "duplicate id",
        EVENT + "date = 2012-11-14\n" + EVENT + "date = 2012-11-15",
        "16: event 'e': id: duplicate id; the event at line 11 has it already; "
        "give each event its own id",
    ),
    (
        "unknown source",
        '[[events]]\nid = "e"\ntitle = "x"\ndate = 2012-11-14\nsources = ["b"]',
        "14: event 'e': sources: unknown source 'b'; add a [sources.b] table",
    ),
    (
        "unknown person",
        EVENT + 'date = 2012-11-14\npeople = ["q"]',
        "15: event 'e': people: unknown person 'q'; add a [people.q] table",
    ),
    (
        "blank title",
        '[[events]]\nid = "e"\ntitle = "  "\ndate = 2012-11-14\nsources = ["a"]',
        "12: event 'e': title: must not be blank",
    ),
    (
        "multi-line title",
        '[[events]]\nid = "e"\ntitle = "a\\nb"\ndate = 2012-11-14\nsources = ["a"]',
        "12: event 'e': title: must be one line; move the rest into description",
    ),
    (
        "end before start",
        EVENT + 'date = "2012-11-16/2012-11-14"',
        "14: event 'e': date: end 2012-11-14 is before start 2012-11-16; "
        'if the sides are swapped, write "2012-11-14/2012-11-16"',
    ),
    (
        "impossible day",
        EVENT + 'date = "2012-02-30"',
        "14: event 'e': date: day 30 in '2012-02-30' does not exist; February 2012 has 29 days",
    ),
    (
        "impossible month",
        EVENT + 'date = "2012-13"',
        "14: event 'e': date: month 13 in '2012-13' does not exist; use 01 to 12",
    ),
    (
        "naive date-time",
        EVENT + "date = 2012-11-14T10:00:00",
        "14: event 'e': date: 2012-11-14T10:00:00 has no time zone; add an offset such as "
        "2012-11-14T10:00:00+05:00, or a timezone key",
    ),
    (
        "unknown time zone",
        EVENT + 'date = 2012-11-14T10:00:00\ntimezone = "Asia/Nowhere"',
        "15: event 'e': timezone: unknown time zone 'Asia/Nowhere'; "
        "use an IANA name such as 'Asia/Almaty'",
    ),
    (
        "invalid rrule",
        EVENT + 'date = 2012-11-14\nrepeat = "FREQ=SOMETIMES"',
        "15: event 'e': repeat: invalid RRULE 'FREQ=SOMETIMES': FREQ=SOMETIMES is not supported; "
        "use one of YEARLY, MONTHLY, WEEKLY, DAILY",
    ),
    (
        "year 0",
        EVENT + 'date = "0000"',
        "14: event 'e': date: year 0000 in '0000' is outside 1–9999",
    ),
    (
        "NUL",
        EVENT + 'date = 2012-11-14\ndescription = "a\\u0000b"',
        "15: event 'e': description: contains a control character (U+0000); remove it",
    ),
    (
        "ESC",
        EVENT + 'date = 2012-11-14\ndescription = "a\\u001bb"',
        "15: event 'e': description: contains a control character (U+001B); remove it",
    ),
    (
        "bidi override",
        EVENT + 'date = 2012-11-14\ndescription = "a\\u202Eb"',
        "15: event 'e': description: contains a bidirectional control (U+202E); remove it",
    ),
    (
        "nesting 5,000 deep",
        "x = " + "[" * 5000 + "]" * 5000,
        "10: arrays or tables are nested too deeply (over 100 levels); flatten them",
    ),
]


@pytest.mark.parametrize(
    ("body", "message"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
class TestErrors:
    def test_load_raises_one_line_naming_file_line_event_and_field(
        self, tmp_path: Path, body: str, message: str
    ) -> None:
        path = tmp_path / "events.toml"
        path.write_text(HEADER + body + "\n", encoding="utf-8")
        with pytest.raises(TimelineFileError) as caught:
            kztimeline.load(path)
        assert str(caught.value) == f"{path}:{message}"
        assert caught.value.line == int(message.split(":", 1)[0])

    def test_cli_prints_the_line_alone_and_exits_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, message: str
    ) -> None:
        path = tmp_path / "events.toml"
        path.write_text(HEADER + body + "\n", encoding="utf-8")
        assert main(["validate", str(path)]) == 2
        captured = capsys.readouterr()
        assert captured.err == f"{path}:{message}\n"
        assert captured.out == ""


class TestFileErrors:
    def test_the_error_carries_the_event_and_field(self, tmp_path: Path) -> None:
        path = tmp_path / "events.toml"
        path.write_text(HEADER + EVENT + 'date = "2012-11-16/2012-11-14"\n', encoding="utf-8")
        with pytest.raises(TimelineFileError) as caught:
            kztimeline.load(path)
        assert (caught.value.path, caught.value.line) == (path, 14)
        assert (caught.value.event_id, caught.value.field) == ("e", "date")

    @pytest.mark.parametrize(
        ("make", "message"),
        [
            (
                lambda p: p.write_bytes(b'[timeline]\ntitle = "\xff"\n'),
                ":2: is not UTF-8 (byte 0xff); save the file as UTF-8",
            ),
            (lambda p: None, ": no such file; check the path"),
            (lambda p: p.mkdir(), ": is a folder; give the path of a .toml file"),
        ],
        ids=["not UTF-8", "missing file", "folder"],
    )
    def test_unreadable_files_are_one_line_and_exit_2(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, message: str
    ) -> None:
        path = tmp_path / "events.toml"
        make(path)  # type: ignore[operator]
        with pytest.raises(TimelineFileError):
            kztimeline.load(path)
        assert main(["validate", str(path)]) == 2
        assert capsys.readouterr().err == f"{path}{message}\n"

    def test_a_message_is_one_line_whatever_the_input_holds(self, tmp_path: Path) -> None:
        """A key with a newline and a right-to-left override is shown escaped."""
        path = tmp_path / "events.toml"
        path.write_text(HEADER + EVENT + 'date = 2012-11-14\n"a\\nb\\u202e" = 1\n')
        with pytest.raises(TimelineFileError) as caught:
            kztimeline.load(path)
        assert str(caught.value) == f"{path}:15: event 'e': a\\nb\\u202e: unknown key; " + (
            "known keys: id, title, timezone, date, end, sources, kind, place, description, "
            "people, organizations, tags, url, repeat, except_on, also_on, changes, status, "
            "highlight"
        )

    def test_a_file_over_the_size_limit_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "events.toml"
        path.write_text(HEADER, encoding="utf-8")
        with pytest.raises(TimelineFileError, match="limit"):
            kztimeline.load(path, max_bytes=10)


class TestBundled:
    def test_load_with_no_path_gives_the_bundled_timeline(self) -> None:
        timeline = kztimeline.load()
        assert len(timeline) == 14
        assert timeline["hrc-election-2012"].first_day.isoformat() == "2012-11-12"


SHUFFLED = HEADER + "".join(
    f'[[events]]\nid = "e{number}"\ntitle = "x"\nsources = ["a"]\ndate = {written}\n\n'
    for number, written in enumerate(
        ["2012-11-14", '"2010"', "2012-11-14", '"2011-05/2011-06"', "2012-11-14T10:00:00Z"]
    )
)


class TestHowEventsAreMade:
    def test_tables_are_validated_in_the_order_of_their_dates(self) -> None:
        """So that events near in time are made one after the other, near in memory."""
        import importlib

        import tomli

        load_module = importlib.import_module("kztimeline.load")  # the module, not the function
        document, made = load_module._validate(tomli.loads(SHUFFLED))
        assert [event.id for event in made] == ["e1", "e3", "e0", "e2", "e4"]
        assert [event.id for event in document.events] == ["e0", "e1", "e2", "e3", "e4"]

    def test_dates_written_alike_share_one_event_date(self) -> None:
        timeline = kztimeline.loads(SHUFFLED)
        assert timeline["e0"].date is timeline["e2"].date
        assert timeline["e0"].date is not timeline["e4"].date

    def test_repeated_values_are_one_string_each(self) -> None:
        """A place, a time zone or a source id repeated in every event is stored once."""
        text = HEADER + "".join(
            f'[[events]]\nid = "e{number}"\ntitle = "x"\nsources = ["a"]\nplace = "Almaty"\n'
            f'date = 2012-11-1{number}T10:00:00\ntimezone = "Asia/Almaty"\n\n'
            for number in (1, 2)
        )
        first, second = kztimeline.loads(text)
        assert (first.place, first.timezone, first.sources) == ("Almaty", "Asia/Almaty", ("a",))
        assert first.place is second.place
        assert first.timezone is second.timezone
        assert first.sources[0] is second.sources[0]

    def test_a_local_date_time_is_not_shared_across_time_zones(self) -> None:
        """The same written date-time means another moment with another timezone key."""
        text = HEADER + "".join(
            f'[[events]]\nid = "e{zone[:2].lower()}"\ntitle = "x"\nsources = ["a"]\n'
            f'date = 2012-11-14T10:00:00\ntimezone = "{zone}"\n\n'
            for zone in ("Asia/Almaty", "Europe/Vienna")
        )
        timeline = kztimeline.loads(text)
        assert timeline["eas"].date.time != timeline["eeu"].date.time


class TestCollector:
    def test_a_load_leaves_the_collector_as_it_found_it(self) -> None:
        """The cyclic collector is paused during a load, and enabled again, or left off."""
        import gc

        kztimeline.loads(SHUFFLED)
        assert gc.isenabled()
        gc.disable()
        try:
            kztimeline.loads(SHUFFLED)
            assert not gc.isenabled()
        finally:
            gc.enable()

    def test_an_error_still_enables_the_collector(self) -> None:
        import gc

        with pytest.raises(TimelineFileError):
            kztimeline.loads(HEADER + "x = ")
        assert gc.isenabled()


def _dated(number: int, more: str = "") -> str:
    return (
        f'[[events]]\nid = "e{number}"\ntitle = "x"\nsources = ["a"]\n'
        f"date = 2012-11-1{number}\n{more}\n"
    )


# Files whose cuts before "[[events]]" lines could read otherwise than the whole file does.
PIECEWISE = {
    "plain": HEADER + _dated(1) + _dated(2) + _dated(3),
    "header last": _dated(1) + _dated(2) + HEADER,
    "no events": HEADER,
    "crlf line ends": (HEADER + _dated(1) + _dated(2)).replace("\n", "\r\n"),
    "a byte-order mark": "\ufeff" + HEADER + _dated(1) + _dated(2),
    "an events line in a string": HEADER
    + _dated(1, 'description = """\nbefore\n[[events]]\nid = "not-an-event"\n"""')
    + _dated(2),
    "changes under an event": HEADER
    + _dated(1, 'repeat = "FREQ=YEARLY;COUNT=3"\n[[events.changes]]\noccurrence = 2013-11-11')
    + _dated(2),
    "a table after the events": HEADER.replace('[people.p]\nname = "P"\n', "")
    + _dated(1)
    + _dated(2)
    + '[people.p]\nname = "P"\n',
    "a table written twice": HEADER + _dated(1) + _dated(2) + '[sources.a]\ntitle = "B"\n',
    "a static events array first": (
        'events = [{id = "s", title = "x", sources = ["a"], date = 2012-01-01}]\n'
        + HEADER
        + _dated(1)
    ),
    "a bad event, then bad syntax": HEADER + _dated(1, "bogus = 1") + _dated(2, "x = = 1"),
}


class TestReadInPieces:
    """A large file is parsed a piece at a time, cut before "[[events]]" lines; whatever
    the cuts, it reads as the whole file does."""

    @pytest.mark.parametrize("case", PIECEWISE)
    def test_a_file_cut_before_every_event_reads_as_the_whole(
        self, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import importlib

        load_module = importlib.import_module("kztimeline.load")  # the module, not the function
        path = tmp_path / "events.toml"
        path.write_bytes(PIECEWISE[case].encode())

        def outcome() -> list[dict[str, object]] | str:
            try:
                return [event.record() for event in kztimeline.load(path)]
            except TimelineFileError as err:
                return str(err)

        with monkeypatch.context() as patched:
            patched.setattr(load_module, "_validate_in_pieces", lambda written: None)
            whole = outcome()  # the file parsed whole, as it is when the pieces differ
        assert outcome() == whole  # a header piece, then one of all the events
        monkeypatch.setattr(load_module, "_PIECE_SIZE", 1)
        assert outcome() == whole  # one piece per event
        if case == "an events line in a string":
            assert isinstance(whole, list)
            assert [record["id"] for record in whole] == ["e1", "e2"]
            assert "[[events]]" in str(whole[0]["description"])

    def test_each_piece_after_the_first_starts_at_an_events_line(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import importlib

        load_module = importlib.import_module("kztimeline.load")
        text = PIECEWISE["plain"]
        monkeypatch.setattr(load_module, "_PIECE_SIZE", 1)
        pieces = list(load_module._pieces(text, "\n[[events]]"))
        assert "".join(pieces) == text
        assert pieces[0] == HEADER
        assert pieces[1:] == [_dated(1), _dated(2), _dated(3)]
        monkeypatch.setattr(load_module, "_PIECE_SIZE", len(_dated(1)) + 1)
        assert list(load_module._pieces(text, "\n[[events]]"))[1:] == [
            _dated(1) + _dated(2),
            _dated(3),
        ]

    @pytest.mark.parametrize(
        "case",
        [
            "plain",
            "header last",
            "crlf line ends",
            "a byte-order mark",
            "changes under an event",
            "a table after the events",
        ],
    )
    def test_a_valid_file_is_never_parsed_whole(
        self, case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Parsed whole, a large file would hold all its tables and all its events at once."""
        import importlib

        load_module = importlib.import_module("kztimeline.load")
        path = tmp_path / "events.toml"
        path.write_bytes(PIECEWISE[case].encode())
        monkeypatch.setattr(load_module, "_PIECE_SIZE", 1)
        monkeypatch.setattr(load_module, "_parsed", None)  # a call would fail
        ids = [event.id for event in kztimeline.load(path)]
        assert ids[:2] == ["e1", "e2"]
        assert [event.id for event in kztimeline.loads(PIECEWISE[case])] == ids
