"""The site in Spanish: the language selector, hreflang, per-language lists, search, calendar and
sitemap, English pages standing in (marked lang="en") where nothing is translated yet, and no
unpublished translation anywhere."""

import re

import pytest
from wagtail.models import Locale, Page

from events.models import EventPage
from pages.models import AboutPage

pytestmark = pytest.mark.django_db

SPANISH_MEETING = "/es/seminarios-web-y-reuniones/iniciativa-de-mentoria-familias-pac/"
SPANISH_MEETING_TITLE = "Iniciativa de Mentoría del MEP"
# Updates themselves are not translated in the demo (their section is).
UNTRANSLATED_UPDATE = "/updates/our-nations-english-learners/"


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def selector_links(body):
    """(href, lang, text) of each link in the header's language selector."""
    block = re.search(r'<div class="usa-language-container.*?</div>', body, re.S)
    assert block, "no language selector"
    return re.findall(r'href="([^"]*)" hreflang="[^"]*" lang="([^"]*)">([^<]*)</a>', block.group())


def hreflang(body):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]*)" href="([^"]*)">', body))


def test_selector_round_trip_between_translated_pages(client):
    english = html(client, "/about-us/")
    assert '<html lang="en">' in english
    assert selector_links(english) == [("/es/quienes-somos/", "es", "Español")]
    spanish = html(client, "/es/quienes-somos/")
    assert '<html lang="es">' in spanish
    assert "Oficina de Educación Migrante" in spanish
    assert selector_links(spanish) == [("/about-us/", "en", "English")]


def test_selector_goes_to_spanish_home_when_page_is_not_translated(client):
    assert selector_links(html(client, UNTRANSLATED_UPDATE)) == [("/es/", "es", "Español")]
    assert selector_links(html(client, "/es/")) == [("/", "en", "English")]
    # Every section has its Spanish version (so any page below it can be translated).
    assert selector_links(html(client, "/updates/")) == [("/es/novedades/", "es", "Español")]


def test_selector_keeps_sub_route_and_filters(client):
    links = selector_links(html(client, "/webinars-meetings/calendar/2019/1/"))
    assert links[0][0] == "/es/seminarios-web-y-reuniones/calendar/2019/1/"
    links = selector_links(html(client, "/webinars-meetings/?kind=webinar"))
    assert links[0][0] == "/es/seminarios-web-y-reuniones/?kind=webinar"
    links = selector_links(html(client, "/search/?q=migrant"))
    assert links[0][0] == "/es/search/?q=migrant"


def test_hreflang_pairs_point_at_each_other(client):
    english, spanish = (
        hreflang(html(client, "/about-us/")),
        hreflang(html(client, "/es/quienes-somos/")),
    )
    assert english == spanish
    assert english["en"].endswith("/about-us/")
    assert english["es"].endswith("/es/quienes-somos/")
    assert english["x-default"] == english["en"]
    # A page in one language only has no alternates.
    assert hreflang(html(client, UNTRANSLATED_UPDATE)) == {}


def test_sitemap_lists_both_languages_with_alternates(client):
    body = html(client, "/sitemap.xml")
    assert "/es/quienes-somos/</loc>" in body
    assert SPANISH_MEETING + "</loc>" in body
    assert re.search(
        r'<loc>[^<]*/about-us/</loc>.*?hreflang="es" href="[^"]*/es/quienes-somos/"', body
    )


def nav_items(body):
    """(lang attribute, address) of each section: its link, the link shown without scripts,
    or its submenu's first link."""
    return re.findall(
        r'<li class="usa-nav__primary-item"([^>]*)>\s*(?:<noscript>\s*)?'
        r'(?:<button[^>]*>.*?</button>\s*<ul[^>]*>\s*<li[^>]*>\s*)?<a[^>]*href="([^"]*)"',
        body,
        re.S,
    )


def test_spanish_nav_shows_every_section_in_spanish_in_menu_order(client):
    english = [href for _lang, href in nav_items(html(client, "/"))]
    items = nav_items(html(client, "/es/"))
    assert items[:3] == [
        ("", "/es/quienes-somos/"),
        ("", "/es/familias/"),
        ("", "/es/legislacion-y-politica/"),
    ]
    assert ("", "/es/seminarios-web-y-reuniones/") in items
    assert ("", "/es/novedades/") in items
    assert len(items) == len(english)  # the same sections, in the same order


def test_spanish_nav_shows_an_untranslated_section_in_english_in_its_place(client):
    english = [href for _lang, href in nav_items(html(client, "/"))]
    Page.objects.get(url_path="/inicio/legislacion-y-politica/").specific.unpublish()
    items = nav_items(html(client, "/es/"))
    assert items[2] == (' lang="en"', "/legislation-policy/")
    assert len(items) == len(english)


def test_spanish_event_list_shows_translation_and_english_fallbacks_once(client):
    body = html(client, "/es/seminarios-web-y-reuniones/")
    assert SPANISH_MEETING_TITLE in body
    # The English original is replaced by its translation, not listed beside it.
    assert "MEP Family Engagement: State and Local PACs" not in body
    assert re.search(r'<li class="usa-collection__item event-item" lang="en">', body)
    english = html(client, "/webinars-meetings/")
    assert SPANISH_MEETING_TITLE not in english
    assert "MEP Family Engagement: State and Local PACs" in english
    assert 'lang="en">' not in english.split("<main", 1)[1]


def test_spanish_calendar_and_ics_feed(client):
    month = html(client, "/es/seminarios-web-y-reuniones/calendar/2019/1/")
    assert SPANISH_MEETING_TITLE in month
    feed = client.get("/es/seminarios-web-y-reuniones/calendar.ics")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("text/calendar")


def test_search_per_language(client):
    spanish = html(client, "/es/search/?q=Consejos+Asesores")
    assert SPANISH_MEETING_TITLE in spanish
    assert SPANISH_MEETING_TITLE not in html(client, "/search/?q=Consejos+Asesores")
    # English pages without a translation are found in Spanish search, marked as English.
    manual = html(client, "/es/search/?q=ID%26R+manual")
    assert re.search(r'<li class="usa-collection__item" lang="en">', manual)


def test_spanish_404_is_in_spanish_markup(client):
    body = html(client, "/es/no-existe/", status=404)
    assert '<html lang="es">' in body


def test_unpublished_translation_leaks_nowhere(client):
    spanish_about = AboutPage.objects.get(locale__language_code="es")
    spanish_about.unpublish()
    assert client.get("/es/quienes-somos/").status_code == 404
    english = html(client, "/about-us/")
    assert selector_links(english) == [("/es/", "es", "Español")]
    assert hreflang(english) == {}
    nav = html(client, "/es/")
    assert "Quiénes somos" not in nav
    assert ("en", "/about-us/") in [
        (lang.strip().removeprefix('lang="').removesuffix('"'), href)
        for lang, href in nav_items(nav)
    ]
    assert "/es/quienes-somos/</loc>" not in html(client, "/sitemap.xml")
    assert "Quiénes somos" not in html(client, "/es/search/?q=Oficina")


def test_draft_translation_leaks_nowhere(client):
    original = EventPage.objects.get(
        slug="sample-webinar-identification-and-recruitment", locale__language_code="en"
    )
    draft = original.copy_for_translation(Locale.objects.get(language_code="es"))
    draft.title = "Borrador secreto del seminario"
    draft.save_revision()
    assert not Page.objects.get(pk=draft.pk).live
    for url in ["/es/seminarios-web-y-reuniones/", "/es/search/?q=Borrador", "/sitemap.xml"]:
        assert "Borrador secreto" not in html(client, url), url
    # The English original still stands in for it, and offers no Spanish alternate.
    # (Its year's page: the Directors' Meetings archive fills the first page of past events.)
    year = original.start.year
    assert original.title in html(client, f"/es/seminarios-web-y-reuniones/?year={year}")
    assert "es" not in hreflang(html(client, original.url))


def test_untranslated_page_under_spanish_address_is_marked_english(client):
    # Wagtail serves the English page when the Spanish tree has none: never a 404.
    body = html(client, "/es/updates/")
    assert '<html lang="es">' in body
    assert '<main id="main-content" tabindex="-1" lang="en">' in body
    assert re.search(r'<link rel="canonical" href="[^"]*/updates/">', body)


def test_footer_disclaimer_is_in_the_visitors_language(client):
    # The footer text has a row per language (tests/pages/test_footer_text.py).
    spanish = html(client, "/es/")
    assert '<div class="site-disclaimer">' in spanish and "no respalda oficialmente" in spanish
    assert '<div class="site-disclaimer">' in html(client, "/")


def test_no_results_suggestions_link_to_sections_in_visitor_language(client):
    body = html(client, "/es/search/?q=qqqzzz")
    assert 'href="/es/seminarios-web-y-reuniones/"' in body
    assert 'href="/es/biblioteca-de-recursos/"' in body
    assert 'href="/webinars-meetings/"' in html(client, "/search/?q=qqqzzz")
    # A section whose translation is taken down: the English section in its place.
    Page.objects.get(url_path="/inicio/biblioteca-de-recursos/").specific.unpublish()
    assert 'href="/resource-library/"' in html(client, "/es/search/?q=qqqzzz")
