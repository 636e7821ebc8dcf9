"""The accessibility gate: axe-core (WCAG 2.0/2.1 A and AA rules) reports nothing on any page
type, the keyboard reaches everything, focus is visible, and the CSP blocks nothing we ship."""

import pytest

from .conftest import first_public_url, page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

#: Pages that are not page types: search with and without results, and the 404 page.
#: Routes that are not page types of their own: search, filtered lists, the calendar, 404.
OTHER_URLS = [
    "/search/?q=migrant",
    "/search/?q=qqqzzz",
    "/search/?q=migrant&type=policy-questions",
    "/resource-library/?sort=title&year=2018",
    "/updates/?category=announcement",
    "/webinars-meetings/calendar/2019/1/",
    "/about-us/state-directory/fl/",
    "/no-such-page/",
    # Spanish: home, About, an initiative, the section (with English events in it), the
    # meeting, search and the 404 page.
    "/es/",
    "/es/quienes-somos/",
    "/es/quienes-somos/salud-migrante/",
    "/es/seminarios-web-y-reuniones/",
    "/es/seminarios-web-y-reuniones/iniciativa-de-mentoria-familias-pac/",
    "/es/search/?q=migrante",
    "/es/familias/",
    "/es/familias/cuando-se-muda/",
    "/es/legislacion-y-politica/preguntas-y-respuestas/",
    "/es/noticias-e-historias/retos-y-soluciones-de-los-reclutadores/",
    "/es/no-existe/",
]
#: Desktop and a phone: the mobile menu and stacked tables get checked too.
VIEWPORTS = {"desktop": (1280, 900), "mobile": (390, 844)}


def viewport_size(name):
    width, height = VIEWPORTS[name]
    return {"width": width, "height": height}


def axe_violations(page, axe_source):
    page.evaluate(axe_source)  # through DevTools, so the page's CSP does not apply to axe itself
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


def check(page, url, axe_source):
    response = page.goto(url)
    assert response.status in (200, 404), url
    assert axe_violations(page, axe_source) == [], url
    assert page.console_errors == [], f"{url}: {page.console_errors}"


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("label", page_types())
def test_every_page_type_passes_axe(site_url, browser_page, axe_source, label, viewport):
    browser_page.set_viewport_size(viewport_size(viewport))
    check(browser_page, site_url + first_public_url(label), axe_source)


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", OTHER_URLS)
def test_other_routes_pass_axe(site_url, browser_page, axe_source, path, viewport):
    browser_page.set_viewport_size(viewport_size(viewport))
    check(browser_page, site_url + path, axe_source)


def test_skip_link_is_first_and_moves_focus_to_main(site_url, browser_page):
    page = browser_page
    page.goto(site_url + "/about-us/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_keyboard_reaches_navigation_and_search_with_visible_focus(site_url, browser_page):
    page = browser_page
    page.goto(site_url + "/")
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        element = page.evaluate(
            """() => { const e = document.activeElement;
                return {tag: e.tagName, text: (e.textContent || '').trim(), name: e.name || '',
                        outline: getComputedStyle(e).outlineStyle}; }"""
        )
        if element["tag"] == "BODY":  # past the last control, focus leaves the page
            break
        seen.append(element)
        assert element["outline"] != "none", element
    texts = [e["text"] for e in seen]
    assert "About Us" in texts
    assert any(e["name"] == "q" for e in seen), "the search box is not reachable by keyboard"


def test_search_works_from_the_header_with_the_keyboard(site_url, browser_page):
    page = browser_page
    page.goto(site_url + "/")
    page.fill("#header-search", "migrant health")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=migrant+health")
    assert page.locator("h1").inner_text() == "Search"


def test_mobile_menu_opens_and_closes(site_url, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "/")
    nav = page.locator("nav.usa-nav")
    assert not nav.is_visible()
    page.get_by_role("button", name="Menu").click()
    assert nav.is_visible()
    page.keyboard.press("Escape")
    assert not nav.is_visible()
    context.close()
