"""A Spanish-speaking visitor starting at /es/: every link in the main menu and on the home page
leads to a Spanish page or says that the page is in English, and at least 25 distinct Spanish
pages can be reached from /es/ by following Spanish links (a State's page in the directory and
calendar months are sub-routes of one page and not counted)."""

import re

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

#: Sub-routes of one page: a State in the directory, a calendar month, an event's .ics.
SUB_ROUTE = re.compile(r"/directorio-estatal/[a-z]{2}/$|/calendar/|/ics/$|/feed/$|/atom/$")


def fetch(client, url):
    response = client.get(url)
    if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
        return None
    return BeautifulSoup(response.content, "html.parser")


def is_spanish_page(page):
    """A page in Spanish: the document is Spanish and its content not marked as English."""
    main = page.select_one("main")
    return page.html.get("lang") == "es" and main is not None and main.get("lang") is None


def marked_english(link):
    """The link says where it goes is in English: hreflang="en" and a visible "(en inglés)"
    right after it or in the list item it belongs to (a second "View this event" link)."""
    if link.get("hreflang") != "en":
        return False
    note = link.find_next_sibling("span", class_="language-note")
    if note is None:
        item = link.find_parent("li")
        note = item and item.select_one("span.language-note")
    return note is not None and "(en inglés)" in note.text


def local_links(nodes):
    for node in nodes:
        yield from node.select("a[href^='/']")


def test_every_menu_and_home_link_is_spanish_or_marked_english(client):
    home = fetch(client, "/es/")
    links = list(local_links(home.select(".usa-nav__primary, main")))
    assert len(links) > 15
    failures = []
    for link in links:
        href = link["href"].split("#")[0]
        if not href or SUB_ROUTE.search(href.split("?")[0]):
            continue
        target = fetch(client, href)
        if target is None:
            continue  # a feed or calendar file, not a page
        if not (is_spanish_page(target) or marked_english(link)):
            failures.append(f"{href} ({link.get_text(' ', strip=True)})")
    assert failures == []


def test_at_least_25_spanish_pages_are_reachable_from_the_spanish_home(client):
    seen, spanish, queue = set(), set(), ["/es/"]
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        page = fetch(client, url)
        if page is None or not is_spanish_page(page):
            continue
        spanish.add(url)
        for link in page.select("a[href^='/es/']"):
            href = link["href"].split("#")[0]
            if "?" not in href and not SUB_ROUTE.search(href) and href not in seen:
                queue.append(href)
    assert len(spanish) >= 25, sorted(spanish)
    for expected in (
        "/es/familias/",
        "/es/quienes-somos/directorio-estatal/",
        "/es/quienes-somos/nuestro-impacto/",
        "/es/noticias-e-historias/estudiante-pass-del-ano-2017-jocelyn-martinez/",
        "/es/seminarios-web-y-reuniones/",
        "/es/biblioteca-de-recursos/",
        "/es/legislacion-y-politica/preguntas-y-respuestas/",
    ):
        assert expected in spanish
