"""Query counts of the list, calendar, feed and home do not grow with the number of events."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.timefmt import EASTERN

pytestmark = pytest.mark.django_db

MONTH = datetime.date(2031, 3, 1)


def add_events(make_event, count):
    start = datetime.datetime(2031, 3, 2, 14, tzinfo=EASTERN)
    for number in range(count):
        make_event(
            start=start + datetime.timedelta(hours=number * 5),
            end=start + datetime.timedelta(hours=number * 5 + 1),
            all_day=number % 7 == 0,
            location="Washington, D.C." if number % 2 else "",
        )


def count_queries(client, url):
    client.get(url)  # warm the site-root cache like a running server
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


URLS = {
    "list": "/webinars-meetings/",
    "list page 2": "/webinars-meetings/?page=2",
    "filtered": "/webinars-meetings/?kind=webinar",
    "calendar": f"/webinars-meetings/calendar/{MONTH.year}/{MONTH.month:02d}/",
    "feed": "/webinars-meetings/calendar.ics",
    "home": "/",
}
LIMITS = {"home": 15}  # as tests/test_query_counts.py


def test_query_counts_are_flat(client, make_event):
    # One test for every URL, so the 100 events are created once.
    add_events(make_event, 10)
    few = {name: count_queries(client, url) for name, url in URLS.items()}
    add_events(make_event, 90)
    many = {name: count_queries(client, url) for name, url in URLS.items()}
    assert many == few
    for name, count in many.items():
        assert count <= LIMITS.get(name, 20), name


def test_event_page_query_count(client, django_assert_max_num_queries):
    client.get("/webinars-meetings/annual-directors-meeting-2018/")
    # The "All webinars and meetings" link comes from the page's own address, not a query for
    # its parent page.
    with django_assert_max_num_queries(14):
        assert client.get("/webinars-meetings/annual-directors-meeting-2018/").status_code == 200


def test_feed_is_sane_with_many_upcoming(client, make_event):
    add_events(make_event, 30)
    body = client.get("/webinars-meetings/calendar.ics").content
    assert body.count(b"BEGIN:VEVENT") >= 30
