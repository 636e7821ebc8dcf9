import pytest

from pages.models import AboutPage, InitiativePage
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_home_page_shows_tagline_impact_and_goal(client):
    response = client.get("/")
    assert response.status_code == 200
    page = soup(response)
    assert "Collaboration & Coordination To Achieve Results For Migrant Education" in page.h1.text
    impact = page.find(id="impact-heading").parent
    text = " ".join(impact.text.split())
    # The real 2021-22 figures (the design of the tiles is the home template's).
    assert "213,569" in text and "2021-22" in text
    assert "Sample figure" not in text
    source = impact.find("a", href="https://results.ed.gov/resources/profiles")
    assert "MEP National Profile for Performance Period 2021-2022" in source.text
    assert "high school diploma" in text


def test_home_page_is_a_landing_page(client):
    page = soup(client.get("/"))
    actions = [(a.text, a["href"]) for a in page.select(".site-hero__actions a")]
    assert actions == [
        ("Find your State’s MEP contact", "/about-us/state-directory/"),
        ("Tools & curriculum", "/tools-curriculum/"),
    ]
    tools = page.find(id="tools-heading").parent
    assert [(a.select_one(".quick-links__title").text, a["href"]) for a in tools.select("a")] == [
        ("State MEP directory", "/about-us/state-directory/"),
        ("Policy Q&As", "/legislation-policy/policy-qas/"),
        ("Toolkits", "/tools-curriculum/"),
        ("Calendar", "/webinars-meetings/calendar/"),
    ]
    # Latest updates beside upcoming events, in two columns of one row.
    row = page.find(id="latest-heading").find_parent(class_="grid-row")
    assert row.select_one(".upcoming-events")


@pytest.mark.parametrize("count", [0, 1, 6])
def test_impact_tiles_fit_none_one_or_six_figures(client, count):
    from pages.models import HomePage, ImpactStatistic

    home = HomePage.objects.get(locale__language_code="en")
    chosen = home.impact_statistic
    ImpactStatistic.objects.exclude(pk=chosen.pk).delete()
    if count == 0:
        home.impact_statistic = None
    for number in range(count - 1):  # the rest of the chosen figure's group
        ImpactStatistic.objects.create(
            label=f"Figure {number}",
            school_year=chosen.school_year,
            group=chosen.group,
            order=number,
            value=1000 + number,
            source_name=chosen.source_name,
            source_url=chosen.source_url,
        )
    home.save_revision().publish()
    page = soup(client.get("/"))
    tiles = page.select(".impact__tile")
    assert len(tiles) == count
    if count:
        values = [tile.select_one(".impact__value").text for tile in tiles]
        assert f"{chosen.value:,}" in values
        source = page.select_one(".impact__source")
        assert source.text.count(chosen.source_name) == 1  # named once, under the tiles


def test_about_page_has_mission_services_and_six_initiatives(client):
    response = client.get("/about-us/")
    assert response.status_code == 200
    page = soup(response)
    text = " ".join(page.text.split())
    assert "Office of Migrant Education (OME)" in text
    assert "ages 3 through 21" in text
    services = page.find(id="services-heading").parent.find_all("li")
    assert len(services) == 9
    assert "Preschool services" in [s.text for s in services]
    initiatives = page.find(id="initiatives-heading").parent.select(".usa-collection__heading a")
    assert [a.text for a in initiatives] == [
        "Binational Migrant Initiative",
        "Comprehensive Needs Assessment",
        "Identification and Recruitment",
        "Student Records Exchange",
        "Secondary Students",
        "Migrant Health",
    ]
    assert initiatives[0]["href"] == "/about-us/binational-migrant-initiative/"


def test_initiative_page_renders_with_breadcrumbs(client):
    response = client.get("/about-us/migrant-health/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "Migrant Health"
    crumbs = page.select(".usa-breadcrumb__list-item")
    assert [" ".join(c.text.split()) for c in crumbs] == ["Home", "About Us", "Migrant Health"]
    assert crumbs[-1]["aria-current"] == "page"
    assert crumbs[1].a["href"] == "/about-us/"


def test_standard_page_renders(client):
    response = client.get("/legislation-policy/")
    assert response.status_code == 200
    assert soup(response).h1.text == "Legislation & Policy"


def test_home_has_no_breadcrumbs(client):
    assert not soup(client.get("/")).select(".usa-breadcrumb")


def test_nav_marks_current_section(client):
    page = soup(client.get("/about-us/migrant-health/"))
    section = page.select("nav.usa-nav .usa-nav__primary-item > .usa-current")
    assert [b.text.strip() for b in section] == ["About Us"]
    current = page.select("nav.usa-nav a[aria-current]")
    assert [(a.text.strip(), a["aria-current"]) for a in current] == [("Migrant Health", "page")]
    on_about = soup(client.get("/about-us/")).select("nav.usa-nav a[aria-current]")
    assert [(a.text.strip(), a["aria-current"]) for a in on_about] == [("About Us", "page")]
    labels = [
        item.text.strip()
        for item in page.select("nav.usa-nav .usa-nav__primary-item > :is(a, button)")
    ]
    assert labels[:3] == ["About Us", "For families", "Legislation & Policy"]


def test_sections_with_menu_pages_open_a_submenu_of_them(client, django_assert_max_num_queries):
    page = soup(client.get("/"))
    buttons = page.select("nav.usa-nav button.usa-nav__link")
    assert [b.text.strip() for b in buttons] == [
        "About Us",
        "Legislation & Policy",
        "Tools & Curriculum",
    ]
    about = buttons[0]
    assert about["aria-expanded"] == "false"
    submenu = page.find(id=about["aria-controls"])
    assert "usa-nav__submenu" in submenu["class"] and submenu.has_attr("hidden")
    links = [(a.text.strip(), a["href"]) for a in submenu.select("a")]
    assert links[0] == ("About Us", "/about-us/")
    assert ("State MEP Directory", "/about-us/state-directory/") in links
    assert ("Migrant Health", "/about-us/migrant-health/") in links


def test_skip_link_banner_and_main_landmark(client):
    page = soup(client.get("/about-us/"))
    skip = page.find("a", class_="usa-skipnav")
    assert skip.text == "Skip to main content" and skip["href"] == "#main-content"
    assert page.find("main", id="main-content")
    assert "An official website of the United States government" in page.text
    assert page.html["lang"] == "en"


def test_footer_disclaimer_from_site_settings(client):
    footer = soup(client.get("/")).footer.text
    assert "ED-ESE-10-C-0084" in footer
    assert "No official endorsement" in footer


def test_unknown_path_gets_404_with_site_chrome(client):
    page = soup(client.get("/no-such-page/at-all/"), status=404)
    assert page.h1.text == "Page not found"
    assert page.select("nav.usa-nav") and page.footer
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_unpublished_initiative_is_hidden_from_about_page(client):
    InitiativePage.objects.get(slug="migrant-health").unpublish()
    page = soup(client.get("/about-us/"))
    assert "Migrant Health" not in page.find(id="initiatives-heading").parent.text
    assert client.get("/about-us/migrant-health/").status_code == 404


def test_admin_login_page_loads(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b"Sign in" in response.content


def test_page_type_rules_keep_initiatives_under_about(home):
    assert InitiativePage.can_create_at(AboutPage.objects.get(locale__language_code="en")) is True
    assert InitiativePage.can_create_at(home) is False
    assert AboutPage.can_create_at(home) is True


def test_expired_page_is_gone_before_the_scheduler_unpublishes_it(client):
    from datetime import timedelta

    from django.utils import timezone

    page = InitiativePage.objects.get(slug="migrant-health")
    page.expire_at = timezone.now() - timedelta(minutes=1)
    page.save(update_fields=["expire_at"])
    assert page.live
    assert client.get("/about-us/migrant-health/").status_code == 404


@pytest.mark.parametrize(
    ("url", "current"),
    [
        ("/about-us/", "About Us"),
        ("/about-us/migrant-health/", "Migrant Health"),
        ("/legislation-policy/", "Legislation & Policy"),
        ("/tools-curriculum/", "Tools & Curriculum"),
    ],
)
def test_section_pages_have_a_side_navigation_marking_the_page(client, url, current):
    sidenav = soup(client.get(url)).select_one("nav.site-sidenav .usa-sidenav")
    marked = sidenav.select("a[aria-current]")
    assert [a.text.strip() for a in marked] == [current]
    assert "usa-current" in marked[0]["class"]


def test_pages_outside_those_sections_have_no_side_navigation(client):
    assert not soup(client.get("/updates/")).select(".usa-sidenav")
