"""The optional menu label (Promote tab, BasePage.menu_title): the navigation bar, its submenus
and the side navigation show it instead of the title; the page, its breadcrumbs and its <title>
keep the full title."""

import re

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def primary_nav(body):
    return body.split('<ul class="usa-nav__primary', 1)[1].split("</nav>", 1)[0]


def labels(fragment):
    return [
        re.sub(r"<[^>]+>", "", label).strip()
        for label in re.findall(r"<span>(.*?)</span>", fragment)
    ]


def test_spanish_sections_with_long_titles_show_their_short_label_in_the_menu(client):
    body = client.get("/es/biblioteca-de-recursos/").content.decode()
    nav = labels(primary_nav(body))
    for label in ("Biblioteca", "Herramientas", "Leyes y política", "Seminarios y reuniones"):
        assert label in nav
    assert "Biblioteca de recursos" not in nav
    assert "Seminarios web y reuniones" not in nav
    # The page itself and its breadcrumbs keep the full title.
    main = body.split('id="main-content"', 1)[1]
    assert re.search(r"<h1[^>]*>\s*Biblioteca de recursos\s*</h1>", main)
    assert "Biblioteca de recursos" in body.split('class="usa-breadcrumb', 1)[1].split("</nav>")[0]
    assert "<title>Biblioteca de recursos" in body


def test_a_submenu_and_the_side_navigation_show_a_page_s_menu_label(client):
    manual = Page.objects.get(url_path__endswith="/tools-curriculum/national-idr-manual/").specific
    manual.menu_title = "ID&R Manual"
    manual.save_revision().publish()
    body = client.get("/tools-curriculum/").content.decode()
    submenu = primary_nav(body)
    assert ">ID&amp;R Manual</span>" in submenu
    assert "National ID&amp;R Manual" not in submenu
    side_nav = body.split('class="usa-sidenav"', 1)[1].split("</nav>", 1)[0]
    assert ">ID&amp;R Manual</a>" in side_nav
    assert "National ID&amp;R Manual" in client.get(manual.url).content.decode()


def test_without_a_menu_label_the_menu_shows_the_title(client):
    assert "Resource Library" in labels(primary_nav(client.get("/").content.decode()))


def test_the_promote_tab_has_the_menu_label_and_says_where_it_shows(admin_client):
    page = Page.objects.get(url_path="/home/resource-library/")
    body = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    promote = body.split('id="tab-promote"', 1)[1]
    assert 'name="menu_title"' in promote
    assert "Leave it blank to use the title" in promote
