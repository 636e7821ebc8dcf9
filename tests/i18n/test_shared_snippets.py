"""Impact figures and State contacts in the visitor's language: the Spanish home page, Our
Impact and the State directory read the Spanish rows; the figures and contact data are the
English row's (edited there once, copied to the translations, read-only on a translation's
form); a row with no Spanish yet shows in English, marked lang="en"."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pages.models import ImpactStatistic, StateProgram
from pages.translatable import SHARED_FIELD_HELP
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

SPANISH_DIRECTORY = "/es/quienes-somos/directorio-estatal/"
SPANISH_IMPACT = "/es/quienes-somos/nuestro-impacto/"


def test_every_demo_figure_and_state_has_a_spanish_row_with_the_same_figures(spanish):
    for model in (ImpactStatistic, StateProgram):
        sources = model.objects.sources()
        assert sources.exists()
        for row in sources:
            translation = row.get_translation(spanish)
            assert translation.shared_values() == row.shared_values(), row
        assert model.objects.count() == 2 * sources.count()


def test_spanish_home_shows_spanish_impact_labels_english_home_unchanged(client):
    labels = [text_of(p) for p in soup(client.get("/es/")).select(".impact__label")]
    assert "Total de estudiantes en 2021-22" in labels
    assert "De 3 a 5 años en 2021-22" in labels
    assert not any("Total students" in label for label in labels)
    page = soup(client.get("/es/"))
    assert not page.select(".impact [lang]")
    assert "Perfil nacional del Programa de Educación Migrante" in text_of(
        page.select_one(".impact__source")
    )
    english = [text_of(p) for p in soup(client.get("/")).select(".impact__label")]
    assert "Total students in 2021-22" in english
    assert not soup(client.get("/")).select(".impact [lang]")


def test_home_note_in_spanish_unmarked_and_english_fallback_marked(client, spanish):
    total = ImpactStatistic.objects.sources().get(label="Total students")
    total.note = "Every child counted once."
    total.save()
    translation = total.get_translation(spanish)
    translation.note = "Cada niño se cuenta una vez."
    translation.save()
    note = soup(client.get("/es/")).find("p", class_="impact__note")
    assert text_of(note) == "Cada niño se cuenta una vez." and not note.has_attr("lang")
    # Without its Spanish row, the figure shows in English, marked as such.
    translation.delete()
    page = soup(client.get("/es/"))
    note = page.find("p", class_="impact__note")
    assert text_of(note) == "Every child counted once." and note["lang"] == "en"
    label = page.find("span", lang="en", string="Total students")
    assert label is not None and "en 2021-22" in text_of(label.parent)
    assert "213,569" in text_of(page.select_one(".impact"))
    assert "Total de estudiantes" not in text_of(page.select_one(".impact"))


def test_spanish_impact_page_shows_spanish_charts_and_table(client, spanish):
    page = soup(client.get(SPANISH_IMPACT))
    headings = [text_of(h) for h in page.select("main h2")]
    assert headings == [
        "Jóvenes migrantes en el Programa de Educación Migrante, 2021-22",
        "Jóvenes migrantes en el Programa de Educación Migrante",
    ]
    assert not page.select("main [lang]")
    table = page.select_one("table.impact-table")
    rows = [[text_of(c) for c in row.find_all(["th", "td"])] for row in table.tbody("tr")]
    assert rows[1][0] == "De 3 a 5 años*" and rows[1][1].replace(".", ",") == "16,029"
    assert "* que no van al kínder" in rows[1][2]
    # A figure with no Spanish row: English, marked, in the same chart.
    ImpactStatistic.objects.sources().get(label="Out of school").get_translation(spanish).delete()
    page = soup(client.get(SPANISH_IMPACT))
    cell = page.select_one("table.impact-table").find("th", string="Out of school")
    assert cell is not None and cell["lang"] == "en"
    assert len(page.select("svg.bar-chart")) == 2


def test_spanish_state_page_shows_spanish_text_and_the_shared_contact(client):
    english = StateProgram.objects.sources().get(code="NC")  # a demo sample contact
    page = soup(client.get(f"{SPANISH_DIRECTORY}nc/"))
    assert "Carolina del Norte" in text_of(page.h1)
    main = text_of(page.main)
    assert "Dato de muestra: hay que cambiarlo por el contacto que confirme el estado." in main
    assert "Director estatal del Programa de Educación Migrante (muestra)" in main
    assert page.find("a", href=f"mailto:{english.email}") is not None
    assert page.find("a", href=f"tel:{english.phone}") is not None
    assert not page.main.select("[lang=en]")
    directory = soup(client.get(SPANISH_DIRECTORY))
    link = directory.select_one(".state-table").find("a", href=f"{SPANISH_DIRECTORY}nc/")
    assert text_of(link) == "Carolina del Norte" and not link.has_attr("lang")
    options = [text_of(o) for o in directory.select("#state-jump option")]
    assert "Nueva York (NY)" in options and "New York (NY)" not in options
    # English pages unchanged.
    page = soup(client.get("/about-us/state-directory/nc/"))
    assert "North Carolina" in text_of(page.h1)
    assert "Sample entry: replace with the contact confirmed by the state." in text_of(page.main)


def test_changing_the_english_phone_changes_the_spanish_page(client, spanish):
    english = StateProgram.objects.sources().get(code="FL")
    english.phone = "555-010-0199"
    english.last_verified = datetime.date(2026, 11, 1)
    english.save()
    assert english.get_translation(spanish).phone == "555-010-0199"
    page = soup(client.get(f"{SPANISH_DIRECTORY}fl/"))
    assert page.find("a", href="tel:555-010-0199") is not None
    # The figures cannot drift: a translation saved with another phone keeps the English one.
    translation = english.get_translation(spanish)
    translation.phone = "555-010-0111"
    translation.notes = "Notas en español."
    translation.save()
    translation.refresh_from_db()
    assert translation.phone == "555-010-0199" and translation.notes == "Notas en español."


def test_state_without_spanish_falls_back_to_english_marked(client, spanish):
    StateProgram.objects.sources().get(code="NC").get_translation(spanish).delete()
    directory = soup(client.get(SPANISH_DIRECTORY))
    link = directory.select_one(".state-table").find("a", href=f"{SPANISH_DIRECTORY}nc/")
    assert text_of(link) == "North Carolina" and link["lang"] == "en"
    assert len(directory.select(".state-map a")) == 52
    page = soup(client.get(f"{SPANISH_DIRECTORY}nc/"))
    assert page.h1.find("span", lang="en", string="North Carolina") is not None
    notes = page.find(id="notes-heading").find_next("p")
    assert notes["lang"] == "en" and "Sample entry" in text_of(notes)


def test_spanish_directory_search_and_sort_use_spanish_names(client):
    page = soup(client.get(SPANISH_DIRECTORY, {"q": "Nueva"}))
    names = [text_of(a) for a in page.select(".state-table tbody th a")]
    assert names == ["Nueva Jersey", "Nueva York"]


@pytest.mark.parametrize(
    "model_name, model", [("impactstatistic", ImpactStatistic), ("stateprogram", StateProgram)]
)
def test_admin_translates_both_snippets_from_the_list(admin_client, spanish, model_name, model):
    source = model.objects.sources().first()
    source.get_translation(spanish).delete()
    listing = admin_client.get(reverse(f"wagtailsnippets_pages_{model_name}:list") + "?locale=en")
    translate_url = reverse(
        "simple_translation:submit_snippet_translation", args=["pages", model_name, source.pk]
    )
    assert translate_url in listing.content.decode()
    assert admin_client.get(translate_url).status_code == 200
    response = admin_client.post(translate_url, {"locales": [spanish.pk]})
    assert response.status_code == 302
    translation = source.get_translation(spanish)
    assert translation.shared_values() == source.shared_values()


def test_translation_form_shows_the_shared_fields_read_only(admin_client, spanish):
    english = StateProgram.objects.sources().get(code="FL")
    translation = english.get_translation(spanish)
    form = soup(
        admin_client.get(reverse("wagtailsnippets_pages_stateprogram:edit", args=[translation.pk]))
    )
    phone = form.find("input", attrs={"name": "phone"})
    assert phone.has_attr("disabled")
    assert not form.find("textarea", attrs={"name": "notes"}).has_attr("disabled")
    assert SHARED_FIELD_HELP in text_of(form)
    # The English row's form offers every field.
    source_form = soup(
        admin_client.get(reverse("wagtailsnippets_pages_stateprogram:edit", args=[english.pk]))
    )
    assert not source_form.find("input", attrs={"name": "phone"}).has_attr("disabled")
    assert SHARED_FIELD_HELP not in text_of(source_form)


def test_contact_panel_help_matches_the_translation_form(admin_client, spanish):
    """The Contact panel said "set the date" above a Spanish row's read-only date: it now says
    the contact is entered on the English version and only the title is per language."""
    translation = StateProgram.objects.sources().get(code="FL").get_translation(spanish)
    form = soup(
        admin_client.get(reverse("wagtailsnippets_pages_stateprogram:edit", args=[translation.pk]))
    )
    assert (
        "The contact is entered on the English version and shared by every language; only the "
        "director's title is written for each language." in text_of(form)
    )
    contact = ["director_name", "email", "phone", "website", "sea_website", "last_verified"]
    for name in contact:
        assert form.find("input", attrs={"name": name}).has_attr("disabled"), name
    assert not form.find("input", attrs={"name": "director_title"}).has_attr("disabled")


def test_spanish_pages_cost_no_more_queries_than_english(
    client, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    for english, spanish_url in (
        ("/about-us/state-directory/", SPANISH_DIRECTORY),
        ("/about-us/state-directory/fl/", f"{SPANISH_DIRECTORY}fl/"),
        ("/about-us/our-impact/", SPANISH_IMPACT),
    ):
        client.get(english)
        client.get(spanish_url)
        with CaptureQueriesContext(connection) as english_queries:
            client.get(english)
        with django_assert_max_num_queries(len(english_queries) + 2):
            client.get(spanish_url)


SPANISH_SPOTLIGHT = "/es/noticias-e-historias/estudiante-pass-del-ano-2017-jocelyn-martinez/"


def facts_state(response):
    facts = soup(response).select_one(".story-facts")
    label = next(dt for dt in facts.select("dt") if text_of(dt) in ("State", "Estado"))
    return label.find_next_sibling("dd")


def test_a_spanish_story_names_its_state_in_spanish_and_falls_back_marked(client, spanish):
    spotlight = client.get(SPANISH_SPOTLIGHT)
    state = facts_state(spotlight)
    assert text_of(state) == "Dakota del Norte"
    assert not state.has_attr("lang")
    facts = text_of(soup(spotlight).select_one(".story-facts"))
    assert "Estudiantes migrantes de secundaria" in facts
    assert "Secondary migrant students" not in facts
    english = facts_state(
        client.get("/news-stories/2017-pass-student-of-the-year-jocelyn-martinez/")
    )
    assert text_of(english) == "North Dakota"

    StateProgram.objects.get(code="ND", locale=spanish).delete()
    state = facts_state(client.get(SPANISH_SPOTLIGHT))
    assert text_of(state) == "North Dakota"
    assert state["lang"] == "en"


def test_the_spanish_story_list_names_the_states_of_its_filter_in_spanish(client):
    page = soup(client.get("/es/noticias-e-historias/"))
    options = [text_of(o) for o in page.select("select[name=state] option")]
    assert "Dakota del Norte" in options
    assert "North Dakota" not in options
    english = soup(client.get("/news-stories/"))
    assert "North Dakota" in [text_of(o) for o in english.select("select[name=state] option")]


def test_a_group_chart_keeps_its_spanish_heading_when_its_first_figure_is_not_translated(
    client, spanish
):
    first = ImpactStatistic.objects.sources().exclude(group="").order_by("order").first()
    first.get_translation(spanish).delete()
    page = soup(client.get(SPANISH_IMPACT))
    headings = [text_of(h) for h in page.select("main h2")]
    assert "Jóvenes migrantes en el Programa de Educación Migrante, 2021-22" in headings
    assert not page.select("main h2[lang], main h2 [lang]")
