"""Targeted purge (caching/purge.py): a publish, unpublish, move or delete retires what shows
the page, in both languages and in every process, and leaves the rest of the site cached."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Page

from caching import tags
from events.models import EventIndexPage, EventPage
from pages.models import AboutPage, StandardPage
from tests.html import soup
from updates.models import UpdateIndexPage, UpdatePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("caches_on")]

UNRELATED = [
    "/about-us/migrant-health/",
    "/resource-library/",
    "/resource-library/national-idr-manual-resource/",
    "/webinars-meetings/subgranting-webinar/",
    "/es/quienes-somos/salud-migrante/",
    "/news-stories/",
]


@pytest.fixture
def caches_on(settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 300
    settings.FRAGMENT_CACHE_SECONDS = 300
    settings.RENDER_MEMO_SIZE = 100
    # One process, one request at a time: what a request builds after a publish can be kept
    # at once (test_a_page_built_while_a_change_lands_is_not_kept covers the waiting).
    monkeypatch.setattr(tags, "SETTLED_NS", 0)


def warm(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert client.get(url)["X-Cache"] == "HIT", url


def newest_update():
    """The newest English update with no Spanish translation (so the English page stands in
    on the Spanish lists too)."""
    translated = UpdatePage.objects.filter(locale__language_code="es").values("translation_key")
    return (
        UpdatePage.objects.live()
        .filter(locale__language_code="en")
        .exclude(translation_key__in=translated)
        .order_by("-date", "-first_published_at")
        .first()
    )


def add_update(title, date=datetime.date(2031, 1, 1), category="announcement", **fields):
    page = UpdatePage(title=title, date=date, summary=f"{title}.", category=category, **fields)
    UpdateIndexPage.objects.get(locale__language_code="en").add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def linking_page(home):
    """A standard page whose body links to the newest update (Wagtail's reference index)."""
    update = newest_update()
    page = StandardPage(
        title="Where to read the latest news",
        slug="latest-news-pointer",
        body=[("paragraph", f'<p>Read <a linktype="page" id="{update.pk}">this update</a>.</p>')],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_an_unrelated_page_stays_cached_after_a_publish(client):
    warm(client, UNRELATED)
    update = newest_update()
    update.title = "A corrected headline"
    update.save_revision().publish()
    for url in UNRELATED:
        assert client.get(url)["X-Cache"] == "HIT", url


def test_every_surface_showing_an_update_changes_at_once(client, linking_page):
    for number in range(11):  # two pages of updates, so page 2 is a surface too
        add_update(f"Older update {number}", date=datetime.date(2001, 1, number + 1))
    update = newest_update()
    old_url = update.url
    surfaces = [
        "/updates/",
        "/updates/?page=2",
        f"/updates/?category={update.category}",
        "/updates/feed/",
        "/updates/atom/",
        f"/updates/category/{update.category}/feed/",
        "/",
        "/sitemap.xml",
        "/search/?q=pointer",
        linking_page.url,
        # Spanish: the home page's lists, the Spanish list (English updates stand in for
        # untranslated ones) and the English list and page standing in at Spanish addresses.
        "/es/",
        "/es/updates/",
        *[index.url for index in UpdateIndexPage.objects.live().filter(locale__language_code="es")],
    ]
    old_urls = [old_url, f"/es{old_url}"]
    warm(client, [*old_urls, *surfaces])
    warm(client, UNRELATED)

    update.title = "Pointer: a corrected headline"
    update.slug = "corrected-headline"
    update.save_revision().publish()

    new_url = "/updates/corrected-headline/"
    for url in surfaces:
        response = client.get(url)
        assert response.get("X-Cache") == "MISS", (url, response.status_code)
    for url in old_urls:
        assert client.get(url).status_code == 404, url
    for url in (new_url, f"/es{new_url}"):
        assert "Pointer: a corrected headline" in client.get(url).content.decode(), url
    for url in ("/updates/", "/", "/es/", "/es/updates/", "/updates/feed/", "/search/?q=pointer"):
        assert "Pointer: a corrected headline" in client.get(url).content.decode(), url
    assert new_url in client.get("/sitemap.xml").content.decode()
    assert new_url in client.get(linking_page.url).content.decode()
    assert (
        "Pointer: a corrected headline"
        in client.get(f"/updates/category/{update.category}/feed/").content.decode()
    )
    for url in UNRELATED:
        assert client.get(url)["X-Cache"] == "HIT", url


def test_an_event_reaches_its_list_calendar_feeds_and_both_home_pages_at_once(client):
    index = EventIndexPage.objects.get(locale__language_code="en")
    start = timezone.now() + datetime.timedelta(days=3)
    month = f"/webinars-meetings/calendar/{start:%Y}/{start:%m}/"
    surfaces = ["/webinars-meetings/", month, "/webinars-meetings/calendar.ics", "/", "/es/"]
    surfaces.append("/es/seminarios-web-y-reuniones/")
    warm(client, surfaces)
    warm(client, UNRELATED)
    event = EventPage(
        title="Freshly scheduled recruiter webinar",
        slug="freshly-scheduled-webinar",
        kind="webinar",
        start=start,
        end=start + datetime.timedelta(hours=1),
        summary="A webinar published a moment ago.",
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    for url in surfaces:
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url
        assert "Freshly scheduled recruiter webinar" in response.content.decode(), url
    ics = client.get(f"{event.url}ics/")
    assert ics.status_code == 200 and "Freshly scheduled recruiter webinar" in ics.content.decode()
    for url in UNRELATED:
        assert client.get(url)["X-Cache"] == "HIT", url


def test_unpublishing_takes_a_page_off_its_address_lists_and_links_at_once(client, linking_page):
    update = newest_update()
    warm(client, [update.url, "/updates/", "/", linking_page.url])
    update.unpublish()
    assert client.get(update.url).status_code == 404
    assert update.title not in client.get("/updates/").content.decode()
    assert update.title not in client.get("/").content.decode()
    assert client.get(linking_page.url)["X-Cache"] == "MISS"


def test_moving_a_page_retires_its_old_and_new_places(client, home):
    page = AboutPage.objects.get(slug="about-us").get_children().get(slug="migrant-health")
    # Out of the submenus (moving a menu page changes the menu of every page).
    Page.objects.filter(pk=page.pk).update(show_in_menus=False)
    page.refresh_from_db()
    old_url = page.url
    warm(client, [old_url, "/about-us/", "/legislation-policy/", *UNRELATED[1:4]])
    page.move(Page.objects.get(url_path="/home/legislation-policy/"), pos="last-child")
    # Wagtail's redirects app sends the old address on to the new one.
    assert client.get(old_url)["Location"] == "/legislation-policy/migrant-health/"
    assert client.get("/legislation-policy/migrant-health/").status_code == 200
    assert client.get("/about-us/")["X-Cache"] == "MISS"
    assert client.get("/legislation-policy/")["X-Cache"] == "MISS"
    for url in UNRELATED[1:4]:
        assert client.get(url)["X-Cache"] == "HIT", url


def test_deleting_a_page_takes_it_off_every_list(client):
    update = newest_update()
    url, title = update.url, update.title
    warm(client, [url, "/updates/", "/", "/es/updates/"])
    update.delete()
    assert client.get(url).status_code == 404
    for list_url in ("/updates/", "/", "/es/updates/"):
        assert title not in client.get(list_url).content.decode(), list_url


def test_a_new_section_reaches_the_menu_of_every_page(client, home):
    warm(client, ["/", "/updates/", *UNRELATED])
    section = StandardPage(title="Brand New Section", slug="brand-new-section", show_in_menus=True)
    home.add_child(instance=section)
    section.save_revision().publish()
    for url in ("/", "/updates/", *UNRELATED[:4]):
        menu = soup(client.get(url)).select(".usa-nav__primary a")
        assert "Brand New Section" in [a.text for a in menu], url


def test_a_publish_leaves_other_pages_fragments_and_values_warm(client, settings):
    """Page cache off: after a publish, an unrelated page is still built from its fragments
    and values (no more queries than before), while the list shows the change."""
    settings.PAGE_CACHE_SECONDS = 0
    url = "/about-us/migrant-health/"
    client.get(url), client.get("/updates/")
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    update = newest_update()
    update.title = "A headline changed in the list"
    update.save_revision().publish()
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) <= len(before)
    assert "A headline changed in the list" in client.get("/updates/").content.decode()


def test_a_page_built_while_a_change_lands_is_not_kept(client, monkeypatch):
    """A request that may have read a page before a change was committed serves it but does
    not keep it; a second later pages are kept again."""
    monkeypatch.setattr(tags, "SETTLED_NS", 1_000_000_000)
    update = newest_update()
    update.title = "Landing just now"
    update.save_revision().publish()
    assert client.get(update.url)["X-Cache"] == "MISS"
    assert client.get(update.url)["X-Cache"] == "MISS"
    with time_machine.travel(datetime.timedelta(seconds=2)):
        assert client.get(update.url)["X-Cache"] == "MISS"
        response = client.get(update.url)
        assert response["X-Cache"] == "HIT"
        assert "Landing just now" in response.content.decode()


def test_a_snippet_or_setting_still_retires_everything(client):
    from pages.models import ImpactStatistic

    warm(client, ["/", *UNRELATED])
    statistic = ImpactStatistic.objects.sources().get(value=213569)  # the home page's 2021-22 total
    statistic.value = 123456
    statistic.save()
    assert "123,456" in client.get("/").content.decode()
    for url in UNRELATED:
        assert client.get(url)["X-Cache"] == "MISS", url


# The CDN ---------------------------------------------------------------------------------

PURGED = []


class RecordingBackend(BaseBackend):
    """A CDN that writes down what it is told to purge."""

    def purge(self, url):
        PURGED.append(url)

    def purge_batch(self, urls):
        PURGED.extend(urls)


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    yield PURGED
    PURGED.clear()


def test_the_cdn_gets_the_same_pages_in_one_batch_once_committed(
    client, cdn, linking_page, django_capture_on_commit_callbacks
):
    update = newest_update()
    update.title = "A headline for the CDN"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        update.save_revision().publish()
    assert cdn == []  # nothing before the commit: the CDN would fetch the old page again
    for callback in callbacks:
        callback()
    base = "http://testserver"
    expected = {
        f"{base}{update.url}",
        f"{base}/updates/",
        f"{base}/updates/feed/",
        f"{base}/updates/atom/",
        f"{base}/updates/category/{update.category}/feed/",
        f"{base}/",
        f"{base}/es/",
        f"{base}/es/updates/{update.slug}/",
        f"{base}/sitemap.xml",
        f"{base}/search/",
        f"{base}{linking_page.url}",
    }
    assert expected <= set(cdn)
    for url in UNRELATED:
        assert f"{base}{url}" not in cdn
    assert len(cdn) == len(set(cdn))


def test_a_page_leaving_a_submenu_leaves_every_page_menu(client):
    page = AboutPage.objects.get(slug="about-us").get_children().get(slug="migrant-health").specific
    page.save_revision().publish()  # the purge remembers it as a menu page
    warm(client, ["/", "/updates/"])
    assert "/about-us/migrant-health/" in [
        a["href"] for a in soup(client.get("/updates/")).select(".usa-nav__submenu a")
    ]
    page.show_in_menus = False
    page.save_revision().publish()
    for url in ("/", "/updates/"):
        links = [a["href"] for a in soup(client.get(url)).select(".usa-nav__submenu a")]
        assert "/about-us/migrant-health/" not in links, url


def test_a_new_menu_label_reaches_every_page_menu(client):
    section = UpdateIndexPage.objects.get(locale__language_code="en")
    section.save_revision().publish()  # the purge remembers what the menu showed of it
    warm(client, ["/", "/resource-library/"])
    section.menu_title = "Newsroom"
    section.save_revision().publish()
    for url in ("/", "/resource-library/"):
        menu = [a.text.strip() for a in soup(client.get(url)).select(".usa-nav__primary a")]
        assert "Newsroom" in menu, url
