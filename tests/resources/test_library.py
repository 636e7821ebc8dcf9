"""The Resource Library as a visitor uses it: featured resources, filters, search, sort,
paging, the feed, and nothing hidden leaking into any of them."""

import datetime
import difflib
import html
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from resources.models import (
    Audience,
    LibraryFeaturedResource,
    RelatedResource,
    ResourceDocument,
    ResourcePage,
    ResourceType,
    Topic,
)
from tests.html import soup, text_of

from .factories import make_document, make_resource

pytestmark = pytest.mark.django_db


def result_titles(response):
    return [text_of(a) for a in soup(response).select(".resource-list .usa-collection__heading a")]


def count_text(response):
    return text_of(soup(response).select_one(".listing-status p"))


def test_library_shows_featured_then_all_resources_with_count(client):
    response = client.get("/resource-library/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "Resource Library"
    featured = [text_of(a) for a in page.select("#featured-heading + ul .usa-card__heading a")]
    assert featured == [
        "Identification and recruitment guidance revised for ESSA",
        "Recruiter training materials revised for ESSA",
        "MEP Policy Q&As: January 2018",
    ]
    titles = result_titles(response)
    assert len(titles) == 13
    assert count_text(response).startswith("13 results")
    # Newest first by default.
    assert titles[0] == "Sample report: priority for services"
    assert not page.find("meta", attrs={"name": "robots"})
    assert page.find("link", rel="canonical")["href"] == "http://testserver/resource-library/"
    form = page.main.find("form", attrs={"method": "get"})
    for name in ("q", "topic", "type", "audience", "year", "sort"):
        control = form.find(attrs={"name": name})
        assert page.find("label", attrs={"for": control["id"]}), name


def test_topic_filter_includes_subtopics(client):
    response = client.get("/resource-library/?topic=fiscal")
    titles = result_titles(response)
    assert set(titles) == {"MEP Policy Q&As: January 2018", "Subgranting Webinar recording"}
    sub = result_titles(client.get("/resource-library/?topic=subgranting"))
    assert sub == ["Subgranting Webinar recording"]


def test_each_filter_alone_and_combined(client):
    by_type = result_titles(client.get("/resource-library/?type=webinar-recording"))
    assert by_type == [
        "MEP Family Engagement: State and Local PACs",
        "Subgranting Webinar recording",
    ]
    by_audience = result_titles(client.get("/resource-library/?audience=families"))
    assert set(by_audience) == {
        "MEP Family Engagement: State and Local PACs",
        "In One Generation, A Farmworker Family Grows College Ambitions",
    }
    by_year = result_titles(client.get("/resource-library/?year=2017"))
    assert set(by_year) == {
        "Identification and recruitment guidance revised for ESSA",
        "Recruiter training materials revised for ESSA",
        "Sample brief: moving records with MSIX",
    }
    combined = client.get(
        "/resource-library/?topic=identification-and-recruitment&audience=recruiters&year=2017"
        "&type=curriculum-module"
    )
    assert result_titles(combined) == ["Recruiter training materials revised for ESSA"]
    assert count_text(combined).startswith("1 result for your filters")
    tags = [text_of(a) for a in soup(combined).select(".listing-status__tags a.usa-button")]
    assert "Audience: Recruiters (remove this filter) ×" in tags
    remove = soup(combined).find("a", string=lambda s: s and s.startswith("Year: 2017"))
    remove = [a for a in soup(combined).select(".listing-status__tags a") if "Year" in a.text]
    assert "year=" not in remove[0]["href"] and "audience=recruiters" in remove[0]["href"]


def test_filtered_pages_are_noindex_with_canonical_and_feed_link(client):
    response = client.get("/resource-library/?type=report&sort=title")
    page = soup(response)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("link", rel="canonical")["href"] == "http://testserver/resource-library/"
    feed = page.find("link", rel="alternate", type="application/rss+xml")
    assert feed["href"] == "/resource-library/feed/?type=report"
    assert not page.select("#featured-heading")


def test_sort_by_title(client):
    titles = result_titles(client.get("/resource-library/?sort=title"))
    assert titles == sorted(titles, key=str.lower) or titles == sorted(titles)


def test_empty_state(client):
    response = client.get("/resource-library/?type=toolkit&audience=families")
    assert response.status_code == 200
    assert "Nothing matches these filters" in response.content.decode()
    assert count_text(response).startswith("0 results")


def test_search_finds_words_in_the_body(client, library):
    make_resource(library, "Harvest calendar", body_text="Blueberry season starts in June.")
    response = client.get("/resource-library/?q=blueberry")
    assert result_titles(response) == ["Harvest calendar"]
    assert soup(response).find("meta", attrs={"name": "robots"})
    assert result_titles(client.get("/resource-library/?q=blueberry&type=report")) == []
    assert result_titles(client.get("/resource-library/?q=zzyzxnothing")) == []


def test_twenty_per_page(client, library):
    for n in range(25):
        make_resource(library, f"Paged {n:02}", date=datetime.date(2001, 1, 1))
    first = client.get("/resource-library/?year=2001")
    assert len(result_titles(first)) == 20
    second = client.get("/resource-library/?year=2001&page=2")
    assert len(result_titles(second)) == 5
    assert client.get("/resource-library/?year=2001&page=3").status_code == 404


def test_resource_page_shows_documents_with_type_and_size(client, library):
    document = make_document("Test handbook", size=302080, name="handbook.pdf")
    page = make_resource(library, "Handbook resource")
    ResourceDocument.objects.create(page=page, document=document)
    response = client.get(page.url)
    html_page = soup(response)
    link = html_page.select_one(".document-link")
    assert link.text == "Test handbook"
    assert link["download"].endswith(".pdf")
    assert text_of(html_page.select_one(".document-link__meta")) == "(PDF, 295 KB)"
    # The demo resources' sample files are labelled as samples.
    demo = client.get("/resource-library/subgranting-webinar-recording/")
    assert "Sample document: Subgranting Webinar recording" in demo.content.decode()
    assert "PDF," in text_of(soup(demo).select_one(".document-link__meta"))


def test_resource_page_facts_related_and_json_ld(client, library, rf):
    other = make_resource(library, "Other resource")
    page = make_resource(
        library,
        "Main resource",
        resource_type=ResourceType.objects.sources().get(slug="brief"),
        topics=[Topic.objects.sources().get(slug="msix")],
        audiences=[Audience.objects.sources().get(slug="teachers")],
        external_url="https://example.org/",
    )
    RelatedResource.objects.create(page=page, resource=other)
    response = client.get(page.url)
    text = text_of(soup(response))
    assert "Brief" in text and "MSIX" in text and "Teachers" in text
    assert soup(response).find("a", href="/resource-library/?topic=msix")
    assert soup(response).find("a", href="https://example.org/")
    related = soup(response).select("#related-heading + ul a")
    assert [a.text for a in related] == ["Other resource"]
    data = page.get_json_ld(rf.get("/"))
    assert data["@type"] == "CreativeWork" and data["about"] == ["MSIX"]
    assert data["datePublished"] == "2015-06-01"


def parse_feed(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return [item.findtext("title") for item in root.iter("item")]


def test_feed_follows_the_filters(client):
    all_items = parse_feed(client.get("/resource-library/feed/"))
    assert len(all_items) == 13
    assert parse_feed(client.get("/resource-library/feed/?type=webinar-recording")) == [
        "MEP Family Engagement: State and Local PACs",
        "Subgranting Webinar recording",
    ]
    assert parse_feed(client.get("/resource-library/feed/?page=abc&topic=nope")) == all_items


def hide(kind, page):
    if kind == "draft":
        page.unpublish()
    elif kind == "private":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        ).groups.set([Group.objects.first()])
    elif kind == "scheduled":
        page.unpublish()
        page.go_live_at = timezone.now() + datetime.timedelta(days=3)
        page.save_revision().publish()  # Wagtail keeps it unpublished until go_live_at
    elif kind == "expired":
        page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        page.save()


@pytest.mark.parametrize("kind", ["draft", "private", "scheduled", "expired"])
def test_hidden_resources_never_show(client, library, kind):
    page = make_resource(library, "Secret resource", body_text="Confidential cranberry.")
    LibraryFeaturedResource.objects.create(library=library, resource=page, sort_order=99)
    first = soup(client.get("/resource-library/"))
    assert "Secret resource" in text_of(first.select_one("#featured-heading").parent)
    hide(kind, ResourcePage.objects.get(pk=page.pk))
    for url in ("/resource-library/", "/resource-library/?q=cranberry"):
        assert "Secret resource" not in client.get(url).content.decode()
    assert "Secret resource" not in parse_feed(client.get("/resource-library/feed/"))


BAD = [
    "topic=not-a-topic",
    "topic=%3Cscript%3Ealert(1)%3C/script%3E",
    "year=abc",
    "year=99999999999999999999",
    "year=-1",
    "audience=%00",
    "sort=drop",
    "q=%3Cscript%3Ealert(1)%3C/script%3E",
    "q=" + "a" * 5000,
    "q=%00nul",
    "type=<b>",
]


@pytest.mark.parametrize("query", BAD)
def test_bad_input_never_500s_or_reflects(client, query):
    for path in ("/resource-library/", "/resource-library/feed/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200
        body = response.content.decode()
        assert "<script>alert" not in body and "<b>" not in body


@pytest.mark.parametrize("page", ["-1", "abc", "0", "99999999999999999999"])
def test_bad_page_is_404(client, page):
    assert client.get(f"/resource-library/?page={page}").status_code == 404


def test_long_query_is_trimmed_and_escaped(client):
    response = client.get("/resource-library/?q=" + "%3Cx%3E" * 1000)
    assert response.status_code == 200
    assert "<x>" not in response.content.decode()
    assert html.escape("<x>") in response.content.decode()


def test_query_count_does_not_grow(client, library, django_assert_max_num_queries):
    topic = Topic.objects.sources().get(slug="msix")
    kind = ResourceType.objects.sources().get(slug="report")
    audience = Audience.objects.sources().get(slug="teachers")

    def add(n):
        for _ in range(n):
            make_resource(
                library, topics=[topic], audiences=[audience], resource_type=kind, publish=False
            )
        ResourcePage.objects.filter(live=False).update(live=True)

    def count(url):
        # The fewer of two runs: a cache flushed by another process sharing the Redis
        # database (other test runs do that) must not look like a query-count regression.
        runs = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url).status_code == 200
            runs.append([query["sql"][:120] for query in ctx.captured_queries])
        return min(runs, key=len)

    urls = ["/resource-library/", "/resource-library/?topic=msix&year=2015"]
    add(20)
    small = [count(url) for url in urls]
    add(480)
    large = [count(url) for url in urls]
    for before, after in zip(small, large, strict=True):
        assert len(before) == len(after), "\n".join(
            difflib.unified_diff(before, after, lineterm="")
        )
    with django_assert_max_num_queries(20):
        client.get("/resource-library/?topic=msix&year=2015&page=3")
    with django_assert_max_num_queries(20):
        client.get("/resource-library/")


def test_demo_resource_pages_say_their_summary_once(client):
    """The summary is the lead under the title; the demo body repeated it word for word."""
    resources = ResourcePage.objects.live().filter(locale__language_code="en")
    assert resources.exists()
    for resource in resources:
        article = soup(client.get(resource.url)).main.article
        assert text_of(article).count(resource.summary) == 1, resource.url
