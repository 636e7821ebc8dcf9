"""The families section: plain-language pages in English and Spanish, a "Go to state" form
into the State MEP directory, and links from the home page and the main menu."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

SECTIONS = {
    "en": ("/", "/families/", "For families", "/about-us/state-directory/"),
    "es": ("/es/", "/es/familias/", "Para familias", "/es/quienes-somos/directorio-estatal/"),
}


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["en", "es"])
def test_section_page_in_each_language(client, language):
    _home, url, title, _directory = SECTIONS[language]
    page = soup(client, url)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == title
    children = page.select(".usa-collection__heading a")
    assert len(children) == 3
    for link in children:
        child = soup(client, link["href"])
        assert child.html["lang"] == language
        assert not child.select("main [lang=en]") or language == "en"


@pytest.mark.parametrize("language", ["en", "es"])
def test_go_to_state_form_leads_to_the_state_page_in_the_same_language(client, language):
    _home, url, _title, directory = SECTIONS[language]
    form = soup(client, url).select_one("form.state-jump")
    assert form["method"] == "get"
    assert form["action"] == directory
    select = form.select_one("select[name=state]")
    assert select["id"] == form.select_one("label")["for"]
    codes = [option["value"] for option in select.select("option")]
    assert (
        "FL" in codes
        and "NC" in codes
        and codes == sorted(codes, key=lambda c: select.select_one(f"option[value={c}]").get_text())
    )
    response = client.get(form["action"], {"state": "NC"})
    assert response.status_code == 302
    assert response["Location"] == f"{directory}nc/"
    state = soup(client, response["Location"])
    assert state.html["lang"] == language
    # The State's name in the visitor's language.
    assert {"en": "North Carolina", "es": "Carolina del Norte"}[language] in state.h1.get_text()


@pytest.mark.parametrize("language", ["en", "es"])
def test_home_page_and_main_menu_link_to_the_section(client, language):
    home, url, title, _directory = SECTIONS[language]
    page = soup(client, home)
    assert page.select_one(f'.families-link a[href="{url}"]')
    # Links, and buttons for sections with a submenu (About Us).
    menu = [item.get("href") for item in page.select(".usa-nav__primary > li > :is(a, button)")]
    assert url in menu
    # Right after About Us, where a family looks for "who we are, who we are for".
    assert menu.index(url) == 1


def test_spanish_text_is_plain_and_speaks_to_the_family(client):
    page = soup(client, "/es/familias/quien-puede-participar/")
    text = page.select_one("main").get_text(" ")
    assert "Certificado de Elegibilidad" in text
    assert "3 a 21" in text
    moving = soup(client, "/es/familias/cuando-se-muda/").select_one("main").get_text(" ")
    assert "MSIX" in moving and "Sistema de Intercambio de Información" in moving
    pass_page = soup(client, "/es/familias/pass/").select_one("main").get_text(" ")
    assert "Portable Assisted Study Sequence" in pass_page and "1978" in pass_page


def test_section_without_a_directory_hides_the_form(client):
    from pages.models import StateDirectoryPage

    for directory in StateDirectoryPage.objects.all():
        directory.unpublish()
    page = soup(client, "/families/")
    assert page.select_one("form.state-jump") is None


def test_query_count_is_flat(client, django_assert_max_num_queries):
    client.get("/es/familias/")
    with django_assert_max_num_queries(40):
        client.get("/es/familias/?x=1")
