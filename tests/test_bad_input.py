"""No input breaks the site: a crawler over the demo site sends bad values to every query
parameter and form field it finds, plus odd paths. No 5xx, and no input echoed unescaped."""

from collections import defaultdict
from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
BAD_VALUES = [
    "abc",
    "-1",
    "0",
    "1.5",
    "99999999999999999999999",
    "",
    SCRIPT,
    '"><svg onload=alert(1)>',
    "\x00",
    "%00",
    "ñandú 日本",
    "x" * 5000,
    "%2e%2e/%2e%2e/etc/passwd",
    "' OR 1=1 --",
    "1e309",
    "[]",
    "NaN",
    "２０１９",  # full-width digits: Python's int() accepts them
    "-99999999999999999999999",
    "null",
]
UNKNOWN_PARAMS = ["utm_source", "foo", "page[]", "__proto__"]
PATH_SUFFIXES = ["%2e%2e/", "..%2f..%2fetc/passwd", "x" * 3000 + "/", "index.php", "a.json", "%00/"]
MAX_PAGES = 120
SKIP_PREFIXES = ("/admin", "/static", "/media", "/documents")


def same_site_links(html):
    soup = BeautifulSoup(html, "html.parser")
    links = set()
    for a in soup.find_all("a", href=True):
        parts = urlsplit(a["href"])
        on_site = parts.scheme in ("", "http") and parts.netloc in ("", "testserver")
        if on_site and parts.path.startswith("/") and not parts.path.startswith(SKIP_PREFIXES):
            links.add((parts.path, parts.query))
    # GET forms: every named control is a parameter of the form's action.
    forms = []
    for form in soup.find_all("form"):
        if (form.get("method") or "get").lower() != "get":
            continue
        names = {c["name"] for c in form.find_all(["input", "select", "textarea"]) if c.get("name")}
        forms.append((form.get("action") or "", names))
    return links, forms


def crawl(client):
    """Pages reachable from the home page, and the parameters each path is seen with."""
    seen, queue = set(), ["/"]
    params = defaultdict(set)
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code < 500, path
        if "html" not in response.get("Content-Type", ""):
            continue
        links, forms = same_site_links(response.content)
        for link_path, query in links:
            params[link_path].update(name for name, _ in parse_qsl(query, keep_blank_values=True))
            if link_path not in seen:
                queue.append(link_path)
        for action, names in forms:
            params[action or path].update(names)
    return seen, params


def test_crawler_finds_no_5xx_and_no_reflected_input(client):
    pages, params = crawl(client)
    assert len(pages) >= 40, "the crawler should reach the whole demo site"
    requests, failures = 0, []

    def check(path, query):
        nonlocal requests
        requests += 1
        response = client.get(path, query)
        if response.status_code >= 500:
            failures.append(f"{response.status_code} {path} {query!r:.120}")
        elif SCRIPT.encode() in response.content or b"<svg onload" in response.content:
            failures.append(f"reflected input: {path} {query!r:.120}")

    paths_with_params = {path: names for path, names in params.items() if names}
    assert paths_with_params, "no page with filters or forms was found"
    for path, names in paths_with_params.items():
        for name in sorted(names) + UNKNOWN_PARAMS:
            for value in BAD_VALUES:
                check(path, {name: value})
            check(path, {name: ["1", "2", SCRIPT]})  # repeated parameter
    for path in sorted(pages):
        for suffix in PATH_SUFFIXES:
            check(path + suffix, {})
        check(path, {"page": "2", "sort": SCRIPT})
    assert requests >= 2000, f"only {requests} requests"
    assert failures == []
