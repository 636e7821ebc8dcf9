"""A dated page (an update, a story, a library resource, a policy Q&A set) shows its date once,
under the title as "Published" ("Publicado" in Spanish), with its machine-readable <time>: it showed
"Published" with the day the page first went live on the site and then, a line lower, its own
date (the one its list, feeds and structured data use), so the page carried two different
publication dates. A policy Q&A set said "issued January 2018" in its lead and then
"Published" with the day its site page went live; it now shows its month of issue as "Published"."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail.models import get_page_models

from pages.formats import date_format
from pages.queries import visible_pages
from pages.templatetags.site_tags import datetime_attr
from resources.models import PolicyQASetPage, ResourcePage
from tests.html import soup
from updates.models import ArticlePage, SpotlightPage, StudentStoryPage, UpdatePage

pytestmark = pytest.mark.django_db

DATED_TYPES = [
    UpdatePage,
    ArticlePage,
    SpotlightPage,
    StudentStoryPage,
    ResourcePage,
    PolicyQASetPage,
]
LABEL = {"en": "Published:", "es": "Publicado:"}


def dated_pages():
    """Every live public dated page of the demo, in both languages."""
    pages = []
    for model in DATED_TYPES:
        pages += visible_pages(model.objects.all()).order_by("path")
    assert {page.locale.language_code for page in pages} == {"en", "es"}
    return pages


def own_date(page):
    return getattr(page, page.published_date_field)


def shown_date(page):
    with translation.override(page.locale.language_code):
        return date_format(own_date(page), page.own_date_format)


def test_each_dated_page_shows_its_date_once_as_published(client):
    failures = []
    for page in dated_pages():
        main = soup(client.get(page.url)).main
        article = main.article or main  # a policy Q&A set is a page of questions, not an article
        for written in article.select(".usa-intro, .usa-prose"):
            written.decompose()  # the summary or body may well name the date in a sentence
        text = " ".join(article.text.split())
        dates = article.find(class_="page-dates")
        published = dates.find("time")
        day = shown_date(page)
        machine = datetime_attr(own_date(page), page.own_date_format)
        if text.count(day) != 1:
            failures.append(f"{page.url}: “{day}” {text.count(day)} times")
        if len(article.find_all("time", datetime=machine)) != 1:
            failures.append(f"{page.url}: not one <time datetime={machine}>")
        if published["datetime"] != machine or published.text != day:
            failures.append(f"{page.url}: published {published} (the page's date: {machine})")
        if not " ".join(dates.text.split()).startswith(LABEL[page.locale.language_code]):
            failures.append(f"{page.url}: the dates read “{dates.text.strip()}”")
        if getattr(page, "date_is_sample", False) and "usa-tag" not in str(dates):
            failures.append(f"{page.url}: the sample date is not labelled")
    assert failures == [], "\n".join(failures)


def test_a_later_edit_shows_as_updated_beside_the_date(client):
    page = visible_pages(UpdatePage.objects.filter(locale__language_code="en")).first()
    dates = soup(client.get(page.url)).find(class_="page-dates")
    assert "Updated" not in dates.text  # republished the day it first went live: no update
    later = page.first_published_at + datetime.timedelta(days=9)
    UpdatePage.objects.filter(pk=page.pk).update(last_published_at=later)
    dates = soup(client.get(page.url)).find(class_="page-dates")
    updated = dates.find_all("time")[-1]
    assert "Updated:" in dates.text
    assert updated["datetime"] == timezone.localdate(later).isoformat()


def test_every_page_type_with_its_own_date_is_checked():
    assert {
        m for m in get_page_models() if m.is_creatable and getattr(m, "published_date_field", None)
    } == set(DATED_TYPES)
