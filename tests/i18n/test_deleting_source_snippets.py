"""The source row of a translatable snippet (the English one) is the record: deleting it
deletes its translations, so a Spanish page stops showing them; the admin's delete
confirmations (one row's and the bulk action's) say so. Deleting a translation leaves the
English row."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from pages.models import FooterText, ImpactStatistic, StateProgram
from pages.signal_handlers import translatable_snippets
from resources.models import Audience, ResourceType, Topic

pytestmark = pytest.mark.django_db

SNIPPETS = [ImpactStatistic, StateProgram, FooterText, Topic, Audience, ResourceType]
SPANISH_DIRECTORY = "/es/quienes-somos/directorio-estatal/"


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def translated_source(model):
    spanish = Locale.objects.get(language_code="es")
    for row in model.objects.filter(locale__language_code="en"):
        if row.get_translation_or_none(spanish) is not None:
            return row
    raise AssertionError(f"no translated {model.__name__} in the demo")


def test_every_translatable_snippet_is_covered():
    assert set(translatable_snippets()) == set(SNIPPETS)


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m.__name__)
def test_deleting_the_source_row_deletes_its_translations(model):
    source = translated_source(model)
    key = source.translation_key
    source.delete()
    assert not model.objects.filter(translation_key=key).exists()


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m.__name__)
def test_deleting_a_translation_keeps_the_source_row(model):
    source = translated_source(model)
    source.get_translations().delete()
    assert model.objects.filter(pk=source.pk).exists()


def test_spanish_pages_stop_showing_a_deleted_figure_and_state(client):
    assert "Total de estudiantes" in text(client, "/es/")
    assert "Carolina del Norte" in text(client, SPANISH_DIRECTORY)
    ImpactStatistic.objects.filter(locale__language_code="en", label="Total students").delete()
    StateProgram.objects.sources().get(code="NC").delete()
    assert "Total de estudiantes" not in text(client, "/es/")
    assert "Carolina del Norte" not in text(client, SPANISH_DIRECTORY)
    assert client.get(f"{SPANISH_DIRECTORY}nc/").status_code == 404


def test_a_translation_left_without_its_source_is_not_shown(client):
    """A Spanish row whose English row went before translations were deleted with it."""
    total = ImpactStatistic.objects.sources().get(label="Total students").get_translations()
    state = StateProgram.objects.sources().get(code="NC").get_translations()
    for orphans in (total, state):
        orphans.update(translation_key=uuid.uuid4())
    assert "Total de estudiantes" not in text(client, "/es/")
    assert "Total students" in text(client, "/es/")  # the English row stands in
    assert "Carolina del Norte" not in text(client, SPANISH_DIRECTORY)
    assert "North Carolina" in text(client, SPANISH_DIRECTORY)


def test_the_spanish_footer_goes_with_the_english_one(client):
    spanish = "no respalda oficialmente"
    assert spanish in text(client, "/es/")
    FooterText.objects.get(locale__language_code="en").delete()
    assert spanish not in text(client, "/es/")
    assert not FooterText.objects.exists()


def test_delete_confirmation_names_the_translations_that_go_too(admin_client):
    source = StateProgram.objects.sources().get(code="NC")
    url = reverse("wagtailsnippets_pages_stateprogram:delete", args=[source.pk])
    page = text(admin_client, url)
    assert "Its translations are deleted with it: Español." in page
    translation = source.get_translations().get()
    page = text(
        admin_client, reverse("wagtailsnippets_pages_stateprogram:delete", args=[translation.pk])
    )
    assert "Only this translation (Español) is deleted; the English version stays." in page
    assert admin_client.post(url).status_code == 302
    assert not StateProgram.objects.filter(translation_key=source.translation_key).exists()


def test_bulk_delete_confirmation_names_the_translations_that_go_too(admin_client):
    topic = translated_source(Topic)
    url = reverse("wagtail_bulk_action", args=["resources", "topic", "delete"])
    page = text(admin_client, f"{url}?id={topic.pk}")
    assert "These translations are deleted too:" in page
    assert f"{topic.get_translations().get()} (Español)" in page
    response = admin_client.post(f"{url}?id={topic.pk}")
    assert response.status_code == 302
    assert not Topic.objects.filter(translation_key=topic.translation_key).exists()
