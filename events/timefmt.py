"""Event dates and times in US Eastern time, written the way people in the U.S. read them, in
the active language (month and weekday names and date order from pages/formats, the rest
through the translation catalogue).

Everything is computed with `zoneinfo`, so an instant is shown with the offset in force on that
day (EST in winter, EDT in summer) and the label is always plain "ET".

    Wednesday, January 16, 2019, 2:00–3:30 p.m. ET      (timed, one day)
    Wednesday, January 16, 2019, 11:00 a.m.–1:00 p.m. ET
    Friday, May 31, 2019, 11:00 p.m. – Saturday, June 1, 2019, 1:00 a.m. ET   (across midnight)
    Thursday, March 29, 2018                              (all day)
    March 5–7, 2018 / February 27 – March 2, 2018 / December 30, 2018 – January 2, 2019

In Spanish: "miércoles, 16 de enero de 2019, 2:00–3:30 p. m. ET", "5–7 de marzo de 2018".
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import dateformat
from django.utils.translation import gettext, pgettext

from pages.formats import date_format

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
    """'2:00 p.m.' (or '2:00' without the meridiem) from a datetime or time; Spanish for the
    U.S. writes the 12-hour clock too: '2:00 p. m.'."""
    hour = value.hour % 12 or 12
    text = f"{hour}:{value.minute:02d}"
    if meridiem:
        # A context of our own, so Django's catalogue (its "a" date format) is not involved.
        if value.hour < 12:
            text += " " + pgettext("time of day", "a.m.")
        else:
            text += " " + pgettext("time of day", "p.m.")
    return text


def format_time_range(start, end):
    """'2:00–3:30 p.m.' or '11:00 a.m.–1:00 p.m.' for two times on the same day."""
    if end is None or (start.hour, start.minute) == (end.hour, end.minute):
        return format_time(start)
    same_half = (start.hour < 12) == (end.hour < 12)
    return f"{format_time(start, meridiem=not same_half)}{EN_DASH}{format_time(end)}"


def format_day(day, *, weekday=True):
    """'Wednesday, January 16, 2019' (or without the weekday)."""
    if isinstance(day, datetime.datetime):
        day = day.date()
    return date_format(day, "WEEKDAY_DATE_FORMAT" if weekday else "DATE_FORMAT")


def format_date_range(first, last):
    """An inclusive range of days, as short as it can be without being ambiguous."""
    if last is None or last <= first:
        return format_day(first)
    if (first.year, first.month) == (last.year, last.month):
        # Translators: days of one month, e.g. "March 5–7, 2018"; "–" is an en dash.
        return gettext("%(month)s %(first)s–%(last)s, %(year)s") % {
            "month": dateformat.format(first, "F"),
            "first": first.day,
            "last": last.day,
            "year": first.year,
        }
    if first.year == last.year:
        # Translators: days of one year, e.g. "February 27 – March 2, 2018" (the days are
        # written with MONTH_DAY_FORMAT).
        return gettext("%(first)s – %(last)s, %(year)s") % {
            "first": date_format(first, "MONTH_DAY_FORMAT"),
            "last": date_format(last, "MONTH_DAY_FORMAT"),
            "year": first.year,
        }
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
