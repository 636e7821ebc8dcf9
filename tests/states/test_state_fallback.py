"""The State directory tells one story per state (map, table and the state's page agree on its
contact status), and a state without a verified contact still offers something to do: the
State educational agency's website when an editor entered it, and the contact form with the
topic "state-contact" and the state filled in."""

import datetime

import pytest

from pages.models import StateProgram
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

URL = "/about-us/state-directory/"
STATUSES = ("Contact verified", "Sample contact", "Contact not yet verified")


def status_in(text):
    found = [status for status in STATUSES if status.lower() in text.lower()]
    assert len(found) == 1, (found, text)
    return found[0]


def statuses(client, code):
    """The status the map tile, the table row and the state's page each give a state."""
    page = soup(client.get(URL))
    tile = page.find("a", href=f"{URL}{code.lower()}/")
    row = next(r for r in page.select(".state-table tbody tr") if r.th.a["href"] == tile["href"])
    detail = soup(client.get(f"{URL}{code.lower()}/"))
    contact = detail.find(id="contact-heading").parent
    return status_in(text_of(tile)), status_in(text_of(row)), status_in(text_of(contact))


@pytest.fixture
def states():
    StateProgram.objects.filter(code="OR").update(
        director_name="Pat Example",
        email="mep@example.org",
        last_verified=datetime.date(2026, 10, 1),
    )
    # Entered but never verified: not shown anywhere until it is.
    StateProgram.objects.filter(code="WA").update(
        director_name="Unconfirmed Person", email="unconfirmed@example.org"
    )


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("OR", "Contact verified"),
        ("FL", "Sample contact"),
        ("AK", "Contact not yet verified"),
        ("WA", "Contact not yet verified"),
    ],
)
def test_map_table_and_state_page_agree(client, states, code, status):
    assert statuses(client, code) == (status, status, status)


def test_an_unverified_contact_is_shown_nowhere(client, states):
    assert b"unconfirmed@example.org" not in client.get(URL).content
    assert b"unconfirmed@example.org" not in client.get(f"{URL}wa/").content


def test_every_state_has_exactly_one_status_in_the_table(client):
    page = soup(client.get(URL))
    rows = page.select(".state-table tbody tr")
    assert len(rows) == 52
    for row in rows:
        status_in(text_of(row))


def contact_page(language):
    """The demo's contact form page in that language (/contact/, /es/contacto/)."""
    from wagtail.models import Page

    slug = {"en": "contact", "es": "contacto"}[language]
    return Page.objects.get(depth=3, slug=slug, locale__language_code=language).specific


def test_without_a_contact_page_there_is_no_dead_link(client):
    contact_page("es").unpublish()
    contact_page("en").unpublish()
    detail = soup(client.get(f"{URL}ak/"))
    assert not detail.select("a[href*='topic=state-contact']")
    assert not soup(client.get(URL)).select("a[href*='topic=state-contact']")


def test_unverified_state_offers_the_agency_website_and_the_contact_form(client):
    StateProgram.objects.filter(code="AK").update(
        sea_website="https://education.example.org/alaska"
    )
    detail = soup(client.get(f"{URL}ak/"))
    main = detail.main
    agency = main.find("a", href="https://education.example.org/alaska")
    assert agency and "Alaska’s State educational agency" in text_of(agency)
    form = main.find("a", href="/contact/?topic=state-contact&state=AK")
    assert form and "tell us the right contact" in text_of(form)
    row = next(
        r for r in soup(client.get(URL)).select(".state-table tbody tr") if r.th.a.text == "Alaska"
    )
    assert row.find("a", href="https://education.example.org/alaska")
    assert row.find("a", href="/contact/?topic=state-contact&state=AK")
    # A verified state needs neither.
    StateProgram.objects.filter(code="OR").update(
        director_name="Pat Example", last_verified=datetime.date(2026, 10, 1)
    )
    assert not soup(client.get(f"{URL}or/")).main.select("a[href*='topic=state-contact']")


def test_spanish_pages_link_the_spanish_contact_form(client):
    spanish = contact_page("es")
    spanish.unpublish()
    # Until the form is translated (and live), the English one stands in.
    detail = soup(client.get("/es/quienes-somos/directorio-estatal/ak/"))
    assert detail.main.find("a", href="/contact/?topic=state-contact&state=AK")
    spanish.save_revision().publish()
    detail = soup(client.get("/es/quienes-somos/directorio-estatal/ak/"))
    assert detail.main.find("a", href="/es/contacto/?topic=state-contact&state=AK")


def test_the_contact_link_follows_the_page_chosen_in_the_site_settings(client):
    """No fixed address: the State pages use the identifier's contact page, wherever it is."""
    from wagtail.models import Site

    from pages.models import SiteSettings

    form = contact_page("en")
    form.slug = "write-to-us"
    form.save_revision().publish()
    detail = soup(client.get(f"{URL}ak/"))
    assert detail.main.find("a", href="/write-to-us/?topic=state-contact&state=AK")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_page = None
    site_settings.save()
    assert not soup(client.get(f"{URL}ak/")).select("a[href*='topic=state-contact']")
