"""The axe gate on the launch pages beyond their page types' first pages: the Spanish
versions, and the contact form in its error state (nothing is stored: the post is invalid)."""

import pytest

from .test_accessibility import VIEWPORTS, axe_violations, check, viewport_size

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LAUNCH_URLS = [
    "/accessibility/",
    "/privacy/",
    "/contact/?topic=state-contact&state=fl",
    "/es/accesibilidad/",
    "/es/privacidad/",
    "/es/contacto/",
]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", LAUNCH_URLS)
def test_launch_pages_pass_axe(site_url, browser_page, axe_source, path, viewport):
    browser_page.set_viewport_size(viewport_size(viewport))
    check(browser_page, site_url + path, axe_source)


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", ["/contact/", "/es/contacto/"])
def test_contact_form_error_state_passes_axe(
    site_url, browser_page, axe_source, settings, path, viewport
):
    settings.CONTACT_MIN_FILL_SECONDS = 0
    page = browser_page
    page.set_viewport_size(viewport_size(viewport))
    page.goto(site_url + path)
    page.fill("input[type=email]", "not-an-address")
    page.click("form.contact-form button[type=submit]")
    page.wait_for_selector("#error-summary")
    assert page.locator(".usa-error-message").count() == 4
    assert axe_violations(page, axe_source) == []
    assert page.console_errors == []
    # The summary's links move focus to the fields.
    page.click("#error-summary a >> nth=0")
    assert page.evaluate("document.activeElement.tagName") in ("INPUT", "SELECT", "TEXTAREA")
