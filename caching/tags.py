"""Dependency tags: what a cached page, fragment or value was built from, so that a change
retires what depends on it and nothing else.

A tag names something that can change: one page (`page_tag(page)`), the primary navigation
(`MENU`), any page at all (`PAGES`: search, the sitemap, views that are not a page) or
everything pages show besides pages (`SITE`: settings, snippets, images, documents, privacy).
Each tag has a *version* in the shared cache (Redis, or the file cache): the time, in
nanoseconds, of the last change. Whatever is cached records the versions of its tags as they
were when it was built (its *stamp*) and is used only while they are unchanged; `retire()`
writes new versions, so a publish in any process (the scheduler's too) retires everything
stamped with the old ones at the next request of every process.

Each request reads a tag's version at most once (`versions(request)`), the first time
something needs it, so a page of ten fragments costs a round trip or two, not ten.

Two rules keep a change from being lost to a request that was rendering while it happened,
whenever that request read the versions:
- caching/purge.py retires a change's tags when it is made and again once it is committed,
  so whatever was built from the data before the commit carries an old version; and
- nothing is stored with a version newer than the request itself (`is_settled`): such a
  request may have read the data before the commit and the version after it.
Fragments (`{% wagtailcache %}`) cannot follow the second rule, so their keys read versions
before their content is rendered, and vary on `page.cache_key` for the page (or list item)
that was loaded before.
"""

import logging
import time
import weakref

from django.core.cache import caches

logger = logging.getLogger(__name__)

SITE = "site"
MENU = "menu"
PAGES = "pages"
KEY_PREFIX = "cache-tag:"

#: Versions written this close to a request's start (clocks of two servers may differ by
#: this much) count as newer than the request: what it built is used but not stored.
SETTLED_NS = 1_000_000_000

#: After a failed read, this process leaves the cache alone for this long: during an outage
#: each request would otherwise wait for (and log) a failed connection per cached fragment.
RETRY_SECONDS = 5
#: cache backend -> monotonic time until which it counts as down. Per backend object, so a
#: test (or a settings change) that points the cache elsewhere starts with a clean slate.
_unavailable_until = weakref.WeakKeyDictionary()


def page_tag(page_or_id):
    return f"page-{getattr(page_or_id, 'pk', page_or_id)}"


def shared_cache():
    return caches["default"]


def cache_available(cache=None):
    cache = cache or shared_cache()
    return time.monotonic() >= _unavailable_until.get(cache, 0.0)


def report_outage(action, cache=None):
    _unavailable_until[cache or shared_cache()] = time.monotonic() + RETRY_SECONDS
    logger.warning(
        "event=page_cache_unavailable action=%s retry_in=%ss", action, RETRY_SECONDS, exc_info=True
    )


def _key(tag):
    return f"{KEY_PREFIX}{tag}"


def read_versions(tags, found=None):
    """{tag: version} from the shared cache, None when it is down. found: what an earlier
    get_many already returned (keys as _key(tag)), to save a round trip."""
    cache = shared_cache()
    if not cache_available(cache):
        return None
    tags = list(tags)
    try:
        if found is None:
            found = cache.get_many([_key(tag) for tag in tags]) if tags else {}
        versions = {}
        for tag in tags:
            version = found.get(_key(tag))
            if version is None:
                # A fresh or flushed cache: any new number will do, as long as nothing was
                # stamped with it; the clock, set back a minute so that it counts as settled.
                version = time.time_ns() - 60_000_000_000
                added = cache.add(_key(tag), version, timeout=None)
                if added is None:
                    # django-redis answers None instead of raising when it ignored an error.
                    raise ConnectionError("the cache did not answer")
                if added is False:  # another process was first
                    version = cache.get(_key(tag), version)
            versions[tag] = version
        return versions
    except Exception:  # a cache outage must never take a page down
        report_outage("read", cache)
        return None


def retire(tags):
    """New versions for these tags: everything stamped with the old ones is retired."""
    tags = set(tags)
    if not tags:
        return
    now = time.time_ns()
    try:
        shared_cache().set_many({_key(tag): now for tag in tags}, timeout=None)
    except Exception:
        logger.warning("event=page_cache_unavailable action=purge", exc_info=True)


class RequestVersions:
    """The tag versions one request has read, and the tags its response depends on."""

    def __init__(self):
        self.started_ns = time.time_ns()
        self.known = {}
        self.available = True
        #: What the response shows besides SITE and MENU: the page it serves (set by the
        #: before_serve_page hook, caching/wagtail_hooks.py) or what a view declares.
        self.served = set()

    def get(self, tags, found=None):
        """{tag: version} for these tags, or None when the cache is down."""
        if not self.available:
            return None
        missing = [tag for tag in tags if tag not in self.known]
        if missing:
            # Whatever else this request is likely to need comes in the same round trip;
            # with `found` (a round trip already made), only what that one brought: a tag
            # it did not ask for would cost one or two more (a page-cache hit used to make
            # three round trips instead of one, reading PAGES that its stamp did not name).
            missing += [
                tag
                for tag in self.likely_tags
                if tag not in self.known
                and tag not in missing
                and (found is None or _key(tag) in found)
            ]
            read = read_versions(missing, found)
            if read is None:
                self.available = False
                return None
            self.known.update(read)
        return {tag: self.known[tag] for tag in tags}

    @property
    def likely_tags(self):
        # PAGES too: the home page's lists and feed links, search and the sitemap depend on
        # it, and one more key in the first read costs nothing, a second read a round trip.
        return [SITE, MENU, PAGES, *self.served]

    def stamp(self, tags):
        versions = self.get(sorted(set(tags)))
        return None if versions is None else tuple(versions.items())

    def is_current(self, stamp):
        current = self.get([tag for tag, _version in stamp])
        return current is not None and all(current[tag] == version for tag, version in stamp)

    def is_settled(self, stamp):
        """No version in the stamp is newer than this request (see the module's rules)."""
        return all(version < self.started_ns - SETTLED_NS for _tag, version in stamp)

    def depend_on(self, *tags):
        """The response shows what these tags stand for (their versions are read when a
        cache first needs them)."""
        self.served.update(tags)

    @property
    def content_tags(self):
        """What the response shows besides SITE and MENU (any page, unless it said)."""
        return sorted(self.served) or [PAGES]

    @property
    def response_tags(self):
        return [SITE, MENU, *self.content_tags]


def versions(request):
    """The RequestVersions of this request (made on first use)."""
    state = getattr(request, "cache_versions", None)
    if state is None:
        state = request.cache_versions = RequestVersions()
    return state


def depend_on(request, *tags):
    """Declare that this request's response shows what `tags` stand for (a view that serves
    a page outside Wagtail's router, such as the iCalendar feed, names that page)."""
    if request is not None:
        versions(request).depend_on(*tags)
