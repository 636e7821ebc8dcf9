"""Two scheduler processes at once publish each revision once (PostgreSQL row locks).

The schedulers need committed rows they can both see and lock, so this test runs outside the
usual per-test transaction and removes what it created itself (a transactional test would
empty the whole database, demo content included)."""

import datetime
import threading
import time

import pytest
from django.db import connection, connections
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from updates.models import UpdateIndexPage, UpdatePage
from updates.scheduler import run_once

SCHEDULERS = 2
PAGES = 6


def test_two_concurrent_schedulers_publish_each_revision_once(django_db_setup, django_db_blocker):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    with django_db_blocker.unblock():
        index = UpdateIndexPage.objects.get(locale__language_code="en")
        pages = []
        try:
            for number in range(PAGES):
                page = UpdatePage(
                    title=f"Concurrent webinar {number}",
                    summary="Published by exactly one scheduler.",
                    live=False,
                    go_live_at=timezone.now() + datetime.timedelta(seconds=2),
                )
                index.add_child(instance=page)
                page.save_revision().publish()
                pages.append(page)
            # Wagtail's publish() compares go-live with the real clock, so wait for it.
            time.sleep(max(0, (pages[-1].go_live_at - timezone.now()).total_seconds()) + 0.2)
            barrier = threading.Barrier(SCHEDULERS)
            results, errors = [], []

            def scheduler():
                try:
                    barrier.wait()
                    results.append(run_once())
                except Exception as error:  # pragma: no cover - reported below
                    errors.append(error)
                finally:
                    connections.close_all()

            threads = [threading.Thread(target=scheduler) for _ in range(SCHEDULERS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)

            assert not errors
            published = [rev.pk for result in results for rev in result.published]
            assert len(published) == PAGES == len(set(published))
            ids = [page.pk for page in pages]
            assert UpdatePage.objects.filter(pk__in=ids, live=True).count() == PAGES
            logs = PageLogEntry.objects.filter(page_id__in=ids, action="wagtail.publish.scheduled")
            assert logs.count() == PAGES
            assert not Revision.objects.filter(
                object_id__in=[str(i) for i in ids], approved_go_live_at__isnull=False
            ).exists()
        finally:
            ids = [page.pk for page in pages]
            for page in pages:
                page.refresh_from_db()
                page.delete()
            PageLogEntry.objects.filter(page_id__in=ids).delete()


def test_updates_list_exists_for_the_schedulers(db):
    """Also makes pytest-django set up the test database when this module runs alone (the
    test above uses the database outside its usual wrapper, which pytest-django cannot see)."""
    assert UpdateIndexPage.objects.filter(live=True).exists()
