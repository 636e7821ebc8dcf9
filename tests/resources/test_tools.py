"""Tools & Curriculum: the ID&R Manual with its table of contents, the curriculum's modules
table, and the taxonomy snippets editors manage."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from pages.roles import EDITORS, MODERATORS
from resources.models import CurriculumPage, ToolkitPage, Topic
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

MANUAL = "/tools-curriculum/national-idr-manual/"
CURRICULUM = "/tools-curriculum/national-idr-curriculum/"


def test_tools_page_keeps_its_url_and_links_to_both_tools(client):
    response = client.get("/tools-curriculum/")
    assert response.status_code == 200
    page = soup(response)
    assert (
        page.main.find("a", href=MANUAL).text.strip().startswith("View the Interactive ID&R Manual")
    )
    assert page.main.find("a", href=CURRICULUM)


def test_manual_has_working_table_of_contents_and_sized_downloads(client, rf):
    response = client.get(MANUAL)
    page = soup(response)
    assert page.h1.text == "National ID&R Manual"
    assert "Revised fall 2017 to reflect the Every Student Succeeds Act (ESSA)" in text_of(page)
    links = page.select("#contents a")
    assert len(links) > 5
    for link in links:
        assert page.find(id=link["href"][1:]), link["href"]
    assert text_of(links[0]) == "1. Introduction"
    assert text_of(links[1]) == "1.1 Purpose of the manual"
    metas = [text_of(m) for m in page.select(".document-link__meta")]
    assert metas and all(re.fullmatch(r"\(PDF, \d+ (bytes|KB)\)", m) for m in metas)
    assert "Sample document: National ID&R Manual" in text_of(page)
    data = ToolkitPage.objects.get(slug="national-idr-manual").get_json_ld(rf.get("/"))
    assert data["@type"] == "Book" and data["hasPart"][0]["name"] == "Introduction"


def test_every_part_of_the_manual_says_what_it_covers(client):
    """A part's heading followed straight by the next part's read as an empty page; the intro
    promised downloads for parts that have none."""
    page = soup(client.get(MANUAL))
    parts = page.select(".toolkit-section h3")
    assert len(parts) == 11
    for heading in parts:
        following = heading.find_next_sibling()
        assert following.name == "div" and text_of(following), text_of(heading)
    assert "Each chapter can be downloaded on its own." in text_of(page.main)
    assert "part can be downloaded" not in text_of(page.main)


def test_curriculum_modules_table(client, rf):
    response = client.get(CURRICULUM)
    page = soup(response)
    headers = [text_of(th) for th in page.select("table thead th")]
    assert headers == [
        "Module",
        "Level",
        "Title",
        "Objective",
        "Training time",
        "Audience",
        "Download",
    ]
    rows = page.select("table tbody tr")
    assert len(rows) == 7
    first = [text_of(cell) for cell in rows[0].find_all(["th", "td"])]
    assert first[0] == "1" and first[1] == "Introductory"
    assert first[2].startswith("Sample module: Overview of the MEP and ID&R")  # + lesson links
    assert first[5] == "Recruiters"
    assert re.search(r"\(PDF, \d+ (bytes|KB)\)$", first[6])
    assert rows[0].find("a", class_="document-link")["download"].endswith(".pdf")
    data = CurriculumPage.objects.get().get_json_ld(rf.get("/"))
    assert data["@type"] == "Course" and len(data["hasPart"]) == 7


def test_curriculum_filters_by_audience_and_level(client):
    rows = soup(client.get(f"{CURRICULUM}?audience=state-mep-staff")).select("tbody tr")
    assert [r.th.text for r in rows] == ["6", "7"]
    rows = soup(client.get(f"{CURRICULUM}?audience=recruiters&level=intermediate")).select(
        "tbody tr"
    )
    assert [r.th.text for r in rows] == ["3", "4", "5"]
    for bad in ("audience=%3Cscript%3E", "level=-1", "page=abc"):
        response = client.get(f"{CURRICULUM}?{bad}")
        assert response.status_code in (200, 404)
        assert "<script>" not in response.content.decode()


def test_site_search_finds_the_manual_first():
    results = list(Page.objects.live().search("ID&R manual"))
    assert results and results[0].specific_class is ToolkitPage
    results = list(Page.objects.live().search("identification and recruitment manual"))
    assert results[0].specific_class is ToolkitPage


def test_topic_hierarchy_is_two_levels():
    from django.core.exceptions import ValidationError

    sub = Topic.objects.sources().get(slug="qualifying-work")
    assert str(sub) == "Child eligibility › Qualifying work"
    deeper = Topic(name="Too deep", slug="too-deep", parent=sub)
    with pytest.raises(ValidationError):
        deeper.clean()
    ordered = [t.slug for t in Topic.ordered()]
    assert ordered[:3] == ["eligibility", "qualifying-moves", "qualifying-work"]


@pytest.mark.parametrize("model", ["topic", "audience", "resourcetype"])
def test_editors_and_moderators_manage_taxonomy(model):
    for name in (EDITORS, MODERATORS):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {f"add_{model}", f"change_{model}", f"delete_{model}"} <= codenames


def test_taxonomy_snippets_in_admin(admin_client):
    for model in ("topic", "audience", "resourcetype"):
        response = admin_client.get(f"/admin/snippets/resources/{model}/")
        assert response.status_code == 200
    assert (
        "Qualifying work" in admin_client.get("/admin/snippets/resources/topic/").content.decode()
    )


def test_curriculum_topic_filter_includes_subtopics(client):
    rows = soup(client.get(f"{CURRICULUM}?topic=eligibility")).select("tbody tr")
    assert [r.th.text for r in rows] == ["2", "3"]
    rows = soup(
        client.get(f"{CURRICULUM}?topic=identification-and-recruitment&audience=state-mep-staff")
    ).select("tbody tr")
    assert [r.th.text for r in rows] == ["6", "7"]
    options = soup(client.get(CURRICULUM)).select("#filter-topic option")
    assert "Fiscal requirements" not in [o.text for o in options]


@pytest.mark.parametrize(
    "model,parent_slug",
    [
        ("resourcepage", "resource-library"),
        ("toolkitpage", "tools-curriculum"),
        ("curriculumpage", "tools-curriculum"),
        ("policyqasetpage", "policy-qas"),
    ],
)
def test_admin_add_forms_render(admin_client, model, parent_slug):
    parent = Page.objects.get(slug=parent_slug)
    response = admin_client.get(f"/admin/pages/add/resources/{model}/{parent.pk}/")
    assert response.status_code == 200


def test_admin_edit_forms_render(admin_client):
    for slug in (
        "resource-library",
        "national-idr-manual",
        "national-idr-curriculum",
        "policy-qas",
    ):
        page = Page.objects.get(slug=slug)
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
