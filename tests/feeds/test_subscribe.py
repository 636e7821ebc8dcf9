"""Feeds for people: the home page advertises the updates feed, the Subscribe page (EN/ES)
lists every feed and the calendar, and each feed carries an XSLT stylesheet for browsers while
feed readers still parse it cleanly."""

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from django.contrib.staticfiles import finders
from icalendar import Calendar

from tests.html import soup

pytestmark = pytest.mark.django_db


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.mark.parametrize(("home", "feed"), [("/", "/updates/feed/"), ("/es/", "/es/novedades/")])
def test_home_page_advertises_the_updates_feeds(client, home, feed):
    page = soup(client.get(home))
    links = page.find_all("link", rel="alternate", type="application/rss+xml")
    assert any(link["href"].startswith(feed) for link in links), links
    assert page.find("link", rel="alternate", type="application/atom+xml")


def subscribe_links(client, url):
    page = soup(client.get(url))
    return [a["href"] for a in page.main.select(".subscribe-list a")], page


def test_subscribe_page_lists_every_feed_and_the_calendar(client):
    links, page = subscribe_links(client, "/subscribe/")
    paths = [path_of(link) for link in links]
    for expected in [
        "/updates/feed/",
        "/updates/atom/",
        "/updates/category/policy/feed/",
        "/resource-library/feed/",
        "/webinars-meetings/calendar.ics",
    ]:
        assert expected in paths, paths
    text = " ".join(page.main.text.split())
    assert "feed reader" in text and "From URL" in text
    # Every address works, and feed readers read it without complaint.
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        if path.endswith(".ics"):
            assert Calendar.from_ical(response.content)
        else:
            parsed = feedparser.parse(response.content)
            assert not parsed.bozo, (path, parsed.get("bozo_exception"))
            assert parsed.feed.title


def test_spanish_subscribe_page_lists_the_spanish_feeds(client):
    links, page = subscribe_links(client, "/es/suscribirse/")
    assert page.h1.text == "Suscribirse"
    paths = [path_of(link) for link in links]
    assert "/es/novedades/feed/" in paths, paths
    assert any(path.endswith("calendar.ics") for path in paths), paths
    assert "lector de noticias" in page.main.text


@pytest.mark.parametrize(
    "path", ["/updates/feed/", "/updates/atom/", "/resource-library/feed/?type=report"]
)
def test_feeds_carry_the_stylesheet_and_stay_valid(client, path):
    response = client.get(path)
    assert response["Content-Type"].startswith("application/xml")
    head = response.content[:300].decode()
    assert '<?xml-stylesheet href="/static/feeds/feed.xsl"' in head
    assert 'type="text/xsl"' in head
    assert not feedparser.parse(response.content).bozo


def test_the_stylesheet_is_static_well_formed_and_scriptless():
    path = finders.find("feeds/feed.xsl")
    assert path
    tree = ET.parse(path)
    assert tree.getroot().tag == "{http://www.w3.org/1999/XSL/Transform}stylesheet"
    text = Path(path).read_text()
    assert "<script" not in text and "style=" not in text
    assert finders.find("feeds/feed.css")


@pytest.mark.parametrize(
    ("url", "target"), [("/updates/", "/subscribe/"), ("/es/novedades/", "/es/suscribirse/")]
)
def test_the_updates_list_links_the_subscribe_page(client, url, target):
    page = soup(client.get(url))
    assert page.main.find("a", href=target)
