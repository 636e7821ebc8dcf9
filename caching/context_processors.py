"""What templates need for Wagtail's `{% wagtailcache %}` / `{% wagtailpagecache %}`:

    {% wagtailcache fragment_seconds footer request.get_host request.LANGUAGE_CODE
       cache_versions.site using=fragment_cache %}   (on one line)

- `fragment_seconds`: FRAGMENT_CACHE_SECONDS.
- `fragment_cache`: the cache alias to use: the shared cache behind each process's memo
  (caching/fragment_cache.py), or a dummy one (no round trip) when fragments are off or the
  shared cache is down.
- `cache_versions.site`, `.menu`, `.page`: the versions of SITE, MENU and of what the
  response shows (the page being served, or any page) from caching/tags.py. A fragment's key
  holds the versions of everything it shows, so a purge of any of them retires it; what was
  loaded before the fragment (the page itself, a list item) goes in by its `cache_key`.
"""

from django.conf import settings

from .render_cache import fragment_seconds
from .tags import MENU, SITE, cache_available, versions

#: settings.CACHES aliases: each process's memo in front of the shared cache
#: (caching/fragment_cache.py), and a cache that stores nothing, for fragments that are off.
FRAGMENT_CACHE = "fragments"
NO_FRAGMENT_CACHE = "fragments-off"


class TemplateVersions:
    """`cache_versions.<name>` in templates: versions read once per request."""

    def __init__(self, request):
        self.request = request

    def __getitem__(self, name):
        if not fragment_seconds():
            return ""  # fragments are off: no round trip for a key nobody uses
        state = versions(self.request)
        tags = {"site": [SITE], "menu": [MENU], "page": state.content_tags}[name]
        found = state.get(tags)
        return "" if found is None else ".".join(str(found[tag]) for tag in tags)


def fragment_cache(request):
    seconds = fragment_seconds()
    aliases = settings.CACHES
    if not (seconds and cache_available()) and NO_FRAGMENT_CACHE in aliases:
        alias = NO_FRAGMENT_CACHE
    else:  # settings that name only the default cache (a test's) use it directly
        alias = FRAGMENT_CACHE if FRAGMENT_CACHE in aliases else "default"
    return {
        "fragment_seconds": seconds,
        "fragment_cache": alias,
        "cache_versions": TemplateVersions(request),
    }
