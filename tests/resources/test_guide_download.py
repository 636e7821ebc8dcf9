""" "Download the whole toolkit": one PDF of the toolkit's live, public pages, rebuilt by the
scheduler after a change, linked with its type and size from every page of the toolkit."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from pages.demo import paragraph
from pages.queries import visible_pages
from pages.templatetags.site_tags import document_meta
from resources.guide_download import COLLECTION_NAME, build
from resources.models import GuideArticlePage, GuidePage, GuideSectionPage
from tests.html import soup, text_of
from updates.scheduler import run_once

pytestmark = pytest.mark.django_db

CNA = "/tools-curriculum/cna-toolkit/"
SECTION = CNA + "preliminary-work/"
ARTICLE = SECTION + "management-team/"


def cna():
    return GuidePage.objects.select_related("whole_download").get(slug="cna-toolkit")


def pdf_text(guide):
    with guide.whole_download.file.open("rb") as file:
        content = file.read()
    assert content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def live_article_titles(guide):
    articles = visible_pages(GuideArticlePage.objects.descendant_of(guide))
    return list(articles.values_list("title", flat=True))


def add_article(parent, title, publish=True):
    article = GuideArticlePage(title=title, slug=title.lower().replace(" ", "-"), live=False)
    article.body = paragraph(f"Text of {title}.")
    parent.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
    return article


def test_demo_builds_one_pdf_per_toolkit_with_every_live_article_and_contents(client):
    guide = cna()
    document = guide.whole_download
    assert document.collection.name == COLLECTION_NAME
    assert document.file_size == document.file.size
    assert not guide.download_stale
    text = pdf_text(guide)
    assert text.startswith(guide.title)
    titles = live_article_titles(guide)
    assert len(titles) >= 10
    for title in titles:
        assert title in text
    for step in ("Step 1: Preliminary Work", "Step 5: Transition to SDP"):
        assert step in text
    # The contents page gives each entry's page number.
    assert "Contents" in text
    assert "Glossary ...." in text
    sdp = GuidePage.objects.get(slug="sdp-toolkit")
    assert "A.1 About This Toolkit" in pdf_text(sdp)


def test_drafts_and_private_pages_never_enter_the_file():
    guide = cna()
    section = GuideSectionPage.objects.get(slug="preliminary-work")
    add_article(section, "Zyzzyva draft article", publish=False)
    private = add_article(section, "Quokka private article")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    private_section = GuideSectionPage(title="Wombat private section", slug="wombat", live=False)
    guide.add_child(instance=private_section)
    private_section.save_revision().publish()
    add_article(private_section, "Numbat article in a private section")
    PageViewRestriction.objects.create(
        page=private_section, restriction_type="password", password="x"
    )
    add_article(section, "Okapi live article")
    assert cna().download_stale
    run_once()
    guide = cna()
    assert not guide.download_stale
    text = pdf_text(guide)
    assert "Okapi live article" in text
    for hidden in ("Zyzzyva", "Quokka", "Wombat", "Numbat"):
        assert hidden not in text


def test_unpublishing_an_article_then_a_scheduler_pass_removes_it_and_replaces_the_file():
    old = cna().whole_download
    article = GuideArticlePage.objects.get(slug="management-team")
    assert "Setting up a management team" in pdf_text(cna())
    article.unpublish()
    assert cna().download_stale
    run_once()
    guide = cna()
    assert guide.whole_download.pk != old.pk
    assert "Setting up a management team" not in pdf_text(guide)
    assert "Forming the needs assessment committee" in pdf_text(guide)
    # One document per guide: the previous file is gone.
    documents = get_document_model().objects.filter(collection__name=COLLECTION_NAME)
    assert not documents.filter(pk=old.pk).exists()
    assert documents.count() == GuidePage.objects.live().count()


def test_moving_or_deleting_a_page_of_the_toolkit_marks_it_stale():
    GuidePage.objects.update(download_stale=False)
    article = GuideArticlePage.objects.get(slug="management-team")
    article.move(GuideSectionPage.objects.get(slug="explore-what-is"), pos="last-child")
    assert cna().download_stale
    GuidePage.objects.update(download_stale=False)
    Page.objects.get(pk=article.pk).delete()
    assert cna().download_stale
    assert not GuidePage.objects.get(slug="sdp-toolkit").download_stale


def test_an_unpublished_guide_loses_its_file():
    guide = cna()
    guide.unpublish()
    call_command("build_toolkit_downloads", "--stale", stdout=io.StringIO())
    assert cna().whole_download is None


@pytest.mark.parametrize("url", [CNA, SECTION, ARTICLE])
def test_every_page_of_the_toolkit_links_the_download_with_type_and_size(client, url):
    document = cna().whole_download
    link = soup(client.get(url)).select_one(".guide-download")
    assert link.a["href"] == document.url
    assert text_of(link) == f"Download the whole toolkit ({document_meta(document)})"
    assert text_of(link).startswith("Download the whole toolkit (PDF, ")
    assert text_of(link).endswith(" KB)")
    assert client.get(document.url).status_code == 200


@pytest.mark.parametrize("url", [CNA, ARTICLE])
def test_no_link_before_the_first_build(client, url):
    GuidePage.objects.update(whole_download=None)
    page = soup(client.get(url))
    assert page.select_one(".guide-download") is None
    assert "Download the whole toolkit" not in text_of(page.main)


@pytest.mark.parametrize("url", [CNA, SECTION, ARTICLE])
def test_the_link_costs_no_query(client, settings, url):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(url)
    with CaptureQueriesContext(connection) as linked:
        client.get(url)
    GuidePage.objects.update(whole_download=None)
    client.get(url)
    with CaptureQueriesContext(connection) as unlinked:
        client.get(url)
    assert len(linked) <= len(unlinked) + (1 if url == CNA else 0)


def test_editors_cannot_edit_the_generated_fields(admin_client):
    guide = cna()
    response = admin_client.get(f"/admin/pages/{guide.pk}/edit/")
    assert response.status_code == 200
    assert b'name="whole_download"' not in response.content
    assert b'name="download_stale"' not in response.content
    # Nor a second "complete file" upload the guide's pages would never show.
    assert b'name="full_document"' not in response.content


def test_publishing_an_older_revision_of_the_guide_keeps_the_current_file():
    guide = cna()
    revision = guide.save_revision()  # made before the next build
    GuidePage.objects.filter(pk=guide.pk).update(download_stale=True)
    run_once()
    current = cna().whole_download
    assert current.pk != guide.whole_download.pk
    revision.publish()
    guide = cna()
    assert guide.whole_download == current
    assert guide.download_stale  # the publish itself calls for a rebuild


def test_a_guide_published_while_the_scheduler_builds_is_built_as_published(client):
    """The scheduler loads every stale guide, then builds them one by one (each takes seconds):
    a guide published in between is built and indexed as published, not as it was loaded."""
    from django.core.files.base import ContentFile

    loaded = cna()
    handout = get_document_model().objects.create(
        title="Zyzzogeton planning checklist",
        file=ContentFile(b"%PDF-1.4 checklist", name="checklist.pdf"),
    )
    guide = cna()
    guide.intro = (
        f'<p>Start with the <a linktype="document" id="{handout.pk}">Zyzzogeton checklist</a>'
        " before the first meeting.</p>"
    )
    guide.save_revision().publish()
    build(loaded)
    assert "Start with the Zyzzogeton checklist" in pdf_text(cna())
    # The checklist is used on the toolkit's page, so site search lists it.
    results = soup(client.get("/search/", {"q": "Zyzzogeton"}))
    heading = results.find(id="documents-heading")
    assert heading is not None
    titles = [text_of(a) for a in heading.find_next("ul").select("a")]
    assert any("Zyzzogeton planning checklist" in title for title in titles), titles


def test_the_pdf_names_its_title_and_author():
    # What a PDF reader shows in its title bar and document properties.
    guide = cna()
    with guide.whole_download.file.open("rb") as file:
        metadata = PdfReader(io.BytesIO(file.read())).metadata
    assert metadata.title == guide.title
    assert metadata.author == "RESULTS"


def test_a_guide_deleted_while_the_scheduler_builds_loses_its_file():
    loaded = cna()
    old = loaded.whole_download
    Page.objects.get(pk=loaded.pk).delete()
    assert build(loaded) is None
    assert not get_document_model().objects.filter(pk=old.pk).exists()


@pytest.mark.parametrize("deleted", ["guide", "its parent"])
def test_deleting_a_guide_deletes_its_file(client, deleted):
    # Wagtail deletes a live page without unpublishing it: the scheduler never sees the guide
    # again, and its file stayed downloadable at its address.
    guide = cna()
    document = guide.whole_download
    url = document.url
    assert client.get(url).status_code == 200
    page = guide if deleted == "guide" else guide.get_parent()
    Page.objects.get(pk=page.pk).delete()
    assert not get_document_model().objects.filter(pk=document.pk).exists()
    assert client.get(url).status_code == 404
