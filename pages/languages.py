"""The language versions of what a visitor is looking at, for the language selector in the header
and the hreflang links in the head. A page's versions share Wagtail's translation_key."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page, Site

from caching.render_cache import cached_value

from .queries import content_language, page_language, visible_pages


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    #: The language's name in that language ("Español"), as a language selector shows it.
    name: str
    #: Where the selector goes: the same page in this language, else this language's home page.
    url: str
    #: The absolute URL of the same page in this language, for hreflang; "" when there is none.
    alternate_url: str
    current: bool
    #: The live home page in this language (None if there is none).
    home: Page | None


def language_versions(request, page=None):
    """One LanguageVersion per language of the site, looked up once per request (with one
    query, kept in the fragment cache until the next publish: the header's menu, the language
    selector and the hreflang links all use it)."""
    cached = getattr(request, "_language_versions", None)
    if cached is None:
        key = [getattr(page, "pk", None), request.get_full_path()]
        cached = cached_value(request, "language-versions", key, lambda: _versions(request, page))
        request._language_versions = cached
    return cached


def _versions(request, page):
    site = Site.find_for_request(request)
    if site is None:
        return []
    root = site.root_page
    keys = {root.translation_key} | ({page.translation_key} if isinstance(page, Page) else set())
    versions = {
        (version.translation_key, page_language(version)): version
        for version in visible_pages(Page.objects.filter(translation_key__in=keys)).specific(
            defer=True
        )
    }
    # A sub-route of the page (a calendar month, one state) and its filters carry over.
    suffix = query = ""
    if isinstance(page, Page):
        page_url = page.get_url(request) or ""
        if page_url and request.path.startswith(page_url):
            suffix = request.path[len(page_url) :]
        query = f"?{request.GET.urlencode()}" if request.GET else ""
    match = getattr(request, "resolver_match", None)
    is_page_route = match is None or match.url_name == "wagtail_serve"
    active = content_language()
    result = []
    for code, name in settings.LANGUAGES:
        same_page = versions.get((page.translation_key, code)) if isinstance(page, Page) else None
        home = versions.get((root.translation_key, code))
        if same_page is not None:
            url = f"{same_page.get_url(request)}{suffix}{query}"
            # Absolute as the canonical link is: the site's own address.
            alternate = f"{same_page.get_full_url(request)}{suffix}"
        elif not is_page_route:
            # Search and other views exist in every language under the same name.
            url, alternate = translate_url(request.get_full_path(), code), ""
        else:
            url, alternate = (home.get_url(request) if home else "/"), ""
        result.append(LanguageVersion(code, name, url, alternate, code == active, home))
    return result


def visitor_home(request, page=None):
    """The home page in the visitor's language, else the site's root page."""
    for version in language_versions(request, page):
        if version.current and version.home is not None:
            return version.home
    site = Site.find_for_request(request)
    return site.root_page if site else None
