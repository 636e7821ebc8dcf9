"""Spanish-aware search on PostgreSQL: Spanish pages are indexed with Spanish stemming and
accent folding, so a query with or without accents, singular or plural, finds them; English
search works as before. On SQLite Wagtail's plain matching is used (these tests skip)."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="Spanish stemming needs PostgreSQL"
    ),
]

FAMILIES_PASS = "/es/familias/pass/"
FAMILIES_MOVING = "/es/familias/cuando-se-muda/"
FAMILIES_WHO = "/es/familias/quien-puede-participar/"
SPANISH_MEETING = "/es/seminarios-web-y-reuniones/iniciativa-de-mentoria-familias-pac/"


def results(client, query, prefix="/es"):
    response = client.get(f"{prefix}/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("educacion", "/es/familias/"),  # no accent finds "Educación"
        ("educación", "/es/familias/"),
        ("reunion", SPANISH_MEETING),  # singular, no accent, finds "reunión"
        ("reuniones", SPANISH_MEETING),  # plural finds "reunión"
        ("niños", FAMILIES_WHO),  # "niños" finds "niño"/"niños"
        ("nino", FAMILIES_WHO),
        ("geografia", FAMILIES_PASS),
        ("vacuna", FAMILIES_MOVING),  # the page says "vacunas"
    ],
)
def test_spanish_queries_find_spanish_pages(client, query, expected):
    assert f'href="{expected}"' in results(client, query)


def test_the_index_uses_the_spanish_configuration_for_spanish_pages():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('results_spanish', 'Educación reuniones niños')")
        (vector,) = cursor.fetchone()
    assert vector == "'educacion':1 'nin':3 'reunion':2"


def test_english_search_is_unchanged(client):
    english = results(client, "meetings", prefix="")
    assert 'href="/webinars-meetings/' in english
    # English stemming still applies to English pages.
    assert 'href="/families/when-you-move/"' in results(client, "moving", prefix="")


def test_spanish_search_still_finds_english_pages_standing_in(client):
    # The ID&R manual has no Spanish translation: an English match shows, marked English.
    body = results(client, "manual")
    assert 'lang="en"' in body
