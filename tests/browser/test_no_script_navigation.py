"""Without JavaScript the header still leads everywhere: USWDS's phone menu and section
submenus need their script, so with scripts off every section is a plain link to its page (in
both languages, at phone and desktop widths), and the section page's side navigation links the
pages the submenu would have shown."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

VISIBLE_SECTION_LINKS = """() => [...document.querySelectorAll(
    '.usa-nav__primary > li > a, .usa-nav__primary > li > noscript > a')]
    .filter((a) => a.offsetParent !== null)
    .map((a) => [a.textContent.trim(), a.getAttribute('href')])"""
VISIBLE_BUTTONS = """() => [...document.querySelectorAll('.usa-nav__primary button, .usa-menu-btn')]
    .filter((b) => b.offsetParent !== null).length"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize(
    ("home", "section", "child"),
    [
        ("/", "About Us", "State MEP Directory"),
        ("/es/", "Quiénes somos", "Directorio de programas estatales"),
    ],
)
def test_every_section_is_a_link_and_its_page_lists_its_children(
    browser, site_url, width, home, section, child
):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    page.goto(site_url + home)
    links = dict(page.evaluate(VISIBLE_SECTION_LINKS))
    assert len(links) >= 8, links  # every section, none hidden behind a button
    assert page.evaluate(VISIBLE_BUTTONS) == 0  # no control that cannot work without script
    page.goto(site_url + links[section])
    side_nav = page.locator(".usa-sidenav")
    assert side_nav.get_by_role("link", name=child).first.is_visible()
    context.close()


def test_with_scripts_the_sections_open_submenus_as_before(browser_page, site_url):
    browser_page.goto(site_url + "/")
    assert browser_page.locator(".usa-nav__primary noscript").count() >= 1
    button = browser_page.get_by_role("button", name="About Us")
    button.click()
    assert browser_page.get_by_role("link", name="State MEP Directory").first.is_visible()
