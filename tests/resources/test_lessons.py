"""The ID&R Curriculum's trainer view: lesson pages and one page per slide."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import CurriculumLessonPage
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

CURRICULUM = "/tools-curriculum/national-idr-curriculum/"
LESSON = CURRICULUM + "m1l2-the-idr-process/"


def test_modules_table_links_each_lessons_viewer(client):
    page = soup(client.get(CURRICULUM))
    row = page.select_one("#module-1")
    links = [a["href"] for a in row.select("a") if "Slide viewer" in a.text]
    assert links == [CURRICULUM + "m1l1-background-and-overview-of-the-mep/", LESSON]
    assert page.select_one("#module-8") is None or page.select_one("#module-8 a")


def test_lesson_lists_slides_and_downloads(client):
    page = soup(client.get(LESSON))
    assert page.h1.text == "The ID&R Process"
    slides = [a["href"] for a in page.select(".lesson-slides a")]
    assert slides == [LESSON + "1/", LESSON + "2/", LESSON + "3/"]
    assert "(PDF," in text_of(page.main)


def test_slide_page_has_slide_notes_points_and_neighbours(client):
    page = soup(client.get(LESSON + "2/"))
    assert page.h1.text == "The eligibility interview"
    headings = [h.text for h in page.select("main h2")]
    assert headings == ["Materials", "Trainer's notes", "Talking points", "Discussion points"]
    assert "Slide 2 of 3" in text_of(page.main)
    rel = {a["rel"][0]: a["href"] for a in page.select("nav.guide-pager a")}
    assert rel == {"prev": LESSON + "1/", "next": LESSON + "3/"}
    assert set({a["rel"][0] for a in soup(client.get(LESSON + "1/")).select(".guide-pager a")}) == {
        "next"
    }


@pytest.mark.parametrize("number", ["0", "4", "999999999999", "abc", "-1"])
def test_missing_slides_are_404s(client, number):
    assert client.get(f"{LESSON}{number}/").status_code == 404


def test_slide_query_count_is_flat_in_the_number_of_slides(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(LESSON + "2/")
    with CaptureQueriesContext(connection) as few:
        client.get(LESSON + "2/")
    lesson = CurriculumLessonPage.objects.get(code="M1L2")
    lesson.slides = [("slide", lesson.slides[0].value)] * 40
    lesson.save_revision().publish()
    client.get(LESSON + "2/")
    with CaptureQueriesContext(connection) as many:
        assert client.get(LESSON + "2/").status_code == 200
    assert len(many) <= len(few) <= 20
