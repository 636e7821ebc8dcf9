"""The built front end in a real browser: the USWDS behaviours the site bundles
(static/build.mjs, USWDS_COMPONENTS) and lead images on phone and desktop screens."""

import mimetypes

import pytest
from django.apps import apps
from django.conf import settings

from pages.queries import visible_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db]
#: Lighthouse's mobile emulation (a Moto G Power) and a high-density desktop screen.
DEVICES = {
    "phone": {
        "viewport": {"width": 412, "height": 823},
        "device_scale_factor": 2.625,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1280, "height": 900}, "device_scale_factor": 2},
}
#: What Python's mimetypes may not know.
MEDIA_TYPES = {".avif": "image/avif", ".webp": "image/webp"}


def serve_media(route):
    """Uploaded images from MEDIA_ROOT, as the web server in front of the site serves them."""
    relative = route.request.url.split(settings.MEDIA_URL, 1)[1].split("?")[0]
    path = settings.MEDIA_ROOT / relative
    if not path.is_file():
        route.fulfill(status=404)
        return
    suffix = path.suffix.lower()
    content_type = MEDIA_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0]
    route.fulfill(body=path.read_bytes(), content_type=content_type)


def test_gov_banner_opens_and_closes(site_url, browser_page):
    page = browser_page
    page.goto(site_url + "/")
    button = page.locator(".usa-banner__button")
    content = page.locator("#gov-banner")
    assert not content.is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert content.is_visible()
    assert "usa-banner__header--expanded" in page.locator(".usa-banner__header").get_attribute(
        "class"
    )
    button.click()
    assert not content.is_visible()


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("label", ["updates.ArticlePage", "updates.SpotlightPage"])
def test_lead_image_keeps_its_shape_and_has_pixels_for_the_screen(site_url, browser, label, device):
    model = apps.get_model(label)
    story = visible_pages(model.objects.filter(listing_image__isnull=False)).first()
    assert story is not None, f"the demo content has no live {label} with a lead image"
    context = browser.new_context(**DEVICES[device])
    page = context.new_page()
    page.route(f"**{settings.MEDIA_URL}**", serve_media)
    page.goto(site_url + story.url)
    image = page.locator("figure img[fetchpriority=high]")
    image.evaluate("img => img.decode()")  # waits until the chosen candidate has loaded
    # naturalWidth of a srcset image is in CSS pixels (file pixels over the chosen density):
    # the file's own pixels come from loading the chosen file on its own.
    shown = image.evaluate(
        """async img => {
            const file = new Image();
            file.src = img.currentSrc;
            await file.decode();
            return {width: img.clientWidth, height: img.clientHeight, src: img.currentSrc,
                    fileWidth: file.naturalWidth, fileHeight: file.naturalHeight};
        }"""
    )
    context.close()
    shown_ratio = shown["width"] / shown["height"]
    natural_ratio = shown["fileWidth"] / shown["fileHeight"]
    # Not stretched (Lighthouse's image-aspect-ratio allows about 5%; a pixel of rounding here).
    assert abs(shown_ratio - natural_ratio) < 0.02 * natural_ratio, shown
    # At least twice the pixels it is shown at (Lighthouse's image-size-responsive rounds any
    # screen of 2x or more down to 2x).
    assert shown["fileWidth"] >= 2 * shown["width"], shown
