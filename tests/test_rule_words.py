"""Repeat rules in plain words: every frequency, interval, day part, end and exception."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from kztimeline.errors import DateError
from kztimeline.rule_words import describe_rule

ALMATY = ZoneInfo("Asia/Almaty")
NEW_YORK = ZoneInfo("America/New_York")

RULES = [
    # rule, start, zone, words
    ("FREQ=YEARLY", date(1970, 7, 20), None, "every year on 20 July from 1970"),
    (
        "FREQ=WEEKLY;COUNT=12",
        datetime(2012, 11, 12, 0, 30, tzinfo=ALMATY),
        "Asia/Almaty",
        "every Monday at 00:30 (Asia/Almaty), 12 times",
    ),
    # FREQ and INTERVAL
    ("FREQ=DAILY", date(2012, 5, 14), None, "every day from 14 May 2012"),
    ("FREQ=DAILY;INTERVAL=3;COUNT=2", date(2012, 5, 14), None, "every 3 days, twice"),
    (
        "FREQ=WEEKLY;INTERVAL=2",
        date(2012, 11, 12),
        None,
        "every other Monday from 12 November 2012",
    ),
    (
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE",
        date(2012, 11, 12),
        None,
        "every 3 weeks on Monday and Wednesday from 12 November 2012",
    ),
    ("FREQ=MONTHLY", date(2012, 11, 15), None, "every month on the 15th from November 2012"),
    (
        "FREQ=MONTHLY;INTERVAL=2",
        date(2012, 11, 1),
        None,
        "every other month on the 1st from November 2012",
    ),
    ("FREQ=YEARLY;INTERVAL=4", date(1972, 2, 29), None, "every 4 years on 29 February from 1972"),
    # BYDAY, plain and with ordinals
    (
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        date(2012, 11, 12),
        None,
        "every weekday from 12 November 2012",
    ),
    (
        "FREQ=DAILY;BYDAY=SA,SU",
        date(2012, 7, 14),
        None,
        "every Saturday and Sunday from 14 July 2012",
    ),
    (
        "FREQ=MONTHLY;BYDAY=-1FR",
        date(2012, 11, 30),
        None,
        "every month on the last Friday from November 2012",
    ),
    (
        "FREQ=MONTHLY;BYDAY=1MO,3MO",
        date(2012, 11, 5),
        None,
        "every month on the first and third Monday from November 2012",
    ),
    (
        "FREQ=MONTHLY;BYDAY=2TU,-2TH",
        date(2012, 11, 13),
        None,
        "every month on the second Tuesday and the second-to-last Thursday from November 2012",
    ),
    (
        "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
        date(2012, 11, 22),
        None,
        "every year on the fourth Thursday in November from 2012",
    ),
    (
        "FREQ=YEARLY;BYDAY=20MO",
        date(2012, 5, 14),
        None,
        "every year on the 20th Monday of the year from 2012",
    ),
    # BYMONTHDAY, positive and negative
    (
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        date(2012, 11, 30),
        None,
        "every month on the last day from November 2012",
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=-3",
        date(2012, 11, 28),
        None,
        "every month on the third-to-last day from November 2012",
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=1,-1",
        date(2012, 11, 30),
        None,
        "every month on the 1st and the last day from November 2012",
    ),
    (
        "FREQ=MONTHLY;BYMONTHDAY=1,15,22",
        date(2012, 11, 1),
        None,
        "every month on the 1st, 15th and 22nd from November 2012",
    ),
    (
        "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
        date(2012, 11, 29),
        None,
        "every month on the 13th when it is a Friday from November 2012",
    ),
    # BYMONTH
    (
        "FREQ=YEARLY;BYMONTH=1,7",
        date(2012, 1, 20),
        None,
        "every year on 20 January and 20 July from 2012",
    ),
    (
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
        date(2012, 2, 29),
        None,
        "every year on the last day of February from 2012",
    ),
    ("FREQ=DAILY;BYMONTH=7", date(2012, 7, 14), None, "every day in July from 14 July 2012"),
    (
        "FREQ=MONTHLY;BYMONTH=1,7",
        date(2012, 1, 15),
        None,
        "every month on the 15th in January and July from January 2012",
    ),
    # Rarer parts
    (
        "FREQ=YEARLY;BYYEARDAY=100",
        date(2012, 4, 9),
        None,
        "every year on the 100th day of the year from 2012",
    ),
    (
        "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
        date(2012, 5, 14),
        None,
        "every year on Monday in week 20 from 2012",
    ),
    (
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        date(2012, 11, 30),
        None,
        "every month on the last weekday from November 2012",
    ),
    (
        "FREQ=DAILY;BYHOUR=9,15",
        datetime(2012, 7, 14, 9, 0, tzinfo=UTC),
        None,
        "every day at 09:00 and 15:00 (UTC) from 14 July 2012",
    ),
    # COUNT and UNTIL
    ("FREQ=YEARLY;COUNT=1", date(2012, 11, 30), None, "every year on 30 November, once"),
    (
        "FREQ=MONTHLY;INTERVAL=3;UNTIL=20151231",
        date(2012, 11, 15),
        None,
        "every 3 months on the 15th until 31 December 2015",
    ),
    (
        "FREQ=WEEKLY;UNTIL=20121231T000000Z",
        datetime(2012, 11, 12, 9, 0, tzinfo=ALMATY),
        "Asia/Almaty",
        "every Monday at 09:00 (Asia/Almaty) until 30 December 2012",
    ),
    (
        "FREQ=YEARLY;UNTIL=19750101T000000Z",
        datetime(1969, 7, 16, 9, 32, tzinfo=NEW_YORK),
        None,
        "every year on 16 July at 09:32 (UTC-04:00) until 31 December 1974",
    ),
]


@pytest.mark.parametrize(
    ("rule", "start", "zone", "words"), RULES, ids=[f"{row[0]}@{row[1]}" for row in RULES]
)
def test_a_rule_reads_as_plain_words(
    rule: str, start: date | datetime, zone: str | None, words: str
) -> None:
    assert describe_rule(rule, start, zone=zone) == words


def test_the_table_covers_every_frequency_and_part() -> None:
    """The table above is the specification: it must name every part the words can say."""
    written = ";".join(row[0] for row in RULES)
    for part in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "INTERVAL=", "COUNT=", "UNTIL="):
        assert part in written
    for part in ("BYDAY=-1", "BYDAY=1", "BYMONTHDAY=-", "BYMONTHDAY=1", "BYMONTH=", "BYSETPOS"):
        assert part in written


@pytest.mark.parametrize(
    ("rule", "start"),
    [
        ("FREQ=DAILY;UNTIL=20121231T000000Z", datetime(2012, 11, 12, 9, 0, tzinfo=ALMATY)),
        ("FREQ=DAILY;UNTIL=20121231T000000Z", datetime(2012, 11, 12, 0, 30, tzinfo=ALMATY)),
        ("FREQ=DAILY;UNTIL=20121231T050000Z", datetime(2012, 12, 1, 23, 0, tzinfo=NEW_YORK)),
        ("FREQ=DAILY;UNTIL=20121231T050000Z", datetime(2012, 12, 1, 0, 0, tzinfo=NEW_YORK)),
    ],
)
def test_until_names_the_day_of_the_last_occurrence_in_the_events_zone(
    rule: str, start: datetime
) -> None:
    """UNTIL is a UTC moment; the words name the local day a daily rule last falls on."""
    last = list(rrulestr(rule, dtstart=start))[-1]
    words = describe_rule(rule, start)
    assert words.endswith(f"until {last.day} {last:%B} {last.year}")


def test_excluded_dates_are_named_after_except() -> None:
    words = describe_rule(
        "FREQ=YEARLY", date(1970, 7, 20), exclusions=[date(1975, 7, 20), date(1971, 7, 20)]
    )
    assert words == "every year on 20 July from 1970, except 20 July 1971 and 20 July 1975"


def test_many_excluded_dates_are_counted_past_the_first_three() -> None:
    exclusions = [datetime(year, 7, 20, 9, 0, tzinfo=UTC) for year in range(1971, 1977)]
    words = describe_rule("FREQ=YEARLY", date(1970, 7, 20), exclusions=exclusions)
    assert words.endswith("except 20 July 1971, 20 July 1972, 20 July 1973 and 3 other dates")


def test_a_timed_start_without_a_zone_name_gives_its_offset() -> None:
    start = datetime(2012, 11, 12, 15, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert describe_rule("FREQ=DAILY;COUNT=3", start) == "every day at 15:00 (UTC+05:30), 3 times"


@pytest.mark.parametrize("rule", ["FREQ=HOURLY", "freq=yearly", "RRULE:FREQ=YEARLY", "COUNT=3"])
def test_a_rule_kztimeline_cannot_expand_is_refused(rule: str) -> None:
    with pytest.raises(DateError):
        describe_rule(rule, date(2012, 1, 1))


def test_added_dates_are_named_after_also_on() -> None:
    words = describe_rule(
        "FREQ=WEEKLY;COUNT=12",
        datetime(2024, 1, 1, 0, 30, tzinfo=ALMATY),
        zone="Asia/Almaty",
        exclusions=[date(2024, 1, 15)],
        additions=[date(2024, 1, 17), datetime(2024, 1, 18, 9, 0)],
    )
    assert words == (
        "every Monday at 00:30 (Asia/Almaty), 12 times, except 15 January 2024, "
        "also on 17 January 2024 and 18 January 2024"
    )
