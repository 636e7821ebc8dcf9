"""A snippet copied with the admin's Translate action (a State's contact, an impact figure,
the footer text, a topic) still holds the English text: until a translator saves it, Spanish
pages show the English row marked lang="en" (as if there were no copy), the admin's list
says "Needs translation" and its edit form says what visitors see. Saving the form marks it
translated; saving the English row does not."""

import json

import pytest
from django.urls import reverse

from pages.models import FooterText, StateProgram
from pages.signal_handlers import translatable_snippets
from pages.snippet_admin import PENDING_MESSAGE
from pages.translatable import PENDING_STATUS
from resources.models import ResourceLibraryPage, Topic
from tests.editorial.conftest import form_data
from tests.html import soup, text_of
from tests.resources.factories import make_resource

pytestmark = pytest.mark.django_db

SPANISH_DIRECTORY = "/es/quienes-somos/directorio-estatal/"


def translate_in_admin(client, source, spanish):
    """What an editor does: Translate on the English row, into Spanish. Returns the copy."""
    meta = source._meta
    url = reverse(
        "simple_translation:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, source.pk],
    )
    assert client.post(url, {"locales": [spanish.pk]}).status_code == 302
    return source.get_translation(spanish)


def save_in_admin(client, row, **changes):
    """What a translator does: open the row's edit form, change `changes`, save."""
    meta = row._meta
    edit_url = reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[row.pk])
    data = form_data(client.get(edit_url).content.decode())
    data.update(changes)
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    row.refresh_from_db()
    return row


def directory_link(client, code):
    directory = soup(client.get(SPANISH_DIRECTORY))
    return directory.select_one(".state-table").find("a", href=f"{SPANISH_DIRECTORY}{code}/")


def test_a_state_copied_for_translation_shows_in_english_until_a_translator_saves_it(
    admin_client, spanish
):
    english = StateProgram.objects.sources().get(code="NC")
    english.get_translation(spanish).delete()
    copy = translate_in_admin(admin_client, english, spanish)
    assert copy.name == "North Carolina" and copy.translation_pending

    link = directory_link(admin_client, "nc")
    assert text_of(link) == "North Carolina" and link["lang"] == "en"
    page = soup(admin_client.get(f"{SPANISH_DIRECTORY}nc/"))
    assert page.h1.find("span", lang="en", string="North Carolina") is not None

    save_in_admin(admin_client, copy, name="Carolina del Norte")
    assert not copy.translation_pending
    link = directory_link(admin_client, "nc")
    assert text_of(link) == "Carolina del Norte" and not link.has_attr("lang")


def test_a_translation_with_the_same_name_as_english_is_not_marked_english(client):
    """The demo's Spanish "Alabama" is a translation that happens to read as the English."""
    link = directory_link(client, "al")
    assert text_of(link) == "Alabama" and not link.has_attr("lang")


def test_the_admin_says_which_copies_need_translation(admin_client, spanish):
    english = StateProgram.objects.sources().get(code="NC")
    english.get_translation(spanish).delete()
    copy = translate_in_admin(admin_client, english, spanish)

    listing = soup(
        admin_client.get(reverse("wagtailsnippets_pages_stateprogram:list"), {"locale": "es"})
    )
    headings = [text_of(th) for th in listing.select("table thead th")]
    assert "Translation" in headings
    rows = {
        text_of(row.select("td")[1].a): text_of(row) for row in listing.select("table tbody tr")
    }
    assert PENDING_STATUS in rows["North Carolina"]
    assert PENDING_STATUS not in rows["Florida"]

    edit_url = reverse("wagtailsnippets_pages_stateprogram:edit", args=[copy.pk])
    form = text_of(soup(admin_client.get(edit_url)))
    assert PENDING_MESSAGE.format(language="Spanish") in form  # Wagtail's name for es
    save_in_admin(admin_client, copy, name="Carolina del Norte")
    assert PENDING_MESSAGE.format(language="Spanish") not in text_of(
        soup(admin_client.get(edit_url))
    )
    listing = admin_client.get(reverse("wagtailsnippets_pages_stateprogram:list"), {"locale": "es"})
    assert PENDING_STATUS not in text_of(soup(listing))


def test_saving_the_english_row_leaves_the_copy_waiting(admin_client, spanish):
    english = StateProgram.objects.sources().get(code="NC")
    english.get_translation(spanish).delete()
    copy = translate_in_admin(admin_client, english, spanish)
    save_in_admin(admin_client, english, phone="(919) 555-0100")
    copy.refresh_from_db()
    assert copy.translation_pending and copy.phone == "(919) 555-0100"  # the shared field
    assert directory_link(admin_client, "nc")["lang"] == "en"


def test_the_footer_copy_shows_the_english_footer_marked_until_translated(admin_client, spanish):
    FooterText.objects.get(locale=spanish).delete()
    english = FooterText.objects.get(locale__language_code="en")
    copy = translate_in_admin(admin_client, english, spanish)
    assert copy.translation_pending
    disclaimer = soup(admin_client.get("/es/")).footer.select_one(".site-disclaimer")
    assert disclaimer["lang"] == "en"

    # The translator writes the Spanish disclaimer (Draftail sends it as JSON; the links
    # StreamField, sent by the editor's script, is left empty here).
    block = {"key": "a", "text": "Texto en español", "type": "unstyled", "depth": 0}
    block.update(inlineStyleRanges=[], entityRanges=[], data={})
    spanish_text = json.dumps({"blocks": [block], "entityMap": {}})
    save_in_admin(admin_client, copy, disclaimer=spanish_text, **{"footer_links-count": "0"})
    assert not copy.translation_pending
    disclaimer = soup(admin_client.get("/es/")).footer.select_one(".site-disclaimer")
    assert "Texto en español" in text_of(disclaimer) and not disclaimer.has_attr("lang")


def test_a_topic_copy_keeps_its_english_name_marked_until_translated(admin_client, spanish):
    library = ResourceLibraryPage.objects.get(locale=spanish)
    english = Topic.objects.create(name="Health services", slug="health-services", sort_order=5)
    make_resource(library, "Recurso de prueba", locale=spanish, topics=[english])
    copy = translate_in_admin(admin_client, english, spanish)
    assert copy.translation_pending
    tag = soup(admin_client.get(library.url)).find("li", string="Health services")
    assert tag is not None and tag["lang"] == "en"

    save_in_admin(admin_client, copy, name="Servicios de salud")
    assert not copy.translation_pending
    tag = soup(admin_client.get(library.url)).find("li", string="Servicios de salud")
    assert tag is not None and not tag.has_attr("lang")


@pytest.mark.parametrize("model", translatable_snippets(), ids=lambda model: model.__name__)
def test_no_demo_translation_waits_for_a_translator(model):
    """The demo writes its Spanish rows itself: none of them is a pending copy."""
    assert model.objects.exclude(locale__language_code="en").exists()
    assert not model.objects.filter(translation_pending=True).exists()
