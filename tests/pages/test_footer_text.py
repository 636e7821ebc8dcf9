"""The footer's disclaimer and links in the visitor's language (FooterText, a translatable
snippet): Spanish pages show the Spanish row, English pages the English one, and while a
language has no row the default language's stands in, marked lang="en"."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from pages.demo_footer import DISCLAIMER
from pages.models import FooterText

pytestmark = pytest.mark.django_db

SPANISH_DISCLAIMER = "El Departamento de Educación de los EE. UU. (ED) no respalda oficialmente"
ENGLISH_DISCLAIMER = "No official endorsement by the U.S. Department of Education"


def footer(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").footer


def footer_links(part):
    return [(a.get_text(strip=True), a.get("lang")) for a in part.select(".usa-footer__nav a")]


def spanish_row():
    return FooterText.objects.get(locale__language_code="es")


@pytest.fixture
def render_caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 300
    settings.RENDER_MEMO_SIZE = 100


def test_the_demo_has_one_row_per_language_sharing_a_translation_key():
    english = FooterText.objects.get(locale__language_code="en")
    assert spanish_row().translation_key == english.translation_key
    assert "ED-ESE-10-C-0084" in english.disclaimer and "ED-ESE-10-C-0084" in DISCLAIMER["es"]


def test_spanish_footer_shows_the_spanish_disclaimer_and_links_unmarked(client):
    part = footer(client, "/es/")
    disclaimer = part.select_one(".site-disclaimer")
    assert SPANISH_DISCLAIMER in disclaimer.get_text()
    assert ENGLISH_DISCLAIMER not in part.get_text()
    assert not disclaimer.has_attr("lang")
    links = footer_links(part)
    assert ("Ed Data Express: datos de educación (en inglés)", None) in links
    assert 'lang="en"' not in str(part)


def test_english_footer_is_unchanged(client):
    part = footer(client, "/")
    disclaimer = part.select_one(".site-disclaimer")
    assert "ED-ESE-10-C-0084" in disclaimer.get_text()
    assert ENGLISH_DISCLAIMER in disclaimer.get_text()
    assert not disclaimer.has_attr("lang")
    assert ("Ed Data Express", None) in footer_links(part)
    assert SPANISH_DISCLAIMER not in part.get_text()


def test_without_a_spanish_row_the_english_one_stands_in_marked(client):
    spanish_row().delete()
    part = footer(client, "/es/")
    disclaimer = part.select_one(".site-disclaimer")
    assert ENGLISH_DISCLAIMER in disclaimer.get_text()
    assert disclaimer["lang"] == "en"
    assert ("Ed Data Express", "en") in footer_links(part)
    assert not part.select_one(".usa-footer__nav").has_attr("lang")


def test_without_any_row_the_footer_has_no_disclaimer(client):
    FooterText.objects.all().delete()
    part = footer(client, "/es/")
    assert part.select_one(".site-disclaimer") is None
    assert part.select_one(".usa-footer__logo-heading")  # the rest of the footer is there


def test_the_footer_text_is_read_with_the_site_settings(client):
    """No query of its own: the row is a subquery of the settings' query."""
    client.get("/es/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/es/")
    reading = [q["sql"] for q in queries if '"pages_footertext"' in q["sql"]]
    assert len(reading) == 1
    assert re.search(r'FROM "pages_sitesettings"', reading[0])


@pytest.mark.usefixtures("render_caches_on")
def test_saving_the_spanish_row_changes_spanish_pages_at_once_with_render_caches(client):
    assert SPANISH_DISCLAIMER in footer(client, "/es/").get_text()
    english_before = str(footer(client, "/"))
    text = spanish_row()
    text.disclaimer = "<p>Texto nuevo del aviso legal.</p>"
    text.footer_links = [
        {"type": "link", "value": {"text": "Enlace nuevo", "url": "https://www.ed.gov/"}}
    ]
    text.save()
    part = footer(client, "/es/")
    assert "Texto nuevo del aviso legal." in part.get_text()
    assert ("Enlace nuevo", None) in footer_links(part)
    assert SPANISH_DISCLAIMER not in part.get_text()
    # Each language keeps its own cached footer.
    assert str(footer(client, "/")) == english_before


@pytest.mark.usefixtures("render_caches_on")
def test_cached_footers_are_kept_per_language(client):
    footer(client, "/")
    footer(client, "/es/")
    assert ENGLISH_DISCLAIMER in footer(client, "/").get_text()
    assert SPANISH_DISCLAIMER in footer(client, "/es/").get_text()


def test_admin_lists_the_rows_and_offers_translate(admin_client):
    spanish_row().delete()
    english = FooterText.objects.get(locale__language_code="en")
    listing = admin_client.get(reverse("wagtailsnippets_pages_footertext:list"))
    assert listing.status_code == 200
    translate_url = reverse(
        "simple_translation:submit_snippet_translation",
        args=["pages", "footertext", english.pk],
    )
    assert translate_url in listing.content.decode()
    spanish = Locale.objects.get(language_code="es")
    response = admin_client.post(translate_url, {"locales": [spanish.pk]})
    assert response.status_code == 302
    copy = spanish_row()
    assert copy.translation_key == english.translation_key
    assert copy.disclaimer == english.disclaimer
    # The editor then writes the Spanish text in the snippet's edit form.
    edit_url = reverse("wagtailsnippets_pages_footertext:edit", args=[copy.pk])
    assert admin_client.get(edit_url).status_code == 200


def test_one_row_per_language():
    second = FooterText(locale=Locale.objects.get(language_code="es"), disclaimer="<p>Otro</p>")
    with pytest.raises(ValidationError, match="already has its footer text"):
        second.full_clean()
