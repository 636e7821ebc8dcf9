"""The anonymous full-page cache: hits cost no query, and anything a page shows purges it."""

import gzip

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from pages.models import ImpactStatistic, InitiativePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

PAGE = "/about-us/migrant-health/"


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_second_anonymous_visit_is_a_hit_without_queries(client, django_assert_num_queries):
    first = client.get(PAGE)
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = client.get(PAGE)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "s-maxage=300" in second["Cache-Control"] and "public" in second["Cache-Control"]


def test_cached_pages_keep_security_headers(client):
    client.get(PAGE)
    hit = client.get(PAGE)
    assert hit["X-Cache"] == "HIT"
    assert "script-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Content-Type-Options"] == "nosniff"


def test_head_is_served_from_the_cache_too(client):
    client.get(PAGE)
    head = client.head(PAGE)
    assert head.status_code == 200 and head["X-Cache"] == "HIT"


def test_query_strings_are_cached_separately(client):
    client.get(PAGE)
    assert client.get(PAGE + "?utm_source=x")["X-Cache"] == "MISS"
    assert client.get(PAGE + "?utm_source=x")["X-Cache"] == "HIT"


def test_publishing_a_change_purges(client):
    client.get(PAGE)
    page = InitiativePage.objects.get(slug="migrant-health")
    page.title = "Migrant Health and Wellness"
    page.save_revision().publish()
    response = client.get(PAGE)
    assert response["X-Cache"] == "MISS"
    assert "Migrant Health and Wellness" in response.content.decode()


def test_unpublishing_purges(client):
    client.get(PAGE)
    InitiativePage.objects.get(slug="migrant-health").unpublish()
    assert client.get(PAGE).status_code == 404


def test_making_a_page_private_purges(client):
    client.get(PAGE)
    page = InitiativePage.objects.get(slug="migrant-health")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(PAGE)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_saving_a_snippet_purges_the_home_page(client):
    assert "213,569" in client.get("/").content.decode()
    statistic = ImpactStatistic.objects.sources().get(value=213569)  # the home page's 2021-22 total
    statistic.value = 123456
    statistic.save()
    assert "123,456" in client.get("/").content.decode()


def test_logged_in_visitors_are_never_served_or_stored(client):
    user = get_user_model().objects.create_superuser("cachecheck", "c@example.com", "x")
    client.force_login(user)
    response = client.get(PAGE)
    assert "X-Cache" not in response
    client.logout()
    assert client.get(PAGE)["X-Cache"] == "MISS"


def test_admin_and_error_responses_are_not_cached(client):
    assert "X-Cache" not in client.get("/admin/login/")
    client.get("/no-such-page/")
    assert "X-Cache" not in client.get("/no-such-page/")


def test_turned_off_with_zero_seconds(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(PAGE)
    assert "X-Cache" not in client.get(PAGE)


def test_site_serves_when_redis_is_down(client, settings):
    # The production Redis settings (base.py), pointed at a port nothing listens on.
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    response = client.get(PAGE)
    assert response.status_code == 200
    assert "Migrant Health" in response.content.decode()


def test_pages_are_gzipped_for_browsers_that_accept_it_even_from_the_cache(client):
    plain = client.get(PAGE)
    assert "Content-Encoding" not in plain and plain["X-Cache"] == "MISS"
    assert "Accept-Encoding" in plain["Vary"]
    hit = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert hit["X-Cache"] == "HIT" and hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content) == plain.content
    assert len(hit.content) < len(plain.content) / 3
    # The cache keeps plain bodies: a client without gzip still gets the page readable.
    again = client.get(PAGE)
    assert again["X-Cache"] == "HIT" and again.content == plain.content


def test_a_hit_costs_one_round_trip_to_the_cache(client, cache_calls):
    client.get(PAGE)
    client.get(PAGE)  # this process now knows the page's tags
    cache_calls.clear()
    hit = client.get(PAGE)
    assert hit["X-Cache"] == "HIT"
    assert cache_calls == ["get_many"]


def test_a_gzipped_hit_is_compressed_when_stored_not_on_every_hit(client, monkeypatch):
    from django.middleware import gzip as gzip_middleware

    client.get(PAGE)
    plain = client.get(PAGE)
    calls = []
    monkeypatch.setattr(gzip_middleware, "compress_string", lambda *a, **k: calls.append(1) or b"")
    hit = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert hit["X-Cache"] == "HIT" and hit["Content-Encoding"] == "gzip" and not calls
    assert gzip.decompress(hit.content) == plain.content
    assert hit["Content-Length"] == str(len(hit.content))
    assert "Accept-Encoding" in hit["Vary"] and "Cookie" in hit["Vary"]
    # The same validators as GZipMiddleware gives: a weak ETag of the plain page's.
    assert plain["ETag"].startswith('"') and hit["ETag"] == f"W/{plain['ETag']}"


def test_hits_answer_conditional_requests_with_304(client):
    client.get(PAGE)
    plain = client.get(PAGE)
    assert plain["X-Cache"] == "HIT" and plain["ETag"]
    assert client.get(PAGE, HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 304
    zipped = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip")
    again = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=zipped["ETag"])
    assert again.status_code == 304 and "Cookie" in again["Vary"]
    if plain.has_header("Last-Modified"):
        since = client.get(PAGE, HTTP_IF_MODIFIED_SINCE=plain["Last-Modified"])
        assert since.status_code == 304


def test_a_miss_and_a_hit_send_the_same_headers(client):
    miss = client.get(PAGE)
    hit = client.get(PAGE)
    assert (miss["X-Cache"], hit["X-Cache"]) == ("MISS", "HIT")
    for name in ("Cache-Control", "Vary", "ETag", "Content-Type", "Content-Security-Policy"):
        assert hit[name] == miss[name], name
