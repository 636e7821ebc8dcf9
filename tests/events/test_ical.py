"""iCalendar output: it parses, carries the right instants and only shows public events."""

import datetime

import pytest
from icalendar import Calendar

from .conftest import et

pytestmark = pytest.mark.django_db

MENTORING = "/webinars-meetings/mentoring-initiative-family-engagement-pacs/"
UTC = datetime.UTC


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_single_event_ics(client):
    response = client.get(MENTORING + "ics/")
    assert (
        'filename="mentoring-initiative-family-engagement-pacs.ics"'
        in (response["Content-Disposition"])
    )
    calendar = parse(response)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART").astimezone(UTC) == datetime.datetime(
        2019, 1, 16, 19, 0, tzinfo=UTC
    )
    assert event.decoded("DTEND").astimezone(UTC) == datetime.datetime(
        2019, 1, 16, 20, 30, tzinfo=UTC
    )
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "America/New_York"
    assert str(event["LOCATION"]) == "Virtual"
    assert str(event["URL"]) == "http://testserver" + MENTORING
    assert "DTSTAMP" in event
    description = str(event["DESCRIPTION"])
    assert "Parent Advisory Councils" in description and "<" not in description
    assert str(event["UID"]).startswith("event-")
    again = parse(client.get(MENTORING + "ics/")).walk("VEVENT")[0]
    assert again["UID"] == event["UID"]


def test_summer_event_instant_uses_edt(client, make_event):
    page = make_event("Summer webinar", et(2019, 7, 17, 14), et(2019, 7, 17, 15, 30))
    (event,) = parse(client.get(page.url + "ics/")).walk("VEVENT")
    assert event.decoded("DTSTART").astimezone(UTC) == datetime.datetime(
        2019, 7, 17, 18, 0, tzinfo=UTC
    )


def test_all_day_event_uses_dates(client):
    (event,) = parse(client.get("/webinars-meetings/annual-directors-meeting-2018/ics/")).walk(
        "VEVENT"
    )
    assert event.decoded("DTSTART") == datetime.date(2018, 3, 5)
    # DTEND of an all-day event is the day after the last day.
    assert event.decoded("DTEND") == datetime.date(2018, 3, 8)
    assert str(event["LOCATION"]) == "Washington, D.C."


def test_feed_has_upcoming_and_recent_events(client, make_event):
    from django.utils import timezone

    make_event("Last month", timezone.now() - datetime.timedelta(days=30))
    response = client.get("/webinars-meetings/calendar.ics")
    assert response["Content-Disposition"].startswith("inline")
    found = events(parse(response))
    assert any(title.startswith("Sample webinar") for title in found)
    assert "Last month" in found
    # Long past events drop out of the subscription.
    assert "Subgranting Webinar" not in found
    uids = [str(event["UID"]) for event in found.values()]
    assert len(uids) == len(set(uids))


def test_feed_url_is_advertised(client):
    from bs4 import BeautifulSoup

    page = BeautifulSoup(client.get("/webinars-meetings/").content, "html.parser")
    link = page.find("link", attrs={"type": "text/calendar"})
    assert link["href"] == "/webinars-meetings/calendar.ics"


@pytest.mark.parametrize(
    "path",
    [
        "/calendar.ics",
        "/about-us/calendar.ics",
        "/webinars-meetings/subgranting-webinar/calendar.ics",
        "/nope/calendar.ics",
    ],
)
def test_feed_only_on_the_events_section(client, path):
    assert client.get(path).status_code == 404
