"""Every page type's structured data is valid JSON-LD with the properties search engines need,
and sub-routes that override the meta block still have Open Graph tags."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import get_page_models

from pages.mixins import SeoMixin
from pages.queries import visible_pages

pytestmark = pytest.mark.django_db

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)$")
ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d")

PAGE_TYPES_WITH_JSON_LD = sorted(
    model._meta.label
    for model in get_page_models()
    if issubclass(model, SeoMixin) and model.get_json_ld is not SeoMixin.get_json_ld
)


def json_ld_blocks(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    head = BeautifulSoup(response.content, "html.parser").head
    return [json.loads(s.string) for s in head.find_all("script", type="application/ld+json")]


def test_the_page_types_are_found():
    assert {"pages.HomePage", "updates.ArticlePage", "events.EventPage"} <= set(
        PAGE_TYPES_WITH_JSON_LD
    )


@pytest.mark.parametrize("label", PAGE_TYPES_WITH_JSON_LD)
def test_json_ld_of_first_demo_page_is_valid(client, label):
    from django.apps import apps

    model = apps.get_model(label)
    page = visible_pages(model.objects.all()).order_by("path").first()
    assert page is not None, f"no demo page of type {label}"
    blocks = json_ld_blocks(client, page.url)
    assert blocks, f"{label} prints no JSON-LD"
    for data in blocks:
        assert data["@context"] == "https://schema.org"
        assert isinstance(data["@type"], str) and data["@type"]
        if data["@type"] == "Event":
            assert data["eventAttendanceMode"].startswith("https://schema.org/")
            assert ISO_WITH_OFFSET.match(data["startDate"]), data["startDate"]
            if "endDate" in data:
                assert ISO_WITH_OFFSET.match(data["endDate"]), data["endDate"]
        if data["@type"] in ("Article", "NewsArticle"):
            assert data["headline"].strip()
            assert ISO_DATE.match(data["datePublished"]), data["datePublished"]


def test_state_page_has_its_own_open_graph_tags(client):
    response = client.get("/")
    directory = next(
        a["href"]
        for a in BeautifulSoup(response.content, "html.parser").find_all("a", href=True)
        if a["href"].endswith("/state-directory/")
    )
    response = client.get(f"{directory}fl/")
    assert response.status_code == 200
    head = BeautifulSoup(response.content, "html.parser").head
    og = {m["property"]: m["content"] for m in head.find_all("meta", property=True)}
    assert og["og:title"] == "Florida Migrant Education Program"
    assert og["og:url"] == f"http://testserver{directory}fl/"
    assert og["og:url"] == head.find("link", rel="canonical")["href"]
    assert og["og:description"].startswith("Whom to contact at the Florida (FL)")
    assert head.find("meta", attrs={"name": "twitter:card"})
    assert len(head.find_all("meta", attrs={"name": "description"})) == 1
    # The directory's CollectionPage data does not describe one state, so none is printed.
    assert not head.find_all("script", type="application/ld+json")
