import pytest
from bs4 import BeautifulSoup

from pages.models import AboutPage, InitiativePage

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


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
    current = page.select("nav.usa-nav a[aria-current]")
    assert [a.text.strip() for a in current] == ["About Us"]
    assert current[0]["aria-current"] == "true"
    on_about = soup(client.get("/about-us/")).select("nav.usa-nav a[aria-current]")
    assert [(a.text.strip(), a["aria-current"]) for a in on_about] == [("About Us", "page")]
    labels = [a.text.strip() for a in page.select("nav.usa-nav .usa-nav-link")]
    assert labels[:3] == ["Home", "About Us", "Legislation & Policy"]


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
    response = client.get("/no-such-page/at-all/")
    assert response.status_code == 404
    page = soup(response)
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
