from xml.etree import ElementTree

import pytest
from wagtail.models import PageViewRestriction

from pages.models import InitiativePage

pytestmark = pytest.mark.django_db
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return [loc.text for loc in ElementTree.fromstring(response.content).iter(f"{NS}loc")]


def test_sitemap_lists_public_pages_with_lastmod(client):
    urls = sitemap_urls(client)
    assert "http://testserver/about-us/migrant-health/" in urls
    assert "http://testserver/" in urls
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    assert tree.find(f"{NS}url/{NS}lastmod") is not None


def test_sitemap_leaves_out_private_and_unpublished_pages(client):
    private = InitiativePage.objects.get(slug="migrant-health")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    InitiativePage.objects.get(slug="secondary-students").unpublish()
    urls = sitemap_urls(client)
    assert "http://testserver/about-us/migrant-health/" not in urls
    assert "http://testserver/about-us/secondary-students/" not in urls
    assert "http://testserver/about-us/student-records-exchange/" in urls


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
