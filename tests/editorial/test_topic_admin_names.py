"""The Topics listing and chooser in the admin name a Spanish subtopic's parent in Spanish: every
subtopic points at a source (English) main topic, so the rows used to read "Child eligibility ›
Mudanzas que califican"."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from resources.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_subtopic():
    english = Topic.objects.sources().get(slug="qualifying-moves")
    return english.get_translation(Locale.objects.get(language_code="es"))


def rows(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [
        " | ".join(td.get_text(" ", strip=True) for td in tr.select("td"))
        for tr in page.select("tbody tr")
    ]


def test_a_spanish_subtopic_reads_with_its_spanish_parent(spanish_subtopic):
    assert spanish_subtopic.parent.locale.language_code == "en"  # the data model, unchanged
    assert str(spanish_subtopic) == "Elegibilidad de los niños › Mudanzas que califican"
    assert str(spanish_subtopic.parent.subtopics.sources().get(slug="qualifying-moves")) == (
        "Child eligibility › Qualifying moves"
    )


def test_admin_topic_listing_shows_the_parent_in_the_rows_language(
    admin_client, spanish_subtopic, django_assert_max_num_queries
):
    url = reverse(Topic.snippet_viewset.get_url_name("list"))
    with django_assert_max_num_queries(32):
        spanish_rows = rows(admin_client.get(url, {"locale": "es"}))
    moves = next(row for row in spanish_rows if "Mudanzas que califican" in row)
    assert "Elegibilidad de los niños" in moves and "Child eligibility" not in moves
    # The parent filter offers the main topics only.
    page = BeautifulSoup(admin_client.get(url, {"locale": "es"}).content, "html.parser")
    options = [o.get_text(strip=True) for o in page.select("select[name=parent] option")]
    assert "Child eligibility" in options and not any("›" in o for o in options)
    english_rows = rows(admin_client.get(url, {"locale": "en"}))
    assert any("Qualifying moves" in row and "Child eligibility" in row for row in english_rows)


def test_topic_chooser_names_spanish_rows_with_spanish_parents(admin_client, spanish_subtopic):
    url = reverse(Topic.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
    response = admin_client.get(url, {"locale": "es", "q": "Mudanzas"})
    assert response.status_code == 200
    text = response.content.decode()
    assert "Elegibilidad de los niños › Mudanzas que califican" in text
    assert "Child eligibility › Mudanzas" not in text


def test_topic_parent_is_chosen_from_the_english_main_topics(admin_client, spanish_subtopic):
    add_url = reverse(Topic.snippet_viewset.get_url_name("add"))
    page = BeautifulSoup(admin_client.get(add_url, {"locale": "en"}).content, "html.parser")
    options = [o.get_text(strip=True) for o in page.select("select[name=parent] option")]
    mains = Topic.objects.sources().filter(parent=None).count()
    assert len(options) == mains + 1 and options[0] == "None: this is a main topic"
    assert "Child eligibility" in options and "Elegibilidad de los niños" not in options
    # The Spanish copy keeps its English parent, preselected.
    edit_url = reverse(Topic.snippet_viewset.get_url_name("edit"), args=[spanish_subtopic.pk])
    page = BeautifulSoup(admin_client.get(edit_url).content, "html.parser")
    selected = page.select_one("select[name=parent] option[selected]")
    assert selected is not None and selected.get_text(strip=True) == "Child eligibility"
