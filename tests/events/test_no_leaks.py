"""Drafts, private, scheduled and expired events appear on no public surface."""

import datetime

import pytest
from django.utils import timezone

from events.timefmt import EASTERN

pytestmark = pytest.mark.django_db

HIDDEN_STATES = ["draft", "private", "scheduled", "expired"]


@pytest.fixture
def soon():
    return timezone.now() + datetime.timedelta(days=2)


def surfaces(client, start):
    day = start.astimezone(EASTERN)
    return {
        "list": client.get("/webinars-meetings/").content.decode(),
        "filtered": client.get("/webinars-meetings/?kind=webinar").content.decode(),
        "calendar": client.get(
            f"/webinars-meetings/calendar/{day.year}/{day.month:02d}/"
        ).content.decode(),
        "feed": client.get("/webinars-meetings/calendar.ics").content.decode(),
        "home": client.get("/").content.decode(),
    }


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_events_are_nowhere(client, make_event, soon, state):
    make_event("Visible control event", soon - datetime.timedelta(hours=1))
    hidden = make_event(f"Hidden {state} event", soon, state=state)
    for name, body in surfaces(client, soon).items():
        assert f"Hidden {state} event" not in body, name
        if name != "home":
            assert "Visible control event" in body, name
    status = client.get(hidden.url_path.removeprefix("/home") + "ics/").status_code
    assert status in (401, 403, 404, 200)
    if state != "private":
        assert status == 404
    else:
        assert (
            b"BEGIN:VCALENDAR"
            not in client.get(hidden.url_path.removeprefix("/home") + "ics/").content
        )


def test_expired_event_page_and_ics_are_404(client, make_event, soon):
    page = make_event("Expired", soon, state="expired")
    assert client.get(page.url).status_code == 404
    assert client.get(page.url + "ics/").status_code == 404


@pytest.mark.parametrize("state", ["draft", "private", "expired"])
def test_hidden_section_has_no_feed(client, index, state):
    from wagtail.models import PageViewRestriction

    if state == "draft":
        index.unpublish()
    elif state == "private":
        PageViewRestriction.objects.create(
            page=index, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    else:
        index.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        index.save()
    assert client.get("/webinars-meetings/calendar.ics").status_code == 404
