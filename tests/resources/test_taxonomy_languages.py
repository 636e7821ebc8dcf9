"""Topics, audiences and resource types in the visitor's language: pages are tagged with the
source (English) terms, the Spanish library shows their Spanish names, filter values are the
source slugs in both languages, and a term with no Spanish yet shows in English, marked."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from resources.demo_taxonomy_es import translate
from resources.models import Audience, ResourceLibraryPage, ResourcePage, ResourceType, Topic
from tests.html import soup, text_of

from .factories import make_resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_library():
    return ResourceLibraryPage.objects.get(locale__language_code="es")


def spanish_resource(library, title="Recurso de prueba", **fields):
    fields.setdefault("locale", library.locale)
    return make_resource(library, title, **fields)


def option_texts(response, name):
    return [text_of(option) for option in soup(response).select(f"select[name={name}] option")]


def test_every_demo_term_is_a_source_row_with_a_spanish_translation():
    spanish = Locale.objects.get(language_code="es")
    for model in (Topic, Audience, ResourceType):
        sources = model.objects.sources()
        assert sources.exists()
        for term in sources:
            assert term.get_translation_or_none(spanish) is not None, term.slug
        # Translations are not offered as separate terms anywhere.
        assert model.objects.count() == 2 * sources.count()


def test_spanish_library_filters_show_spanish_names_and_english_ones_stay(client, spanish_library):
    spanish = client.get(spanish_library.url)
    assert spanish.status_code == 200
    topics = option_texts(spanish, "topic")
    assert "Elegibilidad de los niños" in topics and "— Trabajo que califica" in topics
    assert "Child eligibility" not in topics
    assert "Informe" in option_texts(spanish, "type")
    assert "Maestros" in option_texts(spanish, "audience")
    # Each term once: the translations are names, not extra choices.
    assert len(topics) == Topic.objects.sources().count() + 1
    english = client.get("/resource-library/")
    assert "Child eligibility" in option_texts(english, "topic")
    assert "Elegibilidad de los niños" not in option_texts(english, "topic")
    # The same value (the source slug) in both languages.
    values = {o["value"] for o in soup(spanish).select("select[name=topic] option")}
    assert values == {o["value"] for o in soup(english).select("select[name=topic] option")}


def test_spanish_library_filters_by_source_slug_and_tags_in_spanish(client, spanish_library):
    msix = Topic.objects.sources().get(slug="msix")
    tagged = spanish_resource(
        spanish_library,
        "Traslado de expedientes",
        topics=[msix],
        resource_type=ResourceType.objects.sources().get(slug="report"),
    )
    spanish_resource(spanish_library, "Otro recurso")
    response = client.get(spanish_library.url + "?topic=records-transfer")
    assert response.status_code == 200
    items = {
        text_of(item.select_one("h3 a")): item
        for item in soup(response).select(".resource-list .usa-collection__item")
    }
    assert tagged.title in items and "Otro recurso" not in items
    item = items[tagged.title]
    meta = text_of(item.select_one(".usa-collection__meta"))
    assert "MSIX (intercambio de expedientes de estudiantes migrantes)" in meta
    assert "Informe" in meta
    assert not item.select(".usa-collection__meta [lang]")
    page = client.get(tagged.url)
    facts = soup(page).select_one(".resource-facts")
    assert "Informe" in text_of(facts)
    link = facts.find("a", href=f"{spanish_library.url}?topic=msix")
    assert link is not None and text_of(link).startswith("MSIX (intercambio")


def test_term_without_spanish_shows_in_english_marked(client, spanish_library):
    topic = Topic.objects.create(name="Health services", slug="health-services", sort_order=5)
    audience = Audience.objects.create(name="Counselors", slug="counselors")
    resource = spanish_resource(spanish_library, topics=[topic], audiences=[audience])
    listing = client.get(spanish_library.url)
    option = soup(listing).find("option", value="health-services")
    assert text_of(option) == "Health services"
    tag = soup(listing).find("li", string="Health services")
    assert tag is not None and tag["lang"] == "en"
    facts = soup(client.get(resource.url)).select_one(".resource-facts")
    assert facts.find("a", string="Health services")["lang"] == "en"
    assert facts.find("span", string="Counselors")["lang"] == "en"
    # Translated, it reads in Spanish and is no longer marked.
    translate(topic, spanish_library.locale, "Servicios de salud")
    listing = client.get(spanish_library.url)
    tag = soup(listing).find("li", string="Servicios de salud")
    assert tag is not None and not tag.has_attr("lang")


def test_editors_tag_pages_with_source_terms_only(spanish_library):
    form = ResourcePage.get_edit_handler().get_form_class()(parent_page=spanish_library)
    spanish = Topic.objects.exclude(locale__language_code="en")
    assert spanish.exists()
    for name, model in (
        ("topics", Topic),
        ("audiences", Audience),
        ("resource_type", ResourceType),
    ):
        offered = set(form.fields[name].queryset.values_list("pk", flat=True))
        assert offered == set(model.objects.sources().values_list("pk", flat=True)), name


def test_slugs_are_unique_per_language_only():
    spanish = Locale.objects.get(language_code="es")
    source = Topic.objects.sources().get(slug="fiscal")
    assert source.get_translation(spanish).slug == "fiscal"


def test_spanish_names_cost_no_query_per_resource(client, settings, spanish_library):
    settings.PAGE_CACHE_SECONDS = 0
    topics = list(Topic.objects.sources()[:3])
    kind = ResourceType.objects.sources().first()

    def add_and_count(number):
        for _ in range(number):
            spanish_resource(spanish_library, topics=topics, resource_type=kind)
        client.get(spanish_library.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(spanish_library.url).status_code == 200
        return len(captured)

    assert add_and_count(2) == add_and_count(10)


def test_editors_translate_a_term_from_the_snippet_list(admin_client):
    topic = Topic.objects.create(name="Health services", slug="health-services")
    listing = admin_client.get(reverse("wagtailsnippets_resources_topic:list") + "?q=Health")
    assert listing.status_code == 200
    translate_url = reverse(
        "simple_translation:submit_snippet_translation", args=["resources", "topic", topic.pk]
    )
    assert translate_url in listing.content.decode()
    # Each language's terms are listed apart (Wagtail's locale filter).
    spanish = admin_client.get(reverse("wagtailsnippets_resources_topic:list") + "?locale=es")
    names = text_of(soup(spanish).select_one("table tbody"))
    assert "Evaluación del programa" in names and "Program evaluation" not in names


def listed_topics(admin_client, query=""):
    listing = admin_client.get(reverse("wagtailsnippets_resources_topic:list") + query)
    rows = soup(listing).select("table tbody tr")
    return [(text_of(row.select("td")[1].a), text_of(row.select("td")[2])) for row in rows]


@pytest.mark.parametrize("query", ["?locale=es", "?locale=es&ordering=parent_name"])
def test_admin_lists_spanish_topics_by_their_spanish_names(admin_client, query):
    """Each main topic then its subtopics, by the names in the listed language: the Spanish
    subtopics were sorted by their English parent's name ("Prestación de servicios", Service
    delivery, after "Participación de los padres", Parent involvement)."""
    rows = listed_topics(admin_client, query)
    parents = [parent for _name, parent in rows if parent]
    assert parents == sorted(parents, key=str.casefold)
    assert parents.index("Prestación de servicios") < parents.index("Requisitos fiscales")
    assert parents.index("Participación de los padres") < parents.index("Prestación de servicios")
    if "ordering" not in query:
        names = [name for name, _parent in rows]
        main = names.index("Prestación de servicios")
        assert names[main + 1 : main + 3] == [
            "Prioridad de servicios",
            "Jóvenes que no asisten a la escuela",
        ]


def feed_categories(response):
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        item.findtext("title"): [c.text for c in item.findall("category")]
        for item in root.iter("item")
    }


def test_spanish_feed_categories_use_the_spanish_term_names(client, spanish_library):
    english = feed_categories(client.get("/resource-library/feed/"))
    spanish = feed_categories(client.get(spanish_library.url + "feed/"))
    all_english = {name for names in english.values() for name in names}
    all_spanish = {name for names in spanish.values() for name in names}
    assert "Program evaluation" in all_english and "Evaluación del programa" in all_spanish
    assert "Program evaluation" not in all_spanish
    # Every category of a Spanish item is a Spanish name (all demo terms have one).
    spanish_names = set(
        Topic.objects.filter(locale__language_code="es").values_list("name", flat=True)
    )
    spanish_names |= set(
        ResourceType.objects.filter(locale__language_code="es").values_list("name", flat=True)
    )
    assert all_spanish <= spanish_names


def test_spanish_library_marks_featured_cards_of_english_resources(client, spanish_library):
    page = soup(client.get(spanish_library.url))
    cards = page.select("#featured-heading + ul .usa-card")
    assert cards, "the Spanish library shows the featured resources"
    for card in cards:
        assert card["lang"] == "en"
        heading_link = card.select_one(".usa-card__heading a")
        assert heading_link["hreflang"] == "en"
        assert "(en inglés)" in text_of(card.select_one(".usa-card__heading"))
        # The interface parts inside it are Spanish, marked so.
        assert card.select_one(".usa-card__footer")["lang"] == "es"
        assert "Ver el recurso" in text_of(card.select_one(".usa-card__footer"))
        meta = card.select_one(".usa-card__meta")
        if meta is not None:
            assert meta["lang"] == "es"


def test_english_library_featured_cards_are_unmarked(client):
    page = soup(client.get("/resource-library/"))
    cards = page.select("#featured-heading + ul .usa-card")
    assert cards
    for card in cards:
        assert not card.has_attr("lang")
        assert not card.select_one(".usa-card__heading a").has_attr("hreflang")


def test_spanish_pages_are_found_by_the_spanish_names_of_their_terms(client, spanish_library):
    subgranting = Topic.objects.sources().get(slug="subgranting")
    page = spanish_resource(
        spanish_library, title="Guía de prueba para estados", topics=[subgranting]
    )
    assert "Subvenciones locales" in page.taxonomy_names()
    assert "Subgranting" in page.taxonomy_names()
    found = soup(client.get("/es/search/", {"q": "subvenciones"}))
    titles = [text_of(a) for a in found.select("#results-heading ~ ul .usa-collection__heading a")]
    assert "Guía de prueba para estados" in titles


def test_english_pages_index_the_english_names_only(home):
    library = ResourceLibraryPage.objects.get(locale__language_code="en")
    subgranting = Topic.objects.sources().get(slug="subgranting")
    page = make_resource(library, "English test guide", topics=[subgranting])
    assert "Subgranting" in page.taxonomy_names()
    assert "Subvenciones" not in page.taxonomy_names()


@pytest.mark.parametrize("model", [Topic, Audience, ResourceType])
def test_a_new_term_with_no_slug_gets_one_from_its_name(client, model):
    """An editor adding a term types its name; the slug was a required field they had to
    invent. Left empty it is made from the name, numbered if the language has it already."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from tests.editorial.conftest import form_data

    call_command("create_dev_users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    client.force_login(get_user_model().objects.get(username="editor"))
    add_url = reverse(f"wagtailsnippets_resources_{model._meta.model_name}:add") + "?locale=en"
    form = client.get(add_url)
    assert "Leave it empty to make one from the name." in form.content.decode()
    for expected in ("health-nutrition-services", "health-nutrition-services-2"):
        data = {**form_data(form.content), "name": "Health & nutrition services", "slug": ""}
        response = client.post(add_url, data)
        assert response.status_code == 302, response.content.decode()[:2000]
        term = model.objects.filter(name="Health & nutrition services").latest("pk")
        assert (term.slug, term.locale.language_code) == (expected, "en")
