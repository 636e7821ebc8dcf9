"""Cheaper rendering when the full-page cache misses, is bypassed or is off: values that are
the same for every visitor (the menu, listing counts and filter choices, search results,
language versions, image markup), kept until what they depend on changes.

`cached_value(request, name, vary, compute, tags=...)`: compute() once for this host and
language, kept in the shared cache (so each value is built once for all processes) and in a
small per-process memo in front of it (so a page of many values costs no extra round trips).
Each value is stamped with the versions of its dependency tags (caching/tags.py), checked on
every use; by default the page being served (or, for a view that serves no page, any page)
and SITE. Rendered fragments of templates use Wagtail's `{% wagtailcache %}` with the same
versions in their keys (caching/context_processors.py).

The memo keeps nothing that could be shared between requests: strings as they are, anything
else pickled, so each request gets objects of its own (no page object outlives its request).
Previews never use either cache (they show a draft). When the shared cache is down, nothing
here is used and values come from the database.

FRAGMENT_CACHE_SECONDS=0 turns values and fragments off; RENDER_MEMO_SIZE=0 the memo.
"""

import hashlib
import logging
import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.utils import translation

from .tags import SITE, shared_cache, versions

logger = logging.getLogger(__name__)


def fragment_seconds():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def memo_size():
    return getattr(settings, "RENDER_MEMO_SIZE", 0)


class ValueMemo:
    """A per-process LRU map of key -> (expiry, stamp, value) with values kept as immutable
    text or pickled bytes."""

    def __init__(self):
        self.lock = threading.Lock()
        self.items = OrderedDict()

    def get(self, key):
        with self.lock:
            item = self.items.get(key)
            if item is None:
                return None
            expires, stamp, kept = item
            if expires <= time.monotonic():
                del self.items[key]
                return None
            self.items.move_to_end(key)
        return stamp, (kept if isinstance(kept, str) else pickle.loads(kept))  # noqa: S301 - our own bytes

    def set(self, key, stamp, value, seconds):
        size = memo_size()
        if size <= 0:
            return
        kept = value if isinstance(value, str) else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self.lock:
            self.items[key] = (time.monotonic() + seconds, stamp, kept)
            self.items.move_to_end(key)
            while len(self.items) > size:
                self.items.popitem(last=False)


_memo = ValueMemo()


def default_tags(request):
    """What a value depends on unless its caller says: SITE and the page being served, or any
    page for a view that serves none (site search)."""
    return [SITE, *versions(request).content_tags]


def cached_value(request, name, vary, compute, *, tags=None):
    """compute(), kept until one of `tags` changes, for this host and language.

    vary: anything else the value depends on (a page id, a flag, the query string).
    tags: caching.tags names (SITE, MENU, PAGES, page_tag(page)); see default_tags. The value
    must be picklable and must not depend on who is asking.
    """
    tags = default_tags(request) if tags is None and request is not None else tags
    return cached_lookup(request, name, vary, lambda: (compute(), ()), tags=tags)


def cached_lookup(request, name, vary, compute, *, tags=()):
    """Like cached_value, for a value whose dependencies are known only once it is built:
    compute() returns (value, its tags), and the value is kept until any of those or of
    `tags` changes (the page Wagtail's router found for a path, say)."""
    if request is None or not fragment_seconds() or getattr(request, "is_preview", False):
        return compute()[0]
    state = versions(request)
    parts = [name, request.get_host(), translation.get_language() or "", *map(str, vary)]
    key = f"value:{hashlib.sha256(chr(31).join(parts).encode()).hexdigest()}"
    remembered = _memo.get(key)
    # The versions the remembered value was stamped with come in the same read (a route's
    # stamp names the page found, which the request could not have guessed).
    stamped = [tag for tag, _version in remembered[0]] if remembered is not None else []
    if state.get([SITE, *tags, *stamped]) is None:  # the cache is down: build from the database
        return compute()[0]
    if remembered is not None and state.is_current(remembered[0]):
        return remembered[1]
    try:
        stored = shared_cache().get(key)
    except Exception:  # a cache outage must never take a page down
        logger.warning("event=fragment_cache_unavailable action=get", exc_info=True)
        stored = None
    if stored is not None and state.is_current(stored[0]):
        stamp, value = stored
    else:
        value, found_tags = compute()
        stamp = state.stamp([SITE, *tags, *found_tags])
        if stamp is None or not state.is_settled(stamp):
            return value
        try:
            shared_cache().set(key, (stamp, value), fragment_seconds())
        except Exception:
            logger.warning("event=fragment_cache_unavailable action=set", exc_info=True)
    # The shared cache counts its expiry from when the value was built; this memo from now,
    # so a value read near its end can live here for up to twice FRAGMENT_CACHE_SECONDS.
    _memo.set(key, stamp, value, fragment_seconds())
    return value
