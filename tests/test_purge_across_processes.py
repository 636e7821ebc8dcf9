"""The scheduler publishes in a process of its own (`manage.py run_scheduler`); the web
process shows the change at once, from the shared cache, and keeps the rest of the site cached.

The scheduler needs committed rows it can see, so this test runs outside the usual per-test
transaction and removes what it created itself (a transactional test would empty the whole
database, demo content included)."""

import datetime
import os
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from updates.models import UpdateIndexPage, UpdatePage

UNRELATED = ["/about-us/migrant-health/", "/resource-library/", "/webinars-meetings/"]


def scheduler_env():
    """This process's environment, pointed at its test database (and the same Redis)."""
    database = connection.settings_dict
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="mep_site.settings.test",
        DATABASE_URL=(
            f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        PGPASSWORD=database.get("PASSWORD") or "",
    )


@override_settings(PAGE_CACHE_SECONDS=300, FRAGMENT_CACHE_SECONDS=300, RENDER_MEMO_SIZE=100)
def test_the_schedulers_publish_reaches_the_web_process(django_db_setup, django_db_blocker):
    if connection.vendor != "postgresql" or not settings.REDIS_URL:
        pytest.skip("needs PostgreSQL and Redis, shared between the two processes")
    client = Client()
    with django_db_blocker.unblock():
        page = UpdatePage(
            title="Scheduled from another process",
            summary="Goes live through the scheduler.",
            date=datetime.date(2031, 6, 1),
            live=False,
        )
        try:
            UpdateIndexPage.objects.get(locale__language_code="en").add_child(instance=page)
            page.save_revision(approved_go_live_at=timezone.now())
            for url in ("/updates/", "/", *UNRELATED):
                client.get(url)
                assert client.get(url)["X-Cache"] == "HIT", url
            assert "Scheduled from another process" not in client.get("/").content.decode()
            time.sleep(0.1)  # the go-live time is in the past for the scheduler
            scheduler = subprocess.run(
                [sys.executable, "manage.py", "run_scheduler", "--once"],
                cwd=settings.BASE_DIR,
                env=scheduler_env(),
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert scheduler.returncode == 0, scheduler.stderr
            assert "published 1" in scheduler.stdout, scheduler.stdout + scheduler.stderr
            for url in ("/updates/", "/"):
                response = client.get(url)
                assert response["X-Cache"] == "MISS", url
                assert "Scheduled from another process" in response.content.decode(), url
            for url in UNRELATED:
                assert client.get(url)["X-Cache"] == "HIT", url
        finally:
            if page.pk:
                PageLogEntry.objects.filter(page_id=page.pk).delete()
                Page.objects.get(pk=page.pk).delete()


def test_updates_list_exists_for_the_scheduler(db):
    """Also makes pytest-django set up the test database when this module runs alone (the
    test above uses the database outside its usual wrapper, which pytest-django cannot see)."""
    assert UpdateIndexPage.objects.exists()
