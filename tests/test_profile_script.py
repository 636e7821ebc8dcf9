"""`make profile` prints the time Wagtail's routing alone takes for each URL it profiles."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "profile.py"


@pytest.fixture
def profile_script():
    spec = importlib.util.spec_from_file_location("profile_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/updates/", "/es/", "/es/novedades/?page=1"])
def test_routing_time_is_measured_in_either_language(profile_script, url):
    assert profile_script.routing_ms(url, 1) > 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/", "Home"),
        ("/updates/", "Updates"),
        ("/es/", "Inicio"),
        ("/es/novedades/?page=1", "Novedades"),
    ],
)
def test_routing_is_timed_for_the_page_of_the_url(profile_script, monkeypatch, url, title):
    """The page routed is the URL's, not the home page for every URL."""
    from pages.mixins import BasePage

    routed = []
    get_view_restrictions = BasePage.get_view_restrictions

    def spy(page):
        routed.append(page.title)
        return get_view_restrictions(page)

    monkeypatch.setattr(BasePage, "get_view_restrictions", spy)
    profile_script.routing_ms(url, 1)
    assert set(routed) == {title}


@pytest.mark.django_db
def test_a_url_wagtail_does_not_route_has_no_routing_time(profile_script):
    # Site search is a Django view: timing the home page's routing for it would mislead.
    assert profile_script.routing_ms("/search/?q=migrant", 1) is None
