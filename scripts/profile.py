"""`make profile`: where the time goes when a page is built from nothing (pyinstrument).

    .venv/bin/python scripts/profile.py [--mode cold|render] [--repeat 20] URL [URL ...]

Each URL is requested through Django's full middleware stack in this process, with the
production behaviour that matters for speed (DEBUG off, the database and cache from
DATABASE_URL and REDIS_URL), first once to warm up, then --repeat times under the profiler.
*cold* (the default) turns the page cache and every render cache off, so each request builds
the page from the database, as the first visit after a publish does; *render* keeps the render
caches on and the page cache off. Prints the query count, the time Wagtail's routing alone
takes (the floor of every request the page cache does not answer) and the call tree of each
URL (PROFILE_SHOW_ALL=1: with the library frames it hides by default), and writes an HTML
report per URL to .profile/ (open it in a browser). A measurement aid, not a test: speed is
measured with `make bench`.
"""

import argparse
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("urls", nargs="+", help="paths such as / or /updates/?page=2")
    parser.add_argument("--mode", choices=["cold", "render"], default="cold")
    parser.add_argument("--repeat", type=int, default=20, help="requests per URL to profile")
    parser.add_argument("--out", default=str(ROOT / ".profile"), help="folder for HTML reports")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mep_site.settings.dev")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    if args.mode == "cold":
        os.environ["FRAGMENT_CACHE_SECONDS"] = "0"
        os.environ["RENDER_MEMO_SIZE"] = "0"
    os.environ["DEBUG"] = "false"

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from pyinstrument import Profiler

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    for url in args.urls:
        first = client.get(url)
        if first.status_code != 200:
            print(f"{url}: status {first.status_code}, skipped")
            continue
        # Counted by a wrapper: Django empties connection.queries at the start of every
        # request, so CaptureQueriesContext around a whole request counts nothing.
        queries = []

        def count(execute, sql, *rest, queries=queries):
            queries.append(sql)
            return execute(sql, *rest)

        with connection.execute_wrapper(count):
            client.get(url)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(args.repeat):
            client.get(url)
        profiler.stop()
        session = profiler.last_session
        per_request = session.duration / args.repeat * 1000
        cpu = session.cpu_time / args.repeat * 1000
        routing = routing_ms(url, args.repeat)
        print(
            f"\n=== {url} ({args.mode}): {per_request:.1f} ms a request ({cpu:.1f} ms CPU), "
            f"{len(queries)} queries, {len(first.content):,} bytes; Wagtail's routing alone "
            + (f"{routing:.1f} ms" if routing is not None else "none (not a Wagtail page)")
        )
        print(
            profiler.output_text(
                unicode=True, color=False, show_all=bool(os.environ.get("PROFILE_SHOW_ALL"))
            )
        )
        name = re.sub(r"[^\w]+", "-", url).strip("-") or "home"
        report = out / f"{name}-{args.mode}.html"
        report.write_text(profiler.output_html())
        print(f"HTML report: {report.relative_to(ROOT) if report.is_relative_to(ROOT) else report}")


def routing_ms(url, repeat):
    """Milliseconds Wagtail takes to find the page for `url` and its view restrictions, as it
    does for every request the page cache does not answer (the floor of any uncached page);
    None for a URL that Wagtail does not route (site search, the sitemap)."""
    import time

    from django.conf import settings
    from django.test import RequestFactory
    from django.urls import resolve
    from django.utils import translation
    from wagtail.models import Page

    full_path = url.split("?", 1)[0]
    # What Wagtail's serve view is given: the path without the language prefix (/es/),
    # routed with that language active. The prefix is stripped only while its language is
    # active, and Wagtail's URL pattern passes the path as a positional argument.
    language = translation.get_language_from_path(full_path) or settings.LANGUAGE_CODE
    with translation.override(language):
        match = resolve(full_path)
    if match.url_name != "wagtail_serve":
        return None
    path = "/" + (match.args[0] if match.args else match.kwargs.get("path", ""))

    def route():
        request = RequestFactory().get(url)
        with translation.override(language):
            page = Page.route_for_request(request, path)[0]
            list(page.get_view_restrictions())

    route()
    started = time.perf_counter()
    for _ in range(repeat):
        route()
    return (time.perf_counter() - started) / repeat * 1000


if __name__ == "__main__":
    main()
