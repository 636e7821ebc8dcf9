"""Render caches ({% wagtailcache %} fragments and caching/render_cache.py values), page cache
off: a repeat visit reads nothing of the content from the database, and whatever a page shows
is new at once after a publish, as with the page cache."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from events.models import EventIndexPage
from pages.models import HomePage, ImpactStatistic, SiteSettings, StandardPage
from resources.models import ResourceLibraryPage, ResourcePage, Topic
from tests.html import soup
from updates.models import UpdateIndexPage, UpdatePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("render_caches_on")]


@pytest.fixture
def render_caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 300
    settings.RENDER_MEMO_SIZE = 100


def publish_update(title, summary="An update.", **fields):
    page = UpdatePage(title=title, date=datetime.date(2031, 1, 1), summary=summary, **fields)
    UpdateIndexPage.objects.get(locale__language_code="en").add_child(instance=page)
    page.save_revision().publish()
    return page


#: What Wagtail's own page serving reads on every request (public APIs offer no way around
#: it): the site for the host, the active locale, the home page. Whether a view restriction
#: applies comes with the route (below the home page) or from the value cache (the home page).
WAGTAIL_SERVING = {"wagtailcore_site", "wagtailcore_locale", "wagtailcore_page", "pages_homepage"}


def tables(queries):
    return {re.search(r'FROM "(\w+)"', q["sql"]).group(1) for q in queries.captured_queries}


@pytest.mark.parametrize("url", ["/", "/updates/", "/resource-library/?topic=eligibility"])
def test_a_repeat_visit_reads_nothing_but_wagtails_own_serving(client, url):
    first = client.get(url)
    assert first.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.content == first.content
    assert len(queries) <= 3
    assert tables(queries) <= WAGTAIL_SERVING


@pytest.mark.parametrize("url", ["/", "/updates/", "/resource-library/?topic=eligibility"])
def test_a_repeat_visit_reads_the_cache_versions_in_one_round_trip(client, cache_calls, url):
    # The versions of everything the page's values depend on (site, menu, the page, any page;
    # below the home page, the page its route found) in one read; the other read is Wagtail's
    # own site root paths.
    first = client.get(url)
    client.get(url)
    cache_calls.clear()
    assert client.get(url).content == first.content
    assert cache_calls.count("get_many") == 1 and len(cache_calls) <= 2


@pytest.mark.parametrize(
    ("url", "single_reads"),
    [("/updates/", 8), ("/resource-library/", 7), ("/webinars-meetings/", 7)],
)
def test_a_list_from_the_fragment_cache_is_neither_counted_nor_its_choices_read(
    client, cache_calls, settings, monkeypatch, url, single_reads
):
    # Another process (no memo of its own): the page's list fragment comes from the shared
    # cache, so the list's count and filter choices, which only that fragment shows, are not
    # looked up; the single reads left are the page's fragments and other values (the
    # versions come in get_many reads, as many as the test order leaves Wagtail to read).
    import pages.listing

    settings.RENDER_MEMO_SIZE = 0
    looked_up = []

    def spy(request, name, *args, _cached_value=pages.listing.cached_value, **kwargs):
        looked_up.append(name)
        return _cached_value(request, name, *args, **kwargs)

    monkeypatch.setattr(pages.listing, "cached_value", spy)
    first = client.get(url)
    assert {"listing-count", "listing-choices"} <= set(looked_up)  # the first visit builds both
    looked_up.clear()
    cache_calls.clear()
    assert client.get(url).content == first.content
    assert looked_up == []
    assert cache_calls.count("get") == single_reads


def test_repeat_detail_visits_cost_few_queries(client, django_assert_max_num_queries):
    update = UpdatePage.objects.live().order_by("path").first()
    for url in (update.url, "/webinars-meetings/", "/about-us/migrant-health/"):
        first = client.get(url)
        assert first.status_code == 200
        # Wagtail's serving, and what the page's own context looks up (related documents and
        # pages, its share image), whatever the size of the site.
        with django_assert_max_num_queries(7):
            second = client.get(url)
        assert second.content == first.content


def test_publishing_an_update_shows_on_the_home_page_and_list_at_once(client):
    client.get("/"), client.get("/updates/")
    publish_update("Freshly published update")
    home = soup(client.get("/")).find(id="latest-heading").parent
    assert home.select(".latest-updates .usa-collection__heading a")[0].text == (
        "Freshly published update"
    )
    listing = soup(client.get("/updates/"))
    assert listing.select(".usa-collection__heading a")[0].text == "Freshly published update"


def test_editing_a_listed_page_changes_its_list_item(client):
    update = UpdatePage.objects.live().order_by("-date").first()
    assert update.title in client.get("/updates/").content.decode()
    update.title = "A corrected headline"
    update.save_revision().publish()
    body = client.get("/updates/").content.decode()
    assert "A corrected headline" in body


def test_a_repeat_visit_takes_the_head_from_the_fragment_cache(client, monkeypatch):
    # Canonical link, language versions, Open Graph and JSON-LD: the same for every visitor
    # until the page or the site changes, so a repeat visit does not work them out again.
    first = client.get("/")
    built = []
    original = HomePage.get_json_ld
    monkeypatch.setattr(
        HomePage, "get_json_ld", lambda page, request: built.append(page) or original(page, request)
    )
    assert client.get("/").content == first.content
    assert built == []


@pytest.mark.parametrize(
    "url, page_class",
    [
        ("/updates/", UpdateIndexPage),
        ("/resource-library/", ResourceLibraryPage),
        ("/webinars-meetings/", EventIndexPage),
    ],
)
def test_a_repeat_visit_to_a_list_builds_no_queryset(client, monkeypatch, url, page_class):
    # Its items, count and filter choices come from the fragment cache: the queryset that
    # would read them is never needed, so it is not built either.
    first = client.get(url)
    built = []
    original = page_class.get_listing_queryset
    monkeypatch.setattr(
        page_class,
        "get_listing_queryset",
        lambda page, request: built.append(page) or original(page, request),
    )
    assert client.get(url).content == first.content
    assert built == []
    assert client.get(url + "?page=2").status_code in (200, 404)  # a later page counts: built
    assert built


def test_the_head_of_a_list_follows_its_address(client):
    def robots(url):
        return [tag["content"] for tag in soup(client.get(url)).select('meta[name="robots"]')]

    assert robots("/updates/") == []
    assert robots("/updates/?category=publication") == ["noindex"]
    assert robots("/updates/") == []


def test_editing_a_page_description_changes_its_head_at_once(client):
    update = UpdatePage.objects.live().order_by("-date").first()
    client.get(update.url)
    update.search_description = "A description written for search engines."
    update.save_revision().publish()
    head = soup(client.get(update.url))
    assert head.select_one('meta[name="description"]')["content"] == update.search_description
    assert head.select_one('meta[property="og:description"]')["content"] == (
        update.search_description
    )


def test_unpublishing_a_page_takes_it_off_its_url_menus_and_lists(client):
    update = UpdatePage.objects.live().order_by("-date").first()
    url, title = update.url, update.title
    assert client.get(url).status_code == 200
    assert title in client.get("/").content.decode()
    update.unpublish()
    assert client.get(url).status_code == 404  # the value cache forgot its route
    assert title not in client.get("/").content.decode()


def test_a_new_menu_page_appears_in_every_page_menu(client):
    client.get("/"), client.get("/updates/")
    home = HomePage.objects.get(locale__language_code="en")
    page = StandardPage(title="Brand New Section", slug="brand-new-section", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    for url in ("/", "/updates/"):
        menu = soup(client.get(url)).select(".usa-nav__primary a")
        assert "Brand New Section" in [a.text for a in menu]


def test_the_menu_marks_the_current_section_on_each_page(client):
    updates_link = soup(client.get("/updates/")).find("a", href="/updates/")
    assert updates_link["aria-current"] == "page"
    library_link = soup(client.get("/resource-library/")).find("a", href="/updates/")
    assert not library_link.has_attr("aria-current")


def test_site_settings_and_snippets_show_at_once(client):
    client.get("/")
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.contact_email = "new-contact@example.gov"
    settings_row.save()
    statistic = ImpactStatistic.objects.sources().get(value=213569)  # the home page's 2021-22 total
    statistic.value = 123456
    statistic.save()
    body = client.get("/").content.decode()
    assert "new-contact@example.gov" in body
    assert "123,456" in body


def test_making_a_page_private_takes_effect_at_once(client):
    update = UpdatePage.objects.live().order_by("-date").first()
    assert client.get(update.url).status_code == 200
    PageViewRestriction.objects.create(page=update, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(update.url)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_making_the_home_page_private_takes_effect_at_once(client):
    # A repeat visit knows from the value cache that no restriction applied to the home page.
    home = HomePage.objects.get(locale__language_code="en")
    client.get("/")
    assert client.get("/").status_code == 200
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    PageViewRestriction.objects.filter(page=home).delete()
    assert client.get("/").status_code == 200


def test_making_a_section_private_takes_effect_at_once_below_it(client):
    # The route kept for the update knows that no restriction applied when it was found.
    update = UpdatePage.objects.live().order_by("-date").first()
    client.get(update.url)
    assert client.get(update.url).status_code == 200
    PageViewRestriction.objects.create(
        page=update.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get(update.url)
    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    assert update.title not in response.content.decode()


def test_search_results_follow_a_publish(client):
    assert "Zanzibar" not in client.get("/search/?q=zanzibar").content.decode()
    publish_update("Zanzibar exchange visit", summary="Teachers from Zanzibar visited.")
    assert "Zanzibar exchange visit" in client.get("/search/?q=zanzibar").content.decode()


def test_previews_show_the_draft_not_cached_fragments(client):
    client.get("/")  # fills the fragment cache with the published home page
    home = HomePage.objects.get(locale__language_code="en")
    home.hero_tagline = "A draft tagline nobody has published"
    response = home.make_preview_request()
    assert "A draft tagline nobody has published" in response.content.decode()
    assert "A draft tagline nobody has published" not in client.get("/").content.decode()


def test_fragments_hold_nothing_personal(client):
    client.get("/updates/")
    editor = get_user_model().objects.create_superuser("memo", "m@example.com", "x")
    client.force_login(editor)
    assert "wagtail-userbar" in client.get("/updates/").content.decode()
    client.logout()
    assert "wagtail-userbar" not in client.get("/updates/").content.decode()


def test_the_site_serves_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    for url in ("/", "/updates/", "/search/?q=migrant"):
        assert client.get(url).status_code == 200


def test_caches_off_with_zero_settings(client, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    settings.RENDER_MEMO_SIZE = 0
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    assert len(queries) >= 5  # routing, menu, lists, footer: all from the database
    assert not [key for key in cache_keys() if "value:" in key or "template.cache" in key]


def cache_keys():
    try:
        return [str(k) for k in cache.keys("*")]  # django-redis
    except AttributeError:
        return [str(k) for k in getattr(cache, "_cache", {})]  # local memory


def test_pages_unknown_to_the_tree_are_not_remembered(client):
    assert client.get("/no-such-page/").status_code == 404
    page = StandardPage(title="No Such Page", slug="no-such-page")
    HomePage.objects.get(locale__language_code="en").add_child(instance=page)
    page.save_revision().publish()
    assert client.get("/no-such-page/").status_code == 200


def test_filtered_counts_follow_a_publish(client):
    def count():
        text = soup(client.get("/resource-library/?topic=eligibility")).get_text(" ")
        return int(text.split(" results for your filters")[0].split()[-1])

    before = count()
    library = ResourceLibraryPage.objects.get(locale__language_code="en")
    resource = ResourcePage(title="A new resource", summary="New.", date=datetime.date(2031, 1, 1))
    library.add_child(instance=resource)
    resource.topics.add(*Topic.objects.sources().filter(slug="eligibility"))
    resource.save_revision().publish()
    assert count() == before + 1


def test_search_pages_beyond_the_kept_results_are_searched_again(client, settings, monkeypatch):
    from pages import views

    def titles(page):
        found = soup(client.get("/search/", {"q": "migrant", "page": page}))
        return [a.text for a in found.select(".usa-collection__heading a")]

    settings.FRAGMENT_CACHE_SECONDS = 0
    expected = titles(1), titles(2)
    assert len(expected[0]) == 10 and expected[1]  # more than one page of results
    settings.FRAGMENT_CACHE_SECONDS = 300
    monkeypatch.setattr(views, "MAX_KEPT_RESULTS", 12)  # page 2 reaches past the kept ones
    assert (titles(1), titles(2)) == expected
    assert (titles(1), titles(2)) == expected  # and again, from the cache


def test_an_outage_is_noticed_once_not_on_every_request(client, settings, caplog, monkeypatch):
    from caching import tags

    monkeypatch.setattr(tags, "RETRY_SECONDS", 600)  # however slow the machine is
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    with caplog.at_level("WARNING", logger="caching.tags"):
        for _ in range(3):
            assert client.get("/").status_code == 200
    outages = [r for r in caplog.records if "event=page_cache_unavailable" in r.getMessage()]
    assert len(outages) == 1
