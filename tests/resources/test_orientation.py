"""The New Directors' Orientation: 14 modules, a module's sections and activities, and the pop
quiz marked on the server without JavaScript."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import OrientationModulePage, OrientationPage
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

COURSE = "/tools-curriculum/new-directors/"
MODULE_3 = COURSE + "3/"


def quiz_form(page):
    return page.select_one(".module-activity--quiz form")


def test_course_lists_14_modules_in_order_with_estimated_time(client):
    page = soup(client.get(COURSE))
    rows = page.select("table.orientation-modules tbody tr")
    assert len(rows) == 14
    assert text_of(rows[2].th) == "Module 3: State MEP Funding Allocation and Use of Funds"
    assert text_of(rows[13].th) == "Module 14: Managing the MEP"
    assert "45 minutes (sample)" in text_of(rows[0])
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "Course" and len(data["hasPart"]) == 14


def test_module_has_overview_numbered_sections_activities_materials_and_neighbours(client):
    page = soup(client.get(MODULE_3))
    headings = [text_of(h) for h in page.select(".module-section h2")]
    assert headings[0] == "1. Getting Started"
    assert headings[-1] == "8. Wrapping Up"
    assert "4. Funding Cycle" in headings
    assert page.select_one("#overview-heading")
    think = page.select_one(".module-activity--think")
    assert think.find("details").summary.text == "Show the answer"  # revealed on request
    check_in = page.select_one(".module-activity--check-in")
    assert "(PDF," in text_of(check_in)
    assert "Supporting materials" in text_of(page.main)
    assert "sample" in text_of(quiz_form(page).parent).lower()
    rel = {a["rel"][0]: a["href"] for a in page.select("nav.guide-pager a")}
    assert rel == {"prev": COURSE + "2/", "next": COURSE + "4/"}
    assert json.loads(page.find("script", type="application/ld+json").string)["position"] == 3


def test_module_4_has_its_sections(client):
    page = soup(client.get(COURSE + "4/"))
    headings = [text_of(h) for h in page.select(".module-section h2")]
    assert headings == [
        "1. Getting Started",
        "2. Migrant Subgrant Overview",
        "3. Factors for Determining Subgrant Amounts",
        "4. Approaches to Subgrants",
        "5. The Subgrant Process",
        "6. Wrapping Up",
    ]


def answer(client, **answers):
    form = quiz_form(soup(client.get(MODULE_3)))
    assert form["method"] == "get"
    action = form["action"].split("#")[0]
    return client.get(action, answers)


def test_quiz_marks_each_answer_and_explains_the_right_one(client):
    response = answer(client, q1="1", q2="1")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    status = text_of(page.select_one(".module-activity--quiz [role=status]"))
    assert status == "You answered 1 of 2 correctly."
    items = page.select(".quiz-results > li")
    assert "Correct" in text_of(items[0])
    assert "Not quite" in text_of(items[1])
    assert "The right answer: Yes, within limits" in text_of(items[1])
    assert "Sample explanation" in text_of(items[1])
    assert not response.cookies  # nothing kept about the visitor


def test_quiz_result_is_never_page_cached(client):
    first = answer(client, q1="1", q2="0")
    second = answer(client, q1="0", q2="1")
    assert "2 of 2" in text_of(soup(first))
    assert "0 of 2" in text_of(soup(second))
    assert first.get("X-Cache") != "hit" and second.get("X-Cache") != "hit"


@pytest.mark.parametrize(
    "params",
    [
        {},  # nothing answered
        {"q1": "9", "q2": "-1"},  # tampered: out of range
        {"q1": "abc", "q2": "1.5"},  # tampered: not a number
        {"q7": "0", "x": "<script>"},  # unknown questions
        {"q1": ["0", "1"]},  # repeated
        {"q1": "\x00"},
    ],
)
def test_bad_quiz_input_is_a_sane_page(client, params):
    response = answer(client, **params)
    assert response.status_code == 200
    page = soup(response)
    assert "of 2 correctly" in text_of(page.select_one("[role=status]"))
    assert b"<script>" not in response.content


def test_unknown_quiz_is_a_404(client):
    assert client.get(MODULE_3 + "quiz/not-a-quiz/").status_code == 404
    assert client.get(MODULE_3 + "quiz/").status_code == 404


def test_draft_module_is_not_listed_or_linked(client):
    course = OrientationPage.objects.get(slug="new-directors")
    draft = OrientationModulePage(
        title="Zyzzyva draft module", slug="15", number=15, overview="<p>x</p>", live=False
    )
    course.add_child(instance=draft)
    draft.save_revision()
    assert "Zyzzyva" not in text_of(soup(client.get(COURSE)))
    last = soup(client.get(COURSE + "14/"))
    assert "Zyzzyva" not in text_of(last)
    assert client.get(COURSE + "15/").status_code == 404


def test_course_query_count_is_flat_in_the_number_of_modules(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(COURSE)
    with CaptureQueriesContext(connection) as few:
        client.get(COURSE)
    course = OrientationPage.objects.get(slug="new-directors")
    for number in range(15, 40):
        module = OrientationModulePage(
            title=f"Extra module {number}", slug=str(number), number=number, overview="<p>x</p>"
        )
        course.add_child(instance=module)
        module.save_revision().publish()
    client.get(COURSE)
    with CaptureQueriesContext(connection) as many:
        page = soup(client.get(COURSE))
    assert len(page.select("table.orientation-modules tbody tr")) == 39
    assert len(many) <= len(few) <= 20
