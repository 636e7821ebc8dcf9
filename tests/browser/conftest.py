"""Real-browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright's sync API keeps an event loop in the test thread, which makes Django refuse ORM calls
there; the tests only read, so that guard is lifted while each test runs.
"""

import os
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.models import Page

from pages.queries import visible_pages

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_SOURCE = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"


@pytest.fixture(autouse=True)
def _allow_orm_beside_playwright(monkeypatch):
    # Per test, so the setting never leaks into other tests or the processes they start.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def page_types():
    """Every page type the site has, so a new one is checked without anyone listing it."""
    return sorted(
        model._meta.label
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in settings.CONTENT_APPS
    )


def page_type_urls():
    """(page type, language, address) of the first public page of every page type in English
    and, where it has one, in Spanish: what the layout gate, the page-header check and
    `make screenshots` visit."""
    rows = []
    for label in page_types():
        pages = visible_pages(apps.get_model(label).objects.all()).order_by("path")
        for language in ("en", "es"):
            page = pages.filter(locale__language_code=language).first()
            if page is not None:
                rows.append((label, language, page.url))
    assert any(language == "es" for _, language, _ in rows), "the demo has no Spanish pages"
    return rows


def first_public_url(label):
    model = apps.get_model(label)
    page = visible_pages(model.objects.all()).order_by("path").first()
    assert page is not None, f"the demo content has no live public {label}"
    return page.url


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker):
    """The site served by a real HTTP server thread on the demo database, for the session.

    pytest-django's `live_server` would flush the database after every test (it needs
    transactional_db), which would empty the demo site for every test after it; these tests
    only read, so the server reads the session's demo data. An in-memory SQLite database is
    shared with the thread, as Django's LiveServerTestCase does.
    """
    from django.db import connections
    from django.test.testcases import LiveServerThread, _StaticFilesHandler

    shared = {}
    for connection in connections.all():
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            connection.inc_thread_sharing()
            shared[connection.alias] = connection
    server = LiveServerThread("localhost", _StaticFilesHandler, connections_override=shared)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield f"http://localhost:{server.port}"
    server.terminate()
    for connection in shared.values():
        connection.dec_thread_sharing()


@pytest.fixture
def browser():
    # Per test: Playwright's event loop must be gone before the test's database rollback.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda msg: (
            msg.type == "error"
            # Chromium logs a 404 document as a failed load; expected 404 pages are not errors,
            # and failed sub-resources are recorded with their URL below.
            and not msg.text.startswith("Failed to load resource")
            and page.console_errors.append(msg.text)
        ),
    )
    # Which file failed, not just "a resource": the console message does not name it.
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.request.resource_type != "document"
            and page.console_errors.append(f"{response.status} {response.url}")
        ),
    )
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe_source():
    return AXE_SOURCE.read_text()
