"""The Annual Directors' Meetings archive, 2017–2024, in Webinars & Meetings."""

import pytest

from events.models import EventKind, EventPage
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def meetings():
    return {
        page.start.year: page
        for page in EventPage.objects.filter(slug__startswith="annual-directors-meeting-")
    }


def test_every_meeting_from_2017_to_2024_with_dates_and_place():
    found = meetings()
    assert sorted(found) == list(range(2017, 2025))
    assert {year for year, page in found.items() if page.kind == EventKind.VIRTUAL_MEETING} == {
        2021,
        2022,
    }
    assert found[2023].location == "LBJ Building, Washington, D.C."
    assert found[2019].location == "Washington, D.C."
    assert all(page.agenda_sessions.exists() for page in found.values())


def test_past_archive_lists_each_year(client):
    for year in (2017, 2021, 2024):
        page = soup(client.get("/webinars-meetings/", {"year": year}))
        assert f"{year} Annual Directors' Meeting" in text_of(page.main)


def test_meeting_page_shows_agenda_with_time_slots_from_2023_and_handouts(client):
    page = text_of(soup(client.get("/webinars-meetings/annual-directors-meeting-2023/")).main)
    assert "8:30–9:00 a.m. ET" in page
    assert "Office of Migrant Education" in page
    assert "(PDF," in page
    older = text_of(soup(client.get("/webinars-meetings/annual-directors-meeting-2020/")).main)
    assert "RESULTS Website Walkthrough" in older and "RTI International" in older
    assert "a.m. ET" not in older
