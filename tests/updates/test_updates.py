"""The updates list, update pages, feeds and the home page blocks, as visitors see them."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest

from tests.html import soup
from updates.models import ArticlePage, SpotlightPage

from .conftest import restrict_to_login

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def list_titles(response):
    return [a.text.strip() for a in soup(response).select(".usa-collection__heading a")]


def parse_xml(response):
    return ET.fromstring(response.content)


def rss_titles(response):
    return [item.findtext("title") for item in parse_xml(response).iter("item")]


def atom_titles(response):
    root = parse_xml(response)
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_updates_list_shows_seed_updates_newest_first(client):
    response = client.get("/updates/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "Updates"
    titles = list_titles(response)
    assert len(titles) == 7
    assert titles[0] == "MEP Mentoring Initiative: Family Engagement and State and Local PACs"
    assert titles[-1] == "MEP Policy Q&As: January 2018"
    assert "Sample date" in page.text
    assert not page.find("meta", attrs={"name": "robots"})
    assert page.find("link", rel="canonical")["href"] == "http://testserver/updates/"


def test_feed_links_in_head(client):
    page = soup(client.get("/updates/?category=policy"))
    links = {
        (link["type"], link["href"])
        for link in page.head.find_all("link", rel="alternate")
        if link.has_attr("type")  # not the hreflang alternates of the Spanish section
    }
    assert ("application/rss+xml", "/updates/feed/") in links
    assert ("application/atom+xml", "/updates/atom/") in links
    assert ("application/rss+xml", "/updates/category/policy/feed/") in links
    detail = soup(client.get("/updates/mep-policy-qas-january-2018/"))
    assert detail.head.find("link", rel="alternate", href="/updates/category/policy/atom/")


def test_category_and_year_filters(client):
    response = client.get("/updates/?category=meeting")
    assert list_titles(response) == [
        "MEP Mentoring Initiative: Family Engagement and State and Local PACs",
        "2018 Annual Directors' Meeting Presentations",
    ]
    page = soup(response)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find("link", rel="canonical")["href"] == "http://testserver/updates/"
    assert "Category: Meeting" in " ".join(page.select_one(".listing-status").text.split())
    assert len(list_titles(client.get("/updates/?year=2018"))) == 6
    assert list_titles(client.get("/updates/?year=2019&category=meeting")) == [
        "MEP Mentoring Initiative: Family Engagement and State and Local PACs"
    ]


def test_filtered_empty_state(client):
    page = soup(client.get("/updates/?year=2019&category=policy"))
    assert "Nothing matches these filters" in page.text


def test_unfiltered_empty_state(client, updates_index):
    for child in updates_index.get_children():
        child.unpublish()
    page = soup(client.get("/updates/"))
    assert "There are no updates yet" in page.text
    home = soup(client.get("/"))
    latest = home.find(id="latest-heading").parent
    assert "There are no updates right now" in latest.text
    assert latest.find("a", href="/updates/").text.strip().startswith("All updates")


@pytest.mark.parametrize(
    "query",
    ["page=abc", "page=0", "page=999999999999999999999", "page=-1", "page=2"],
)
def test_bad_page_numbers_are_404(client, query):
    assert client.get(f"/updates/?{query}").status_code == 404
    assert client.get(f"/news-stories/?{query}").status_code == 404


@pytest.mark.parametrize(
    "query",
    ["category=nope", "year=abc", "year=99999", "year=2018%00", "category=%00", "kind=x"],
)
def test_bad_filters_fall_back_to_the_full_list(client, query):
    response = client.get(f"/updates/?{query}")
    assert response.status_code == 200
    assert len(list_titles(response)) == 7
    assert client.get(f"/news-stories/?{query}").status_code == 200


def test_paging(client, make_update):
    for number in range(5):
        make_update(f"Extra update {number}", date=datetime.date(2030, 1, 1 + number))
    first = client.get("/updates/")
    assert len(list_titles(first)) == 10
    assert soup(first).select_one(".usa-pagination a[aria-label='Page 2']")["href"] == (
        "/updates/?page=2"
    )
    second = client.get("/updates/?page=2")
    assert list_titles(second) == [
        "Listen to the Subgranting Webinar",
        "MEP Policy Q&As: January 2018",
    ]
    assert soup(second).find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_update_page_shows_date_category_actions_documents(client):
    response = client.get("/updates/revised-national-idr-manual-and-curriculum/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.text == "Revised National ID&R Manual and Curriculum"
    assert "October 15, 2018" in page.text
    assert page.find("a", string="Publication")["href"] == "/updates/?category=publication"
    cta = next(a for a in page.find_all("a") if "View the Interactive ID&R Manual" in a.text)
    assert cta["href"] == "/tools-curriculum/"
    qas = soup(client.get("/updates/mep-policy-qas-january-2018/"))
    download = qas.select_one(".document-link")
    assert "MEP Policy Q&As FY18 v.2 (January)" in download.text
    assert "PDF" in qas.select_one(".document-link__meta").text
    assert qas.find(id="related-heading").parent.find("a")["href"] == "/legislation-policy/"


def test_json_ld(rf, updates_index, stories_index):
    request = rf.get("/")
    update = updates_index.get_children().specific().first()
    data = update.get_json_ld(request)
    assert data["@type"] == "NewsArticle" and data["headline"] == update.title
    article = ArticlePage.objects.get(slug="one-youths-journey-towards-college")
    data = article.get_json_ld(request)
    assert data["@type"] == "NewsArticle"
    assert data["datePublished"] == "2018-08-29"
    assert data["author"]["name"] == "Tennessee Watson"
    assert data["publisher"]["name"] == "National Public Radio (NPR)"
    spotlight = SpotlightPage.objects.get(locale__language_code="en")
    assert spotlight.get_json_ld(request)["about"]["name"] == "Jocelyn Martinez"


def test_rss_and_atom_feeds(client):
    rss = client.get("/updates/feed/")
    assert rss.status_code == 200
    assert rss["Content-Type"].startswith("application/xml")
    channel = parse_xml(rss).find("channel")
    items = channel.findall("item")
    assert len(items) == 7
    assert items[0].findtext("link") == (
        "http://testserver/updates/mentoring-initiative-family-engagement-pacs/"
    )
    assert items[0].findtext("pubDate").startswith("Mon, 07 Jan 2019")
    atom = client.get("/updates/atom/")
    assert atom["Content-Type"].startswith("application/xml")
    assert len(atom_titles(atom)) == 7
    policy = client.get("/updates/category/policy/feed/")
    assert rss_titles(policy) == ["MEP Policy Q&As: January 2018"]
    assert atom_titles(client.get("/updates/category/webinar/atom/")) == [
        "Listen to the Subgranting Webinar"
    ]
    assert client.get("/updates/category/nope/feed/").status_code == 404
    assert client.get("/updates/category/nope/atom/").status_code == 404


def test_home_latest_updates(client, make_update):
    page = soup(client.get("/"))
    latest = page.find(id="latest-heading").parent
    headings = [a.text for a in latest.select(".latest-updates .usa-collection__heading a")]
    assert len(headings) == 5
    assert headings[0] == "MEP Mentoring Initiative: Family Engagement and State and Local PACs"
    assert "January 7, 2019" in latest.text
    assert latest.find("a", href="/updates/").text.strip().startswith("All updates")
    make_update("Brand new update")
    page = soup(client.get("/"))
    latest = page.find(id="latest-heading").parent
    assert latest.select(".latest-updates .usa-collection__heading a")[0].text == "Brand new update"


def test_home_featured_falls_back_to_newest_stories(client):
    featured = soup(client.get("/")).find(id="featured-heading").parent
    cards = featured.select(".usa-card")
    assert [c.select_one(".usa-card__heading").text for c in cards] == [
        "Recruiter Challenges and Solutions",
        "One Youth's Journey Towards College",
        "2017 National Migrant PASS Student of the Year: Jocelyn Martinez",
    ]
    assert "Read the article" in cards[0].text
    assert "Read more" in cards[2].text
    assert cards[0].find("img")["alt"]


def test_home_featured_follows_editor_choice(client, home):
    from pages.models import HomeFeaturedPage

    spotlight = SpotlightPage.objects.get(locale__language_code="en")
    HomeFeaturedPage.objects.create(home=home, page=spotlight, sort_order=0)
    featured = soup(client.get("/")).find(id="featured-heading").parent
    assert [h.text for h in featured.select(".usa-card__heading")] == [spotlight.title]
    # A chosen story that is no longer public is skipped; with none left, the newest show.
    spotlight.unpublish()
    featured = soup(client.get("/")).find(id="featured-heading").parent
    assert [h.text for h in featured.select(".usa-card__heading")] == [
        "Recruiter Challenges and Solutions",
        "One Youth's Journey Towards College",
        "Juan's Story (PA)",
    ]


def test_stories_list_and_pages(client):
    response = client.get("/news-stories/")
    assert response.status_code == 200
    page = soup(response)
    assert [h.text for h in page.select(".usa-card__heading")][0] == (
        "Recruiter Challenges and Solutions"
    )
    only_spotlights = soup(client.get("/news-stories/?kind=spotlight"))
    assert len(only_spotlights.select(".usa-card")) == 1
    assert len(soup(client.get("/news-stories/?year=2018")).select(".usa-card")) == 2
    article = soup(client.get("/news-stories/one-youths-journey-towards-college/"))
    assert "Watson, Tennessee." in article.select_one(".story__citation").text
    assert article.main.find("a", class_="usa-button")["href"] == "https://www.npr.org/"
    spotlight = soup(client.get("/news-stories/2017-pass-student-of-the-year-jocelyn-martinez/"))
    text = " ".join(spotlight.text.split())
    assert "proud to say I'm a migrant" in text
    assert "North Dakota" in text and "1978" in text and "Leicester, New York" in text


# Nothing leaks -------------------------------------------------------------------------------


def hidden_update(kind, make_update):
    if kind == "draft":
        return make_update("Hidden update", publish=False)
    page = make_update("Hidden update")
    if kind == "login":
        restrict_to_login(page)
    elif kind == "expired":
        page.expire_at = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
        page.save()
    return page


@pytest.mark.parametrize("kind", ["draft", "login", "expired"])
def test_hidden_updates_leak_nowhere(client, make_update, kind):
    hidden_update(kind, make_update)
    for url in ["/updates/", "/updates/?year=2030", "/", "/updates/feed/", "/updates/atom/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert b"Hidden update" not in response.content, url
    assert b"Hidden update" not in client.get("/updates/category/announcement/feed/").content


def test_private_story_not_featured_or_listed(client, stories_index):
    spotlight = SpotlightPage.objects.get(locale__language_code="en")
    restrict_to_login(spotlight)
    assert spotlight.title.encode() not in client.get("/news-stories/").content
    assert spotlight.title.encode() not in client.get("/").content


# Speed ---------------------------------------------------------------------------------------


def test_query_counts_do_not_grow(client, make_update, django_assert_max_num_queries):
    urls = {"/updates/": 20, "/updates/?category=announcement": 20, "/updates/feed/": 20, "/": 15}
    for number in range(10):
        make_update(f"Speed {number}")
    counts = {}
    for url, limit in urls.items():
        client.get(url)  # warm up the Site and content type caches
        with django_assert_max_num_queries(limit) as captured:
            assert client.get(url).status_code == 200
        counts[url] = len(captured.captured_queries)
    for number in range(10, 100):
        make_update(f"Speed {number}")
    for url in urls:
        with django_assert_max_num_queries(counts[url]):
            assert client.get(url).status_code == 200


def test_story_list_query_count(client, django_assert_max_num_queries):
    client.get("/news-stories/")
    with django_assert_max_num_queries(20):
        assert client.get("/news-stories/").status_code == 200


@pytest.mark.parametrize(
    "url, heading, counted",
    [
        ("/news-stories/", "All stories", "results"),
        ("/es/noticias-e-historias/", "Todas las historias", "resultados"),
    ],
)
def test_stories_list_says_how_many_once(client, url, heading, counted):
    """The list said "4 results" and then, as its heading, "4 stories"."""
    page = soup(client.get(url))
    # Not the page's own dates: "Publicado: 4 de diciembre" is no count (it failed on the 4th).
    page.select_one("main .page-dates").decompose()
    main = " ".join(page.main.text.split())
    assert page.select_one("main h2.margin-top-3").text == heading
    count = len(page.select("main .usa-card-group > li"))
    assert f"{count} {counted}" in main
    assert len(re.findall(rf"\b{count} ", main)) == 1, main  # not "14 años"
