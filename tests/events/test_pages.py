"""The section list, the event pages and the home page's upcoming events, as a visitor sees
them."""

import datetime
import json

import pytest
from django.utils import timezone

from events.models import EventKind, EventPage
from tests.html import soup, text_of

from .conftest import et, link_with_text

pytestmark = pytest.mark.django_db

MENTORING = "/webinars-meetings/mentoring-initiative-family-engagement-pacs/"
ADM = "/webinars-meetings/annual-directors-meeting-2018/"


@pytest.fixture
def no_meeting_archive(db):
    """Without the 2017–2024 Directors' Meetings archive (events/demo_meetings.py; tested in
    test_directors_meetings.py), so the first page shows the seed site's own past events."""
    from events.models import EventPage

    for page in EventPage.objects.filter(slug__startswith="annual-directors-meeting-").exclude(
        slug="annual-directors-meeting-2018"
    ):
        page.delete()


def test_index_lists_upcoming_then_past_by_year(client, no_meeting_archive):
    response = client.get("/webinars-meetings/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "Webinars & Meetings"
    upcoming = page.find(id="upcoming-heading").parent
    upcoming_titles = [a.text for a in upcoming.select(".usa-collection__heading a")]
    assert upcoming_titles[0].startswith("Sample webinar")
    assert all(title.startswith("Sample") for title in upcoming_titles)
    past = page.find(id="past-heading").parent
    assert [h.text for h in past.find_all("h3")] == ["2019", "2018"]
    past_titles = [a.text for a in past.select(".usa-collection__heading a")]
    assert past_titles == [
        "MEP Mentoring Initiative: MEP Family Engagement: State and Local PACs",
        "Subgranting Webinar",
        "2018 Annual Directors' Meeting",
    ]
    text = text_of(past)
    assert "Wednesday, January 16, 2019, 2:00–3:30 p.m. ET" in text
    assert "March 5–7, 2018" in text and "Washington, D.C." in text
    assert "Thursday, March 29, 2018" in text


def test_upcoming_soonest_first_past_newest_first(client, make_event, no_meeting_archive):
    now = timezone.now()
    make_event("Later", now + datetime.timedelta(days=3))
    make_event("Sooner", now + datetime.timedelta(hours=2))
    make_event("Long ago", now - datetime.timedelta(days=3000))
    make_event("Yesterday", now - datetime.timedelta(days=1))
    page = soup(client.get("/webinars-meetings/?page=1"))
    titles = [a.text for a in page.select(".usa-collection__heading a")]
    assert titles.index("Sooner") < titles.index("Later")
    assert (
        titles.index("Later")
        < titles.index("Yesterday")
        < titles.index("MEP Mentoring Initiative: MEP Family Engagement: State and Local PACs")
    )


def test_event_in_progress_is_still_upcoming(client, make_event):
    now = timezone.now()
    make_event(
        "Happening now", now - datetime.timedelta(hours=1), now + datetime.timedelta(hours=1)
    )
    upcoming = soup(client.get("/webinars-meetings/")).find(id="upcoming-heading").parent
    assert "Happening now" in text_of(upcoming)


def test_kind_filter(client):
    page = soup(client.get("/webinars-meetings/?kind=conference"))
    titles = [a.text for a in page.select(".usa-collection__heading a")]
    assert "2018 Annual Directors' Meeting" in titles
    assert "Subgranting Webinar" not in titles
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("link", rel="canonical")["href"] == "http://testserver/webinars-meetings/"
    assert "Type of event: Conference or meeting" in text_of(page.select_one(".listing-status"))


def test_year_filter(client):
    page = soup(client.get("/webinars-meetings/?year=2018"))
    titles = [a.text for a in page.select(".usa-collection__heading a")]
    assert titles == ["Subgranting Webinar", "2018 Annual Directors' Meeting"]


def test_year_choices_are_us_eastern_years(client, make_event):
    # 10:30 pm on New Year's Eve in Washington is already the next year in UTC.
    make_event("New Year's Eve call", et(2009, 12, 31, 22, 30))
    page = soup(client.get("/webinars-meetings/"))
    years = [option["value"] for option in page.select("#filter-year option")][1:]
    assert "2009" in years and "2010" not in years
    assert years == sorted(years, reverse=True)
    filtered = soup(client.get("/webinars-meetings/?year=2009"))
    assert [a.text for a in filtered.select(".usa-collection__heading a")] == [
        "New Year's Eve call"
    ]


@pytest.mark.parametrize(
    "query", ["kind=nope", "kind=%00", "year=abc", "year=99999", "kind=" + "x" * 3000, "q=%00"]
)
def test_unknown_filters_fall_back_to_everything(client, query, no_meeting_archive):
    response = client.get(f"/webinars-meetings/?{query}")
    assert response.status_code == 200
    assert "Subgranting Webinar" in response.content.decode()


@pytest.mark.parametrize("number", ["abc", "0", "-1", "99999999999999999999", "9"])
def test_bad_page_numbers_are_404(client, number):
    assert client.get(f"/webinars-meetings/?page={number}").status_code == 404


def test_paging(client, make_event, index):
    start = et(2010, 1, 1, 12)
    for number in range(12):
        make_event(f"Old {number}", start + datetime.timedelta(days=number))
    first = soup(client.get("/webinars-meetings/"))
    assert first.select_one(".usa-pagination")
    second = client.get("/webinars-meetings/?page=2")
    assert second.status_code == 200
    assert "2010" in [h.text for h in soup(second).select("#past-heading ~ h3")]


def test_event_page_shows_when_where_and_add_to_calendar(client):
    response = client.get(MENTORING)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "MEP Mentoring Initiative: MEP Family Engagement: State and Local PACs"
    details = text_of(page.select_one(".event-details"))
    assert "Wednesday, January 16, 2019, 2:00–3:30 p.m. ET" in details
    assert "Virtual" in details
    add = link_with_text(page, "Add to calendar")
    assert add["href"] == MENTORING + "ics/"
    assert "Parent Advisory Councils" in text_of(page)
    assert page.find(id="connection-heading")
    assert len(page.find_all("h1")) == 1


def test_directors_meeting_has_agenda_and_downloads(client):
    page = soup(client.get(ADM))
    assert "March 5–7, 2018" in text_of(page.select_one(".event-details"))
    materials = page.find(id="materials-heading").parent
    links = materials.select("a.document-link")
    assert len(links) == 2
    assert all(link["href"].startswith("/documents/") for link in links)
    assert "PDF" in text_of(materials)
    agenda = page.find(id="agenda-heading").parent
    assert [h.text for h in agenda.find_all("h3")] == [
        "Monday, March 5, 2018",
        "Tuesday, March 6, 2018",
        "Wednesday, March 7, 2018",
    ]
    sessions = agenda.select(".event-agenda__session")
    assert len(sessions) == 5
    assert "Sample session" in sessions[0].h4.text
    assert "9:00–9:45 a.m. ET" in text_of(sessions[0])
    assert "Sample Presenter" in text_of(sessions[0])
    assert sessions[0].select_one("a.document-link")


def test_registration_only_before_the_event(client, make_event):
    now = timezone.now()
    future = make_event(
        "Future", now + datetime.timedelta(days=2), registration_url="https://example.com/reg"
    )
    past = make_event(
        "Past", now - datetime.timedelta(days=2), registration_url="https://example.com/reg"
    )
    assert soup(client.get(future.url)).find("a", href="https://example.com/reg")
    assert not soup(client.get(past.url)).find("a", href="https://example.com/reg")


def test_json_ld_event(rf):
    page = EventPage.objects.get(slug="mentoring-initiative-family-engagement-pacs")
    data = page.get_json_ld(rf.get("/"))
    assert data["@type"] == "Event"
    assert data["startDate"] == "2019-01-16T14:00:00-05:00"
    assert data["endDate"] == "2019-01-16T15:30:00-05:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"
    json.dumps(data)
    adm = EventPage.objects.get(slug="annual-directors-meeting-2018").get_json_ld(rf.get("/"))
    assert adm["startDate"] == "2018-03-05" and adm["endDate"] == "2018-03-07"
    assert adm["location"] == {
        "@type": "Place",
        "name": "Washington, D.C.",
        "address": "Washington, D.C.",
    }
    assert adm["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"


def test_summer_event_json_ld_has_edt_offset(rf, make_event):
    page = make_event("Summer", et(2019, 7, 17, 14), et(2019, 7, 17, 15))
    assert page.get_json_ld(rf.get("/"))["startDate"] == "2019-07-17T14:00:00-04:00"


def test_end_before_start_is_invalid(make_event):
    from django.core.exceptions import ValidationError

    page = make_event("Backwards", et(2019, 1, 2, 10), et(2019, 1, 2, 11))
    page.end = et(2019, 1, 1, 10)
    with pytest.raises(ValidationError):
        page.full_clean()


def test_home_shows_upcoming_events(client):
    page = soup(client.get("/"))
    latest = (
        page.find(id="latest-heading").find_parent(class_="grid-row").select_one(".upcoming-events")
    )
    assert latest.find("h3").text == "Upcoming webinars and meetings"
    items = latest.select(".usa-collection__item")
    assert 1 <= len(items) <= 3
    link = link_with_text(items[0], "View this event on the calendar")
    assert link["href"] == items[0].h4.a["href"]
    assert " ET" in text_of(items[0])


def test_home_shows_nothing_without_upcoming_events(client):
    EventPage.objects.filter(ends_before__gt=timezone.now()).delete()
    latest = soup(client.get("/")).find(id="latest-heading").parent
    assert "Upcoming webinars and meetings" not in text_of(latest)


def test_kinds_are_the_three_asked_for():
    assert [value for value, _ in EventKind.choices] == [
        "webinar",
        "virtual_meeting",
        "conference",
    ]
