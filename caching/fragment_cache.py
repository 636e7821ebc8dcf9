"""The cache behind `{% wagtailcache %}` fragments: each process's memo in front of the shared
cache, so a page of several fragments costs no round trip once they are known.

The memo needs no purge of its own: a fragment's key holds the versions of everything it
shows (caching/context_processors.py), so after a change the same fragment has a new key and
the old entry is simply never asked for again; entries also expire after the timeout given
(FRAGMENT_CACHE_SECONDS), counted from when this process stored or first read them. Only
rendered text is kept, which is immutable. RENDER_MEMO_SIZE entries per process (0: no memo,
every fragment from the shared cache).

    CACHES["fragments"] = {"BACKEND": "caching.fragment_cache.MemoizedCache",
                           "LOCATION": "default"}   # the alias of the shared cache
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache


class MemoizedCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)
        self.shared_alias = location or "default"
        self.lock = threading.Lock()
        self.memo = OrderedDict()

    @property
    def shared(self):
        return caches[self.shared_alias]

    def _remember(self, key, value, timeout):
        size = getattr(settings, "RENDER_MEMO_SIZE", 0)
        if size <= 0 or not isinstance(value, str):
            return
        seconds = self.get_backend_timeout(timeout)
        expires = time.monotonic() + (seconds if seconds is not None else 365 * 86400)
        with self.lock:
            self.memo[key] = (expires, value)
            self.memo.move_to_end(key)
            while len(self.memo) > size:
                self.memo.popitem(last=False)

    def get(self, key, default=None, version=None):
        with self.lock:
            item = self.memo.get(key)
            if item is not None:
                if item[0] > time.monotonic():
                    self.memo.move_to_end(key)
                    return item[1]
                del self.memo[key]
        value = self.shared.get(key, version=version)
        if value is None:
            return default
        self._remember(key, value, DEFAULT_TIMEOUT)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.shared.set(key, value, timeout, version=version)
        self._remember(key, value, timeout)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.shared.add(key, value, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.shared.touch(key, timeout, version=version)

    def delete(self, key, version=None):
        with self.lock:
            self.memo.pop(key, None)
        return self.shared.delete(key, version=version)

    def has_key(self, key, version=None):
        return self.get(key, version=version) is not None

    def clear(self):
        with self.lock:
            self.memo.clear()
        return self.shared.clear()
