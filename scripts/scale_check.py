"""`make scale-check`: two app processes sharing one PostgreSQL and one Redis stay consistent.

Starts two production-settings gunicorn processes (A and B) on two ports against the same
database and Redis, with the page cache on. It fills both caches with an update page and the
update list, publishes a new title for that page from a third process (manage.py shell, as an
editor's publish or the scheduler would), then checks that A and B both serve the new title at
once on the page and in the list, with no stale cached copy. It puts the old title back and
checks again. Then the same with the page cache off and the render caches on (shared fragments
plus each process's own memos, caching/render_cache.py). Prints PASS or FAIL; exit code 0/1.

    .venv/bin/python scripts/scale_check.py
"""

import os
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (
    demo_urls,
    fetch,
    free_port,
    log,
    manage,
    production_env,
    start_gunicorn,
    stop,
)

PUBLISH = (
    "from wagtail.models import Page;"
    "page = Page.objects.get(url_path__endswith={path!r}).specific;"
    "page.title = {title!r};"
    "page.save_revision().publish()"
)
TITLE = (
    "from wagtail.models import Page; print(Page.objects.get(url_path__endswith={path!r}).title)"
)


def main():
    database_url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/results_bench"
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
    env = production_env(
        database_url, redis_url, PAGE_CACHE_SECONDS=300, CACHE_KEY_PREFIX="results-scale"
    )
    dev_env = dict(env, DJANGO_SETTINGS_MODULE="mep_site.settings.dev")
    log("Preparing the database (migrate, demo content)")
    manage(dev_env, "migrate", "--noinput", "-v0")
    manage(dev_env, "load_demo_content")
    path = demo_urls(env)["update"]
    original = manage(env, "shell", "-c", TITLE.format(path=path), capture=True).strip()
    original = original.splitlines()[-1]  # after Django's "N objects imported" notice

    failures = []

    def check(name, ok, detail=""):
        print(f"{'PASS' if ok else 'FAIL'}: {name}{f' ({detail})' if detail else ''}", flush=True)
        if not ok:
            failures.append(name)

    list_path = demo_urls(env)["updates"]
    modes = (("page cache on", 300), ("page cache off, render caches on", 0))
    for mode, seconds in modes:
        log(f"--- {mode}")
        mode_env = dict(env, PAGE_CACHE_SECONDS=str(seconds))
        ports = {"A": free_port(), "B": free_port()}
        servers = {}
        try:
            for name, port in ports.items():
                servers[name] = start_gunicorn(mode_env, port, workers=1)
                log(f"process {name}: gunicorn on port {port}, pid {servers[name].pid}")

            def get(name, url=path, ports=ports):
                return fetch(f"http://127.0.0.1:{ports[name]}{url}")

            for name in ports:
                get(name), get(name, list_path)  # fills the caches and the process's memos
                status, headers, _ = get(name)
                if seconds:
                    check(
                        f"{name} serves {path} from the shared page cache",
                        headers["X-Cache"] == "HIT",
                    )
                else:
                    check(f"{name} serves {path} (render caches warm)", status == 200)

            for title in (f"{original} (scale check {secrets.token_hex(3)})", original):
                manage(env, "shell", "-c", PUBLISH.format(path=path, title=title))
                log(f"published title {title!r} from a third process")
                for name in ports:
                    status, headers, body = get(name)
                    check(
                        f"{name} serves the new title at once",
                        status == 200 and f"<h1>{title}</h1>" in body.replace("&#x27;", "'"),
                        f"status {status}, X-Cache {headers.get('X-Cache')}",
                    )
                    status, headers, body = get(name, list_path)
                    check(
                        f"{name} lists the new title at once on {list_path}",
                        status == 200 and f">{title}</a>" in body.replace("&#x27;", "'"),
                        f"status {status}, X-Cache {headers.get('X-Cache')}",
                    )
        finally:
            for server in servers.values():
                stop(server)
    print("PASS" if not failures else f"FAIL ({len(failures)} checks failed)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
