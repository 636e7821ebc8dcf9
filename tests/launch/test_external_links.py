"""Links that leave the site for a non-federal host carry USWDS's external-link style and a
screen-reader hint, wherever they come from: block fields, rich text, data (issue #18 item 8)."""

import pytest
from django.test import RequestFactory

from pages.external import is_external
from pages.models import HomePage, StandardPage, StateDirectoryPage
from tests.html import soup, text_of

OUTSIDE = "https://www.colorincolorado.org/article/migrant-students"
FEDERAL = "https://www2.ed.gov/programs/mep/index.html"
pytestmark = pytest.mark.django_db

HINT = {"en": "(external website)", "es": "(sitio web externo)"}


@pytest.mark.parametrize(
    ("url", "external"),
    [
        (OUTSIDE, True),
        ("http://example.org", True),
        ("//example.org/page", True),
        (FEDERAL, False),
        ("https://www.usa.gov/es/", False),
        ("https://www.army.mil/", False),
        ("https://gov.example.org/", True),
        ("http://testserver/resource-library/", False),
        ("/resource-library/", False),
        ("#section", False),
        ("mailto:results@example.org", False),
        ("tel:+12025550100", False),
        ("", False),
        (None, False),
    ],
)
def test_what_counts_as_leaving_the_site(url, external):
    assert is_external(url, "testserver") is external


def test_our_own_host_comes_from_the_request(settings):
    settings.ALLOWED_HOSTS = ["results.example.org", "testserver"]
    request = RequestFactory().get("/", HTTP_HOST="results.example.org:8443")
    assert not is_external("https://results.example.org/updates/", request)
    assert is_external("https://results.example.org/updates/", "testserver")
    # Without a request: the site's address from settings (http://testserver in tests).
    assert not is_external("http://testserver/updates/")


def hint_of(link):
    return [text_of(span) for span in link.select(".usa-sr-only")]


def assert_external(link, language):
    assert link is not None
    assert {"usa-link", "usa-link--external"} <= set(link["class"])
    assert HINT[language] in hint_of(link)


def assert_plain(link):
    assert link is not None
    assert "usa-link--external" not in link.get("class", [])
    assert not any(hint in text_of(link) for hint in HINT.values())


def page_with_links(language):
    home = HomePage.objects.get(depth=2, locale__language_code=language)
    page = StandardPage(
        title="Links sample",
        slug="links-sample",
        locale=home.locale,
        body=[
            (
                "paragraph",
                f'<p>See <a href="{OUTSIDE}">Colorín Colorado</a>, the '
                f'<a href="{FEDERAL}">program page on ed.gov</a> and our '
                '<a href="http://testserver/resource-library/">Resource Library</a>.</p>',
            ),
            ("call_to_action", {"text": "Read about migrant students", "external_url": OUTSIDE}),
            ("call_to_action", {"text": "The Migrant Education Program", "external_url": FEDERAL}),
            ("call_to_action", {"text": "Our home page", "page": home}),
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("language", ["en", "es"])
def test_block_and_rich_text_links_leaving_the_site_are_marked(client, language):
    page = page_with_links(language)
    main = soup(client.get(page.url)).main

    rich_text = main.find("a", href=OUTSIDE)
    assert "Colorín Colorado" in text_of(rich_text)
    assert_external(rich_text, language)
    assert_plain(main.find("a", href=FEDERAL))
    assert_plain(main.find("a", href="http://testserver/resource-library/"))

    calls = {text_of(p.a).split(" (")[0]: p.a for p in main.select(".site-cta")}
    outside = next(a for text, a in calls.items() if "Read about migrant students" in text)
    assert_external(outside, language)
    assert_plain(next(a for text, a in calls.items() if "Migrant Education Program" in text))
    assert_plain(next(a for text, a in calls.items() if "Our home page" in text))


def test_rich_text_fields_are_marked_too(client):
    directory = StateDirectoryPage.objects.get(locale__language_code="en")
    directory.intro = f'<p>Families can also ask <a href="{OUTSIDE}">Colorín Colorado</a>.</p>'
    directory.save_revision().publish()
    assert_external(soup(client.get(directory.url)).main.find("a", href=OUTSIDE), "en")


def test_a_state_agency_website_outside_gov_is_marked(client):
    from pages.models import StateProgram

    StateProgram.objects.filter(code="AK").update(sea_website="https://education.example.org/ak")
    StateProgram.objects.filter(code="AZ").update(sea_website="https://www.azed.gov/migrant")
    directory = StateDirectoryPage.objects.get(locale__language_code="en")
    detail = soup(client.get(f"{directory.url}ak/")).main
    assert_external(detail.find("a", href="https://education.example.org/ak"), "en")
    table = soup(client.get(directory.url)).main
    assert_external(table.find("a", href="https://education.example.org/ak"), "en")
    assert_plain(table.find("a", href="https://www.azed.gov/migrant"))


@pytest.mark.parametrize("url", ["/", "/es/"])
def test_footer_and_identifier_links_stay_plain(client, url):
    page = soup(client.get(url))
    for part in page.select("footer, .usa-identifier"):
        assert not part.select(".usa-link--external")
