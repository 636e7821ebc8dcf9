"""The dashboard's "Scheduled to go live / expire" panel: only what the user may edit, the
requested times of what waits for approval, and a query count that does not grow."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Workflow

from resources.models import ResourceLibraryPage
from updates.models import UpdateIndexPage, UpdatePage
from updates.scheduler import awaiting_approval, upcoming

pytestmark = pytest.mark.django_db


def scheduled_update(title, go_live_at):
    index = UpdateIndexPage.objects.get(locale__language_code="en")
    page = UpdatePage(title=title, date=datetime.date(2030, 1, 1), summary="Scheduled.", live=False)
    index.add_child(instance=page)
    page.go_live_at = go_live_at
    page.save_revision().publish()  # a moderator's "Schedule to publish"
    return page


def submitted_update(title, go_live_at, user):
    index = UpdateIndexPage.objects.get(locale__language_code="en")
    page = UpdatePage(
        title=title,
        date=datetime.date(2030, 1, 1),
        summary="Waiting.",
        live=False,
        go_live_at=go_live_at,
    )
    index.add_child(instance=page)
    page.save_revision(user=user)
    Workflow.objects.get(name="Moderators approval").start(page, user)
    return page


@pytest.fixture
def library_editor(db):
    """Someone who may edit the Resource Library and nothing else."""
    group = Group.objects.create(name="Library editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    library = ResourceLibraryPage.objects.get(locale__language_code="en")
    GroupPagePermission.objects.create(
        group=group, page=library, permission=Permission.objects.get(codename="change_page")
    )
    user = get_user_model().objects.create_user("librarian", "librarian@example.com", "x")
    user.groups.add(group)
    return user


def panel(client):
    html = client.get("/admin/").content.decode()
    return html.split('id="scheduled-publishing', 1)[1].split("</section>", 1)[0]


def test_panel_lists_only_pages_the_user_may_edit(client, dev_users, library_editor):
    soon = timezone.now() + datetime.timedelta(days=2)
    scheduled_update("Scheduled news for everyone", soon)
    submitted_update("Waiting news with a time", soon, dev_users["editor"])

    client.force_login(dev_users["moderator"])
    html = panel(client)
    assert "Scheduled news for everyone" in html
    assert "Waiting news with a time" in html
    assert "by editor" in html

    client.force_login(library_editor)
    html = panel(client)
    assert "Scheduled news for everyone" not in html
    assert "Waiting news with a time" not in html
    assert "Nothing you can edit goes live or expires" in html


def test_submissions_without_a_requested_time_are_left_to_wagtails_review_list(dev_users):
    submitted_update("Waiting news, publish on approval", None, dev_users["editor"])
    titles = [row["title"] for row in awaiting_approval(user=dev_users["moderator"])]
    assert "Waiting news, publish on approval" not in titles


def test_panel_query_count_does_not_grow_with_its_rows(dev_users):
    moderator = dev_users["moderator"]
    base = timezone.now() + datetime.timedelta(days=1)

    def count():
        with CaptureQueriesContext(connection) as queries:
            rows = upcoming(user=moderator)
            waiting = awaiting_approval(user=moderator)
            for row in rows:  # what the template reads
                str(row.get("page") or row["revision"].object_str)
        return len(queries), len(rows), len(waiting)

    count()  # content types and permissions are cached after a first look
    for n in range(2):
        scheduled_update(f"Few {n}", base + datetime.timedelta(hours=n))
        submitted_update(f"Few waiting {n}", base, dev_users["editor"])
    few = count()
    for n in range(6):
        scheduled_update(f"Many {n}", base + datetime.timedelta(hours=n))
        submitted_update(f"Many waiting {n}", base, dev_users["editor"])
    many = count()
    assert many[1] > few[1] and many[2] > few[2]
    assert many[0] == few[0]


def test_superuser_sees_everything(dev_users):
    soon = timezone.now() + datetime.timedelta(days=3)
    page = scheduled_update("Scheduled for the administrator", soon)
    rows = upcoming(user=dev_users["admin"])
    assert any(row.get("revision") and row["revision"].object_id == str(page.pk) for row in rows)
    assert Page.objects.filter(pk=page.pk, live=False).exists()
