"""Blocks other apps' templates (the home page) include without importing this app."""

from django import template
from django.db.models import F, OuterRef, Subquery
from django.template.loader import render_to_string

from caching.render_cache import cached_value
from caching.tags import PAGES, SITE
from pages.queries import listed_pages

from ..models import StoryPage, UpdateIndexPage, UpdatePage

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_updates(context, count=5):
    """The newest live updates with their dates, a link to all updates, or an empty state.
    The same on every page that shows it: rendered once per publish (value cache)."""
    request = context.get("request")
    return cached_value(
        request,
        "latest-updates",
        [count],
        lambda: render_to_string(
            "updates/tags/latest_updates.html", _latest_updates(request, count), request=request
        ),
        tags=[SITE, PAGES],
    )


def _latest_updates(request, count):
    updates = list(
        listed_pages(UpdatePage.objects.all())
        .defer_streamfields()
        .order_by("-date", "-first_published_at")[: max(int(count), 0)]
    )
    if updates:
        # Every update lives directly under the updates list, so its URL gives the list's
        # without another query.
        index_url = updates[0].get_url(request).rstrip("/").rsplit("/", 1)[0] + "/"
    else:
        index = listed_pages(UpdateIndexPage.objects.all()).first()
        index_url = index.get_url(request) if index else ""
    return {
        "request": request,
        "updates": updates,
        "index_url": index_url,
        "feed_url": f"{index_url}feed/" if index_url else "",
    }


def _stories():
    return (
        listed_pages(StoryPage.objects.all())
        .defer_streamfields()
        .select_related("listing_image")
        .prefetch_related("listing_image__renditions")
    )


@register.simple_tag(takes_context=True)
def featured_stories(context, home, count=3):
    """The stories editors chose for the home page, in their order; if none of them is
    visible, the newest stories. Kept, with their images' renditions, until the next publish
    (value cache)."""
    return cached_value(
        context.get("request"),
        "featured-stories",
        [getattr(home, "pk", None), count],
        lambda: _featured_stories(home, count),
        tags=[SITE, PAGES],
    )


def _featured_stories(home, count):
    count = max(int(count), 0)
    newest = ["-date", "-first_published_at"]
    if home is None:
        return list(_stories().order_by(*newest)[:count])
    # One query: the chosen stories first, in their order, then the newest others.
    position = home.featured_pages.filter(page=OuterRef("pk")).values("sort_order")[:1]
    stories = list(
        _stories()
        .annotate(featured_position=Subquery(position))
        .order_by(F("featured_position").asc(nulls_last=True), *newest)[
            : max(count, home.max_featured_stories)
        ]
    )
    chosen = [story for story in stories if story.featured_position is not None]
    return chosen or stories[:count]


@register.inclusion_tag("updates/tags/feed_links.html", takes_context=True)
def updates_feed_links(context, index=None, category=""):
    """<link rel="alternate"> tags for the updates feeds, for a page's <head>."""
    request = context.get("request")
    if index is None:
        # The home page: the visitor's updates list, found with the home page's other links
        # (HomePage.linked_sections), kept until the next publish (value cache).
        home = context.get("page")
        return cached_value(
            request,
            "home-feed-links",
            [],
            lambda: _home_feed_links(request, home),
            tags=[SITE, PAGES],
        )
    return {"links": _feed_links(index, request, category), "title": index.title}


def _feed_links(index, request, category=""):
    """The list's RSS and Atom feeds, then its category's when `category` is given."""
    base_url = index.get_url(request)
    feeds = [("", "")]
    if category:
        from ..models import UpdateCategory

        feeds.append((category, UpdateCategory(category).label))
    return [
        (media_type, name, index.feed_url(base_url, feed_category, kind), label)
        for feed_category, label in feeds
        for media_type, name, kind in (
            ("application/rss+xml", "RSS", "rss"),
            ("application/atom+xml", "Atom", "atom"),
        )
    ]


def _home_feed_links(request, home):
    index = home.linked_sections.get("updates") if home is not None else None
    if index is None:
        return {"links": []}
    index = index.specific_deferred  # its feed_url; the address is all it needs
    return {"links": _feed_links(index, request), "title": str(index.title)}
