"""Links that leave the site say where they go: the article's own site, or the publication's
website while the demo only knows its home page."""

import pytest
from bs4 import BeautifulSoup

from pages.external import article_link_text, resource_link_text
from updates.models import ArticlePage

pytestmark = pytest.mark.django_db


def button(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return page.main.select_one("a.usa-button[href^='http']")


def test_article_link_names_the_publication_while_it_points_at_its_home_page(client):
    article = ArticlePage.objects.get(slug="recruiter-challenges-and-solutions")
    link = button(client, article.url)
    assert link["href"] == "https://www.edweek.org/"
    text = " ".join(link.text.split())
    assert text.startswith("Visit Education Week’s website")
    assert "Read the article" not in text


def test_article_link_with_the_articles_own_address_says_read_it_there(client):
    article = ArticlePage.objects.get(slug="one-youths-journey-towards-college")
    article.external_url = "https://www.npr.org/2018/08/29/sample/farmworker-family"
    article.save_revision().publish()
    link = button(client, article.url)
    assert " ".join(link.text.split()).startswith("Read the article on npr.org")


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("https://www.ed.gov/", "Visit ed.gov"),
        (
            "https://www2.ed.gov/datastory/el-characteristics/index.html",
            "Open the resource on www2.ed.gov",
        ),
    ],
)
def test_resource_link_texts(url, text):
    assert resource_link_text(url) == text


def test_resource_page_link_says_where_it_goes(client):
    link = button(client, "/resource-library/our-nations-english-learners/")
    assert " ".join(link.text.split()).startswith("Open the resource on www2.ed.gov")


def test_article_link_text_in_spanish():
    from django.utils import translation

    with translation.override("es"):
        assert (
            article_link_text("https://www.npr.org/2018/x", "NPR") == "Leer el artículo en npr.org"
        )
        assert article_link_text("https://www.edweek.org/", "Education Week") == (
            "Visitar el sitio web de Education Week"
        )
