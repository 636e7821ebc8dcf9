"""Links to a page in another language than the page they are on say so: hreflang on the link
and a visible "(en inglés)" / "(in Spanish)" after it, in the visitor's language."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Page

pytestmark = pytest.mark.django_db

LABEL = Template(
    "{% load language_tags %}<a{% link_lang_attrs item %}>x</a>{% other_language_label item %}"
)


def render(item, language):
    with translation.override(language):
        return LABEL.render(Context({"item": item}))


def test_english_and_spanish_pages_are_labelled_for_the_other_language():
    english = Page.objects.get(url_path="/home/families/")
    spanish = Page.objects.get(url_path="/inicio/familias/")
    assert render(english, "en") == "<a>x</a>"
    assert render(spanish, "es") == "<a>x</a>"
    assert render(english, "es") == (
        '<a hreflang="en">x</a> <span class="language-note" lang="es">(en inglés)</span>'
    )
    assert render(spanish, "en") == (
        '<a hreflang="es">x</a> <span class="language-note" lang="en">(in Spanish)</span>'
    )
    assert render("not a page", "es") == "<a>x</a>"


def test_spanish_update_list_marks_only_the_english_updates(client):
    page = BeautifulSoup(client.get("/es/novedades/").content, "html.parser")
    items = page.select(".usa-collection__item")
    assert items
    for item in items:
        link = item.select_one(".usa-collection__heading a")
        note = item.select_one(".language-note")
        if item.get("lang") == "en":
            assert link["hreflang"] == "en" and note.get_text() == "(en inglés)"
            assert not link["href"].startswith("/es/")
        else:
            assert link.get("hreflang") is None and note is None


def test_english_lists_have_no_labels(client):
    main = BeautifulSoup(client.get("/updates/").content, "html.parser").select_one("main")
    assert not main.select(".language-note") and not main.select("[hreflang]")
