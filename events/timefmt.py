"""Event dates and times in US Eastern time, written the way people in the U.S. read them.

Everything is computed with `zoneinfo`, so an instant is shown with the offset in force on that
day (EST in winter, EDT in summer) and the label is always plain "ET".

    Wednesday, January 16, 2019, 2:00–3:30 p.m. ET      (timed, one day)
    Wednesday, January 16, 2019, 11:00 a.m.–1:00 p.m. ET
    Friday, May 31, 2019, 11:00 p.m. – Saturday, June 1, 2019, 1:00 a.m. ET   (across midnight)
    Thursday, March 29, 2018                              (all day)
    March 5–7, 2018 / February 27 – March 2, 2018 / December 30, 2018 – January 2, 2019
"""

import datetime
from zoneinfo import ZoneInfo

EASTERN = ZoneInfo("America/New_York")
EN_DASH = "\u2013"


def to_eastern(value):
    """An aware datetime in US Eastern time (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value.astimezone(EASTERN)


def eastern_midnight(day):
    """The instant a calendar day starts in US Eastern time."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=EASTERN)


def format_time(value, *, meridiem=True):
    """'2:00 p.m.' (or '2:00' without the meridiem) from a datetime or time."""
    hour = value.hour % 12 or 12
    text = f"{hour}:{value.minute:02d}"
    if meridiem:
        text += " a.m." if value.hour < 12 else " p.m."
    return text


def format_time_range(start, end):
    """'2:00–3:30 p.m.' or '11:00 a.m.–1:00 p.m.' for two times on the same day."""
    if end is None or (start.hour, start.minute) == (end.hour, end.minute):
        return format_time(start)
    same_half = (start.hour < 12) == (end.hour < 12)
    return f"{format_time(start, meridiem=not same_half)}{EN_DASH}{format_time(end)}"


def format_day(day, *, weekday=True):
    """'Wednesday, January 16, 2019' (or without the weekday)."""
    text = f"{day:%B} {day.day}, {day.year}"
    return f"{day:%A}, {text}" if weekday else text


def format_date_range(first, last):
    """An inclusive range of days, as short as it can be without being ambiguous."""
    if last is None or last <= first:
        return format_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B} {first.day}{EN_DASH}{last.day}, {first.year}"
    if first.year == last.year:
        return f"{first:%B} {first.day} {EN_DASH} {last:%B} {last.day}, {first.year}"
    return f"{format_day(first, weekday=False)} {EN_DASH} {format_day(last, weekday=False)}"


def event_days(start, end, all_day):
    """The first and last US Eastern calendar days an event touches (inclusive)."""
    start_et = to_eastern(start)
    end_et = to_eastern(end) if end else start_et
    first, last = start_et.date(), end_et.date()
    if not all_day and end_et > start_et and end_et.time() == datetime.time.min:
        # A meeting that ends at midnight does not take place on the next day.
        last -= datetime.timedelta(days=1)
    return first, max(first, last)


def format_event_when(start, end=None, all_day=False):
    """When an event happens, in US Eastern time, for people to read."""
    if start is None:
        return ""
    if all_day:
        return format_date_range(*event_days(start, end, all_day=True))
    start_et = to_eastern(start)
    end_et = to_eastern(end) if end else None
    if end_et is None or end_et <= start_et:
        return f"{format_day(start_et)}, {format_time(start_et)} ET"
    first, last = event_days(start, end, all_day=False)
    if first == last:
        return f"{format_day(start_et)}, {format_time_range(start_et, end_et)} ET"
    return (
        f"{format_day(start_et)}, {format_time(start_et)} {EN_DASH} "
        f"{format_day(end_et.date())}, {format_time(end_et)} ET"
    )
