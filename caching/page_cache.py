"""Full-page cache for anonymous visitors, and its purge.

wagtail-cache, the maintained library for this, does not support Wagtail 8 yet (3.0.0 pins
wagtail<8.0), so this is a small middleware of our own on Django's cache API.

Every entry's key carries a *generation* number kept in the shared cache. Publishing,
unpublishing, moving or deleting a page, or saving anything pages show (snippets, settings,
images, documents), bumps the generation, which retires every cached page at once: a page shows
its neighbours (menus, home-page lists, related links), so purging one URL is never enough.
The scheduler runs in its own process, so the cache must be one all processes share (Redis, or
the file cache without Redis), never per-process memory.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import urlencode

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
#: Paths that are per-user, never public pages, or served by another layer.
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/django-admin/", "/static/", "/media/")
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "text/calendar")
CACHEABLE_TYPES += ("application/xml", "text/xml", "text/plain")
#: Headers worth keeping; security headers and CSP are added again on the way out.
STORED_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Link", "Vary")


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


#: After a failed read, this process leaves the cache alone for this long: during an outage
#: each request would otherwise wait for (and log) a failed connection per cached fragment.
RETRY_SECONDS = 5
_unavailable_until = 0.0


def cache_available():
    return time.monotonic() >= _unavailable_until


def mark_available():
    """Forget an outage (tests; the next request would find out anyway)."""
    global _unavailable_until
    _unavailable_until = 0.0


def _generation():
    global _unavailable_until
    if not cache_available():
        return None
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            # A fresh or flushed cache: start from the clock so old entries cannot come back
            # (nanoseconds: a restart within the same second must not reuse a number either).
            generation = time.time_ns()
            added = cache.add(GENERATION_KEY, generation, timeout=None)
            if added is None:
                # django-redis answers None instead of raising when it ignored an error.
                raise ConnectionError("the cache did not answer")
            if added is False:
                generation = cache.get(GENERATION_KEY, generation)  # another process won
        return generation
    except Exception:  # a cache outage must never take a page down
        _unavailable_until = time.monotonic() + RETRY_SECONDS
        logger.warning(
            "event=page_cache_unavailable action=read retry_in=%ss", RETRY_SECONDS, exc_info=True
        )
        return None


def current_generation(request):
    """The generation for this request, read from the shared cache once per request."""
    if not hasattr(request, "_page_cache_generation"):
        request._page_cache_generation = _generation()
    return request._page_cache_generation


def purge_all(**kwargs):
    """Retire every cached page (signal receiver, so it takes any arguments)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet: nothing is cached under one either
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:
        logger.warning("event=page_cache_unavailable action=purge", exc_info=True)


def _is_candidate(request):
    if request.method not in ("GET", "HEAD") or not cache_seconds():
        return False
    if request.path.startswith(UNCACHED_PREFIXES):
        return False
    # A session cookie means someone may be logged in (or previewing): always render fresh.
    # Checking the cookie, not request.user, keeps a hit free of database queries.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def _key(request, generation):
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    url = f"{request.get_host()}{request.path}?{query}"
    # Hashed: URLs can be long and hold characters some cache servers refuse in keys.
    return f"page-cache:{generation}:{hashlib.sha256(url.encode()).hexdigest()}"


def _is_storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    session = getattr(request, "session", None)
    if request.META.get("CSRF_COOKIE_USED") or (session is not None and session.modified):
        return False  # the page holds a form token or starts a session for this visitor
    if "private" in response.get("Cache-Control", "") or "no-store" in response.get(
        "Cache-Control", ""
    ):
        return False
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    return content_type in CACHEABLE_TYPES


class AnonymousPageCacheMiddleware:
    """Serve anonymous GET/HEAD requests from the shared cache; store fresh 200 responses."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.last_generation = None  # what this process saw last: usually still current

    def _lookup(self, request):
        """(generation, stored page or None). When the generation this process saw last is
        still current, one round trip to the cache answers both; otherwise two."""
        if not cache_available():
            return None, None
        guess = self.last_generation
        if guess is not None:
            key = _key(request, guess)
            try:
                found = cache.get_many([GENERATION_KEY, key])
            except Exception:
                found = {}
            if found.get(GENERATION_KEY) == guess:
                request._page_cache_generation = guess
                return guess, found.get(key)
        generation = self.last_generation = current_generation(request)
        if generation is None:
            return None, None
        try:
            return generation, cache.get(_key(request, generation))
        except Exception:
            logger.warning("event=page_cache_unavailable action=get", exc_info=True)
            return generation, None

    def __call__(self, request):
        if not _is_candidate(request):
            return self.get_response(request)
        generation, stored = self._lookup(request)
        if generation is None:
            return self.get_response(request)
        key = _key(request, generation)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            self._mark_public(response)
            response["X-Cache"] = "HIT"
            return response

        response = self.get_response(request)
        if _is_storable(request, response):
            headers = [(name, response[name]) for name in STORED_HEADERS if name in response]
            try:
                cache.set(key, (response.status_code, headers, response.content), cache_seconds())
            except Exception:
                logger.warning("event=page_cache_unavailable action=set", exc_info=True)
            self._mark_public(response)
            response["X-Cache"] = "MISS"
        return response

    def _mark_public(self, response):
        # Browsers keep a page briefly; a CDN keeps it as long as we do and is purged with us
        # (wagtail.contrib.frontend_cache) when it is configured.
        patch_cache_control(
            response,
            public=True,
            max_age=getattr(settings, "BROWSER_CACHE_SECONDS", 60),
            s_maxage=cache_seconds(),
        )
        # The same URL differs for a logged-in editor (user bar); shared caches must know.
        patch_vary_headers(response, ["Cookie"])
