import datetime

import pytest
from django.contrib.auth.models import Group

from pages.models import StateDirectoryPage, StateProgram
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

URL = "/about-us/state-directory/"


def test_data_migration_creates_50_states_dc_and_puerto_rico():
    states = StateProgram.objects.sources()  # one row per State (and one per translation)
    assert states.count() == 52
    codes = set(states.values_list("code", flat=True))
    assert {"DC", "PR", "AK", "HI", "FL", "MI", "NC", "WY"} <= codes
    assert len({(s.tile_row, s.tile_column) for s in states}) == 52
    assert StateProgram.objects.sources().get(code="PR").name == "Puerto Rico"


def test_at_most_three_sample_contacts_and_no_verified_ones_in_demo():
    samples = StateProgram.objects.sources().filter(is_sample_contact=True)
    assert samples.count() <= 3
    for state in samples:
        assert "placeholder" in state.director_name
        assert state.email.endswith("@example.org")
        assert not state.is_verified
    others = StateProgram.objects.filter(is_sample_contact=False)
    assert not any(s.has_contact for s in others)


def test_directory_is_in_the_menu_under_about_us():
    page = StateDirectoryPage.objects.get(locale__language_code="en")
    assert page.show_in_menus and page.get_parent().slug == "about-us"
    assert page.url == URL


def test_map_has_52_tiles_each_a_link_with_an_accessible_name(client):
    response = client.get(URL)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "State MEP Directory"
    tiles = page.select("ul.state-map > li.state-map__tile")
    assert len(tiles) == 52
    for tile in tiles:
        link = tile.find("a")
        assert link["href"].startswith(URL) and link["href"].endswith("/")
        name = text_of(link)
        code = link.select_one(".state-map__code").text
        assert name.startswith(code + " ")  # the visible label starts the accessible name
        assert len(name) > len(code) + 5
        assert "tabindex" not in link.attrs  # a plain link: focusable in order
    florida = page.find("a", href=f"{URL}fl/")
    assert "Florida" in text_of(florida)
    # Tiles are placed with classes, never inline styles (CSP).
    assert "style=" not in response.content.decode()
    assert "state-map__tile--row-7" in florida.parent["class"]


def test_table_and_map_agree(client):
    page = soup(client.get(URL))
    map_links = {
        a["href"]: a.select_one(".usa-sr-only").text.split(",")[0].strip()
        for a in page.select(".state-map a")
    }
    rows = page.select(".state-table tbody tr")
    assert len(rows) == 52
    table_links = {row.th.a["href"]: row.th.a.text for row in rows}
    assert map_links == table_links
    codes = [row.find_all("td")[0].text for row in rows]
    names = [row.th.a.text for row in rows]
    assert names == sorted(names)
    assert len(set(codes)) == 52


def test_unverified_entries_say_so(client):
    page = soup(client.get(URL))
    alaska = next(r for r in page.select(".state-table tbody tr") if r.th.a.text == "Alaska")
    assert "Contact not yet verified" in text_of(alaska)
    detail = soup(client.get(f"{URL}ak/"))
    assert detail.h1.text == "Alaska Migrant Education Program"
    assert "Contact not yet verified" in text_of(detail.main)
    assert not detail.select("a[href^=mailto]")


def test_sample_contact_is_marked_on_table_and_detail(client):
    page = soup(client.get(URL))
    florida = next(r for r in page.select(".state-table tbody tr") if r.th.a.text == "Florida")
    assert "Sample contact" in text_of(florida)
    detail = soup(client.get(f"{URL}fl/"))
    main = text_of(detail.main)
    assert "Sample contact" in main and "not a real person" in main
    # One status everywhere: a sample is a sample (not "verified", not "not yet verified").
    assert "Contact not yet verified" not in main
    tile = page.find("a", href=f"{URL}fl/")
    assert "Sample contact" in text_of(tile)


def test_verified_contact_shows_details_and_date(client):
    StateProgram.objects.filter(code="OR").update(
        director_name="Pat Example",
        director_title="State MEP Director",
        email="mep@example.org",
        phone="555-010-0199",
        website="https://example.org/mep",
        last_verified=datetime.date(2026, 10, 1),
        pass_participation="yes",
    )
    detail = soup(client.get(f"{URL}or/"))
    main = text_of(detail.main)
    assert "Pat Example, State MEP Director" in main
    assert "Last verified on October 1, 2026" in main
    assert "not yet verified" not in main
    assert detail.find("a", href="mailto:mep@example.org")
    assert detail.find("a", href="tel:555-010-0199")
    assert "Takes part in PASS: Yes" in main
    tile = soup(client.get(URL)).find("a", href=f"{URL}or/")
    assert "state-map__link--verified" in tile["class"]
    assert "contact verified" in text_of(tile).lower()


def test_detail_has_breadcrumbs_canonical_and_neighbours(client):
    page = soup(client.get(f"{URL}nc/"))
    crumbs = [text_of(li) for li in page.select(".usa-breadcrumb__list-item")]
    assert crumbs == ["Home", "About Us", "State MEP Directory", "North Carolina"]
    assert page.find("link", rel="canonical")["href"].endswith(f"{URL}nc/")
    nearby = [a.text for a in page.find(id="nearby-heading").parent.select("a")]
    assert "South Carolina" in nearby and "Virginia" in nearby
    assert "North Carolina" not in nearby
    assert page.title.text.startswith("North Carolina Migrant Education Program")


def test_uppercase_code_redirects_and_unknown_code_is_404(client):
    response = client.get(f"{URL}FL/")
    assert response.status_code == 301 and response["Location"] == f"{URL}fl/"
    assert client.get(f"{URL}zz/").status_code == 404
    assert client.get(f"{URL}florida/").status_code == 404


def test_jump_form_goes_to_the_state(client):
    response = client.get(URL, {"state": "MI"})
    assert response.status_code == 302 and response["Location"] == f"{URL}mi/"
    assert client.get(URL, {"state": "mi"})["Location"] == f"{URL}mi/"


def test_search_filter_and_sort(client):
    def names(params):
        page = soup(client.get(URL, params))
        return [row.th.a.text for row in page.select(".state-table tbody tr")]

    assert names({"q": "carolina"}) == ["North Carolina", "South Carolina"]
    assert names({"q": "PR"}) == ["Puerto Rico"]
    assert names({"q": "nc"}) == ["North Carolina"]
    by_code = names({"sort": "code"})
    assert by_code[:3] == ["Alaska", "Alabama", "Arkansas"]
    assert names({"sort": "-name"})[0] == "Wyoming"
    StateProgram.objects.filter(code="TX").update(pass_participation="yes")
    assert names({"pass": "yes"}) == ["Texas"]
    assert names({"contact": "verified"}) == []
    assert len(names({"contact": "unverified"})) == 52
    page = soup(client.get(URL, {"q": "carolina"}))
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    # The map still shows every state while the table is filtered.
    assert len(page.select(".state-map a")) == 52


def test_sort_headers_toggle_and_mark_the_current_column(client):
    page = soup(client.get(URL))
    name_header, code_header = page.select(".state-table thead th")[:2]
    assert name_header["aria-sort"] == "ascending"
    assert name_header.a["href"] == f"{URL}?sort=-name"
    assert code_header.a["href"] == f"{URL}?sort=code"
    page = soup(client.get(URL, {"sort": "-code"}))
    code_header = page.select(".state-table thead th")[1]
    assert code_header["aria-sort"] == "descending"
    assert code_header.a["href"] == f"{URL}?sort=code"


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "drop"},
        {"sort": "name; DROP TABLE pages_stateprogram"},
        {"state": "ZZ"},
        {"state": "\x00"},
        {"q": "<script>alert(1)</script>"},
        {"q": "a\x00b"},
        {"q": "x" * 5000},
        {"pass": "maybe"},
        {"contact": "[]"},
    ],
)
def test_bad_input_never_500s(client, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content
    assert len(soup(response).select(".state-map a")) == 52


def test_bad_page_numbers_are_404(client):
    assert client.get(URL, {"page": "abc"}).status_code == 404
    assert client.get(URL, {"page": "99999999999999999999"}).status_code == 404


def test_empty_search_shows_empty_state(client):
    page = soup(client.get(URL, {"q": "Atlantis"}))
    assert "Nothing matches these filters" in text_of(page.main)
    assert not page.select(".state-table")


def test_query_count_does_not_grow_with_states(client, django_assert_max_num_queries):
    client.get(URL)  # warm Wagtail's site-root cache
    StateProgram.objects.filter(tile_row__gte=3).delete()
    with django_assert_max_num_queries(20) as few:
        client.get(URL)
    assert StateProgram.objects.sources().count() < 20
    StateProgram.objects.all().delete()
    for row in range(8):
        for column in range(12):
            StateProgram.objects.create(
                code=f"{chr(65 + row)}{chr(65 + column)}",
                name=f"Test state {row}-{column}",
                tile_row=row,
                tile_column=column,
            )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(URL)
    assert len(soup(response).select(".state-map a")) == 96
    with django_assert_max_num_queries(20):
        client.get(f"{URL}ab/")


def test_draft_or_private_directory_is_hidden(client, home):
    page = StateDirectoryPage.objects.get(locale__language_code="en")
    page.unpublish()
    assert client.get(URL).status_code == 404
    assert client.get(f"{URL}fl/").status_code == 404
    assert not soup(client.get("/")).find(id="directory-heading")


def test_home_links_to_directory_and_a_state_is_two_clicks_away(client):
    home = soup(client.get("/"))
    link = home.select_one(".site-hero__actions a")  # "Find your State's MEP contact"
    assert link["href"] == URL
    directory = soup(client.get(link["href"]))
    florida = directory.find("a", href=f"{URL}fl/")
    assert client.get(florida["href"]).status_code == 200


def test_editors_and_moderators_may_edit_state_entries():
    for name in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"add_stateprogram", "change_stateprogram"} <= codenames
        assert "delete_stateprogram" not in codenames


def test_admin_lists_and_edits_states(admin_client):
    # Each language's rows are listed apart (Wagtail's locale filter).
    response = admin_client.get("/admin/snippets/pages/stateprogram/?locale=en")
    assert response.status_code == 200
    assert b"Puerto Rico" in response.content
    state = StateProgram.objects.sources().get(code="WY")
    response = admin_client.get(f"/admin/snippets/pages/stateprogram/edit/{state.pk}/")
    assert response.status_code == 200
    assert b"Contact not yet verified" in response.content  # help text on last_verified


def test_every_state_field_has_help_text():
    for field in StateProgram._meta.get_fields():
        if getattr(field, "editable", False) and not field.auto_created:
            assert field.help_text, field.name


def test_sitemap_lists_every_state_route(client):
    body = client.get("/sitemap.xml").content.decode()
    assert f"{URL}fl/</loc>" in body and f"{URL}pr/</loc>" in body
    assert body.count(f"<loc>http://testserver{URL}") == 53
    # The Spanish directory has the same routes, each with its English alternate.
    assert body.count("<loc>http://testserver/es/quienes-somos/directorio-estatal/") == 53
    assert f'hreflang="en" href="http://testserver{URL}fl/"' in body


@pytest.mark.parametrize(
    "url, column",
    [
        ("/admin/snippets/pages/stateprogram/?locale=en", "Sample contact"),
        ("/admin/snippets/pages/impactstatistic/?locale=en", "Sample"),
    ],
)
def test_admin_lists_show_the_sample_flag_as_a_tick_or_cross_not_true_or_false(
    admin_client, url, column
):
    page = soup(admin_client.get(url))
    headers = [th.get_text(" ", strip=True) for th in page.select("table.listing thead th")]
    cells = [
        row.select("td")[headers.index(column)] for row in page.select("table.listing tbody tr")
    ]
    assert cells
    for cell in cells:
        assert cell.find("svg", class_="icon")
        for screen_reader_text in cell.select(".w-sr-only"):
            screen_reader_text.decompose()
        assert cell.get_text(strip=True) == ""  # before: the word "True" or "False"
