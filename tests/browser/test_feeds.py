"""A feed opened in a browser reads as a page (the XSLT stylesheet), in its language."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize(
    ("path", "title", "hint"),
    [
        ("/updates/feed/", "RESULTS Updates", "copy its address into your feed reader"),
        ("/updates/atom/", "RESULTS Updates", "copy its address into your feed reader"),
        ("/es/novedades/feed/", "RESULTS Novedades", "copie su dirección en su lector"),
        ("/resource-library/feed/", "Resource Library", "copy its address into your feed reader"),
    ],
)
def test_feed_in_a_browser_is_a_readable_page(site_url, browser_page, path, title, hint):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    response = page.goto(site_url + path)
    assert response.status == 200
    assert title in page.locator("h1").text_content()
    assert hint in page.locator("main").text_content()
    assert page.locator("main li h3 a").count() > 0
    # The stylesheet came from the site: no failed sub-resource.
    assert not [e for e in page.console_errors if e.startswith(("4", "5"))], page.console_errors
