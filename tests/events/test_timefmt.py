"""Dates and times in US Eastern time, on both sides of daylight saving time."""

import datetime

import pytest

from events.timefmt import format_event_when, format_time_range

UTC = datetime.UTC


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def test_winter_time_is_est():
    # 19:00 UTC is 2:00 p.m. EST (UTC-5) in January.
    assert (
        format_event_when(utc(2019, 1, 16, 19, 0), utc(2019, 1, 16, 20, 30))
        == "Wednesday, January 16, 2019, 2:00–3:30 p.m. ET"
    )


def test_summer_time_is_edt():
    # 18:00 UTC is 2:00 p.m. EDT (UTC-4) in July.
    assert (
        format_event_when(utc(2019, 7, 17, 18, 0), utc(2019, 7, 17, 19, 30))
        == "Wednesday, July 17, 2019, 2:00–3:30 p.m. ET"
    )


def test_same_utc_hour_differs_across_the_dst_change():
    # 2019-03-10 is the spring-forward day in the U.S.
    before = format_event_when(utc(2019, 3, 9, 19, 0))
    after = format_event_when(utc(2019, 3, 11, 19, 0))
    assert before == "Saturday, March 9, 2019, 2:00 p.m. ET"
    assert after == "Monday, March 11, 2019, 3:00 p.m. ET"


def test_morning_to_afternoon_keeps_both_meridiems():
    assert (
        format_event_when(utc(2019, 1, 16, 16, 0), utc(2019, 1, 16, 18, 0))
        == "Wednesday, January 16, 2019, 11:00 a.m.–1:00 p.m. ET"
    )


def test_across_midnight_names_both_days():
    # 11 p.m. EDT on May 31 to 1 a.m. on June 1.
    assert format_event_when(utc(2019, 6, 1, 3, 0), utc(2019, 6, 1, 5, 0)) == (
        "Friday, May 31, 2019, 11:00 p.m. – Saturday, June 1, 2019, 1:00 a.m. ET"
    )


def test_ending_at_midnight_stays_on_one_day():
    assert (
        format_event_when(utc(2019, 1, 17, 3, 0), utc(2019, 1, 17, 5, 0))
        == "Wednesday, January 16, 2019, 10:00 p.m.–12:00 a.m. ET"
    )


def test_utc_date_differs_from_eastern_date():
    # 02:00 UTC on January 17 is still the evening of January 16 in Eastern time.
    assert format_event_when(utc(2019, 1, 17, 2, 0)).startswith("Wednesday, January 16, 2019")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ((2018, 3, 29), (2018, 3, 29), "Thursday, March 29, 2018"),
        ((2018, 3, 5), (2018, 3, 7), "March 5–7, 2018"),
        ((2018, 2, 27), (2018, 3, 2), "February 27 – March 2, 2018"),
        ((2018, 12, 30), (2019, 1, 2), "December 30, 2018 – January 2, 2019"),
    ],
)
def test_all_day_ranges(start, end, expected):
    from .conftest import et

    assert format_event_when(et(*start), et(*end), all_day=True) == expected


def test_all_day_without_end_is_one_day():
    from .conftest import et

    assert format_event_when(et(2018, 3, 29), None, all_day=True) == "Thursday, March 29, 2018"


def test_session_time_ranges():
    assert format_time_range(datetime.time(9, 0), datetime.time(10, 30)) == "9:00–10:30 a.m."
    assert format_time_range(datetime.time(12, 0), datetime.time(13, 0)) == "12:00–1:00 p.m."
    assert format_time_range(datetime.time(9, 0), None) == "9:00 a.m."
