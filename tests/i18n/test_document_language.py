"""A document has a language, set in the admin's upload and edit forms; a link to a document in
another language than the page says so (hreflang, lang and "(en inglés)" / "(in Spanish)"),
with the same note as links to pages."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from pages.models import DocumentLanguage, StandardPage
from pages.models.documents import document_language, set_document_language

pytestmark = pytest.mark.django_db


def make_document(title, language=None):
    document = get_document_model()(title=title)
    document.file.save("language-test.pdf", ContentFile(b"%PDF-1.4 sample"), save=False)
    document.save()
    if language:
        set_document_language(document, language)
    return document


def publish_page_linking(document, language, title=""):
    """A published standard page in `language` whose body offers `document`."""
    home = Page.objects.get(depth=2, locale=Locale.objects.get(language_code=language))
    page = StandardPage(
        title=f"Language test {language}",
        slug=f"language-test-{language}",
        body=[("document", {"document": document, "title": title})],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def document_links(client, page):
    main = BeautifulSoup(client.get(page.url).content, "html.parser").select_one("main")
    return main.select("a.document-link")


def test_document_without_a_language_is_english():
    document = make_document("Plain")
    assert document_language(document) == "en"
    assert not DocumentLanguage.objects.filter(document=document).exists()


def test_spanish_page_marks_an_english_document(client):
    page = publish_page_linking(make_document("Annual report"), "es")
    (link,) = document_links(client, page)
    assert link["hreflang"] == "en" and link["lang"] == "en"
    note = link.find_next_sibling("span", class_="language-note")
    assert note.get_text() == "(en inglés)" and note["lang"] == "es"


def test_editor_title_in_the_page_language_gets_no_lang_attribute(client):
    page = publish_page_linking(make_document("Annual report"), "es", title="Informe anual")
    (link,) = document_links(client, page)
    assert link["hreflang"] == "en" and link.get("lang") is None
    assert link.find_next_sibling("span", class_="language-note").get_text() == "(en inglés)"


def test_english_page_marks_a_spanish_document(client):
    page = publish_page_linking(make_document("Guía para familias", "es"), "en")
    (link,) = document_links(client, page)
    assert link["hreflang"] == "es" and link["lang"] == "es"
    note = link.find_next_sibling("span", class_="language-note")
    assert note.get_text() == "(in Spanish)" and note["lang"] == "en"


@pytest.mark.parametrize("language", ["en", "es"])
def test_same_language_links_have_no_note(client, language):
    page = publish_page_linking(make_document("Same", language), language)
    (link,) = document_links(client, page)
    assert link.get("hreflang") is None and link.get("lang") is None
    main = BeautifulSoup(client.get(page.url).content, "html.parser").select_one("main")
    assert not main.select(".document-link ~ .language-note")


def test_changing_the_language_shows_at_once(client):
    document = make_document("Annual report")
    page = publish_page_linking(document, "en")
    assert document_links(client, page)[0].get("hreflang") is None
    set_document_language(document, "es")
    assert document_links(client, page)[0]["hreflang"] == "es"
