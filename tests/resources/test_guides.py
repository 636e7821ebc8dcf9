"""The toolkit reader: the CNA Toolkit read article by article, its side navigation,
Previous / Next across sections, "Search this toolkit" and its structured data."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.demo import paragraph
from resources.models import GuideArticlePage, GuidePage, GuideSectionPage
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db

CNA = "/tools-curriculum/cna-toolkit/"
FIRST = CNA + "preliminary-work/management-team/"
SECOND = CNA + "preliminary-work/needs-assessment-committee/"
THIRD = CNA + "explore-what-is/concern-statements/"


def nav(page):
    return page.select_one("nav.guide-nav")


def pager(page):
    links = page.select("nav.guide-pager a")
    return {a["rel"][0]: a["href"] for a in links}


def test_cna_toolkit_front_page_lists_five_steps_glossary_and_guide(client):
    page = soup(client.get(CNA))
    assert page.h1.text == "Comprehensive Needs Assessment (CNA) Toolkit"
    sections = [s.text for s in nav(page).select("summary")]
    assert sections == [
        "Step 1: Preliminary Work",
        "Step 2: Explore What Is",
        "Step 3: Gather and Analyze Data",
        "Step 4: Make Decisions",
        "Step 5: Transition to SDP",
    ]
    top_links = [text_of(a) for a in nav(page).select(".usa-sidenav > li > a")]
    assert top_links == ["Step-by-step guide", "Glossary"]
    assert pager(page) == {"next": FIRST}


def test_article_marks_itself_opens_its_section_and_links_previous_and_next(client):
    page = soup(client.get(SECOND))
    assert page.h1.text == "Forming the needs assessment committee"
    current = nav(page).select("[aria-current=page]")
    assert [a["href"] for a in current] == [SECOND]
    opened = [d.summary.text for d in nav(page).select("details[open]")]
    assert opened == ["Step 1: Preliminary Work"]
    assert pager(page) == {"prev": FIRST, "next": THIRD}  # across sections
    crumbs = [text_of(a) for a in page.select(".usa-breadcrumb a")]
    assert "Comprehensive Needs Assessment (CNA) Toolkit" in crumbs
    assert "Step 1: Preliminary Work" in crumbs


def test_first_and_last_articles_have_one_neighbour(client):
    assert set(pager(soup(client.get(FIRST)))) == {"next"}
    assert set(pager(soup(client.get(CNA + "glossary/")))) == {"prev"}


def test_drafts_stay_out_of_the_navigation_and_reading_order(client):
    section = GuideSectionPage.objects.get(slug="preliminary-work")
    draft = GuideArticlePage(title="Zyzzyva draft article", slug="zyzzyva-draft", live=False)
    section.add_child(instance=draft)
    draft.save_revision()
    page = soup(client.get(SECOND))
    assert "Zyzzyva" not in text_of(page)
    assert pager(page)["next"] == THIRD
    searched = soup(client.get(CNA, {"q": "Zyzzyva"}))
    assert not searched.select(".guide-results a")
    assert "Zyzzyva draft article" not in text_of(searched)


def test_search_this_toolkit_finds_only_its_own_pages_in_its_layout(client):
    response = client.get(CNA, {"q": "concern statements"})
    page = soup(response)
    assert response.status_code == 200
    results = [a["href"] for a in page.select(".guide-results a")]
    assert THIRD in results
    assert all(url.startswith(CNA) for url in results)
    assert nav(page) is not None  # the toolkit's layout
    assert page.find("meta", attrs={"name": "robots", "content": "noindex"})
    # The SDP toolkit has no such article; its search finds nothing of the CNA's.
    sdp = soup(client.get("/tools-curriculum/sdp-toolkit/", {"q": "concern statements"}))
    assert not [a for a in sdp.select(".guide-results a") if a["href"].startswith(CNA)]


@pytest.mark.parametrize(
    "params", [{"q": "x" * 5000}, {"q": "<script>"}, {"q": "\x00"}, {"q": ["a", "b"]}]
)
def test_bad_search_input_is_a_sane_page(client, params):
    response = client.get(CNA, params)
    assert response.status_code == 200
    assert b"<script>" not in response.content.split(b"</head>")[1].replace(b'<script src="', b"")


def test_bad_page_number_is_a_404(client):
    assert client.get(CNA, {"q": "committee", "page": "abc"}).status_code == 404


def test_sdp_toolkit_has_sections_a_to_d(client):
    page = soup(client.get("/tools-curriculum/sdp-toolkit/"))
    sections = [s.text for s in nav(page).select("summary")]
    assert [s.split(":")[0] for s in sections] == [
        "Section A",
        "Section B",
        "Section C",
        "Section D",
    ]
    assert "A.1 About This Toolkit" in text_of(nav(page))
    assert "Developing a Project Plan: Overview" in text_of(nav(page))


def test_program_evaluation_toolkit_is_one_page_with_downloads_and_five_elements(client):
    page = soup(client.get("/tools-curriculum/program-evaluation-toolkit/"))
    text = text_of(page.main)
    for element in [
        "AMO results",
        "MPO results",
        "Disaggregated results",
        "Implementation results",
        "Recommendations",
    ]:
        assert element in text
    assert "Program evaluation checklist (PDF" in text


def test_json_ld_is_a_learning_resource(client):
    for url in (CNA, FIRST):
        page = soup(client.get(url))
        data = json.loads(page.find("script", type="application/ld+json").string)
        assert data["@type"] == "LearningResource"
    assert data["isPartOf"]["name"] == "Comprehensive Needs Assessment (CNA) Toolkit"


def add_articles(count):
    guide = GuidePage.objects.get(slug="cna-toolkit")
    section = GuideSectionPage(title="Extra section", slug="extra-section")
    guide.add_child(instance=section)
    section.save_revision().publish()
    for number in range(count):
        article = GuideArticlePage(
            title=f"Extra article {number}",
            slug=f"extra-{number}",
            body=paragraph("Sample text."),
        )
        section.add_child(instance=article)
        article.save_revision().publish()


@pytest.mark.parametrize("url", [CNA, SECOND, CNA + "preliminary-work/"])
def test_query_count_is_flat_in_the_number_of_articles(client, settings, url):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    assert 0 < len(few) <= 20
    add_articles(25)
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        page = soup(client.get(url))
    assert "Extra article 24" in text_of(nav(page))
    assert len(many) <= len(few)
