"""Translation page by page: any single page can be translated at once, the copy starts without
past schedule times, is marked until translated, and Spanish titles give ASCII slugs."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from pages.models import StandardPage
from resources.models import Topic
from tests.html import soup
from updates.models import StoryIndexPage, UpdateIndexPage, UpdatePage

from .conftest import form_data

pytestmark = pytest.mark.django_db

#: Each English section and its Spanish version in the demo (live, same translation_key).
SPANISH_SECTIONS = {
    "/home/updates/": ("Novedades", "/es/novedades/"),
    "/home/news-stories/": ("Noticias e historias", "/es/noticias-e-historias/"),
    "/home/resource-library/": ("Biblioteca de recursos", "/es/biblioteca-de-recursos/"),
    "/home/tools-curriculum/": ("Herramientas y currículo", "/es/herramientas-y-curriculo/"),
    "/home/legislation-policy/": ("Legislación y política", "/es/legislacion-y-politica/"),
    "/home/legislation-policy/policy-qas/": (
        "Preguntas y respuestas sobre la política del MEP",
        "/es/legislacion-y-politica/preguntas-y-respuestas/",
    ),
    "/home/webinars-meetings/": ("Seminarios web y reuniones", "/es/seminarios-web-y-reuniones/"),
    "/home/about-us/state-directory/": (
        "Directorio de programas estatales",
        "/es/quienes-somos/directorio-estatal/",
    ),
    "/home/about-us/our-impact/": (
        "Nuestro impacto a lo largo del tiempo",
        "/es/quienes-somos/nuestro-impacto/",
    ),
}


@pytest.mark.parametrize("english_path", sorted(SPANISH_SECTIONS))
def test_every_section_has_a_live_spanish_version(client, spanish, english_path):
    title, url = SPANISH_SECTIONS[english_path]
    english = Page.objects.get(url_path=english_path)
    translation = english.get_translation(spanish)
    assert translation.live and translation.title == title
    assert translation.specific_class is english.specific_class
    response = client.get(url)
    assert response.status_code == 200
    assert f"<h1>{title}</h1>".encode() in response.content or title.encode() in response.content


def test_spanish_section_lists_the_english_updates_in_their_place(client):
    body = client.get("/es/novedades/").content.decode()
    assert '<html lang="es">' in body
    assert "Listen to the Subgranting Webinar" in body  # not translated: shown in English


def test_editor_translates_a_single_update_at_once(client, dev_users, spanish):
    update = UpdatePage.objects.get(slug="subgranting-webinar", locale__language_code="en")
    # The original had a schedule: a go-live time long past, an expiry still ahead.
    expiry = timezone.now() + datetime.timedelta(days=30)
    UpdatePage.objects.filter(pk=update.pk).update(
        go_live_at=timezone.now() - datetime.timedelta(days=400), expire_at=expiry
    )
    client.force_login(dev_users["editor"])
    url = f"/admin/translation/submit/page/{update.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    assert b"disabled" not in form.content.split(b'name="locales"', 1)[1][:200]
    assert client.post(url, {"locales": [spanish.pk]}).status_code == 302

    draft = update.get_translation(spanish).specific
    assert not draft.live
    assert draft.get_parent().specific.title == "Novedades"
    assert draft.go_live_at is None  # a past go-live time is not copied
    assert draft.expire_at == expiry  # a future expiry is
    assert draft.get_latest_revision_as_object().go_live_at is None

    # Marked in the Spanish section's listing until someone translates it.
    listing = reverse("wagtailadmin_explore", args=[draft.get_parent().pk])
    assert (
        "Listen to the Subgranting Webinar (needs translation)"
        in client.get(listing).content.decode()
    )

    # The translator gives it a Spanish title; its address is plain ASCII.
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    data = form_data(client.get(edit_url).content.decode())
    data.update(title="Escuche el seminario web: cómo solicitar subvenciones")
    # The translator rewrote the text (StreamFields are sent by the editor's script).
    data.update({"body-count": "0", "calls_to_action-count": "0"})
    data["slug"] = "escuche-el-seminario-web-cómo-solicitar-subvenciones"
    refused = client.post(edit_url, data)
    assert refused.status_code == 200  # a non-ASCII slug is refused
    assert "escuche-el-seminario" in refused.content.decode()
    data["slug"] = "escuche-el-seminario-web-como-solicitar-subvenciones"
    assert client.post(edit_url, data).status_code == 302
    draft = UpdatePage.objects.get(pk=draft.pk)
    assert draft.slug == "escuche-el-seminario-web-como-solicitar-subvenciones"
    assert draft.draft_title == "Escuche el seminario web: cómo solicitar subvenciones"
    html = client.get(listing).content.decode()
    assert "(needs translation)" not in html
    assert "Escuche el seminario web" in html


def test_spanish_titles_give_ascii_slugs(spanish):
    parent = StandardPage.objects.get(url_path="/inicio/herramientas-y-curriculo/")
    page = StandardPage(title="Seminario web: cómo llegar", locale=spanish)
    parent.add_child(instance=page)
    assert page.slug == "seminario-web-como-llegar"


def test_the_slug_field_does_not_allow_unicode(client, dev_users):
    page = UpdateIndexPage.objects.get(locale__language_code="es")
    client.force_login(dev_users["editor"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    slug_input = html.split('name="slug"', 1)[1].split(">", 1)[0]
    # Wagtail's slug script transliterates ("cómo" -> "como") unless this attribute is on
    # (Django leaves out an attribute whose value is False).
    assert "w-slug" in slug_input
    assert "data-w-slug-allow-unicode-value" not in slug_input


def test_a_translated_page_is_not_marked(spanish):
    stories = StoryIndexPage.objects.get(locale=spanish)
    assert stories.get_admin_display_title() == "Noticias e historias"
    english = StoryIndexPage.objects.get(locale__language_code="en")
    assert not english.needs_translation()


@pytest.mark.parametrize("bad_id", ["abc", "1.5", "%00", "-"])
def test_translating_a_snippet_with_an_id_that_is_not_a_number_is_not_found(
    client, dev_users, bad_id
):
    """Wagtail's "Translate" view for snippets answered 500 (a ValueError from the id)."""
    client.force_login(dev_users["moderator"])
    response = client.get(f"/admin/translation/submit/snippet/resources/topic/{bad_id}/")
    assert response.status_code == 404


def test_translating_a_snippet_by_its_id_still_opens_the_form(client, dev_users):
    topic = Topic.objects.filter(locale__language_code="en").first()
    client.force_login(dev_users["moderator"])
    response = client.get(f"/admin/translation/submit/snippet/resources/topic/{topic.pk}/")
    assert response.status_code == 200
    assert "Translate" in soup(response).title.text
