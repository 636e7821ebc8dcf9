"""Site search at /search/: results a visitor can use, and no input that breaks it."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from pages.models import InitiativePage

pytestmark = pytest.mark.django_db


def results(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [a.text for a in page.select("#results-heading ~ ul .usa-collection__heading a")]


def test_search_finds_pages_with_type_label_and_summary(client):
    response = client.get("/search/", {"q": "Migrant Health"})
    assert response.status_code == 200
    assert "Migrant Health" in results(response)
    page = BeautifulSoup(response.content, "html.parser")
    assert "found for “Migrant Health”" in page.find(id="results-heading").text
    assert page.select_one(".usa-tag").text.strip()
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_header_has_a_labelled_search_box_on_every_page(client):
    page = BeautifulSoup(client.get("/about-us/").content, "html.parser")
    form = page.find("form", attrs={"role": "search"})
    assert form["action"] == "/search/"
    field = form.find("input", attrs={"name": "q"})
    assert page.find("label", attrs={"for": field["id"]}).text == "Search this site"


def test_no_results_state_offers_suggestions(client):
    response = client.get("/search/", {"q": "xylophoneqqq"})
    text = " ".join(BeautifulSoup(response.content, "html.parser").text.split())
    assert "Nothing matches “xylophoneqqq”" in text
    assert "Check the spelling" in text


@pytest.mark.parametrize("url", ["/search/", "/es/search/"])
def test_no_results_alert_has_no_heading_repeating_the_page_title(client, url):
    """The alert showed the page's "Search" ("Buscar") as its heading, under the h1 Search."""
    page = BeautifulSoup(client.get(url, {"q": "xylophoneqqq"}).content, "html.parser")
    assert page.select(".usa-alert") and not page.select(".usa-alert__heading")


@pytest.mark.parametrize("url", ["/search/", "/es/search/"])
def test_no_results_do_not_claim_the_best_come_first(client, url):
    """ "0 results found … Best matches first." above the empty state: an order of nothing."""
    empty = BeautifulSoup(client.get(url, {"q": "xylophoneqqq"}).content, "html.parser")
    found = BeautifulSoup(client.get(url, {"q": "migrant"}).content, "html.parser")
    first = "Best matches first." if url == "/search/" else "Los resultados más relevantes"
    assert first not in empty.find(id="results-heading").parent.text
    assert first in found.find(id="results-heading").parent.text
    filtered = client.get(url, {"q": "xylophoneqqq", "type": "pages"})
    assert 'href="' + url + '?q=xylophoneqqq"' in filtered.content.decode()


def test_empty_search_explains_itself(client):
    text = BeautifulSoup(client.get("/search/").content, "html.parser").text
    assert "Type a few words above" in text


def test_hidden_pages_never_appear(client):
    page = InitiativePage.objects.get(slug="migrant-health")
    page.expire_at = timezone.now() - timezone.timedelta(minutes=1)
    page.save(update_fields=["expire_at"])
    assert "Migrant Health" not in results(client.get("/search/", {"q": "Migrant Health"}))
    page.expire_at = None
    page.save(update_fields=["expire_at"])
    page.unpublish()
    assert "Migrant Health" not in results(client.get("/search/", {"q": "Migrant Health"}))


def test_editor_promotions_come_first_and_skip_hidden_pages(client):
    about = InitiativePage.objects.get(slug="binational-migrant-initiative")
    query = Query.get("health")
    SearchPromotion.objects.create(query=query, page=about, description="Start here", sort_order=0)
    page = BeautifulSoup(client.get("/search/", {"q": "Health"}).content, "html.parser")
    promoted = page.find(id="promoted-heading").parent
    assert promoted.find("a").text == "Binational Migrant Initiative"
    assert "Start here" in promoted.text
    about.unpublish()
    page = BeautifulSoup(client.get("/search/", {"q": "health"}).content, "html.parser")
    assert page.find(id="promoted-heading") is None


def test_search_does_not_write_to_the_database(client):
    client.get("/search/", {"q": "never searched before"})
    assert not Query.objects.filter(query_string="never searched before").exists()


def test_long_queries_are_trimmed_with_a_message(client):
    response = client.get("/search/", {"q": "migrant " * 60})
    assert response.status_code == 200
    assert "longer than 200 characters" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ['"unclosed', "AND OR NOT", "-(", "niños y familias", "migrant\x00health", "*", "'; DROP", "%"],
)
def test_odd_queries_never_break(client, query):
    assert client.get("/search/", {"q": query}).status_code == 200


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999999999999999999", "999"])
def test_bad_page_numbers_are_404(client, page):
    assert client.get("/search/", {"q": "migrant", "page": page}).status_code == 404


def test_post_is_refused(client):
    assert client.post("/search/", {"q": "x"}).status_code == 405


def search_documents(client, query):
    page = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    heading = page.find(id="documents-heading")
    return [a.text.strip() for a in heading.find_next("ul").select("a")] if heading else []


def test_documents_used_on_live_pages_are_found(client):
    # The demo's PDF of the whole CNA toolkit is used on the toolkit's page only.
    assert any("whole toolkit" in title for title in search_documents(client, "CNA Toolkit"))
    assert any("National ID&R Manual" in t for t in search_documents(client, "ID&R Manual"))


def test_a_document_is_found_only_once_a_page_the_public_sees_uses_it(client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from updates.models import UpdateIndexPage, UpdatePage, UpdateRelatedDocument

    def handout():
        return get_document_model().objects.create(
            title="Quokkamarch handout", file=ContentFile(b"%PDF-1.4 handout", name="h.pdf")
        )

    unused = handout()
    assert search_documents(client, "Quokkamarch") == []

    parent = UpdateIndexPage.objects.get(locale__language_code="en")
    page = UpdatePage(
        title="Quokkamarch webinar",
        summary="A webinar.",
        live=False,
        related_documents=[UpdateRelatedDocument(document=unused)],
    )
    parent.add_child(instance=page)
    assert search_documents(client, "Quokkamarch") == []  # a draft's file

    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    assert search_documents(client, "Quokkamarch") == []  # scheduled: not out yet

    page.go_live_at = None
    page.save_revision().publish()
    assert search_documents(client, "Quokkamarch") == ["Quokkamarch handout"]


def test_a_document_linked_from_the_footer_is_found(client):
    # The footer, shown on every page, is the footer text snippet, not a page.
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from pages.models import FooterText

    contract = get_document_model().objects.create(
        title="Quokkamarch contract summary",
        file=ContentFile(b"%PDF-1.4 contract", name="contract.pdf"),
    )
    footer = FooterText.objects.get(locale__language_code="en")
    footer.disclaimer += f'<p><a linktype="document" id="{contract.pk}">Contract summary</a></p>'
    footer.save()
    page = BeautifulSoup(client.get("/").content, "html.parser")
    assert page.footer.find("a", string="Contract summary") is not None
    assert search_documents(client, "Quokkamarch") == ["Quokkamarch contract summary"]


def test_a_document_added_in_a_draft_of_a_live_page_is_found_once_published(client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from updates.models import UpdatePage, UpdateRelatedDocument

    handout = get_document_model().objects.create(
        title="Quokkamarch draft handout", file=ContentFile(b"%PDF-1.4 draft", name="d.pdf")
    )
    page = UpdatePage.objects.live().filter(locale__language_code="en").first()
    page.related_documents.add(UpdateRelatedDocument(document=handout))
    revision = page.save_revision()  # "Save draft": the live page does not show it yet
    assert search_documents(client, "Quokkamarch") == []
    revision.publish()
    assert search_documents(client, "Quokkamarch") == ["Quokkamarch draft handout"]


def result_for(client, page):
    """The search result item for `page`, searching for its title."""
    html = BeautifulSoup(client.get("/search/", {"q": page.title}).content, "html.parser")
    for item in html.select("#results-heading ~ ul .usa-collection__item"):
        if item.find("a", string=page.title):
            return item
    raise AssertionError(f"{page.title} is not among the results")


def test_results_show_a_dated_pages_own_date_and_no_date_for_other_pages(client):
    """A resource, update or story shows its own date, an event the day it happens, a policy
    Q&A set the month OME issued it; a page without a date of its own (an initiative) shows none
    rather than when it went live."""
    from events.models import EventPage
    from pages.formats import date_format
    from pages.queries import visible_pages
    from resources.models import PolicyQASetPage, ResourcePage
    from updates.models import ArticlePage, UpdatePage

    english = {"locale__language_code": "en"}
    for model in (ResourcePage, UpdatePage, ArticlePage):
        page = visible_pages(model.objects.filter(**english)).order_by("path").first()
        time = result_for(client, page).find("time")
        assert time and time["datetime"] == page.date.isoformat(), page.title
    event = visible_pages(EventPage.objects.filter(**english)).order_by("path").first()
    time = result_for(client, event).find("time")
    assert time["datetime"] == timezone.localdate(event.start).isoformat()
    assert time.text == date_format(timezone.localtime(event.start), "DATE_FORMAT")
    qa_set = visible_pages(PolicyQASetPage.objects.filter(**english)).first()
    time = result_for(client, qa_set).find("time")  # OME dates its sets by month
    assert (time["datetime"], time.text) == (qa_set.issue_date.strftime("%Y-%m"), "January 2018")
    initiative = visible_pages(InitiativePage.objects.filter(**english)).first()
    assert result_for(client, initiative).find("time") is None
