"""Scheduled publishing runs by itself: one scheduler pass (what the `scheduler` process does
every minute) publishes what is due and unpublishes what has expired, and every public surface
follows."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from updates.models import UpdatePage
from updates.scheduler import run_once

pytestmark = pytest.mark.django_db

START = datetime.datetime(2031, 3, 10, 14, 0, tzinfo=datetime.UTC)
SURFACES = [
    "/",
    "/updates/",
    "/updates/?category=webinar",
    "/updates/feed/",
    "/updates/atom/",
    "/updates/category/webinar/feed/",
]


def shows(client, title):
    return {url: title.encode() in client.get(url).content for url in SURFACES}


def run_scheduler():
    call_command("run_scheduler", "--once", stdout=open("/dev/null", "w"))  # noqa: SIM115


def schedule(make_update, title, go_live_at, **fields):
    """What a moderator does: set a go-live time, then publish. Wagtail stores the revision
    as approved for that time and leaves the page unpublished."""
    page = make_update(title, publish=False, category="webinar", go_live_at=go_live_at, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_scheduled_update_goes_live_without_anyone_clicking(client, make_update):
    with time_machine.travel(START, tick=False) as traveller:
        page = schedule(
            make_update, "Webinar on the horizon", START + datetime.timedelta(minutes=5)
        )
        assert not page.live
        run_scheduler()  # not due yet
        assert client.get(page.url_path.removeprefix("/home")).status_code == 404
        assert client.get("/updates/webinar-on-the-horizon/").status_code == 404
        assert not any(shows(client, "Webinar on the horizon").values())

        traveller.shift(datetime.timedelta(minutes=6))
        run_scheduler()
        page.refresh_from_db()
        assert page.live
        assert client.get("/updates/webinar-on-the-horizon/").status_code == 200
        assert all(shows(client, "Webinar on the horizon").values()), shows(
            client, "Webinar on the horizon"
        )
        assert (
            PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").count() == 1
        )


def test_expired_update_goes_away_without_anyone_clicking(client, make_update):
    with time_machine.travel(START, tick=False) as traveller:
        page = make_update(
            "Short-lived webinar",
            category="webinar",
            expire_at=START + datetime.timedelta(minutes=5),
        )
        assert client.get("/updates/short-lived-webinar/").status_code == 200
        assert all(shows(client, "Short-lived webinar").values())

        traveller.shift(datetime.timedelta(minutes=6))
        run_scheduler()
        page.refresh_from_db()
        assert not page.live and page.expired
        assert client.get("/updates/short-lived-webinar/").status_code == 404
        assert not any(shows(client, "Short-lived webinar").values())


def test_a_failing_revision_does_not_stop_the_others(make_update, caplog):
    with time_machine.travel(START, tick=False) as traveller:
        soon = START + datetime.timedelta(minutes=1)
        broken = schedule(make_update, "Broken webinar", soon)
        first = schedule(make_update, "First good webinar", soon)
        second = schedule(make_update, "Second good webinar", soon + datetime.timedelta(seconds=1))
        # A revision that cannot be published: its title is gone, so saving the page fails.
        revision = Revision.objects.get(object_id=str(broken.pk), approved_go_live_at__isnull=False)
        revision.content["title"] = None
        revision.save()

        traveller.shift(datetime.timedelta(minutes=5))
        result = run_once()
        assert len(result.published) == 2 and len(result.failed) == 1
        assert "Could not publish revision" in caplog.text
        live = set(UpdatePage.objects.filter(live=True).values_list("pk", flat=True))
        assert {first.pk, second.pk} <= live and broken.pk not in live
        # It stays scheduled, so it is retried (and shown on the dashboard) until fixed.
        revision.refresh_from_db()
        assert revision.approved_go_live_at is not None


def test_dashboard_panel_lists_what_goes_live_or_expires(client, make_update):
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "x")
    client.force_login(user)
    now = timezone.now()
    schedule(make_update, "Goes live next week", now + datetime.timedelta(days=7))
    schedule(make_update, "Goes live next year", now + datetime.timedelta(days=300))
    make_update("Expires tomorrow", expire_at=now + datetime.timedelta(days=1))
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Scheduled to go live / expire" in html
    assert "Goes live next week" in html and "Expires tomorrow" in html
    assert "Goes live next year" not in html


def test_scheduler_command_once_reports(make_update, capsys):
    call_command("run_scheduler", "--once")
    assert "Scheduler pass: published 0, expired 0, failed 0." in capsys.readouterr().out
