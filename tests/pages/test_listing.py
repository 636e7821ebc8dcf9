"""The shared listing machinery, through a request as a list page would see it."""

import pytest
from django.apps import apps
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page

from pages.listing import (
    DeferredQuerySet,
    KeywordFilter,
    Listing,
    ListingChoiceFilter,
    ListingFilterSet,
    ListingPageMixin,
    SortOption,
)
from pages.models import InitiativePage
from pages.queries import listed_pages

pytestmark = pytest.mark.django_db


class FirstLetter(ListingFilterSet):
    letter = ListingChoiceFilter(
        "title",
        "istartswith",
        label="First letter",
        choices=[("b", "B"), ("m", "M"), ("s", "S")],
    )


class FirstLetterAndKeywords(FirstLetter):
    q = KeywordFilter(method="search")

    def search(self, queryset, name, value):
        return queryset.filter(title__icontains=value)


SORTS = [SortOption("title", "Title", ["title"]), SortOption("newest", "Newest", ["-id"])]


def make_queryset():
    return listed_pages(InitiativePage.objects.all())


def make_listing(query="", items=None, **kwargs):
    request = RequestFactory().get("/about-us/" + ("?" + query if query else ""))
    options = {"filterset_class": FirstLetter, "per_page": 2, "sort_options": SORTS}
    options.update(kwargs)
    return Listing(request, make_queryset() if items is None else items, **options)


def titles(listing):
    return [page.title for page in listing.items]


def test_unfiltered_first_page():
    listing = make_listing()
    assert listing.count == 6
    assert titles(listing) == ["Binational Migrant Initiative", "Comprehensive Needs Assessment"]
    assert not listing.noindex and not listing.is_filtered
    assert listing.next_url == "/about-us/?page=2" and listing.previous_url == ""


def test_filter_narrows_and_is_noindex_with_canonical():
    listing = make_listing("letter=s")
    assert titles(listing) == ["Secondary Students", "Student Records Exchange"]
    assert listing.noindex
    assert listing.canonical_url == "http://testserver/about-us/"
    assert listing.active_filters == [
        {"label": "First letter", "value": "S", "remove_url": "/about-us/"}
    ]


@pytest.mark.parametrize("value", ["nope", "<script>", "", "S ", "%00", "s" * 5000])
def test_unknown_filter_values_are_ignored(value):
    listing = make_listing(f"letter={value}")
    assert listing.count == 6 and not listing.active_filters


@pytest.mark.parametrize(
    "page", ["abc", "0", "-1", "1.5", "999999999999999999999", "4", "9" * 5000, ""]
)
def test_bad_page_numbers_are_404(page):
    with pytest.raises(Http404):
        make_listing(f"page={page}")


def test_last_page_and_links_keep_only_understood_parameters():
    listing = make_listing("page=3&letter=nope&utm=x&sort=title")
    assert titles(listing) == ["Secondary Students", "Student Records Exchange"]
    assert listing.previous_url == "/about-us/?page=2"
    assert [link["url"] if link else None for link in listing.page_links] == [
        "/about-us/",
        "/about-us/?page=2",
        "/about-us/?page=3",
    ]


def test_sort_options_and_unknown_sort_falls_back_to_default():
    assert titles(make_listing("sort=newest"))[0] == "Migrant Health"
    assert titles(make_listing("sort=drop%20table"))[0] == "Binational Migrant Initiative"
    assert make_listing("sort=newest&page=2").page_url(1) == "/about-us/?sort=newest"


def test_search_is_applied_and_query_cleaned():
    listing = make_listing("q=%20health%00%20", filterset_class=FirstLetterAndKeywords)
    assert listing.query == "health"
    assert titles(listing) == ["Migrant Health"]
    assert not listing.query_was_trimmed
    long = make_listing("q=" + "a" * 5000, filterset_class=FirstLetterAndKeywords)
    assert len(long.query) == 200 and long.query_was_trimmed


def test_keywords_are_ignored_where_the_list_has_no_search():
    listing = make_listing("q=health")
    assert listing.query == "" and listing.count == 6 and not listing.is_filtered


def test_empty_list_still_has_page_one():
    request = RequestFactory().get("/x/")
    listing = Listing(request, Page.objects.none(), per_page=10)
    assert listing.count == 0 and list(listing.items) == []


def test_feed_url_carries_filters_but_not_page():
    listing = make_listing("letter=m&page=1")
    assert listing.feed_url("/about-us/feed/") == "/about-us/feed/?letter=m"


def test_a_deferred_queryset_lists_as_the_queryset_would():
    deferred = make_listing("letter=s", items=DeferredQuerySet(InitiativePage, make_queryset))
    assert titles(deferred) == titles(make_listing("letter=s"))
    assert deferred.count == make_listing("letter=s").count


@pytest.mark.parametrize(
    "page_class",
    [
        page_class
        for page_class in apps.get_models()
        if issubclass(page_class, ListingPageMixin) and page_class.listing_model
    ],
    ids=lambda page_class: page_class.__name__,
)
def test_a_list_page_lists_the_model_it_names(rf, page_class):
    # The deferred queryset's model stands in for it until it is built: they must agree.
    page = page_class.objects.live().first()
    request = rf.get(page.url)
    assert page.get_listing_queryset(request).model is apps.get_model(page_class.listing_model)
