"""docs/editors.md against the screens it describes, from the walk-through as `editor` and
`moderator`: the page editor's tabs, where "Last reviewed" is, and what Editors do not get."""

import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from updates.models import UpdatePage

pytestmark = pytest.mark.django_db

GUIDE = (settings.BASE_DIR / "docs" / "editors.md").read_text()


def words(html):
    return " ".join(html.split())


def test_the_guide_names_the_editors_tabs_as_they_are(client, dev_users):
    update = UpdatePage.objects.filter(locale__language_code="en").first()
    client.force_login(dev_users["editor"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[update.pk]))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    # (Each tab also holds an error counter, empty until a field in it has an error.)
    tabs = [
        re.sub(r"\s*\(\d*\)", "", " ".join(tab.text.split())) for tab in page.select("[role=tab]")
    ]
    assert tabs == ["Content", "Promote", "Settings"]
    assert "three tabs, **Content**, **Promote** and **Settings**" in words(GUIDE)
    settings_panel = page.select_one("#tab-settings")
    assert "Last reviewed" in settings_panel.text
    assert "On a page's **Settings** tab, **Last reviewed**" in words(GUIDE)


def test_editors_get_no_moderator_reports_as_the_guide_says(client, dev_users):
    client.force_login(dev_users["editor"])
    for name in ("content_review_report", "page_feedback_report"):
        response = client.get(reverse(name), follow=True)
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
        assert "Sorry, you do not have permission to access this area" in response.content.decode()
    assert "Sorry, you do not have permission to access this area" in words(GUIDE)
    client.force_login(dev_users["moderator"])
    assert client.get(reverse("content_review_report")).status_code == 200
    assert client.get(reverse("page_feedback_report")).status_code == 200


def test_the_dashboard_and_the_guide_name_the_schedule_fields_as_the_dialog_does(client, dev_users):
    update = UpdatePage.objects.filter(locale__language_code="en").first()
    client.force_login(dev_users["editor"])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[update.pk])).content.decode()
    # (The schedule dialog is in a <template>, which CSS selectors do not search.)
    label = r'<label[^>]* for="id_(?:go_live_at|expire_at)"[^>]*>\s*([^<]*?)\s*<'
    labels = re.findall(label, editor)
    assert labels == ["Go live date/time (ET)", "Expiry date/time (ET)"]
    dashboard = words(client.get(reverse("wagtailadmin_home")).content.decode())
    guide = words(GUIDE)
    for name in labels:
        assert f"&quot;{name}&quot;" in dashboard or f'"{name}"' in dashboard
        assert f"**{name}**" in guide
    assert "Go-live date/time" not in dashboard


def test_the_guide_shows_todays_change_times_in_the_status_panel_as_they_are(client, dev_users):
    """A change by a person: "10:48 ET by editor"; one with no author (Wagtail's Spanish copy
    of a translated page): a bare "10:48"."""
    update = UpdatePage.objects.filter(locale__language_code="en").first()
    client.force_login(dev_users["editor"])
    url = reverse("wagtailadmin_pages:edit", args=[update.pk])
    for user, shown in ((dev_users["editor"], "{} ET by editor"), (None, "{}")):
        revision = update.save_revision(user=user)
        panel = BeautifulSoup(client.get(url).content, "html.parser").select_one(
            "[data-side-panel=status]"
        )
        lines = [" ".join(line.split()) for line in panel.get_text("\n").split("\n")]
        time = timezone.localtime(revision.created_at).strftime("%H:%M")
        assert shown.format(time) in lines
    guide = words(GUIDE)
    assert 'the status panel, "10:48 ET by editor"' in guide
    assert 'shows a bare "10:48", Eastern time without the "ET"' in guide


def test_the_guide_names_the_updates_links_and_downloads_as_they_are(client, dev_users):
    update = UpdatePage.objects.filter(locale__language_code="en").first()
    client.force_login(dev_users["editor"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[update.pk])).content.decode()
    section = "#panel-child-content-links_and_downloads-section"
    links = BeautifulSoup(html, "html.parser").select_one(section)
    shown = words(links.get_text(" "))
    for name in ("Calls to action", "Related page", "Downloads", "Add Download"):
        assert name in shown, name
        assert f"**{name}**" in words(GUIDE), name
    assert "Files visitors can download from the update" in shown
