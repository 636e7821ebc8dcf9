"""Every page type renders within a fixed query ceiling (home ≤ 15, others ≤ 20), page cache off.

Page types are discovered, not listed: every concrete Page subclass in the site's apps. A new
page type with a demo page is covered automatically; one without a demo page is reported as
skipped, so the gap is visible. Growth with the number of items (10 vs 200) is tested per app
in tests/<app>/.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from pages.models import HomePage
from pages.queries import visible_pages

HOME_CEILING = 15
PAGE_CEILING = 20


def page_types():
    found = []
    for label in settings.CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            # Not creatable (e.g. StoryPage, the shared parent of articles and spotlights):
            # never served as its own type, its subclasses are tested instead.
            if issubclass(model, Page) and not model._meta.abstract and model.is_creatable:
                found.append(model)
    return found


def test_page_types_are_discovered():
    names = {model.__name__ for model in page_types()}
    assert {"HomePage", "UpdatePage", "EventPage", "ResourceLibraryPage"} <= names


@pytest.mark.django_db
@pytest.mark.parametrize("model", page_types(), ids=lambda model: model._meta.label)
def test_first_demo_page_of_each_type_within_query_ceiling(client, settings, model):
    settings.PAGE_CACHE_SECONDS = 0
    page = visible_pages(Page.objects.type(model).exact_type(model)).order_by("path").first()
    assert page is not None, f"the demo content has no live {model._meta.label}"
    url = page.specific.url
    # The first request creates image renditions and caches the site's root paths, as the first
    # visitor after publishing would; the second is what every later visitor costs.
    assert client.get(url).status_code == 200
    ceiling = HOME_CEILING if model is HomePage else PAGE_CEILING
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    queries = "\n".join(q["sql"][:200] for q in captured.captured_queries)
    assert len(captured) <= ceiling, f"{url}: {len(captured)} queries\n{queries}"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/es/", "/es/quienes-somos/", "/es/seminarios-web-y-reuniones/"])
def test_spanish_pages_within_query_ceiling(client, settings, url):
    # Routing below a translated home page costs Wagtail two queries more (the locale and the
    # translated home page); the page ceiling holds all the same, the home's needs one more.
    settings.PAGE_CACHE_SECONDS = 0
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    ceiling = HOME_CEILING + 1 if url == "/es/" else PAGE_CEILING
    assert len(captured) <= ceiling, f"{url}: {len(captured)} queries"


@pytest.mark.django_db
def test_a_page_below_the_home_page_is_checked_for_privacy_in_the_query_that_loads_it(client):
    from wagtail.models import PageViewRestriction

    from updates.models import UpdatePage

    update = UpdatePage.objects.live().order_by("path").first()
    client.get(update.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(update.url).status_code == 200
    own_queries = 'SELECT "wagtailcore_pageviewrestriction"'
    assert [q["sql"] for q in captured if q["sql"].startswith(own_queries)] == []
    # A restriction on a section still protects the pages below it.
    PageViewRestriction.objects.create(
        page=update.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(update.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
