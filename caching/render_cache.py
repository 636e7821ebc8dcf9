"""Cheaper rendering when the full-page cache misses, is bypassed or is off.

Everything here belongs to one content *generation* (caching/page_cache.py): each request
reads the generation from the shared cache once, and a publish, unpublish, move or delete, or a
save of anything pages show, moves it on, which retires all of the below at once, in every
process, exactly as it retires cached pages.

- Fragment cache: rendered parts of pages that do not depend on the visitor (the footer, the
  home page's lists, image markup) and small data (the menu). Kept in the shared cache, so each
  fragment is built once per publish for all processes, and in a small per-process memo in
  front of it, so a page made of ten fragments costs no extra round trips. Keys hold the
  generation, the host and the active language. `{% cachedfragment %}` in templates,
  `cached_value()` in Python. Previews never use it (they show a draft).
- Route memo: the site and page Wagtail's router found for a path, per process, so a repeat
  visit skips the routing queries. Anonymous GET/HEAD requests only.

The per-process memos hold only what the database said in the current generation: a purge in
any process reaches them with the next request. When the shared cache is down, nothing here
is used and pages are built from the database.

FRAGMENT_CACHE_SECONDS=0 turns the fragment cache off; RENDER_MEMO_SIZE=0 turns both
per-process memos off (entries per memo, least recently used dropped first).
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from .page_cache import UNCACHED_PREFIXES, current_generation

logger = logging.getLogger(__name__)


def fragment_seconds():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def memo_size():
    return getattr(settings, "RENDER_MEMO_SIZE", 0)


class GenerationMemo:
    """A per-process LRU map whose contents belong to one generation, with optional expiry."""

    def __init__(self):
        self.lock = threading.Lock()
        self.generation = None
        self.items = OrderedDict()

    def _sync(self, generation):
        if generation != self.generation:
            self.generation = generation
            self.items.clear()

    def get(self, generation, key):
        with self.lock:
            self._sync(generation)
            item = self.items.get(key)
            if item is None:
                return None
            expires, value = item
            if expires is not None and expires <= time.monotonic():
                del self.items[key]
                return None
            self.items.move_to_end(key)
            return value

    def set(self, generation, key, value, seconds=None):
        size = memo_size()
        if size <= 0:
            return
        expires = time.monotonic() + seconds if seconds else None
        with self.lock:
            self._sync(generation)
            self.items[key] = (expires, value)
            self.items.move_to_end(key)
            while len(self.items) > size:
                self.items.popitem(last=False)


_fragments = GenerationMemo()


def cached_value(request, name, vary, compute):
    """compute(), kept until the next publish for this host and language.

    vary: anything else the value depends on (a page id, a flag). The value must be picklable
    and must not depend on who is asking; callers must not change it (it is shared).
    """
    if request is None or not fragment_seconds() or getattr(request, "is_preview", False):
        return compute()
    generation = current_generation(request)
    if generation is None:  # the cache is down: build from the database
        return compute()
    parts = [name, request.get_host(), translation.get_language() or "", *map(str, vary)]
    key = f"fragment:{generation}:{hashlib.sha256(chr(31).join(parts).encode()).hexdigest()}"
    value = _fragments.get(generation, key)
    if value is not None:
        return value
    try:
        value = cache.get(key)
    except Exception:  # a cache outage must never take a page down
        logger.warning("event=fragment_cache_unavailable action=get", exc_info=True)
        value = None
    if value is None:
        value = compute()
        try:
            cache.set(key, value, fragment_seconds())
        except Exception:
            logger.warning("event=fragment_cache_unavailable action=set", exc_info=True)
    # The shared cache counts its expiry from when the value was built; this memo from now,
    # so a value read near its end can live here for up to twice FRAGMENT_CACHE_SECONDS.
    _fragments.set(generation, key, value, fragment_seconds())
    return value


class RouteMemoMiddleware:
    """Remember, per process and per generation, what Wagtail's router found for a path.

    Wagtail's `Page.route_for_request` and `Site.find_for_request` keep their answers on the
    request (`_wagtail_route_for_request`, `_wagtail_site`); this middleware fills those in
    from the memo before the view runs, and records them after a 200 response. The memoised
    page object also keeps what it loaded lazily (its image, parent, view restrictions), which
    is valid for as long as the generation is.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.routes = GenerationMemo()
        self.sites = GenerationMemo()

    def _is_candidate(self, request):
        return (
            memo_size() > 0
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(UNCACHED_PREFIXES)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    def __call__(self, request):
        if not self._is_candidate(request):
            return self.get_response(request)
        generation = current_generation(request)
        if generation is None:
            return self.get_response(request)
        site_key = (request._get_raw_host(), request.get_port())
        route_key = (*site_key, translation.get_language(), request.path_info)
        site = self.sites.get(generation, site_key)
        memo = self.routes.get(generation, route_key)
        root_paths = self.sites.get(generation, "root-paths")
        if root_paths is not None:  # what Wagtail would read from the cache for each URL
            request._wagtail_cached_site_root_paths = root_paths
        if site is not None:
            request._wagtail_site = site
        if memo is not None:
            route, resolver_match = memo
            request._wagtail_route_for_request = route
            if resolver_match is not None:  # RoutablePageMixin.route() sets it while routing
                request.routable_resolver_match = resolver_match

        response = self.get_response(request)

        if site is None and getattr(request, "_wagtail_site", None) is not None:
            self.sites.set(generation, site_key, request._wagtail_site)
        if root_paths is None and hasattr(request, "_wagtail_cached_site_root_paths"):
            self.sites.set(generation, "root-paths", request._wagtail_cached_site_root_paths)
        route = getattr(request, "_wagtail_route_for_request", None)
        if memo is None and route is not None and response.status_code == 200:
            page = route[0]
            # Evaluated once here, then reused by Wagtail's view-restriction check
            # (pages.mixins.BasePage.get_view_restrictions).
            restrictions = page.get_view_restrictions()
            list(restrictions)
            page._memo_view_restrictions = restrictions
            resolver_match = getattr(request, "routable_resolver_match", None)
            self.routes.set(generation, route_key, (route, resolver_match))
        return response
