"""Search as visitors use it: results say what they are in plain words (both languages), a
topic, subtopic, audience or resource type finds what is tagged with it (above pages that
only mention the word), and Spanish titles are found from the Spanish search."""

import pytest
from bs4 import BeautifulSoup

from resources.models import PolicyQASetPage, PolicyQuestion, Topic

pytestmark = pytest.mark.django_db


def items(client, query, path="/search/", **params):
    response = client.get(path, {"q": query, **params})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    found = []
    for item in page.select("#results-heading ~ ul .usa-collection__item"):
        tag = item.select_one(".usa-tag")
        heading = item.select_one(".usa-collection__heading a")
        found.append((" ".join(heading.text.split()), tag.text.strip() if tag else ""))
    return found


SAMPLE = "Sample question — not OME policy. "


def titles(client, query, **params):
    # The demo's questions say they are samples; compare the questions themselves.
    return [title.removeprefix(SAMPLE) for title, _label in items(client, query, **params)]


def label_of(client, query, title, path="/search/"):
    labels = [label for found, label in items(client, query, path) if found == title]
    assert labels, (title, items(client, query, path))
    return labels[0]


@pytest.mark.parametrize(
    ("query", "title", "label"),
    [
        ("National ID&R Curriculum", "National ID&R Curriculum", "Curriculum"),
        ("National ID&R Manual", "National ID&R Manual", "Toolkit"),
        ("MEP Policy Q&As FY18", "MEP Policy Q&As FY18 v.2 (January)", "Policy Q&A"),
        ("Subgranting Webinar", "Subgranting Webinar", "Webinar"),
        ("Our Nation's English Learners", "Our Nation's English Learners", "Resource"),
        ("Migrant Health", "Migrant Health", "Initiative"),
    ],
)
def test_result_labels_are_words_visitors_use(client, query, title, label):
    assert label_of(client, query, title) == label


def test_no_result_label_is_a_model_name(client):
    labels = {label for _title, label in items(client, "migrant")}
    labels |= {label for _title, label in items(client, "migrant", page=2)}
    assert labels
    assert not {label for label in labels if label.lower().endswith(" page")}, labels


def test_result_labels_in_spanish(client):
    assert label_of(client, "Curriculum", "National ID&R Curriculum", "/es/search/") == (
        "Plan de estudios"
    )
    assert label_of(client, "subvenciones", "Seminario web sobre subvenciones", "/es/search/") == (
        "Seminario web"
    )


def add_question(number, question, answer, topic=None):
    qa_set = PolicyQASetPage.objects.get(slug="fy18-v2-january")
    return PolicyQuestion.objects.create(
        page=qa_set, number=number, question=question, answer=answer, topic=topic
    )


def test_a_topic_name_finds_the_questions_filed_under_it_first(client):
    # A question that only mentions the word, filed under another topic.
    add_question(
        "Z9",
        "Must a State keep fiscal records of recruiter interviews?",
        "<p>Placeholder answer about records.</p>",
        Topic.objects.sources().get(slug="records-transfer"),
    )
    found = titles(client, "fiscal", type="policy-questions")
    tagged = {
        "May a State subgrant MEP funds to a nonprofit organization?",
        "Can MEP funds pay for a recruiter's mileage?",
    }
    assert set(found[:2]) == tagged, found
    assert "Must a State keep fiscal records of recruiter interviews?" in found[2:], found
    # And in the search across everything.
    assert tagged <= set(titles(client, "fiscal")), titles(client, "fiscal")


def test_a_subtopic_name_finds_its_questions(client):
    found = titles(client, "allowable costs")
    assert found and found[0] == "Can MEP funds pay for a recruiter's mileage?", found


def test_a_topic_name_finds_tagged_resources(client):
    # Tagged "Fiscal requirements"; the word is nowhere in its title or summary.
    assert "MEP Policy Q&As: January 2018" in titles(client, "fiscal requirements")
    # Tagged with the subtopic "MSIX"'s topic "Records transfer" through the subtopic only.
    assert "Sample brief: moving records with MSIX" in titles(client, "records transfer")


def test_an_audience_finds_resources_for_it(client):
    found = titles(client, "researchers")
    assert "National Study on English Learners and Digital Resources" in found, found


def test_a_resource_type_finds_resources_of_that_type(client):
    found = titles(client, "webinar recording", type="resources")
    assert {"Subgranting Webinar recording", "MEP Family Engagement: State and Local PACs"} <= set(
        found[:3]
    ), found


def test_spanish_search_finds_spanish_titles(client):
    found = titles(client, "directorio", path="/es/search/")
    assert "Directorio de programas estatales" in found, found
    assert "Directorio de programas estatales" in titles(
        client, "programas estatales", path="/es/search/"
    )
