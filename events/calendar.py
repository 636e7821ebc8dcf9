"""A month of events laid out as weeks (Sunday first, as U.S. calendars are), for the month
calendar table. An event over several days is placed in every day it touches."""

import calendar
import datetime
from dataclasses import dataclass, field

from pages.formats import date_format

#: Months outside these years are 404s: nobody plans a webinar in the year 9999.
MIN_YEAR = 1990
MAX_YEAR = 2100


@dataclass
class Day:
    date: datetime.date | None
    is_today: bool = False
    events: list = field(default_factory=list)


class MonthCalendar:
    def __init__(self, year, month, *, today):
        self.year, self.month, self.today = year, month, today
        self.first_day = datetime.date(year, month, 1)
        self.last_day = datetime.date(year, month, calendar.monthrange(year, month)[1])
        self.days = {}
        self.events = []
        self.weeks = []
        for week in calendar.Calendar(firstweekday=calendar.SUNDAY).monthdatescalendar(year, month):
            row = []
            for date in week:
                if date.month != month:
                    row.append(Day(None))
                    continue
                day = Day(date, is_today=date == today)
                self.days[date] = day
                row.append(day)
            self.weeks.append(row)

    @property
    def title(self):
        """'January 2019' / 'enero de 2019', in the active language."""
        return date_format(self.first_day, "YEAR_MONTH_FORMAT")

    @property
    def weekday_names(self):
        # 2017-01-01 was a Sunday.
        return [datetime.date(2017, 1, day) for day in range(1, 8)]

    @property
    def previous(self):
        day = self.first_day - datetime.timedelta(days=1)
        return day.replace(day=1) if day.year >= MIN_YEAR else None

    @property
    def next(self):
        day = self.last_day + datetime.timedelta(days=1)
        return day if day.year <= MAX_YEAR else None

    @property
    def contains_today(self):
        return self.first_day <= self.today <= self.last_day

    def place(self, events):
        """Put each event (anything with `.days` = first and last day) in its days."""
        self.events = list(events)
        for event in self.events:
            first, last = event.days
            day = max(first, self.first_day)
            while day <= min(last, self.last_day):
                self.days[day].events.append(event)
                day += datetime.timedelta(days=1)
        return self
