"""`make screenshots`: full-page PNGs of every page type and of the routes that are not page types
(search, filtered lists, a State, the calendar) at 390 and 1280 px in both languages, the
mobile menu and a submenu open, and the header at 1024 px (where the full navigation first
shows), in .cache/screenshots/ (outside git) with an
index.html to browse them. Serves the site on a local port from the SQLite demo database.
Not part of `make test`."""

import html
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / ".cache" / "screenshots"
PORT = os.environ.get("SCREENSHOT_PORT", "8199")
BASE = f"http://127.0.0.1:{PORT}"
WIDTHS = [390, 1280]
HEADER_WIDTH = 1024
#: Routes that are not page types of their own (as in the accessibility gate).
OTHER_URLS = [
    ("search", "en", "/search/?q=migrant"),
    ("search-none", "en", "/search/?q=qqqzzz"),
    ("search", "es", "/es/search/?q=migrante"),
    ("library-filtered", "en", "/resource-library/?sort=title&year=2018"),
    ("library-empty", "en", "/resource-library/?q=qqqzzz"),
    ("updates-filtered", "en", "/updates/?category=announcement"),
    ("calendar", "en", "/webinars-meetings/calendar/2019/1/"),
    ("state", "en", "/about-us/state-directory/fl/"),
    ("state", "es", "/es/quienes-somos/directorio-estatal/fl/"),
]

EAGER_IMAGES = "document.querySelectorAll('img[loading=lazy]').forEach((i) => i.loading = 'eager')"


def page_urls():
    """The first public page of every page type, English and Spanish (as the layout gate)."""
    code = (
        "from tests.browser.conftest import page_type_urls\n"
        "for row in page_type_urls(): print(*row)\n"
    )
    out = subprocess.run(  # noqa: S603 (a fixed command)
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [line.split(" ", 2) for line in out.splitlines()]
    return [row for row in rows if len(row) == 3 and row[1] in ("en", "es") and row[2][:1] == "/"]


def main():
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen(  # noqa: S603 (a fixed command)
        [sys.executable, "manage.py", "runserver", "--noreload", "--insecure", PORT], cwd=ROOT
    )
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(BASE + "/", timeout=2)  # noqa: S310 (http://127.0.0.1)
                break
            except OSError:
                time.sleep(0.5)
        shots = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
                args=["--no-sandbox"],
            )
            for width in WIDTHS:
                phone = width < 480
                context = browser.new_context(
                    viewport={"width": width, "height": 900}, is_mobile=phone, has_touch=phone
                )
                page = context.new_page()
                for label, lang, url in page_urls() + OTHER_URLS:
                    name = f"{label.replace('.', '_')}-{lang}-{width}.png"
                    page.goto(BASE + url)
                    # A full-page shot does not scroll, so lazy images below the fold would
                    # stay blank.
                    page.evaluate(EAGER_IMAGES)
                    page.wait_for_load_state("networkidle")
                    page.screenshot(path=OUT / name, full_page=True)
                    shots.append((f"{label} ({lang}) at {width} px", url, name))
                page.goto(BASE + "/")
                if phone:
                    page.get_by_role("button", name="Menu").click()
                page.locator("button.usa-nav__link").first.click()
                name = f"menu-open-{width}.png"
                page.screenshot(path=OUT / name)
                shots.append((f"Menu and submenu open at {width} px", "/", name))
                context.close()
            page = browser.new_page(viewport={"width": HEADER_WIDTH, "height": 900})
            for lang, url in (("en", "/"), ("es", "/es/")):
                page.goto(BASE + url)
                name = f"header-{lang}-{HEADER_WIDTH}.png"
                page.locator(".usa-header").screenshot(path=OUT / name)
                shots.append((f"Header ({lang}) at {HEADER_WIDTH} px", url, name))
            browser.close()
    finally:
        server.terminate()
        server.wait()
    items = "\n".join(
        f"<figure><figcaption>{html.escape(title)} <code>{html.escape(url)}</code></figcaption>"
        f'<a href="{name}"><img src="{name}" alt="" loading="lazy" width="320"></a></figure>'
        for title, url, name in shots
    )
    (OUT / "index.html").write_text(
        "<!DOCTYPE html><html lang='en'><meta charset='utf-8'><title>RESULTS screenshots</title>"
        "<style>body{font-family:sans-serif}figure{display:inline-block;vertical-align:top;"
        "width:340px;margin:8px}img{border:1px solid #ccc;max-height:480px;object-fit:cover;"
        f"object-position:top}}</style><h1>RESULTS screenshots</h1>{items}</html>\n"
    )
    print(f"{len(shots)} screenshots in {OUT}/index.html")


if __name__ == "__main__":
    main()
