"""Every absolute URL the site writes uses the configured public address (SITE_URL), the one
`make run PORT=…` serves, not the Site record's host and port nor the request's Host."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import Site

pytestmark = pytest.mark.django_db

SERVED_AT = "http://127.0.0.1:8800"


@pytest.fixture
def served_at_8800(settings):
    settings.SITE_URL = SERVED_AT
    settings.WAGTAILADMIN_BASE_URL = SERVED_AT
    # The Site record still says what the demo was first loaded with.
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("testserver", 80)


def head(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").head


@pytest.mark.parametrize(
    "path", ["/", "/updates/", "/about-us/migrant-health/", "/about-us/state-directory/fl/"]
)
def test_canonical_and_open_graph_use_the_configured_address(client, served_at_8800, path):
    page = head(client, path)
    assert page.find("link", rel="canonical")["href"] == SERVED_AT + path
    assert page.find("meta", property="og:url")["content"] == SERVED_AT + path


def test_hreflang_and_feed_links_too(client, served_at_8800):
    page = head(client, "/updates/")
    alternates = {
        link.get("hreflang"): link["href"] for link in page.find_all("link", rel="alternate")
    }
    assert alternates["es"] == f"{SERVED_AT}/es/novedades/"
    image = head(client, "/about-us/migrant-health/").find("meta", property="og:image")
    assert image["content"].startswith(SERVED_AT + "/")


@pytest.mark.parametrize("feed", ["/updates/feed/", "/updates/atom/", "/resource-library/feed/"])
def test_feeds_link_to_the_configured_address(client, served_at_8800, feed):
    body = client.get(feed).content.decode()
    links = re.findall(r"https?://[^\s<\"']+", body)
    ours = [link for link in links if "testserver" in link or "127.0.0.1" in link]
    assert ours and all(link.startswith(SERVED_AT + "/") for link in ours), ours


def test_sitemap_and_robots(client, served_at_8800):
    sitemap = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations and all(loc.startswith(SERVED_AT + "/") for loc in locations)
    assert "testserver" not in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {SERVED_AT}/sitemap.xml" in robots


def test_ics_files(client, served_at_8800):
    event = client.get("/webinars-meetings/mentoring-initiative-family-engagement-pacs/ics/")
    (vevent,) = Calendar.from_ical(event.content).walk("VEVENT")
    assert str(vevent["URL"]).startswith(SERVED_AT + "/webinars-meetings/")
    feed = Calendar.from_ical(client.get("/webinars-meetings/calendar.ics").content)
    assert all(str(e["URL"]).startswith(SERVED_AT + "/") for e in feed.walk("VEVENT"))


def test_the_host_header_does_not_change_them(client, served_at_8800, settings):
    settings.ALLOWED_HOSTS = ["*"]
    page = BeautifulSoup(
        client.get("/updates/", HTTP_HOST="internal-name:9000").content, "html.parser"
    )
    assert page.find("link", rel="canonical")["href"] == f"{SERVED_AT}/updates/"


def test_demo_loader_writes_the_address_into_the_site_record(settings):
    settings.SITE_URL = SERVED_AT
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8800, SERVED_AT)
