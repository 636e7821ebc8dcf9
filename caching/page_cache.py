"""Full-page cache for anonymous visitors.

wagtail-cache, the maintained library for this, does not support Wagtail 8 yet (3.0.0 pins
wagtail<8.0), so this is a small middleware of our own on Django's cache API.

The rules, so that new views fit without reading this file:
- Only anonymous GET/HEAD requests (no session cookie) outside /admin/, /documents/ and the
  static and media files are looked up or stored. A POST is never cached.
- Only 200 responses of an HTML, feed, calendar, XML or text type are stored, and not when
  they set a cookie, use the CSRF token, change the session or say `Cache-Control: private`
  or `no-store` (Django's `never_cache` and `cache_control(private=True)` do).
- A stored page is stamped with the versions of its dependency tags (caching/tags.py): the
  page Wagtail served (its sub-routes and query strings included), the menu and SITE; a view
  that serves no page depends on PAGES (any page) unless it names what it shows with
  `caching.tags.depend_on(request, ...)`. caching/purge.py retires those tags, so a publish
  retires the pages that show what changed, in every process, and no others.

The scheduler runs in its own process, so the cache must be one all processes share (Redis, or
the file cache without Redis), never per-process memory.
"""

import gzip
import hashlib
import logging
import re
from collections import OrderedDict

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import urlencode

from .tags import (
    KEY_PREFIX,
    MENU,
    PAGES,
    SITE,
    cache_available,
    report_outage,
    shared_cache,
    versions,
)

logger = logging.getLogger(__name__)

#: Paths that are per-user, never public pages, or served by another layer.
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/django-admin/", "/static/", "/media/")
CACHEABLE_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "text/calendar")
CACHEABLE_TYPES += ("application/xml", "text/xml", "text/plain")
#: Headers kept with a page, as they will be sent (Cache-Control and Vary included), so a hit
#: only copies them. The middleware sits outside django-csp's and the clickjacking one, so a
#: hit skips them: their headers are stored. Django's SecurityMiddleware and ours
#: (Permissions-Policy) are outside the cache and add theirs to every response.
STORED_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Disposition",
    "Link",
    "Vary",
    "Cache-Control",
    "Last-Modified",
    "ETag",
    "Content-Security-Policy",
    "Content-Security-Policy-Report-Only",
    "X-Frame-Options",
)
#: As django.middleware.gzip decides whether a client takes gzip, and the size below which it
#: does not compress.
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
GZIP_MIN_LENGTH = 200
#: How many URLs' dependency tags each process remembers, to read them in the same round
#: trip as the page itself (only tag names: a miss costs one more round trip, nothing else).
KNOWN_TAGS_SIZE = 5000


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def is_candidate(request):
    """Whether the page cache may answer this request (it never touches the database)."""
    if request.method not in ("GET", "HEAD") or not cache_seconds():
        return False
    if request.path.startswith(UNCACHED_PREFIXES):
        return False
    # A session cookie means someone may be logged in (or previewing): always render fresh.
    # Checking the cookie, not request.user, keeps a hit free of database queries.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def page_key(request):
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    url = f"{request.get_host()}{request.path}?{query}"
    # Hashed: URLs can be long and hold characters some cache servers refuse in keys.
    return f"page-cache:{hashlib.sha256(url.encode()).hexdigest()}"


def gzip_key(key):
    """The key of the gzipped copy of the page stored under `key`."""
    return f"{key}:gzip"


def accepts_gzip(request):
    return bool(ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def is_storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    session = getattr(request, "session", None)
    if request.META.get("CSRF_COOKIE_USED") or (session is not None and session.modified):
        return False  # the page holds a form token or starts a session for this visitor
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    if "nonce-" in response.get("Content-Security-Policy", ""):
        return False  # a nonce is for one response only
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    return content_type in CACHEABLE_TYPES


class AnonymousPageCacheMiddleware:
    """Serve anonymous GET/HEAD requests from the shared cache; store fresh 200 responses."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.known_tags = OrderedDict()  # page key -> its tags, as this process last saw them

    def _lookup(self, request, key):
        """The stored page if its stamp is current, else None. One round trip when this
        process knows the page's tags, two otherwise."""
        cache = shared_cache()
        if not cache_available(cache):
            return None
        guess = self.known_tags.get(key, (SITE, MENU, PAGES))
        # A client that takes gzip is sent the copy compressed when the page was stored.
        variant = gzip_key(key) if accepts_gzip(request) else key
        try:
            found = cache.get_many([variant, *(f"{KEY_PREFIX}{tag}" for tag in guess)])
        except Exception:
            report_outage("get", cache)
            return None
        state = versions(request)
        if state.get(guess, found) is None:
            return None
        stored = found.get(variant)
        if stored is None:
            return None
        stamp, status, headers, content = stored
        self._remember_tags(key, [tag for tag, _version in stamp])
        return (status, headers, content) if state.is_current(stamp) else None

    def __call__(self, request):
        if not is_candidate(request):
            return self.get_response(request)
        key = page_key(request)
        stored = self._lookup(request, key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["Content-Length"] = str(len(content))
            response["X-Cache"] = "HIT"
            return response

        response = self.get_response(request)
        if is_storable(request, response):
            state = versions(request)
            tags = state.response_tags
            stamp = state.stamp(tags)
            if stamp is not None:
                self._mark_public(request, response)
                if state.is_settled(stamp):
                    self._store(key, tags, stamp, response)
                response["X-Cache"] = "MISS"
        return response

    def _store(self, key, tags, stamp, response):
        """Store the page as it will be sent, and a gzipped copy for clients that take gzip.

        The work a hit would otherwise repeat is done here once: the ETag (which Django's
        ConditionalGetMiddleware would hash the body for on every hit; it still answers
        If-None-Match and If-Modified-Since with a 304 from it) and the compression (which
        GZipMiddleware would redo on every hit). The gzipped copy is what GZipMiddleware
        sends, without its random padding: that padding hides the length of a secret in a
        compressed body from BREACH, and a stored page holds none. Only anonymous pages are
        stored, never one that used the CSRF token, set a cookie or carries a CSP nonce
        (is_storable), and every visitor is sent the same bytes.
        """
        content = response.content
        if content and not response.has_header("ETag"):
            response["ETag"] = f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'
        entries = {}
        if len(content) >= GZIP_MIN_LENGTH and not response.has_header("Content-Encoding"):
            patch_vary_headers(response, ["Accept-Encoding"])  # what GZipMiddleware adds
            compressed = gzip.compress(content, compresslevel=6, mtime=0)
            if len(compressed) < len(content):
                headers = self._headers(response)
                headers = [
                    (name, f"W/{value}" if name == "ETag" and value.startswith('"') else value)
                    for name, value in headers
                ]
                headers.append(("Content-Encoding", "gzip"))
                entries[gzip_key(key)] = (stamp, response.status_code, headers, compressed)
        entries[key] = (stamp, response.status_code, self._headers(response), content)
        # A page too short (or too dense) to compress is sent as it is to every client.
        entries.setdefault(gzip_key(key), entries[key])
        try:
            shared_cache().set_many(entries, cache_seconds())
        except Exception:
            logger.warning("event=page_cache_unavailable action=set", exc_info=True)
            return
        self._remember_tags(key, tags)

    @staticmethod
    def _headers(response):
        return [(name, response[name]) for name in STORED_HEADERS if name in response]

    def _remember_tags(self, key, tags):
        self.known_tags[key] = tuple(tags)
        self.known_tags.move_to_end(key)
        while len(self.known_tags) > KNOWN_TAGS_SIZE:
            self.known_tags.popitem(last=False)

    def _mark_public(self, request, response):
        # Browsers keep a page briefly; a CDN as long as we do, and it is purged with us
        # (wagtail.contrib.frontend_cache) when it is configured. A CDN cannot be told about
        # every filter, page number and search, so it keeps those only as long as a browser.
        browser = getattr(settings, "BROWSER_CACHE_SECONDS", 60)
        shared = browser if request.GET else cache_seconds()
        patch_cache_control(response, public=True, max_age=browser, s_maxage=shared)
        # The same URL differs for a logged-in editor (user bar); shared caches must know.
        patch_vary_headers(response, ["Cookie"])
