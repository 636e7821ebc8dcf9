"""The in-page navigation of long pages: statements, toolkit articles, orientation modules and
policy Q&A sets list their sections, every entry leads to a heading on the page, and short
pages go without one."""

import pytest
from bs4 import BeautifulSoup

from resources.models import GuideArticlePage, GuideSectionPage

pytestmark = pytest.mark.django_db


def in_page_nav(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    nav = page.select_one("nav.usa-in-page-nav__nav")
    if nav is None:
        return page, None
    return page, [(a["href"], " ".join(a.text.split())) for a in nav.select("a")]


def assert_entries_lead_to_headings(page, entries):
    for href, label in entries:
        target = page.find(id=href.removeprefix("#"))
        assert target is not None and target.name in ("h2", "section"), href
        assert label.endswith(" ".join(target.text.split())) or target.name == "section", label


def test_accessibility_statement_lists_its_sections_and_report_a_problem(client):
    page, entries = in_page_nav(client.get("/accessibility/"))
    assert [label for _, label in entries] == [
        "The standard we meet",
        "How we test",
        "Known limitations",
        "Other formats",
        "Report a problem",
    ]
    assert page.select_one("#in-page-nav-heading").text == "On this page"
    assert_entries_lead_to_headings(page, entries)


def test_privacy_policy_lists_the_sections_the_template_adds(client):
    page, entries = in_page_nav(client.get("/privacy/"))
    labels = [label for _, label in entries]
    assert labels[:3] == ["What this site collects", "Why, and for how long", "Who sees it"]
    assert labels[-2:] == ["Analytics", "Related policies"]
    assert_entries_lead_to_headings(page, entries)


def test_spanish_statement_has_a_spanish_in_page_navigation(client):
    page, entries = in_page_nav(client.get("/es/accesibilidad/"))
    assert page.select_one("#in-page-nav-heading").text == "En esta página"
    assert entries[0][1] == "La norma que cumplimos"
    assert entries[-1][1] == "Informar de un problema"
    assert_entries_lead_to_headings(page, entries)


def test_orientation_module_lists_overview_sections_and_materials(client):
    module_url = "/tools-curriculum/new-directors/3/"
    page, entries = in_page_nav(client.get(module_url))
    labels = [label for _, label in entries]
    assert labels[0] == "Overview" and labels[-1] == "Supporting materials"
    assert labels[1].startswith("1. ")
    assert_entries_lead_to_headings(page, entries)


def add_article(body, slug):
    section = GuideSectionPage.objects.get(slug="preliminary-work")
    article = GuideArticlePage(title=f"Article {slug}", slug=slug, body=body)
    section.add_child(instance=article)
    article.save_revision().publish()
    return article.url


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def test_long_toolkit_article_gets_a_navigation_and_a_short_one_none(client):
    long_url = add_article(
        [heading("Who takes part"), heading("What to prepare"), heading("When to meet")], "long"
    )
    page, entries = in_page_nav(client.get(long_url))
    assert entries == [
        ("#section-who-takes-part", "Who takes part"),
        ("#section-what-to-prepare", "What to prepare"),
        ("#section-when-to-meet", "When to meet"),
    ]
    assert_entries_lead_to_headings(page, entries)

    short_url = add_article([heading("Who takes part"), heading("What to prepare")], "short")
    page, entries = in_page_nav(client.get(short_url))
    assert entries is None
    assert page.find("h2", id="section-who-takes-part")  # headings keep their anchors


def test_headings_and_orientation_sections_share_one_anchor_helper(client):
    from pages.blocks import heading_anchor, section_anchor
    from resources.models import OrientationModulePage

    assert heading_anchor("Who takes part") == section_anchor("who-takes-part")
    module_url = "/tools-curriculum/new-directors/3/"
    module = OrientationModulePage.objects.get(url_path="/home/tools-curriculum/new-directors/3/")
    page, entries = in_page_nav(client.get(module_url))
    section_ids = [block.id for block in module.body if block.block_type == "section"]
    hrefs = [href for href, _ in entries]
    for block_id in section_ids:
        assert f"#{section_anchor(block_id)}" in hrefs
        assert page.find("h2", id=section_anchor(block_id))
