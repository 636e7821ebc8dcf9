"""The project uses its libraries' public APIs only (issue #16): no private attribute of
Wagtail, Django or django-csp is read or written, and none of the caching shortcuts that did
so (a per-process memo of Wagtail's routing, objects stashed on pages) comes back. A hit names
the file and line."""

import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PACKAGES = ["mep_site", "caching", *settings.CONTENT_APPS]
FORBIDDEN = {
    "a Wagtail private attribute (_wagtail_site, _wagtail_route_for_request, ...)": r"\._wagtail",
    "Django's private HttpRequest._get_raw_host()": r"_get_raw_host",
    "django-csp internals": (
        r"CheckableLazyObject|_csp_nonce|_csp_(config|update|replace|exempt)(_ro)?\b"
        r"|PER_RESPONSE_POLICY"
    ),
    "the removed route memo": r"RouteMemoMiddleware|_memo_view_restrictions",
    "objects stashed on pages across requests": r"_breadcrumb_ancestors",
    "a test-only switch in the cache code": r"mark_available",
    "the home-made fragment tag ({% wagtailcache %} replaces it)": r"cachedfragment",
}


def project_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*")):
            if path.suffix in {".py", ".html", ".txt"} and "migrations" not in path.parts:
                yield path
    yield from sorted((ROOT / "templates").rglob("*.html"))


@pytest.mark.parametrize("what", FORBIDDEN)
def test_no_private_names_of_libraries_in_the_code(what):
    pattern = re.compile(FORBIDDEN[what])
    hits = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in project_files()
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if pattern.search(line)
    ]
    assert hits == [], f"{what}:\n" + "\n".join(hits)


def test_the_check_sees_the_code():
    files = [path.relative_to(ROOT).as_posix() for path in project_files()]
    assert "caching/page_cache.py" in files and "templates/base.html" in files
    assert "pages/middleware.py" in files
