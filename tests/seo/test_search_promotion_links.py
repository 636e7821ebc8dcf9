"""Editors' picks on the search page: a pick of an address outside the site looks and reads as
an external link (USWDS's style and the screen-reader hint, as `{% external_link %}` gives);
a pick of a page in another language than the visitor's says so."""

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from updates.models import UpdatePage

pytestmark = pytest.mark.django_db

OUTSIDE = "https://www.colorincolorado.org/article/migrant-students"


def promoted_links(client, url, q):
    page = BeautifulSoup(client.get(url, {"q": q}).content, "html.parser")
    return page.find(id="promoted-heading").parent.select(".usa-collection__heading a")


def pick(query_string, **fields):
    fields.setdefault("sort_order", 0)
    return SearchPromotion.objects.create(query=Query.get(query_string), **fields)


@pytest.mark.parametrize(
    ("url", "hint"), [("/search/", "(external website)"), ("/es/search/", "(sitio web externo)")]
)
def test_a_pick_outside_the_site_is_marked_external(client, url, hint):
    pick("colorin", external_link_url=OUTSIDE, external_link_text="Colorín Colorado")
    (link,) = promoted_links(client, url, "colorin")
    assert link["href"] == OUTSIDE
    assert "usa-link--external" in link["class"]
    assert link.select_one(".usa-sr-only").get_text(strip=True) == hint
    assert "Colorín Colorado" in link.get_text()


def test_a_pick_of_an_address_on_the_site_stays_plain(client):
    pick("library", external_link_url="/resource-library/", external_link_text="The library")
    (link,) = promoted_links(client, "/search/", "library")
    assert "usa-link--external" not in link["class"]
    assert link.select_one(".usa-sr-only") is None


def test_a_pick_of_an_english_page_on_the_spanish_search_is_marked(client):
    update = UpdatePage.objects.get(slug="our-nations-english-learners", locale__language_code="en")
    pick("aprendices", page=update, description="Lea esto")
    (link,) = promoted_links(client, "/es/search/", "aprendices")
    assert link["hreflang"] == "en"
    item = link.find_parent("li")
    assert item["lang"] == "en"
    assert "(en inglés)" in item.get_text()
    (english,) = promoted_links(client, "/search/", "aprendices")
    assert not english.has_attr("hreflang")


def test_a_pick_of_an_english_page_shows_its_spanish_translation_on_the_spanish_search(client):
    english = UpdatePage.objects.get(
        slug="national-study-english-learners-digital-resources", locale__language_code="en"
    )
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    pick("estudio", page=english, description="Lea esto")
    (link,) = promoted_links(client, "/es/search/", "estudio")
    assert link["href"] == spanish.url
    assert link.get_text(strip=True).startswith(spanish.title)
    assert not link.has_attr("hreflang")
    item = link.find_parent("li")
    assert not item.has_attr("lang") and "(en inglés)" not in item.get_text()
    # English visitors keep the English page; once the translation is a draft, Spanish
    # visitors get the English page again, marked.
    (link,) = promoted_links(client, "/search/", "estudio")
    assert link["href"] == english.url
    spanish.unpublish()
    (link,) = promoted_links(client, "/es/search/", "estudio")
    assert link["href"] == english.url and link["hreflang"] == "en"


def test_both_language_versions_picked_show_once(client):
    english = UpdatePage.objects.get(
        slug="national-study-english-learners-digital-resources", locale__language_code="en"
    )
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    pick("estudio", page=english)
    pick("estudio", page=spanish, sort_order=1)
    (link,) = promoted_links(client, "/es/search/", "estudio")
    assert link["href"] == spanish.url
