"""What search engines and social sites read: canonical, description, Open Graph, JSON-LD."""

import json
import re

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def json_ld(client, url):
    scripts = head(client, url).find_all("script", type="application/ld+json")
    return [json.loads(script.string) for script in scripts]


def test_home_page_describes_the_government_organization(client):
    (data,) = json_ld(client, "/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentOrganization"
    assert data["url"] == "http://testserver/"
    assert "Office of Migrant Education" in data["parentOrganization"]["name"]


def test_canonical_description_and_open_graph(client):
    tags = head(client, "/about-us/migrant-health/")
    assert tags.find("link", rel="canonical")["href"] == (
        "http://testserver/about-us/migrant-health/"
    )
    description = tags.find("meta", attrs={"name": "description"})["content"]
    assert description
    og = {m["property"]: m["content"] for m in tags.find_all("meta", property=True)}
    assert og["og:title"] == "Migrant Health"
    assert og["og:url"] == "http://testserver/about-us/migrant-health/"
    assert og["og:type"] == "website"
    assert og["og:description"] == description
    assert tags.find("meta", attrs={"name": "twitter:card"})["content"] in (
        "summary",
        "summary_large_image",
    )


def test_social_image_is_a_rendition_with_size_and_alt(client, home):
    from pages.models import CustomImage, InitiativePage

    page = InitiativePage.objects.get(slug="migrant-health")
    page.listing_image = CustomImage.objects.first()
    page.save_revision().publish()
    og = {
        m["property"]: m["content"]
        for m in head(client, "/about-us/migrant-health/").find_all("meta", property=True)
    }
    assert og["og:image"].startswith("http://testserver/")
    assert int(og["og:image:width"]) > 0 and int(og["og:image:height"]) > 0
    assert og["og:image:alt"] == page.listing_image.description


def test_json_ld_cannot_break_out_of_its_script(client, home):
    home.search_description = "Fish & chips </script"
    home.save_revision().publish()
    script = client.get("/").content.decode().split('type="application/ld+json">')[1]
    assert "</script" not in script.split("</script>")[0]
    (data,) = json_ld(client, "/")
    assert data["description"] == "Fish & chips </script"


@pytest.mark.parametrize(
    ("url", "search"),
    [
        ("/legislation-policy/policy-qas/", "/search/?q=migrant"),
        ("/es/legislacion-y-politica/preguntas-y-respuestas/", "/es/search/?q=migrante"),
    ],
)
def test_a_description_from_rich_text_keeps_a_space_between_paragraphs(client, url, search):
    """A summary of two paragraphs read "…the cases they meet.The questions…" in the meta
    description and in search results: the paragraphs' tags went and nothing stood between."""
    description = head(client, url).find("meta", attrs={"name": "description"})["content"]
    assert re.search(r"[a-z][.!?][A-Z]", description) is None, description
    results = BeautifulSoup(client.get(search).content, "html.parser")
    summaries = [p.get_text() for p in results.select("main .usa-collection__description")]
    assert summaries
    joined = [text for text in summaries if re.search(r"[a-z][.!?][A-Z]", text)]
    assert joined == []
