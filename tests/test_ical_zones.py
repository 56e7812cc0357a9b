"""Time zones in calendar files: the VTIMEZONE written, and the zone kept when reading."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.tz import tzstr

from kztimeline import loads
from kztimeline.export.ics import to_ics
from kztimeline.ical.zones import Transitions, fixed_zone_name, matching_zone, tzid_of, vtimezone


class TestWriting:
    def test_an_iana_zone_keeps_its_name_utc_is_z_an_offset_is_named_by_it(self) -> None:
        assert tzid_of(datetime(2024, 1, 1, tzinfo=ZoneInfo("Asia/Almaty"))) == "Asia/Almaty"
        assert tzid_of(datetime(2024, 1, 1, tzinfo=UTC)) is None
        five = timezone(timedelta(hours=5, minutes=45))
        assert tzid_of(datetime(2024, 1, 1, tzinfo=five)) == fixed_zone_name(five.utcoffset(None))
        assert fixed_zone_name(timedelta(hours=5, minutes=45)) == "UTC+0545"

    def test_almaty_is_described_with_its_change_to_plus_5(self) -> None:
        text = vtimezone("Asia/Almaty", date(2024, 1, 10), date(2024, 6, 1))
        zone = icalendar.Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{text}END:VCALENDAR\r\n")
        (component,) = zone.walk("VTIMEZONE")
        tz = component.to_tz()
        assert datetime(2024, 2, 29, 23, 0, tzinfo=tz).utcoffset() == timedelta(hours=6)
        assert datetime(2024, 3, 1, 1, 0, tzinfo=tz).utcoffset() == timedelta(hours=5)

    def test_a_fixed_offset_zone_has_one_observance_from_1970(self) -> None:
        """Not from year 1: its onset in UTC would fall before year 1 (Debian's xandikos)."""
        text = vtimezone("UTC-0330", date(2024, 1, 1), date(2024, 1, 1))
        assert text.count("BEGIN:STANDARD") == 1
        assert "DTSTART:19700101T000000\r\nTZOFFSETFROM:-0330\r\nTZOFFSETTO:-0330\r\n" in text
        # The onset again as an RDATE: Home Assistant's ical takes none from DTSTART alone.
        assert "RDATE:19700101T000000\r\n" in text
        early = vtimezone(fixed_zone_name(timedelta(hours=6)), date(1, 3, 1), date(1, 3, 1))
        assert "DTSTART:00020101T000000\r\n" in early

    def test_whole_hours_are_the_databases_etc_zones_with_posix_signs(self) -> None:
        assert fixed_zone_name(timedelta(hours=6)) == "Etc/GMT-6"
        assert fixed_zone_name(timedelta(hours=-5)) == "Etc/GMT+5"
        assert fixed_zone_name(timedelta(hours=14)) == "Etc/GMT-14"
        assert fixed_zone_name(timedelta(hours=15)) == "UTC+1500"
        for hours in range(-12, 15):
            name = fixed_zone_name(timedelta(hours=hours))
            moment = datetime(2024, 1, 1, tzinfo=ZoneInfo(name))
            assert moment.utcoffset() == timedelta(hours=hours)

    def test_an_offset_without_an_etc_zone_names_itself_for_sabre(self) -> None:
        """PHP knows GMT+0545 as +05:45; sabre/vobject looks for it in X-LIC-LOCATION."""
        text = vtimezone("UTC+0545", date(2024, 1, 1), date(2024, 1, 1))
        assert "TZID:UTC+0545\r\nX-LIC-LOCATION:GMT+0545\r\n" in text

    @pytest.mark.parametrize(
        ("tzid", "first", "last"),
        [
            ("America/New_York", date(2006, 1, 1), date(2008, 12, 31)),
            ("Europe/Berlin", date(1979, 1, 1), date(1981, 12, 31)),
            ("Europe/Berlin", date(2024, 1, 1), date(2024, 12, 31)),
            ("Asia/Almaty", date(1991, 1, 1), date(2005, 12, 31)),
            ("Asia/Almaty", date(2024, 1, 1), date(2024, 12, 31)),
            ("Australia/Lord_Howe", date(2023, 1, 1), date(2024, 12, 31)),
            ("Pacific/Apia", date(2011, 1, 1), date(2012, 12, 31)),
        ],
    )
    def test_every_onset_is_a_change_of_zoneinfo_in_the_offset_before_it(
        self, tzid: str, first: date, last: date
    ) -> None:
        """RFC 5545 §3.6.5: DTSTART and each RDATE are the wall time in TZOFFSETFROM. Each
        onset, read that way, is an instant where zoneinfo's offset changes from FROM to TO,
        and every change zoneinfo has in the span (looked for every half hour) is one."""
        text = vtimezone(tzid, first, last)
        calendar = icalendar.Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{text}END:VCALENDAR\r\n")
        (component,) = calendar.walk("VTIMEZONE")
        zone = ZoneInfo(tzid)
        onsets = []
        for observance in component.subcomponents:
            before = observance["TZOFFSETFROM"].td
            after = observance["TZOFFSETTO"].td
            walls = [observance["DTSTART"].dt]
            lines = observance.get("RDATE", [])
            for line in lines if isinstance(lines, list) else [lines]:
                assert len(line.dts) == 1  # one value per line, for ical.js
                walls.append(line.dts[0].dt)
            for wall in walls:
                instant = wall.replace(tzinfo=UTC) - before
                onsets.append(instant)
                if before != after:
                    second = timedelta(seconds=1)
                    assert (instant - second).astimezone(zone).utcoffset() == before, wall
                    assert instant.astimezone(zone).utcoffset() == after, wall
        start = datetime(first.year, 1, 1, tzinfo=UTC)
        expected, moment = [], start
        while moment.year <= last.year:
            following = moment + timedelta(minutes=30)
            if moment.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
                expected.append(following)
            moment = following
        changes = sorted({onset for onset in onsets if onset > start + timedelta(days=1)})
        assert changes == expected
        assert expected

    def test_a_span_from_year_1_starts_in_year_2_and_keeps_the_first_change(self) -> None:
        """Berlin's local mean time (+00:53:28) until 1893; no onset before year 2, whose UTC
        would fall before year 1."""
        text = vtimezone("Europe/Berlin", date(1, 6, 1), date(1900, 1, 1))
        assert text.startswith(
            "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\n"
            "DTSTART:00020101T000000\r\nTZOFFSETFROM:+005328\r\nTZOFFSETTO:+005328\r\n"
        )
        assert "DTSTART:18930401T000000\r\nTZOFFSETFROM:+005328\r\nTZOFFSETTO:+0100\r\n" in text

    def test_the_same_span_gives_the_same_bytes(self) -> None:
        first = vtimezone("Europe/Berlin", date(2020, 5, 1), date(2024, 2, 1))
        assert first == vtimezone("Europe/Berlin", date(2020, 1, 1), date(2024, 12, 31))

    @pytest.mark.parametrize("rule", ["FREQ=YEARLY", "FREQ=MONTHLY;INTERVAL=6", "FREQ=WEEKLY"])
    def test_a_rule_with_no_end_gets_its_zone_for_twenty_years(self, rule: str) -> None:
        """However few occurrences a year it has: a yearly rule from 2014 once got its zone
        described to year 9999, some 16,000 onsets, and took seconds to write."""
        event = (
            'id = "vespers"\ntitle = "Vespers"\nsources = ["s"]\n'
            f'date = 2014-08-01T19:00:00\ntimezone = "America/Los_Angeles"\nrepeat = "{rule}"\n'
        )
        text = to_ics(
            loads(f'[timeline]\ntitle = "T"\n[sources.s]\ntitle = "S"\n[[events]]\n{event}')
        )
        onsets = [int(year) for year in re.findall(r"^RDATE:(\d{4})", text, re.MULTILINE)]
        assert min(onsets) == 2014
        assert 2037 <= max(onsets) <= 2040
        assert text.count("\r\nBEGIN:VTIMEZONE\r\n") == 1


class TestReading:
    def test_a_custom_zone_with_clock_changes_becomes_an_iana_zone_that_agrees(self) -> None:
        custom = tzstr("CET-1CEST,M3.5.0,M10.5.0/3")
        moments = [datetime(2024, month, 15, 10, tzinfo=custom) for month in range(1, 13)]
        found = matching_zone(custom, "Customized Time Zone", moments)
        assert found is not None
        for moment in moments:
            assert moment.astimezone(found).utcoffset() == moment.utcoffset()

    def test_the_named_zone_wins_when_it_agrees(self) -> None:
        custom = tzstr("CET-1CEST,M3.5.0,M10.5.0/3")
        moments = [datetime(2024, 7, 1, tzinfo=custom)]
        assert matching_zone(custom, "W. Europe Standard Time", moments) == ZoneInfo(
            "Europe/Berlin"
        )

    def test_a_zone_that_never_changes_is_its_offset(self) -> None:
        custom = tzstr("XXX-6")
        found = matching_zone(custom, "Astana Time", [datetime(2024, 1, 1, tzinfo=custom)])
        assert found == timezone(timedelta(hours=6))


class TestTransitions:
    def test_the_list_of_changes_gives_the_offsets_of_the_zone_itself(self) -> None:
        """Outlook's rule-based custom zone: the bisected list agrees with icalendar's own zone
        on every day of 2024, the days of the clock changes included."""
        from tests.test_ical_reader import OUTLOOK_ZONE

        calendar = icalendar.Calendar.from_ical(
            f"BEGIN:VCALENDAR\r\n{OUTLOOK_ZONE}END:VCALENDAR\r\n"
        )
        (component,) = calendar.walk("VTIMEZONE")
        offsets = Transitions.of(component)
        assert offsets is not None
        zone = component.to_tz()
        moment = datetime(2024, 1, 1, 0, 30, tzinfo=UTC)
        while moment.year == 2024:
            assert offsets(moment) == moment.astimezone(zone).utcoffset(), moment
            moment += timedelta(hours=7)
