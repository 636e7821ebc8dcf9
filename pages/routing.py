"""Wagtail's page routing in two queries, whatever the depth of the page.

`Page.route()` walks down the tree one level at a time, two queries per level (the child by
slug, then its specific page), so /updates/some-update/ costs four below the home page. Pages
store their `url_path`, so every page the walk would pass is found in one query, and only the
page that answers is loaded as its specific type. The walk itself is Wagtail's: each page on
the way gets its chance to answer first (a RoutablePageMixin page with a sub-route such as
`feed/` or `calendar/2026/11/`), and a page type with a `route()` of its own takes over from
there. `Page.route()` is the documented place for this (HomePage.route calls it).
"""

from django.db.models import Exists
from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from caching.render_cache import cached_lookup, cached_value
from caching.tags import page_tag

from .queries import view_restrictions


def _routes_itself(page_class):
    """Whether the page type routes as Wagtail's Page or RoutablePageMixin do (so the walk
    below is exactly what its route() would do), rather than in a way of its own."""
    route = page_class.route
    return route is Page.route or route is RoutablePageMixin.route


def _sub_route_path(page, page_class, components):
    """The path of the RoutablePageMixin sub-route of `page` for the remaining components,
    or None."""
    if not (issubclass(page_class, RoutablePageMixin) and page.live):
        return None
    path = "/" + "".join(f"{component}/" for component in components)
    try:
        page_class.get_resolver().resolve(path)
    except Resolver404:
        return None
    return path


def _walk(root, request, path_components):
    """(specific page, sub-route path or None), or (None, RouteResult) where a page type
    with a route() of its own answered."""
    prefixes = [
        root.url_path + "".join(f"{c}/" for c in path_components[: i + 1])
        for i in range(len(path_components))
    ]
    on_the_way = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=prefixes, path__startswith=root.path, depth__gt=root.depth
        )
    }
    for depth, url_path in enumerate(prefixes, start=1):
        page = on_the_way.get(url_path)
        if page is None:
            raise Http404
        page_class = page.specific_class
        remaining = path_components[depth:]
        if page_class is None or not _routes_itself(page_class):
            return None, page.specific.route(request, remaining)
        sub_path = _sub_route_path(page, page_class, remaining)
        if sub_path is not None:
            return _specific(page, page_class), sub_path
    if not page.live:
        raise Http404
    return _specific(page, page_class), None


def _specific(page, page_class):
    """`page.specific`, in the same query told whether a view restriction applies to it, so
    that Wagtail's check before serving it (`get_view_restrictions`) needs no query of its own
    when none does. A privacy change retires the routes kept in the value cache (SITE)."""
    restricted = Exists(view_restrictions(page))
    return page_class.objects.annotate(view_restricted=restricted).get(pk=page.pk)


def _result(request, page, sub_path):
    if sub_path is None:
        return RouteResult(page)
    # As RoutablePageMixin.route does; its render() reads the match from the request.
    match = request.routable_resolver_match = page.resolve_subpage(sub_path)
    view, args, kwargs = match
    return RouteResult(page, args=(view, args, kwargs))


def route_below(root, request, path_components):
    """What `root.route(request, path_components)` finds, as Wagtail's Page.route would,
    for a root whose own route is Wagtail's (callers handle their own first).

    The answer (the specific page and its sub-route) is kept in the value cache until that
    page changes (caching/render_cache.py; its purge covers a change of its ancestors'
    addresses too): a repeat visit routes without a query."""
    if not path_components:
        # The root itself (a home page), loaded by Wagtail: whether a view restriction applies
        # to it is kept like a route, so that Wagtail's check before serving it needs no query
        # (BasePage.get_view_restrictions). A privacy change retires it (SITE).
        root.view_restricted = cached_value(
            request,
            "view-restricted",
            [root.pk],
            lambda: view_restrictions(root).exists(),
            tags=[page_tag(root)],
        )
        return Page.route(root, request, path_components)

    answered_elsewhere = []

    def walk():
        page, sub_path = _walk(root, request, path_components)
        if page is None:  # another route() answered: keep nothing but that fact
            answered_elsewhere.append(sub_path)
            return (None, None), ()
        return (page, sub_path), [page_tag(page)]

    page, sub_path = cached_lookup(request, "route", [root.pk, *path_components], walk)
    if page is not None:
        return _result(request, page, sub_path)
    if answered_elsewhere:
        return answered_elsewhere[0]
    page, other = _walk(root, request, path_components)  # as an earlier request found
    return other if page is None else _result(request, page, other)
