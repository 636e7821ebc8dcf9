"""The layers read top-down (docs/architecture.md): mep_site wires the apps together and holds
nothing else; content apps import `pages` and `caching` but never each other; `pages` imports
no content app; `caching` imports only Django and Wagtail. A new import that breaks this fails
here, naming the file and the module."""

import ast
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CONTENT_APPS = [app for app in settings.CONTENT_APPS if app != "pages"]
PROJECT = {"mep_site", "caching", "pages", *CONTENT_APPS}


def imported_modules(path):
    """Top-level package names a Python file imports (absolute imports; relative ones stay
    inside their own app)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def python_files(package):
    return sorted((ROOT / package).rglob("*.py"))


def violations(package, allowed):
    found = []
    for path in python_files(package):
        for module in imported_modules(path):
            if not allowed(module):
                found.append(f"{path.relative_to(ROOT)} imports {module}")
    return found


def test_pages_imports_no_content_app_and_not_mep_site():
    forbidden = {"mep_site", *CONTENT_APPS}
    assert violations("pages", lambda module: module not in forbidden) == []


def test_caching_imports_only_django_wagtail_and_the_standard_library():
    def allowed(module):
        return module in sys.stdlib_module_names or module in {"django", "wagtail", "caching"}

    assert violations("caching", allowed) == []


@pytest.mark.parametrize("app", CONTENT_APPS)
def test_content_apps_import_neither_each_other_nor_mep_site(app):
    forbidden = {"mep_site", *CONTENT_APPS} - {app}
    assert violations(app, lambda module: module not in forbidden) == []


def test_mep_site_holds_only_settings_urls_and_wsgi():
    allowed = {"__init__.py", "settings", "urls.py", "wsgi.py", "__pycache__"}
    assert sorted(p.name for p in (ROOT / "mep_site").iterdir() if p.name not in allowed) == []


def test_every_content_app_is_installed_and_the_list_is_the_one_discovery_reads():
    assert set(settings.CONTENT_APPS) <= set(settings.INSTALLED_APPS)
    assert "caching" in settings.INSTALLED_APPS
