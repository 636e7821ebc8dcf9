"""The USWDS identifier at the foot of every page, in English and Spanish."""

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.models import Page, Site

from pages.models import SiteSettings, StandardPage
from pages.queries import visible_pages
from tests.html import soup

pytestmark = pytest.mark.django_db

EXTERNAL = {
    "About the U.S. Department of Education": "https://www.ed.gov/about",
    "FOIA requests": "https://www.ed.gov/foia",
    "No FEAR Act data": "https://www.ed.gov/notices/nofear",
    "Office of the Inspector General": "https://oig.ed.gov/",
    "Performance reports": "https://www.ed.gov/about/reports",
}


def identifier(response):
    # Every response that shows the site, error pages included.
    found = soup(response, status=response.status_code).select("section.usa-identifier")
    assert len(found) == 1
    return found[0]


def links(section):
    return {
        " ".join(a.text.split()): a["href"]
        for a in section.select(".usa-identifier__required-links-list a")
    }


def page_type_urls():
    urls = []
    for model in apps.get_models():
        if issubclass(model, Page) and model._meta.app_label in settings.CONTENT_APPS:
            page = visible_pages(model.objects.all()).order_by("path").first()
            if page is not None:
                urls.append(page.url)
    return urls


def test_identifier_on_every_page_type_with_every_required_link(client):
    urls = page_type_urls()
    assert len(urls) > 10
    for url in [*urls, "/search/?q=migrant", "/no-such-page/"]:
        section = identifier(client.get(url))
        found = links(section)
        for text, href in EXTERNAL.items():
            assert found[text] == href, url
        assert list(found)[0] == "About the U.S. Department of Education"
        assert found["Accessibility statement"] == "/accessibility/", url
        assert found["Privacy policy"] == "/privacy/", url
        assert list(found)[1] == "Accessibility statement"
        assert list(found)[-1] == "Privacy policy"
        text = " ".join(section.text.split())
        assert "An official website of the U.S. Department of Education" in text
        assert "results.ed.gov" in text
        usagov = section.select_one(".usa-identifier__section--usagov a")
        assert usagov["href"] == "https://www.usa.gov/" and usagov.text == "Visit USA.gov"
        logo = section.select_one("img.usa-identifier__logo-img")
        assert "placeholder" in logo["src"] and "placeholder" in logo["alt"]


def test_spanish_pages_get_the_spanish_identifier(client):
    for url in ["/es/", "/es/quienes-somos/", "/es/no-existe/"]:
        section = identifier(client.get(url))
        assert section["aria-label"] == "Identificador de la agencia"
        text = " ".join(section.text.split())
        assert "Un sitio web oficial del Departamento de Educación de los EE. UU." in text
        found = links(section)
        assert found["Declaración de accesibilidad"] == "/es/accesibilidad/"
        assert found["Política de privacidad"] == "/es/privacidad/"
        assert found["Solicitudes a través de FOIA"] == "https://www.ed.gov/foia"
        usagov = section.select_one(".usa-identifier__section--usagov a")
        assert usagov["href"] == "https://www.usa.gov/es/"
        assert usagov.text == "Visite USAGov en Español"


def test_external_links_come_from_site_settings(client):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.foia_url = "https://foia.example.gov/"
    site_settings.save()
    assert links(identifier(client.get("/")))["FOIA requests"] == "https://foia.example.gov/"


def test_internal_links_follow_the_pages(client):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    privacy = site_settings.privacy_page.specific
    assert links(identifier(client.get("/")))["Privacy policy"] == privacy.url
    target = StandardPage.objects.get(slug="legislation-policy", locale__language_code="en")
    privacy.move(target, pos="last-child")
    privacy.refresh_from_db()
    assert privacy.url == "/legislation-policy/privacy/"
    assert links(identifier(client.get("/")))["Privacy policy"] == privacy.url
    # An unpublished page is left out rather than linked to a 404.
    privacy.unpublish()
    assert "Privacy policy" not in links(identifier(client.get("/")))
