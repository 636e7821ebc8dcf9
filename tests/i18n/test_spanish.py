"""The site in Spanish: interface text, <html lang>, and dates, times and numbers written the
way Spanish readers in the U.S. expect ("miércoles, 16 de enero de 2019, 2:00 p. m. ET").
English pages stay exactly as they were."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template import engines
from django.template.loader import render_to_string
from django.utils import translation

from events.calendar import MonthCalendar
from events.models import EventPage
from events.timefmt import EASTERN, format_event_when, format_time_range
from pages.templatetags.site_tags import duration_in_words, human_size
from tests.html import soup, text_of

UTC = datetime.UTC


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def et(*args):
    return datetime.datetime(*args, tzinfo=EASTERN)


def spanish_url(page):
    """Where a Spanish reader finds the page: its Spanish translation, or (until there is one)
    the English page under /es/, with the interface in Spanish."""
    translated = page.get_translations().filter(locale__language_code="es").live().first()
    return translated.url if translated else "/es" + page.url


# Interface text -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_spanish_search_page_speaks_spanish(client):
    response = client.get("/es/search/", {"q": "xylophoneqqq"})
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "es"
    assert page.title.text == (
        "Resultados de búsqueda de «xylophoneqqq» | RESULTS: Centro de Recursos de Educación "
        "Migrante"
    )
    assert page.h1.text == "Buscar"
    assert page.select_one(".usa-skipnav").text == "Ir al contenido principal"
    banner = page.select_one(".usa-banner")
    assert banner["aria-label"] == "Un sitio oficial del Gobierno de Estados Unidos"
    assert "Un sitio oficial del Gobierno de Estados Unidos" in text_of(banner)
    assert "Así es como usted puede verificarlo" in text_of(banner)
    assert "Los sitios web oficiales usan .gov" in text_of(banner)
    text = text_of(page)
    assert "No hay resultados para «xylophoneqqq»." in text
    assert "Revise la ortografía" in text
    assert "Volver arriba" in text
    # The header's search box keeps the visitor in Spanish.
    form = page.find("form", attrs={"role": "search"})
    assert form["action"] == "/es/search/"
    assert page.find("label", attrs={"for": "header-search"}).text == "Buscar en este sitio"
    for english in ("Skip to main content", "An official website", "Search this site", "Menu"):
        assert english not in text


@pytest.mark.django_db
def test_spanish_result_count_and_filters(client):
    page = soup(client.get("/es/search/", {"q": "migrant"}))
    heading = text_of(page.find(id="results-heading"))
    assert heading.endswith("resultados para «migrant»"), heading
    assert int(heading.split()[0]) > 1
    labels = [text_of(label) for label in page.select(".listing-filters label")]
    assert labels == ["Buscar", "Tipo"]
    assert page.select_one(".listing-filters option").text == "Todos"
    assert page.select_one(".listing-filters button").text == "Aplicar"
    types = [option.text for option in page.select("#filter-type option")]
    assert "Preguntas sobre políticas" in types
    # The type filter's values do not change with the language, so links keep working.
    assert page.select_one("#filter-type option[value=policy-questions]")


@pytest.mark.django_db
def test_english_search_page_is_unchanged(client):
    page = soup(client.get("/search/", {"q": "xylophoneqqq"}))
    assert page.html["lang"] == "en"
    assert page.select_one(".usa-skipnav").text == "Skip to main content"
    assert "An official website of the United States government" in text_of(page)
    assert "Nothing matches “xylophoneqqq”." in text_of(page)
    assert page.find("form", attrs={"role": "search"})["action"] == "/search/"


@pytest.mark.django_db
def test_spanish_404_page(client):
    response = client.get("/es/no-such-page/")
    page = soup(response, status=404)
    assert page.html["lang"] == "es"
    assert page.h1.text == "No se encontró la página"
    assert "Revise si la dirección web tiene errores." in text_of(page)
    home = page.find("a", string="página de inicio de RESULTS")
    assert home["href"] == "/es/"


@pytest.mark.django_db
def test_english_404_page(client):
    page = soup(client.get("/no-such-page/"), status=404)
    assert page.html["lang"] == "en"
    assert page.h1.text == "Page not found"
    assert page.find("a", string="RESULTS home page")["href"] == "/"


def test_500_page_in_spanish_needs_no_request_or_database():
    # Not a database test: any query here would fail the test.
    with translation.override("es"):
        html = render_to_string("500.html")
    page = BeautifulSoup(html, "html.parser")
    assert page.html["lang"] == "es"
    assert page.h1.text == "Algo salió mal"
    assert "Inténtelo de nuevo en unos minutos." in text_of(page)


@pytest.mark.django_db
def test_spanish_event_page_dates_times_and_labels(client):
    meeting = EventPage.objects.get(locale__language_code="en", start=et(2019, 1, 16, 14, 0))
    page = soup(client.get(spanish_url(meeting)))
    assert page.html["lang"] == "es"
    assert text_of(page.select_one(".event-details__when")) == (
        "miércoles, 16 de enero de 2019, 2:00–3:30 p. m. ET"
    )
    assert page.select_one(".usa-tag").text == "Reunión virtual"
    assert page.find(id="event-details-heading").text == "Cuándo y dónde"
    assert text_of(page.select_one(".event-details__where")) == "Virtual"
    assert "Añadir al calendario" in text_of(page)
    ics = client.get(spanish_url(meeting) + "ics/").content.decode()
    assert "Detalles y cómo participar" in ics.replace("\r\n ", "")


@pytest.mark.django_db
def test_spanish_agenda_days_and_session_times(client):
    meeting = EventPage.objects.get(
        locale__language_code="en", slug="annual-directors-meeting-2018"
    )
    page = soup(client.get(spanish_url(meeting)))
    assert text_of(page.select_one(".event-details__when")) == "5–7 de marzo de 2018"
    days = [h3.text for h3 in page.select(".event-agenda h3")]
    assert days[0] == "lunes, 5 de marzo de 2018"
    times = [p.text for p in page.select(".event-agenda__time")]
    assert all(t.endswith(("a. m. ET", "p. m. ET")) for t in times), times


@pytest.mark.django_db
def test_spanish_month_calendar(client):
    meeting = EventPage.objects.get(locale__language_code="en", start=et(2019, 1, 16, 14, 0))
    index = meeting.get_parent().specific
    page = soup(client.get(spanish_url(index) + "calendar/2019/01/"))
    assert page.h1.text.endswith(": enero de 2019")
    assert page.find("caption").text == "Seminarios web y reuniones en enero de 2019"
    weekdays = [abbr["title"] for abbr in page.select("thead abbr")]
    assert weekdays[:2] == ["domingo", "lunes"]
    cell = page.find("time", attrs={"datetime": "2019-01-16"})
    assert cell.select_one(".usa-sr-only").text == "miércoles, 16 de enero"
    assert "2:00 p. m." in text_of(page.select_one(".event-calendar__day--busy"))
    months = text_of(page.select_one(".event-calendar__nav"))
    assert "diciembre de 2018" in months and "febrero de 2019" in months


# Formatting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "spanish"),
    [
        # 19:00 UTC is 2:00 p.m. EST in January; 18:00 UTC is 2:00 p.m. EDT in July.
        (utc(2019, 1, 16, 19), utc(2019, 1, 16, 20, 30), "miércoles, 16 de enero de 2019, "),
        (utc(2019, 7, 17, 18), utc(2019, 7, 17, 19, 30), "miércoles, 17 de julio de 2019, "),
    ],
)
def test_spanish_event_times_across_daylight_saving(start, end, spanish):
    with translation.override("es"):
        assert format_event_when(start, end) == spanish + "2:00–3:30 p. m. ET"
    assert format_event_when(start, end).endswith(", 2:00–3:30 p.m. ET")


def test_spanish_times_on_both_sides_of_noon_and_midnight():
    with translation.override("es"):
        assert (
            format_event_when(utc(2019, 3, 11, 19)) == "lunes, 11 de marzo de 2019, 3:00 p. m. ET"
        )
        assert format_event_when(utc(2019, 1, 16, 16), utc(2019, 1, 16, 18)) == (
            "miércoles, 16 de enero de 2019, 11:00 a. m.–1:00 p. m. ET"
        )
        assert format_event_when(utc(2019, 6, 1, 3), utc(2019, 6, 1, 5)) == (
            "viernes, 31 de mayo de 2019, 11:00 p. m. – sábado, 1 de junio de 2019, 1:00 a. m. ET"
        )
        assert format_time_range(datetime.time(9), datetime.time(10, 30)) == "9:00–10:30 a. m."


@pytest.mark.parametrize(
    ("first", "last", "spanish", "english"),
    [
        ((2018, 3, 29), (2018, 3, 29), "jueves, 29 de marzo de 2018", "Thursday, March 29, 2018"),
        ((2018, 3, 5), (2018, 3, 7), "5–7 de marzo de 2018", "March 5–7, 2018"),
        (
            (2018, 2, 27),
            (2018, 3, 2),
            "27 de febrero – 2 de marzo de 2018",
            "February 27 – March 2, 2018",
        ),
        (
            (2018, 12, 30),
            (2019, 1, 2),
            "30 de diciembre de 2018 – 2 de enero de 2019",
            "December 30, 2018 – January 2, 2019",
        ),
    ],
)
def test_spanish_all_day_ranges(first, last, spanish, english):
    with translation.override("es"):
        assert format_event_when(et(*first), et(*last), all_day=True) == spanish
    with translation.override("en"):
        assert format_event_when(et(*first), et(*last), all_day=True) == english


def render(source, **context):
    return engines["django"].from_string(source).render(context)


def test_named_date_formats_per_language():
    source = "{% load site_tags %}{{ d|date:'DATE_FORMAT' }} | {{ d|date:'YEAR_MONTH_FORMAT' }} | "
    source += "{{ d|local_date:'WEEKDAY_DATE_FORMAT' }}"
    day = datetime.date(2019, 1, 16)
    with translation.override("es"):
        assert render(source, d=day) == (
            "16 de enero de 2019 | enero de 2019 | miércoles, 16 de enero de 2019"
        )
        assert MonthCalendar(2019, 1, today=day).title == "enero de 2019"
    with translation.override("en"):
        assert (
            render(source, d=day) == "January 16, 2019 | January 2019 | Wednesday, January 16, 2019"
        )
        assert MonthCalendar(2019, 1, today=day).title == "January 2019"


def test_numbers_sizes_and_durations_in_spanish():
    with translation.override("es"):
        # Spanish as written in the U.S., Puerto Rico and Mexico: 1,234.5.
        assert intcomma(290000) == "290,000"
        assert human_size(int(1.5 * 1024 * 1024)) == "1.5 MB"
        assert human_size(1) == "1 byte"
        assert duration_in_words(datetime.timedelta(hours=1)) == "1 hora"
        assert duration_in_words(datetime.timedelta(minutes=45)) == "45 minutos"
    with translation.override("en"):
        assert human_size(int(1.5 * 1024 * 1024)) == "1.5 MB"
        assert duration_in_words(datetime.timedelta(hours=2)) == "2 hours"
