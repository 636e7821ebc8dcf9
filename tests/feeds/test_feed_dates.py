"""Every feed item carries its own date: a resource's date, an update's date, an event's start
(not the moment the demo content happened to be published)."""

import datetime

import feedparser
import pytest
from icalendar import Calendar

from events.timefmt import EASTERN


def noon_eastern(day):
    return datetime.datetime.combine(day, datetime.time(12), tzinfo=EASTERN)


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed.entries


def entry_date(entry):
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.datetime(*parsed[:6], tzinfo=datetime.UTC)


def by_url(pages):
    return {page.get_full_url(): page for page in pages}


@pytest.mark.django_db
def test_resource_feed_items_carry_the_resources_own_dates(client):
    from resources.models import ResourcePage

    pages = by_url(ResourcePage.objects.live())
    items = entries(client, "/resource-library/feed/")
    assert len(items) >= 5
    for item in items:
        page = pages[item.link]
        assert entry_date(item) == noon_eastern(page.date), item.title
    # The demo's resources have different dates, so the feed does too.
    assert len({entry_date(item) for item in items}) > 1


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/updates/feed/", "/updates/atom/"])
def test_update_feed_items_carry_the_updates_own_dates(client, url):
    from updates.models import UpdatePage

    pages = by_url(UpdatePage.objects.live())
    items = entries(client, url)
    assert len(items) >= 5
    for item in items:
        page = pages[item.link]
        published = item.get("published_parsed")
        assert published, item.title
        assert entry_date({"published_parsed": published}) == noon_eastern(page.date)
    assert len({entry_date(item) for item in items}) > 1


@pytest.mark.django_db
def test_calendar_feed_events_start_when_the_event_does(client):
    from events.models import EventIndexPage, EventPage

    index = EventIndexPage.objects.get(locale__language_code="en")
    soon = datetime.datetime.now(EASTERN).replace(microsecond=0, second=0, minute=0)
    first = EventPage(
        title="Feed date one",
        slug="feed-date-one",
        summary="One.",
        start=soon + datetime.timedelta(days=9),
    )
    second = EventPage(
        title="Feed date two",
        slug="feed-date-two",
        summary="Two.",
        start=soon + datetime.timedelta(days=40),
    )
    index.add_child(instance=first)
    index.add_child(instance=second)
    calendar = Calendar.from_ical(client.get("/webinars-meetings/calendar.ics").content)
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in calendar.walk("VEVENT")}
    assert starts["Feed date one"] == first.start
    assert starts["Feed date two"] == second.start
    for page in EventPage.objects.live().filter(title__in=list(starts)):
        start = starts[page.title]
        if isinstance(start, datetime.datetime):
            assert start == page.start
        else:
            assert start == page.start.astimezone(EASTERN).date()
