"""Every list on the site is built one way: page types that list things are ListingPageMixin
pages (pages/listing.py), and nothing else builds a Listing but the site search view.

Page types are discovered from settings.CONTENT_APPS, not listed here: a new list page that
forgets the mixin fails, whether it shows its list through the shared components, a Listing
in its context, or its own index route.
"""

import ast
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.template.loader import get_template
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from pages.listing import Listing, ListingPageMixin
from pages.queries import visible_pages

#: What a page template uses to show a list: the filter form, the tags, the pager.
LIST_COMPONENTS = (
    "components/filter_form.html",
    "components/active_filters.html",
    "components/pagination.html",
    "components/empty_state.html",
)


def page_types():
    return [
        model
        for label in settings.CONTENT_APPS
        for model in apps.get_app_config(label).get_models()
        # Not creatable (StoryPage, the shared parent of articles and spotlights): never
        # served as its own type.
        if issubclass(model, Page) and not model._meta.abstract and model.is_creatable
    ]


def shows_a_list(model):
    source = get_template(model.template).template.source
    return any(component in source for component in LIST_COMPONENTS)


def has_own_index_route(model):
    if not issubclass(model, RoutablePageMixin):
        return False
    view = model.get_resolver().resolve("/").func
    return view is not RoutablePageMixin.index_route


def test_list_page_types_are_found():
    listing = {model.__name__ for model in page_types() if shows_a_list(model)}
    assert {
        "UpdateIndexPage",
        "StoryIndexPage",
        "ResourceLibraryPage",
        "PolicyQAIndexPage",
        "CurriculumPage",
        "EventIndexPage",
        "StateDirectoryPage",
    } <= listing


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model._meta.label)
def test_page_types_that_list_things_use_the_listing_mixin(model):
    if shows_a_list(model) or has_own_index_route(model):
        assert issubclass(model, ListingPageMixin), (
            f"{model._meta.label} lists things: make it a pages.listing.ListingPageMixin page"
        )


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model._meta.label)
def test_listing_pages_serve_their_list_from_the_index_route(model):
    if not issubclass(model, ListingPageMixin):
        pytest.skip("not a list page")
    assert model.get_resolver().reverse("index_route") == ""
    assert model.listing_filterset_class is not None
    assert model.get_listing_queryset is not ListingPageMixin.get_listing_queryset, (
        f"{model._meta.label} must say what it lists (get_listing_queryset)"
    )


@pytest.mark.django_db
def test_every_demo_page_with_a_list_is_a_listing_page(client):
    """Rendered, not read: any demo page whose response carries a Listing is a list page."""
    seen = set()
    for page in visible_pages(Page.objects.exclude(depth=1)).specific().order_by("path"):
        model = type(page)
        if model in seen or page.url is None:
            continue
        seen.add(model)
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        listing = response.context.get("listing") if response.context else None
        if isinstance(listing, Listing):
            assert isinstance(page, ListingPageMixin), page.url
        elif isinstance(page, ListingPageMixin):
            pytest.fail(f"{page.url} is a list page without a listing in its context")
    assert len([model for model in seen if issubclass(model, ListingPageMixin)]) >= 7


@pytest.mark.django_db
def test_site_search_uses_the_same_listing(client):
    response = client.get("/search/", {"q": "migrant", "type": "updates"})
    assert response.status_code == 200
    listing = response.context["listing"]
    assert isinstance(listing, Listing)
    assert listing.active["type"].value == "updates" and listing.query == "migrant"


def test_nothing_else_builds_a_listing():
    """Content apps reach Listing only through the mixin; the search view is the one other
    user (site search is not a page)."""
    allowed = {
        Path(settings.BASE_DIR, "pages", "listing.py"),
        Path(settings.BASE_DIR, "pages", "views.py"),
    }
    offenders = []
    for label in settings.CONTENT_APPS:
        for path in Path(apps.get_app_config(label).path).rglob("*.py"):
            if path in allowed or "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Listing":
                    offenders.append(f"{path}:{node.lineno}")
    assert offenders == []
