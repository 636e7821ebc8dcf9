"""`make lighthouse`: audit one URL per page type of the demo site with Lighthouse.

Serves the site the way production does (gunicorn, production settings with DEBUG off,
collected and compressed static files) from a throw-away demo database and media folder, runs
Lighthouse (npm, pinned in package.json) in Debian's Chromium, prints the four category scores
per URL and exits non-zero when any is below its target.

Environment: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_PORT (default 8765),
LIGHTHOUSE_PRESET ("mobile", Lighthouse's default with simulated slow 4G and CPU, or "desktop"),
LIGHTHOUSE_ONLY (comma-separated labels from the first column, to audit just those).

Pages that send `noindex` on purpose (search results, calendar months) fail Lighthouse's
"is-crawlable" SEO audit by design; that audit alone does not fail the run for them.
"""

import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
NOINDEX_BY_DESIGN = {"search", "calendar"}
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}

# Prints "label<TAB>path" for the first public page of every page type and the routes that
# are not pages of their own (calendar month, one state, search results).
LIST_URLS = """
from wagtail.models import get_page_models
from pages.queries import visible_pages
for model in get_page_models():
    if model._meta.abstract or model._meta.label == "wagtailcore.Page":
        continue
    page = visible_pages(model.objects.all()).order_by("path").first()
    if page is not None:
        print(f"{model._meta.label}\\t{page.url}")
        if model._meta.label == "events.EventIndexPage":
            print(f"calendar\\t{page.url}calendar/")
        if model._meta.label == "pages.StateDirectoryPage":
            print(f"state\\t{page.url}fl/")
print("search\\t/search/?q=migrant")
"""


def run(args, env, **kwargs):
    return subprocess.run(args, env=env, cwd=ROOT, check=True, **kwargs)  # noqa: S603


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our local server
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"The site did not start at {url}")


def main():
    port = os.environ.get("LIGHTHOUSE_PORT", "8765")
    preset = os.environ.get("LIGHTHOUSE_PRESET", "mobile")
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    base = f"http://127.0.0.1:{port}"
    work = Path(tempfile.mkdtemp(prefix="results-lighthouse-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{work / 'demo.sqlite3'}",
        "MEDIA_ROOT": str(work / "media"),
        # Its own page cache too: the worktree's .cache/ may hold pages of another demo
        # database (a running `make run`), whose image URLs do not exist here.
        "CACHE_DIR": str(work / "cache"),
        "CHROME_PATH": chrome,
    }
    env.pop("REDIS_URL", None)  # a file cache of its own, not a shared Redis
    dev = {**env, "DJANGO_SETTINGS_MODULE": "mep_site.settings.dev"}
    prod = {
        **env,
        "DJANGO_SETTINGS_MODULE": "mep_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on localhost: no redirect to HTTPS and no HSTS, everything else as live.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
    }
    print(f"Demo database and media in {work}", flush=True)
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], dev)
    try:  # quiet unless it fails: the loader logs every page it creates
        run([PYTHON, "manage.py", "load_demo_content"], dev, capture_output=True)
    except subprocess.CalledProcessError as error:
        sys.stderr.write(error.stderr.decode())
        raise
    run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0", "--ignore", "scss"],
        prod,
    )
    listing = run([PYTHON, "manage.py", "shell", "-c", LIST_URLS], dev, capture_output=True)
    urls = [line.split("\t") for line in listing.stdout.decode().splitlines() if "\t" in line]
    only = {label for label in os.environ.get("LIGHTHOUSE_ONLY", "").split(",") if label}
    if only:
        urls = [(label, path) for label, path in urls if label in only]

    server = subprocess.Popen(  # noqa: S603
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "lighthouse_wsgi:application",
            "--pythonpath",
            f"{ROOT / 'scripts'},{ROOT}",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env=prod,
        cwd=ROOT,
    )
    failures, rows = [], []
    try:
        wait_for(base + "/")
        for label, path in urls:
            report = work / f"{label.replace('.', '-')}.json"
            args = [
                str(ROOT / "node_modules" / ".bin" / "lighthouse"),
                base + path,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                "--only-categories=performance,accessibility,best-practices,seo",
                "--chrome-flags=--headless=new --no-sandbox",
            ]
            if preset == "desktop":
                args.append("--preset=desktop")
            # Warm the page (renditions, caches) so the audit measures the site, not set-up.
            urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310
            subprocess.run(args, env=env, cwd=ROOT, check=False)  # noqa: S603
            if not report.exists():
                failures.append(f"{label}: Lighthouse produced no report")
                continue
            data = json.loads(report.read_text())
            scores = {key: round((data["categories"][key]["score"] or 0) * 100) for key in TARGETS}
            rows.append((label, path, scores))
            for key, target in TARGETS.items():
                if scores[key] < target:
                    failing = [
                        audit["id"]
                        for ref in data["categories"][key]["auditRefs"]
                        if ref["weight"]
                        and (audit := data["audits"][ref["id"]])["score"] is not None
                        and audit["score"] < 1
                    ]
                    if label in NOINDEX_BY_DESIGN and key == "seo" and failing == ["is-crawlable"]:
                        continue
                    failures.append(
                        f"{label} {key} {scores[key]} < {target} ({', '.join(failing[:6])})"
                    )
    finally:
        server.terminate()
        server.wait(timeout=30)

    print(f"\nLighthouse ({preset}) on {base}")
    print(f"{'page type':32} {'perf':>5} {'a11y':>5} {'b-p':>5} {'seo':>5}  url")
    for label, path, scores in rows:
        print(
            f"{label:32} {scores['performance']:>5} {scores['accessibility']:>5} "
            f"{scores['best-practices']:>5} {scores['seo']:>5}  {path}"
        )
    if failures:
        print("\nBelow target:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("\nAll pages meet the targets (performance >= 95, the others 100).")


if __name__ == "__main__":
    main()
