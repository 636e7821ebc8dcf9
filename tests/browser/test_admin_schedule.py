"""The page editor in a real browser, as the `editor` login uses it: the schedule dialog says
its times are Eastern time, and a Spanish title gives a plain ASCII slug."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from playwright.sync_api import expect

from pages.roles import EDITORS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def editor_session(django_db_setup, django_db_blocker):
    """A logged-in Editors session, committed so the live server's thread can see it (the
    tests' own transactions are invisible to it); removed again afterwards."""
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_user(
            "browser-editor", "browser-editor@example.com", "unused-password"
        )
        user.groups.add(Group.objects.get(name=EDITORS))
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    yield cookie
    with django_db_blocker.unblock():
        from django.contrib.sessions.models import Session

        Session.objects.filter(session_key=cookie).delete()
        user.delete()


@pytest.fixture
def editor_page(browser, site_url, editor_session):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": editor_session, "url": site_url}]
    )
    page = context.new_page()
    yield page
    context.close()


def test_schedule_dialog_says_eastern_time(editor_page, site_url):
    from updates.models import UpdatePage

    update = UpdatePage.objects.get(slug="subgranting-webinar", locale__language_code="en")
    page = editor_page
    page.goto(f"{site_url}/admin/pages/{update.pk}/edit/")
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    dialog.get_by_text("Set publishing schedule").wait_for()
    assert dialog.is_visible()
    go_live = dialog.get_by_label("Go live date/time (ET)")
    expiry = dialog.get_by_label("Expiry date/time (ET)")
    assert go_live.is_visible() and expiry.is_visible()
    assert "Eastern time (ET), the site's time zone" in dialog.inner_text()
    # Editors are told their schedule takes effect once a Moderator approves it.
    assert "only those with publishing permissions can make them effective" in dialog.inner_text()


def test_spanish_title_gives_an_ascii_slug(editor_page, site_url):
    from pages.models import StandardPage

    parent = StandardPage.objects.get(url_path="/inicio/herramientas-y-curriculo/")
    page = editor_page
    page.goto(f"{site_url}/admin/pages/add/pages/standardpage/{parent.pk}/")
    page.locator("#id_title").press_sequentially("Seminario web: cómo llegar a los jóvenes")
    page.locator("#id_title").blur()
    # Wagtail's script copies the title into the slug (Promote tab), after a short delay.
    expect(page.locator("#id_slug")).to_have_value("seminario-web-como-llegar-a-los-jovenes")
