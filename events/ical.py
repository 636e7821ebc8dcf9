"""iCalendar (.ics) output with the `icalendar` library: one event ("Add to calendar") or the
subscribable feed of the section. Timed events carry their US Eastern time zone (with a
VTIMEZONE, so calendar apps agree on the instant); all-day events are plain dates."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext
from icalendar import Calendar, Event

from .timefmt import to_eastern

PRODID = "-//U.S. Department of Education//RESULTS Migrant Education Resource Center//EN"


def uid_for(page, request):
    """Stable for the life of the page: its id never changes, whatever editors do to it."""
    host = request.get_host().split(":")[0] if request else "results"
    return f"event-{page.pk}@{host}"


def plain_text(html):
    text = normalize_newlines(strip_tags(str(html or ""))).strip()
    return "\n".join(line.strip() for line in text.splitlines())


def build_event(page, request):
    url = page.get_full_url(request)
    event = Event()
    event.add("uid", uid_for(page, request))
    stamp = page.last_published_at or timezone.now()
    event.add("dtstamp", stamp.astimezone(datetime.UTC))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    if page.all_day:
        first, last = page.days
        event.add("dtstart", first)
        event.add("dtend", last + datetime.timedelta(days=1))
    else:
        start = to_eastern(page.start)
        end = to_eastern(page.end) if page.end and page.end > page.start else start
        event.add("dtstart", start)
        event.add("dtend", end)
    event.add("summary", page.title)
    description = plain_text(page.summary)
    if url:
        details = gettext("Details and how to take part: %(url)s") % {"url": url}
        description = f"{description}\n\n{details}".strip()
    event.add("description", description)
    event.add("location", page.location_label)
    if url:
        event.add("url", url)
    event.add("categories", [page.get_kind_display()])
    return event


def build_calendar(events, request, *, name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "America/New_York")
    years = []
    for page in events:
        calendar.add_component(build_event(page, request))
        years += [to_eastern(page.start).year, to_eastern(page.end or page.start).year]
    if years:
        # A VTIMEZONE covering only the years the events need keeps the file small.
        calendar.add_missing_timezones(
            first_date=datetime.date(min(years) - 1, 1, 1),
            last_date=datetime.date(max(years) + 2, 1, 1),
        )
    return calendar


def calendar_response(request, events, *, name, filename, attachment=True):
    """A text/calendar response; a feed is served inline so calendar apps can subscribe."""
    calendar = build_calendar(events, request, name=name)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
