"""The editorial path through the admin, as the `editor` and `moderator` logins walk it: an
editor writes an update, schedules it and submits it; the moderator sees the requested time
(in Eastern time) and approves; the scheduler publishes it; an email goes out at each step."""

import datetime
import re

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Revision, TaskState, WorkflowState
from wagtail.users.models import UserProfile

from updates.models import UpdateIndexPage, UpdatePage
from updates.scheduler import run_once

from .conftest import form_data

pytestmark = pytest.mark.django_db

START = datetime.datetime(2031, 3, 10, 14, 0, tzinfo=datetime.UTC)  # 10:00 a.m. EDT
GO_LIVE_INPUT = "2031-03-10 11:30"  # typed in the schedule dialog: Eastern time
GO_LIVE = datetime.datetime(2031, 3, 10, 15, 30, tzinfo=datetime.UTC)
GO_LIVE_SHOWN = "March 10, 2031, 11:30 a.m. ET"
TITLE = "Webinar: how to reach out-of-school youth"


@pytest.fixture
def updates_index(db):
    return UpdateIndexPage.objects.get(locale__language_code="en")


def submit_new_update(client, index, title=TITLE, **overrides):
    """What the editor does in the page editor: fill in the form, set a go-live time in the
    schedule dialog, then "Submit to Moderators approval"."""
    url = reverse("wagtailadmin_pages:add", args=["updates", "updatepage", index.pk])
    form = client.get(url)
    assert form.status_code == 200
    data = form_data(form.content.decode())
    data.update(
        title=title,
        slug=slugify(title),  # the editor's script fills it in from the title
        date="2031-03-10",
        category="webinar",
        summary="How recruiters find and serve out-of-school youth.",
        go_live_at=GO_LIVE_INPUT,
        # StreamFields start empty (the browser's script writes these counts).
        **{"body-count": "0", "calls_to_action-count": "0", "action-submit": "Submit"},
    )
    data.update(overrides)
    response = client.post(url, data)
    assert response.status_code == 302, form_errors(response.content.decode())
    return UpdatePage.objects.get(title=title)


def form_errors(html):
    soup = BeautifulSoup(html, "html.parser")
    return [e.get_text(" ", strip=True) for e in soup.select(".error-message, .help-critical")]


def workflow_action(client, page, action, **data):
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, data)


def test_editor_schedules_and_submits_moderator_approves_scheduler_publishes(
    client, dev_users, updates_index, mailoutbox
):
    editor, moderator = dev_users["editor"], dev_users["moderator"]
    with time_machine.travel(START, tick=False) as traveller:
        # The editor writes, schedules and submits.
        client.force_login(editor)
        page = submit_new_update(client, updates_index)
        assert not page.live
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.requested_by == editor

        # The Moderators (and the superuser) are told; the editor is not.
        to_moderators = [m for m in mailoutbox if moderator.email in m.to]
        assert to_moderators, [m.to for m in mailoutbox]
        assert TITLE in to_moderators[0].subject
        assert "http://testserver/admin/pages/" in to_moderators[0].body
        assert not [m for m in mailoutbox if editor.email in m.to]

        # The moderator sees the requested time before approving, on the dashboard and in
        # the page's status panel.
        client.force_login(moderator)
        dashboard = client.get("/admin/").content.decode()
        assert "Awaiting your review" in dashboard
        assert "Awaiting approval, with a requested time" in dashboard
        awaiting = dashboard.split("Awaiting approval, with a requested time", 1)[1]
        assert TITLE in awaiting.split("</table>", 1)[0]
        assert "Goes live <time datetime=" in awaiting
        assert GO_LIVE_SHOWN in awaiting.split("</table>", 1)[0]
        editor_view = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert GO_LIVE_SHOWN in editor_view.content.decode()  # "Once scheduled: Go-live: …"

        # Approving schedules it: nothing is public yet.
        mailoutbox.clear()
        response = workflow_action(client, page, "approve")
        assert response.status_code == 302
        revision = Revision.page_revisions.get(
            object_id=str(page.pk), approved_go_live_at__isnull=False
        )
        assert revision.approved_go_live_at == GO_LIVE
        page.refresh_from_db()
        assert not page.live
        approved = [m for m in mailoutbox if editor.email in m.to]
        assert len(approved) == 1 and "approved" in approved[0].subject.lower()
        client.logout()
        assert TITLE not in client.get("/updates/").content.decode()

        # The dashboard now lists it as scheduled, in Eastern time.
        client.force_login(moderator)
        dashboard = client.get("/admin/").content.decode()
        scheduled = dashboard.split('id="scheduled-publishing', 1)[1]
        assert "Goes live" in scheduled and GO_LIVE_SHOWN in scheduled
        assert "Awaiting approval, with a requested time" not in scheduled
        client.logout()

        # The scheduler publishes it a minute after its time; nobody presses anything.
        traveller.move_to(GO_LIVE + datetime.timedelta(minutes=1))
        result = run_once()
        assert [r.object_id for r in result.published] == [str(page.pk)]
        page.refresh_from_db()
        assert page.live
        assert TITLE in client.get("/updates/").content.decode()
        assert TITLE in client.get("/updates/feed/").content.decode()


def test_moderator_requests_changes_and_the_editor_is_told_why(
    client, dev_users, updates_index, mailoutbox
):
    editor = dev_users["editor"]
    client.force_login(editor)
    page = submit_new_update(client, updates_index, go_live_at="")
    client.force_login(dev_users["moderator"])
    mailoutbox.clear()
    response = workflow_action(
        client, page, "reject", comment="Please add the date of the webinar."
    )
    assert response.status_code == 302
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "needs_changes"
    to_editor = [m for m in mailoutbox if editor.email in m.to]
    assert len(to_editor) == 1
    assert "Please add the date of the webinar." in to_editor[0].body
    page.refresh_from_db()
    assert not page.live


def test_schedule_dialog_and_status_panel_say_eastern_time(client, dev_users, updates_index):
    page = UpdatePage.objects.get(slug="subgranting-webinar")
    client.force_login(dev_users["editor"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Go live date/time (ET)" in html
    assert "Expiry date/time (ET)" in html
    assert "Eastern time (ET), the site&#x27;s time zone, on a 24-hour clock" in html
    # The old guidance pointed at a tab Wagtail 8 does not have.
    assert "Settings tab" not in html
    assert "Set schedule" in html


def test_admin_dates_follow_the_editors_language_and_always_say_et(
    client, dev_users, updates_index
):
    editor = dev_users["editor"]
    with time_machine.travel(START, tick=False):
        client.force_login(editor)
        submit_new_update(client, updates_index)
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "es"
        profile.save()
        dashboard = client.get("/admin/").content.decode()
        assert "10 de marzo de 2031, 11:30 a.m. ET" in dashboard
        # No time zone of one's own: every admin date is the site's Eastern time.
        account = client.get(reverse("wagtailadmin_account")).content.decode()
        assert 'name="locale-current_time_zone"' not in account
        assert 'name="locale-preferred_language"' in account


def test_bulk_publish_and_unpublish_are_offered_only_to_those_who_may(
    client, dev_users, updates_index
):
    publish = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    unpublish = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
    delete = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    listing = reverse("wagtailadmin_explore", args=[updates_index.pk])

    client.force_login(dev_users["editor"])
    html = client.get(listing).content.decode()
    assert 'data-bulk-action-footer="PAGE"' in html  # the footer is still there
    assert f'href="{delete}"' in html
    assert f'href="{publish}"' not in html and f'href="{unpublish}"' not in html
    # And the action itself still refuses them, as Wagtail does.
    page = UpdatePage.objects.get(slug="subgranting-webinar")
    refused = BeautifulSoup(client.get(f"{publish}?id={page.pk}").content, "html.parser")
    assert "You don't have permission to publish this page" in refused.main.get_text(" ")

    client.force_login(dev_users["moderator"])
    html = client.get(listing).content.decode()
    assert f'href="{publish}"' in html and f'href="{unpublish}"' in html


def test_admin_shows_no_gravatar_and_keeps_its_image_policy(client, dev_users):
    client.force_login(dev_users["editor"])
    response = client.get("/admin/")
    assert b"gravatar.com" not in response.content
    assert "gravatar" not in response["Content-Security-Policy"]


ET_TOOLTIP = re.compile(
    r'data-w-tooltip-content-value="[A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d\d [ap]\.m\. ET"'
)


def test_listings_and_history_show_dates_in_et(client, dev_users, updates_index):
    page = UpdatePage.objects.get(slug="subgranting-webinar")
    client.force_login(dev_users["editor"])
    listing = client.get(reverse("wagtailadmin_explore", args=[updates_index.pk]))
    assert ET_TOOLTIP.search(listing.content.decode())
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    assert ET_TOOLTIP.search(history.content.decode())


def test_status_panel_says_et_for_a_change_made_today(client, dev_users, updates_index):
    """Wagtail writes today's changes as a bare clock time ("11:30 by editor"); ours says ET."""
    editor = dev_users["editor"]
    with time_machine.travel(START, tick=False):
        client.force_login(editor)
        page = UpdatePage.objects.get(slug="subgranting-webinar")
        page.save_revision(user=editor)
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        html = BeautifulSoup(client.get(edit_url).content, "html.parser").get_text(" ")
        assert re.search(r"\b\d\d:\d\d ET by editor\b", html), "no ET on today's time"
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = "es"
        profile.save()
        html = BeautifulSoup(client.get(edit_url).content, "html.parser").get_text(" ")
        assert re.search(r"\b\d\d:\d\d ET por editor\b", html)
