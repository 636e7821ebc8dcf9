"""Site search beyond pages: policy questions, the type filter, highlighting, query counts."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from pages.templatetags.site_tags import highlight
from resources.models import PolicyQASetPage, PolicyQuestion

pytestmark = pytest.mark.django_db

FISHING = "fishing vessel"


def soup(client, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_items(page):
    return page.select("#results-heading ~ ul .usa-collection__item")


def find_result(page, text):
    for item in result_items(page):
        if text in item.select_one(".usa-collection__heading").text:
            return item
    return None


def test_policy_questions_are_found_with_label_link_and_answer(client):
    question = PolicyQuestion.objects.get(number="A2")
    item = find_result(soup(client, {"q": FISHING}), "fishing vessel count as qualifying work")
    assert item is not None
    assert item.select_one(".usa-tag").text == "Policy question"
    link = item.select_one(".usa-collection__heading a")["href"]
    assert link == question.get_url()
    assert link.endswith("#question-a2")
    assert (
        "Placeholder answer about fishing work"
        in item.select_one(".usa-collection__description").text
    )


def test_a_question_answered_in_paragraphs_reads_as_sentences_in_results(client):
    """The summary ran paragraphs together ("qualifies.It") and kept entities ("&amp;")."""
    question = PolicyQuestion.objects.get(number="A2")
    question.answer = "<p>Fishing work qualifies.</p><p>It must be Q&amp;A-approved.</p>"
    question.save()
    item = find_result(soup(client, {"q": FISHING}), "fishing vessel count as qualifying work")
    summary = " ".join(item.select_one(".usa-collection__description").text.split())
    assert summary == "Fishing work qualifies. It must be Q&A-approved."


def test_questions_of_hidden_sets_never_appear(client):
    qa_set = PolicyQASetPage.objects.get(slug="fy18-v2-january")
    PageViewRestriction.objects.create(page=qa_set, restriction_type="login")
    assert find_result(soup(client, {"q": FISHING}), "fishing vessel") is None
    PageViewRestriction.objects.filter(page=qa_set).delete()
    qa_set.unpublish()
    assert find_result(soup(client, {"q": FISHING}), "fishing vessel") is None


def test_type_filter_narrows_results(client):
    everything = soup(client, {"q": "migrant"})
    labels = {item.select_one(".usa-tag").text for item in result_items(everything)}
    assert len(labels) > 1
    questions = soup(client, {"q": FISHING, "type": "policy-questions"})
    assert {i.select_one(".usa-tag").text for i in result_items(questions)} == {"Policy question"}
    assert "in Policy questions" in questions.find(id="results-heading").text
    updates = soup(client, {"q": "migrant", "type": "updates"})
    assert result_items(updates)
    assert find_result(updates, "fishing vessel") is None
    options = [o.text for o in everything.select("#filter-type option")]
    assert options[0] == "All"
    assert "Policy questions" in options


def test_unknown_type_is_dropped(client):
    page = soup(client, {"q": FISHING, "type": "<script>"})
    assert find_result(page, "fishing vessel") is not None
    assert "<script>" not in str(page.select_one("#filter-type"))


def test_summary_highlights_query_words(client):
    item = find_result(soup(client, {"q": "fishing work"}), "fishing vessel")
    marks = [m.text for m in item.select(".usa-collection__description mark")]
    assert marks == ["fishing", "work"]


def test_highlight_escapes_everything_else():
    html = highlight("<b>Learners</b> & English learner's <script>", "English learner <b>")
    assert html == (
        "&lt;b&gt;<mark>Learners</mark>&lt;/b&gt; &amp; <mark>English</mark> "
        "<mark>learner</mark>&#x27;s &lt;script&gt;"
    )
    assert highlight("<i>x</i>", "") == "&lt;i&gt;x&lt;/i&gt;"
    assert highlight("a (b) c", '".*" (') == "a (b) c"


def count_queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/search/", params).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_matches(client):
    qa_set = PolicyQASetPage.objects.get(slug="fy18-v2-january")
    few = count_queries(client, {"q": "sample question"})
    for n in range(40):
        PolicyQuestion.objects.create(
            page=qa_set, number=f"Z{n}", question=f"Sample question number {n}", answer="<p>x</p>"
        )
    many = count_queries(client, {"q": "sample question"})
    assert many <= few + 1
    assert many <= 30
