"""Policy Q&As: the index searches and filters the newest live set; every question has a
stable link; answers sit in accordions that open without JavaScript."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.models import PolicyQAIndexPage, PolicyQuestion, Topic
from tests.html import soup, text_of

from .factories import make_qa_set

pytestmark = pytest.mark.django_db

INDEX = "/legislation-policy/policy-qas/"


@pytest.fixture
def index(db):
    return PolicyQAIndexPage.objects.get(locale__language_code="en")


def questions(response):
    return [d["id"] for d in soup(response).select("details.policy-question")]


def test_index_explains_the_qas_and_lists_current_set(client):
    response = client.get(INDEX)
    assert response.status_code == 200
    page = soup(response)
    text = text_of(page)
    assert "Non-Regulatory Guidance" in text
    assert "consistent with the statute and the regulations" in text
    assert "Current version: FY18 v.2 (January)" in text
    assert "Issued January 2018" in text
    assert len(questions(response)) == 10
    first = page.select_one("details.policy-question")
    assert first["id"] == "question-a1"
    assert first.find("summary").text.strip().startswith("A1.")
    assert "Sample question — not OME policy" in first.text
    link = first.find("a", string="Link to question A1")
    assert link["href"] == "/legislation-policy/policy-qas/fy18-v2-january/#question-a1"
    assert "PDF," in text_of(page.select_one(".document-link__meta"))
    assert not page.select("#archive-heading")


def test_accordion_markup_works_without_javascript(client):
    page = soup(client.get(INDEX))
    item = page.select_one(".site-accordion details.site-accordion__item")
    assert item.find("summary", class_="site-accordion__button")
    assert item.select_one(".site-accordion__content")
    assert not item.has_attr("open")
    assert not page.find("script", src=False, type=lambda t: t != "application/ld+json")


def test_filter_by_topic_and_subtopic(client):
    assert questions(client.get(f"{INDEX}?topic=eligibility")) == [
        "question-a1",
        "question-a2",
        "question-a3",
    ]
    assert questions(client.get(f"{INDEX}?subtopic=qualifying-work")) == [
        "question-a2",
        "question-a3",
    ]
    assert questions(client.get(f"{INDEX}?topic=fiscal&subtopic=qualifying-work")) == []
    response = client.get(f"{INDEX}?topic=fiscal")
    assert soup(response).find("meta", attrs={"name": "robots"})["content"] == "noindex"
    canonical = soup(response).find("link", rel="canonical")["href"]
    assert canonical == "http://testserver/legislation-policy/policy-qas/"


def test_keyword_search_over_questions_and_answers(client):
    # "mileage" is in a question, "interrupted" only in an answer.
    assert questions(client.get(f"{INDEX}?q=mileage")) == ["question-c2"]
    response = client.get(f"{INDEX}?q=interrupted")
    assert questions(response) == ["question-d1"]
    # Matching answers are shown opened.
    assert soup(response).select_one("details.policy-question").has_attr("open")
    assert questions(client.get(f"{INDEX}?q=interrupted&topic=fiscal")) == []


def test_newest_live_set_is_current_and_older_ones_are_archived(client, index):
    topic = Topic.objects.sources().get(slug="eligibility")
    make_qa_set(
        index,
        version="FY30 v.1",
        issue_date=datetime.date(2030, 1, 1),
        questions=[{"number": "Z1", "topic": topic, "question": "Newer?", "answer": "<p>Yes</p>"}],
    )
    make_qa_set(
        index,
        version="FY31 draft",
        issue_date=datetime.date(2031, 1, 1),
        questions=[{"number": "Y1", "question": "Draft?", "answer": "<p>No</p>"}],
        publish=False,
    )
    response = client.get(INDEX)
    text = text_of(soup(response))
    assert "Current version: FY30 v.1" in text
    assert questions(response) == ["question-z1"]
    archive = soup(response).select_one("#archive-heading").parent
    assert "MEP Policy Q&As FY18 v.2 (January)" in text_of(archive)
    assert "FY31" not in text and "Draft?" not in text


def test_set_page_groups_questions_by_topic_with_anchors(client, rf):
    response = client.get("/legislation-policy/policy-qas/fy18-v2-january/")
    page = soup(response)
    assert page.h1.text == "MEP Policy Q&As FY18 v.2 (January)"
    topics = [text_of(a) for a in page.select("#in-page-nav-heading + ul a")]
    assert topics[0] == "Child eligibility (3)"
    section = page.find(id="topic-eligibility").parent
    assert [d["id"] for d in section.select("details")] == [
        "question-a1",
        "question-a2",
        "question-a3",
    ]
    assert "Technical edit" in text_of(page.find(id="question-a3"))
    assert "Technical edit" not in text_of(page.find(id="question-a1"))
    from resources.models import PolicyQASetPage

    data = PolicyQASetPage.objects.get().get_json_ld(rf.get("/"))
    assert data["@type"] == "FAQPage" and len(data["mainEntity"]) == 10


def test_question_clean_rejects_a_subtopic_of_another_topic():
    from django.core.exceptions import ValidationError

    question = PolicyQuestion(
        number="X",
        topic=Topic.objects.sources().get(slug="fiscal"),
        subtopic=Topic.objects.sources().get(slug="qualifying-work"),
        question="?",
        answer="<p>!</p>",
    )
    with pytest.raises(ValidationError):
        question.clean()


@pytest.mark.parametrize(
    "query",
    [
        "topic=not-a-topic",
        "topic=%3Cscript%3E",
        "subtopic=%00",
        "sort=drop",
        "q=%3Cscript%3Ealert(1)%3C/script%3E",
        "q=" + "b" * 5000,
        "q=%00",
    ],
)
def test_bad_input(client, query):
    response = client.get(f"{INDEX}?{query}")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize("page", ["-1", "abc", "99999999999999999999"])
def test_bad_page_404(client, page):
    assert client.get(f"{INDEX}?page={page}").status_code == 404


def test_query_count_same_with_20_and_500_questions(client, index, django_assert_max_num_queries):
    topic = Topic.objects.sources().get(slug="fiscal")
    subtopic = Topic.objects.sources().get(slug="subgranting")
    qa_set = make_qa_set(index, version="Big", issue_date=datetime.date(2035, 1, 1))

    def add(n, start):
        PolicyQuestion.objects.bulk_create(
            PolicyQuestion(
                page=qa_set,
                number=f"Q{start + i}",
                topic=topic,
                subtopic=subtopic,
                question=f"Question {start + i}?",
                answer="<p>Answer.</p>",
                sort_order=start + i,
            )
            for i in range(n)
        )

    def count(url):
        # The fewer of two runs, so a shared Redis flushed by another test run cannot fail it.
        runs = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url).status_code == 200
            runs.append(len(ctx.captured_queries))
        return min(runs)

    add(20, 0)
    urls = [INDEX, f"{INDEX}?topic=fiscal&subtopic=subgranting&page=1"]
    small = [count(url) for url in urls]
    add(480, 20)
    large = [count(url) for url in urls]
    assert small == large
    with django_assert_max_num_queries(20):
        client.get(f"{INDEX}?topic=fiscal&page=3")


@pytest.mark.parametrize("kind", ["private", "expired", "scheduled"])
def test_hidden_newer_set_never_becomes_current(client, index, kind):
    from django.contrib.auth.models import Group
    from django.utils import timezone
    from wagtail.models import PageViewRestriction

    qa_set = make_qa_set(
        index,
        version="FY40 hidden",
        issue_date=datetime.date(2040, 1, 1),
        questions=[{"number": "H1", "question": "Hidden question?", "answer": "<p>Hidden</p>"}],
    )
    if kind == "private":
        restriction = PageViewRestriction.objects.create(
            page=qa_set, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.first()])
    elif kind == "expired":
        qa_set.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        qa_set.save()
    else:
        qa_set.unpublish()
        qa_set.go_live_at = timezone.now() + datetime.timedelta(days=2)
        qa_set.save_revision().publish()
    for url in (INDEX, f"{INDEX}?q=hidden"):
        body = client.get(url).content.decode()
        assert "FY40" not in body and "Hidden question" not in body
    assert "Current version: FY18 v.2 (January)" in text_of(soup(client.get(INDEX)))
